"""Multilateral meetings: a group of leaders resolved to the people the text names, meetings
that bring a list together, narrower reports widened; and groups that met no one."""

from __future__ import annotations

import pytest

CASES = [
    # A region's leaders gathered; the text names who took part in the next sentence.
    ("Leaders of Central Asia gathered in Astana on Friday for a regional summit. Kazakh "
     "President Kassym-Jomart Tokayev, Uzbek President Shavkat Mirziyoyev, Kyrgyz President "
     "Sadyr Japarov and Tajik President Emomali Rahmon took part.", "2024-08-09",
     [{"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov", "Emomali Rahmon"}]),
    # A delegation of a region's leaders meets someone from outside it.
    ("A delegation of African leaders met Vladimir Putin in Moscow on Saturday. The group "
     "included South Africa's Cyril Ramaphosa, Senegal's Macky Sall and Zambia's Hakainde "
     "Hichilema.", "2023-06-17",
     [{"Vladimir Putin", "Cyril Ramaphosa", "Macky Sall", "Hakainde Hichilema"}]),
    # An organisation's leaders act together next to a summit; one attended for a state.
    ("Leaders of the BRICS group agreed on Thursday to admit new members at the close of "
     "their summit in Johannesburg. Xi Jinping and Narendra Modi were there, and Russia was "
     "represented by Foreign Minister Sergei Lavrov. Cyril Ramaphosa chaired the talks.",
     "2023-08-24",
     [{"Xi Jinping", "Narendra Modi", "Sergey Lavrov", "Cyril Ramaphosa"}]),
    # "The three leaders": the meeting told before, widened by the host of the talks.
    ("Recep Tayyip Erdogan met Sauli Niinisto and Magdalena Andersson in Madrid on Tuesday. "
     "The three leaders signed a memorandum after talks hosted by Jens Stoltenberg.",
     "2022-06-28",
     [{"Recep Tayyip Erdoğan", "Sauli Niinistö", "Magdalena Andersson", "Jens Stoltenberg"}]),
]

NEGATIVES = [
    # A summit with no contact reported.
    ("The summit of the Gulf Cooperation Council will focus on trade, officials said. "
     "Mohammed bin Salman, Tamim bin Hamad Al Thani and Mohammed bin Zayed lead their states.",
     "2021-01-03"),
    # Leaders of a group in a statement: no meeting.
    ("Leaders of the G7, among them Joe Biden, Emmanuel Macron and Olaf Scholz, condemned the "
     "missile launch in a statement on Sunday.", "2023-02-19"),
    # A group in the future, and in a hypothetical.
    ("South American leaders will gather in Brasilia next week. Argentina's Alberto Fernandez, "
     "Chile's Gabriel Boric and Colombia's Gustavo Petro have confirmed.", "2023-05-22"),
    ("If Gulf Arab leaders met at a summit, Mohammed bin Salman and Tamim bin Hamad Al Thani "
     "could settle the dispute with Mohammed bin Zayed.", "2020-12-01"),
    # A habit, told in the present.
    ("Southeast Asian leaders meet twice a year. Joko Widodo, Lee Hsien Loong and Hun Sen "
     "lead three of its members.", "2021-04-20"),
]


@pytest.mark.parametrize(("text", "day", "expected"), CASES)
def test_multilateral_meetings(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                               expected: list[set[str]]) -> None:
    result = annotate("Title\n" + text, day)
    found = [{a.name for a in e.participants if a.kind == "person"} for e in result.events
             if e.status == "happened" and len(e.participants) >= 3]
    assert len(found) == len(expected)
    for names, want in zip(found, expected, strict=True):
        assert want <= names


@pytest.mark.parametrize(("text", "day"), NEGATIVES)
def test_groups_that_met_no_one(annotate, text: str, day: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + text, day)
    assert [e for e in result.events if len(e.participants) >= 3] == []
