"""Places: datelines name the town of a wire lead; venues stand for their town."""

from __future__ import annotations

import pytest

from readout.actors.kb import KnowledgeBase, load_kb
from readout.events.places import dateline_place


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize(("lead", "expected"), [
    ("BEIJING, June 19 (Wire) - Blinken held talks with Wang Yi.", ("Beijing", "China")),
    ("NEW DELHI, March 20 – Kishida held talks with Modi.", ("New Delhi", "India")),
    ("MOSCOW – UN Secretary-General Antonio Guterres met Putin.", ("Moscow", "Russia")),
    ("Hanoi (VNA) - March 28, 2025 21:40", ("Hanoi", "Vietnam")),  # an agency's, in title case
    # A town the gazetteer does not know, placed by the region after it.
    ("WOODSIDE, California, Nov 15 – Biden and Xi agreed.", ("Woodside", "United States")),
    # Not datelines: an ordinary sentence, a headline in title case, an unknown place.
    ("Beijing said on Monday that talks would resume.", None),
    ("Biden And Xi Meet, Agree To Talk - Report", None),
    ("ATLANTIS, May 3 – The king met nobody.", None),
])
def test_dateline_place(kb: KnowledgeBase, lead: str, expected: tuple[str, str] | None) -> None:
    found = dateline_place(lead, kb)
    assert (None if found is None else (found.name, found.country)) == expected


def test_a_venue_stands_for_its_town(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Talks at the Kremlin\n"
            "Israeli Prime Minister Naftali Bennett held three hours of talks with Russian "
            "President Vladimir Putin at the Kremlin on Saturday.")
    result = annotate(text, "2022-03-05")
    [event] = result.events
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Moscow", "Russia")


def test_a_bearing_is_not_the_place(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Talks near San Francisco\n"
            "WOODSIDE, California, Nov 15 – Joe Biden and Xi Jinping held four hours of talks "
            "on Wednesday at a country estate south of San Francisco.")
    result = annotate(text, "2023-11-15")
    [event] = result.events
    assert event.location is not None and event.location.name == "Woodside"


def test_a_venue_the_tagger_calls_an_organisation(annotate) -> None:  # type: ignore[no-untyped-def]
    """The small model tags "Hyderabad House" as an organisation; the gazetteer knows it."""
    result = annotate("Title\nNarendra Modi and Anura Kumara Dissanayake held talks at "
                      "Hyderabad House on Monday.", "2024-12-16")
    assert [(e.location.name, e.location.country) for e in result.events if e.location] == [
        ("New Delhi", "India")]


