"""Unknown people carried through a document by their surname."""

from __future__ import annotations

import pytest

from readout.actors.carry import carry_surnames
from readout.actors.tokens import TokenMention
from readout.records import ActorRef


def _person(name: str, known: bool = False) -> TokenMention:
    return TokenMention(0, 1, ActorRef(name, "p:x" if known else None, "person", None), "name")


def test_surname_of_an_unknown_person(annotate) -> None:  # type: ignore[no-untyped-def]
    text = "Title\nPress secretary Shafiqul Alam spoke first. \"It went well,\" Alam said."
    result = annotate(text, "2024-05-01")
    [quote] = [q for q in result.quotes if q.direct]
    assert quote.speaker is not None and quote.speaker.name == "Shafiqul Alam"


def test_two_full_names_with_the_surname_give_no_guess() -> None:
    paragraphs = [[_person("Amina Diallo"), _person("Moussa Diallo")], [_person("Diallo")]]
    assert carry_surnames(paragraphs)[1][0].actor.name == "Diallo"


def test_known_people_are_left_alone() -> None:
    paragraphs = [[_person("Shafiqul Alam")], [_person("Alam", known=True)]]
    assert carry_surnames(paragraphs)[1][0].actor.id == "p:x"
    assert carry_surnames(paragraphs)[1][0].actor.name == "Alam"


@pytest.mark.parametrize(("full", "again", "expected"), [
    ("Mohamed Al Khaja", "Al Khaja", "Mohamed Al Khaja"),  # an article with the surname
    ("Mario Abdo Benítez", "Abdo Benítez", "Mario Abdo Benítez"),  # two surnames
    ("Ko Min-jung", "Ko", "Ko Min-jung"),  # the family name first, the Korean way
    ("Tina Salama", "Tina", "Tina"),  # a given name alone is not the person again
])
def test_shorter_forms_of_an_unknown_name(full: str, again: str, expected: str) -> None:
    paragraphs = [[_person(full)], [_person(again)]]
    assert carry_surnames(paragraphs)[1][0].actor.name == expected


def test_a_surname_opening_a_sentence_with_its_article(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nSyrian President Ahmed al-Sharaa met Emmanuel Macron in Paris.\n"
            "Al-Sharaa said: \"Syria today is not the Syria of the past.\"")
    result = annotate(text, "2025-05-07")
    [quote] = [q for q in result.quotes if q.direct]
    assert quote.speaker is not None and quote.speaker.name == "Ahmed al-Sharaa"


@pytest.mark.parametrize(("text", "expected"), [
    # the recogniser missed the full name in its apposition: the text still wrote it
    ("A statement by the Special Adviser to the President on Media and Publicity, Femi "
     "Adesina, said the talks went well. \"He came to listen,\" Mr. Adesina said.",
     "Femi Adesina"),
    # a title or a rank before the surname is no given name
    ("Spokesman Adesina spoke first. \"He came to listen,\" Mr. Adesina said.", "Adesina"),
])
def test_a_surname_takes_the_full_name_the_text_wrote(annotate, text: str,  # type: ignore[no-untyped-def]
                                                       expected: str) -> None:
    result = annotate("Title\n" + text, "2015-06-04")
    [quote] = [q for q in result.quotes if q.direct]
    assert quote.speaker is not None and quote.speaker.name == expected
