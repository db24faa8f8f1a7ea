"""Text reuse: copies, rewrites and independent reports of the same news."""

from __future__ import annotations

import pytest

from readout.merge import reuse

STORY = (
    "The foreign ministers of Brazil and India met in New Delhi on Tuesday to prepare the "
    "summit of their leaders later this year. They discussed trade in farm goods, the reform "
    "of the United Nations Security Council and the financing of climate projects in poorer "
    "countries. Officials on both sides said the talks lasted three hours and ended with an "
    "agreement to set up a joint working group on fertiliser supplies before the monsoon."
)
OTHER = (
    "Kenya and Tanzania signed an accord on cross-border electricity lines at a ceremony in "
    "Arusha, where the two energy ministers promised to finish the first line by 2027. The "
    "project is paid for by a regional development bank and will connect the grids of both "
    "countries for the first time, letting each sell surplus hydropower to the other."
)
# Every sentence of STORY changed a little: no sentence is shared word for word.
REWORDED = (
    "The foreign ministers of Brazil and India met in the Indian capital on Tuesday to prepare "
    "the summit of their leaders. They talked about trade in farm goods, the reform of the "
    "United Nations Security Council and the financing of climate projects in poorer nations. "
    "Officials said the talks lasted three hours and ended with an agreement to set up a "
    "joint working group on fertiliser supplies."
)
QUOTE = ("“We want a fair, stable and predictable relationship with all our neighbours in the "
         "region,” the minister said.")


def test_a_syndicated_copy_is_a_near_duplicate_and_another_story_is_not() -> None:
    copy = "Ministers prepare summit\n" + STORY + " A second round is planned for June."
    original, copied, other = (reuse.signature(t) for t in (STORY, copy, OTHER))
    assert original and copied and other
    assert reuse.similarity(original, copied) >= reuse.NEAR_DUPLICATE
    assert reuse.similarity(original, other) < 0.1
    assert set(reuse.bands(original)) & set(reuse.bands(copied))


def test_short_texts_have_no_signature() -> None:
    assert reuse.signature("Wang Yi met Sergey Lavrov in Rio.") is None


@pytest.mark.parametrize(("first", "second", "kind"), [
    # One long sentence written twice, word for word, outside quotation marks: a copy.
    (STORY, "Breaking. " + STORY.split(". ")[1] + ". Nothing else is known.", "shared-sentences"),
    # The same quotation in two otherwise different reports: independent.
    (STORY + " " + QUOTE, OTHER + " " + QUOTE, None),
    # The same quotation and much of the wording: a rewrite.
    (STORY + " " + QUOTE, REWORDED + " " + QUOTE, "rewrite"),
    # Much of the wording but no quotation in common: not enough to call it a rewrite.
    (STORY, REWORDED, None),
])
def test_judge(first: str, second: str, kind: str | None) -> None:
    shared = reuse.fingerprints(first) & reuse.fingerprints(second)
    verdict = reuse.judge(shared, first, second)
    assert (verdict[0] if verdict else None) == kind


def test_fingerprints_tell_sentences_from_quotations() -> None:
    prints = reuse.fingerprints(STORY + " " + QUOTE)
    assert sum(p.startswith("q:") for p in prints) == 1
    assert sum(p.startswith("s:") for p in prints) >= 3
    assert reuse.fingerprints(STORY.upper()) == reuse.fingerprints(STORY)


def test_independent_sources_join_copies() -> None:
    assert reuse.independent(["a", "b", "c"], [("a", "b")]) == 2
    assert reuse.independent(["a", "b", "c"], []) == 3
    assert reuse.independent(["a"], [("a", "z")]) == 1
