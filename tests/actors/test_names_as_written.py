"""Names as official readouts and news write them: courtesy titles, spelling variants,
outlets and dates that look like names, bare titles of the document's own state, and the
office-holders the knowledge base lacked. Each case goes through the pipeline's finder."""

from __future__ import annotations

import pytest

from readout.actors.honorifics import strip
from readout.actors.resolve import resolve
from readout.pipeline import Annotator

MEA = "As India and Nepal renewed their ties, External Affairs Minister met {} in New Delhi."
UK = "At the UK-France summit, the Prime Minister met President Macron in Paris today."
AU = ("The mission includes Zambia's Hakainde Hichilema, Comoros President Azali Assoumani "
      "and Egyptian Prime Minister Mostafa Madbouly.")


@pytest.mark.parametrize(("mention", "day", "context", "expected"), [
    # courtesy titles are not part of the name
    ("H.E. Anura Kumara Disanayaka", "2024-12-16",
     "H.E. Anura Kumara Disanayaka is on a State Visit to India.", "Anura Kumara Dissanayake"),
    ("Shri Vinay Mohan Kwatra", "2023-06-01",
     "We have with us Foreign Secretary Shri Vinay Mohan Kwatra.", "Vinay Mohan Kwatra"),
    ("Smt. Droupadi Murmu", "2024-12-16",
     "He called on the President of India, Smt. Droupadi Murmu, this evening.",
     "Droupadi Murmu"),
    ("Shri Arindam Bagchi", "2023-06-01",
     "Official Spokesperson Shri Arindam Bagchi opened the briefing.", "Arindam Bagchi"),
    ("Prof. Ashok Kumar Mehta", "2023-06-01",
     "The delegation was led by Prof. Ashok Kumar Mehta.", "Ashok Kumar Mehta"),
    # Malaysian titles are no part of the name
    ("Datuk Seri", "2013-10-03",
     "Obama was to hold talks with Prime Minister Datuk Seri Najib Tun Razak in Putrajaya.",
     None),
    # a title the recogniser takes into an unknown person's name is no part of it
    ("Spokesperson Kanze Dena Mararo", "2020-12-15",
     "\"The talks were cordial,\" State House Spokesperson Kanze Dena Mararo said.",
     "Kanze Dena Mararo"),
    # a chain of fathers' names: the person is known by its first links
    ("Mohammed bin Salman bin Abdulaziz Al Saud", "2025-09-17",
     "Prince Mohammed bin Salman bin Abdulaziz Al Saud received the prime minister.",
     "Mohammed bin Salman"),
    ("Mohamed bin Zayed bin Sultan Al Nahyan", "2023-01-10",
     "Sheikh Mohamed bin Zayed bin Sultan Al Nahyan received the minister.",
     "Mohamed bin Zayed Al Nahyan"),
    ("Tamim bin Hamad bin Khalifa Al Thani", "2023-01-10",
     "Sheikh Tamim bin Hamad bin Khalifa Al Thani received the minister.",
     "Tamim bin Hamad Al Thani"),
    ("Salman bin Abdulaziz Al Saud", "2017-03-01",
     "King Salman bin Abdulaziz Al Saud arrived in Jakarta.", "Salman bin Abdulaziz Al Saud"),
    # spellings and short forms of known people
    ("K.P. Sharma Oli", "2025-04-04", "Nepal's K.P. Sharma Oli attended.", "K. P. Sharma Oli"),
    ("KP Sharma Oli", "2025-04-04", "KP Sharma Oli attended.", "K. P. Sharma Oli"),
    ("King Maha Vajiralongkorn", "2025-04-04", "He also called on King Maha Vajiralongkorn.",
     "Vajiralongkorn"),
    ("Prachanda", "2023-06-01", "Prime Minister Prachanda held talks with Modi.",
     "Pushpa Kamal Dahal"),
    ("President Disanayaka", "2024-12-16", "President Disanayaka met Prime Minister Modi.",
     "Anura Kumara Dissanayake"),
    ("Disanayaka", "2024-12-16", "Disanayaka met Modi in Delhi.", "Anura Kumara Dissanayake"),
    # a middle name the knowledge base leaves out, after a comrade's courtesy title
    ("Cde Robert Gabriel Mugabe", "2015-12-01",
     "The President, Cde Robert Gabriel Mugabe, received the envoy.", "Robert Mugabe"),
    # a title of two words before one name: the holder in office ("Crown Prince Salman" in
    # 2013, not the late Crown Prince Sultan)
    ("Crown Prince Salman", "2013-05-01", "Crown Prince Salman received the envoy.",
     "Salman bin Abdulaziz Al Saud"),
    ("John Evans Atta Mills", "2010-05-04",
     "President John Evans Atta Mills opened the new bridge.", "John Atta Mills"),
    ("Lavrow", "2023-05-01", "Lavrow said so.", None),  # five letters: too short to guess
    # outlets, platforms and dates are not people
    ("Twitter", "2018-07-08", "The minister wrote on Twitter that the visit went well.", None),
    ("SABC", "2023-06-17", "Speaking to state broadcaster SABC, Ramaphosa said so.", None),
    ("Asahi", "2023-06-17", "The daily Asahi reported that the talks went well.", None),
    ("Jan. 28", "2024-02-01", "The ministers met on Jan. 28 in Moscow.", None),
    ("America", "2023-05-30", "Leaders of South America gathered in Brasilia.", None),
    # a title with a name right after it is that name's, not the one before
    ("Comoros President Azali Assoumani", "2023-06-17", AU, "Azali Assoumani"),
    ("Hakainde Hichilema", "2023-06-17", AU, "Hakainde Hichilema"),
    # a bare title in a readout: the holder in the state the document speaks for
    ("External Affairs Minister", "2023-06-01", MEA.format("Prime Minister Prachanda"),
     "Subrahmanyam Jaishankar"),
    ("the Prime Minister", "2023-03-10", UK, "Rishi Sunak"),
    ("The Prime Minister", "2023-03-10",
     "The Prime Minister met President Macron in Paris today.", None),
    ("the Prime Minister", "2023-03-10",
     "The UK and France agreed that the Prime Minister would travel to Kyiv.", None),
    # group nouns of one nationality are the state
    ("Moroccan diplomats", "2023-06-01", "Blinken met a group of Moroccan diplomats.",
     "Morocco"),
    # office-holders added to the knowledge base
    ("Zoran Zaev", "2018-06-17", "Zoran Zaev signed the agreement.", "Zoran Zaev"),
    ("Greece's foreign minister", "2018-06-17", None, "Nikos Kotzias"),
    ("Greece's foreign minister", "2019-01-10", None, "Alexis Tsipras"),
    ("North Macedonia's foreign minister", "2019-06-01", None, "Nikola Dimitrov"),
    ("Eritrea's foreign minister", "2018-07-08", None, "Osman Saleh Mohammed"),
    ("Peru's prime minister", "2023-05-30", None, "Alberto Otárola"),
    ("the Comoros president", "2023-06-17", "The Comoros president spoke.", "Azali Assoumani"),
    ("Bangladesh's president", "2018-05-01", None, "Abdul Hamid"),
    ("Georgia's prime minister", "2017-05-01", None, "Giorgi Kvirikashvili"),
    ("Georgia's foreign minister", "2017-05-01", None, "Mikheil Janelidze"),
    ("Finland's foreign minister", "2016-05-01", None, "Timo Soini"),
    ("Denmark's foreign minister", "2017-05-01", None, "Anders Samuelsen"),
    ("the Czech foreign minister", "2019-05-01", "The Czech foreign minister spoke.",
     "Tomáš Petříček"),
    ("Portugal's foreign minister", "2014-05-01", None, "Rui Machete"),
    ("Nepal's prime minister", "2023-06-01", None, "Pushpa Kamal Dahal"),
    # two surnames used alone, where people carry two
    ("Lacalle Pou", "2023-05-30", "Lacalle Pou told reporters he was surprised.",
     "Luis Lacalle Pou"),
    # a name the recogniser missed, before an apposition that gives its role, is someone
    # new: not a known person whose name differs in one word ("Yoon Young-kwan")
    ("Yoon Young-chan", "2017-05-11",
     '"Xi welcomed the proposal," Yoon Young-chan, the new senior presidential secretary for '
     'public affairs, told reporters.', "Yoon Young-chan"),
    # ... or before an apposition that opens with the role noun itself
    ("Zaw Htay", "2012-11-19", "Zaw Htay, director of the president's office, said the "
     "meeting had been held in Yangon.", "Zaw Htay"),
    # ... nor someone whose family name differs at both ends ("Ahmed Attaf")
    ("Ahmed Kattan", "2016-04-08", "Ahmed Kattan, the Saudi ambassador to Egypt, boarded the "
     "plane.", "Ahmed Kattan"),
    # while a family name spelt another way is still the known person
    ("Sameh Shukri", "2016-04-08", "Sameh Shukri met the ambassador.", "Sameh Shoukry"),
    # the parts the recogniser leaves off around a hyphen: the given name before a
    # hyphened family name, the end of a hyphened given name
    ("Anjali Venkatesan-Moore", "2005-04-12", "\"Trade will change the picture,\" said Anjali "
     "Venkatesan-Moore, a China specialist.", "Anjali Venkatesan-Moore"),
    ("Min Kyung-wook", "2014-04-08", "Spokesman Min Kyung-wook said the talks had been held.",
     "Min Kyung-wook"),
    # ... but a name that has its given name takes no office word before it
    ("Aiyaz Sayed-Khaiyum", "2019-09-16", "Minister for Economy Aiyaz Sayed-Khaiyum called "
     "the budget fair.", "Aiyaz Sayed-Khaiyum"),
    # a name runs on through no preposition ("Xi at Arjuna's Penance")
    ("Xi", "2019-10-12", "On Friday evening Modi, wearing a white veshti, received Xi at "
     "Arjuna's Penance and guided him around the temples.", "Xi Jinping"),
    # a given name hung on the next name word is not a known person's surname ("Morgan",
    # the surname of James Pitia Morgan), though the recogniser calls the name a body
    ("Morgan", "2024-01-10", "Morgan Chamisa, who says he won outright, flew in to lobby "
     "the leaders.", None),
    # a name that modifies a word for a region is the region's ("the Amur region")
    ("Amur", "2011-08-24", "On Sunday Kim toured the Bureya hydroelectric plant in the Amur "
     "region.", None),
    # a title only one state's holder bears, before a name the knowledge base does not know,
    # is that other person's ("Pope Tawadros II" is not Pope Francis)
    ("Pope", "2017-12-12", "The Grand Imam and Pope Tawadros II of Alexandria declined to "
     "receive Mike Pence.", None),
    # a word of a longer place's name is no one's surname
    ("San", "2019-11-20", "The company moved from San Francisco to San Diego.", None),
])
def test_names_as_written(annotator: Annotator, mention: str, day: str, context: str | None,
                          expected: str | None) -> None:
    found = resolve(annotator.finder, annotator.nlp, mention, day, context)
    assert (found.actor.name if found else None) == expected


