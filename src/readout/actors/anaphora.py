"""Who "he", "she" and "its" refer to: the most salient actor before them.

A person mention is remembered with how prominent it is in its sentence. A subject of the
main clause ranks first ("Kwatra was asked whether Modi would meet Sharif": Kwatra); the
possessor of a main subject that is not itself a person second, as the topic ("Xi's choice
of seating said a good deal: he sat ...", "Al-Sharaa's first trip was to Riyadh, where the
crown prince received him. Two days later he was in Ankara"); a subject inside an embedded
clause (whether, that, if, a relative clause, reported content) third. A name in
apposition to a subject is that subject ("Its spokesman, Dr. Sasa, said"), and so is a title
with its state ("the German chancellor"); a bare descriptor ("the chancellor") is not
(yet): tried, it cost a speaker.

A possessive or subject pronoun is first bound inside its sentence, to the person subject of
the nearest clause around it named before it ("Biden, who called off his trip"). In a
"when" or "where" clause of a sentence whose subject is no person, it is the one person
named before it there. Otherwise it takes, from the latest sentence that has a subject it
can mean, the best-ranked one (the latest among equals); with none, the latest person named
at all.

"Its foreign ministry", "its spokesman": the state or body named latest, in the same
sentence or the one before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors.holders import HolderChooser
from readout.actors.kb import KnowledgeBase
from readout.actors.offices import OFFICES
from readout.records import ActorRef

SUBJECTS = {"nsubj", "nsubjpass"}
MAIN, TOPIC, EMBEDDED = 0, 1, 2
# Clauses inside another: their subjects are what someone said, asked or did not know.
_EMBEDDED_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp"}
# Nouns naming a person by a relation: "Putin's spokesman said" is not about Putin.
_PERSON_HEADS = {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                 "wife", "husband", "son", "daughter", "brother", "sister", "father",
                 "mother", "envoy", "deputy", "successor", "predecessor", "lawyer",
                 "office", "minister", "ministers", "counterpart", "ambassador", "chief"}
# Nouns that name a person by role: "the minister said", "the spokesperson added", "the
# chairman of the party, X".
PERSON_NOUNS = {"minister", "spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy",
                "president", "premier", "chancellor", "leader", "ambassador", "official",
                "aide", "secretary", "chief", "counterpart", "head", "statesman", "pontiff",
                "chairman", "chairwoman", "chairperson", "chair", "director", "commissioner",
                "governor", "mayor"}
# How many remembered subjects a pronoun looks back over.
WINDOW = 4


@dataclass(frozen=True)
class Subject:
    """A person remembered as a subject: where (a sentence key) and how prominent."""

    actor: ActorRef
    sentence: tuple[int, int]
    rank: int


_TITLE_REACH = 6  # words of a title written before a name
_TITLE_LINKS = {"of", "on", "for"}


def subject_rank(doc: Any, start: int, end: int) -> int | None:
    """How prominent the mention doc[start:end] is as a subject, None when it is none."""
    span = doc[start:end]
    # "Adel al-Jubeir" split by the parser into pieces hung on the verb: its subject piece
    token = next((t for t in span if t.dep_ in SUBJECTS and not start <= t.head.i < end),
                 span.root)
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head  # "Its spokesman, Dr. Sasa, said": the name is the subject
        # "The chairman of the opposition Chadema party, Freeman Mbowe, said": the parser
        # hangs the name on the party; it names the post the party's phrase hangs on
        if (token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "of"
                and token.head.head.lower_ in PERSON_NOUNS):
            token = token.head.head
    # "General Secretary To Lam paid" ("To" taken for a preposition), "Adviser on Foreign
    # Affairs Sartaj Aziz described": the parser hangs the name on the title before it,
    # which is the subject
    while (token.dep_ not in SUBJECTS and token.head.i != token.i
           and start - _TITLE_REACH <= token.head.i < start
           and (token.head.tag_.startswith("NN") or token.head.lower_ in _TITLE_LINKS) and all(
               t.text[:1].isupper() or t.lower_ in _TITLE_LINKS
               for t in doc[token.head.i:start])):
        token = token.head
    if token.dep_ in SUBJECTS or _inverted_speaker(token):
        return EMBEDDED if _embedded(token.head) else MAIN
    if token.dep_ == "ROOT" and start == token.sent.start and token.tag_ == "NNP":
        return MAIN  # "Duque, who has become ..., called the day ...": the parser lost the
        # verb and made the name opening the sentence its root
    if _verb_after_relative(token) and token.dep_ in {"ROOT", "conj"}:
        return EMBEDDED if _embedded(token.head) else MAIN
    head = token.head
    if token.dep_ == "poss" and (head.dep_ in SUBJECTS or _presented(head)) and (
            head.lower_ not in _PERSON_HEADS and head.ent_type_ != "PERSON"):
        return TOPIC
    return None


def _verb_after_relative(name: Any) -> bool:
    """"..., and Liam Fox, who has spent years warning against exactly that, signed up to
    it": the parser hangs the verb after the relative clause on the name, as a participle;
    the name is its subject all the same."""
    clause = next((c for c in name.children if c.dep_ == "relcl"), None)
    return clause is not None and any(
        c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > clause.right_edge.i
        and c.nbor(-1).is_punct for c in name.children)


def _presented(noun: Any) -> bool:
    """"It is Erdogan's second visit to the Kingdom": what an empty "it" or "this" is said
    to be stands for the subject."""
    return noun.dep_ == "attr" and any(c.dep_ in SUBJECTS and c.lower_ in {"it", "this"}
                                       for c in noun.head.children)


_CLOSING_MARKS = {'"', "”", "»", "'", "’", "''"}


def after_a_quote(verb: Any) -> bool:
    """'"...," declared the French President': a verb right after a closing quote mark, whose
    speaker follows it."""
    return verb.i > 0 and verb.doc[verb.i - 1].text in _CLOSING_MARKS


def _inverted_speaker(token: Any) -> bool:
    """The parser makes the speaker after such a verb its object; it is the subject the
    story goes on with."""
    verb = token.head
    return (token.dep_ in {"dobj", "attr"} and verb.i < token.i and verb.tag_ == "VBD"
            and after_a_quote(verb))


def _embedded(verb: Any) -> bool:
    """Whether the verb's clause sits inside another: introduced by "whether", "that",
    "if", "because", or the complement of a verb that has its own subject."""
    for _ in range(6):
        if any(c.dep_ == "mark" for c in verb.children):
            return True
        if verb.dep_ in {"relcl", "acl", "pcomp", "csubj"}:
            return True
        if verb.dep_ in _EMBEDDED_DEPS:
            return any(c.dep_ in SUBJECTS for c in verb.head.children)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def sentence_key(doc: Any, i: int) -> tuple[int, int]:
    """Which sentence token i is in, distinct across the paragraphs of one document."""
    return (id(doc), doc[i].sent.start)


def remember(subjects: list[Subject], actor: ActorRef, doc: Any, start: int, end: int
             ) -> None:
    rank = subject_rank(doc, start, end)
    if rank is not None and not in_quotation(doc, start):
        subjects.append(Subject(actor, sentence_key(doc, start), rank))


_OPENING = {"“", "«"}
_CLOSING = {"”", "»"}


def in_quotation(doc: Any, i: int) -> bool:
    """Whether token i lies between double quote marks of its paragraph: a subject there is
    the speaker's topic, not the narrative's ("'I do not consider Trump a person worthy of
    exchanging messages with,' he said": "he" is not Trump)."""
    inside = False
    for token in doc[:i]:
        if token.text in _OPENING:
            inside = True
        elif token.text in _CLOSING:
            inside = False
        elif token.text == '"':
            inside = not inside
    return inside


def named_in_quote_before(doc: Any, i: int, actor: ActorRef) -> bool:
    """Whether the double-quoted passage closing just before token i names the actor by
    surname ('"Trump is ready to talk," he said': the speaker is not Trump). A first name may
    be the speaker's own, quoted as someone called them ("'We have a deal, Claudia'")."""
    k = i - 1
    while k >= 0 and doc[k].text in {",", "."}:
        k -= 1
    if k < 0 or doc[k].text not in _CLOSING | {'"'}:
        return False
    opening = _OPENING | {'"'}
    start = next((j for j in range(k - 1, -1, -1) if doc[j].text in opening), None)
    return start is not None and actor.name.split()[-1] in {t.text for t in doc[start + 1:k]}


def antecedent(subjects: Sequence[Subject], people: Sequence[ActorRef],
               fits: Callable[[ActorRef], bool]) -> ActorRef | None:
    """The subject of the latest sentence that has one that fits, the best ranked there;
    else the latest person that fits."""
    recent = [s for s in subjects[-WINDOW:] if fits(s.actor)]
    if recent:
        sentence = recent[-1].sentence
        here = [(s.rank, -k, s.actor) for k, s in enumerate(recent) if s.sentence == sentence]
        return min(here, key=lambda entry: entry[:2])[2]
    for actor in reversed(people):
        if fits(actor):
            return actor
    return None


# Kinds of actor a possessive "its" can mean.
_OWNERS = {"country", "organisation"}
# What can follow "its" and name a state's foreign ministry.
_MINISTRY = {("foreign", "ministry"), ("foreign", "affairs", "ministry"),
             ("ministry", "of", "foreign", "affairs")}


def owner_of_its(doc: Any, i: int, earlier: Sequence[tuple[int, ActorRef]]) -> ActorRef | None:
    """"Algiers was less enthusiastic. Its foreign ministry ...": the latest state, capital
    or organisation named before token i, in its sentence or the one before."""
    sentence = doc[i].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for start, actor in reversed(earlier):
        if first <= start < i and actor.kind in _OWNERS:
            return actor
    return None


class Possessive:
    """"Its foreign ministry", "its president": whose, from the state named just before."""

    def __init__(self, kb: KnowledgeBase, choose: HolderChooser) -> None:
        self.kb = kb
        self.choose = choose

    def resolve(self, doc: Any, i: int, earlier: Sequence[tuple[int, ActorRef]],
                day: str | None, counts: Counter[str]) -> tuple[int, ActorRef] | None:
        """The end of the phrase "its ..." at token i and the actor it names, or None."""
        for length in range(4, 0, -1):
            words = tuple(t.lower_ for t in doc[i + 1:i + 1 + length])
            if len(words) < length:
                continue
            office = OFFICES.get(words)
            if words not in _MINISTRY and office is None:
                continue
            if _named_beside(doc, i + 1 + length):
                return None  # "Its spokesman, Dr. Sasa": the name says who
            owner = owner_of_its(doc, i, earlier)
            if owner is None:
                return None
            code = self._code(owner)
            if words in _MINISTRY:
                ministry = f"mfa:{code}"
                if ministry in self.kb.organisations:
                    return i + 1 + length, self.kb.organisation_ref(ministry)
                return None
            person = self.choose.holder(office, code, " ".join(words), day, counts) \
                if code and office else None
            return (i + 1 + length, self.kb.person_ref(person)) if person else None
        return None

    def _code(self, owner: ActorRef) -> str:
        if owner.kind == "country":
            return self.kb.country_code_by_name(owner.name) or ""
        keys = [key for kind, key in self.kb.surface.get(owner.name, ())
                if kind == "organisation"]
        return keys[0] if keys else ""


def _named_beside(doc: Any, end: int) -> bool:
    """Whether a name follows the title, in apposition or directly."""
    k = end + 1 if end < len(doc) and doc[end].text in {",", "("} else end
    return k < len(doc) and (doc[k].tag_ == "NNP" or doc[k].ent_type_ == "PERSON")


def bound(pronoun: Any, mentions: Sequence[tuple[int, int, ActorRef]],
          fits: Callable[[ActorRef], bool]) -> ActorRef | None:
    """The person subject of the nearest clause around a possessive or subject pronoun,
    named before it: "Joe Biden, who called off his trip" (Biden); "Putin said that he
    would go" (Putin). An object pronoun is never its own clause's subject ("Moon met Kim
    and invited him"), so it is left to salience."""
    if pronoun.tag_ == "PRP" and pronoun.dep_ not in SUBJECTS:
        return None
    token = pronoun
    for _ in range(8):
        head = token.head
        if head.i == token.i:
            return None
        for subject in (c for c in head.children if c.dep_ in SUBJECTS):
            if subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
                continue  # "his remarks angered Putin": the pronoun is in the subject
            if subject.lower_ in {"who", "that"} and head.dep_ == "relcl":
                subject = head.head  # "Biden, who called off his trip"
            if subject.i > pronoun.i:
                continue
            actor = _person_at(subject, mentions)
            if actor is not None and fits(actor):
                return actor
        token = head
    return None


def conjunct_owner(pronoun: Any, mentions: Sequence[tuple[int, int, ActorRef]],
                   fits: Callable[[ActorRef], bool]) -> ActorRef | None:
    """A possessive pronoun in the second of two joined nouns is the first's person:
    "between the Minister and his Indian counterpart", "Xi and his wife"."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "conj":
        return None
    actor = _person_at(pronoun.head.head, mentions)
    return actor if actor is not None and fits(actor) else None


_RELATIVE_ADVERBS = {"when", "where", "whereupon", "which"}


def lone_person_before(pronoun: Any, mentions: Sequence[tuple[int, int, ActorRef]],
                       fits: Callable[[ActorRef], bool]) -> ActorRef | None:
    """A subject or possessive pronoun in a "when" or "where" clause, in a sentence whose
    subject is no person, is the one person its sentence named before the clause: "The last
    visit was that of Vajpayee in April 2001, when he held talks"; "since the state visit by
    President Widodo, during which he was received"; "since 2005, when, in his first term,
    he was received"."""
    if pronoun.dep_ not in SUBJECTS | {"poss"}:
        return None
    clause = pronoun.head
    for _ in range(4):
        if clause.dep_ in {"relcl", "advcl"} or clause.head.i == clause.i:
            break
        clause = clause.head
    first = clause.left_edge.i
    if clause.dep_ not in {"relcl", "advcl"} or not any(
            t.lower_ in _RELATIVE_ADVERBS for t in pronoun.doc[first:pronoun.i]):
        return None
    people = {actor for start, _, actor in mentions
              if pronoun.sent.start <= start < first and actor.kind == "person" and fits(actor)}
    return people.pop() if len(people) == 1 else None


def object_of_the_paragraph(pronoun: Any, mentions: Sequence[tuple[int, int, ActorRef]],
                            subjects: Sequence[Subject], fits: Callable[[ActorRef], bool]
                            ) -> ActorRef | None:
    """A subject pronoun in a paragraph that has named no person as a subject is the one
    person it named as an object before it, not the subject of an earlier paragraph (a live
    blog's entry: "Pool video from a lunch shows Roh in a reflective mood. '...,' he said")."""
    if pronoun.dep_ not in SUBJECTS or any(s.sentence[0] == id(pronoun.doc) for s in subjects):
        return None
    people = {actor for start, end, actor in mentions
              if end <= pronoun.i and actor.kind == "person" and fits(actor)
              and pronoun.doc[end - 1].dep_ in _OBJECTS
              and not in_quotation(pronoun.doc, start)}
    return people.pop() if len(people) == 1 else None


_OBJECTS = {"dobj", "dative", "attr"}


def _person_at(token: Any, mentions: Sequence[tuple[int, int, ActorRef]]) -> ActorRef | None:
    for start, end, actor in mentions:
        if start <= token.i < end and actor.kind == "person":
            return actor
    return None
