"""Tests for the clean stage: one table of cases per rule, then the guarantees as properties.

All example text is invented for these tests.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readout.clean import CleanResult, clean_text

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

# Invented article paragraphs, all different, all sentence-like.
P = [
    "The two foreign ministers met in Lisbon on Tuesday to discuss trade and maritime security.",
    "Officials said the talks lasted three hours and covered energy supplies and shipping routes.",
    "A joint statement is expected later this week, according to a spokesperson for the ministry.",
    "Both governments have sought closer ties since the signing of a port agreement last spring.",
    "Analysts in the capital said the meeting signalled a thaw after months of tense exchanges.",
    "The visiting minister will travel on to Madrid, where he is due to meet business leaders.",
    "Neither side commented on reports that a second round of talks could take place in June.",
    "The ministry said the conversation had been frank and constructive, without giving details.",
]


def removed_by(lines: list[str]) -> dict[str, str]:
    """{removed line text: rule} for a text made of these lines."""
    return {r.text: r.rule for r in clean_text("\n".join(lines)).removed}


def kept(lines: list[str]) -> list[str]:
    text = clean_text("\n".join(lines)).text
    return text.split("\n") if text else []


# -- one table per rule: (lines, {removed line: rule}) ----------------------------------

RULE_CASES = [
    # advertisement markers
    ([P[0], "Advertisement", P[1]], {"Advertisement": "advertisement"}),
    ([P[0], "ADVERTISEMENT", P[1], "Sponsored", P[2]], {
        "ADVERTISEMENT": "advertisement", "Sponsored": "advertisement"}),
    ([P[0], "Story continues below advertisement", P[1]], {
        "Story continues below advertisement": "advertisement"}),
    # subscription, newsletter and sign-in prompts
    (["Get more with DailyBrief", P[0], P[1]], {"Get more with DailyBrief": "subscription"}),
    ([P[0], P[1], "Sign up for our morning newsletter", P[2]], {
        "Sign up for our morning newsletter": "subscription"}),
    ([P[0], "Already a subscriber? Log in", P[1], "Subscribe", P[2]], {
        "Already a subscriber? Log in": "subscription", "Subscribe": "subscription"}),
    ([P[0], P[1], "Log in", P[2]], {"Log in": "subscription"}),
    # calls to action
    ([P[0], "Learn more", P[1]], {"Learn more": "call-to-action"}),
    ([P[0], P[1], "Share this article", P[2]], {"Share this article": "call-to-action"}),
    ([P[0], "Click here to watch the full interview", P[1]], {
        "Click here to watch the full interview": "call-to-action"}),
    ([P[0], P[1], "Follow us on Instagram", P[2]], {"Follow us on Instagram": "call-to-action"}),
    # photo and video credits, captions ending in one
    ([P[0], "The delegation arrives at the airport on Monday. Photo: Reuters", P[1]], {
        "The delegation arrives at the airport on Monday. Photo: Reuters": "photo-credit"}),
    ([P[0], "Protesters gather outside parliament. (AP Photo/Jane Roe)", P[1]], {
        "Protesters gather outside parliament. (AP Photo/Jane Roe)": "photo-credit"}),
    ([P[0], "The minister at a news conference in Rome. Getty Images", P[1]], {
        "The minister at a news conference in Rome. Getty Images": "photo-credit"}),
    ([P[0], "A view of the harbour at dawn. File photo", P[1]], {
        "A view of the harbour at dawn. File photo": "photo-credit"}),
    ([P[0], "Image: Ministry of Foreign Affairs", P[1]], {
        "Image: Ministry of Foreign Affairs": "photo-credit"}),
    # video running times, and the video title printed after one
    ([P[0], "01:45", P[1]], {"01:45": "running-time"}),
    ([P[0], "1:02:33", "Ministers sign port deal", P[1]], {
        "1:02:33": "running-time", "Ministers sign port deal": "running-time"}),
    # a line repeated right after itself, or a short one shortly after
    ([P[0], "Leaders pose for a photo at the summit", "Leaders pose for a photo at the summit",
      P[1]], {"Leaders pose for a photo at the summit": "repeated-line"}),
    ([P[0], P[1], P[1], P[2]], {P[1]: "repeated-line"}),
    # trailing counters
    ([P[0], P[1], P[2], "6"], {"6": "counter"}),
    ([P[0], P[1], P[2], "87", "1,204"], {"87": "counter", "1,204": "counter"}),
    ([P[0], P[1], "12 comments"], {"12 comments": "counter"}),
    # related-links blocks: the heading and the headlines under it, up to prose
    ([P[0], P[1], "Related Posts"], {"Related Posts": "related-links"}),
    ([P[0], "Related articles", "Ministers to meet again in spring",
      "Port deal draws criticism from fishermen", P[1]], {
        "Related articles": "related-links",
        "Ministers to meet again in spring": "related-links",
        "Port deal draws criticism from fishermen": "related-links"}),
    ([P[0], P[1], "Most read", "Storm closes harbour for two days", "Rail strike called off"],
     {"Most read": "related-links", "Storm closes harbour for two days": "related-links",
      "Rail strike called off": "related-links"}),
    ([P[0], "More from Europe", "Elections called in the north", P[1]], {
        "More from Europe": "related-links", "Elections called in the north": "related-links"}),
    # section labels at the very top or bottom, and repeats of a top label
    (["World", P[0], P[1]], {"World": "section-label"}),
    ([P[0], P[1], "Asia"], {"Asia": "section-label"}),
    (["Trade talks", "Ministers meet in Lisbon as port deal nears", P[0], P[1], "Trade talks",
      P[2]], {"Trade talks": "section-label"}),
    # a short tag over the headline, even when it is not repeated
    (["Trade talks", "Ministers meet in Lisbon as port deal nears", P[0], P[1]],
     {"Trade talks": "section-label"}),
    # cookie notices and copyright lines
    ([P[0], "We use cookies to improve your experience. By continuing you accept our policy.",
      P[1]], {"We use cookies to improve your experience. By continuing you accept our policy.":
              "consent"}),
    ([P[0], P[1], "© 2024 Example Media Ltd"], {"© 2024 Example Media Ltd": "copyright"}),
    ([P[0], P[1], "Copyright 2023 Northern Press. All rights reserved."], {
        "Copyright 2023 Northern Press. All rights reserved.": "copyright"}),
    # a short promotion line between two removed ones, above the article
    (["Get more with DailyBrief", "Stories picked for you every morning", "Learn more", P[0],
      P[1]], {"Get more with DailyBrief": "subscription",
              "Stories picked for you every morning": "boilerplate-run",
              "Learn more": "call-to-action"}),
    # a line of links to other stories after an inline "Related:" label
    ([P[0], P[1], "Related: Leaders to meet in Lisbon next week | Ministers back port deal",
      P[2]], {"Related: Leaders to meet in Lisbon next week | Ministers back port deal":
              "related"}),
    ([P[0], "Read also: Ministers meet in Lisbon as port deal nears", P[1]], {
        "Read also: Ministers meet in Lisbon as port deal nears": "related"}),
    # excerpts of other pages, each followed by "Read more"
    ([P[0], P[1], P[2], P[3], "Floods hit the valley again this week.", "Read more",
      "A new bridge opens to traffic in the city.", "Read more"], {
        "Floods hit the valley again this week.": "teaser",
        "A new bridge opens to traffic in the city.": "teaser",
        "Read more": "call-to-action"}),
]


@pytest.mark.parametrize(("lines", "expected"), RULE_CASES)
def test_rule_removes_boilerplate(lines: list[str], expected: dict[str, str]) -> None:
    assert removed_by(lines) == expected


# -- what must survive -------------------------------------------------------------------

KEEP_CASES = [
    # a one-sentence paragraph, however short
    [P[0], "He declined to comment.", P[1]],
    # a subheading in the body
    [P[0], P[1], "Shipping routes through the strait", P[2], P[3]],
    # bullet summaries, with or without final punctuation
    ["• The ministers say the talks were constructive and will continue next year",
     "- Both sides agreed to meet again before the end of the year.", P[0], P[1]],
    # bylines and timestamps carry dates
    ["By Maria Costa", "Updated: 12 March 2024, 09:30", P[0], P[1], "Reporting by Ana Lima"],
    ["LISBON, PORTUGAL", P[0], P[1], "Contributing: Ana Lima"],
    # prose that merely mentions a rule's keywords
    [P[0], "The bakery sold cookies to raise money, and we were told they sold out.", P[1]],
    [P[0], "Copyright law is changing across Europe, experts say.", P[1]],
    [P[0], "He posted a video: crowds cheering in the main square.", P[1]],
    [P[0], "Voters must register before the deadline, officials said.", P[1]],
    # a list of dated items after the prose
    [P[0], P[1], "Tour dates:", "June 9 - Lisbon, Coliseu", "June 12 - Porto, Ageas Hall",
     "June 15 - Madrid, La Riviera", "June 18 - Seville, Cartuja Center",
     "June 21 - Valencia, Roig Arena", "June 24 - Barcelona, Razzmatazz"],
    # a hard-wrapped paragraph
    [P[0], "The minister, who arrived late on", "Monday evening, said the two countries",
     "would sign the agreement in the spring.", P[1]],
    # prose that opens with a word of a label
    [P[0], "Related: the talks were part of a wider tour of the region, officials said.", P[1]],
    # a headline as short as a tag, over a date line: the headline of the text
    ["Lisbon talks", "July 9, 2024", "Lisbon, Portugal", P[0], P[1]],
    # a repeated line far apart is not a caption
    [P[0], "Meal plan", P[1], P[2], P[3], P[4], "Meal plan", P[5]],
]


@pytest.mark.parametrize("lines", KEEP_CASES)
def test_article_lines_are_kept(lines: list[str]) -> None:
    assert kept(lines) == lines


def test_blank_lines_are_dropped_without_record() -> None:
    result = clean_text(f"\n\n{P[0]}\n\n  \n{P[1]}\n")
    assert result == CleanResult(f"{P[0]}\n{P[1]}", ())


def test_removed_lines_carry_input_line_numbers() -> None:
    result = clean_text(f"Advertisement\n\n{P[0]}\n\nAdvertisement\n{P[1]}")
    assert [(r.line, r.text) for r in result.removed] == [
        (0, "Advertisement"), (4, "Advertisement")]


def test_whole_page_keeps_the_article_and_drops_menus() -> None:
    menu = ["Home", "World", "Business", "Sport", "Culture", "Travel", "Opinion", "Video"]
    footer = ["About us", "Contact", "Careers", "Terms of use", "Privacy", "Sitemap"]
    teasers = ["Storm closes harbour for two days",
               "Fishermen protest against new quotas at the port this morning.",
               "Rail strike called off after late talks",
               "Unions and operators reached a deal shortly before midnight."]
    title = "Ministers meet in Lisbon as port deal nears"
    page = [*menu, title, "By Maria Costa", *P, "Topics", "Trade", *teasers, *footer]
    assert kept(page) == P


def test_already_clean_article_with_title_is_untouched() -> None:
    lines = ["Ministers meet in Lisbon as port deal nears", *P[:4], "Trade routes", *P[4:]]
    assert kept(lines) == lines


# -- guarantees ----------------------------------------------------------------------------

BOILERPLATE = ["Advertisement", "Subscribe", "Learn more", "Read more", "01:45", "6", "World",
               "Related Posts", "© 2024 Example Media", "Photo: AFP", "Most read", "", "  "]
LINES = st.lists(st.one_of(st.sampled_from(BOILERPLATE + P), st.text(max_size=40)), max_size=60)


def assert_guarantees(text: str) -> None:
    result = clean_text(text)
    raw = text.split("\n")
    kept_lines = result.text.split("\n") if result.text else []
    # nothing silently lost: kept + removed are exactly the non-blank input lines
    assert Counter(kept_lines) + Counter(r.text for r in result.removed) == Counter(
        line for line in raw if line.strip())
    assert all(raw[r.line] == r.text and r.rule for r in result.removed)
    assert [r.line for r in result.removed] == sorted({r.line for r in result.removed})
    assert all(line.strip() for line in kept_lines)
    # idempotent
    assert clean_text(result.text).text == result.text


@given(st.text())
def test_guarantees_on_any_text(text: str) -> None:
    assert_guarantees(text)


@settings(max_examples=300)
@given(LINES)
def test_guarantees_on_lines(lines: list[str]) -> None:
    assert_guarantees("\n".join(lines))


# -- the seed texts (read-only, next to the repository) ---------------------------------

SENTENCE_END = re.compile(r"[.”\"?]$")


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def test_seed_sentences_survive() -> None:
    if not seed_paths():
        pytest.skip(f"no seed texts at {SEEDS}")
    for path in seed_paths():
        text = path.read_text(encoding="utf-8")
        kept_lines = set(clean_text(text).text.split("\n"))
        sentences = [ln for ln in text.split("\n") if SENTENCE_END.search(ln.strip())]
        lost = [ln for ln in sentences if ln not in kept_lines]
        assert not lost, f"{path.name}: sentence lines removed: {lost}"
        removed = {r.text.strip() for r in clean_text(text).removed}
        assert all(ln.strip() in removed for ln in text.split("\n") if ln == "Advertisement")
