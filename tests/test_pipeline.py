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
