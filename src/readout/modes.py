"""PLOVER's mode of a contact (CONSULT) event, read from its type, parties and place.

`phone` for calls; `multilateral` for three or more parties; `visit` when the place lies in
one party's country (the others came to it: a visit for them, hosting for that party);
`third-party` when it lies elsewhere; empty when the place is not known.
"""

from __future__ import annotations

from collections.abc import Sequence

from readout.events.combine import party
from readout.records import ActorRef, Location


def plover_mode(kind: str, participants: Sequence[ActorRef], location: Location | None) -> str:
    parties = {party(a) for a in participants}
    if kind == "call":
        return "phone"
    if len(parties) >= 3:
        return "multilateral"
    host = location.country if location else None
    if host is None:
        return ""
    return "visit" if host in parties else "third-party"
