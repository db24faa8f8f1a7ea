"""Contact triggers: courtesy calls are meetings, appeals and phone calls are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("sentence", "expected"), [
    ("External Affairs Minister Subrahmanyam Jaishankar called on Prime Minister Sheikh "
     "Hasina on Monday.", [("meeting", {"Subrahmanyam Jaishankar", "Sheikh Hasina"})]),
    ("Indian Minister of External Affairs S. Jaishankar paid a courtesy call on President "
     "Prabowo Subianto on Friday.", [("meeting", {"Subrahmanyam Jaishankar",
                                                  "Prabowo Subianto"})]),
    # whatever the parser makes of the person called on
    ("Saudi Crown Prince Mohammed bin Salman wrapped up his visit on Monday after calling on "
     "President Dr Arif Alvi.", [("meeting", {"Mohammed bin Salman", "Arif Alvi"})]),
    ("Emmanuel Macron called on the Head of State, President Nikenike Vurobaravu, at State "
     "House.", [("meeting", {"Emmanuel Macron", "Nikenike Vurobaravu"})]),
    ("Joe Biden called Xi Jinping on Tuesday.", [("call", {"Joe Biden", "Xi Jinping"})]),
    ("The European Union called on Russia to withdraw its troops.", []),
    ("Joe Biden called on Monday for a ceasefire.", []),
    # Offered or demanded, a contact has not happened.
    ("Vladimir Putin offered to negotiate with Volodymyr Zelenskyy.", []),
    ("The European Union called for negotiations between Russia and Ukraine.", []),
    ("Israel is opposed to French mediation in peace negotiations with Syria.", []),
    # Bringing two people to a place is meeting them there; a host's banquet in honour of a
    # guest is a meeting with the guest; a reason to keep sides talking is no contact.
    ("On Wednesday, Recep Tayyip Erdogan brought Abiy Ahmed and Hassan Sheikh Mohamud to "
     "Ankara.", [("meeting", {"Recep Tayyip Erdoğan", "Abiy Ahmed", "Hassan Sheikh Mohamud"})]),
    ("Uhuru Kenyatta hosted a State Banquet in honour of President Samia Suluhu Hassan.",
     [("meeting", {"Uhuru Kenyatta", "Samia Suluhu Hassan"})]),
    ("Turkey had reasons to keep both sides talking.", []),
    # A counted stretch of contacts someone held is an event; years of talks are not.
    ("Ararat Mirzoyan and Jeyhun Bayramov held two days of talks in Berlin.",
     [("meeting", {"Ararat Mirzoyan", "Jeyhun Bayramov"})]),
    ("After years of talks between Ararat Mirzoyan and Jeyhun Bayramov, the text is ready.",
     []),
    ("Uhuru Kenyatta today concluded two days of talks with President Yoweri Museveni.",
     [("meeting", {"Uhuru Kenyatta", "Yoweri Museveni"})]),
    # Leaving without meeting is no meeting; a leader with their own government is no
    # diplomacy.
    ("Mohammad Javad Zarif left Biarritz on Sunday without meeting Donald Trump.", []),
    ("Nicolas Maduro met at the Miraflores Palace with his council of ministers and the "
     "governor of Tachira, Jose Vielma Mora.", []),
    # What a weak verb tells of the parties of a call just told is that call.
    ("Joe Biden and Xi Jinping held a virtual summit on Monday evening, discussing Taiwan.",
     [("call", {"Joe Biden", "Xi Jinping"})]),
    # A leader welcomed by a spouse, or a spouse welcomed, is no diplomacy; spouses who
    # come along to a meeting of two sides stay in it.
    ("At the airport Xi Jinping and Madam Peng Liyuan were greeted by the First Lady, Anne "
     "Malherbe.", []),
    ("The guests were hosted for dinner by Prime Minister Malcolm Turnbull and Mrs Lucy "
     "Turnbull.", []),
    ("Kim Jong Un and his wife Ri Sol-ju joined Moon Jae-in and first lady Kim Jung-sook for "
     "dinner.", [("meeting", {"Kim Jong Un", "Ri Sol-ju", "Moon Jae-in", "Kim Jung-sook"})]),
    # Speaking to the press in a capital is no contact with its state; announcing talks is
    # taking no part in them.
    ("Speaking to State House correspondents in Niamey, Muhammadu Buhari said the insurgency "
     "could only be defeated together.", []),
    ("Peter Stano, the EU's foreign affairs spokesperson, announced the Brussels crisis talks "
     "at the midday briefing.", []),
    # A practice or a tradition of contacts is no contact.
    ("Narendra Modi broke with the practice of Indian leaders pairing visits to Israel with a "
     "stop in the Palestinian territories.", []),
    # An envoy delivering a letter or a message meets the one it is for.
    ("Special envoy Ahmed Rufai Abubakar delivered a message from the Nigerian president to "
     "Cyril Ramaphosa in Pretoria on Friday.",
     [("meeting", {"Ahmed Rufai Abubakar", "Cyril Ramaphosa"})]),
    ("The minister delivered a message to the conference on Friday.", []),
    # A news agency reports a contact and takes no part in it.
    ("Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, KCNA said.",
     [("meeting", {"Kim Jong Un", "Vladimir Putin"})]),
    # What someone can do is no contact that happened.
    ("Turkey wants a partner on Gaza that can talk to Israel and Hamas alike.", []),
    ("Emmanuel Macron can't meet Vladimir Putin before the summit.", []),
    # Unlikely, ruled out, not planned at all, or only an invitation: no contact yet.
    ("Any meeting between Vladimir Putin and Volodymyr Zelenskyy is unlikely.", []),
    ("A meeting between Joe Biden and Xi Jinping has not been ruled out.", []),
    ("The Kremlin said there were no plans for Vladimir Putin to meet Volodymyr Zelenskyy.",
     []),
    ("Xi Jinping accepted an invitation to visit Moscow.", []),
    # Two private people talking is no diplomatic contact; an official without a knowledge
    # base entry is still one.
    ("It was the very first time Owen Dempsey and Jack Miller spoke.", []),
    ("Singer-guitarists Tom Johnston and Patrick Simmons will tour together and met the "
     "press on Monday.", []),
    ("Foreign Minister Kwame Asante met Ambassador Lena Brandt on Monday.",
     [("meeting", {"Kwame Asante", "Lena Brandt"})]),
    # Being at an organisation's gathering is no contact with the organisation.
    ("At the recent United Nations Climate Action Summit, Narendra Modi pledged to double "
     "solar capacity.", []),
    ("Xi Jinping and Joe Biden met at the APEC summit in San Francisco on Thursday.",
     [("meeting", {"Xi Jinping", "Joe Biden"})]),
    # Talks named by their subject with nothing making them take place: a process.
    ("A muddled view of US-China trade talks is weighing on investors.", []),
    ("Trade talks between the US and China resumed on Monday.",
     [("meeting", {"United States", "China"})]),
    # A series or a process is not one contact; a meeting of some hours is.
    ("China and Russia have held regular consultations on Afghanistan.", []),
    ("Negotiations between the EU and Mercosur have dragged on for two decades.", []),
    ("Antony Blinken met Wang Yi for three hours on Monday.",
     [("meeting", {"Antony Blinken", "Wang Yi"})]),
    ("Xi Jinping and Vladimir Putin held their annual summit in Moscow on Monday.",
     [("meeting", {"Xi Jinping", "Vladimir Putin"})]),
    # Naming someone is not phoning them; a lone name after "called" is.
    ("Joe Biden called Vladimir Putin a killer.", []),
    ("Xi Jinping called Putin on Monday.", [("call", {"Xi Jinping", "Vladimir Putin"})]),
    # Two people signing together in a named place met there; two states need not have.
    ("Alexis Tsipras and Zoran Zaev signed the agreement at Lake Prespa on Sunday.",
     [("meeting", {"Alexis Tsipras", "Zoran Zaev"})]),
    ("Russia and China signed a gas deal in Beijing in 2014.", []),
    # an honorific marks a person, whatever the recogniser typed the name as
    ("The pact builds on the accord that Mr Albanese and James Marape signed in Canberra in "
     "August.", [("meeting", {"Anthony Albanese", "James Marape"})]),
    # agreeing in a place told by a "where" clause; signing with someone in a place
    ("Mustafa al-Kadhimi hosted a conference. Last month he was at the White House, where he "
     "and President Joe Biden agreed that US combat forces would leave Iraq.",
     [("meeting", {"Mustafa al-Kadhimi", "Joe Biden"})]),
    ("Abiy Ahmed signed a memorandum of understanding in Addis Ababa on Monday with Somali "
     "President Hassan Sheikh Mohamud.",
     [("meeting", {"Abiy Ahmed", "Hassan Sheikh Mohamud"})]),
    ("Russia signed a gas deal with China in Beijing in 2014.", []),
    # the people an agreement was signed by, in a place; one signed with a person anywhere
    ("The agreement was signed in Pretoria by Vladimir Putin and Xi Jinping on Wednesday.",
     [("meeting", {"Vladimir Putin", "Xi Jinping"})]),
    ("The letter was signed by Vladimir Putin and Xi Jinping on Wednesday.", []),
    ("He spoke of the declaration that Nawaz Sharif signed with Narendra Modi on Friday.",
     [("meeting", {"Nawaz Sharif", "Narendra Modi"})]),
    ("Nawaz Sharif signed a decree on Friday.", []),
    # two people who sign one text as joint subjects sign it side by side; a letter, apart
    ("Hillary Clinton and Murray McCully yesterday signed the Wellington Declaration.",
     [("meeting", {"Hillary Clinton", "Murray McCully"})]),
    ("Emmanuel Macron and Olaf Scholz signed a joint letter to the Commission on Monday.", []),
    ("In Ashgabat on Friday, Shinzo Abe and Turkmen President Gurbanguly Berdimuhamedov "
     "witnessed the signing of deals.",
     [("meeting", {"Shinzo Abe", "Gurbanguly Berdimuhamedow"})]),
    ("South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida laid "
     "flowers together on Sunday at the memorial.",
     [("meeting", {"Yoon Suk Yeol", "Fumio Kishida"})]),
    # the members listed after a group met with, one by one when the meetings were
    ("Vladimir Putin held one-on-one meetings with several leaders, among them Muhammadu "
     "Buhari and Faustin-Archange Touad\u00e9ra of the Central African Republic.",
     [("meeting", {"Vladimir Putin", "Muhammadu Buhari"}),
      ("meeting", {"Vladimir Putin", "Faustin-Archange Touad\u00e9ra"})]),
    # A visit to several states is a visit to each.
    ("Dmitry Medvedev toured Egypt, Nigeria, Namibia and Angola in June.",
     [("meeting", {"Dmitry Medvedev", "Egypt"}), ("meeting", {"Dmitry Medvedev", "Nigeria"}),
      ("meeting", {"Dmitry Medvedev", "Namibia"}), ("meeting", {"Dmitry Medvedev", "Angola"})]),
    # Travelling to see someone is meeting them.
    ("On Thursday Viktor Orban flew to Florida to see Donald Trump at Mar-a-Lago.",
     [("meeting", {"Viktor Orbán", "Donald Trump"})]),
    ("Viktor Orban went to see a doctor.", []),
    # Spoke with someone, with no place and nothing in person: by phone.
    ("Naftali Bennett spoke on Sunday with Emmanuel Macron.",
     [("call", {"Naftali Bennett", "Emmanuel Macron"})]),
    ("Naftali Bennett spoke with Emmanuel Macron in Paris on Sunday.",
     [("meeting", {"Naftali Bennett", "Emmanuel Macron"})]),
    # Called to do something for someone: a call to that someone.
    ("Joe Biden called to congratulate Recep Tayyip Erdogan on Sunday.",
     [("call", {"Joe Biden", "Recep Tayyip Erdoğan"})]),
    ("Joe Biden called to discuss the situation.", []),
    # An infinitive the tagger took for a noun.
    ("Joko Widodo was among the first leaders to telephone Anwar Ibrahim on Monday.",
     [("call", {"Joko Widodo", "Anwar Ibrahim"})]),
    # Nominal contacts.
    ("Israel and Lebanon renewed negotiations on Monday on a troop pullback.",
     [("meeting", {"Israel", "Lebanon"})]),
    ("Emmanuel Macron gave a warm welcome on Monday to Cyril Ramaphosa.",
     [("meeting", {"Emmanuel Macron", "Cyril Ramaphosa"})]),
    # A title names the state of someone the knowledge base does not know: one government.
    ("William Ruto met Kenya's Deputy President Rigathi Gachagua on Monday.", []),
    # An organisation in the title of the person met is not a party of its own.
    ("William Ruto held a meeting with the African Union Commission chairperson, Moussa "
     "Faki Mahamat.", [("meeting", {"William Ruto", "Moussa Faki Mahamat"})]),
    # A mediator who brings leaders together meets them.
    ("Barack Obama brought Shinzo Abe and Park Geun-hye together in The Hague on Monday.",
     [("meeting", {"Barack Obama", "Shinzo Abe", "Park Geun-hye"})]),
    # "call" that names something is no phone call.
    ("Boris Johnson sat down with Leo Varadkar for breakfast, and their negotiators are now "
     "in what officials like to call 'the tunnel'.",
     [("meeting", {"Boris Johnson", "Leo Varadkar"})]),
    # ... nor one that names a thing after its subject ("the two governments called the
    # Guanajuato Proposal"), nor "speak with one voice", which is to no one
    ("In a statement the two governments called the Guanajuato Proposal, George W. Bush and "
     "Vicente Fox set up a group on migration.", []),
    ("\"When China and India speak with one voice, the world will listen,\" said Wen Jiabao.",
     []),
    # ... nor the noun "call" parsed as a modifier ("what the six call terrorism")
    ("Jiang Zemin, Vladimir Putin and Islam Karimov signed the declaration in Shanghai on "
     "Friday, with a convention on fighting what the six call terrorism.",
     [("meeting", {"Jiang Zemin", "Vladimir Putin", "Islam Karimov"})]),
    # A call word in a clause or an aside hung on a meeting is about another contact.
    ("The call came a day after Kuwait's emir, Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah, who "
     "has led mediation efforts since June, met Donald Trump at the White House.",
     [("meeting", {"Sabah Al-Ahmad Al-Jaber Al-Sabah", "Donald Trump"})]),
    ("Emmanuel Macron met Olaf Scholz in Paris on Monday, their second meeting since their "
     "first telephone talk.", [("meeting", {"Emmanuel Macron", "Olaf Scholz"}),
                               ("call", {"Emmanuel Macron", "Olaf Scholz"})]),
    # Sitting face to face is meeting.
    ("Irfaan Ali and Nicolas Maduro sat across the table from each other at Argyle "
     "International Airport on Thursday.", [("meeting", {"Irfaan Ali", "Nicolás Maduro"})]),
    # A call "from" a place came from there; only a person "from" whom it came took part.
    ("Narendra Modi received a phone call from Kabul on Monday.", []),
    # In the calendar, not yet held; a state an envoy is posted to is no party.
    ("A meeting between William Ruto and Abiy Ahmed has been pencilled in for April.", []),
    ("Officials are preparing for a visit by Abiy Ahmed to Nairobi.", []),
    ("William Ruto met Kenya's ambassador to Ethiopia on Monday.", []),
    # "State House" is the seat of many presidents, not a party: a leader and his ministers.
    ("Yahya Jammeh held a meeting with his few remaining ministers at State House on "
     "Thursday.", []),
    # The one who leads a delegation takes part for the body that sent it.
    ("General Abdourahamane Tchiani received a delegation of the Economic Community of West "
     "African States led by General Abdulsalami Abubakar on Saturday.",
     [("meeting", {"Abdourahamane Tchiani", "Abdulsalami Abubakar"})]),
    # What a contact was about is no party to it, though the parser hangs it on the person
    # met; those a meeting included are.
    ("Barack Obama met Turkish Prime Minister Recep Tayyip Erdogan, mostly about Syria and "
     "Iran.", [("meeting", {"Barack Obama", "Recep Tayyip Erdoğan"})]),
    ("Barack Obama held talks with Recep Tayyip Erdogan, mostly about Syria and Iran.",
     [("meeting", {"Barack Obama", "Recep Tayyip Erdoğan"})]),
    ("Barack Obama met several leaders, including Recep Tayyip Erdogan and Vladimir Putin.",
     [("meeting", {"Barack Obama", "Recep Tayyip Erdoğan", "Vladimir Putin"})]),
    # The one under whose auspices rivals signed took part.
    ("Abdullah bin Abdulaziz Al Saud brought the rivals together. On Thursday, under his "
     "auspices, Mahmoud Abbas and Khaled Meshaal signed the agreement.",
     [("meeting", {"Abdullah bin Abdulaziz Al Saud", "Mahmoud Abbas", "Khaled Meshaal"})]),
    # Two surnames joined by a hyphen name the two sides.
    ("The Biden-Kishida talks in Tokyo covered defence and trade.",
     [("meeting", {"Joe Biden", "Fumio Kishida"})]),
    # An interview with an outlet is not a contact.
    ("Speaking to state broadcaster SABC after the meeting, Cyril Ramaphosa said the talks "
     "went well.", []),
])
def test_triggers(annotate, sentence: str, expected: list[tuple[str, set[str]]]) -> None:  # type: ignore[no-untyped-def]
    text = "Title\n" + sentence
    result = annotate(text, "2022-09-06")
    found = [(e.type, {a.name for a in e.participants}) for e in result.events
             if e.status == "happened"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hassan Sheikh Mohamud and Abiy Ahmed fell out in January. In December, Recep Tayyip "
     "Erdogan brought the two men together in Ankara.",
     [("meeting", {"Recep Tayyip Erdoğan", "Hassan Sheikh Mohamud", "Abiy Ahmed"})]),
    # a call is between two: one call to each of the pair
    ("Hun Manet and Srettha Thavisin traded accusations. Anwar Ibrahim telephoned both "
     "leaders on Thursday night.",
     [("call", {"Anwar Ibrahim", "Hun Manet"}), ("call", {"Anwar Ibrahim", "Srettha Thavisin"})]),
    # "between the two ministers": the pair told before, as the object of "between"
    ("Sergey Lavrov and Antony Blinken met in Reykjavik on Wednesday.\n\nThe meeting was "
     "preceded by a telephone conversation between the two ministers on 12 May.",
     [("meeting", {"Sergey Lavrov", "Antony Blinken"}),
      ("call", {"Sergey Lavrov", "Antony Blinken"})]),
])
def test_the_pair_told_before_as_object(annotate, text: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, set[str]]]) -> None:
    result = annotate(text, "2024-01-11")
    assert [(e.type, {a.name for a in e.participants}) for e in result.events] == expected


def test_a_bare_the_two_is_the_pair_its_sentence_named(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nNarendra Modi arrived in Port of Spain on Thursday.\n\nHe later drove to "
            "President's House, where President Christine Kangaloo conferred the award on him "
            "and the two held a brief meeting.")
    result = annotate(text, "2025-07-05")
    assert any({a.name for a in e.participants} == {"Narendra Modi", "Christine Kangaloo"}
               for e in result.events), result.events


@pytest.mark.parametrize(("text", "day", "pair"), [
    # "the visitor" is the guest of the dateline's state
    ("Title\nNEW DELHI, Sept 9 (Wire) - Ariel Sharon arrived on Monday for a three-day "
     "visit.\n\nOn Tuesday Atal Bihari Vajpayee held talks with his Israeli counterpart. "
     "Yashwant Sinha also held a meeting with the visitor later in the day.", "2003-09-09",
     {"Yashwant Sinha", "Ariel Sharon"}),
    # a king of two states is the one of the dateline, after a standfirst, a byline and a date
    ("King Abdullah receives Egypt's Morsi\n\nTalks on trade and workers\n\nBy Staff "
     "Writer\n\nThursday 12 July 2012\n\nJEDDAH - King Abdullah received Egyptian President "
     "Mohamed Morsi at his palace yesterday.", "2012-07-12",
     {"Abdullah bin Abdulaziz Al Saud", "Mohamed Morsi"}),
])
def test_the_home_state_tells_who_is_meant(annotate, text: str, day: str,  # type: ignore[no-untyped-def]
                                           pair: set[str]) -> None:
    people = [{a.name for a in e.participants} for e in annotate(text, day).events]
    assert pair in people, people


def test_they_are_the_pair_their_own_sentence_named(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nJoe Biden spoke to Justin Trudeau on Friday, his first call with a foreign "
            "leader.\n\nAndres Manuel Lopez Obrador was one of the last leaders to congratulate "
            "Biden, and they first spoke on Dec. 19.")
    result = annotate(text, "2021-01-22")
    people = [({a.name for a in e.participants}, e.date) for e in result.events]
    assert ({"Andrés Manuel López Obrador", "Joe Biden"}, "2020-12-19") in people, people


@pytest.mark.parametrize(("text", "party", "expected"), [
    # two days joined by "and" are two contacts
    ("Vladimir Putin and Joe Biden spoke by telephone on 26 January and on 13 April.",
     "Joe Biden", ["2021-01-26", "2021-04-13"]),
])
def test_a_contact_on_each_day_joined_by_and(annotate, text: str, party: str,  # type: ignore[no-untyped-def]
                                             expected: list[str]) -> None:
    result = annotate(f"Title\nSergey Lavrov met Antony Blinken on Wednesday.\n\n{text}",
                      "2021-05-20")
    found = [e.date for e in result.events if party in {a.name for a in e.participants}]
    assert found == expected, found


def test_talk_after_a_call_goes_on_with_the_call(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Prime Minister Yoshihide Suga held a telephone talk with President Moon "
                      "Jae-in on Thursday. The two leaders also exchanged views on the response "
                      "to COVID-19.", "2020-09-24")
    assert [(e.type, len(e.participants)) for e in result.events] == [("call", 2)]


def test_they_and_the_people_named_with_them(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nIlham Aliyev and Nikol Pashinyan met in Granada on Thursday. They met with "
            "Charles Michel in Brussels in July.")
    result = annotate(text, "2023-10-06")
    people = [{a.name for a in e.participants} for e in result.events]
    assert {"Ilham Aliyev", "Nikol Pashinyan", "Charles Michel"} in people


def test_a_with_each_is_a_contact_each(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nNaftali Bennett spoke on Sunday with French President Emmanuel Macron and "
            "with German Chancellor Olaf Scholz.")
    result = annotate(text, "2022-03-07")
    assert sorted(sorted(a.name for a in e.participants) for e in result.events) == [
        ["Emmanuel Macron", "Naftali Bennett"], ["Naftali Bennett", "Olaf Scholz"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Antony Blinken spent more than seven hours with Foreign Minister Qin Gang.",
     [{"Antony Blinken", "Qin Gang"}]),
    ("Joe Biden spent the day with his family.", []),
    ("Kazakh President Kassym-Jomart Tokayev joined Xi Jinping in Xi'an.",
     [{"Kassym-Jomart Tokayev", "Xi Jinping"}]),
    ("Finland joined NATO in April.", []),
    # days spent in a place are a visit to it; a line of holders is not today's holder
    ("The last American president to visit, Bill Clinton, spent five days in India in March "
     "2000.", [{"Bill Clinton", "India"}]),
    ("Joe Biden spent the weekend at home.", []),
    # a person who came or went to a place visited it; a state or a statement did not
    ("Mr Xi himself came to Myanmar in December 2009.", [{"Xi Jinping", "Myanmar"}]),
    ("Sheikh Hasina went to New Delhi in January 2010.", [{"Sheikh Hasina", "India"}]),
    ("Azerbaijan came to Vienna with a constructive approach.", []),
    ("The statement came during Vladimir Putin's visit to Beijing.",
     [{"Vladimir Putin", "China"}]),
])
def test_time_spent_with_and_joining_someone(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                             expected: list[set[str]]) -> None:
    text = "Title\n" + sentence
    result = annotate(text, "2023-06-19")
    assert [{a.name for a in e.participants} for e in result.events] == expected


def test_a_when_clause_dates_its_main_clause(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nWhen Xi Jinping visited Moscow in March 2023, he held talks with "
                      "Vladimir Putin.", "2024-03-15")
    assert [({a.name for a in e.participants}, e.date) for e in result.events] == [
        ({"Xi Jinping", "Vladimir Putin"}, "2023-03")]


def test_a_when_clause_after_a_date_is_dated_by_it(annotate) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the clause on "visit"; the emperor's title inside his name is no
    # second, reigning emperor
    result = annotate("Title\nShigeru Ishiba hosted Lula on Wednesday.\n\nIt is Lula's first "
                      "visit since 2005, when, in his first term, he was received by Emperor "
                      "Akihito and held talks with then Prime Minister Junichiro Koizumi.",
                      "2025-03-26")
    assert [({a.name for a in e.participants}, e.date) for e in result.events][1:] == [
        ({"Luiz Inácio Lula da Silva", "Akihito"}, "2005"),
        ({"Luiz Inácio Lula da Silva", "Junichiro Koizumi"}, "2005")]


def test_an_after_clause_takes_the_month_of_what_followed(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nThe two militaries will resume contacts that Beijing broke off in August "
            "2022 after then-House Speaker Nancy Pelosi visited Taiwan.")
    result = annotate(text, "2023-11-15")
    [event] = result.events
    assert (event.date, event.background) == ("2022-08", True)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Wang Yi met Antony Blinken in Jakarta on Thursday. Recalling their meeting in Beijing "
     "last month, Wang said the two sides should keep talking.", "2023-07-14",
     ("2023-06", "Beijing", {"Wang Yi", "Antony Blinken"})),
    ("Rishi Sunak met Emmanuel Macron in Paris on Friday. The Prime Minister recalled their "
     "first meeting at COP27 in Sharm el-Sheikh in November.", "2023-09-10",
     ("2022-11", "Sharm el-Sheikh", {"Rishi Sunak", "Emmanuel Macron"})),
])
def test_their_meeting_is_of_the_pair_just_named(annotate, text: str, published: str,  # type: ignore[no-untyped-def]
                                                 expected: tuple[str, str, set[str]]) -> None:
    """A subject that is one of "their" pair does not stop "their" meaning the pair."""
    result = annotate("Title\n" + text, published)
    found = [(e.date, e.location.name if e.location else None, {a.name for a in e.participants})
             for e in result.events]
    assert expected in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # no place and nothing in person in its own clause: by phone
    ("Naftali Bennett spoke on Sunday with French President Emmanuel Macron, whom he had seen in "
     "Berlin on Saturday.", "call"),
    ("Vance had spoken to Prime Minister Narendra Modi on Friday, officials said.", "call"),
    ("Jaishankar, who said he spoke with Marco Rubio on Saturday, posted that India would "
     "respond.", "call"),
    # "a telephone talk", as Japan's foreign ministry writes it
    ("Prime Minister Yoshihide Suga held a telephone talk with President Moon Jae-in on "
     "Thursday.", "call"),
    # a place or an occasion of its own: in person
    ("Narendra Modi spoke with Vladimir Putin in Samarkand on Friday.", "meeting"),
    # talking alone is in person; a call word in a clause joined to it is about that clause
    ("Néstor Kirchner and Lula da Silva talked alone for more than three hours, and their "
     "foreign ministers were called in only towards the end.", "meeting"),
    ("Joe Biden spoke with Recep Tayyip Erdogan on the sidelines of the NATO summit.",
     "meeting"),
    # face to face, in private, in an encounter: in person
    ("Antony Blinken and Sergey Lavrov spoke face to face for ten minutes on Thursday.",
     "meeting"),
    ("Antony Blinken also spoke briefly with Qin Gang, their first face-to-face encounter.",
     "meeting"),
    ("Jacques Chirac and Abdelaziz Bouteflika spent their private conversation on Iraq.",
     "meeting"),
])
def test_speaking_with_someone_from_afar_is_a_call(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                                    expected: str) -> None:
    result = annotate("Title\n" + sentence, "2025-05-11")
    assert [e.type for e in result.events] == [expected]


def test_a_call_in_a_clause_joined_by_and_is_its_own(annotate) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\nAlexis Tsipras and Zoran Zaev first met in Davos in January, and "
                      "sealed the deal in a telephone call on 12 June.", "2018-06-17")
    assert sorted((e.type, e.date) for e in result.events) == [("call", "2018-06-12"),
                                                                ("meeting", "2018-01")]


def test_undated_text_tells_the_past_by_its_officers_terms(annotator) -> None:  # type: ignore[no-untyped-def]
    """No publication date, but "President Katerina Sakellaropoulou" was written in 2020 or
    later: a meeting in 2019 is past context."""
    from readout.records import Annotation, Document
    text = ("Title\nRecep Tayyip Erdogan called on President Katerina Sakellaropoulou. He and "
            "Kyriakos Mitsotakis first met in New York in September 2019.")
    document = Document(id="d", path="d.txt", title="", text=text, raw_text=text,
                        original=text.encode(), media_type="text/plain")
    [result] = list(annotator.annotate([document]))
    assert isinstance(result, Annotation) and result.document.published is None
    assert [(e.date, e.background) for e in result.events if e.date == "2019-09"] == [
        ("2019-09", True)]


def test_separate_talks_with_two_people_of_one_state_are_two_meetings(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nIn Bishkek on Monday, Shinzo Abe held separate talks with Kyrgyz President "
            "Almazbek Atambayev and Prime Minister Temir Sariev.")
    result = annotate(text, "2015-10-27")
    assert sorted((sorted(a.name for a in e.participants), e.location.name if e.location
                   else None) for e in result.events) == [
        (["Almazbek Atambayev", "Shinzo Abe"], "Bishkek"),
        (["Shinzo Abe", "Temir Sariyev"], "Bishkek")]


@pytest.mark.parametrize("sentence", [
    # the visitor is "his" in "his counterpart", not a third party of the talks
    "Saudi Foreign Minister Adel al-Jubeir flew into Baghdad on Saturday and held talks with "
    "Iraqi Prime Minister Haider al-Abadi and his counterpart Ibrahim al-Jaafari.",
    "Adel al-Jubeir held talks in Baghdad on Saturday with Prime Minister Haider al-Abadi and "
    "Foreign Minister Ibrahim al-Jaafari.",
])
def test_a_visitor_meets_two_people_of_one_state_one_by_one(annotate, sentence: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2017-02-26")
    assert sorted(sorted(a.name for a in e.participants) for e in result.events) == [
        ["Adel al-Jubeir", "Haider al-Abadi"], ["Adel al-Jubeir", "Ibrahim al-Jaafari"]]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the conversation" is the meeting just told, not a call besides it
    ("Mevlut Cavusoglu met Sigmar Gabriel in Berlin on Wednesday; both described the "
     "conversation as difficult.", [("meeting", "2017-03-08")]),
    # a conversation with a day of its own is another contact
    ("Mevlut Cavusoglu met Sigmar Gabriel in Berlin on Wednesday, a week after the two men "
     "had a conversation on February 28.", [("meeting", "2017-03-08"), ("call", "2017-02-28")]),
])
def test_a_contact_pointed_back_to_in_its_own_sentence(annotate, sentence: str,  # type: ignore[no-untyped-def]
                                                       expected: list[tuple[str, str]]) -> None:
    result = annotate("Title\n" + sentence, "2017-03-11")
    assert sorted((e.type, e.date) for e in result.events) == sorted(expected), result.events


def test_a_conversation_with_no_place_is_a_call(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nAngela Merkel spoke to Alexander Lukashenko for about 50 minutes on Monday "
            "evening, in the first conversation between a Western leader and him in a year.")
    result = annotate(text, "2021-11-16")
    assert [e.type for e in result.events] == ["call"]


@pytest.mark.parametrize("sentence", [
    "Sergey Lavrov and Qin Gang met in Goa under the chairmanship of Indian External Affairs "
    "Minister S. Jaishankar.",
    "A meeting of Sergey Lavrov and Qin Gang was held in Goa under the chairmanship of Indian "
    "External Affairs Minister S. Jaishankar.",
])
def test_the_chair_takes_part(annotate, sentence: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2023-05-06")
    assert any("Subrahmanyam Jaishankar" in {a.name for a in e.participants}
               for e in result.events)


def test_the_two_ministers_are_the_last_ministers_to_meet_though_in_the_past(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nDays later Nancy Pelosi flew to Yerevan and met Nikol Pashinyan.\n\n"
            "Antony Blinken brought together Ararat Mirzoyan and Jeyhun Bayramov in New York "
            "on 19 September. The two ministers met again in Geneva on Sunday.")
    result = annotate(text, "2022-10-07")
    [again] = [e for e in result.events if e.location and e.location.name == "Geneva"]
    assert {"Ararat Mirzoyan", "Jeyhun Bayramov"} <= {a.name for a in again.participants}
