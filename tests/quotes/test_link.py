"""Quotes are linked to the reported event their speaker's side took part in."""

from __future__ import annotations

import pytest

from readout.quotes import link_quotes
from readout.records import ActorRef, EventMention, Quote, Span

WANG = ActorRef("Wang Yi", "Q5", "person", "China")
LAVROV = ActorRef("Sergey Lavrov", "Q6", "person", "Russia")
JAISHANKAR = ActorRef("Subrahmanyam Jaishankar", "Q7", "person", "India")
CHINA_MFA = ActorRef("Ministry of Foreign Affairs of China", None, "organisation", "China")
GUTERRES = ActorRef("António Guterres", "Q8", "person", None)


def _event(who: tuple[ActorRef, ...], start: int, background: bool = False) -> EventMention:
    return EventMention("meeting", who, "2024-11", None, None, (), background, "happened",
                        Span("x", start, start + 10), "met")


def _quote(speaker: ActorRef | None, start: int) -> Quote:
    return Quote("We agree", start, start + 8, speaker, None, True, "said", None)


RUSSIA_MEETING = _event((WANG, LAVROV), 0)
INDIA_MEETING = _event((WANG, JAISHANKAR), 500)
OLD_VISIT = _event((WANG, LAVROV), 900, background=True)


@pytest.mark.parametrize(("events", "speaker", "start", "expected"), [
    # Each side's words go with the meeting it took part in.
    ((RUSSIA_MEETING, INDIA_MEETING), LAVROV, 200, 0),
    ((RUSSIA_MEETING, INDIA_MEETING), JAISHANKAR, 700, 1),
    # Wang took part in both: the nearest meeting reported before the quote.
    ((RUSSIA_MEETING, INDIA_MEETING), WANG, 200, 0),
    ((RUSSIA_MEETING, INDIA_MEETING), WANG, 800, 1),
    # Before any report of his meetings: the first one after.
    ((_event((WANG, LAVROV), 300), INDIA_MEETING), WANG, 100, 0),
    # A ministry speaks for its state.
    ((RUSSIA_MEETING, INDIA_MEETING), CHINA_MFA, 950, 1),
    # A speaker whose side took part in nothing reported stays unlinked.
    ((RUSSIA_MEETING,), GUTERRES, 200, None),
    # An unknown speaker: linked only when the document reports one event.
    ((RUSSIA_MEETING,), None, 200, 0),
    ((RUSSIA_MEETING, INDIA_MEETING), None, 200, None),
    # Background mentions are never what a quote reports on.
    ((OLD_VISIT,), LAVROV, 950, None),
    ((), LAVROV, 10, None),
])
def test_link(events: tuple[EventMention, ...], speaker: ActorRef | None, start: int,
              expected: int | None) -> None:
    [linked] = link_quotes([_quote(speaker, start)], events)
    assert linked.event == expected
