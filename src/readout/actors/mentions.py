"""Find the actors a parsed document mentions, and who each mention refers to.

Two passes over the paragraphs of one document. The first finds names: knowledge-base
forms (names, aliases, states, capitals and seats of power, organisations) and people the
NER tags that the knowledge base does not know. The second adds what depends on the whole
document: bare surnames ("Lavrov", "Wang"), office titles without a name ("Russia's top
diplomat", "the Chinese and Russian foreign ministers"), counterparts ("his Chinese
counterpart") and personal pronouns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from readout.actors import anaphora, honorifics, missed, notnames, variants, voice
from readout.actors.carry import carry_surnames, korean_given
from readout.actors.holders import HolderChooser
from readout.actors.honorifics import PATRONYMIC
from readout.actors.kb import (
    FAMILY_NAME_FIRST,
    GIVEN_NAME_USED,
    MONARCH_TITLES,
    KnowledgeBase,
    Term,
)
from readout.actors.names import HONORIFICS, NameIndex, fold
from readout.actors.offices import (
    DEPUTIES,
    FORMER,
    GROUPS,
    MINISTRY_WORDS,
    OFFICES,
    TITLE_WORDS,
    Title,
    countries_before,
    find_titles,
)
from readout.actors.tokens import TokenMention
from readout.nlp import Paragraph
from readout.records import ActorRef

# "his successor", "her predecessor": in a leader's office, the one after or before them.
TURNS = {"successor", "predecessor"}
TURN_OFFICES = {"head_of_state", "head_of_government"}
# Words for the guest of a visit before a title: "the visiting Prime Minister".
GUEST_WORDS = {"visiting", "guest"}
# Words of honour before "guest": "the distinguished guest", "the high guest".
_GUEST_PRAISE = {"distinguished", "honoured", "honored", "esteemed", "high", "eminent",
                 "august", "illustrious", "visiting", "state", "royal"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass
class _State:
    day: str | None
    counts: Counter[str] = field(default_factory=Counter)
    surnames: dict[str, list[ActorRef]] = field(default_factory=dict)
    # first words of the full names of people the knowledge base does not know
    first_names: dict[str, list[ActorRef]] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    last_person: list[ActorRef] = field(default_factory=list)
    last_subject: list[anaphora.Subject] = field(default_factory=list)
    seen: list[ActorRef] = field(default_factory=list)
    states: Counter[str] = field(default_factory=Counter)  # how often each state is named
    pairs: set[tuple[str, str]] = field(default_factory=set)  # states named side by side
    speaks_for: str | None = None
    host: str | None = None  # the state of the dateline: "the visiting President" is not its
    paragraph: int = 0  # the paragraph being read, in either pass
    # where each person is first named in full: (paragraph, token)
    first_named: dict[str, tuple[int, int]] = field(default_factory=dict)
    # and where last: "Wang told a briefing" after "spokesman Wang Wenbin" in its paragraph
    last_named: dict[str, tuple[int, int]] = field(default_factory=dict)
    # the first person named with each style of address: "His Majesty Sultan Hassanal
    # Bolkiah" makes a later bare "His Majesty" him
    styles: dict[str, ActorRef] = field(default_factory=dict)


class ActorFinder:
    """Built once per process from the knowledge base and the pipeline's vocabulary."""

    def __init__(self, kb: KnowledgeBase, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._keys: dict[str, tuple[str, str]] = {}
        for form, kind, key in kb.forms():
            label = f"{kind}:{key}"
            self._keys[label] = (kind, key)
            for variant in _variants(form):
                # Short forms ("US", "UN", "Li") only match with their exact case.
                matcher = self.folded if len(variant) >= 8 and " " in variant else self.exact
                matcher.add(label, [nlp.make_doc(variant)])
        self.unique_surnames = _unique_surnames(kb)
        self.known_words = set(kb.surface) | set(kb.adjectives)
        self.names = NameIndex(kb)
        self.choose = HolderChooser(kb)
        self.possessive = anaphora.Possessive(kb, self.choose)

    def document(self, paragraphs: Sequence[Paragraph], day: str | None,
                 speaks_for: str | None = None, headline: Any = None, host: str | None = None
                 ) -> list[list[TokenMention]]:
        """Mentions per paragraph, in the order of the paragraphs. `speaks_for` is the
        state (alpha-3) whose government published the document, when the source says.
        `headline`, the parsed headline, only tells the full names that the body's surnames
        go by ("meets Kim Jong-un at Panmunjom", then "Kim" alone). `host`, the state the
        story is filed from (its dateline), is not the visitor's."""
        state = _State(day=day, speaks_for=voice.own_state(self.kb, speaks_for) or (
            voice.masthead_state(self.kb, (p.doc.text for p in paragraphs))), host=host)
        if headline is not None:
            self._lend_full_names(headline, state)
        named = []
        for state.paragraph, paragraph in enumerate(paragraphs):
            named.append(self._names(paragraph.doc, state))
        countries = [(p.doc, m.start, code) for p, found in zip(paragraphs, named, strict=True)
                     for m in found if m.actor.kind == "country"
                     and (code := self.kb.country_code_by_name(m.actor.name))]
        people = [self.kb.people[k].country for found in named for m in found
                  if m.actor.kind == "person" and (k := _person_key(self.kb, m.actor))
                  in self.kb.people]
        state.states = voice.state_counts(self.kb, (p.doc for p in paragraphs), countries,
                                          people)
        state.pairs = voice.paired(countries)
        resolved = []
        for state.paragraph, (paragraph, names) in enumerate(zip(paragraphs, named, strict=True)):
            resolved.append(self._resolve(paragraph.doc, names, state))
        return carry_surnames(resolved, [p.doc for p in paragraphs])

    def _lend_full_names(self, headline: Any, state: _State) -> None:
        """Remember the full names of the knowledge base a headline gives, for the body's
        surnames, without counting them as named: how often the body names someone tells
        whom it is about."""
        state.paragraph = -1
        for mention in self._names(headline, state, unknown=False):
            if mention.actor.kind == "person":
                state.counts[mention.actor.name] -= 1

    # -- pass 1: names --------------------------------------------------------------------
    def _names(self, doc: Any, state: _State, unknown: bool = True) -> list[TokenMention]:
        """The names of the knowledge base in a paragraph, and (with `unknown`) the people
        the recogniser finds that it does not know."""
        from spacy.util import filter_spans

        spans = []
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = doc.vocab.strings[match_id]
                spans.append(span)
        spans = [self._whole_chain(span) for span in spans]
        found = [self._from_kb(span) for span in filter_spans(spans)
                 if not _part_of_a_name(span, self._keys[span.label_][0], self.kb)
                 and not notnames.end_of_a_longer_name(span, self._keys[span.label_][0],
                                                       self.known_words)
                 and not _first_name(span, self._keys[span.label_][0])
                 and not notnames.inside_a_persons_name(span, self._keys[span.label_][0])
                 and not notnames.inside_region(span)]
        found = [m for m in found if not _city_as_place(m, doc)]
        taken = {i for m in found for i in range(m.start, m.end)}
        # Words of the full names in this paragraph: "Li" after "Premier Li Qiang" is him.
        named_here = {t.text for m in found if m.actor.kind == "person"
                      for t in doc[m.start:m.end]}
        for ent in honorifics.person_spans(doc) if unknown else ():
            if taken.intersection(range(ent.start, ent.end)) or (
                    notnames.outlet_or_platform(ent)):
                continue
            if not ent.text[:1].isupper():
                continue  # the small model tags the odd verb as a person
            if len(ent) == 1 and (ent.text in state.surnames or ent.text in named_here
                                  or fold(ent.text) in self.names.by_token):
                continue  # a bare surname: pass 2 decides who it is
            if all(honorifics.is_courtesy(t.text) for t in ent if not t.is_punct):
                continue  # "Datuk Seri" split from "Najib Tun Razak": titles, no name
            if _is_title(ent, self.kb) or notnames.portfolio(ent):
                continue  # "the Taoiseach", "the Pope": an office, read by pass 2
            if (len(ent) == 1 and ent.text.lower() in _NOT_NAMES) or ent.text in self.kb.adjectives:
                continue  # "an observant Jew", "Tajik President", "Sri Lankan": not names
            if self.kb.place(ent.text) is not None or notnames.region_name(ent):
                continue  # "at Panmunjom", "Rakhine State": places the NER took for people
            before = [m.actor for m in found if m.end <= ent.start]
            found.append(self._unknown_person(ent, state, before))
        if unknown:
            found += missed.named_after_titles(doc, found, self.kb, self.names)
        for mention in found:
            if mention.actor.kind == "person":
                self._remember_name(mention, state, doc[mention.start:mention.end].text)
                style = honorifics.style_before(doc, mention.start)
                if style is not None:
                    state.styles.setdefault(style, mention.actor)
        return sorted(found, key=lambda m: m.start)

    def _whole_chain(self, span: Any) -> Any:
        """"Mohammed bin Salman bin Abdulaziz Al Saud": a known name after "bin" is a father's
        within a longer name, which is the person known by its first links ("Mohammed bin
        Salman"), with or without the family name. The span as found when none is known."""
        doc, start = span.doc, span.start
        while start >= 2 and doc[start - 1].lower_ in PATRONYMIC:
            start -= 2
        if start == span.start or not span.label_.startswith("person:"):
            return span
        words = [t.text for t in doc[start:span.end]]
        family = next((i for i in range(3, len(words)) if (
            words[i] in {"Al", "al"} or words[i].startswith(("Al-", "al-")))
            and words[i - 1].lower() not in PATRONYMIC), len(words))
        for form in (" ".join(words[:3] + words[family:]), " ".join(words[:3])):
            for kind, key in self.kb.surface.get(form, ()):
                if kind == "person":
                    chain = doc[start:span.end]
                    chain.label_ = f"person:{key}"
                    return chain
        return span

    def _from_kb(self, span: Any) -> TokenMention:
        kind, key = self._keys[span.label_]
        if kind == "country":
            country = self.kb.countries[key]
            how = "name" if span.text in (country.name, *country.aliases) else "metonym"
        else:  # "Brussels" for the EU is a city standing for the organisation
            place = self.kb.place(span.text) if kind == "organisation" else None
            how = "metonym" if place is not None and place.kind == "city" else "name"
        return TokenMention(span.start, span.end, self.kb.ref(kind, key), how)

    def _unknown_person(self, ent: Any, state: _State, before: Sequence[ActorRef] = ()
                        ) -> TokenMention:
        """A person the NER found: a spelling variant of a known name; an honorific with one
        name ("Prince Mohammed", "Ms Wong"): the one person named so far in the document
        whose name has that word, else the one in office; else a new person as written."""
        text = ent.text.strip(" ,.'’")
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        words = text.split()
        key = None
        if len(words) >= 2 and all(w.lower().rstrip(".") in HONORIFICS
                                   or honorifics.is_courtesy(w) for w in words[:-1]):
            # "Crown Prince Salman": the title's last word and the name; when several are in
            # office ("King Abdullah" in 2012), the state written before, else the
            # dateline's ("JEDDAH - ... King Abdullah" is the Saudi king)
            title, name = words[-2:]
            states = countries_before(ent.doc, ent.start, self.kb) or _dateline_states(state.host)
            key = self._named_so_far([title, name], state) or self.names.in_office(
                name, state.day, fold(title), states
            ) or variants.near_surname(self.names, name, state.day)
        shorter = _shorter_form(words, [*before, *(
            a for people in state.surnames.values() for a in people)]) if (
            key is None and len(words) >= 2) else None
        if shorter is not None:  # "Hassan Sheikh" after "Hassan Sheikh Mohamud"
            return TokenMention(ent.start, ent.end, shorter, "surname")
        key = key or self.names.similar(text) or (
            variants.near_surname(self.names, text, state.day) if len(words) == 1 else None)
        if key is None and (bare := honorifics.strip(text)) != text:
            key = self.names.similar(bare)
            text = bare
        if key is not None:
            return TokenMention(ent.start, ent.end, self.kb.person_ref(key), "variant")
        named = state.surnames.get(text, [])
        if len(named) == 1:  # "Al-Sharaa" (three tokens) after "Ahmed al-Sharaa"
            return TokenMention(ent.start, ent.end, named[0], "surname")
        given = list(dict.fromkeys([*state.first_names.get(text, []), *(
            a for a in before if a.kind == "person" and a.id is None
            and len(a.name.split()) >= 2 and a.name.split()[0] == text)]))
        if len(words) == 1 and len(given) == 1 and not named:
            # "Getachew" after "Getachew Reda": where people go by their given name
            # (Ethiopia, Eritrea, Indonesia), a person the knowledge base does not know
            return TokenMention(ent.start, ent.end, given[0], "surname")
        key = self._by_compound_surname(text, state.day)
        if key is not None:  # "Mr Bhutto-Zardari": Bilawal Bhutto Zardari
            return TokenMention(ent.start, ent.end, self.kb.person_ref(key), "surname")
        words = text.split()
        while len(words) > 2 and words[0].lower() in _TITLE_RUN:
            words = words[1:]  # "Spokesperson Kanze Dena Mararo": the title is no name
        return TokenMention(ent.start, ent.end, ActorRef(
            " ".join(words), None, "person", self._titled_state(ent)), "name")

    def _by_compound_surname(self, text: str, day: str | None) -> str | None:
        """The one person in office whose name ends with these two or more words, hyphened or
        not: "Bhutto-Zardari", "Lacalle Pou"."""
        folded = fold(text)
        if " " not in folded or day is None:
            return None
        found = {p for p in self.names.by_token.get(folded.split()[-1], set())
                 if any(f.endswith(" " + folded) for f in self.names.forms[p])
                 and self.kb.offices_of(p, day)}
        return found.pop() if len(found) == 1 else None

    def _titled_state(self, ent: Any) -> str | None:
        """The state of someone the knowledge base does not know, from the title the text
        gives them: "Kenya's Deputy President Rigathi Gachagua" acts for Kenya."""
        start = ent.start
        while start > 0 and ent.doc[start - 1].lower_ in _TITLE_RUN:
            start -= 1  # "Deputy President", "Foreign Minister"
        if start == ent.start:
            return None
        codes = countries_before(ent.doc, start, self.kb)
        country = self.kb.countries.get(codes[0]) if len(codes) == 1 else None
        return country.name if country else None

    def _named_so_far(self, words: list[str], state: _State) -> str | None:
        """Among the people named so far, the one with this name; if several, the one whose
        known forms carry the honorific too ("Prince Mohammed bin Salman")."""
        honorific, name = words[0].lower(), words[1]
        keys = sorted({k for k in map(self.kb.person_keys.get, state.counts) if k})
        found = [k for k in keys if name in self.kb.people[k].name.split()]
        if len(found) > 1:
            found = [k for k in found if any(honorific in form.lower().split() for form in
                                             self.kb.people[k].aliases)]
        return found[0] if len(found) == 1 else None

    def _remember_name(self, mention: TokenMention, state: _State, written: str) -> None:
        """Count a full name, and the surnames it will go by later in the document: the
        canonical one and the one as written ("Erdoğan", and "Erdogan" after "Recep Tayyip
        Erdogan")."""
        actor = mention.actor
        state.counts[actor.name] += 1
        state.first_named.setdefault(actor.name, (state.paragraph, mention.start))
        state.last_named[actor.name] = (state.paragraph, mention.start)
        person = self.kb.people.get(_person_key(self.kb, actor))
        if person:
            state.genders[actor.name] = person.gender
        surnames = {person.surname if person else actor.name.split()[-1]}
        words = written.split()
        if len(words) >= 2:
            first_family = person is not None and person.country in FAMILY_NAME_FIRST
            surnames.add(words[0] if first_family else words[-1])
            if person is not None and person.country in GIVEN_NAME_USED:
                surnames.add(words[0])
            if person is None and korean_given(words[-1]):
                surnames.add(words[0])  # "Park" of "Park Soo-hyun"
            if person is None and actor not in state.first_names.get(words[0], []):
                state.first_names.setdefault(words[0], []).append(actor)
        # "al-Sharaa" opens a sentence as "Al-Sharaa", which the tokenizer splits: "Sharaa"
        articled = [w for w in surnames if w[:3].lower() in {"al-", "el-"}]
        surnames |= {w[:1].upper() + w[1:] for w in articled} | {w[3:] for w in articled}
        for surname in surnames:
            options = state.surnames.setdefault(surname, [])
            if actor not in options and " " in actor.name:
                options.append(actor)

    # -- pass 2: references -----------------------------------------------------------------
    def _resolve(self, doc: Any, names: list[TokenMention], state: _State) -> list[
            TokenMention]:
        taken = {i for m in names for i in range(m.start, m.end)}
        found = list(names)
        for token in doc:
            if token.i in taken:
                continue
            mention = self._surname(token, state)
            if mention:
                found.append(mention)
                taken.add(token.i)
        titles = find_titles(doc, self.kb, taken)
        found += self._titles(doc, titles, found, state)
        found = self._pronouns(doc, sorted(found, key=lambda m: m.start), state)
        found = self._counterparts_of_the_resolved(doc, titles, found, state)
        return sorted(found + self._home_titles(doc, found, state), key=lambda m: m.start)

    def _counterparts_of_the_resolved(self, doc: Any, titles: list[Title],
                                      found: list[TokenMention], state: _State
                                      ) -> list[TokenMention]:
        """"Talks were held between the Minister and his Indian counterpart": a counterpart
        whose owner ("his", "the Minister's") was resolved only after the titles is the
        holder of that owner's office, not of the office of the last person named."""
        out = list(found)
        for title in (t for t in titles if t.how == "counterpart"):
            owner = next((c for c in doc[title.end - 1].children if c.dep_ == "poss"), None)
            mine = [m for m in out if (m.start, m.end, m.how) == (title.start, title.end,
                                                                   "counterpart")]
            person = _person_covering(out, owner.i) if owner is not None else None
            if person is None or not mine or any(m.actor == person for m in mine):
                continue
            office = self._office_of(person, state.day)
            holders = self._holders(replace(title, office=office, how="title"), out, state)
            holders = [a for a in holders if a != person]
            if holders:
                out = [m for m in out if m not in mine] + [
                    TokenMention(title.start, title.end, a, "counterpart") for a in holders]
        return out

    def _home_titles(self, doc: Any, found: list[TokenMention], state: _State
                     ) -> list[TokenMention]:
        """"The Prime Minister met President Macron": a bare title of the state the document
        speaks for (see `voice`)."""
        covered = {i for m in found for i in range(m.start, m.end)}
        out = []
        for token in doc:
            bare = None if token.i in covered else voice.bare_title(doc, token.i)
            if bare is None:
                continue
            end, office, words = bare
            if _name_in_apposition(doc, end):
                continue  # "The Minister of Foreign Affairs and ..., Louise Mushikiwabo"
            sentence = token.sent  # the people it meets, calls, is with: after it
            others = {self.kb.people[k].country for m in found
                      if token.i < m.start < sentence.end and m.actor.kind == "person"
                      and (k := _person_key(self.kb, m.actor)) in self.kb.people}
            home = voice.home(state.states, state.pairs, others, state.speaks_for)
            person = home and self.choose.holder(office, home, words, state.day, state.counts)
            if person and words in MONARCH_TITLES and not any(
                    words in t.title.lower() for t in self.kb.offices_of(person, state.day)):
                continue  # "the Sultan" in an Indian readout: not India's head of state
            if person:
                start = token.i - (token.i > 0 and doc[token.i - 1].lower_ == "the")
                out.append(TokenMention(start, end, self.kb.person_ref(person), "home-title"))
                covered.update(range(start, end))
        return out

    def _surname(self, token: Any, state: _State) -> TokenMention | None:
        if not token.text[:1].isupper() or self.kb.country_code_by_name(token.text) or (
                token.lower_ in HONORIFICS or token.lower_ in TITLE_WORDS) or (
                notnames.month_of_a_date(token) or honorifics.is_courtesy(token.text)):
            return None  # "Jordan" is a state, "General" a title: neither is a surname
        before = token.doc[token.i - 1] if token.i > 0 else None
        if notnames.part_of_a_place(token) and not (
                before is not None and before.lower_.rstrip(".") in HONORIFICS):
            return None  # "San" of San Francisco, "Scotland": places, not Aung San, Baroness S.
        if before is not None and before.lower_.rstrip(".") in HONORIFICS:
            # "Sheikh Mohamed" after "Sheikh Mohamed bin Zayed": a given name, not a surname
            key = self._named_so_far([before.text, token.text], state)
            if key is not None:
                actor = self.kb.person_ref(key)
                state.counts[actor.name] += 1
                return TokenMention(before.i, token.i + 1, actor, "surname")
        hyphened = _hyphened_name(token)
        if hyphened is not None:
            # "Dr Lam-Okonkwo said" after "Dr Harriet Lam-Okonkwo": the whole name, of one
            # named before; its first part alone is no one's surname (not To Lam's). Two
            # names joined ("the Modi-Netanyahu talks") are read one by one.
            named = state.surnames.get(hyphened.text, [])
            if len(named) == 1:
                state.counts[named[0].name] += 1
                return TokenMention(hyphened.start, hyphened.end, named[0], "surname")
            last = hyphened[-1]
            if last.text not in state.surnames and not self._surname_in_office(last, state):
                return None
        options = state.surnames.get(token.text)
        if not options and token.tag_ == "NNP" and token.dep_ in {"nsubj", "nsubjpass"} and len(
                state.first_names.get(token.text, [])) == 1:
            # "Redwan said" after "Redwan Hussien": the given name of the one person the
            # knowledge base does not know, as the subject of its clause
            options = state.first_names[token.text]
        if options and (token.tag_.startswith("NN") or _after_a_title(token)
                        or _first_of_listed_names(token)):
            # the tagger calls "Guterres" NNS, "Modi" after "PM" a verb, and "Yoon" opening
            # "Yoon, Kishida and Biden held" an adverb
            # Several people share the surname: a leader in office on the day ("Mugabe"
            # after "First Lady Grace Mugabe" is the president), then the one the article
            # names most, then the one in the higher office ("Kim" after "Kim's sister, Kim
            # Yo-jong" is the leader).
            # Named before it comes first: "Singh said" after "Foreign Secretary Sujatha
            # Singh" is her, though Manmohan Singh is named further on.
            # Then the one named in full in this paragraph: "Wang told a briefing" after
            # "spokesman Wang Wenbin", though Wang Yi is named more often.
            here = (state.paragraph, token.i)
            actor = max(options, key=lambda a: (state.first_named.get(a.name, here) < here,
                                                self._standing(a, state.day) == 2,
                                                _named_just_before(state, a, here),
                                                state.counts[a.name],
                                                self._standing(a, state.day), options.index(a)))
        elif (token.tag_.startswith("NN") or token.ent_type_ == "PERSON"
              or _after_a_title(token)) and (
                key := self._surname_in_office(token, state)) and not (
                notnames.before_another_name(token)
                and (not self.names.surname_is(key, token.text)
                     or notnames.given_name_of_next(token))) and not (
                notnames.between_name_words(token, HONORIFICS | TITLE_WORDS)):
            actor = self.kb.person_ref(key)
        else:
            return None
        state.counts[actor.name] += 1
        return TokenMention(token.i, token.i + 1, actor, "surname")

    def _standing(self, actor: ActorRef, day: str | None) -> int:
        """How high the offices a person holds on the day rank: a leader, then a foreign
        minister, then anyone else."""
        offices = {t.office for t in self.kb.offices_of(_person_key(self.kb, actor), day)}
        return 2 if offices & {"head_of_state", "head_of_government"} else int(
            "foreign_minister" in offices)

    def _surname_in_office(self, token: Any, state: _State) -> str | None:
        """"Lavrov" alone: the one person of that surname in office on the day (or the one
        person of that surname at all, when the date is unknown). When several hold office
        ("King Abdullah" in 2012), the dateline's state and then the honorific before it
        choose ("JEDDAH - ... King Abdullah" is the Saudi king)."""
        word, day = token.text, state.day
        if day is None:
            return self.unique_surnames.get(word)
        before = token.nbor(-1).lower_ if token.i > 0 else ""
        honorific = before if before in HONORIFICS else ""
        return self.names.in_office(word, day, honorific, _dateline_states(state.host)
                                    ) or variants.near_surname(self.names, word, day)

    def _titles(self, doc: Any, titles: list[Title], known: list[TokenMention],
                state: _State) -> list[TokenMention]:
        out = []
        for title in titles:
            named = _names_person(title, known, doc, self.kb)
            if named is not None:
                if named.end <= title.start:  # "Shinzo Abe, Japan's former prime minister"
                    out.append(TokenMention(title.start, title.end, named.actor, "apposition"))
                continue
            for actor in self._holders(title, known, state):
                out.append(TokenMention(title.start, title.end, actor, title.how))
        return out

    def _holders(self, title: Title, known: list[TokenMention], state: _State) -> list[
            ActorRef]:
        office = title.office
        if title.how == "counterpart":
            office = self._office_of(_previous_person(known, title.start, state), state.day)
        earlier = [m.actor for m in known if m.start < title.start] + state.seen[::-1]
        if title.how == "monarch":
            found = self.choose.monarch(title.words, earlier, state.day, state.counts)
            return [self.kb.person_ref(found)] if found else []
        if office and office.startswith("former:"):
            # "the former British prime minister": the past holder the article named; with
            # none named, nobody (the state is not its former prime minister).
            found = self.choose.former(office.removeprefix("former:"), title.countries,
                                       earlier, state.day)
            return [self.kb.person_ref(found)] if found else []
        refs = []
        for country in title.countries:
            person = self.choose.holder(office, country, title.words, state.day, state.counts)
            if person:
                refs.append(self.kb.person_ref(person))
            elif country in self.kb.countries:
                refs.append(self.kb.country_ref(country))
            elif country in self.kb.organisations:
                refs.append(self.kb.organisation_ref(country))
        return refs

    def _office_of(self, actor: ActorRef | None, day: str | None) -> str | None:
        if actor is None:
            return "foreign_minister"
        terms = self.kb.offices_of(_person_key(self.kb, actor), day)
        ranked = [t.office for t in terms if t.office in {
            "foreign_minister", "head_of_state", "head_of_government", "defence_minister"}]
        return ranked[0] if ranked else "foreign_minister"

    def _pronouns(self, doc: Any, found: list[TokenMention], state: _State) -> list[
            TokenMention]:
        out: list[TokenMention] = []
        pending = iter(found)
        current = next(pending, None)
        covered = {i for m in found for i in range(m.start, m.end)}
        for token in doc:
            while current is not None and current.start <= token.i:
                out.append(current)
                self._remember_seen(current, doc, state)
                current = next(pending, None)
            if token.lower_ == "the" and token.i + 1 not in covered:
                anaphor = self._nominal_anaphor(doc, token.i, state)
                if anaphor is not None:
                    out.append(anaphor)
                    covered.update(range(anaphor.start, anaphor.end))
                    title = [t for t in doc[anaphor.start + 1:anaphor.end]
                             if t.lower_ not in FORMER]
                    if anaphor.actor.kind == "person" and len(title) >= 2:
                        # "The Crown Prince also received a call ... he": a two-word title
                        anaphora.remember(state.last_subject, anaphor.actor, doc,
                                          anaphor.start, anaphor.end)
            if token.lower_ == "its" and token.i + 1 not in covered:
                its = self._its(doc, token.i, out, state)
                if its is not None:
                    out.append(its)
                    covered.update(range(its.start, its.end))
            style = honorifics.bare_style(doc, token.i)
            if style is not None and token.i not in covered and style in state.styles:
                # "His Majesty welcomed ...": the one the text first named with that style
                out.append(TokenMention(token.i, token.i + 2, state.styles[style], "style"))
                covered.update((token.i, token.i + 1))
            gender = PRONOUNS.get(token.lower_)
            if gender and token.tag_ in {"PRP", "PRP$"} and not honorifics.styled(token):
                named_in_quote = [m.actor for m in out if m.how != "pronoun"
                                  and anaphora.named_in_quote_before(doc, token.i, m.actor)]
                actor = _latest_of_gender(state, gender, _clause_subjects(token, out)
                                          + _clause_objects(token, found) + named_in_quote,
                                          token, out)
                if actor:
                    out.append(TokenMention(token.i, token.i + 1, actor, "pronoun"))
                    turn = self._in_turn(doc, token.i, actor, state.day)
                    if turn is not None and token.i + 1 not in covered:
                        out.append(turn)
                        covered.add(token.i + 1)
                        anaphora.remember(state.last_subject, turn.actor, doc, turn.start,
                                          turn.end)
        return sorted(out, key=lambda m: m.start)

    def _in_turn(self, doc: Any, i: int, owner: ActorRef, day: str | None
                 ) -> TokenMention | None:
        """"Since Karimov's death, his successor has ...": the one who took the leader's
        office after him (or held it before him, for "his predecessor"), when the text does
        not name them there."""
        word = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if word not in TURNS or (i + 3 < len(doc) and doc[i + 2].text == "," and (
                doc[i + 3].tag_ == "NNP")):
            return None
        terms = [t for t in self.kb.terms_of.get(_person_key(self.kb, owner), ())
                 if t.office in TURN_OFFICES and t.start and (t.end or word == "predecessor")]
        if not terms:
            return None
        term = max(terms, key=lambda t: t.start)  # the latest office they held
        others = [t for t in self.kb.terms_in.get(term.country, ())
                  if t.office == term.office and t.person != term.person and t.start]
        if word == "successor":
            after = [t for t in others if t.start >= term.end]
            chosen = min(after, key=lambda t: t.start) if after else None
        else:
            before = [t for t in others if t.end and t.end <= term.start]
            chosen = max(before, key=lambda t: t.end) if before else None
        if chosen is None or (day is not None and chosen.start > day):
            return None
        return TokenMention(i + 1, i + 2, self.kb.person_ref(chosen.person), "successor")

    def _remember_seen(self, mention: TokenMention, doc: Any, state: _State) -> None:
        if mention.how == "pronoun" or _plural_title(mention, doc):
            return  # "the leaders of Myanmar" is no antecedent for "the foreign minister"
        if mention.actor.name in self.kb.news_agencies:
            return  # "SPA reported", again and again: a source, not one the story is about
        state.seen.append(mention.actor)
        if mention.actor.kind == "person":
            state.last_person.append(mention.actor)
            if mention.actor.name not in state.genders:
                state.genders[mention.actor.name] = self._gender(mention, doc)
            anaphora.remember(state.last_subject, mention.actor, doc, mention.start,
                              mention.end)

    def _gender(self, mention: TokenMention, doc: Any) -> str:
        """A person's gender: from the knowledge base, else from the words the text gives
        them ("a spokeswoman for Tshisekedi, Tina Salama", "Ms Salama")."""
        person = self.kb.people.get(_person_key(self.kb, mention.actor))
        if person is not None:
            return person.gender
        root = doc[mention.start:mention.end].root
        near = [doc[i] for i in range(max(0, mention.start - 3), mention.start)]
        near += [root.head] if root.dep_ == "appos" else []
        near += [c for c in root.children if c.dep_ == "appos"]
        return honorifics.gender_of(near)

    def _its(self, doc: Any, i: int, out: list[TokenMention], state: _State
             ) -> TokenMention | None:
        """"Its foreign ministry": the ministry of the state named just before."""
        found = self.possessive.resolve(doc, i, [(m.start, m.actor) for m in out],
                                        state.day, state.counts)
        return TokenMention(i, found[0], found[1], "descriptor") if found else None

    def _nominal_anaphor(self, doc: Any, i: int, state: _State) -> TokenMention | None:
        """"the minister", "the president", "the ministry", "the alliance": the latest actor
        named before that fits the noun (a holder of that office, a foreign ministry, an
        organisation of states). "the former president": one who had left that office."""
        guest_of_honour = self._the_guest(doc, i, state)
        if guest_of_honour is not None:
            return guest_of_honour
        past = i + 1 < len(doc) and doc[i + 1].lower_ in FORMER
        # "the visiting Prime Minister": the guest, who holds the office all the same
        guest = i + 1 < len(doc) and doc[i + 1].lower_ in GUEST_WORDS
        first = i + 1 + past + guest
        for length in (3, 2, 1):
            words = tuple(t.lower_ for t in doc[first:first + length])
            if len(words) < length:
                continue
            fits = self._fits(words, state.day, past)
            if fits is None:
                continue
            if _titled_beside(doc, first + length):
                return None  # "the Minister of Foreign Affairs, Francine Baron": not "the Minister"
            if self._of_a_state(doc, first + length):
                return None  # "the President of the People's Republic of China": China's
            fitting = [a for a in _recent(state.seen)
                       if fits(a) and not anaphora.named_in_quote_before(doc, i, a)]
            home = self._home_of_title(doc[first], state) if not (past or guest) else None
            bare_minister = words == ("minister",) and doc[first].text[:1].isupper() and not (
                past or guest)
            subject = _lead_minister(state, fits) if (
                bare_minister and home is None and fitting) else None
            if subject is not None:
                # "the Minister" in a release with no clear home: the minister its lead is
                # about, not "State Councillor Wang Yi" named since
                home = self.kb.country_code_by_name(subject.country or "")
                if all(a.country != subject.country for a in fitting):
                    fitting.append(subject)
            if home is not None:  # a release's own "the President", however named lately
                fitting.sort(key=lambda a: self.kb.country_code_by_name(a.country or "") != home)
            host = (state.speaks_for or state.host) if guest else None
            if host is not None:  # "the visiting President" is not the host's
                fitting.sort(key=lambda a: self.kb.country_code_by_name(a.country or "") == host)
            return TokenMention(i, first + length, fitting[0], "descriptor") if fitting else None
        return None

    def _the_guest(self, doc: Any, i: int, state: _State) -> TokenMention | None:
        """"said the distinguished guest", "held separate meetings with the visitor": the
        person named last who is not of the state the text speaks for or names most."""
        k = i + 1
        while k < len(doc) and doc[k].lower_ in _GUEST_PRAISE:
            k += 1
        if k >= len(doc) or doc[k].lower_ not in {"guest", "visitor"} or (
                k + 1 < len(doc) and doc[k + 1].tag_.startswith("NN")):
            return None  # "the guest house", "the guest list"
        home = voice.home(state.states, state.pairs, set(), state.speaks_for) or state.host
        if home is None or home not in self.kb.countries:
            return None
        home_name = self.kb.countries[home].name
        visitors = [a for a in _recent(state.seen) if a.kind == "person"
                    and a.country is not None and a.country != home_name]
        return TokenMention(i, k + 1, visitors[0], "descriptor") if visitors else None

    def _of_a_state(self, doc: Any, i: int) -> bool:
        """Whether an "of" phrase at token i names a state ("of the People's Republic of
        China", "of the United States"), not a bare "of the Republic"."""
        if i >= len(doc) or doc[i].lower_ != "of":
            return False
        end = next((t.i for t in doc[i + 1:i + 8] if t.is_punct and t.text != "'s"),
                   min(len(doc), i + 8))
        return any(self.kb.country_code_by_name(doc[start:stop].text)
                   for start in range(i + 1, end) for stop in range(start + 1, end + 1))

    @staticmethod
    def _home_of_title(title: Any, state: _State) -> str | None:
        """The state whose office-holder a capitalised title ("the President", not "the
        president") names first: the one the document speaks for, or, when no source says,
        the one it names most (as a readout or a national paper does)."""
        if not title.text[:1].isupper():
            return None
        return state.speaks_for or voice.home(state.states, state.pairs, set(), None)

    def _terms(self, actor: ActorRef, day: str | None, past: bool) -> list[Term]:
        """The person's terms on the day, or those that had ended by then."""
        if not past:
            return self.kb.offices_of(_person_key(self.kb, actor), day)
        return [t for t in self.kb.terms_of.get(_person_key(self.kb, actor), ())
                if t.end and (day is None or t.end < day[:len(t.end)])]

    def _fits(self, words: tuple[str, ...], day: str | None, past: bool = False
              ) -> Callable[[ActorRef], bool] | None:
        if past and OFFICES.get(words) is None and words != ("minister",):
            return None
        if words in {("ministry",), ("foreign", "ministry")}:
            return lambda a: (a.kind == "organisation" and (a.id or "").startswith("mfa:")) or (
                a.name.startswith("Ministry of Foreign Affairs"))
        if words in {("alliance",), ("bloc",), ("organisation",), ("organization",),
                     ("union",)}:
            return lambda a: a.kind == "organisation" and not a.name.startswith("Ministry")
        if OFFICES.get(words) in {"spokesperson", "press_secretary"}:
            # "the Spokesman said": the spokesperson named before, not the last person named
            return lambda a: a.kind == "person" and any(
                t.office.startswith("spokesperson") or "spokes" in t.title.lower()
                for t in self._terms(a, day, past))
        if OFFICES.get(words) == "secretary_general" and words[0].startswith("secretary"):
            # "the Secretary-General": the head of an organisation named before (UN, NATO,
            # ASEAN), not any "chief" or "head"
            return lambda a: a.kind == "person" and any(
                "secretary" in t.title.lower() and "general" in t.title.lower()
                for t in self._terms(a, day, past))
        if words == ("minister",):
            # "the Minister" is a minister, not the Prime Minister named since
            return lambda a: a.kind == "person" and any(
                _holds_office("minister", _PRIME_MINISTER.sub("", t.title))
                for t in self._terms(a, day, past))
        elif OFFICES.get(words) in {"head_of_state", "head_of_government", "foreign_minister",
                                    "top_diplomat",
                                    "defence_minister", "leader"} or (
                OFFICES.get(words) == "title:crown prince"):
            noun = " ".join(words)  # "the Crown Prince": the crown prince named before
        else:
            return None
        # The title the person holds must contain the noun: "the chancellor" is not a
        # president who also heads a government; a leader is any head.
        return lambda a: a.kind == "person" and any(
            (noun == "leader" and t.office in {"head_of_state", "head_of_government"})
            or _holds_office(noun, t.title)
            for t in self._terms(a, day, past))


_PRIME_MINISTER = re.compile(r"\bprime minister\b", re.I)


def _lead_minister(state: _State, fits: Callable[[ActorRef], bool]) -> ActorRef | None:
    """The first minister the document names, when its head (headline, standfirst, byline
    or lead: the first four paragraphs) names them."""
    subject = next((a for a in state.seen if fits(a)), None)
    named = state.first_named.get(subject.name) if subject is not None else None
    return subject if named is not None and named[0] <= 3 else None


def _named_just_before(state: _State, actor: ActorRef, here: tuple[int, int]) -> bool:
    last = state.last_named.get(actor.name)
    return last is not None and last[0] == here[0] and last < here


# "The Minister" is not "the Deputy Minister for Legal and International Affairs", nor "the
# President" the Vice President.
_DEPUTY = re.compile(r"\b(?:{})[- ]+(?:\w+[- ]+)?$".format("|".join(DEPUTIES)))


def _holds_office(noun: str, title: str) -> bool:
    """Whether a title names the office itself, not its deputy's ("Deputy Prime Minister and
    Minister of Foreign Affairs" holds "minister" all the same)."""
    title = title.lower()
    return any(not _DEPUTY.search(title[:m.start()])
               for m in re.finditer(rf"\b{re.escape(noun)}\b", title))


# Nouns a state's name can modify and still mean the state: its people and offices, and the
# contacts it takes part in ("a China-Russia summit", "US officials", "the Kremlin spokesman").
_STATE_HEADS = (GROUPS | TITLE_WORDS | MINISTRY_WORDS
                | {"summit", "talks", "meeting", "meetings", "visit", "call", "dialogue",
                   "relations", "ties", "partnership", "negotiations", "side", "position"})


# Capitalised words the small model tags as people: faiths, peoples, generic titles.
_NOT_NAMES = {"jew", "muslim", "christian", "catholic", "protestant", "hindu", "buddhist",
              "sunni", "shia", "shiite", "sikh", "arab", "kurd", "druze", "palestinian",
              "mr", "mrs", "ms", "sir", "madam", "excellency", "majesty", "highness"}


def _part_of_a_name(span: Any, kind: str, kb: KnowledgeBase) -> bool:
    """"The Washington Post", "the Paris Agreement", "the Jordan River", "the Kremlin walls":
    a state or its capital modifying another noun names something else (but "the UK-France
    summit" names two states)."""
    last = span[-1]
    head = last.head
    doc = span.doc
    if kind != "country" or last.dep_ != "compound" or head.i <= last.i or (
            missed.title_of_before(doc, span.start)):  # "President of Kenya William Ruto"
        return False
    longer = {doc[i:head.i + 1].text for i in (span.start, span.start + 1)}
    return head.tag_.startswith("NN") and head.ent_type_ != "PERSON" and (
        head.lower_ not in _STATE_HEADS) and not kb.country_code_by_name(head.text) and (
        not any(form in kb.surface for form in longer))  # "the Élysée Palace": a longer name


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "from", "to", "into",
                       "around", "across", "through", "via"}


