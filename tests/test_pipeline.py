"""The early stages of the pipeline: the title taken from a plain text, and its dating."""

from __future__ import annotations

import pytest

from readout.pipeline import prepare
from readout.settings import Settings
from readout.sources import SourceOptions, document_from_bytes

BODY = ("Vladimir Putin held talks in the Kremlin with the Prime Minister of India, who is in "
        "Russia on an official visit.")


@pytest.mark.parametrize(("raw", "title", "first_line"), [
    # a headline as short as a section tag, over a line holding only a date: the date stays
    # in the text, where the dating stage reads it
    (f"Russian-Indian talks\n\nJuly 9, 2024\nThe Kremlin, Moscow\n\n{BODY}",
     "Russian-Indian talks", "July 9, 2024"),
    # a section tag over the date line: the date line is no headline
    (f"WORLD\nJuly 9, 2024\n\n{BODY}", "", "July 9, 2024"),
    (f"Putin and Modi talk trade\n\n{BODY}", "Putin and Modi talk trade", BODY),
    # a short headline over a dateline with its year (no second headline)
    (f"Modi receives Putin\n\nSTATE HOUSE, HARARE – 1st December, 2015\n\n{BODY}",
     "Modi receives Putin", "STATE HOUSE, HARARE – 1st December, 2015"),
])
def test_the_title_of_a_plain_text(raw: str, title: str, first_line: str) -> None:
    document = prepare(document_from_bytes(raw.encode(), "note.txt", "text/plain",
                                            SourceOptions()), Settings())
    assert (document.title, document.text.splitlines()[0]) == (title, first_line)


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the headline gives the full name the body's bare "Kim" goes by
    ("Trump steps into North Korea and meets Kim Jong-un at Panmunjom",
     "Trump and Kim met for almost an hour at Panmunjom on Sunday.",
     [{"Donald Trump", "Kim Jong Un"}]),
    # a name the recogniser finds in a headline but the knowledge base does not know lends
    # its last word to nobody
    ("Getting Netanyahu to yes", "Netanyahu met Antony Blinken in Jerusalem on Sunday.",
     [{"Benjamin Netanyahu", "Antony Blinken"}]),
])
def test_the_headline_names_whom_the_body_calls_by_surname(  # type: ignore[no-untyped-def]
        annotator, title: str, body: str, expected: list[set[str]]) -> None:
    from readout.records import Document

    document = Document(id="d", path="d.txt", title=title, text=body, raw_text=body,
                        original=body.encode(), media_type="text/plain")
    [result] = list(annotator.annotate([document], "2019-06-30"))
    assert [{a.name for a in e.participants} for e in result.events] == expected
