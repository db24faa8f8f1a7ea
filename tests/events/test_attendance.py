"""Attendees and chairs told in a sentence next to the meeting: they join it; a meeting whose
subject is no person is told with them; attending something else joins nothing."""

from __future__ import annotations

import pytest

CASES = [
    # attendees told after the meeting, passive ("It was attended by") and active ("also
    # attended"); the council's own meeting is told with its chair and attendees
    ("The council met on Friday in Goa under the chairmanship of Indian External Affairs "
     "Minister S. Jaishankar. It was attended by Pakistan's Bilawal Bhutto-Zardari, China's "
     "Qin Gang and Russia's Sergey Lavrov.", "2023-05-06",
     {"Subrahmanyam Jaishankar", "Bilawal Bhutto Zardari", "Qin Gang", "Sergey Lavrov"}),
    ("Angela Merkel and Emmanuel Macron hosted Serbian President Aleksandar Vucic and Kosovo "
     "President Hashim Thaci at the chancellery on Monday. EU foreign policy chief Federica "
     "Mogherini also attended.", "2019-04-30",
     {"Angela Merkel", "Emmanuel Macron", "Aleksandar Vučić", "Hashim Thaçi",
      "Federica Mogherini"}),
    # the chair told before those who took part
    ("The Consultative Meeting of the Heads of State of Central Asia was held today under the "
     "chairmanship of President of Turkmenistan Gurbanguly Berdimuhamedov. President Kassym-"
     "Jomart Tokayev, President Sadyr Japarov and President Shavkat Mirziyoyev took part in "
     "the Meeting.", "2021-08-06",
     {"Gurbanguly Berdimuhamedow", "Kassym-Jomart Tokayev", "Sadyr Japarov",
      "Shavkat Mirziyoyev"}),
    # "with the participation of"
    ("Ilham Aliyev and Nikol Pashinyan met in Vienna on Friday. The meeting then continued "
     "with the participation of foreign ministers Elmar Mammadyarov and Zohrab Mnatsakanyan.",
     "2019-03-30",
     {"Ilham Aliyev", "Nikol Pashinyan", "Elmar Mammadyarov", "Zohrab Mnatsakanyan"}),
    # a summit told only by who attended it, of several states
    ("Kassym-Jomart Tokayev took part in the first summit of the C5+1 format, held in New "
     "York.\nThe summit was attended by Joe Biden, Kassym-Jomart Tokayev, Sadyr Japarov and "
     "Shavkat Mirziyoyev.", "2023-09-20",
     {"Joe Biden", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Shavkat Mirziyoyev"}),
]

NEGATIVES = [
    # attending something else of one's own is no attendance of the meeting just told
    ("Joe Biden met Xi Jinping in Beijing on Monday. Narendra Modi attended a dinner in Paris.",
     "2023-11-14", {"Narendra Modi"}),
    # a meeting attended by people of one state only is not told by its attendance
    ("Joe Biden met Xi Jinping in Beijing on Monday. Narendra Modi said he was pleased. The "
     "meeting was attended on the Indian side by Subrahmanyam Jaishankar and Ravi Menon-Khatri.",
     "2023-11-14", {"Subrahmanyam Jaishankar"}),
    # attending in the future is no attendance yet
    ("The council met on Friday in Goa. It will be attended next year by Pakistan's Bilawal "
     "Bhutto-Zardari and China's Qin Gang.", "2023-05-06", {"Qin Gang"}),
]


@pytest.mark.parametrize(("text", "day", "expected"), CASES)
def test_attendees_join_the_meeting(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                                    expected: set[str]) -> None:
    result = annotate("Title\n" + text, day)
    found = [{a.name for a in e.participants if a.kind == "person"} for e in result.events
             if e.status == "happened"]
    assert expected in found


@pytest.mark.parametrize(("text", "day", "absent"), NEGATIVES)
def test_attending_something_else(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                                  absent: set[str]) -> None:
    result = annotate("Title\n" + text, day)
    assert not any(absent & {a.name for a in e.participants} for e in result.events
                   if e.status == "happened")
