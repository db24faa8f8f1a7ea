"""Which reported event a quote speaks about.

An article that reports a meeting quotes its participants about it; an article reporting two
meetings quotes each side about its own. A quote is linked to a news (not background) event
of its document whose parties include the speaker's state or organisation — the nearest such
event reported before the quote, else the nearest after it. A quote whose speaker is unknown
is linked only when the document reports a single news event. Quotes about something else
(a speaker whose side took part in no reported event) stay unlinked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from readout.events.combine import parties, party
from readout.records import EventMention, Quote


def link_quotes(quotes: Sequence[Quote], mentions: Sequence[EventMention]) -> tuple[Quote, ...]:
    news = [(i, m) for i, m in enumerate(mentions) if not m.background]
    return tuple(replace(q, event=_event_for(q, news)) for q in quotes)


def _event_for(quote: Quote, news: list[tuple[int, EventMention]]) -> int | None:
    if quote.speaker is None:
        return news[0][0] if len(news) == 1 else None
    side = party(quote.speaker)
    involved = [(i, m) for i, m in news if side in parties(m.participants)]
    if not involved:
        return None
    before = [(i, m) for i, m in involved if m.evidence.start <= quote.start]
    if before:
        return max(before, key=lambda pair: pair[1].evidence.start)[0]
    return min(involved, key=lambda pair: pair[1].evidence.start)[0]
