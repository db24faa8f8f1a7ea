"""A surname spelt differently from the knowledge base: "President Disanayaka" is Anura
Kumara Dissanayake, "Zelenskiy" is Volodymyr Zelenskyy.

Only when nothing matches exactly, only for words of six letters or more, and only when one
person in office on the day has a name word that close: a near miss never picks between two.
"""

from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache, lru_cache

from readout.actors.names import NameIndex, fold

NEAR = 0.85
MIN_LENGTH = 6


def near_surname(index: NameIndex, word: str, day: str | None) -> str | None:
    """The one office-holder on the day whose surname is spelt nearly like `word`."""
    folded = fold(word)
    if day is None or len(folded) < MIN_LENGTH or folded in index.by_token:
        return None
    found: set[str] = set()
    for surname in _surnames_like(index, folded):
        found.update(p for p in _surnames(index)[folded[0], len(surname)][surname]
                     if index.kb.offices_of(p, day))
    return next(iter(found)) if len(found) == 1 else None


@cache
def _surnames(index: NameIndex) -> dict[tuple[str, int], dict[str, set[str]]]:
    """People by folded surname, filed by its first letter and length (built once)."""
    out: dict[tuple[str, int], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person in index.kb.people.values():
        surname = fold(person.surname)
        if surname and surname in index.by_token:
            out[surname[0], len(surname)][surname].add(person.id)
    return out


@lru_cache(maxsize=1 << 16)  # bounded: an archive holds millions of distinct words
def _surnames_like(index: NameIndex, folded: str) -> tuple[str, ...]:
    """Surnames of the same first letter, within two letters of the length, spelt nearly
    alike (remembered: news repeats its words)."""
    filed = _surnames(index)
    return tuple(surname for size in range(len(folded) - 2, len(folded) + 3)
                 for surname in filed.get((folded[0], size), {})
                 if SequenceMatcher(None, surname, folded).ratio() >= NEAR)
