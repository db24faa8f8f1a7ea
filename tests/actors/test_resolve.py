"""Resolution of mentions on a date, through the same finder the pipeline uses.

The hand-written table here covers each mechanism; `resolve_dev.tsv` and `resolve_dev2.tsv`
(each written apart from the rules, before the fixes they prompted) are scored as wholes
against a floor, and `resolve_holdout.tsv` is only measured, by
`benchmarks/actors_quality.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readout.actors import cases
from readout.actors.resolve import resolve
from readout.nlp import Paragraph
from readout.pipeline import Annotator

HERE = Path(__file__).parent
DEV_FLOOR = 0.95


@pytest.mark.parametrize(("mention", "day", "context", "expected"), [
    ("Sergei Lavrov", "2020-05-01", None, "Sergey Lavrov"),
    ("Lavrov", "2020-05-01", "Lavrov spoke to reporters.", "Sergey Lavrov"),
    ("China's foreign minister", "2023-03-01", None, "Qin Gang"),
    ("China's foreign minister", "2023-09-01", None, "Wang Yi"),
    ("China's foreign minister", "2019-09-01", None, "Wang Yi"),
    ("the German chancellor", "2021-11-01", "The German chancellor arrived.", "Angela Merkel"),
    ("the German chancellor", "2022-01-10", "The German chancellor arrived.", "Olaf Scholz"),
    ("Russia's top diplomat", "2022-03-30", None, "Sergey Lavrov"),
    ("his Chinese counterpart", "2022-03-30",
     "Sergey Lavrov met his Chinese counterpart in Tunxi.", "Wang Yi"),
    ("his Indian counterpart", "2024-11-19",
     "Wang Yi also met his Indian counterpart in Rio.", "Subrahmanyam Jaishankar"),
    ("Beijing", "2024-01-01", "Beijing said the talks were useful.", "China"),
    ("the Kremlin", "2024-01-01", "The Kremlin denied the report.", "Russia"),
    ("the Taoiseach", "2021-05-01", "The Taoiseach flew to Washington.", "Micheál Martin"),
    # a local title whose first word the first pass read as the state it stands for
    ("The Kremlin spokesman", "2023-06-01", "The Kremlin spokesman said Putin had no plans.",
     "Dmitry Peskov"),
    ("the UN chief", "2019-01-01", "The UN chief spoke.", "António Guterres"),
    ("the Chinese foreign ministry", "2024-01-01",
     "The Chinese foreign ministry said so.", "Ministry of Foreign Affairs of China"),
    ("he", "2020-01-01", "Vladimir Putin said he would go.", "Vladimir Putin"),
    ("Daleep Singh", "2022-03-30", "US official Daleep Singh said it.", "Daleep Singh"),
    ("the weather", "2022-03-30", "The weather in Moscow was cold.", None),
    # a title picks the holder titled so, not the office's usual holder
    ("the Iranian president", "2022-09-21", "The Iranian president spoke.", "Ebrahim Raisi"),
    ("Oman's sultan", "2018-10-26", None, "Qaboos bin Said"),
    ("the Jordanian monarch", "2020-06-02", "The Jordanian monarch warned Israel.",
     "Abdullah II"),
    ("The Queen", "2015-10-20", "The Queen welcomed the guests.", "Elizabeth II"),
    ("The King", "2023-09-21", "The King addressed the Senate.", "Charles III"),
    ("The White House press secretary", "2023-04-20", None, "Karine Jean-Pierre"),
    ("The State Department spokesman", "2022-03-08", None, "Ned Price"),
    # organisations' heads named by what the agency does, or by "of"
    ("The UN refugee chief", "2019-12-17", None, "Filippo Grandi"),
    ("The UN human rights chief", "2017-09-11", None, "Zeid Ra'ad Al Hussein"),
    ("The head of the IAEA", "2015-09-20", "The head of the IAEA visited Tehran.",
     "Yukiya Amano"),
    ("The AU Commission chief", "2014-01-30", None, "Nkosazana Dlamini-Zuma"),
    ("The ICC prosecutor", "2023-03-20", None, "Karim Khan"),
    # former holders: the one the article named, else nobody
    ("the former prime minister", "2023-01-22",
     "Boris Johnson visited Kyiv, and the former prime minister urged allies to act.",
     "Boris Johnson"),
    ("the former British prime minister", "2015-05-27",
     "Tony Blair resigned, and the former British prime minister said he would stay.",
     "Tony Blair"),
    ("ex-president", "2021-01-01", "The ex-president of Brazil spoke.", None),
    ("Japan's former prime minister", "2022-07-08",
     "Shinzo Abe, Japan's former prime minister, was shot.", "Shinzo Abe"),
    # "the Amir" (as Gulf papers spell it) is the emir the article named
    ("The Amir", "2017-06-08", "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah returned home on "
     "Thursday. The Amir had stopped in Jeddah and Dubai.", "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    # Ethiopian names go by the given name; "PM" and "U" are courtesies, not names
    ("PM Hailemariam", "2015-03-23", "He was welcomed at the airport by PM Hailemariam.",
     "Hailemariam Desalegn"),
    ("Ahmed Al-Sharaa", "2025-02-02", "Ahmed Al-Sharaa's first trip abroad was to Riyadh.",
     "Ahmed al-Sharaa"),
    # the house written with a hyphen or without
    ("Sheikh Mohammed bin Abdulrahman Al-Thani", "2017-06-08",
     "Qatar's Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani said so.",
     "Mohammed bin Abdulrahman Al Thani"),
    # a month after "in" is no Theresa May; a name after "PM" is a name, whatever its tag
    ("May", "2017-07-05", "Abbas was in New Delhi in May, when he held talks.", None),
    ("Modi", "2017-07-05", "Abbas was in New Delhi in May, when he held talks with PM Modi "
     "on the peace process.", "Narendra Modi"),
    # a title with a state of more than one word after it
    ("the President of the United States", "2025-03-12",
     "Araghchi said the President of the United States had written to Tehran.", "Donald Trump"),
    # "the Spokesman" is the spokesperson named before, not the last person named
    ("the Spokesman", "2025-03-12", "Esmaeil Baghaei briefed reporters. He said Anwar Gargash "
     "had brought a letter. The letter is under review, the Spokesman said.",
     "Esmaeil Baghaei"),
    # a body's name inside a longer name of another body
    ("Security Council", "2023-03-10",
     "Ali Shamkhani, Secretary of the Supreme National Security Council, spoke.", None),
    ("UN Security Council", "2023-03-10", "The UN Security Council met.",
     "United Nations Security Council"),
    # a ruler is whoever leads the state; a head of government its prime minister
    ("the Omani ruler", "2021-07-12", "King Salman received the Omani ruler in NEOM.",
     "Haitham bin Tariq"),
    ("Spain's head of government", "2022-04-07", None, "Pedro Sánchez"),
    # names; the Burmese "U" is a courtesy
    ("U Thaung Tun", "2017-09-04", "Retno also met with the National Security Adviser, U Thaung "
     "Tun.", "Thaung Tun"),
    ("Abe Shinzo", "2020-08-28", "Abe Shinzo resigned.", "Shinzo Abe"),
    # a family name of two letters, written first: the one in office
    ("Xi", "2023-03-22", "Xi and Russian President Vladimir Putin held talks.", "Xi Jinping"),
    # a two-word surname, hyphened: the one person in office whose name ends so
    ("Bhutto-Zardari", "2023-05-05", "Mr Bhutto-Zardari urged members to act.",
     "Bilawal Bhutto Zardari"),
    # a rank is not part of the name; the given name before "bint" is
    ("Lt-Gen Shams al-Din Kabbashi", "2019-06-08", "TMC spokesman Lt-Gen Shams al-Din "
     "Kabbashi said the council was open.", "Shams al-Din Kabbashi"),
    ("Lolwah", "2021-09-12", "Spokesperson Lolwah bint Rashid Al-Khater said so.",
     "Lolwah Al-Khater"),
    # a given name inside a longer name is nobody's surname (Christian Kern, Abu Mazen)
    ("Christian", "2017-11-29", "Macron was received by the President of Faso, Roch Marc "
     "Christian Kaboré.", "Roch Marc Christian Kaboré"),
    ("Abu", "2022-03-18", "Assad held talks with Abu Dhabi Crown Prince Sheikh Mohamed bin "
     "Zayed.", "United Arab Emirates"),
    ("Seyed Abbas Araghchi", "2025-03-12", "Gargash met Seyed Abbas Araghchi in Tehran.",
     "Abbas Araghchi"),
    # ranks and titles the small model tags as names are nobody
    ("Lt Gen", "2015-12-06", "Lt Gen (retd) Nasser Janjua met Mr Doval in Bangkok.", None),
    ("Brexit", "2019-10-11", "Stephen Barclay, the Brexit Secretary, met Barnier.", None),
    ("Diplomatic Adviser", "2025-03-12",
     "Dr. Anwar Gargash, Diplomatic Adviser to the President, met Araghchi.", None),
    ("Abbas", "2025-09-25", "Abbas addressed the assembly.", "Mahmoud Abbas"),
    ("Prince Faisal", "2023-06-17", "Prince Faisal spoke.", "Faisal bin Farhan Al Saud"),
    ("Jordan Bardella", "2024-06-30", "Jordan Bardella said he would govern.",
     "Jordan Bardella"),
    # a city that ends a person's name is the name's ("Aden", not Yemen)
    ("Aden", "2011-08-19", "The Speaker of the Transitional Federal Parliament, H.E. Sharif "
     "Hassan Sheikh Aden, took part.", "Sharif Hassan Sheikh Aden"),
    ("him", "2018-04-27", "Moon Jae-in met Kim Jong Un and invited him to Seoul.",
     "Kim Jong Un"),
    ("he", "2022-09-06", "Sheikh Hasina met Narendra Modi, and he praised her.",
     "Narendra Modi"),
    # armed movements are organisations, never people
    ("Boko Haram", "2015-06-04", "Boko Haram does not respect borders, he said.", "Boko Haram"),
    ("the Houthis", "2023-04-09", "Saudi envoys met the Houthis in Sanaa.", "Houthis"),
    ("M23", "2025-03-18", "Kinshasa refused direct talks with M23.", "M23"),
    # Brussels is the EU, except as the place
    ("Brussels", "2019-04-10", "Brussels offered Britain an extension.", "European Union"),
    ("Brussels", "2019-04-10", "The leaders met in Brussels on Monday.", None),
])
def test_resolve(annotator: Annotator, mention: str, day: str, context: str | None,
                 expected: str | None) -> None:
    found = resolve(annotator.finder, annotator.nlp, mention, day, context)
    assert (found.actor.name if found else None) == expected


@pytest.mark.parametrize(("context", "mention", "expected"), [
    # Varadkar was Taoiseach twice: still one person named
    ("Leo Varadkar met Boris Johnson. The Taoiseach said a deal was near.", "The Taoiseach",
     "Leo Varadkar"),
    ("Boris Johnson met Leo Varadkar. The prime minister said a deal was near.",
     "The prime minister", "Boris Johnson"),
    # two holders named: the one named more often, a predecessor named once in passing
    ("Scott Morrison flew to Suva. Mr Morrison replaced Malcolm Turnbull in August. The "
     "Australian leader met Bainimarama.", "The Australian leader", "Scott Morrison"),
])
def test_an_undated_title_is_the_holder_the_text_names(
        annotator: Annotator, context: str, mention: str, expected: str) -> None:
    doc = annotator.nlp(context)
    [mentions] = annotator.finder.document([Paragraph(0, doc)], None)
    start = context.index(mention)
    [found] = [m for m in mentions if doc[m.start].idx == start]
    assert found.actor.name == expected


@pytest.mark.parametrize("name", ["resolve_dev.tsv", "resolve_dev2.tsv"])
def test_dev_table_accuracy(annotator: Annotator, name: str) -> None:
    path = HERE / name
    outcomes = cases.run(annotator.finder, annotator.nlp, cases.load_cases(path))
    wrong = [f"{o.case.mention!r} {o.case.date}: {o.got} != {o.case.expected}"
             for o in outcomes if not o.right]
    score = cases.accuracy(outcomes)
    assert score >= DEV_FLOOR, f"accuracy {score:.3f} < {DEV_FLOOR}: " + "; ".join(wrong)


def test_case_tables_are_well_formed() -> None:
    for name in ("resolve_dev.tsv", "resolve_dev2.tsv", "resolve_holdout.tsv"):
        rows = cases.load_cases(HERE / name)
        assert len(rows) >= 80
        for row in rows:
            assert not row.context or row.mention in row.context, row