def _city_as_place(mention: TokenMention, doc: Any) -> bool:
    """"met in Brussels", "flew to Brussels": a city that can stand for an organisation is
    only the place after a preposition of place (the events stage reads the location)."""
    if mention.actor.kind != "organisation" or mention.how != "metonym":
        return False
    root = doc[mention.start:mention.end].root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPOSITIONS


def _first_name(span: Any, kind: str) -> bool:
    """"Jordan Bardella", "Chad Wolf": a state's one-word name opening a person's name, as
    the NER marks it (but "Jordan King Abdullah" is the state and a title)."""
    if kind != "country" or len(span) != 1 or span.end >= len(span.doc):
        return False
    first, second = span[0], span.doc[span.end]
    return (first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and second.ent_iob_ == "I"
            and second.tag_ == "NNP" and second.lower_ not in HONORIFICS | TITLE_WORDS)


def _is_title(ent: Any, kb: KnowledgeBase) -> bool:
    """"The Taoiseach", "Lt Gen", "Diplomatic Adviser": an office or a rank, no name."""
    words = " ".join(t.lower_ for t in ent if t.lower_ != "the")
    return words in kb.local_titles or tuple(words.split()) in OFFICES or all(
        w.rstrip(".") in _NO_NAME_WORDS for w in words.split())


