"""Who pronouns, descriptors and "its" refer to, read through the real pipeline.

Each case is a short text, its date, a mention (its last occurrence in the text) and the
actor it should resolve to. Salience: a main-clause subject outranks a subject inside a
reported or embedded clause; a descriptor or a name in apposition to a subject is a subject;
the possessor of a subject that is not a person is the topic, next after a main-clause
subject; "its" is the state named last.
A descriptor that fits several offices means the holder the article has named.
"""

from __future__ import annotations

import re

import pytest

from readout import nlp
from readout.pipeline import Annotator


def _resolve_last(annotator: Annotator, text: str, day: str, mention: str) -> str | None:
    """The actor of the mention covering the last occurrence of `mention` in the text."""
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text)]
    start = found[-1]
    end = start + len(mention)
    paragraphs = nlp.parse_texts(annotator.nlp, [text], 8)[0]
    for paragraph, mentions in zip(paragraphs, annotator.finder.document(paragraphs, day),
                                   strict=True):
        offset = paragraph.offset
        for m in mentions:
            first = paragraph.doc[m.start].idx + offset
            last = paragraph.doc[m.end - 1].idx + len(paragraph.doc[m.end - 1]) + offset
            if first <= start and end <= last:
                return m.actor.name
    return None


@pytest.mark.parametrize(("text", "day", "mention", "expected"), [
    # a surname is first the one named in full in its own paragraph
    ("Chinese Foreign Minister Wang Yi will visit Tokyo. Wang Yi last came in 2019.\n\nIn "
     "Beijing, foreign ministry spokesman Wang Wenbin repeated the claim. \"The islands are "
     "ours,\" Wang told a regular briefing.", "2020-11-12", "Wang", "Wang Wenbin"),
    # a title with a name in apposition is that person's, not the home state's holder
    ("India and Rwanda signed eight agreements in Kigali on Monday. India will open a mission, "
     "the Indian side said. India and Rwanda also agreed on trade.\n\nThe Minister of Foreign "
     "Affairs and International Cooperation, Louise Mushikiwabo, described them as practical.",
     "2018-07-24", "Minister of Foreign Affairs", None),
    # a palace's "distinguished guest" is its visitor (its press service is the masthead)
    ("Press service of the President of the Republic of Kazakhstan\n\nNursultan Nazarbayev "
     "held talks with Xi Jinping in Astana.\n\n\"China regards Kazakhstan as a friend,\" said "
     "the distinguished guest.", "2013-09-07", "the distinguished guest", "Xi Jinping"),
    # a deputy holds another office: "the Minister" is the minister named before
    ("Foreign Minister Mohammad Javad Zarif arrived in Geneva. The talks were led by the Deputy "
     "Minister for Legal and International Affairs, Abbas Araghchi. On Friday the Minister met "
     "Sergey Lavrov.", "2013-11-24", "the Minister", "Mohammad Javad Zarif"),
    # a release's "the Minister" with no clear home: the minister its lead is about
    ("External Affairs Minister Dr. S. Jaishankar of India is paying an official visit to "
     "China.\n\nHe held talks with State Councillor and Foreign Minister Wang Yi in Beijing. "
     "Wang Yi said China and India were partners, not rivals.\n\n\"We had good talks,\" the "
     "Minister said.", "2019-08-12", "the Minister", "Subrahmanyam Jaishankar"),
    # ... and "the Minister" is no Prime Minister
    ("External Affairs Minister Dr. S. Jaishankar is paying an official visit to China.\n\n"
     "He recalled that Prime Minister Narendra Modi and President Xi Jinping met in Wuhan. "
     "Wang Yi said China and India were partners, not rivals.\n\n\"We had good talks,\" "
     "the Minister said.", "2019-08-12", "the Minister", "Subrahmanyam Jaishankar"),
    # a month after its day is no surname ("August" is not Manuel Domingos Augusto)
    ("Manuel Domingos Augusto spoke in Luanda. On arrival in Beijing on 11 August, the "
     "delegation met officials.", "2019-08-12", "August", None),
    # a bare one-word descriptor subject as the latest subject: tried, it cost one speaker on
    # an unseen set (why is not known yet), so only titles of two words are remembered
    pytest.param(
        "Olaf Scholz spoke to Vladimir Putin for an hour. Putin repeated his demands. "
        "The chancellor defended the call. \"It was necessary to talk,\" he said.",
        "2024-11-15", "he", "Olaf Scholz",
        marks=pytest.mark.xfail(reason="bare descriptors are not yet remembered as subjects",
                                strict=True)),
    # a title with its state is a subject like a name, and means the holder named before
    ("Olaf Scholz spoke to Vladimir Putin for an hour. Putin repeated his demands. "
     "The German leader was unmoved, and he said so.", "2024-11-15", "he", "Olaf Scholz"),
    # a main-clause subject outranks one inside a whether/that clause
    ("Dmitry Peskov was asked whether Vladimir Putin would attend the summit. "
     "\"No decision has been taken,\" he said.", "2023-08-01", "he", "Dmitry Peskov"),
    ("Sergey Lavrov said that Antony Blinken had asked for the meeting. "
     "He called it useful.", "2023-03-02", "He", "Sergey Lavrov"),
    # a subject inside the speaker's own quoted words is not the narrative's subject
    ("Shinzo Abe met Ali Khamenei in Tehran. Khamenei later made his reply public. "
     "\"I do not consider Trump a person worthy of exchanging messages with,\" he said.",
     "2019-06-13", "he", "Ali Khamenei"),
    ("Shinzo Abe met Ali Khamenei in Tehran. Khamenei later made his reply public. "
     "“Donald Trump is not a person worthy of messages,” he said.",
     "2019-06-13", "he", "Ali Khamenei"),
    # "the Secretary-General": the secretary-general named before, not the last person
    ("UN Secretary-General António Guterres met Prime Minister Roosevelt Skerrit in Roseau. "
     "Later the Secretary-General spoke to the press.", "2017-10-08", "the Secretary-General",
     "António Guterres"),
    # a run of states named since does not put the last prime minister out of reach
    ("Prime Minister Yoshihide Suga spoke with President Moon Jae-in. Japan and the ROK, "
     "Japan and China, the ROK and China, Japan and the United States, the ROK and the "
     "United States, and China and Russia must all talk, he said. Later the Prime Minister "
     "took questions.", "2020-09-24", "the Prime Minister", "Yoshihide Suga"),
    # a descriptor followed by its own office or a name is someone new, not the last holder
    ("Prime Minister Roosevelt Skerrit welcomed the guests with the Minister, Senator "
     "Francine Baron.", "2017-10-08", "the Minister", None),
    # a name in apposition to the subject is the subject
    ("Recep Tayyip Erdogan signed the decree on Monday. Opposition parties criticised it. "
     "Their spokesman, Ali Demir, said it was unlawful. \"We will go to court,\" he said.",
     "2023-05-02", "he", "Ali Demir"),
    # the possessor of a subject that is not a person is the topic
    ("Narendra Modi met Vladimir Putin in Samarkand. Putin's choice of venue said a lot: he "
     "sat at the head of the table.", "2022-09-16", "he", "Vladimir Putin"),
    # a surname several people named share: the one named most, then the one in the
    # higher office
    ("North Korean leader Kim Jong-un wrote to Moon Jae-in. Kim's sister, Kim Yo-jong, "
     "delivered the letter. Moon and Kim then met at Panmunjom.", "2018-04-27", "Kim",
     "Kim Jong Un"),
    # an unknown Korean name goes by its first word; a name after a role noun is a person
    # even when the recogniser missed it
    ("Park Soo-hyun, the presidential secretary, briefed reporters. Ned Price welcomed the "
     "step. Park said there had been no talks. \"It is too early,\" he said.", "2021-07-27",
     "he", "Park Soo-hyun"),
    ("Jacob Zuma spoke to Robert Mugabe. Department of International Relations and "
     "Cooperation spokesperson Clayson Monyela said South Africa took no sides. \"Our only "
     "interest is a stable Zimbabwe,\" he told reporters.", "2017-11-16", "he",
     "Clayson Monyela"),
    # "A and <nationality> President B": the parse repaired, A is the first subject
    ("In Ashgabat on Friday, Abe and Turkmen President Gurbanguly Berdimuhamedov witnessed "
     "the signing of deals worth about $18 billion, mostly in gas chemicals and power "
     "generation. He then held talks with President Emomali Rahmon in Dushanbe.",
     "2015-10-24", "He", "Shinzo Abe"),
    # ... and outranks the subject of a relative clause after it
    ("Ahmed al-Sharaa's first trip abroad was to Riyadh, where Crown Prince Mohammed bin "
     "Salman received him. Two days later he was in Ankara.", "2025-02-10", "he",
     "Ahmed al-Sharaa"),
    # "his successor", "his predecessor": the one after or before him in his office
    ("Since the death of Islam Karimov in September 2016, his successor has mended ties with "
     "the neighbours.", "2018-03-15", "successor", "Shavkat Mirziyoyev"),
    ("Scott Morrison flew to Jakarta on Friday. His predecessor had gone there in 2015.",
     "2018-08-31", "predecessor", "Malcolm Turnbull"),
    # ... but not when the text names them right there
    ("Islam Karimov died in 2016; his successor, Shavkat Mirziyoyev, took office in December.",
     "2018-03-15", "successor", None),
    # "the visiting Prime Minister": the guest who holds that office
    ("President Vladimir Putin held talks in the Kremlin with Prime Minister Narendra Modi. "
     "The visiting Prime Minister thanked the President.", "2024-07-09",
     "The visiting Prime Minister", "Narendra Modi"),
    # a descriptor that fits two offices: the holder the article has named
    ("Muhyiddin Yassin arrived in Jakarta on Saturday. \"We cannot wait,\" the Malaysian "
     "leader said.", "2021-04-24", "the Malaysian leader", "Muhyiddin Yassin"),
    ("Pedro Sánchez flew to Rabat. The Spanish leader thanked his hosts.", "2022-04-07",
     "The Spanish leader", "Pedro Sánchez"),
    ("The Malaysian leader spoke.", "2021-04-24", "The Malaysian leader", "Sultan Abdullah"),
    # a plural title ("the leaders of Myanmar") is no antecedent for a bare descriptor
    ("Foreign Minister Retno Marsudi held talks with the leaders of Myanmar on Monday. The "
     "Foreign Minister first met Senior General Min Aung Hlaing. She then met State "
     "Counsellor Aung San Suu Kyi.", "2017-09-04", "The Foreign Minister", "Retno Marsudi"),
    # a shorter form of a name written in full before is that person, not a look-alike
    ("President Hassan Sheikh Mohamud hosted Abiy Ahmed.\nHassan Sheikh flew to Cairo.",
     "2025-03-01", "Hassan Sheikh", "Hassan Sheikh Mohamud"),
    ("President Hassan Sheikh Mohamud hosted Abiy Ahmed. Hassan Sheikh spoke of peace.",
     "2025-03-01", "Hassan Sheikh", "Hassan Sheikh Mohamud"),
    # "the Crown Prince": the crown prince named before
    ("Crown Prince Mohammed bin Salman received a call from Ebrahim Raisi. Raisi called for "
     "unity. The Crown Prince also received a call from Recep Tayyip Erdogan. On Monday, he "
     "spoke with Mahmoud Abbas.", "2023-10-12", "he", "Mohammed bin Salman"),
    ("Crown Prince Mohammed bin Salman received a call from Ebrahim Raisi. HRH the Crown "
     "Prince also received a call from Recep Tayyip Erdogan.", "2023-10-12",
     "the Crown Prince", "Mohammed bin Salman"),
    # a surname shared with a leader's relative named more often: the leader in office
    ("President Robert Mugabe met Jacob Zuma. First Lady Grace Mugabe spoke. Grace Mugabe "
     "left. Grace Mugabe returned. Mugabe said he would stay.", "2017-10-03", "Mugabe",
     "Robert Mugabe"),
    # a subject name the parser split into pieces is still the subject
    ("Prime Minister Imran Khan received Saudi Crown Prince Mohammed bin Salman on Sunday.\n"
     "Addressing a joint news conference with Foreign Minister Shah Mahmood Qureshi on Monday, "
     "Saudi Minister of State for Foreign Affairs Adel al-Jubeir said the kingdom would help. "
     "\"Our objective is to try,\" he said.", "2019-02-19", "he", "Adel al-Jubeir"),
    # a title with a state is not the name of someone of another state before it
    ("Emmanuel Macron ended his tour on Friday.\nSpeaking in Varna after a working lunch with "
     "the prime minister, Boyko Borisov, the French president said Poland was wrong.",
     "2017-08-25", "the French president", "Emmanuel Macron"),
    # places the recogniser takes for people are nobody
    ("Minister Retno Marsudi today held a series of meetings with the leaders of Myanmar to "
     "convey the concern of the Indonesian people over the humanitarian situation in Rakhine "
     "State.", "2017-09-04", "Rakhine State", None),
    ("Trump, Kim and Moon met briefly at Panmunjom in June 2019.", "2019-06-30", "Panmunjom",
     None),
    # a state's adjective of two words the recogniser takes for a person is nobody
    ("Sri Lankan President Anura Kumara Dissanayake met Narendra Modi on Monday.",
     "2024-12-16", "Sri Lankan", None),
    # "its": the state or capital named last, not an earlier one
    ("Madrid changed its position in March. Algiers was less pleased. Its foreign ministry "
     "called the move a betrayal.", "2022-04-08", "Its foreign ministry",
     "Ministry of Foreign Affairs of Algeria"),
    ("Washington imposed new sanctions. Moscow reacted angrily, and its foreign ministry "
     "summoned the ambassador.", "2022-04-08", "its foreign ministry",
     "Ministry of Foreign Affairs of Russia"),
    ("Recep Tayyip Erdogan signed the decree. Opposition parties criticised it. Its "
     "spokesman, Ali Demir, said so.", "2023-05-02", "Its spokesman", None),
    # a name the parser hangs on the title before it is still the sentence's subject
    ("Prabowo Subianto hosted the talks. Earlier on the same day, General Secretary To Lam "
     "paid an official visit to the ASEAN Secretariat, where he was received by Kao Kim "
     "Hourn. On March 9, he met Airlangga Hartarto.", "2025-03-10", "he", "To Lam"),
    ("The spokesperson, Syed Akbaruddin, said dates were still being worked out.\n\nAdviser "
     "on Foreign Affairs Sartaj Aziz, speaking to reporters outside Parliament, described "
     "the call as a positive gesture.\n\nHe said cricket could open a door.", "2015-02-14",
     "He", "Sartaj Aziz"),
    # a "when" or "where" clause in a sentence whose subject is no person: the one person
    # named before it in the sentence, not the story's subject
    ("Narendra Modi arrived in Tehran on Sunday. The last prime ministerial visit was that "
     "of Atal Bihari Vajpayee in April 2001, when he held talks with Mohammad Khatami.",
     "2016-05-23", "he", "Atal Bihari Vajpayee"),
    ("Prabowo Subianto met To Lam in Hanoi. Ties have grown since the state visit by "
     "President Joko Widodo in January 2024, during which he was received by Nguyen Phu "
     "Trong.", "2024-09-06", "he", "Joko Widodo"),
    ("Shigeru Ishiba hosted Lula on Wednesday. This is Lula's first State Visit since 2005, "
     "when, in his first term, he was received by Akihito.", "2025-03-26", "he",
     "Luiz Inácio Lula da Silva"),
    # two people named before it: the story's subject still
    ("Narendra Modi arrived in Tehran on Sunday. The visit follows talks between Vajpayee "
     "and Khatami in 2001, when he was in opposition.", "2016-05-23", "he", "Narendra Modi"),
    # an object pronoun is not the one who called to do something to it; an asker may be
    # the object of what another was asked to do
    ("When Erdogan won re-election in May, Sisi called to congratulate him.", "2023-07-13",
     "him", "Recep Tayyip Erdoğan"),
    ("Olaf Scholz spoke on Monday. Angela Merkel asked Vladimir Putin to call her.",
     "2021-11-10", "her", "Angela Merkel"),
    # a name the parser made the root of its sentence, losing the verb, is its subject
    ("\"We are here,\" Juan Guaido told reporters. Ivan Duque, who has become one of "
     "Maduro's fiercest critics, called the day \"a historic moment\". \"Tomorrow the aid "
     "will enter,\" he said.", "2019-02-23", "he", "Iván Duque"),
    # the speaker of a quote is not one the quote names by surname
    ("Donald Trump met Luiz Inacio Lula da Silva. \"Trump is ready to talk,\" he said.",
     "2025-08-07",
     "he", "Luiz Inácio Lula da Silva"),
    ("President Lula spoke on Wednesday. He did not intend to call the US President. \"The "
     "day my intuition tells me that Trump is ready to talk, I will call him,\" the President "
     "said.", "2025-08-07", "the President", "Luiz Inácio Lula da Silva"),
    # the last dozen people are a dozen people, however often two of them are named since
    ("Foreign Minister Khurshid Mahmud Kasuri received his Indian counterpart in Islamabad.\n\n"
     "Pervez Musharraf and Manmohan Singh met in New York in September. Musharraf praised "
     "Singh, and Singh thanked Musharraf. Musharraf later called Singh, and Singh called "
     "Musharraf back. Musharraf and Singh agreed to meet again. Musharraf told Singh that "
     "Singh was welcome, and Singh told Musharraf that Musharraf was too.\n\n\"The bus will "
     "run in April,\" the Foreign Minister said.", "2005-02-16", "the Foreign Minister",
     "Khurshid Mahmud Kasuri"),
    # a possessive in the second of two joined nouns is the first's
    ("Xi Jinping arrived in Moscow on Monday and greeted Vladimir Putin and his wife.",
     "2023-03-20", "his", "Vladimir Putin"),
    ("Pakistan's Foreign Minister Khurshid Mahmud Kasuri spoke in Islamabad on Wednesday. "
     "India's Prime Minister Manmohan Singh sent greetings.\n\nLater, talks were held between "
     "the Foreign Minister and his Indian counterpart.", "2005-02-16", "his",
     "Khurshid Mahmud Kasuri"),
    # ... and the counterpart is of that owner's office, not of the last person named
    ("Pakistan's Foreign Minister Khurshid Mahmud Kasuri spoke in Islamabad on Wednesday. "
     "India's Prime Minister Manmohan Singh sent greetings.\n\nLater, talks were held between "
     "the Foreign Minister and his Indian counterpart.", "2005-02-16", "counterpart",
     "K. Natwar Singh"),
    # a title of a body that is no state, with a name in apposition, names someone new
    ("Sharif Sheikh Ahmed welcomed Prime Minister Recep Tayyip Erdogan in Mogadishu.\n\n"
     "Talks were held in the afternoon. The Prime Minister of the Transitional Federal "
     "Government, H.E. Dr. Abdiweli Mohamed Ali, took part.", "2011-08-19",
     "The Prime Minister", None),
    # what an empty "it" is said to be stands for the subject: its possessor is the topic
    ("In June, Vice President Cevdet Yilmaz was received by Mohamed bin Zayed in Abu Dhabi."
     "\n\nIt is Erdogan's second visit to the Kingdom. In April 2022 he was received in "
     "Jeddah by King Salman.", "2023-07-17", "he", "Recep Tayyip Erdoğan"),
    # a person subject binds first
    ("Putin met Xi in Beijing on Tuesday, where he also met Kim Jong Un.", "2024-04-01",
     "he", "Vladimir Putin"),
    # a name whose verb the parser hung on it, after a relative clause, is still the subject
    ("David Cameron flew to Paris to see Nicolas Sarkozy.\n\nIt is a bilateral arrangement "
     "between two nuclear powers, not a step towards a European army, and Liam Fox, who spent "
     "years warning against exactly that, signed up to it. He called the deal sound.",
     "2010-11-03", "He", "Liam Fox"),
])
def test_anaphora(annotator: Annotator, text: str, day: str, mention: str,
                  expected: str | None) -> None:
    assert _resolve_last(annotator, text, day, mention) == expected
