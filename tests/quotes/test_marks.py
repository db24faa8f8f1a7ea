import pytest
from hypothesis import given
from hypothesis import strategies as st

from readout.quotes.marks import find_quoted


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will talk,” she said.", ["We will talk,"]),
    ('"We will talk," she said.', ["We will talk,"]),
    ("He said: «Nous parlerons».", ["Nous parlerons"]),
    ("Talks were ‘thorough and frank’, Moscow said.", ["thorough and frank"]),
    ("Russia’s minister didn’t comment.", []),
    ("“A ‘new era’ has begun,” he said.", ["A ‘new era’ has begun,"]),
    ("It called for 'more trust' and 'less suspicion'.", ["more trust", "less suspicion"]),
    ("“First,” he said, “second.”", ["First,", "second."]),
    ('A "no limits" partnership and "strategic coordination".',
     ["no limits", "strategic coordination"]),
])
def test_pairs_marks(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quote_over_two_paragraphs() -> None:
    text = "The statement said: “First part of it.\n“Second part of it.”\nAfter."
    [span] = find_quoted(text)
    assert text[span.start:span.end] == "First part of it.\n“Second part of it."


def test_unclosed_quote_not_continued_is_dropped() -> None:
    assert quoted("He said “this never closes.\nA new paragraph.") == []


@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”\"‘’'«»")), max_size=200))
def test_never_raises_and_spans_are_in_bounds(text: str) -> None:
    for span in find_quoted(text):
        assert 0 <= span.start < span.end <= len(text)
