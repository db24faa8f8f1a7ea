"""People the knowledge base does not know, carried through a document by their surname.

"Shafiqul Alam said ... Alam described ..." — the second mention is the person named in full
before, so both come out with the full name as written (never an id: nothing is known of
them beyond the text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the finder calls this module: no import of it at run time
    from readout.actors.mentions import TokenMention


def carry_surnames(mentions: Sequence[Sequence[TokenMention]]
                   ) -> list[list[TokenMention]]:
    """The mentions, with a lone unknown name that ends an unknown full name said before it
    (and no other) given that full name."""
    full: dict[str, set[str]] = {}  # last word -> full names as written
    out: list[list[TokenMention]] = []
    for paragraph in mentions:
        kept = []
        for mention in paragraph:
            actor = mention.actor
            words = actor.name.split()
            if actor.kind == "person" and actor.id is None:
                if len(words) >= 2:
                    full.setdefault(words[-1], set()).add(actor.name)
                elif len(full.get(actor.name, ())) == 1:
                    [name] = full[actor.name]
                    mention = replace(mention, actor=replace(actor, name=name))
            kept.append(mention)
        out.append(kept)
    return out