def _after_a_title(token: Any) -> bool:
    """"PM Modi", "President Ruto": a capitalised word right after a title is a name, whatever
    the tagger made of it."""
    return token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in (
        TITLE_WORDS | {"pm", "fm", "eam"}) and token.doc[token.i - 1].text[:1].isupper()


def _variants(form: str) -> set[str]:
    return {form, form.replace("'", "’"), form.replace("’", "'")}


# Words that qualify a title: "Deputy President", "Acting Foreign Minister".
_TITLE_MODIFIERS = {"deputy", "vice", "acting", "interim", "senior", "chief", "first"}
_TITLE_RUN = TITLE_WORDS | _TITLE_MODIFIERS
# Words that make no name however many of them the model tags as one: "Lt Gen".
_NO_NAME_WORDS = notnames.RANK_WORDS | _TITLE_RUN | HONORIFICS


def _first_of_listed_names(token: Any) -> bool:
    """"Yoon, Kishida and Biden": a word followed by a comma or "and" and a proper name."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].lower_ in {",", "and"}
            and doc[token.i + 2].tag_ == "NNP")


def _unique_surnames(kb: KnowledgeBase) -> dict[str, str]:
    counts: Counter[str] = Counter(p.surname for p in kb.people.values())
    return {p.surname: p.id for p in kb.people.values()
            if counts[p.surname] == 1 and len(p.surname) > 2}


def _person_key(kb: KnowledgeBase, actor: ActorRef) -> str:
    return kb.person_keys.get(actor.name, "")


def _names_person(title: Title, known: list[TokenMention], doc: Any,
                  kb: KnowledgeBase) -> TokenMention | None:
    """The name a title is attached to: "Foreign Minister Wang Yi", "his counterpart,
    Wang Yi", "Wang Yi, China's foreign minister" (nothing but a comma in between), when
    the person is of the title's state ("..., Boyko Borisov, the French president said":
    another person)."""
    people = [m for m in known if m.actor.kind == "person" and _of_the_title(m.actor, title, kb)]
    # A name right after the title is its own ("Hichilema, Comoros President Azali
    # Assoumani"), before one that ends just before it.
    for mention in people:
        if 0 <= mention.start - title.end <= 1 and _only_commas(doc, title.end, mention.start):
            return mention
    for mention in people:
        if 0 <= title.start - mention.end <= 2 and _only_commas(doc, mention.end, title.start):
            return mention
    return None


def _of_the_title(actor: ActorRef, title: Title, kb: KnowledgeBase) -> bool:
    """A person may bear a state's title only if of that state (a post of an organisation,
    "European Commission President", goes to anyone)."""
    if not title.countries or not all(c in kb.countries for c in title.countries):
        return True
    code = kb.country_code_by_name(actor.country) if actor.country else None
    return code is None or code in title.countries


def _recent(seen: Sequence[ActorRef], each: int = 12) -> Iterator[ActorRef]:
    """The actors named lately, latest first: the last dozen people and the last dozen
    states and bodies, so that a run of states ("Japan and the ROK ...") does not push the
    last people named out of reach."""
    counts: Counter[bool] = Counter()
    told: set[ActorRef] = set()
    for actor in reversed(seen):
        person = actor.kind == "person"
        if actor not in told:  # a person named again and again is one of the dozen
            told.add(actor)
            counts[person] += 1
        if counts[person] <= each:
            yield actor
        if min(counts[True], counts[False]) > each:
            return


def _titled_beside(doc: Any, end: int) -> bool:
    """Whether a descriptor goes on with its own office ("the Minister of Foreign Affairs")
    or a name in apposition ("the Minister, Senator Francine Baron"): it names someone new."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
        return True
    if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" and (
            doc[end + 2].text[:1].isupper()) and _name_in_apposition(doc, end + 2):
        return True  # "the Prime Minister of the Transitional Federal Government, Dr. Ali"
    return end + 1 < len(doc) and doc[end].text == "," and (
        doc[end + 1].ent_type_ == "PERSON" or doc[end + 1].lower_ in HONORIFICS
        or honorifics.is_courtesy(doc[end + 1].text))  # ", H.E. Dr. Abdiweli Mohamed Ali"


