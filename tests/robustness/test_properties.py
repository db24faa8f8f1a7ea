"""Property tests: on any input, only readout's typed errors escape, and what should be
idempotent is.

Covered: bytes to text (decode), the JSON Lines reader, the cleaner with the language check,
quote pairing, and date parsing (ISO values and date expressions in running text).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from readout import dates, time
from readout.clean import clean_text
from readout.decode import decode_text
from readout.errors import InputError
from readout.pipeline import prepare
from readout.quotes.marks import MAX_QUOTE_CHARS, MAX_SPANS_PER_LINE, find_quoted
from readout.records import Document
from readout.settings import Settings
from readout.sources import SourceOptions, read_paths

FAST = settings(max_examples=int(os.environ.get("READOUT_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

# -- bytes to text ---------------------------------------------------------------------------

TEXTISH = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=200).map(
        lambda t: t.encode("latin-1")),
)


@FAST
@given(TEXTISH)
def test_decode_gives_text_or_a_typed_error(data: bytes) -> None:
    try:
        text = decode_text("in.txt", data)
    except InputError as error:
        assert error.code in {"binary", "encoding"} and "\n" not in str(error)
        return
    assert "\r" not in text
    assume(not text.startswith("\ufeff"))  # a second byte-order mark is text, then dropped
    assert decode_text("in.txt", text.encode("utf-8")) == text  # decoding is idempotent


# -- the JSON Lines reader ------------------------------------------------------------------

RECORD = st.fixed_dictionaries({"text": st.text(max_size=80)}, optional={
    "id": st.one_of(st.text(max_size=10), st.integers(), st.none(), st.lists(st.integers())),
    "title": st.one_of(st.text(max_size=20), st.integers(), st.none()),
    "published": st.one_of(st.text(max_size=12), st.dates().map(str), st.none()),
    "url": st.one_of(st.text(max_size=20), st.none()),
})
LINE = st.one_of(
    RECORD.map(lambda r: json.dumps(r).encode()),
    RECORD.map(lambda r: json.dumps(r, ensure_ascii=False).encode("utf-8")),
    RECORD.map(lambda r: json.dumps(r)[: len(json.dumps(r)) // 2].encode()),  # truncated
    st.binary(max_size=60).filter(lambda b: b"\n" not in b),
    st.recursive(st.none() | st.integers() | st.text(max_size=5),
                 lambda inner: st.lists(inner, max_size=3), max_leaves=8).map(
                     lambda v: json.dumps(v).encode()),
)


@FAST
@given(st.lists(LINE, max_size=8), st.sampled_from([b"\n", b"\r\n"]))
def test_jsonl_reader_yields_documents_or_typed_errors(tmp_path: Path, lines: list[bytes],
                                                       end: bytes) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(end.join(lines))
    results = list(read_paths([path], SourceOptions(max_document_bytes=10_000)))
    assert results, "an empty file is an error too"
    for item in results:
        if isinstance(item, InputError):
            assert item.path == str(path) or re.fullmatch(re.escape(str(path)) + r":\d+",
                                                          item.path)
            assert "\n" not in str(item)
        else:
            assert isinstance(item, Document) and item.raw_text.strip()
    numbered = [int(i.path.rsplit(":", 1)[1]) for i in results
                if isinstance(i, InputError) and i.path != str(path)]
    assert numbered == sorted(set(numbered)), "one error per line, in order"


# -- cleaning and the language check --------------------------------------------------------

LINES = st.lists(st.one_of(
    st.text(max_size=60),
    st.sampled_from(["Advertisement", "Read more", "01:45", "Photo: AFP", "\"" * 1_200,
                     "The ministers met in Geneva on Tuesday to discuss the ceasefire.",
                     "x" * 1_001, "“" * 50, "Related", "中国外交部长与法国外交部长举行会谈。"]),
), max_size=30).map("\n".join)


@FAST
@given(LINES)
def test_cleaning_is_idempotent_and_loses_nothing(text: str) -> None:
    result = clean_text(text)
    assert clean_text(result.text).text == result.text
    kept = [line for line in result.text.split("\n") if line]
    assert sorted(kept + [r.text for r in result.removed]) == sorted(
        line for line in text.split("\n") if line.strip())


@FAST
@given(LINES, st.sampled_from(["text/plain", "text/html", "application/jsonl"]))
def test_prepare_raises_only_input_errors(text: str, media_type: str) -> None:
    document = Document(id="d", path="in.txt", title="", text="", raw_text=text,
                        original=text.encode("utf-8", "surrogatepass"), media_type=media_type)
    try:
        prepared = prepare(document, Settings())
    except InputError as error:
        assert error.path == "in.txt" and "\n" not in str(error)
        return
    assert prepared.text.strip()
    if media_type != "text/plain":  # plain text loses its title line, which changes the top
        again = prepare(replace(prepared, raw_text=prepared.text), Settings())
        assert again.text == prepared.text  # idempotent


# -- quote pairing --------------------------------------------------------------------------

QUOTE_TEXT = st.text(alphabet=st.sampled_from(list("ab .,\n“”\"‘’'«»„")), max_size=400)


@FAST
@given(st.one_of(QUOTE_TEXT, st.text(max_size=200)))
def test_quote_spans_are_ordered_bounded_and_nested(text: str) -> None:
    spans = find_quoted(text)
    assert spans == find_quoted(text)  # deterministic
    assert spans == sorted(spans, key=lambda q: (q.start, q.end))
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.end - span.start <= MAX_QUOTE_CHARS
    for a, b in itertools.pairwise(spans):  # disjoint, or one inside the other
        assert a.end < b.start or (a.start <= b.start and b.end <= a.end), "spans cross"
    for number, line in enumerate(text.split("\n")):
        start = sum(len(x) + 1 for x in text.split("\n")[:number])
        inside = [s for s in spans if start <= s.start < start + len(line) + 1]
        assert len(inside) <= MAX_SPANS_PER_LINE + 1  # +1: a quote carried from above


def test_a_paragraph_of_many_quotes_is_not_paired() -> None:
    line = "\"Yes,\" he said. " * (MAX_SPANS_PER_LINE + 1)
    assert find_quoted(line) == []
    assert len(find_quoted("\"Yes,\" he said. " * MAX_SPANS_PER_LINE)) == MAX_SPANS_PER_LINE


# -- dates ----------------------------------------------------------------------------------

VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
DATE_WORDS = st.lists(st.one_of(
    st.sampled_from([
        "on", "Monday", "Friday", "last", "next", "this", "week", "month", "year", "days",
        "ago", "before", "after", "later", "earlier", "in", "of", "the", "February", "Feb.",
        "December", "1,000", "two", "18th", "now in its", "since", "until", "2022", "0000",
        "9999", "10000", "31", "29", "00", "W53", "-", "/", ".", ",", "\n", "a", "decade",
        "Q4", "mid-", "early", "late", "spring", "winter", "yesterday", "tomorrow",
    ]),
    st.integers(min_value=-5, max_value=100_000).map(str),
    st.dates().map(str),
), max_size=14).map(" ".join)
ANCHORS = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                         max_value=dt.date(2100, 12, 31)))


@FAST
@given(DATE_WORDS, ANCHORS)
def test_date_expressions_resolve_or_are_skipped(text: str, anchor: dt.date | None) -> None:
    for mention in time.find_dates(text, anchor):
        assert text[mention.span.start:mention.span.end] == mention.span.text
        assert VALUE.match(mention.value), mention.value
    value = time.resolve(text, anchor)
    assert value is None or VALUE.match(value)


@FAST
@given(DATE_WORDS)
def test_publication_date_inference_never_raises(text: str) -> None:
    published = time.infer_published(text)
    if published is not None:
        assert published.min is not None and published.max is not None
        assert published.min <= published.max
        assert VALUE.match(published.date) and dates.interval(published.date) is not None


@FAST
@given(st.one_of(st.text(max_size=30), st.dates().map(str),
                 st.from_regex(r"\A\d{4}(-\d{2}(-\d{2})?)?(T.*)?\Z"),
                 st.from_regex(r"\A\d{4}-W\d{2}\Z")))
def test_iso_values_parse_or_are_refused(value: str) -> None:
    parsed = dates.parse_iso_prefix(value)
    if parsed is not None:
        date, precision = parsed
        assert dates.parse_iso_prefix(date) == parsed  # idempotent
        assert dates.precision_of(date) == precision
        span = dates.interval(date)
        assert span is not None and span[0] <= span[1]
    span = dates.interval(value)
    assert span is None or span[0] <= span[1]
    assert isinstance(dates.compatible(value, "2024-02-29"), bool)


@pytest.mark.parametrize("value", ["2024-W00", "2024-W54", "2021-W53", "9999-W52", "0000",
                                   "0000-01-01", "9999-12"])
def test_edge_values_do_not_raise(value: str) -> None:
    span = dates.interval(value)
    assert span is None or span[0] <= span[1]
