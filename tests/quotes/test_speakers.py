"""Who said it: attribution patterns of wire copy, readouts and analysis pieces.

Each row is a short news text, a fragment of one of its quotes and the speaker that quote
must get (canonical name for known actors, the name as written for others). The texts are
our own; the patterns are the common ones of English news.
"""

from __future__ import annotations

import pytest

DAY = "2024-05-06"

CASES = [
    # A live blog's entry: "he" is the one person the entry named, as an object, not the
    # subject of the entry before it.
    ('Sean McCormack, the State Department spokesman, called the deal "a good step".\n'
     'Pool video from a lunch shows Roh Moo-hyun in a reflective mood. "We did not agree on '
     'everything this morning," he said.', "did not agree", "Roh Moo-hyun"),
    # A hyphened family name said again is the person named with it, not a known person
    # whose name is its first part (To Lam).
    ('Dr Harriet Lam-Okonkwo, a China specialist at a Sydney university, said both sides '
     'wanted calm. "The sanctions were the price of admission," Dr Lam-Okonkwo said.',
     "price of admission", "Harriet Lam-Okonkwo"),
    # A name after "Dr" is a person's, though the recogniser took it for a place; "she"
    # next is her, not a woman named before.
    ('Sushma Swaraj met her African counterparts. Dr Ifeoma Okafor-Rasmussen, a senior '
     'fellow at a Lagos policy institute, said the pledge was welcome. "India has made large '
     'promises before," she said.', "large promises", "Ifeoma Okafor-Rasmussen"),
    # The name in apposition to "a spokeswoman for X" speaks, not X.
    ('A spokeswoman for Felix Tshisekedi, Tina Salama, said: "The president came at the '
     'emir\'s invitation."', "emir's invitation", "Tina Salama"),
    # The name in apposition after "the chairman of a party" speaks, not the party the
    # parser hangs it on; and "he" in the next sentence is that chairman.
    ('The chairman of the opposition Chadema party, Freeman Mbowe, said the loan was '
     '"far too costly for a poor country".', "far too costly", "Freeman Mbowe"),
    ('President Jakaya Kikwete opened the road. The chairman of the opposition Chadema '
     'party, Freeman Mbowe, said the loan was costly. "We will pay for this for decades," he '
     'said.', "We will pay for this", "Freeman Mbowe"),
    # ... and the name after a title ("The Foreign Office Spokesman, Mr. Masood Khan")
    ('The Foreign Office Spokesman, Mr. Masood Khan, said the bus would "bring the two '
     'peoples closer".', "two peoples closer", "Masood Khan"),
    # "she" is the woman the text named, known as a woman by the word it gave her.
    ('Felix Tshisekedi flew to Oyo, where Sassou Nguesso received him. A spokeswoman for '
     'Tshisekedi, Tina Salama, said the talks went well. "The president wants peace, but not '
     'at any price," she said.', "not at any price", "Tina Salama"),
    # a given name alone as the subject: the one person named so who is not in the
    # knowledge base
    ('The deal was signed by Redwan Hussien after talks mediated by Olusegun Obasanjo. '
     '"This is the beginning," Obasanjo said.\nRedwan said the government was committed. '
     '"Today we choose peace," he said.', "choose peace", "Redwan Hussien"),
    # a foreign ministry named by its seat speaks as the ministry
    ('Barack Obama called off his visit to Malaysia. Wisma Putra said in a statement that it '
     '"regrets but fully understands" the decision.', "fully understands",
     "Ministry of Foreign Affairs of Malaysia"),
    # "the note added": the author of the note the text named
    ("In a note issued in the afternoon, Brazil's Foreign Ministry said the two presidents "
     "had spoken. The note added that \"the leaders agreed to maintain a fluid dialogue.\"",
     "fluid dialogue", "Ministry of Foreign Affairs of Brazil"),
    # -- the speaker after the quote ---------------------------------------------------
    # a surname two people share: the one named before it, not a leader named later
    ('Foreign Secretary Sujatha Singh briefed reporters.\n"Pakistan must act," Singh said.\n'
     'Sharif last met Manmohan Singh in New York in September.', "must act", "Sujatha Singh"),
    # someone the knowledge base does not know, later called by the given name
    ('The deal was signed by Getachew Reda, a spokesman for the rebels. "We are ready to '
     'implement it," Getachew said.', "ready to implement", "Getachew Reda"),
    ('Talks were led by Sergey Lavrov and Maria Zakharova. "We are ready to talk," Lavrov '
     'said.', "ready to talk", "Sergey Lavrov"),
    ('"We will not back down under pressure," Lavrov said.', "back down",
     "Sergey Lavrov"),
    ('"We will not back down under pressure," said Sergey Lavrov, Russia\'s foreign '
     'minister.', "back down", "Sergey Lavrov"),
    ('"Australia wants a region where no country dominates," Foreign Minister Penny Wong '
     'said on Tuesday.', "no country dominates", "Penny Wong"),
    ('"The contacts will continue at the working level," Kremlin spokesman Dmitry Peskov '
     'told reporters.', "working level", "Dmitry Peskov"),
    ('"Nobody wins a trade war, and nobody should start one," Wang Yi told CNN in an '
     'interview.', "Nobody wins", "Wang Yi"),
    ('"The West has learned nothing from its own history," Maria Zakharova wrote on '
     'Telegram.', "learned nothing", "Maria Zakharova"),
    ('"We must act before the window closes," said Guterres, who was speaking in New York.',
     "window closes", "António Guterres"),
    ('"Turkey will keep every channel open," Fidan, the Turkish foreign minister, said.',
     "every channel", "Hakan Fidan"),
    ('"We talked about trade, tourism and the climate," Albanese added.', "tourism",
     "Anthony Albanese"),
    ('"Our people want factories and jobs at home," Tokayev told state broadcaster '
     'Khabar 24.', "factories and jobs", "Kassym-Jomart Tokayev"),
    ('"The ceasefire is holding, and we intend to keep it that way," Antony Blinken said '
     'on Monday, adding that aid deliveries would resume.', "ceasefire is holding",
     "Antony Blinken"),
    # The small parser gives the verb no subject when a sentence opens with a quote.
    ('Donald Trump spoke to Xi Jinping on Friday.\n"We had a very good call," Trump posted '
     'on Truth Social.', "very good call", "Donald Trump"),
    # -- the speaker before the quote ---------------------------------------------------
    ('Kenyan President William Ruto told the summit: "Africa will not be a battleground '
     'for others."', "battleground", "William Ruto"),
    ('Zelenskyy wrote on X: "Ukraine is grateful to every partner who stands with us."',
     "grateful", "Volodymyr Zelenskyy"),
    ('Ruto, speaking at State House in Nairobi, said: "Kenya is open for business."',
     "open for business", "William Ruto"),
    ('Asked about the talks, Peskov said: "It is too early to speak of results."',
     "too early", "Dmitry Peskov"),
    ('Narendra Modi said: "The world is one family, and India will act like it."',
     "one family", "Narendra Modi"),
    # -- according to, quoted as saying ------------------------------------------------
    ('"The talks were constructive and businesslike," according to Yuri Ushakov, a '
     'Kremlin aide.', "constructive and businesslike", "Yuri Ushakov"),
    ('Xinhua quoted Xi Jinping as saying that China "will never seek hegemony".',
     "never seek hegemony", "Xi Jinping"),
    ('"Russia is ready for negotiations without preconditions," TASS quoted Lavrov as '
     'saying.', "without preconditions", "Sergey Lavrov"),
    ('Peskov was quoted by the RIA news agency as saying: "Nothing has been agreed yet."',
     "Nothing has been agreed", "Dmitry Peskov"),
    # -- pronouns and descriptors that refer back ---------------------------------------
    ('Indian Prime Minister Narendra Modi arrived in Kyiv on Friday.\n"India has never '
     'been neutral. We are on the side of peace," he said.', "never been neutral",
     "Narendra Modi"),
    ('Foreign Minister Penny Wong met Wang Yi in Canberra on Wednesday.\n"We will '
     'cooperate where we can and disagree where we must," she told reporters.',
     "cooperate where we can", "Penny Wong"),
    ('Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on '
     'Monday.\n"Our border must be a bridge, not a wall," the Kenyan leader said.',
     "bridge, not a wall", "William Ruto"),
    ('Russian Foreign Minister Sergey Lavrov held talks with Wang Yi in Beijing.\n"We '
     'see eye to eye on the main questions," the Russian minister said.', "eye to eye",
     "Sergey Lavrov"),
    ('Chinese foreign ministry spokesperson Mao Ning was asked about the visit at a '
     'regular briefing.\n"China welcomes all efforts for peace," the spokesperson said.',
     "welcomes all efforts", "Mao Ning"),
    ('"The two sides must manage their differences," the Chinese foreign minister told '
     'reporters in Beijing.', "manage their differences", "Wang Yi"),
    ('Scholz hosted French President Emmanuel Macron in Berlin on Tuesday. Macron said '
     'Europe had to spend more on defence.\n"We cannot depend on others for our '
     'security," he said.', "depend on others", "Emmanuel Macron"),
    # capitalised names inside words someone said keep them a quote
    ('Mette Frederiksen said Greenland was "not Danish, it is Greenlandic".', "not Danish",
     "Mette Frederiksen"),
    # -- statements and "it added" ------------------------------------------------------
    ('Russia\'s foreign ministry said in a statement that the talks had been useful. "The '
     'sides agreed to continue contacts at all levels," it added.',
     "continue contacts", "Ministry of Foreign Affairs of Russia"),
    ('The Chinese foreign ministry issued a statement after the call.\n"China firmly '
     'opposes any interference in its internal affairs," the statement said.',
     "firmly opposes", "Ministry of Foreign Affairs of China"),
    ('"China firmly opposes any interference in its internal affairs," China\'s foreign '
     'ministry said in a statement.', "firmly opposes",
     "Ministry of Foreign Affairs of China"),
    ('"The agency has still not been granted access to the site," the International '
     'Atomic Energy Agency said.', "granted access",
     "International Atomic Energy Agency"),
    ('"We take these reports very seriously," NATO said in a statement.',
     "very seriously", "North Atlantic Treaty Organization"),
    ('Moscow said on Tuesday that the talks had been useful. "Further contacts are '
     'planned," it added.', "Further contacts", "Russia"),
    # a body named inside the statement's words, or only qualifying another noun, did not
    # issue it
    ('Erdogan told Niinisto that backing groups that threaten a NATO ally was wrong, the '
     'Turkish presidency said. "The President stated that NATO must hear these concerns," '
     'the statement added.', "NATO must hear", "Office of the President of Turkey"),
    # -- a state or its capital speaks ---------------------------------------------------
    ('China said the move was "a serious provocation against regional peace".',
     "serious provocation", "China"),
    ('Beijing said the visit would "deepen mutual trust between the two peoples".',
     "deepen mutual trust", "China"),
    # -- partial quotes inside reported speech -------------------------------------------
    ('Wang Yi met Lavrov on Monday. Wang said relations had reached "a new starting point".',
     "new starting point", "Wang Yi"),
    ('Sergey Lavrov called the talks "very useful" and said more would follow.',
     "very useful", "Sergey Lavrov"),
    ('Tokayev described China as a "reliable partner" and said trade would double.',
     "reliable partner", "Kassym-Jomart Tokayev"),
    ('Wang Yi said China and Pakistan were "ironclad" friends who trusted each other.',
     "ironclad", "Wang Yi"),
    ('Baku objected to what it called France\'s "pro-Armenian" stance.', "pro-Armenian",
     "Azerbaijan"),
    ('Putin agreed "in principle" to a UN role at the plant, the United Nations said in a '
     'statement.', "in principle", "United Nations"),
    ('Hakan Fidan described the talks as "constructive".', "constructive", "Hakan Fidan"),
    ('Sergey Lavrov called the proposal "unacceptable" and left the room.', "unacceptable",
     "Sergey Lavrov"),
    ('Russia condemned what it called "provocative" naval drills near its coast.',
     "provocative", "Russia"),
    ('Kenya\'s foreign ministry spokesman, Peter Odhiambo, wrote on X that the talks had '
     'been "frank and useful".', "frank and useful", "Peter Odhiambo"),
    ('The summit host, Kenyan President William Ruto, welcomed the deal, saying it showed '
     'that Africa could settle its disputes "on its own terms".', "on its own terms",
     "William Ruto"),
    ('Muhammad Yunus visited Beijing last week. Remarks he made there describing the '
     'region as "landlocked" caused anger in New Delhi.', "landlocked", "Muhammad Yunus"),
    ('Joko Widodo chaired the meeting. He added that he had asked for "a commitment" from '
     'the generals.', "a commitment", "Joko Widodo"),
    # -- an office relays a person's words: the person speaks --------------------------
    ('Narendra Modi conveyed India\'s wish for "a positive and constructive relationship" '
     'with Dhaka, Foreign Secretary Vikram Misri told reporters.', "positive and",
     "Narendra Modi"),
    ('The Kremlin also said Vladimir Putin blamed the state of relations on Berlin\'s '
     '"unfriendly course".', "unfriendly course", "Vladimir Putin"),
    # -- the quote runs on, or the speaker sits in another sentence ---------------------
    ('"We are ready to talk," Lavrov said, "but not on these terms."', "these terms",
     "Sergey Lavrov"),
    ('"We are ready to talk," Lavrov said.\n"But not on these terms. Not while our '
     'security is ignored."', "these terms", "Sergey Lavrov"),
    ('Erdogan hosted Zelenskyy in Istanbul on Friday. Zelenskyy thanked Turkey for its '
     'support.\n"Without Turkey, there would be no grain corridor."', "grain corridor",
     "Volodymyr Zelenskyy"),
    ('Cyril Ramaphosa was blunt when he spoke in Moscow.\n"Africa will not take sides in '
     'this war. We want it to end."', "take sides", "Cyril Ramaphosa"),
    ('Antony Blinken and Sergey Lavrov met in Geneva.\n"The door remains open." So said '
     'Lavrov after the talks.', "door remains open", "Sergey Lavrov"),
    ('Antony Blinken flew to Geneva on Monday.\n"Our position has not changed." Sergey '
     'Lavrov made the remarks at a news conference in Moscow.', "has not changed",
     "Sergey Lavrov"),
    # -- two speakers in one paragraph ---------------------------------------------------
    ('"We are ready for talks," Lavrov said. "Words are cheap," Antony Blinken replied.',
     "Words are cheap", "Antony Blinken"),
    ('"We are ready for talks," Lavrov said. "Words are cheap," Antony Blinken replied.',
     "ready for talks", "Sergey Lavrov"),
    # -- names the knowledge base does not know ------------------------------------------
    ('"The port will reopen next week," said Ahmed Al-Mansouri, a spokesman for the port '
     'authority.', "port will reopen", "Ahmed Al-Mansouri"),
    ('"We were not consulted," Ingrid Hallvardsen, a senior Norwegian diplomat, told '
     'reporters in Oslo.', "not consulted", "Ingrid Hallvardsen"),
    # -- nested quotes: the outer speaker ------------------------------------------------
    ('Viktor Orban said: "When I asked him about a ceasefire, he told me \'not now\'."',
     "When I asked him", "Viktor Orbán"),
    # -- any cue right after the quote is inverted, whatever the parser took for a subject
    ('Emmanuel Macron spoke in Ouagadougou. «I am from a generation that has never known Africa '
     'as a colonised continent,» declared the French President, who announced more.',
     "I am from a generation", "Emmanuel Macron"),
    ('Emmanuel Macron arrived in Ouagadougou on Tuesday.\nThen came the big moment: the speech '
     'before some 800 students in the amphitheatre of the University Ouaga I Professor Joseph '
     'Ki-Zerbo. «I am from a generation that has never known Africa as a colonised continent,» '
     'declared the French President, who announced that all documents would be declassified. '
     '«There is no longer a French policy for Africa,» he added.',
     "no longer a French policy", "Emmanuel Macron"),
    # -- state news agencies speak for themselves ----------------------------------------
    ('The leaders discussed "the current military escalation in Gaza", the Saudi Press Agency '
     'reported.', "current military escalation", "Saudi Press Agency"),
    # -- a subject set off by commas from its verb ---------------------------------------
    ("Albanese raised the vandalism of temples.\n\nModi, for his part, said the two "
     "countries had taken relations 'to the next level' and added: 'Our friendship is not "
     "just a matter of governments, it is a matter of hearts.'", "to the next level",
     "Narendra Modi"),
    ('Frank-Walter Steinmeier, on his first day in Kyiv, said: "We stand with Ukraine."',
     "We stand with Ukraine", "Frank-Walter Steinmeier"),
    # -- a role noun alone: the person the text gave it to --------------------------------
    ("President Abdel Fattah El-Sisi received Naftali Bennett.\n\nAmbassador Bassam Rady, "
     "the Official Spokesman for the Presidency, stated that the talks were frank.\n\nThe "
     "President also stressed the support of the international community, the Spokesman "
     'added.\n\nThe Spokesman stated that "the President expressed full readiness to '
     'continue".', "full readiness", "Bassam Rady"),
    # ... and an official the text leaves unnamed is of the body it places them in
    ("Mohammed bin Salman spoke to Tamim bin Hamad Al Thani on Friday.\n\nAfter midnight, "
     "the Saudi Press Agency carried a statement, quoting an official at the Saudi foreign "
     "ministry who accused Doha of distortion.\n\n\"The Kingdom suspends any dialogue with "
     "Qatar,\" the official said.", "suspends any dialogue",
     "Ministry of Foreign Affairs of Saudi Arabia"),
    # -- a colon in the quote's own sentence: the person the sentence is about -----------
    ('Joe Biden and Emmanuel Macron met on a terrace. Macron, asked by the pool of reporters '
     'how it felt, was effusive: "It is great to have a US president who is part of the '
     'club."', "great to have a US president", "Emmanuel Macron"),
    ('Luiz Inacio Lula da Silva was blunt: "Brazil will not take sides in this war."',
     "will not take sides", "Luiz Inácio Lula da Silva"),
    # -- a body by its kind: the latest body named before, one whose name ends in it first
    ("The Rapid Support Forces welcomed the talks. In a post on X, the group said its "
     'delegation had come "with a sincere will to end the war".', "sincere will",
     "Rapid Support Forces"),
    ("The Korean Central News Agency confirmed the move, and the African Union welcomed it. "
     '"The whole nation wishes to see relations recover," the agency said.',
     "whole nation wishes", "Korean Central News Agency"),
    # ... the body the sentence before is about, not one named in its side clause
    ("M23, which captured Goma in January, pulled out of the talks after the European Union "
     'imposed sanctions on its leaders. The group said the sanctions made "meaningful '
     'dialogue" impossible.', "meaningful dialogue", "M23"),
    # ... but a body named in full that the knowledge base does not know speaks under its
    # own name, not as the body named before it
    ("The Rapid Support Forces welcomed the talks. The Vanuatu Climate Action Network said "
     'France should "match its words with real resources".', "match its words",
     "Vanuatu Climate Action Network"),
    # ... a party, without the words before its name, whatever the verb
    ("Jacob Zuma flew to Harare. The opposition Democratic Alliance called on Zuma to "
     '"use his position as SADC chair to insist on a return to constitutional order".',
     "constitutional order", "Democratic Alliance"),
    ('Narendra Modi met Xi Jinping in Kazan. The Indian National Congress urged Modi to '
     '"stand firm on the border".', "stand firm", "Indian National Congress"),
    # -- the pontiff is the person named before ------------------------------------------
    ("Pope Francis celebrated Mass in Havana. \u201cWe cannot permit ourselves one more "
     "failure,\u201d the pontiff said.", "one more failure", "Pope Francis"),
    # -- "who called it '...'": the one "who" stands for -----------------------------------
    ("Hillary Clinton was received by Secretary-General Surin Pitsuwan, who called the "
     "accord \u201ca real milestone\u201d for the region.", "real milestone", "Surin Pitsuwan"),
    # ... and the verb the parser hangs inside the relative clause
    ("Iv\u00e1n Duque, who has become one of Nicol\u00e1s Maduro's fiercest critics, called "
     "the day \u201ca historic moment for the freedom of Venezuela\u201d.", "historic moment",
     "Iv\u00e1n Duque"),
    # ... and "called" joined by the parser to a reported clause with only "there"
    ("Olaf Scholz met Lula in Brasilia. He repeated that there could be no peace over the "
     "heads of Ukrainians, and called Russia's invasion \u2018an imperialist war\u2019 that "
     "must not succeed.", "imperialist war", "Olaf Scholz"),
    # -- British single quotes with apostrophes ------------------------------------------
    ("'We're not going to copy anybody's model,' Sir Keir Starmer told reporters.",
     "copy anybody", "Keir Starmer"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_speaker(speaker_of, text: str, fragment: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment, DAY) == speaker


# Quoted words that nobody is quoted as saying: labels, names, scare quotes.
NOT_QUOTES = [
    ('Under the so-called "roadmap", the parties committed to a ceasefire.', "roadmap"),
    ('Budapest\'s "special" relationship with Moscow is nothing new.', "special"),
    ('China and Russia declared a "no limits" partnership in February 2022.', "no limits"),
    ('Putin and Xi pledged a "new era" of partnership between the two countries.',
     "new era"),
    ('Sergey Lavrov said Russia would "reduce" its operations near Kyiv.', "reduce"),
    ('The Prime Minister of Nepal, Pushpa Kamal Dahal \'Prachanda\', arrived in Delhi, '
     'Modi said.', "Prachanda"),
    ('Dmitry Peskov said the so-called "peace formula" was a dead end.', "peace formula"),
    ('The armies faced each other in a state of "no war, no peace" for two decades.',
     "no war, no peace"),
    # the capitalised name of a policy or a doctrine
    ('Modi said India would pursue its "Act East" policy with vigour.', "Act East"),
    ('The Minister said both sides should return to the "Mutually Beneficial Relationship '
     'Based on Common Strategic Interests".', "Mutually Beneficial"),
]


def test_a_repeated_quote_is_one_quote(annotate) -> None:  # type: ignore[no-untyped-def]
    """A summary bullet repeats the body's words: one quote, with the body's speaker."""
    text = ("Wang meets Lavrov in Beijing\n"
            "  • The Chinese diplomat says Beijing will keep to \u2018a fair stance\u2019\n"
            "Chinese Foreign Minister Wang Yi met Sergey Lavrov on Monday.\n"
            "Wang said that China would keep to \u201ca fair stance\u201d on the war.")
    result = annotate(text, DAY)
    found = [q for q in result.quotes if q.direct and "fair stance" in q.text]
    assert [q.speaker.name if q.speaker else None for q in found] == ["Wang Yi"]


@pytest.mark.parametrize(("text", "words"), NOT_QUOTES)
def test_not_a_quote(annotate, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    result = annotate(text, DAY)
    assert not [q.text for q in result.quotes if q.direct and words in q.text]


@pytest.mark.parametrize(("sentence", "kept"), [
    # The name of a song or a book in quote marks is no quotation.
    ("The band played \"Takin' It To the Streets\" and \"What A Fool Believes\" to a packed "
     "hall.", 0),
    # Title case said by someone is a quotation.
    ("\"Make Our Cities Safe Again,\" President Joe Biden said on Monday.", 1),
])
def test_titles_are_not_quotes(annotate, sentence: str, kept: int) -> None:  # type: ignore[no-untyped-def]
    result = annotate("Title\n" + sentence, "2024-05-01")
    assert len([q for q in result.quotes if q.direct]) == kept


def test_an_echo_of_a_longer_quote_is_not_another_quote(annotate) -> None:  # type: ignore[no-untyped-def]
    text = ("Title\nSergey Lavrov described the ties as being at an \"unprecedented stage\" of "
            "development.\n\"We are truly at an unprecedented stage in our relations,\" Lavrov "
            "said.")
    result = annotate(text, "2024-11-20")
    assert [q.text for q in result.quotes if q.direct] == [
        "We are truly at an unprecedented stage in our relations,"]


def test_he_after_a_subject_behind_a_long_participle(speaker_of) -> None:  # type: ignore[no-untyped-def]
    """"Trump, speaking at a news conference ..., called the conversation 'very friendly'":
    the parser loses the subject behind the participle clause; "he" is still Trump."""
    text = ("Title\nMexican President Enrique Pena Nieto cancelled his trip to Washington. Pena "
            "Nieto said Mexico would not pay for the wall.\nTrump, speaking at a joint news "
            "conference with British Prime Minister Theresa May at the White House a few hours "
            "later, called the conversation \"very friendly\" but repeated that Mexico had taken "
            "advantage of the United States. \"We are going to renegotiate our trade deals,\" he "
            "said.")
    assert speaker_of(text, "renegotiate our trade", "2017-01-27") == "Donald Trump"


def test_he_after_a_subject_behind_a_relative_clause(speaker_of) -> None:  # type: ignore[no-untyped-def]
    """"Mr Wilders, who had demanded ..., claimed credit": the parser hangs the verb on the
    relative clause and makes the name the root; "he" is still Wilders."""
    text = ("Title\nMark Rutte held an emergency meeting of his cabinet on Saturday night.\nMr "
            "Rutte is in a close race with Geert Wilders. Mr Wilders, who had demanded that the "
            "ministers be kept out, claimed credit for the decision. 'Go home and never come "
            "back,' he wrote on Twitter.")
    assert speaker_of(text, "Go home", "2017-03-12") == "Geert Wilders"


@pytest.mark.parametrize(("said", "speaker"), [
    # a release's own "the President", though the guest was named as president since
    ("His Excellency the President said:", "Robert Mugabe"),
    ("said the visiting President.", "Xi Jinping"),
])
def test_the_president_of_a_presidency_s_release(speaker_of, said: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    text = ("Mugabe receives Xi\n\nSTATE HOUSE, HARARE – 1st December, 2015\n\n"
            "President Robert Mugabe held talks at State House with President Xi Jinping, "
            "who is on a state visit.\n\nPresident Xi arrived at the airport at midday and "
            "was met by Cabinet ministers.\n\n")
    quote = "\u201cWe do not forget our friends.\u201d"
    text += f"{said} {quote}" if said.endswith(":") else f"{quote[:-2]},\u201d {said}"
    assert speaker_of(text, "forget our friends", None) == speaker


# Speakers a longer context settles: (text, fragment, day, speaker).
IN_CONTEXT = [
    # with no source saying whose text it is, a capitalised "the President" is the holder
    # in the state the text names most (a national paper's own president)
    ("Ruto hosts Museveni\n\nKenya's President William Ruto hosted Uganda's President Yoweri "
     "Museveni at State House in Nairobi on Monday.\n\nKenya wants the oil pipeline to run "
     "through Kenya, and Kenya's traders want the border open. Museveni said the talks had "
     "been warm.\n\n\u201cKenya will not be left behind,\u201d the President said.",
     "left behind", "2023-05-02", "William Ruto"),
    # "he also told Putin that ...": a subject pronoun is not the person its own verb is
    # done to, though that person was named last
    ("Title\nVladimir Putin welcomed King Salman to the Kremlin on Thursday.\nThe king, "
     "speaking through an interpreter, said Saudi Arabia wanted calm in the region. According "
     "to the Saudi Press Agency, he also told Putin that Iran must stop \"interfering in the "
     "affairs of its neighbours\".", "interfering", "2017-10-06", "Salman bin Abdulaziz Al Saud"),
    # a whole-paragraph quote after a quote that only its context (a colon's lead-in) gave a
    # speaker continues that speaker
    ("Title\nFollowing the call, Prime Minister Yoshihide Suga answered questions from "
     "reporters.\n\nOn the call with President Moon: \"I told President Moon that the "
     "relations cannot stay as they are.\"\n\n\"On North Korea, I said that our cooperation "
     "is important, and President Moon agreed.\"", "On North Korea", "2020-09-25",
     "Yoshihide Suga"),
    # a spokesperson left unnamed speaks for the office named before the title, and is
    # "the spokesperson" of the next paragraph
    ("Title\nBoris Johnson met Emmanuel Macron in Carbis Bay on Saturday.\n\n\"The prime "
     "minister made clear that the UK would do whatever it takes,\" a No 10 spokesperson "
     "said.", "whatever it takes", "2021-06-12",
     "Office of the Prime Minister of the United Kingdom"),
    ("Title\nBoris Johnson met Vladimir Putin in Berlin on Sunday.\n\nA Downing Street "
     "spokesperson said the two men had spoken for an hour.\n\n\"He was clear there had been "
     "no change in the UK's position,\" the spokesperson said.", "no change", "2020-01-19",
     "Office of the Prime Minister of the United Kingdom"),
    # "the visiting President" is not the president of the state the story is filed from,
    # though he was named last
    ("Title\nCAIRO, 11 December 2017 (Agency) -- President Vladimir Putin of Russia paid a "
     "working visit to Cairo on Monday.\n\nThe talks covered the nuclear plant that "
     "President Abdel Fattah El-Sisi has long wanted.\n\n\"Russia is ready to resume direct "
     "flights,\" said the visiting President.", "resume direct flights", "2017-12-11",
     "Vladimir Putin"),
]


@pytest.mark.parametrize(("text", "fragment", "day", "speaker"), IN_CONTEXT)
def test_speaker_in_context(speaker_of, text: str, fragment: str, day: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker_of(text, fragment, day) == speaker