def _name_in_apposition(doc: Any, end: int) -> bool:
    """Whether the rest of a title ("and International Cooperation") ends at a comma
    followed by a person's name (`_titled_beside`): the title is that person's."""
    for k in range(end, min(end + 8, len(doc) - 1)):
        if doc[k].text == ",":
            return _titled_beside(doc, k)
        if doc[k].tag_.startswith("VB") or doc[k].is_punct:
            return False
    return False


def _only_commas(doc: Any, start: int, end: int) -> bool:
    return all(doc[k].text in {",", "(", "-", "–"} for k in range(start, end))


def _person_covering(mentions: list[TokenMention], i: int) -> ActorRef | None:
    return next((m.actor for m in mentions if m.start <= i < m.end
                 and m.actor.kind == "person"), None)


def _previous_person(known: list[TokenMention], before: int, state: _State) -> ActorRef | None:
    people = [m for m in known if m.actor.kind == "person" and m.start < before]
    if people:  # the nearest before, whatever order the mentions were found in
        return max(people, key=lambda m: m.start).actor
    return state.last_person[-1] if state.last_person else None


def _latest_of_gender(state: _State, gender: str, not_these: Sequence[ActorRef] = (),
                      pronoun: Any = None, mentions: Sequence[TokenMention] = ()
                      ) -> ActorRef | None:
    """The most salient recent subject of that gender, else the latest person at all: "he"
    usually continues the topic of the sentence, not its last-named object."""
    def fits(actor: ActorRef) -> bool:
        return state.genders.get(actor.name) in {gender, "", None} and actor not in not_these

    spans = [(m.start, m.end, m.actor) for m in mentions]
    local = None
    if pronoun is not None:
        local = anaphora.conjunct_owner(pronoun, spans, fits) or anaphora.bound(
            pronoun, spans, fits) or anaphora.lone_person_before(pronoun, spans, fits) or (
            anaphora.object_of_the_paragraph(pronoun, spans, state.last_subject, fits))
    return local or anaphora.antecedent(state.last_subject, state.last_person, fits)


