"""Dating a document by who holds which office in it.

"Foreign Minister Qin Gang" can only be written while Qin Gang was foreign minister (30
December 2022 to 25 July 2023). Each knowledge-base person named right after one of their
own titles bounds the publication date by their term; "former", "then" and "ex-" titles are
skipped. The cues are weak: a title kept in a retrospective sentence must not overrule
stronger evidence, so the time stage drops a tenure cue that contradicts the others.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from readout.actors.honorifics import COURTESY
from readout.actors.kb import KnowledgeBase, Term
from readout.dates import interval
from readout.time import DateConstraint

# Courtesy titles between an office and its holder: "Secretary of State Mrs Hillary Rodham
# Clinton", "Prime Minister Datuk Seri Najib Tun Razak". Cut off before the titles are read.
_TRAILING_COURTESY = re.compile(r"(?i)(?<=\s)(?:(?:{})\s+)+$".format(
    "|".join(sorted(map(re.escape, COURTESY), key=len, reverse=True))))
# ... also before a state's adjective: "then Syrian foreign minister Farouk al-Sharaa"
NOT_CURRENT = re.compile(r"\b(?:former|then|ex|late|outgoing|incoming|future|acting|"
                         r"designate|elect)\W*(?:(?-i:[A-Z])[\w.-]*\s+)?$", re.I)


class TenureFinder:
    """Built once per process: one pattern for every person's name and aliases."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.terms: dict[str, list[tuple[Term, re.Pattern[str]]]] = defaultdict(list)
        for term in kb.terms:
            if term.title:
                title = re.escape(term.title).replace(r"\ ", r"\s+")
                self.terms[term.person].append((term, re.compile(rf"(?i)\b{title}\s+$")))
        self.person_of: dict[str, str] = {}
        for person in kb.people.values():
            if person.id in self.terms:
                for form in (person.name, *person.aliases):
                    self.person_of.setdefault(form, person.id)
        forms = sorted(self.person_of, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")

    def constraints(self, text: str) -> tuple[DateConstraint, ...]:
        found: dict[str, DateConstraint] = {}
        for match in self.pattern.finditer(text):
            person = self.person_of[match.group(0)]
            before = _TRAILING_COURTESY.sub("", text[max(0, match.start() - 60):match.start()])
            terms = self._titled_terms(person, before)
            if terms and person not in found:
                found[person] = _bounds(terms, match.group(0))
        return tuple(found.values())

    def _titled_terms(self, person: str, before: str) -> list[Term]:
        matched = []
        for term, pattern in self.terms[person]:
            hit = pattern.search(before)
            if hit and not NOT_CURRENT.search(before[:hit.start()]):
                matched.append(term)
        return matched


TITLE_OUTLIVES_TERM = dt.timedelta(days=90)


def _bounds(terms: list[Term], name: str) -> DateConstraint:
    starts = [_day(t.start, first=True) for t in terms]
    ends = [_day(t.end, first=False) for t in terms]
    low = min((s for s in starts if s), default=None)
    high = None if any(e is None for e in ends) else max(e for e in ends if e)
    if high is not None:
        # News keeps a deposed or departed leader's title for a while ("the junta detained
        # President Mohamed Bazoum"): the title bounds the date loosely after the term ends.
        high += TITLE_OUTLIVES_TERM
    title = terms[0].title
    span = f"{low or '?'} to {high or 'now'}"
    return DateConstraint(low, high, f"{title} {name} (in office {span})", weak=True)


def _day(value: str, first: bool) -> dt.date | None:
    span = interval(value) if value else None
    if span is None:
        return None
    return span[0] if first else span[1]
