"""The library functions that every page and its JSON twin share."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import browse
from readout.errors import UsageError
from readout.records import Span
from readout.store import Store
from readout.store.browse import fts_query
from readout.web.chart import chart
from readout.web.jobs import safe_name
from readout.web.security import is_loopback, token_for


@pytest.mark.parametrize(("date", "expected"), [
    ("2023-11-15", "day"), ("2023-11", "month"), ("2023", "year"), (None, "unknown"),
])
def test_precision(date: str | None, expected: str) -> None:
    assert browse.precision(date) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2023", "2023"), ("2023-02", "2023-02"), ("2023-02-28", "2023-02-28"), ("", None),
    (None, None),
])
def test_check_date_accepts(value: str | None, expected: str | None) -> None:
    assert browse.check_date(value, "since") == expected


@pytest.mark.parametrize("value", ["bad", "2023-13", "2023-1-5", "23", "2023-02-30x"])
def test_check_date_refuses(value: str) -> None:
    with pytest.raises(browse.BadParameter):
        browse.check_date(value, "since")


@pytest.mark.parametrize(("text", "expected"), [
    ("peace talks", '"peace" "talks"*'),
    ('Ukraine" OR x', '"Ukraine" "OR" "x"*'),
    ("speaker_name:Xi", '"speaker_name" "Xi"*'),
    ("  ", None),
    ("*)(", None),
])
def test_fts_query_keeps_syntax_out(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("abcdef", [], [("abcdef", ())]),
    ("abcdef", [(1, 3, "event")], [("a", ()), ("bc", ("event",)), ("def", ())]),
    ("abcdef", [(0, 4, "quote"), (2, 6, "event")],
     [("ab", ("quote",)), ("cd", ("event", "quote")), ("ef", ("event",))]),
    ("abc", [(2, 99, "speaker"), (5, 4, "event")], [("ab", ()), ("c", ("speaker",))]),
])
def test_segments_cut_at_every_span(text: str, spans: list[tuple[int, int, str]],
                                    expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(s.text, s.kinds) for s in browse.segments(text, spans)] == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("One. Two met. Three.\n\nNext.", Span("Two met.", 5, 13), ("One. ", "Two met.", " Three.")),
    ("Intro.\n\nTwo met here.", Span("Two met here.", 0, 13), ("", "Two met here.", "")),
    ("nothing here", Span("absent", 0, 6), ("", "absent", "")),
])
def test_context_is_the_paragraph(text: str, span: Span,
                                  expected: tuple[str, str, str]) -> None:
    found = browse.context(text, span)
    assert (found.before, found.evidence, found.after) == expected


@pytest.mark.parametrize(("name", "taken", "expected"), [
    ("../../etc/passwd", set(), "passwd"),
    ("C:\\Users\\me\\news.txt", set(), "news.txt"),
    ("a b<c>.txt", set(), "a_b_c_.txt"),
    ("news.txt", {"news.txt"}, "news-2.txt"),
    ("...", set(), "upload"),
])
def test_upload_names_are_plain(name: str, taken: set[str], expected: str) -> None:
    assert safe_name(name, taken) == expected


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
    ("0.0.0.0", False), ("192.168.1.10", False), ("::", False), ("example.org", False),
])
def test_token_only_off_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
    assert (token_for(host, None) is None) is loopback
    assert token_for(host, "chosen") == "chosen"


def test_filters_narrow_the_timeline(web_db: Path) -> None:
    with Store(web_db) as store:
        every = browse.list_events(store, browse.Filter())
        xi = browse.list_events(store, browse.Filter(actors=("Xi Jinping",)))
        pair = browse.list_events(store, browse.Filter(actors=("Xi Jinping", "Joe Biden")))
        calls = browse.list_events(store, browse.Filter(type="call"))
        video = browse.list_events(store, browse.Filter(mode="video"))
    assert every.total > xi.total > pair.total > 0
    assert all({"Xi Jinping", "Joe Biden"} <= {a.name for a in e.participants}
               for e in pair.items)
    assert calls.total and all(e.type == "call" for e in calls.items)
    assert video.total and all(e.mode == "video" for e in video.items)


def test_pages_split_the_list(web_db: Path) -> None:
    with Store(web_db) as store:
        first = browse.list_events(store, browse.Filter(), browse.Paging(1, 3))
        second = browse.list_events(store, browse.Filter(), browse.Paging(2, 3))
    assert len(first.items) == 3 and first.pages == -(-first.total // 3)
    assert not {e.id for e in first.items} & {e.id for e in second.items}


@pytest.mark.parametrize("paging", [browse.Paging(0, 10), browse.Paging(1, 0),
                                    browse.Paging(1, browse.MAX_PER_PAGE + 1)])
def test_bad_pages_are_refused(web_db: Path, paging: browse.Paging) -> None:
    with Store(web_db) as store, pytest.raises(UsageError):
        browse.list_events(store, browse.Filter(), paging)


def test_monthly_counts_fill_gaps(web_db: Path) -> None:
    with Store(web_db) as store:
        months = browse.monthly_counts(store, browse.Filter(actors=("Xi Jinping",)))
    names = [m.month for m in months]
    assert names == sorted(names) and len(set(names)) == len(names)
    assert sum(m.meetings + m.calls for m in months) > 0
    drawn = chart(months)
    assert drawn is not None and len(drawn.bars) in (len(months), len({n[:4] for n in names}))


def test_quote_search_marks_the_words(web_db: Path) -> None:
    with Store(web_db) as store:
        found = browse.search_quotes(store, "peace")
        none = browse.search_quotes(store, "zzzzqqq")
    assert found.total > 0 and none.total == 0
    for quote in found.items:
        assert any(hit and piece.lower().startswith("peace") for piece, hit in quote.highlight)
        assert "".join(piece for piece, _ in quote.highlight) == quote.text


@pytest.mark.parametrize(("call", "argument"), [
    (browse.event_detail, "ev_missing"), (browse.document_detail, "missing"),
])
def test_unknown_ids_are_not_found(web_db: Path, call: object, argument: str) -> None:
    with Store(web_db) as store, pytest.raises(browse.NotFound):
        call(store, argument)  # type: ignore[operator]