@pytest.mark.parametrize(("written", "expected"), [
    ("H.E. Anura Kumara Disanayaka", "Anura Kumara Disanayaka"),
    ("His Excellency Cyril Ramaphosa", "Cyril Ramaphosa"),
    ("Shri Vinay Mohan Kwatra", "Vinay Mohan Kwatra"),
    ("Dr. S. Jaishankar", "S. Jaishankar"),
    ("Smt. Droupadi Murmu", "Droupadi Murmu"),
    ("Mullah Abdul Salam Hanafi", "Abdul Salam Hanafi"),
    ("Datuk Seri Najib Tun Razak", "Najib Tun Razak"),
    ("Cde Emmerson Mnangagwa", "Emmerson Mnangagwa"),
    ("Mhe. Bernard Membe", "Bernard Membe"),
    ("Mawlawi Amir Khan Muttaqi", "Amir Khan Muttaqi"),
    ("Sheikh Hasina", "Hasina"),  # the caller tries the name as written first
    ("Dr.", "Dr."),
    ("Hiss Excellency", "Hiss Excellency"),
])
def test_strip_courtesy_titles(written: str, expected: str) -> None:
    assert strip(written) == expected


@pytest.mark.parametrize(("speaks_for", "expected"), [
    ("IND", "Subrahmanyam Jaishankar"),
    ("India", "Subrahmanyam Jaishankar"),
    (None, None),  # one sentence, no state named: unsure, so nobody
    ("XX", None),
])
def test_bare_title_of_the_state_a_source_speaks_for(annotator: Annotator,
                                                     speaks_for: str | None,
                                                     expected: str | None) -> None:
    from readout import nlp

    text = "External Affairs Minister called on him yesterday."
    [paragraphs] = nlp.parse_texts(annotator.nlp, [text], 1)
    [mentions] = annotator.finder.document(paragraphs, "2023-06-01", speaks_for)
    found = [m.actor.name for m in mentions if m.how == "home-title"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("masthead", "expected"), [
    ("Ministry of External Affairs\n\nGovernment of India\n\n", "Narendra Modi"),
    ("Government of India\n\n", "Narendra Modi"),
    ("Ministry of External Affairs\n\n", "Narendra Modi"),  # only India's ministry is so named
    ("Ministry of Foreign Affairs\n\n", None),  # many states' ministries are
    ("", None),
    # a line of the text, not a masthead
    ("The Government of India said on Tuesday that the two sides had agreed to meet again "
     "soon.\n\n", None),
])
def test_a_page_that_says_whose_government_published_it(annotator: Annotator, masthead: str,
                                                       expected: str | None) -> None:
    from readout import nlp

    text = (f"Joint Statement on the visit of the Prime Minister of India to Brunei Darussalam "
            f"in September\n\n{masthead}Prime Minister thanked the Sultan of Brunei for the "
            f"hospitality accorded to him.")
    paragraphs = nlp.parse_texts(annotator.nlp, [text], 1)[0]
    mentions = annotator.finder.document(paragraphs, "2024-09-04")
    found = [m.actor.name for found in mentions for m in found if m.how == "home-title"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Talks were held between Prime Minister and the Sultan.", ["Narendra Modi"]),
    ("The Sultan accorded a welcome to Prime Minister at the palace.", ["Narendra Modi"]),
    ("Prime Minister thanked the Sultan.", ["Narendra Modi"]),
    ("The Sultan met his Prime Minister.", []),  # someone else's prime minister
])
def test_a_bare_title_after_a_preposition(annotator: Annotator, sentence: str,
                                          expected: list[str]) -> None:
    from readout import nlp

    [paragraphs] = nlp.parse_texts(annotator.nlp, [sentence], 1)
    [mentions] = annotator.finder.document(paragraphs, "2024-09-04", "IND")
    assert [m.actor.name for m in mentions if m.how == "home-title"] == expected


