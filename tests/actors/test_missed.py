"""People the recogniser missed, found by the title written before their name."""

from __future__ import annotations

import pytest

from readout import nlp
from readout.pipeline import Annotator


def _people(annotator: Annotator, text: str, day: str) -> list[str]:
    paragraphs = nlp.parse_texts(annotator.nlp, [text], 8)[0]
    return [m.actor.name for found in annotator.finder.document(paragraphs, day)
            for m in found if m.actor.kind == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers met Prime Minister of Solomon Islands Manasseh Sogavare in Honiara.",
     ["Manasseh Sogavare"]),
    # courtesy titles after the title are no one's name, whatever the parser made of them
    ("The Minister called on Vice President of China H.E. Mr. Wang Qishan at Zhongnanhai.",
     ["Wang Qishan"]),
])
def test_the_name_after_a_title_of_a_state(annotator: Annotator, text: str,
                                           expected: list[str]) -> None:
    assert _people(annotator, text, "2019-08-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name after a verb of saying, before an apposition that gives the person's role
    ('"Xi wants the same thing," said Helena Brandt-Okafor, a China analyst at a think tank.',
     ["Xi Jinping", "Helena Brandt-Okafor"]),
])
def test_the_name_before_a_role(annotator: Annotator, text: str, expected: list[str]) -> None:
    assert _people(annotator, text, "2021-07-05") == expected
