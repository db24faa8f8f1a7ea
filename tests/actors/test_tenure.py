import datetime as dt

import pytest

from readout.actors import load_kb
from readout.actors.tenure import TenureFinder
from readout.time import infer_dating, infer_published, rough_day


@pytest.fixture(scope="module")
def tenure() -> TenureFinder:
    return TenureFinder(load_kb())


@pytest.mark.parametrize(("text", "term"), [
    ("Chinese Foreign Minister Qin Gang met his counterpart.",
     (dt.date(2022, 12, 30), dt.date(2023, 10, 23))),
    # a courtesy title between the office and the name
    ("Secretary of State Mrs Hillary Rodham Clinton arrived.",
     (dt.date(2009, 1, 21), dt.date(2013, 5, 2))),
])
def test_a_titled_name_bounds_the_date(tenure: TenureFinder, text: str,
                                       term: tuple[dt.date, dt.date]) -> None:
    """From the start of the term to 90 days after its end: news keeps a departed or
    deposed leader's title for a while."""
    [cue] = tenure.constraints(text)
    assert (cue.min, cue.max) == term
    assert cue.weak


@pytest.mark.parametrize("text", [
    "Former Foreign Minister Qin Gang has not been seen since.",
    # a past title before a state's adjective
    "The last such meeting was with then Chinese foreign minister Qin Gang.",
    "Qin Gang, who vanished last year, was not mentioned.",
])
def test_former_or_untitled_names_say_nothing(tenure: TenureFinder, text: str) -> None:
    assert tenure.constraints(text) == ()


def test_a_yearless_dateline_takes_the_one_year_the_terms_allow(tenure: TenureFinder) -> None:
    text = ("HAVANA, March 21 - U.S. President Barack Obama held talks with Cuban President "
            "Raul Castro on Monday. The two had met in Panama in April 2015.")
    published = infer_published(text, tenure.constraints(text))
    assert published is not None and published.date == "2016-03-21"


@pytest.mark.parametrize(("text", "expected"), [
    # Tsipras took office in January 2015, Obama's title lasts until April 2017 (his term
    # and 90 days): no date, but a day to tell office-holders by, halfway
    ("President Barack Obama met Prime Minister Alexis Tsipras in Athens.", "2016-03-08"),
    # one title alone spans more than three years: nothing
    ("President Vladimir Putin spoke.", None),
    ("The two sides met again.", None),
])
def test_a_rough_day_for_text_that_cannot_be_dated(tenure: TenureFinder, text: str,
                                                    expected: str | None) -> None:
    published, window = infer_dating(text, tenure.constraints(text))
    assert published is None
    assert (rough_day(window) if window else None) == expected
