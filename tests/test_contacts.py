"""Known contacts: a lead sentence reports one when it names all its people, tells a call for
a call only, and names its town or no other; the time stage dates an undated page by the one
that fits its other cues and the weekday its lead tells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readout import contacts, time
from readout.actors import KnowledgeBase, load_kb
from readout.errors import SettingsError
from readout.settings import Settings

ROWS = """\
# a test book
start\tend\tkind\tpeople\ttown\tcountry\tnote
2022-04-07\t2022-04-07\tvisit\tPedro Sánchez;Mohammed VI\tRabat\tMorocco\t
2018-11-19\t2018-11-19\tvisit\tPedro Sánchez;Mohammed VI of Morocco\tRabat, Morocco\tMorocco\t
2019-06-29\t2019-06-29\tmeeting\tXi Jinping;Donald Trump\tOsaka\tJapan\t
2021-11-15\t2021-11-15\tcall\tJoe Biden;Xi Jinping\t\t\t
2017-09-08\t2017-09-08\tcall\tTamim bin Hamad Al Thani;Mohammed bin Salman\t\t\t
2022-11-01\t2022-11-01\tvisit\tGustavo Petro;Nicolás Maduro\tCaracas\tVenezuela\t
2022-05-24\t2022-05-24\tvisit\tAnthony Albanese;Fumio Kishida\tTokyo\tJapan\t
2022-10-22\t2022-10-23\tvisit\tFumio Kishida;Anthony Albanese\tPerth\tAustralia\t
2023-03-01\t2023-03-01\tvisit\tShigeru Ishiba;Lee Jae-myung\tSeoul\tSouth Korea\tuncertain: day
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb(Settings().actor_folders())


@pytest.fixture(scope="module")
def book(kb: KnowledgeBase, tmp_path_factory: pytest.TempPathFactory) -> contacts.ContactBook:
    path = tmp_path_factory.mktemp("book") / "contacts.tsv"
    path.write_text(ROWS, encoding="utf-8")
    return contacts.load_book(kb, path)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the family name alone, without accents; a name in the book's own style ("Mohammed VI
    # of Morocco") and a town with its country after a comma
    ("Sanchez sat down to dinner with King Mohammed VI in Rabat on Thursday.",
     ["2022-04-07", "2018-11-19"]),
    ("Xi and Trump met on the sidelines of the G20 in Osaka.", ["2019-06-29"]),
    # a call for a call, and only for a call
    ("Biden and Xi held a video call on Monday.", ["2021-11-15"]),
    ("Biden and Xi met in Bali on Monday.", []),
    ("Sheikh Tamim and Mohammed bin Salman spoke by phone on Friday.", ["2017-09-08"]),
    # "called on" is a visit
    ("Sanchez called on King Mohammed VI in Rabat.", ["2022-04-07", "2018-11-19"]),
    # no town named: any of their contacts
    ("Sanchez sat down to dinner with King Mohammed VI at the royal palace.",
     ["2022-04-07", "2018-11-19"]),
    # a town named as its government is no place of the contact
    ("Rabat welcomed the meeting of Xi and Trump on Saturday.", ["2019-06-29"]),
    # another town of the book, one person only, "Salman" is not Mohammed bin Salman
    ("Xi and Trump met in Rabat.", []),
    ("Sanchez arrived in Rabat.", []),
    ("Sheikh Tamim spoke by phone with King Salman.", []),
    # words of the past or future after another person are not the contact's
    ("Sheikh Tamim and Mohammed bin Salman spoke by phone, adding that the call had been "
     "arranged by Xi Jinping.", ["2017-09-08"]),
    # the past or the future of the story
    ("Sanchez will meet King Mohammed VI in Rabat.", []),
    ("It was his first visit since Sanchez met King Mohammed VI in Rabat.", []),
    # a day the compilers were not sure of is left out
    ("Ishiba and Lee met in Seoul.", []),
])
def test_contacts_reported(book: contacts.ContactBook, sentence: str,
                           expected: list[str]) -> None:
    assert [c.start.isoformat() for c in book.reported_in(sentence)] == expected


