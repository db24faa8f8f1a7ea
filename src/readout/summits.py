"""Known summits: which forum met in which town on which days, and where a text names one.

`time_data/summits.tsv` lists the meetings of the forums news reports on (G20, ASEAN, the AU,
the Normandy format, COPs, ...) from 2010 on; `time_data/forums.tsv` says how news names each
forum. A sentence names a summit when it names both its forum and its town ("the G20 summit
in Osaka", "Normandy-format talks in Paris"). The time stage dates undated text by the summit
its lead reports; the events stage dates a contact on the sidelines of one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from readout.tables import plain, rows

DATA = Path(__file__).parent / "time_data"
SUMMITS = DATA / "summits.tsv"
FORUMS = DATA / "forums.tsv"
# Words of a summit's name that do not tell it from others: a forum the table of names does
# not list is named by the rest ("Trump-Putin summit": "Trump-Putin").
GENERIC = {"summit", "summits", "meeting", "conference", "talks", "the", "of", "and", "on",
           "for", "in", "leaders", "leaders'", "annual", "ordinary", "extraordinary", "special",
           "state", "visit", "dinner", "first", "second", "third", "a", "with"}


@dataclass(frozen=True)
class Summit:
    key: str
    organisation: str
    name: str
    towns: tuple[str, ...]
    country: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Calendar:
    summits: tuple[Summit, ...]
    towns: re.Pattern[str]  # any town of any summit
    by_town: dict[str, tuple[Summit, ...]]  # town, as written -> its summits
    forums: dict[str, re.Pattern[str]]  # summit key -> how news names its forum


def _towns(city: str) -> tuple[str, ...]:
    """"Playa del Carmen (Riviera Maya)", "Nusa Dua, Bali": each name the town goes by;
    "virtual" is no town."""
    names = [n.strip() for n in re.split(r"[(),/]", city) if n.strip()]
    return tuple(n for n in names if n.lower() != "virtual" and len(n) > 2)


@cache
def load_calendar(summits: Path = SUMMITS, forums: Path = FORUMS) -> Calendar:
    found = []
    for key, organisation, name, city, country, start, end, *_ in rows(summits, "key"):
        found.append(Summit(key, organisation, name, _towns(city), country,
                            dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    named = {organisation: patterns for organisation, patterns in rows(forums, "organisation")}
    by_town: dict[str, list[Summit]] = {}
    for summit in found:
        for town in summit.towns:
            by_town.setdefault(plain(town), []).append(summit)
    towns = sorted(by_town, key=len, reverse=True)
    return Calendar(
        summits=tuple(found),
        # towns are names: matched as written, so "Nice" is not "nice"
        towns=re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(t) for t in towns)})(?!\w)"),
        by_town={town: tuple(s) for town, s in by_town.items()},
        forums={s.key: re.compile(rf"(?<!\w)(?:{named.get(s.organisation) or _own_name(s)})"
                                  rf"(?!\w)", re.I) for s in found})


def _own_name(summit: Summit) -> str:
    """The distinctive words of the summit's own name, as a pattern (none: it never matches)."""
    bare = re.sub(r"\([^)]*\)", " ", summit.name)
    words = [w for w in re.findall(r"[\w'.-]+", bare) if w.lower() not in GENERIC]
    return r"\W+".join(re.escape(w) for w in words) if words else r"(?!x)x"


def named_in(sentence: str, calendar: Calendar | None = None) -> list[Summit]:
    """The summits a sentence names by forum and town, in the order of their towns."""
    calendar = calendar or load_calendar()
    sentence = plain(sentence)
    told = set(_ORDINAL.findall(sentence))
    out: list[Summit] = []
    for town in calendar.towns.finditer(sentence):
        for summit in calendar.by_town[town.group(0)]:
            if summit not in out and calendar.forums[summit.key].search(sentence) and (
                    _same_session(summit, told)):
                out.append(summit)
    return out


def _same_session(summit: Summit, told: set[str]) -> bool:
    """"the 78th session" is no other session; a sentence with no number, or a summit
    with none, says nothing against it."""
    own = set(_ORDINAL.findall(summit.name))
    return not told or not own or bool(own & told)


_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
