"""Query parameters shared by the pages and the API: the same names, checks and defaults."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from readout.browse import MAX_PER_PAGE, BadParameter, Filter, Paging, check_date

TYPES = ("meeting", "call")
MODES = ("in-person", "phone", "video")
SHOWN = {"": None, "all": None, "news": False, "background": True}


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise BadParameter(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def event_filter(
    actor: Annotated[list[str] | None, Query(
        description="A participant (name, country or id); repeat it for a pair: all must "
                    "take part.")] = None,
    type: Annotated[str | None, Query(description="meeting or call.")] = None,
    mode: Annotated[str | None, Query(description="in-person, phone or video.")] = None,
    since: Annotated[str | None, Query(description="From this date: YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, Query(description="Up to this date: YYYY[-MM[-DD]].")] = None,
    topic: Annotated[str | None, Query(description="A topic, or part of one.")] = None,
    shown: Annotated[str | None, Query(
        description="news (reported events only), background (past events mentioned as "
                    "context) or all (the default).")] = None,
) -> Filter:
    if (shown or "") not in SHOWN:
        raise BadParameter(f"shown must be one of news, background, all, not {shown!r}")
    return Filter(
        actors=tuple(a.strip() for a in actor or () if a.strip()),
        type=_choice(type, TYPES, "type"), mode=_choice(mode, MODES, "mode"),
        since=check_date(since, "since"), until=check_date(until, "until"),
        topic=(topic or "").strip() or None, background=SHOWN[shown or ""])


def paging(
    page: Annotated[int, Query(ge=1, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Items per page.")] = 50,
) -> Paging:
    return Paging(page, per_page)