def test_another_town_in_the_header_rules_a_contact_out(book: contacts.ContactBook) -> None:
    sentence = "Xi and Trump sat down for talks on Saturday."
    assert [c.start.isoformat() for c in book.reported_in(sentence, "Osaka | Asia desk")
            ] == ["2019-06-29"]
    assert book.reported_in(sentence, "Rabat | Africa desk") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the weekday picks one of two visits to Rabat (7 April 2022 was a Thursday); a one-day
    # contact is news the day after
    ("Sánchez ends rift\nPedro Sánchez sat down to an iftar dinner with King Mohammed VI in "
     "Rabat on Thursday evening.", "2022-04-08"),
    ("Sánchez in Rabat\nPedro Sánchez met King Mohammed VI in Rabat on Monday.", "2018-11-20"),
    # told as today's news: published that day
    ("Sánchez in Rabat\nPedro Sánchez met King Mohammed VI in Rabat on Monday, the palace "
     "said this evening.", "2018-11-19"),
    # the dateline says where the page was filed: in another town of the book, not Rabat
    ("Sánchez abroad\nOSAKA (Wire) - Pedro Sánchez met King Mohammed VI on Thursday.",
     None),
    ("Sánchez abroad\nRABAT (Wire) - Pedro Sánchez met King Mohammed VI on Thursday.",
     "2022-04-08"),
    # a dateline's day without a year picks the contact it fits
    ("Sánchez in Rabat\nRABAT, April 8 (Wire) Pedro Sánchez met King Mohammed VI in Rabat.",
     "2022-04-08"),
    ("Sánchez in Rabat\nRABAT, June 8 (Wire) Pedro Sánchez met King Mohammed VI in Rabat.",
     None),
    # without a weekday both fit: no date beats a wrong one
    ("Sánchez in Rabat\nPedro Sánchez met King Mohammed VI in Rabat.", None),
    # a year the lead names that is not the contact's
    ("Gulf\nSheikh Tamim and Mohammed bin Salman spoke by phone on Friday, their first call "
     "of 2018.", None),
    ("Gulf\nSheikh Tamim and Mohammed bin Salman spoke by phone on Friday.", "2017-09-09"),
    # a day the lead gives without a year picks the contact; family names in capitals and
    # the stops of "Mr." and "H.E." are read as a readout writes them
    ("Japan-Australia\nOn October 22, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
     "summit meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia.", "2022-10"),
    ("Japan-Australia\nFumio Kishida held a summit meeting with Anthony Albanese.", None),
    # ... but a year after "since" measures back from the news
    ("Caracas\nGustavo Petro met Nicolás Maduro in Caracas on Tuesday, the first meeting of "
     "their countries' presidents since ties were broken off in 2019.", "2022-11-02"),
])
def test_an_undated_lead_is_dated_by_its_contact(book: contacts.ContactBook, text: str,
                                                 expected: str | None) -> None:
    published, _ = time.infer_dating(text, contacts=book)
    assert (published.date if published else None) == expected


def test_a_dated_page_keeps_its_date(book: contacts.ContactBook) -> None:
    text = ("Sánchez in Rabat\nPublished 9 April 2022\nPedro Sánchez sat down to an iftar "
            "dinner with King Mohammed VI in Rabat on Thursday evening.")
    published, _ = time.infer_dating(text, contacts=book)
    assert published is not None and published.date == "2022-04-09"


def test_a_bad_kind_names_the_row(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "contacts.tsv"
    path.write_text("2020-01-01\t2020-01-01\tlunch\tA B;C D\tX\tY\t\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="lunch"):
        contacts.load_book(kb, path)


def test_the_bundled_book_is_well_formed(kb: KnowledgeBase) -> None:
    book = contacts.load_book(kb)
    assert len(book.contacts) > 1000
    for contact in book.contacts:
        assert contact.start <= contact.end <= contact.start + dt.timedelta(days=14)
        assert len(contact.people) >= 2
        assert bool(contact.town) == (contact.kind != "call")


def test_the_bundled_book_goes_back_to_2000(kb: KnowledgeBase) -> None:
    """The weekday picks one of Hu Jintao's two visits to Bush in Washington (2002, 2006);
    the page is dated the day after."""
    text = ("Hu at the White House\nWASHINGTON (Wire) - George W. Bush welcomed Hu Jintao to "
            "the White House on Thursday.")
    published, _ = time.infer_dating(text, contacts=contacts.load_book(kb))
    assert published is not None and published.date == "2006-04-21"
