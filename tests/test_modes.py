"""PLOVER modes from an event's type, parties and place."""

from __future__ import annotations

import pytest

from readout.modes import plover_mode
from readout.records import ActorRef, Location

PUTIN = ActorRef("Vladimir Putin", "Q7747", "person", "Russia")
XI = ActorRef("Xi Jinping", "Q15031", "person", "China")
MODI = ActorRef("Narendra Modi", "Q1058", "person", "India")


@pytest.mark.parametrize(("kind", "who", "place", "mode"), [
    ("call", (PUTIN, XI), None, "phone"),
    ("meeting", (PUTIN, XI, MODI), Location("Kazan", "Russia"), "multilateral"),
    ("meeting", (PUTIN, XI), Location("Beijing", "China"), "visit"),
    ("meeting", (PUTIN, XI), Location("Astana", "Kazakhstan"), "third-party"),
    ("meeting", (PUTIN, XI), None, ""),
])
def test_plover_mode(kind: str, who: tuple[ActorRef, ...], place: Location | None,
                     mode: str) -> None:
    assert plover_mode(kind, who, place) == mode