def _clause_subjects(pronoun: Any, mentions: Sequence[TokenMention]) -> list[ActorRef]:
    """Who an object pronoun cannot be: the subject of its own verb ("Moon met Kim and
    invited him": "him" is not Moon), also when the verb shares a coordinated subject or
    is done by the subject of the verb it completes ("Sisi called to congratulate him")."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return []
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while not subjects and verb.head.i != verb.i and (verb.dep_ == "conj" or (
            verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children))):
        # "asked Putin to call her": a verb with an object is done by the object, who may
        # well mean the asker
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [m.actor for s in subjects for m in mentions if m.start <= s.i < m.end]


def _clause_objects(pronoun: Any, mentions: Sequence[TokenMention]) -> list[ActorRef]:
    """Who a subject pronoun cannot be: the one its own verb is done to or with ("he also
    told Putin", "she met Macron": not Putin, not Macron), named later in the clause."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ != "nsubj":
        return []
    verb = pronoun.head
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "with"}
        for g in c.children if g.dep_ == "pobj"]
    return [m.actor for o in objects for m in mentions if m.start <= o.i < m.end]


def _plural_title(mention: TokenMention, doc: Any) -> bool:
    return mention.how == "title" and doc[mention.start:mention.end].root.tag_ in {"NNS", "NNPS"}


def _shorter_form(words: list[str], named: Sequence[ActorRef]) -> ActorRef | None:
    """The one person named in full before whose name holds these (two or more) words in a
    row."""
    wanted = [fold(w) for w in words]
    found = {a.name: a for a in named if a.kind == "person" and _holds(
        [fold(w) for w in a.name.split()], wanted)}
    return next(iter(found.values())) if len(found) == 1 else None


def _holds(name: list[str], words: list[str]) -> bool:
    return len(words) < len(name) and any(
        name[k:k + len(words)] == words for k in range(len(name) - len(words) + 1))


def _dateline_states(host: str | None) -> tuple[str, ...]:
    """The dateline's state as the states to prefer among namesakes in office."""
    return (host,) if host else ()


def _hyphened_name(token: Any) -> Any:
    """The span of a capitalised name joined to the next by a hyphen with no space
    ("Lam-Okonkwo"), when the token opens one."""
    doc = token.doc
    end = token.i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
            not doc[end].whitespace_) and doc[end + 1].text[:1].isupper():
        end += 2
    return doc[token.i:end] if end > token.i + 1 else None
