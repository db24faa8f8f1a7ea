"""Who a title means on a day: the holder of an office for a state or an organisation.

"the Iranian president" is the holder titled President (not the Supreme Leader, who is the
head of state); "the UN refugee chief" heads UNHCR; "the former British prime minister" is
the past holder the article has named; "the Queen" is the monarch of a state the article is
about, else the British one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from readout.actors.kb import MONARCH_TITLES, KnowledgeBase, Term
from readout.records import ActorRef

# What a title means in an organisation, best first.
_ORGANISATION_HEADS = {
    "secretary_general": ("secretary_general", "director_general", "managing_director",
                          "president", "chair", "high_commissioner", "executive_director"),
    "head_of_state": ("president", "chair"),
    "foreign_minister": ("high_representative",),
    "top_diplomat": ("high_representative",),
}
_HEADS = ("head_of_state", "head_of_government")
# A bare "the Queen" in English-language news, when the article names no other monarchy.
DEFAULT_MONARCHY = "GBR"


def candidate_offices(kb: KnowledgeBase, office: str, country: str) -> tuple[str, ...]:
    """The offices a title can mean for a state or an organisation."""
    if office == "leader":
        return _HEADS
    if office.startswith("title:"):
        return (office,)
    if office in {"spokesperson", "press_secretary"}:
        if country in kb.organisations:
            return ("spokesperson",)
        spokespeople = ("spokesperson_foreign_ministry", "spokesperson_government")
        return spokespeople[::-1] if office == "press_secretary" else spokespeople
    if country in kb.organisations:
        # "the UN chief", "the EU foreign policy chief", "the Commission president"
        own = kb.organisation_offices(country)
        for key in _ORGANISATION_HEADS.get(office, (office,)):
            found = tuple(o for o in own if key in o)
            if found:
                return found
        return ()
    if office == "top_diplomat":
        # Where the party's foreign affairs chief outranks the minister (China in 2023),
        # roles.tsv says so with a top_diplomat term; elsewhere it is the foreign minister.
        return ("top_diplomat", "foreign_minister")
    return (office,)


def _says(title: str, words: Sequence[str]) -> bool:
    """Whether an office's title is one of these words: "Acting President" says
    "president"; "Vice President" is another office and never reaches here."""
    lowered = title.lower()
    return any(lowered == w or lowered.endswith(" " + w) for w in words)


class HolderChooser:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def _first(self, people: list[str], counts: Counter[str]) -> str | None:
        """The holder the article has named, else the first listed."""
        named = [p for p in people if counts[self.kb.people[p].name]]
        return (named or people)[0] if people else None

    def holder(self, office: str | None, country: str, words: str, day: str | None,
               counts: Counter[str]) -> str | None:
        if office is None:
            return None
        if day is not None and office in _HEADS and words:
            # "the Iranian president": the head titled so, whichever office that is
            wanted = MONARCH_TITLES if words == "monarch" else (words,)
            titled = [t.person for t in self.kb.terms_in.get(country, ())
                      if t.office in _HEADS and t.holds_on(day) and _says(t.title, wanted)]
            # Peru's prime minister is not its head of government (the president is): a
            # post filed as `other` under exactly that title.
            titled = titled or [t.person for t in self.kb.terms_in.get(country, ())
                                if t.office == "other" and t.holds_on(day)
                                and t.title.lower() == words]
            if titled:
                return self._first(titled, counts)
        offices = candidate_offices(self.kb, office, country)
        if office == "leader" and day is not None:
            # "the Malaysian leader" fits the king and the prime minister: the one the
            # article has named, whichever office that is; else the first office's holder.
            named = [p for name in offices for p in self.kb.holders(name, country, day)
                     if counts[self.kb.people[p].name]]
            if named:
                return named[0]
        for name in offices:
            # one person per holder: undated, a holder of two terms is listed twice
            holders = list(dict.fromkeys(self.kb.holders(name, country, day)))
            named = [p for p in holders if counts[self.kb.people[p].name]]
            if day is None and named:
                # undated: the holder the text names most ("Mr Morrison ... his predecessor,
                # Malcolm Turnbull": the Australian leader is Morrison); a tie says nothing
                times = [counts[self.kb.people[p].name] for p in named]
                if times.count(max(times)) == 1:
                    return named[times.index(max(times))]
            if day is not None and holders:
                return (named or holders)[0]
        return None

    def former(self, office: str, countries: Sequence[str], earlier: Sequence[ActorRef],
               day: str | None) -> str | None:
        """The latest person named before who held the office (for one of the states) and
        had left it by the day."""
        for actor in earlier:
            key = self.kb.person_keys.get(actor.name)
            if actor.kind == "person" and key and any(
                    self._was(t, office, countries, day) for t in self.kb.terms_of.get(key, ())):
                return key
        return None

    def _was(self, term: Term, office: str, countries: Sequence[str], day: str | None) -> bool:
        if countries and term.country not in countries:
            return False
        if term.country in self.kb.organisations:
            offices = candidate_offices(self.kb, office, term.country)
        else:
            offices = candidate_offices(self.kb, office, term.country) or (office,)
        ended = bool(term.end) and (day is None or term.end < day[:len(term.end)])
        return term.office in offices and ended

    def monarch(self, words: str, earlier: Sequence[ActorRef], day: str | None,
                counts: Counter[str]) -> str | None:
        """"The Queen", "the King": the monarch the article named, else the monarch of the
        latest state it named that has one, else the British monarch."""
        if day is None:
            return None
        for actor in earlier:
            key = self.kb.person_keys.get(actor.name)
            if actor.kind == "person" and key and any(
                    _says(t.title, (words,)) for t in self.kb.offices_of(key, day)):
                return key
        states = [self.kb.country_code_by_name(a.name) for a in earlier if a.kind == "country"]
        for code in [*states, DEFAULT_MONARCHY]:
            if code is None:
                continue
            found = self.holder("head_of_state", code, words, day, counts)
            if found and any(_says(t.title, (words,)) for t in self.kb.offices_of(found, day)):
                return found
        return None
