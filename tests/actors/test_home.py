"""A bare "the Foreign Office" is the ministry of the story's own state (its letterhead's or
its dateline's), and Britain's when the story is datelined in Britain, has no dateline, or
says whose it is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from readout.records import Annotation

QUOTE = '"We urge restraint on both sides," {office} said in a statement.'


@pytest.mark.parametrize(("dateline", "office", "expected"), [
    ("ISLAMABAD: Pakistan called off the talks on Saturday.", "the Foreign Office",
     "Ministry of Foreign Affairs of Pakistan"),
    ("BERLIN, Aug 23 (Reuters) - Germany urged calm on Sunday.", "the Foreign Office",
     "Ministry of Foreign Affairs of Germany"),
    ("LONDON, Aug 23 (Reuters) - Britain urged calm on Sunday.", "the Foreign Office",
     "Ministry of Foreign Affairs of the United Kingdom"),
    ("Pakistan called off the talks on Saturday.", "the Foreign Office",
     "Ministry of Foreign Affairs of the United Kingdom"),
    ("ISLAMABAD: Pakistan called off the talks on Saturday.", "the British Foreign Office",
     "Ministry of Foreign Affairs of the United Kingdom"),
    ("ISLAMABAD: Pakistan called off the talks on Saturday.", "Britain's Foreign Office",
     "Ministry of Foreign Affairs of the United Kingdom"),
    # a letterhead above the text, which the cleaner takes for a section tag, and a dateline
    # below the reach of a dateline
    ("MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF PAKISTAN\n\nPRESS RELEASE No. 38/2015\n\n"
     "16 February 2015\n\nPakistan called off the talks on Saturday.", "the Foreign Office",
     "Ministry of Foreign Affairs of Pakistan"),
])
def test_the_foreign_office_of_the_dateline(annotate: Callable[[str, str], Annotation],
                                            dateline: str, office: str, expected: str) -> None:
    found = annotate(f"{dateline}\n\n{QUOTE.format(office=office)}", "2015-08-23")
    assert [q.speaker.name if q.speaker else None for q in found.quotes] == [expected]


@pytest.mark.parametrize(("town", "expected"), [
    ("In Islamabad, the", "Ministry of Foreign Affairs of Pakistan"),
    ("The", "Ministry of External Affairs of India"),
])
def test_the_town_its_own_sentence_opens_with(annotate: Callable[[str, str], Annotation],
                                              town: str, expected: str) -> None:
    """The town a sentence opens with says whose it is, before the story's dateline."""
    text = (f"NEW DELHI: India called off the talks on Saturday.\n\n{town} Foreign Office said "
            f"the decision would \"add to the tension in South Asia\".")
    found = annotate(text, "2015-08-23")
    assert [q.speaker.name if q.speaker else None for q in found.quotes] == [expected]
