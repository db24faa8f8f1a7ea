"""Whose voice a page is: the state its masthead names."""

from __future__ import annotations

import pytest

from readout.actors import load_kb
from readout.actors.kb import KnowledgeBase
from readout.actors.voice import masthead_state


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.mark.parametrize(("head", "expected"), [
    ("Government of India", "IND"),
    ("STATE HOUSE, HARARE - 1st December, 2015", "ZWE"),
    # a seat alone on its line, over an address that ends in a known town
    ("OFFICE OF THE PRESIDENT\nTHE CASTLE, OSU, ACCRA\nPRESS RELEASE", "GHA"),
    ("OFFICE OF THE PRESIDENT\nPRESS RELEASE", None),
    # a leader's own office above its release
    ("Astana, 7 September 2013\nPress service of the President of the Republic of Kazakhstan",
     "KAZ"),
    ("Office of the Prime Minister of Malaysia", "MYS"),
    # a letterhead in capitals, and a government named with its kind
    ("MINISTRY OF FOREIGN AFFAIRS\nGOVERNMENT OF PAKISTAN", "PAK"),
    ("THE OFFICE OF THE PRESIDENT\nTRANSITIONAL FEDERAL GOVERNMENT OF THE SOMALI REPUBLIC",
     "SOM"),
    # a presidency, a part of a line set off by a bar, a ministry "of" its state's formal name
    ("PRESIDENCY OF THE REPUBLIC OF ECUADOR\nNational Secretariat of Communication", "ECU"),
    ("Presidency of the Arab Republic of Egypt – Official Spokesman", "EGY"),
    ("Office of the President of the Republic of Rwanda | Press Release", "RWA"),
    ("Ministry of Foreign Affairs of the Islamic Republic of Iran | News", "IRN"),
    ("Ministry of Foreign Affairs of the Republic of Indonesia", "IDN"),
    ("Ministry of Foreign Affairs", None),
    # a sentence naming an office is no masthead
    ("The President of the United States met Xi Jinping in Beijing on Monday.", None),
    ("World | Asia | Europe", None),
])
def test_masthead_state(kb: KnowledgeBase, head: str, expected: str | None) -> None:
    assert masthead_state(kb, [head]) == expected
