"""Meetings and calls per month as the geometry of a stacked bar chart, drawn as SVG by the
page template (no script, no style attributes: the Content-Security-Policy forbids both)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from readout.browse import MonthCount

WIDTH, HEIGHT = 920, 170
LEFT, BOTTOM, TOP = 34, 22, 10
MAX_BARS = 120  # beyond ten years of months, bars are years
MAX_BAR = 34.0  # widest bar, so that a few months do not look like a wall


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    meeting_y: float
    meeting_h: float
    call_y: float
    call_h: float
    label: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    grid: tuple[tuple[float, int], ...]  # (y, value) of horizontal grid lines
    left: int
    base: float
    by: str  # "month" or "year"


def _by_year(months: Sequence[MonthCount]) -> list[MonthCount]:
    years: dict[str, list[int]] = {}
    for m in months:
        total = years.setdefault(m.month[:4], [0, 0])
        total[0] += m.meetings
        total[1] += m.calls
    return [MonthCount(year, a, b) for year, (a, b) in years.items()]


def chart(months: Sequence[MonthCount]) -> Chart | None:
    if not months:
        return None
    by = "month"
    points = list(months)
    if len(points) > MAX_BARS:
        points, by = _by_year(points), "year"
    top = max(max(p.meetings + p.calls for p in points), 1)
    plot_h = HEIGHT - BOTTOM - TOP
    step = (WIDTH - LEFT - 4) / len(points)
    base = float(HEIGHT - BOTTOM)
    bars, ticks = [], []
    every = max(1, len(points) // 12)
    for i, point in enumerate(points):
        x = LEFT + i * step
        meet_h = plot_h * point.meetings / top
        call_h = plot_h * point.calls / top
        width = min(max(step * 0.76, 1.0), MAX_BAR)
        bars.append(Bar(round(x + (step - width) / 2, 1), round(width, 1),
                        round(base - meet_h, 1), round(meet_h, 1),
                        round(base - meet_h - call_h, 1), round(call_h, 1), point.month,
                        f"{point.month}: {point.meetings} meetings, {point.calls} calls"))
        if by == "year" or point.month.endswith("-01") or i == 0 or \
                (len(points) <= 14 and i % every == 0):
            ticks.append(Tick(round(x + step / 2, 1), _label(point.month, i == 0)))
    ticks = _thin(ticks)
    levels = sorted({top, max(1, top // 2)})
    grid = tuple((round(base - plot_h * v / top, 1), v) for v in levels)
    return Chart(WIDTH, HEIGHT, tuple(bars), tuple(ticks), grid, LEFT, base, by)


def _label(month: str, first: bool) -> str:
    """2023 for a January (or a year bar), Apr 2017 for the first bar of a range."""
    if len(month) == 4 or (month.endswith("-01") and not first):
        return month[:4]
    names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{names[int(month[5:7]) - 1]} {month[:4]}"


def _thin(ticks: list[Tick], gap: float = 52.0) -> list[Tick]:
    """Drop tick labels that would overlap the one before."""
    out: list[Tick] = []
    for tick in ticks:
        if not out or tick.x - out[-1].x >= gap:
            out.append(tick)
    return out