@pytest.mark.parametrize(("masthead", "expected"), [
    # a state's formal name, in capitals, on a line of a masthead block of its own
    ("THE UNITED REPUBLIC OF TANZANIA\nDIRECTORATE OF PRESIDENTIAL COMMUNICATIONS\nSTATE "
     "HOUSE, DAR ES SALAAM\n\n", ["Bernard Membe"]),
    # a head of state's seat heading a release, with its capital
    ("STATE HOUSE, DAR ES SALAAM - 25th March, 2013\n\n", ["Bernard Membe"]),
    ("Dar es Salaam\n\n", []),  # a town alone says nothing
    # a bare state's name may be a news site's section: it says nothing
    ("World\nTanzania\n\n", []),
])
def test_a_release_under_a_state_s_formal_name(annotator: Annotator, masthead: str,
                                               expected: list[str]) -> None:
    from readout import nlp

    text = (f"{masthead}The Minister for Foreign Affairs described the visit as a new chapter "
            "in the relations between the two countries.")
    paragraphs = nlp.parse_texts(annotator.nlp, [text], 1)[0]
    mentions = annotator.finder.document(paragraphs, "2013-03-25")
    assert [m.actor.name for found in mentions for m in found if m.how == "home-title"] == (
        expected)


def test_a_surname_inside_a_building_s_name_is_nobody(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nNarendra Modi visited the Omar Ali Saifuddien Mosque and met "
                      "Hassanal Bolkiah in Bandar Seri Begawan.", "2024-09-04")
    names = {a.name for e in result.events for a in e.participants}
    assert "Irfaan Ali" not in names and "Hassanal Bolkiah" in names, result.events


