"""Spouses who come along: "he and Madam Peng Liyuan were welcomed by the Head of State and
the First Lady, Anne Malherbe", "hosted by Prime Minister Turnbull and Mrs Lucy Turnbull".

A leader's spouse takes part in the ceremony, but a contact between a leader and a spouse
(or between two spouses) is no diplomatic contact. The events stage keeps spouses among the
participants of a meeting that has two parties without them ("Kim and his wife Ri Sol-ju
joined Moon Jae-in and first lady Kim Jung-sook"), and drops a meeting that has not.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from readout.actors import TokenMention

# Words that say the one named next ("his wife Ri Sol-ju", "Madam Peng Liyuan"), or the one
# in apposition ("the First Lady, Anne Malherbe"), is a leader's spouse.
_BEFORE = {"wife", "husband", "spouse", "madam", "madame"}
_APPOSED = _BEFORE | {"lady"}
# Courtesy titles that make a spouse of one sharing another party's family name.
_MARRIED = {"mrs", "mrs.", "madam", "madame"}


def spouses(doc: Any, mentions: Sequence[TokenMention]) -> set[str]:
    """The names of the people among `mentions` the text presents as someone's spouse."""
    people = [m for m in mentions if m.actor.kind == "person" and m.actor.name]
    found = set()
    for mention in people:
        before = [t.lower_ for t in doc[max(0, mention.start - 2):mention.start]]
        root = doc[mention.start:mention.end].root
        marked = (bool(before) and before[-1] in _BEFORE) or (
            before[-2:] == ["first", "lady"]) or (
            root.dep_ == "appos" and root.head.lower_ in _APPOSED)
        family = mention.actor.name.split()[-1]
        styled = doc[mention.start].lower_ in _MARRIED or (bool(before) and before[-1] in _MARRIED)
        married = styled and any(
            m.actor.name != mention.actor.name and m.actor.name.split()[-1] == family
            for m in people)
        if marked or married:
            found.add(mention.actor.name)
    return found
