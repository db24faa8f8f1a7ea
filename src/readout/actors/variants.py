"""A surname spelt differently from the knowledge base: "President Disanayaka" is Anura
Kumara Dissanayake, "Zelenskiy" is Volodymyr Zelenskyy.

Only when nothing matches exactly, only for words of six letters or more, and only when one
person in office on the day has a name word that close: a near miss never picks between two.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from readout.actors.names import NameIndex, fold

NEAR = 0.85
MIN_LENGTH = 6


def near_surname(index: NameIndex, word: str, day: str | None) -> str | None:
    """The one office-holder on the day whose surname is spelt nearly like `word`."""
    folded = fold(word)
    if day is None or len(folded) < MIN_LENGTH or folded in index.by_token:
        return None
    found: set[str] = set()
    for token, people in index.by_token.items():
        if abs(len(token) - len(folded)) > 2 or token[0] != folded[0]:
            continue
        if SequenceMatcher(None, token, folded).ratio() < NEAR:
            continue
        found.update(p for p in people if index.kb.offices_of(p, day)
                     and fold(index.kb.people[p].surname) == token)
    return next(iter(found)) if len(found) == 1 else None
