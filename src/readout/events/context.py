"""What the events stage knows of a document while it reads it: the knowledge base and the
dates that relative expressions count from."""

from __future__ import annotations

from dataclasses import dataclass

from readout.actors import KnowledgeBase
from readout.records import Location


@dataclass(frozen=True)
class Context:
    kb: KnowledgeBase
    published: str | None  # the anchor day for relative dates
    precision: str = "day"  # how well the anchor is known: day, month or year
    default_date: str | None = None  # the date of news reported without one
    earliest: str | None = None  # the first day the document can be from, when not known
    narrative_day: str | None = None  # the last day the story told of: "two days later"
    visit: tuple[str | None, Location | None] = (None, None)  # the date and place of the
    # visit told last, for "During the visit, ..."
    story_year: int | None = None  # the year "That year ..." put the paragraph in
    dateline: Location | None = None  # the place a wire story is filed from
