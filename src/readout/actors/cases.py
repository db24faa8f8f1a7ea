"""Tables of (mention, date, context, expected actor) cases, scored: shared by the tests and
`benchmarks/actors_quality.py`."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout.actors.mentions import ActorFinder
from readout.actors.resolve import resolve


@dataclass(frozen=True)
class Case:
    mention: str
    date: str
    context: str
    expected: str
    note: str

    @property
    def category(self) -> str:
        return self.note.split(":", 1)[0].strip() or "other"


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: str
    also: tuple[str, ...] = ()  # other names of the same actor in the knowledge base

    @property
    def right(self) -> bool:
        """The expected actor, under its canonical name or another of its names (the
        tables were written by hand: "Faisal bin Farhan" is Faisal bin Farhan Al Saud)."""
        return self.case.expected in (self.got, *self.also)


def load_cases(path: Path) -> list[Case]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Case(r["mention"], r["date"], r["context"], r["expected"], r.get("note", ""))
            for r in rows]


def run(finder: ActorFinder, nlp: Any, cases: list[Case]) -> list[Outcome]:
    out = []
    for case in cases:
        found = resolve(finder, nlp, case.mention, case.date, case.context or None)
        if found is None:
            out.append(Outcome(case, "null"))
            continue
        out.append(Outcome(case, found.actor.name, _other_names(finder, found.actor.name)))
    return out


def _other_names(finder: ActorFinder, name: str) -> tuple[str, ...]:
    kb = finder.kb
    person = kb.people.get(kb.person_keys.get(name, ""))
    if person is not None:
        return person.aliases
    return tuple(a for org in kb.organisations.values() if org.name == name for a in org.aliases)


def accuracy(outcomes: list[Outcome]) -> float:
    return sum(o.right for o in outcomes) / len(outcomes) if outcomes else 1.0


def by_category(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    totals: Counter[str] = Counter(o.case.category for o in outcomes)
    right: Counter[str] = Counter(o.case.category for o in outcomes if o.right)
    return {c: (right[c], totals[c]) for c in sorted(totals)}