@pytest.mark.parametrize("sentence", [
    "Antony Blinken travelled to Beijing in June for talks with Wang Yi.",
    "On Monday Antony Blinken turned up in Beijing for talks with Xi Jinping.",
    # the place where the talks took place
    "The meeting between Antony Blinken and Wang Yi took place in Beijing on Monday.",
])
def test_talks_are_where_someone_went_for_them(annotate, sentence: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2023-08-01")
    assert [(e.location.name, e.location.country) for e in result.events if e.location] == [
        ("Beijing", "China")]


def test_meetings_of_one_visit_share_its_town(annotate) -> None:  # type: ignore[no-untyped-def]
    """The same two states' people meeting days apart, one meeting placed: one visit."""
    text = ("Title\nSheikh Hasina held talks with Narendra Modi at Hyderabad House on "
            "6 September 2022.\nSubrahmanyam Jaishankar called on Sheikh Hasina on "
            "5 September 2022.")
    result = annotate(text, "2022-09-07")
    assert [(e.date, e.location.name if e.location else None) for e in result.events] == [
        ("2022-09-06", "New Delhi"), ("2022-09-05", "New Delhi")]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a clause opened by "where" is set in the place it describes
    ("Ahmed al-Sharaa's first trip abroad was to Riyadh, where Crown Prince Mohammed bin "
     "Salman received him on 2 February.", "2025-05-08",
     ("Riyadh", {"Mohammed bin Salman", "Ahmed al-Sharaa"})),
    # "the Ukrainian capital": the capital of the state named
    ("On July 2 Viktor Orban sat down with Volodymyr Zelenskyy in the Ukrainian capital.",
     "2024-07-10", ("Kyiv", {"Viktor Orbán", "Volodymyr Zelenskyy"})),
    # a place the parser hung on the person met is where they met, not a third party
    ("Foreign Minister Yair Lapid met U.S. Secretary of State Antony Blinken in the Latvian "
     "capital, Riga, on Monday.", "2022-07-01", ("Riga", {"Yair Lapid", "Antony Blinken"})),
    ("On Thursday, Narendra Modi held talks with Paetongtarn Shinawatra at Government House "
     "in Bangkok.", "2025-04-04", ("Bangkok", {"Narendra Modi", "Paetongtarn Shinawatra"})),
    # ... or on the one who received them, after "by"
    ("In June, Vice President Cevdet Yilmaz was received by Sheikh Mohamed bin Zayed in Abu "
     "Dhabi.", "2023-07-17", ("Abu Dhabi", {"Cevdet Yılmaz", "Mohamed bin Zayed Al Nahyan"})),
])
def test_places_the_parse_leaves_apart(annotate, sentence: str, published: str,  # type: ignore[no-untyped-def]
                                       expected: tuple[str, set[str]]) -> None:
    result = annotate("Title\n" + sentence, published)
    found = [(e.location.name if e.location else None, {a.name for a in e.participants})
             for e in result.events]
    assert expected in found


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting of the news, in a story datelined there
    ("Hanoi (VNA) - March 28, 2025\nOn the same day, Party General Secretary To Lam received "
     "President Lula da Silva.", "Hanoi"),
    ("Hanoi (VNA) - March 28, 2025\nOn the same day, Lula da Silva met Emmanuel Macron on "
     "the sidelines.", "Hanoi"),
    # not a call, nor a meeting of months before
    ("Hanoi (VNA) - March 28, 2025\nOn the same day, Lula da Silva spoke with Emmanuel Macron "
     "by phone about the summit.", None),
    ("Hanoi (VNA) - March 28, 2025\nLula da Silva had met Emmanuel Macron in November.", None),
])
def test_news_is_at_the_dateline(annotate, text: str,  # type: ignore[no-untyped-def]
                                 expected: str | None) -> None:
    result = annotate("Lula in Viet Nam\n" + text, "2025-03-28")
    assert [e.location.name if e.location else None for e in result.events] == [expected]


def test_bilaterals_during_a_placed_summit_are_held_there(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("SCO summit\nLeaders of the Shanghai Cooperation Organisation met in Samarkand on "
            "Thursday for their annual summit, hosted by Shavkat Mirziyoyev. Vladimir Putin "
            "also held talks on Friday with Ebrahim Raisi.")
    result = annotate(text, "2022-09-16")
    [talks] = [e for e in result.events
               if {a.name for a in e.participants} == {"Vladimir Putin", "Ebrahim Raisi"}]
    assert talks.location is not None and talks.location.name == "Samarkand"


LEAD = ("Title\nEmmanuel Macron became the first French president to visit an independent "
        "Pacific nation yesterday, using a speech in Port Vila to warn against a new "
        "imperialism.\n\n")


@pytest.mark.parametrize(("text", "expected"), [
    # a placeless meeting of the news with the state of the one town the lead names
    (LEAD + "Yesterday morning he called on President Nikenike Vurobaravu at State House.",
     ["Port Vila"]),
    # ... or with other states, while there
    (LEAD + "Yesterday he also met Anthony Albanese.", ["Port Vila"]),
    # ... not a call
    (LEAD + "Yesterday he also spoke with Anthony Albanese at the airport.", [None]),
    # ... nor one of months before
    (LEAD + "Macron had met Nikenike Vurobaravu in March.", [None]),
])
def test_a_meeting_in_the_lead_s_town(annotate, text: str, expected: list[str | None]  # type: ignore[no-untyped-def]
                                      ) -> None:
    result = annotate(text, "2023-07-28")
    assert [e.location.name if e.location else None for e in result.events] == expected


def test_a_visit_to_each_state_is_held_there(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nVladimir Putin visited South Africa and Morocco in September "
                      "2006.", "2019-10-25")
    assert [(sorted(a.name for a in e.participants), e.location.name if e.location else None)
            for e in result.events] == [(["South Africa", "Vladimir Putin"], "South Africa"),
                                        (["Morocco", "Vladimir Putin"], "Morocco")]
