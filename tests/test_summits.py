"""Known summits: a sentence names one by its forum and its town; recurring forums in one town
stay ambiguous until other cues pick the year."""

from __future__ import annotations

import pytest

from readout import summits


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xi and Modi met on the sidelines of the G20 summit in Osaka on Friday.",
     ["g20-2019-osaka"]),
    ("Leaders gathered in Belem for the Amazon summit.", ["acto-2023-belem"]),  # no accent
    ("The Trump-Putin summit in Helsinki ended without a statement.",
     ["us-russia-2018-helsinki"]),
    # a forum that met twice in one town: both, for the other cues to choose
    ("The Normandy-format summit in Paris opened.",
     ["normandy-2015-paris", "normandy-2019-paris"]),
    # a session told by its number is that session alone
    ("Tokayev spoke in New York on the sidelines of the 78th session of the United Nations "
     "General Assembly.", ["unga-78-2023"]),
    # a town alone, a forum alone, or a town written in lower case: none
    ("Macron hosted a dinner in Paris.", []),
    ("The G20 summit will discuss debt.", []),
    ("It was nice in paris.", []),
])
def test_summits_named(sentence: str, expected: list[str]) -> None:
    assert [s.key for s in summits.named_in(sentence)] == expected


def test_every_summit_is_well_formed() -> None:
    calendar = summits.load_calendar()
    assert len(calendar.summits) > 500
    assert len({s.key for s in calendar.summits}) == len(calendar.summits)
    for summit in calendar.summits:
        assert summit.start <= summit.end
        assert (summit.end - summit.start).days <= 21
