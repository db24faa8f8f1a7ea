"""Arguments the parse hides: fronted subjects, relative clauses, hosts hung on places,
honorifics that end a sentence, and undated news dated by the news told before it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    # The parser loses the subject after a relative clause or a participle.
    ("Yoon Suk Yeol, who attended the summit as a guest, also met Ukrainian President "
     "Volodymyr Zelensky in Hiroshima on Sunday.",
     {"Yoon Suk Yeol", "Volodymyr Zelenskyy"}),
    ("Paul Kagame, speaking after the ceremony, met Felix Tshisekedi in Luanda on Monday.",
     {"Paul Kagame", "Félix Tshisekedi"}),
    # ... and a finite verb the parser hung on the name before it, past an apposition.
    ("Senior General Min Aung Hlaing, Commander-in-Chief of Defence Services, called on "
     "President Xi Jinping in Naypyidaw on Saturday.", {"Min Aung Hlaing", "Xi Jinping"}),
    # The person a relative clause is about takes part in what it reports.
    ("The last African leader honoured with a state visit was John Kufuor, who was hosted by "
     "President George W. Bush in 2008.", {"John Kufuor", "George W. Bush"}),
    # ... and the people coordinated with that person.
    ("The idea came from Joko Widodo and Muhyiddin Yassin, who met in Jakarta in February.",
     {"Joko Widodo", "Muhyiddin Yassin"}),
    # The host of talks takes part, even when the parse hangs "hosted" on the place.
    ("Felix Tshisekedi and Paul Kagame agreed on a plan after talks in the Angolan capital "
     "hosted by President Joao Lourenco.", {"Félix Tshisekedi", "Paul Kagame", "João Lourenço"}),
    # A name the parser took for a modal ("Theresa May hosted") is no hypothetical.
    ("The last UK-France summit was held at Sandhurst in January 2018, when Theresa May "
     "hosted Emmanuel Macron.", {"Theresa May", "Emmanuel Macron"}),
    # A title the parser split from its name stands where the name belongs.
    ("DUBAI, Oct 20 (Wire) - Abu Dhabi's Crown Prince Sheikh Mohamed bin Zayed al-Nahyan "
     "received a phone call from Syrian President Bashar al-Assad on Wednesday, state news "
     "agency WAM said.", {"Mohamed bin Zayed Al Nahyan", "Bashar al-Assad"}),
    # A "with" shared by two nouns of contact joined by "and".
    ("On Wednesday, Shinzo Abe held talks and a working dinner with President Hassan Rouhani "
     "in Tehran.", {"Shinzo Abe", "Hassan Rouhani"}),
    ("Narendra Modi held consultations and a lunch with Emmanuel Macron in Paris on Friday.",
     {"Narendra Modi", "Emmanuel Macron"}),
    # Official prose puts the place before the one received.
    ("On Tuesday, Amir Sheikh Tamim bin Hamad Al-Thani received in Doha US Secretary of "
     "State Antony Blinken.", {"Tamim bin Hamad Al Thani", "Antony Blinken"}),
    # Those dismayed by a meeting were not in it.
    ("Viktor Orban had already met Vladimir Putin in Beijing in October, to the dismay of "
     "other EU leaders.", {"Viktor Orbán", "Vladimir Putin"}),
    # An abbreviated honorific does not end the sentence.
    ("Prime Minister Sheikh Hasina called on President Smt. Droupadi Murmu.",
     {"Sheikh Hasina", "Droupadi Murmu"}),
    # The caller of a call received, and the one addressed during a call.
    ("Olaf Scholz received a phone call from Recep Tayyip Erdogan on Wednesday.",
     {"Olaf Scholz", "Recep Tayyip Erdoğan"}),
    ("Putin thanked Modi for his congratulations during a phone call on Tuesday.",
     {"Vladimir Putin", "Narendra Modi"}),
    ("Modi dialled Putin on Tuesday to congratulate him on his re-election.",
     {"Vladimir Putin", "Narendra Modi"}),
    ("Mohammed bin Salman received a phone call on Monday from US President Joe Biden.",
     {"Mohammed bin Salman", "Joe Biden"}),
    # A contact with parties of its own is no mere setting of another.
    ("The two sides exchanged views on Monday during the meeting between Wang Yi and Sergey "
     "Lavrov.", {"Wang Yi", "Sergey Lavrov"}),
    # "Trump, Kim and Moon met": the first of a list that opens the sentence is in it;
    # a place the recogniser takes for a person is the place.
    ("Donald Trump, Kim Jong Un and Moon Jae-in were in the news. Trump, Kim and Moon met "
     "briefly at Panmunjom on Sunday.", {"Donald Trump", "Kim Jong Un", "Moon Jae-in"}),
    # "talks with PM Modi, and said": the name the parser made the next verb's subject.
    ("Officials said Mahmoud Abbas was in New Delhi on Monday, when he held talks with PM Modi, "
     "and said support was unchanged.", {"Mahmoud Abbas", "Narendra Modi"}),
    # "A and B's conversation": the parser joins the noun to the first owner.
    ("Narendra Modi and Nawaz Sharif's brief conversation on a sofa in Paris on Monday "
     "surprised everyone.", {"Narendra Modi", "Nawaz Sharif"}),
    # "X's meeting was with Y": the party after the copula.
    ("Narendra Modi's first bilateral meeting on Tuesday was with Afghan President Hamid "
     "Karzai.", {"Narendra Modi", "Hamid Karzai"}),
    # A meal shared is a meeting; dining alone is none.
    ("Justin Trudeau flew to Florida to dine with Donald Trump at Mar-a-Lago on Friday.",
     {"Justin Trudeau", "Donald Trump"}),
    # "between A and B": the parser hangs B on the noun, beside it.
    ("The meeting between Park Geun-hye and Shinzo Abe took place in Seoul on Monday.",
     {"Park Geun-hye", "Shinzo Abe"}),
])
def test_participants(annotate, sentence: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2023-05-22")
    assert [{a.name for a in e.participants} for e in result.events] == [expected]


@pytest.mark.parametrize(("text", "day", "expected"), [
    # The parser hangs the subject as an apposition on the name closing a fronted phrase.
    ("At the invitation of Premier Li Qiang, New Zealand Prime Minister Christopher Luxon "
     "paid an official visit to China and held talks with Li in Beijing.", "2024-06-14",
     [{"Christopher Luxon", "Li Qiang"}]),
    # "first with A and then with B": the second party is parsed as a conjunct of the verb.
    ("On Saturday, Donald Trump spoke by phone first with Hun Manet and then with Phumtham "
     "Wechayachai.", "2025-07-28",
     [{"Donald Trump", "Hun Manet"}, {"Donald Trump", "Phumtham Wechayachai"}]),
    # The host of the meeting just told took part in it.
    ("DOHA, March 18 (Wire) - Felix Tshisekedi and Paul Kagame met in Qatar on Tuesday and "
     "called for a ceasefire.\nThe meeting, hosted by the emir of Qatar, Sheikh Tamim bin "
     "Hamad Al Thani, was not announced in advance.", "2025-03-18",
     [{"Félix Tshisekedi", "Paul Kagame", "Tamim bin Hamad Al Thani"}]),
    # The one a meeting was held in the presence of took part in it.
    ("RIYADH, May 14 (Wire) - Donald Trump met Ahmed al-Sharaa in Riyadh on Wednesday.\nThe "
     "meeting, which lasted half an hour, was held in the presence of Crown Prince Mohammed "
     "bin Salman.", "2025-05-14",
     [{"Donald Trump", "Ahmed al-Sharaa", "Mohammed bin Salman"}]),
    ("Salman bin Abdulaziz and Haider al-Abadi attended the first meeting of the council in "
     "Riyadh on Sunday in the presence of Rex Tillerson.", "2017-10-22",
     [{"Salman bin Abdulaziz Al Saud", "Haider al-Abadi", "Rex Tillerson"}]),
    # A meal joined to talks by "and" is had by whoever had the talks.
    ("Emmanuel Macron ended his tour on Friday.\nSpeaking in Varna on Friday after talks with "
     "the Bulgarian president, Rumen Radev, and a working lunch with the prime minister, Boyko "
     "Borisov, the French president said Poland was wrong.", "2017-08-25",
     [{"Emmanuel Macron", "Rumen Radev"}, {"Emmanuel Macron", "Boyko Borisov"}]),
    # A visitor meets the leaders of one state one by one; a host receives two visitors
    # together.
    ("Sheikh Tahnoun bin Zayed visited Tehran on Monday, where he met Iranian President "
     "Ebrahim Raisi and Ali Shamkhani.", "2021-12-08",
     [{"Tahnoun bin Zayed Al Nahyan", "Ebrahim Raisi"},
      {"Tahnoun bin Zayed Al Nahyan", "Ali Shamkhani"}]),
    # ... also one of them whose state the text does not give
    ("In Hanoi, President Obama met with Prime Minister Nguyen Xuan Phuc and National "
     "Assembly Chairwoman Nguyen Thi Kim Ngan.", "2016-05-23",
     [{"Barack Obama", "Nguyen Xuan Phuc"}, {"Barack Obama", "Nguyen Thi Kim Ngan"}]),
    # ... but a delegation of two sits down with the other side's together
    ("Antony Blinken and Jake Sullivan sat down with Yang Jiechi and Wang Yi in Anchorage on "
     "Thursday.", "2021-03-19",
     [{"Antony Blinken", "Jake Sullivan", "Yang Jiechi", "Wang Yi"}]),
    ("Sheikh Tamim bin Hamad Al Thani received Antony Blinken and Lloyd Austin in Doha on "
     "Tuesday.", "2021-09-08", [{"Tamim bin Hamad Al Thani", "Antony Blinken", "Lloyd Austin"}]),
    # "their" after a contact told in the same sentence: its parties, past or not.
    ("Moon Jae-in met Kim Jong Un on Tuesday.\nKim went on to meet Donald Trump in Singapore "
     "in June 2018, but their second summit in Hanoi in February 2019 collapsed.",
     "2021-07-27", [{"Moon Jae-in", "Kim Jong Un"}, {"Kim Jong Un", "Donald Trump"},
                    {"Kim Jong Un", "Donald Trump"}]),
    # "The four men": the people of a sentence just before that named that many.
    ("Juan Guaido walked on to the stage in Cucuta with Colombia's Ivan Duque, Chile's "
     "Sebastian Pinera and Paraguay's Mario Abdo Benitez.\nThe four men embraced and then "
     "withdrew for talks at a hotel in the city, where they discussed aid.", "2019-02-22",
     [{"Juan Guaidó", "Iván Duque", "Sebastián Piñera", "Mario Abdo Benítez"}]),
    # ... and nobody when no such sentence is near.
    ("Juan Guaido walked on to the stage in Cucuta with Colombia's Ivan Duque.\nThe four "
     "men then withdrew for talks at a hotel in the city.", "2019-02-22", []),
    # "The Ministers ... at their previous talks": the ministers, not the leaders told last.
    ("On Friday, Foreign Minister Sergey Lavrov held talks in Geneva with US Secretary of State "
     "John Kerry.\nThe deal rests on an agreement Vladimir Putin and Barack Obama reached at "
     "their meeting in Hangzhou on September 5. The Ministers also built on the work begun at "
     "their previous talks in Geneva on August 26.", "2016-09-10",
     [{"Sergey Lavrov", "John Kerry"}, {"Vladimir Putin", "Barack Obama"},
      {"Sergey Lavrov", "John Kerry"}]),
    # A participle after a preposition takes its verb's subject.
    ("Recep Tayyip Erdogan called on President Katerina Sakellaropoulou before sitting down "
     "with Kyriakos Mitsotakis.", "2023-12-08",
     [{"Recep Tayyip Erdoğan", "Katerina Sakellaropoulou"},
      {"Recep Tayyip Erdoğan", "Kyriakos Mitsotakis"}]),
])
def test_participants_on_their_day(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                                   expected: list[set[str]]) -> None:
    result = annotate("Title\n" + text, day)
    assert [{a.name for a in e.participants} for e in result.events] == expected


def test_a_second_object_the_parser_joined_to_the_verb(annotate) -> None:  # type: ignore[no-untyped-def]
    """"met Abiy and then President Sahle-Work Zewde": the second one met still takes part."""
    result = annotate("Title\nIn Addis Ababa, Ruto met Abiy and then Ethiopian President "
                      "Sahle-Work Zewde.", "2024-03-15")
    assert "Sahle-Work Zewde" in {a.name for e in result.events for a in e.participants}


def test_his_highness_is_a_style_not_a_pronoun(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nKing Salman bin Abdulaziz Al-Saud received Sheikh Sabah Al-Ahmad Al-Jaber "
            "Al-Sabah in Jeddah on Tuesday.\nOn Monday, His Highness the Amir had telephoned "
            "Sheikh Tamim bin Hamad Al Thani.")
    result = annotate(text, "2017-06-08")
    calls = [{a.name for a in e.participants} for e in result.events if e.type == "call"]
    assert calls == [{"Sabah Al-Ahmad Al-Jaber Al-Sabah", "Tamim bin Hamad Al Thani"}]


def test_a_title_before_a_name_is_not_a_party(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nRecep Tayyip Erdogan met Sauli Niinisto and Magdalena Andersson in Madrid "
            "on Tuesday. The three leaders signed a memorandum after talks hosted by NATO "
            "Secretary General Jens Stoltenberg.")
    result = annotate(text, "2022-06-28")
    names = [{a.name for a in e.participants} for e in result.events]
    assert all("North Atlantic Treaty Organization" not in n for n in names)
    assert {"Recep Tayyip Erdoğan", "Sauli Niinistö", "Magdalena Andersson",
            "Jens Stoltenberg"} in names


def test_the_place_hung_on_the_person_met(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nYoon Suk Yeol met President Volodymyr Zelensky in Hiroshima.",
                      "2023-05-21")
    [event] = result.events
    assert event.location is not None and event.location.name == "Hiroshima"


@pytest.mark.parametrize(("text", "expected"), [
    # The day of the news before it, in the month of the report.
    ("Antony Blinken met Wang Yi in Beijing on Sunday. Later in the afternoon Blinken was "
     "received by President Xi Jinping.", ["2023-06-18", "2023-06-18"]),
    # Background news gives no day: the report's month.
    ("Antony Blinken met Wang Yi in Beijing in February 2019. Blinken was received by "
     "President Xi Jinping.", ["2019-02", "2023-06"]),
])
def test_undated_news_takes_the_day_of_the_news_before(annotate, text: str,  # type: ignore[no-untyped-def]
                                                        expected: list[str]) -> None:
    result = annotate("Title\n" + text, "2023-06-19")
    assert [e.date for e in result.events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Hosting needs a guest: a welcomed visit or a hosted dinner alone is no meeting.
    ("The UN spokesman welcomed the visit of Joko Widodo.", []),
    ("Xi Jinping hosted a dinner for Emmanuel Macron on Monday.",
     [{"Xi Jinping", "Emmanuel Macron"}]),
    ("Emmanuel Macron received the German chancellor on Monday.",
     [{"Emmanuel Macron", "Olaf Scholz"}]),
    # A trip with no destination is not a visit to the place of the story.
    ("Narendra Modi met Shavkat Mirziyoyev in Samarkand on Friday. Modi flew in last night.",
     [{"Narendra Modi", "Shavkat Mirziyoyev"}]),
])
def test_who_was_hosted(annotate, text: str, expected: list[set[str]]) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + text, "2022-09-16")
    assert [{a.name for a in e.participants} for e in result.events] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Three days later", "the following day": counted from the day the story was at.
    ("On July 2 Viktor Orban sat down with Volodymyr Zelenskyy in Kyiv. Three days later he "
     "was in the Kremlin, shaking hands with Vladimir Putin.", ["2024-07-02", "2024-07-05"]),
    ("Anthony Albanese met Xi Jinping in Beijing on Monday. He held talks with Premier Li "
     "Qiang the following day.", ["2024-07-08", "2024-07-09"]),
])
def test_days_counted_from_the_story(annotate, text: str,  # type: ignore[no-untyped-def]
                                     expected: list[str]) -> None:
    result = annotate("Title\n" + text, "2024-07-12")
    assert [e.date for e in result.events] == expected


def test_a_contact_before_the_news_is_not_dated_to_it(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nNarendra Modi met Muhammad Yunus in Bangkok on Friday. The meeting came days "
            "after Yunus travelled to China, where he held talks with President Xi Jinping in "
            "Beijing on March 28.")
    result = annotate(text, "2025-04-04")
    dates = {frozenset(a.name for a in e.participants): e.date for e in result.events}
    assert dates[frozenset({"Muhammad Yunus", "Xi Jinping"})] == "2025-03-28"


@pytest.mark.parametrize(("sentence", "expected"), [
    # A meal shared, "spoke to", and a place hung on the person met.
    ("Pedro Sánchez sat down to an iftar dinner with King Mohammed VI in Rabat on Thursday.",
     [({"Pedro Sánchez", "Mohammed VI"}, "Rabat")]),
    ("Emmanuel Macron had a working lunch with Olaf Scholz on Thursday.",
     [({"Emmanuel Macron", "Olaf Scholz"}, None)]),
    ("Olaf Scholz last spoke to Vladimir Putin on December 2, 2022.",
     [({"Olaf Scholz", "Vladimir Putin"}, None)]),
    ("Olaf Scholz spoke to reporters in Berlin on Friday.", []),
    # Readiness and modals up the chain: no contact yet.
    ("Friedrich Merz said he was willing to talk to Vladimir Putin himself.", []),
    ("Friedrich Merz has said he would be willing to talk to Vladimir Putin.", []),
])
def test_contacts_and_places(annotate, sentence: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[set[str], str | None]]) -> None:
    result = annotate("Title\n" + sentence, "2024-11-15")
    assert [({a.name for a in e.participants}, e.location.name if e.location else None)
            for e in result.events] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # An "after" clause measured from: what the news came after is background.
    ("The call came a month after Xi Jinping travelled to Moscow for talks with Vladimir "
     "Putin.", True),
    ("Naftali Bennett called Vladimir Putin on Sunday, less than a day after the two men met "
     "in Moscow.", True),
    # Unmeasured, "after" may lead to today's news.
    ("Xi Jinping flew home after he met Vladimir Putin on Friday.", False),
])
def test_what_the_news_came_after(annotate, sentence: str, expected: bool) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2023-05-01")
    meetings = [e for e in result.events if e.type == "meeting"]
    assert [e.background for e in meetings] == [expected]


def test_the_gathering_is_the_occasion(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nKeir Starmer met Giorgia Meloni in Rome on Monday. The two leaders first met "
            "at the European Political Community summit at Blenheim Palace in July.")
    result = annotate(text, "2024-09-16")
    assert [{a.name for a in e.participants} for e in result.events] == [
        {"Keir Starmer", "Giorgia Meloni"}] * 2
    assert result.events[1].occasion == "EPC summit"


@pytest.mark.parametrize(("sentence", "expected"), [
    # The news day less the measure, as precise as the measure.
    ("The gesture came two weeks after Fumio Kishida travelled to Seoul for talks with Yoon "
     "Suk Yeol.", "2023-05-07"),
    ("The call came a month after Xi Jinping travelled to Moscow for talks with Vladimir "
     "Putin.", "2023-04"),
    ("The call came days after Xi Jinping travelled to Moscow for talks with Vladimir "
     "Putin.", None),  # vague: no date
])
def test_measured_back_from_the_news(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                     expected: str | None) -> None:
    result = annotate("Title\n" + sentence, "2023-05-21")
    assert [e.date for e in result.events] == [expected]


def test_separate_meetings_are_one_each(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nNarendra Modi also held separate meetings with K.P. Sharma Oli and Min Aung "
            "Hlaing on Friday.")
    result = annotate(text, "2025-04-04")
    assert sorted(sorted(a.name for a in e.participants) for e in result.events) == [
        ["K. P. Sharma Oli", "Narendra Modi"], ["Min Aung Hlaing", "Narendra Modi"]]


def test_same_day_same_place(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nVladimir Putin met Xi Jinping in Samarkand on Thursday. Putin also held talks "
            "on Thursday with Ebrahim Raisi.")
    result = annotate(text, "2022-09-16")
    assert [e.location.name if e.location else None for e in result.events] == [
        "Samarkand", "Samarkand"]


def test_officials_met_where_the_story_is_filed(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nHANOI, Vietnam (AP) - U.S. Defense Secretary Mark Esper arrived in Vietnam on "
            "Tuesday.\nEsper met with several top government officials on Wednesday.")
    result = annotate(text, "2019-11-21")
    assert [sorted(a.name for a in e.participants) for e in result.events][-1] == [
        "Mark Esper", "Vietnam"]


@pytest.mark.parametrize("officials", ["separatist leaders", "opposition lawmakers",
                                       "business leaders"])
def test_people_who_do_not_speak_for_the_state(  # type: ignore[no-untyped-def]
        annotate, officials: str) -> None:
    text = ("Title\nHANOI, Vietnam (AP) - U.S. Defense Secretary Mark Esper arrived in Vietnam on "
            f"Tuesday.\nEsper met with several {officials} on Wednesday.")
    result = annotate(text, "2019-11-21")
    assert [e for e in result.events if "Esper met" in e.evidence.text] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a call is between two: one caller's calls to several are a call to each
    ("Title\nSEOUL, May 11 (Yonhap) -- President Moon Jae-in held his first phone "
     "conversations with Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe "
     "on Thursday.", [["Moon Jae-in", "Xi Jinping"], ["Moon Jae-in", "Shinzo Abe"]]),
    ("Title\nJoko Widodo spoke by telephone with Volodymyr Zelenskyy and Vladimir Putin on "
     "Monday.", [["Joko Widodo", "Volodymyr Zelenskyy"], ["Joko Widodo", "Vladimir Putin"]]),
    # ... unless it was a conference of them all
    ("Title\nEmmanuel Macron held a video conference with Olaf Scholz and Joe Biden on "
     "Thursday.", [["Emmanuel Macron", "Olaf Scholz", "Joe Biden"]]),
    ("Title\nJoko Widodo held a joint call with Volodymyr Zelenskyy and Vladimir Putin on "
     "Monday.", [["Joko Widodo", "Volodymyr Zelenskyy", "Vladimir Putin"]]),
])
def test_calls_to_each(annotate, text: str, expected: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    result = annotate(text, "2017-05-11")
    assert [[a.name for a in e.participants] for e in result.events] == expected


def test_the_first_name_of_a_subject_list_the_parser_leaves_out(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nYoon Suk Yeol spoke to reporters on Friday.\n\nYoon, Kishida and Biden "
            "then held a trilateral summit at Camp David.")
    result = annotate(text, "2023-08-20")
    assert [{a.name for a in e.participants} for e in result.events] == [
        {"Yoon Suk Yeol", "Fumio Kishida", "Joe Biden"}]


def test_the_last_partner_the_parser_joined_to_the_light_verb(annotate) -> None:  # type: ignore[no-untyped-def]
    """"held talks with the council's chair, H.E. X, and Prime Minister Dr. Y in Z": the
    parser joins Y to "held"; Y is still a partner of the talks, and Z is where they met."""
    result = annotate("Title\nPresident William Ruto today held talks with the Chairperson of "
                      "Haiti's Transitional Presidential Council, H.E. Edgard Leblanc Fils, and "
                      "Prime Minister Dr. Garry Conille in Port-au-Prince.", "2024-09-21")
    assert "Garry Conille" in {a.name for e in result.events for a in e.participants}
    assert {e.location.name for e in result.events if e.location} == {"Port-au-Prince"}


def test_the_last_partner_after_a_relative_clause(annotate) -> None:  # type: ignore[no-untyped-def]
    """"chaired the meeting with A, who ..., and B": the parser hangs B on the verb as a bare
    noun phrase after "and"; B is still a partner."""
    result = annotate("Title\nKenyan President William Ruto chaired the meeting with European "
                      "Council President Antonio Costa, who took office in December, and "
                      "European Commission President Ursula von der Leyen on Friday.",
                      "2025-04-04")
    assert [{a.name for a in e.participants} for e in result.events] == [
        {"William Ruto", "António Costa", "Ursula von der Leyen"}]


def test_dining_alone_is_no_contact(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nJustin Trudeau dined at a restaurant in Palm Beach on Friday.",
                      "2024-11-30")
    assert result.events == ()