@pytest.mark.parametrize(("text", "expected"), [
    ("At the invitation of His Majesty Sultan Haji Hassanal Bolkiah, Narendra Modi visited "
     "Brunei. His Majesty welcomed India's engagement with ASEAN.", ["Hassanal Bolkiah"]),
    # the first one the text styled so: a Kuwaiti readout's own emir, not his guest
    ("His Highness the Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah received His Highness "
     "Sheikh Mohammed bin Rashid Al Maktoum. His Highness then flew to Doha.",
     ["Sabah Al-Ahmad Al-Jaber Al-Sabah"]),
    # a prince's "Royal Highness" is a style of its own
    ("His Royal Highness Prince Haji Al-Muhtadee Billah met the guests. His Highness then "
     "left.", []),
    # no one styled so before
    ("Narendra Modi visited Brunei. His Majesty welcomed him.", []),
])
def test_a_royal_style_alone_is_the_first_so_styled(annotator: Annotator, text: str,
                                                    expected: list[str]) -> None:
    from readout import nlp

    paragraphs = nlp.parse_texts(annotator.nlp, [text], 1)[0]
    mentions = annotator.finder.document(paragraphs, "2024-09-04")
    assert [m.actor.name for found in mentions for m in found if m.how == "style"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the President of <a state>" is that state's, not the last president named
    ("President Dilma Rousseff was received by the President of the People's Republic of "
     "China, Hu Jintao, in Beijing.", []),
    ("President Dilma Rousseff was received by the President of the United States, Barack "
     "Obama, in Washington.", []),
    # a bare "of the Republic" says no state: the president named before
    ("President Dilma Rousseff arrived. The President of the Republic thanked the hosts.",
     ["Dilma Rousseff"]),
])
def test_the_president_of_a_state_is_no_anaphor(annotator: Annotator, text: str,
                                                 expected: list[str]) -> None:
    from readout import nlp

    [paragraphs] = nlp.parse_texts(annotator.nlp, [text], 1)
    [mentions] = annotator.finder.document(paragraphs, "2011-04-12")
    assert [m.actor.name for m in mentions if m.how == "descriptor"] == expected
