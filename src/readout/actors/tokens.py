"""A mention as the finder gives it: token indices into one paragraph's parse."""

from __future__ import annotations

from dataclasses import dataclass

from readout.records import ActorRef


@dataclass(frozen=True)
class TokenMention:
    """A mention as token indices [start, end) of one paragraph's Doc."""

    start: int
    end: int
    actor: ActorRef
    how: str
