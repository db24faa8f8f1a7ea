"""Stage 6, events: contact events (meetings, calls) reported in one document.

For each sentence: find contact triggers (`triggers`), give each actor mention in the
trigger's clause a role (`arguments`), read tense, status and background (`status`), date the
event with the time stage, then merge the mentions of one event within the document
(`combine`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from readout import dates
from readout.actors import KnowledgeBase, TokenMention
from readout.actors.offices import TITLE_WORDS
from readout.events import arguments, attendance, multilateral, status, tour
from readout.events.combine import combine, parties
from readout.events.context import Context
from readout.events.dating import (
    THAT_YEAR,
    dates_in,
    day_told,
    joined_dates,
    last_year,
    news_day,
    with_reference_day,
)
from readout.events.mention import (
    at_dateline,
    dedupe,
    details,
    headline,
    is_background,
    with_places,
)
from readout.events.places import dateline_place, place_named
from readout.events.spouses import spouses
from readout.events.triggers import (
    CONTACT_NOUNS,
    CONTACT_VERBS,
    IN_PERSON,
    SPEAKING,
    WEAK_VERBS,
    Trigger,
    find_triggers,
    is_call,
    pair_named_before,
)
from readout.nlp import Paragraph
from readout.records import ActorRef, EventMention, Location

__all__ = ["VERSION", "Context", "extract_events"]

VERSION = "events.rules.v1"
# "their meeting", "they met", "the two sides": the participants named just before.
# The days a visit lasts: meetings of the same two states this close are in its town.
VISIT_DAYS = 3
LEAD_WORDS = 12  # a paragraph this long is a sentence of the body, not a headline or a stamp
INHERIT_WORDS = {"their", "they", "both", "two", "three", "four", "five", "six"}
# Unnamed officials of the place a visitor is in: "met with several top government officials".
LOCAL_OFFICIALS = {"officials", "leaders", "counterparts", "ministers", "authorities",
                   "officers", "dignitaries", "lawmakers", "government"}
# A call of more than two: "a video conference with", "a joint call", "a three-way call".
CONFERENCE_WORDS = {"conference", "videoconference", "teleconference", "joint", "summit",
                    "three-way", "trilateral", "four-way", "together", "virtual", "group"}
# "met separatist leaders", "opposition lawmakers": people who do not speak for the state.
NOT_THE_STATES = {"separatist", "opposition", "business", "religious", "tribal", "community",
                  "student", "rebel", "militant", "insurgent", "clan", "traditional", "union",
                  "youth", "civil", "party", "industry", "faith", "women"}
GATHERINGS = {"summit", "conference", "forum", "assembly", "session", "meeting", "summits"}
# Office words beyond the knowledge base's titles: "presidential adviser Yemane Gebreab".
OFFICE_NOUNS = {"adviser", "advisor", "envoy", "ambassador", "senator", "governor", "mayor",
                "commissioner", "undersecretary", "negotiator", "diplomat", "official",
                "spokesperson", "spokesman", "spokeswoman", "admiral", "chancellor", "emir",
                "king", "queen", "prince", "sheikh", "president"}
# The nouns of the knowledge base's titles, not their function words ("the", "of", "-").
OFFICE_HEADS = OFFICE_NOUNS | (TITLE_WORDS - {
    "-", "of", "the", "for", "affairs", "state", "national", "external", "foreign", "security",
    "policy", "press", "top", "supreme", "crown", "managing", "general", "head", "chief",
    "leader", "leaders", "director"})
# "He last visited in March": a visit whose destination is the place the article is about.
# Not a noun ("his first trip abroad") nor a travel verb ("flew in last night").
VISIT_VERBS = {"visit", "visits", "visited", "visiting"}
# "a frenzy of bilateral talks", "a series of meetings": a habit or a trend, not an event.
QUANTITIES = {"frenzy", "series", "flurry", "number", "string", "spate", "lot", "wave", "host",
              "dozens", "hundreds", "trend", "pattern", "history", "tradition", "kind", "type",
              "days", "weeks", "months", "years", "decades", "lots", "plenty"}


def extract_events(
    paragraphs: Sequence[Paragraph], mentions: Sequence[Sequence[TokenMention]],
    context: Context,
) -> tuple[EventMention, ...]:
    found: list[EventMention] = []
    people: list[ActorRef] = []  # everyone named so far, for "the two leaders met"
    lead_day: str | None = None
    day_since: str | None = None  # a day told since the last contact: "Yesterday morning"
    year_told: int | None = None  # the last year the text named: "the detente in 2018"
    rosters: list[tuple[ActorRef, ...]] = []  # the people each sentence named: "the four men"
    for paragraph, paragraph_mentions in zip(paragraphs, mentions, strict=True):
        that_year: int | None = None
        dateline = dateline_place(paragraph.doc.text, context.kb)
        if dateline is not None and context.dateline is None:
            context = replace(context, dateline=dateline)  # "Hanoi (VNA) - March 28" alone
        if headline(paragraph.doc.text):
            continue  # a headline of another story, left in the page's text
        if not found and lead_day is None:
            lead_day = news_day(next(iter(paragraph.doc.sents)), context)
        for number, sent in enumerate(paragraph.doc.sents):
            that_year = year_told if THAT_YEAR.search(sent.text) else that_year
            found_before = len(found)
            for trigger in find_triggers(sent):
                named = people + [m.actor for m in paragraph_mentions
                                  if m.start < trigger.token.i and m.actor.kind == "person"]
                so_far = [*rosters, _roster(paragraph_mentions, sent.start, trigger.token.i)]
                new = _from_trigger(trigger, sent, paragraph_mentions, replace(
                    with_reference_day(context, found, lead_day, day_since),
                    story_year=that_year),
                                    (found, named), paragraph.offset, so_far)
                if not trigger.strong:
                    new = [_as_told_call(m, found) for m in new]
                found += [at_dateline(m, dateline) if number == 0 else m for m in new]
                if not new and found:
                    found[-1] = _host_joins(trigger.token, paragraph_mentions, found[-1])
            year_told = last_year(sent.text) or year_told
            day_since = None if len(found) > found_before else (
                day_told(sent, context) or day_since)
            rosters.append(_roster(paragraph_mentions, sent.start, sent.end))
        people += [m.actor for m in paragraph_mentions if m.actor.kind == "person"]
    officials = _titled_people(paragraphs, mentions)
    found = multilateral.expand(found, paragraphs, mentions, context)
    found = attendance.join(found, paragraphs, mentions, context)
    found = [m for m in found if any(_official(a, officials) for a in m.participants)]
    found = _without_news_agencies(found, context.kb)
    found = _same_day_same_place(found)
    found = [_at_the_dateline(m, context) for m in found]
    towns = _lead_towns(paragraphs, context.kb)
    found = [_in_the_lead_town(m, towns, context) for m in found]
    return combine([_at_the_gathering(m, found) for m in found])


def _as_told_call(mention: EventMention, found: list[EventMention]) -> EventMention:
    """"held a virtual summit ..., discussing Taiwan": what a weak verb tells of the parties
    of a call its own sentence has just told is that call, not a meeting besides."""
    told = any(f.type == "call" and f.evidence == mention.evidence
               and parties(f.participants) == parties(mention.participants) for f in found)
    return replace(mention, type="call") if told and mention.type == "meeting" else mention


def _host_joins(token: Any, mentions: Sequence[TokenMention], told: EventMention
                ) -> EventMention:
    """"... met in Qatar on Tuesday. The meeting, hosted by the emir of Qatar, ...", "The
    meeting was held in the presence of the crown prince": the host of the meeting just
    told, or the one it was held before, took part in it."""
    if (token.lower_ not in {"meeting", "talks", "summit"} or told.background
            or told.type != "meeting" or token.dep_ not in {"nsubj", "nsubjpass"}
            or not any(c.lower_ == "the" for c in token.children)):
        return told
    agents = [a for c in token.children if c.dep_ == "acl" and c.lower_ in arguments.HOSTED
              for a in c.children if a.dep_ == "agent"]
    hosts = [m.actor for a in agents for m in mentions
             if a.left_edge.i <= m.start and m.end - 1 <= a.right_edge.i]
    hosts += [m.actor for m in mentions if arguments.in_presence_of(
        token.doc[m.start:m.end].root, token.head)]  # "was held in the presence of X"
    hosts = [h for h in hosts if h.kind == "person"][:1] or hosts[:1]
    if not hosts or parties(hosts) <= parties(told.participants):
        return told
    return replace(told, participants=dedupe([*told.participants, *hosts]))


def _without_news_agencies(found: list[EventMention], kb: KnowledgeBase
                           ) -> list[EventMention]:
    """A news agency reports contacts and is quoted; it takes part in none ("told Yonhap",
    "according to KCNA")."""
    out = []
    for mention in found:
        kept = tuple(a for a in mention.participants if a.name not in kb.news_agencies)
        if len(parties(kept)) >= 2:
            out.append(replace(mention, participants=kept) if kept != mention.participants
                       else mention)
    return out


def _official(actor: ActorRef, titled: set[str]) -> bool:
    """A state, an organisation, an office-holder the knowledge base knows, or someone the
    text introduces with an office: a diplomatic contact has at least one. Two private
    people talking ("the very first time they spoke") is not one."""
    return actor.kind != "person" or actor.id is not None or actor.name in titled


def _titled_people(paragraphs: Sequence[Paragraph],
                   mentions: Sequence[Sequence[TokenMention]]) -> set[str]:
    """People named right after a title word ("Foreign Minister Osman Saleh", "presidential
    adviser Yemane Gebreab") or by their title ("the Eritrean foreign minister")."""
    titled = set()
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        for mention in found:
            before = paragraph.doc[max(0, mention.start - 3):mention.start]
            if mention.actor.kind == "person" and (mention.how in {"title", "counterpart"} or any(
                    t.lower_ in OFFICE_HEADS for t in before)):
                titled.add(mention.actor.name)
    return titled


def _same_day_same_place(found: list[EventMention]) -> list[EventMention]:
    """A meeting told without a place, on the day of a meeting the story placed, was held
    there, on the same occasion: the sideline talks of a summit day ("Putin also held talks
    on Thursday with Raisi")."""
    out: list[EventMention] = []
    for mention in found:
        if _placeless_news(mention):
            placed = [m for m in out if m.location is not None and m.date == mention.date
                      and m.type == "meeting" and not m.background and m.status == "happened"]
            if placed:
                mention = replace(mention, location=placed[-1].location,
                                  occasion=mention.occasion or placed[-1].occasion)
        out.append(mention)
    return [_in_the_visit(m, out) for m in out]


def _in_the_visit(mention: EventMention, found: list[EventMention]) -> EventMention:
    """A placeless meeting of the same two states' people days apart from a placed one was
    held in the same town, during the same visit."""
    if not _placeless_news(mention):
        return mention
    visit = [m for m in found if m.location is not None and m.type == "meeting"
             and not m.background and m.status == "happened"
             and parties(m.participants) == parties(mention.participants)
             and dates.compatible(m.date, mention.date, slack_days=VISIT_DAYS)]
    return replace(mention, location=visit[0].location) if visit else mention


def _at_the_dateline(mention: EventMention, context: Context) -> EventMention:
    """A meeting of the news with no place was held in the dateline's town: "Hanoi (VNA) -
    ... To Lam received President Lula", and a guest's talks with another guest on the
    sidelines there ("GOA - ... the foreign minister met Mr Lavrov on Thursday"). Not a
    call, a plan or past context."""
    dateline = context.dateline
    if dateline is None or mention.type != "meeting" or mention.background or (
            mention.status != "happened") or (
            mention.date and context.published and not dates.compatible(
                mention.date, context.published, slack_days=VISIT_DAYS)):
        return mention
    return at_dateline(mention, dateline)


def _lead_towns(paragraphs: Sequence[Paragraph], kb: KnowledgeBase) -> list[Location]:
    """The towns the lead names: its first paragraph of a full sentence or more."""
    for paragraph in paragraphs:
        if sum(t.is_alpha for t in paragraph.doc) >= LEAD_WORDS:
            places = (place_named(e, kb) for e in paragraph.doc.ents if e.label_ == "GPE")
            return list(dict.fromkeys(p for p in places if p and p.name != p.country))
    return []


def _in_the_lead_town(mention: EventMention, towns: list[Location], context: Context
                      ) -> EventMention:
    """A meeting of the news with no place was held in the town the lead names, the one of
    a party's state if the lead names several: "... visit ..., using a speech in Port Vila
    to warn ... Yesterday morning he called on the Head of State at State House"."""
    local = [t for t in towns if t.country in parties(mention.participants)] or towns
    if not _placeless_news(mention) or len(local) != 1 or (
            context.published and not dates.compatible(
                mention.date, context.published, slack_days=VISIT_DAYS)):
        return mention
    return replace(mention, location=local[0])


def _at_the_gathering(mention: EventMention, found: list[EventMention]) -> EventMention:
    """A placeless meeting of the news held while a summit the story placed went on (a day
    either side) was held there: the bilaterals of a live blog from Samarkand or Biarritz."""
    if not _placeless_news(mention):
        return mention
    gatherings = [m for m in found if m.location is not None and not m.background
                  and m.status == "happened" and m is not mention
                  and any(a.kind == "organisation" for a in m.participants)
                  and dates.compatible(m.date, mention.date, slack_days=1)]
    places = {m.location for m in gatherings}
    return replace(mention, location=gatherings[0].location) if len(places) == 1 else mention


def _placeless_news(mention: EventMention) -> bool:
    return (mention.location is None and mention.type == "meeting" and not mention.background
            and mention.status == "happened" and mention.date is not None
            and len(mention.date) == 10)


def _from_trigger(trigger: Trigger, sent: Any, mentions: Sequence[TokenMention],
                  context: Context, before: tuple[list[EventMention], list[ActorRef]],
                  offset: int, rosters: list[tuple[ActorRef, ...]]) -> list[EventMention]:
    """The contacts one trigger tells (`before`: the contacts told and the people named so
    far; `rosters`: the people each sentence so far named)."""
    token = trigger.token
    if status.hypothetical(token) or status.habitual(token, sent):
        return []
    if _is_setting(token) or _is_generic(token) or _with_own_government(token):
        return []
    roles = arguments.roles(token, trigger.sense, not trigger.strong, mentions, sent)
    groups = _participant_groups(trigger, roles, context.kb)
    referred = back = False
    count = _counted(token)  # "the four men"
    pair = pair_named_before(token)
    if pair is not None:
        # "Erdogan brought the two men together", "telephoned both leaders", "a meeting
        # between the two leaders": the pair told before, with the clause's subject
        subjects = [r.mention.actor for r in roles if r.role == "subject"]
        earlier = _pair_in_sentence(pair, sent, mentions) or _earlier_parties(
            before[0], [p for p in before[1] if p not in subjects],
            pair.lower_ if pair.lower_ in _OFFICE_WORDS else None, context, sent)
        if earlier and subjects and trigger.sense == "call":
            groups = [dedupe([*subjects, other]) for other in earlier[0]]  # a call each
        elif earlier:
            groups = [dedupe([*subjects, *earlier[0]])]
    elif (_refers_back(token) or count) and not any(r.role == "subject" for r in roles):
        earlier = _counted_roster(rosters, count) or _pair_told_before(
            token, sent, mentions, before[0]) or _earlier_parties(
            *before, _office_word(token), context, sent)
        if count and not all(len(g) == count for g in earlier):
            earlier = []  # "the four men" are not the last two people named
        if earlier:
            groups = _with_earlier(groups, roles, earlier)
        referred = _told_by_phone(trigger, sent, groups, before[0])
        back = True
    elif _theirs(token):
        groups = _theirs_too(groups, roles, _earlier_parties(*before, sent=sent))
    if (not groups and trigger.sense == "visit" and token.lower_ in VISIT_VERBS
            and token.tag_.startswith("VB")):
        groups = _visit_to_the_place_in_question(roles, before[0], context.kb)
    if not groups and context.dateline is not None and _meets_local_officials(token):
        groups = _with_the_hosts(roles, context.dateline, context.kb)
    groups = [g for g in groups if not _attending_its_gathering(token, g, roles)]
    if not groups:
        return []
    base = details(trigger, sent, offset, roles, context)
    if back and trigger.sense != "call" and _told_in_this_sentence(
            groups, before[0], base):
        return []  # "met Gabriel in Berlin; both described the conversation as hard"
    if referred:
        base["type"] = "call"
    if len(groups) == 1 and base["status"] == "happened":
        stops = tour.stops(token, sent, roles, mentions,
                           lambda: dates_in(sent, context, status.tense(token)), context.kb)
        if stops:
            return _round(token, stops, roles, base, sent, context)
    told = [EventMention(participants=group, **{
        **base, "location": (location := _in_the_state_visited(group, base["location"], groups)
                             if trigger.sense == "visit" else base["location"]),
        "topics": with_places(base["topics"], sent, group, location)}) for group in groups]
    # "spoke by telephone on 26 January and on 13 April": a contact on each day
    again = joined_dates(token, sent, context, status.tense(token)) if base["date"] else []
    return told + [replace(m, date=dates.calendar_value(day)) for day in again for m in told]


def _in_the_state_visited(group: tuple[ActorRef, ...], location: Location | None,
                          groups: list[tuple[ActorRef, ...]]) -> Location | None:
    """A visit to each of several states (`_participant_groups`) was held in that state, not
    in the place the clause names first."""
    visited = group[-1]
    if len(groups) < 2 or visited.kind != "country" or location is None or (
            location.country == visited.name):
        return location
    return Location(visited.name, visited.name)


def _told_in_this_sentence(groups: list[tuple[ActorRef, ...]], earlier: list[EventMention],
                           base: dict[str, Any]) -> bool:
    """Whether a contact that points back ("the conversation") is the meeting in person its
    own sentence has just told of: the same parties, the same day, no place of its own."""
    if len(groups) != 1 or not earlier:
        return False
    last = earlier[-1]
    return (last.evidence.start == base["evidence"].start and last.type == "meeting"
            and last.location is not None and base["location"] is None
            and last.date == base["date"] and parties(last.participants) == parties(groups[0]))


def _told_by_phone(trigger: Trigger, sent: Any, groups: list[tuple[ActorRef, ...]],
                   earlier: list[EventMention]) -> bool:
    """"The two leaders also exchanged views on ...", told after their phone call: talk the
    text ties to nothing in person goes on with the call of the same two."""
    if trigger.sense != "talk" or len(groups) != 1 or any(
            t.lower_ in IN_PERSON for t in sent) or arguments.location_tokens(
                trigger.token, "talk", sent):
        return False
    same = [e for e in earlier if parties(e.participants) == parties(groups[0])]
    return bool(same) and same[-1].type == "call"


def _round(token: Any, stops: list[tour.Stop], roles: list[arguments.Role],
           base: dict[str, Any], sent: Any, context: Context) -> list[EventMention]:
    """One contact per stop of a round, each at its own place and on its own day (else the
    clause's), past context or news by its own day."""
    subjects = [r.mention.actor for r in roles if r.role == "subject"]
    out = []
    for stop in stops:
        group = dedupe([*subjects, stop.person])
        location = stop.location or base["location"]
        date, background = base["date"], base["background"]
        if stop.date is not None:
            date = dates.calendar_value(stop.date.value)
            background = is_background(token, stop.date.span.text, date, context)
        out.append(EventMention(participants=group, **{
            **base, "date": date, "location": location, "background": background,
            "topics": with_places(base["topics"], sent, group, location)}))
    return out


def _meets_local_officials(token: Any) -> bool:
    """"Esper met with several top government officials": unnamed officials, of no state."""
    objects = [c for c in token.children if c.dep_ == "dobj"] + [
        o for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children if o.dep_ == "pobj"]
    return token.tag_.startswith("VB") and any(
        o.lower_ in LOCAL_OFFICIALS and not any(
            c.ent_type_ in {"NORP", "GPE"} or c.dep_ == "poss" or c.lower_ in NOT_THE_STATES
            for c in o.subtree) for o in objects)


def _with_the_hosts(roles: list[arguments.Role], dateline: Location, kb: KnowledgeBase
                    ) -> list[tuple[ActorRef, ...]]:
    """The officials a visitor met in the dateline's country are that country's."""
    visitors = [r.mention.actor for r in roles if r.role == "subject"]
    code = kb.country_code_by_name(dateline.country or "")
    if len(parties(visitors)) != 1 or code is None or kb.countries[code].name in parties(
            visitors):
        return []
    return [(*dedupe(visitors), kb.country_ref(code))]


def _attending_its_gathering(token: Any, group: tuple[ActorRef, ...],
                             roles: list[arguments.Role]) -> bool:
    """"At the UN Climate Action Summit, Modi pledged ...", "Xi will join other leaders at
    the APEC summit": being at an organisation's gathering is no contact with it — a one-
    sided party and the organisation that names the gathering."""
    if token.lower_ not in GATHERINGS:
        return False
    named_by = {r.mention.actor.name for r in roles if r.mention.actor.kind == "organisation"
                and token.doc[r.mention.start:r.mention.end].root.head.i == token.i}
    others = [a for a in group if a.name not in named_by]
    return bool(named_by) and len(parties(others)) < 2


def _is_setting(token: Any) -> bool:
    """"the sidelines of the G20 meeting", "met at the EPC summit", "talks during the
    summit": the gathering is the occasion of another contact, not an event of its own."""
    head = token.head
    if head.lower_ == "of" and head.head.lower_ in {"sidelines", "margins", "side"}:
        return True
    host = head.head
    return (token.tag_.startswith("NN") and head.lower_ in {"at", "during"}
            and (host.lower_ in CONTACT_VERBS or host.lower_ in WEAK_VERBS
                 or host.lower_ in CONTACT_NOUNS)
            and not _between(token))


# Bodies of a leader's own government: "met his council of ministers", "her security cabinet".
OWN_BODIES = {"cabinet", "ministers", "council", "government", "team", "advisers", "advisors",
              "aides", "generals", "commanders", "chiefs", "party", "officials", "staff"}


def _with_own_government(token: Any) -> bool:
    """"Maduro met at Miraflores with his council of ministers and the governor of Tachira",
    "she had met her security cabinet": a leader with their own government, no diplomacy."""
    return any(t.lower_ in OWN_BODIES and t.dep_ in {"dobj", "pobj"} and any(
        c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in t.children)
        and (t.head.i == token.i or (t.head.lower_ == "with" and t.head.head.i == token.i))
        for t in token.subtree)


def _between(token: Any) -> bool:
    """"during the meeting between Wang Yi and Lavrov": a contact with parties of its own."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in token.children)


def _is_generic(token: Any) -> bool:
    head = token.head
    if head.lower_ == "of" and head.head.lower_ in QUANTITIES and not _held_stretch(head.head):
        return True
    # "the practice of Indian dignitaries pairing visits to Israel with a stop in Ramallah"
    return any(a.lower_ in CUSTOMS for a in list(token.ancestors)[:4])


# Verbs that hold a stretch of contacts as one event: "held two days of talks".
HOLDING_VERBS = {"hold", "holds", "held", "holding", "have", "has", "had", "having",
                 "conduct", "conducted", "conducts", "conducting", "concluded", "concludes",
                 "began", "begins", "opened", "opens", "completed", "completes"}
# Stretches of time that a contact can fill: "two days of talks", "hours of talks".
STRETCHES = {"days", "hours", "weeks"}


def _held_stretch(quantity: Any) -> bool:
    """"held two days of talks", "concluded two days of talks": a counted stretch of contacts
    someone held is an event; "years of talks", "a series of meetings" and "a flurry of
    calls" are not."""
    return (quantity.lower_ in STRETCHES and quantity.dep_ == "dobj"
            and quantity.head.lower_ in HOLDING_VERBS
            and any(c.dep_ in {"nummod", "det"} for c in quantity.children))


# Words for what is usually done: contacts under them are a habit, not news.
CUSTOMS = {"practice", "tradition", "custom", "habit", "convention"}


def _visit_to_the_place_in_question(roles: list[arguments.Role], earlier: list[EventMention],
                                    kb: KnowledgeBase) -> list[tuple[ActorRef, ...]]:
    """"He last visited in March last year": a visit with no destination goes to the place
    the article is about, the place of the event reported before it."""
    visitors = [r.mention.actor for r in roles if r.role == "subject"]
    places = [e.location for e in earlier if e.location and e.location.country]
    if len(parties(visitors)) != 1 or not places:
        return []
    code = kb.country_code_by_name(places[-1].country or "")
    if code is None or kb.countries[code].name in parties(visitors):
        return []
    return [(*dedupe(visitors), kb.country_ref(code))]


# "The leaders recalled their summit", "the two ministers met": whom the words can mean.
_OFFICE_WORDS = {"leaders": {"head_of_state", "head_of_government"},
                 "presidents": {"head_of_state"},
                 "ministers": {"foreign_minister", "head_of_government", "defence_minister"},
                 "diplomats": {"foreign_minister"}}


def _owners_office(token: Any) -> str | None:
    """"The Ministers also built on the work begun at their previous talks": the plural
    office noun that is the subject of the nearest verb above a noun with "their"."""
    if not _theirs(token):
        return None
    for verb in (a for a in token.ancestors if a.tag_.startswith("VB")):
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return next((s.lower_ for s in subjects if s.lower_ in _OFFICE_WORDS), None)
    return None


def _with_earlier(groups: list[tuple[ActorRef, ...]], roles: list[arguments.Role],
                  earlier: list[tuple[ActorRef, ...]]) -> list[tuple[ActorRef, ...]]:
    """"They met with Michel", "they sat down with Macron, Scholz and Michel": the people
    "they" stands for, joined by those the sentence names."""
    if not earlier:
        return groups
    others = [r.mention.actor for r in roles if r.role in {"object", "participant"}]
    if groups:
        return [dedupe([*earlier[0], *group]) for group in groups]
    return [dedupe([*earlier[0], *others])] if others else earlier


def _office_word(token: Any) -> str | None:
    """The plural office noun of "the (two) leaders" near the trigger, if any."""
    near = [*token.children, *arguments.clause_head(token).children]
    return next((c.lower_ for c in near if c.lower_ in _OFFICE_WORDS
                 and c.dep_ in {"nsubj", "nsubjpass"}), None) or _owners_office(token)


def _pair_in_sentence(pair: Any, sent: Any, mentions: Sequence[TokenMention]
                      ) -> list[tuple[ActorRef, ...]]:
    """"Kangaloo conferred the award on him and the two held a brief meeting": a bare "the
    two" is the last two people of different states its own sentence named before it."""
    if pair.lower_ != "two":
        return []
    return _last_two_states([m.actor for m in mentions if sent.start <= m.start < pair.i
                             and m.actor.kind == "person" and m.actor.name])


def _pair_told_before(token: Any, sent: Any, mentions: Sequence[TokenMention],
                      earlier: list[EventMention]) -> list[tuple[ActorRef, ...]]:
    """"Lopez Obrador was one of the last leaders to congratulate Biden, and they first
    spoke on Dec. 19": "they" is the two people of different states its own sentence named
    before it, when no contact was told there yet (else it is that contact's parties)."""
    if _told_here(earlier, sent):
        return []
    return _last_two_states([m.actor for m in mentions if sent.start <= m.start < token.i
                             and m.actor.kind == "person" and m.how != "pronoun"])


def _told_here(earlier: list[EventMention], sent: Any) -> bool:
    """Whether the last contact told was told in this sentence."""
    return bool(earlier) and earlier[-1].evidence.text == sent.text.strip()


# "the four men": how many people a counted noun stands for (two is "the two leaders").
COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6}


def _counted(token: Any) -> int:
    """"The four men embraced and then withdrew for talks, where they discussed ...": how
    many people the counted subject of the trigger's clause, or of a clause it hangs on,
    stands for (0 when none)."""
    head = arguments.clause_head(token)
    for _ in range(4):
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.tag_ == "NNS":
                number = next((COUNTS[c.lower_] for c in child.children
                               if c.dep_ == "nummod" and c.lower_ in COUNTS), 0)
                if number:
                    return number
        if head.dep_ not in {"conj", "relcl", "advcl"} or head.head.i == head.i:
            return 0
        head = arguments.clause_head(head.head)
    return 0


def _counted_roster(rosters: list[tuple[ActorRef, ...]], count: int
                    ) -> list[tuple[ActorRef, ...]]:
    """"Guaido walked on stage with Duque, Pinera and Abdo. The four men embraced ...": the
    people of one of the last two sentences that named people, when it named just that many,
    of two states or more."""
    named = [r for r in rosters if r][-2:]
    fitting = [r for r in named if len(r) == count and len(parties(r)) >= 2]
    return fitting[-1:] if count else []


def _roster(mentions: Sequence[TokenMention], start: int, end: int) -> tuple[ActorRef, ...]:
    """The people named between two tokens, each once, by name (not by pronoun)."""
    return dedupe([m.actor for m in mentions if start <= m.start < end
                   and m.actor.kind == "person" and m.how != "pronoun" and m.actor.name])


def _last_two_states(people: list[ActorRef]) -> list[tuple[ActorRef, ...]]:
    """The last two people named, of different states ("the two leaders")."""
    recent: list[ActorRef] = []
    for actor in reversed(people):
        if actor.country not in {a.country for a in recent}:
            recent.insert(0, actor)
        if len(recent) == 2:
            return [tuple(recent)]
    return []


def _earlier_parties(earlier: list[EventMention], people: list[ActorRef],
                     office_word: str | None = None, context: Context | None = None,
                     sent: Any = None) -> list[tuple[ActorRef, ...]]:
    """The participants of the event just told in the same sentence ("Kim went on to meet
    Trump, but their second summit ..."); else of the previous event (for "the leaders", the
    pair whose people hold the offices it names and that the article reports most), else the
    last two people named."""
    if sent is not None and _told_here(earlier, sent):
        return [earlier[-1].participants]
    if earlier:
        news = [e for e in earlier if not e.background] or earlier
        if office_word and context is not None:
            fitting = [e for e in news if _all_hold(e.participants, _OFFICE_WORDS[office_word],
                                                    context)] or [
                # "Blinken brought together Mirzoyan and Bayramov on 19 September. The two
                # ministers met again": the last contact of such people, though past
                e for e in earlier if _all_hold(e.participants, _OFFICE_WORDS[office_word],
                                                context)][-1:]
            if fitting:  # the article's protagonists: the pair it reports most, or first
                return [max(fitting, key=lambda e: sum(
                    parties(f.participants) == parties(e.participants) for f in fitting)
                ).participants]
        return [news[-1].participants]
    return _last_two_states(people)


def _all_hold(actors: tuple[ActorRef, ...], offices: set[str], context: Context) -> bool:
    people = [a for a in actors if a.kind == "person"]
    return bool(people) and all(
        any(t.office in offices for t in context.kb.offices_of(
            context.kb.person_keys.get(a.name, ""), context.published)) for a in people)


def _participant_groups(trigger: Trigger, roles: list[arguments.Role],
                        kb: KnowledgeBase) -> list[tuple[ActorRef, ...]]:
    # "SEOUL, May 11 (Yonhap) -- Moon held talks": the agency of the dateline is no party
    roles = [r for r in roles if r.mention.actor.name not in kb.news_agencies]
    subjects = [r.mention.actor for r in roles if r.role == "subject"]
    others = [r.mention.actor for r in roles if r.role in {"object", "participant"}
              and r.mention.actor not in subjects]  # "held talks with ... his counterpart"
    hosts = [_host(r.mention.actor, kb) for r in roles if trigger.sense == "visit"
             and r.role in {"destination", "location"}]
    everyone = dedupe(subjects + others + [h for h in hosts if h])
    if len(parties(everyone)) < 2:
        return []
    escorts = spouses(trigger.token.doc, [r.mention for r in roles])
    if len(parties([a for a in everyone if a.name not in escorts])) < 2:
        return []  # a leader welcomed by a spouse, or two spouses
    if not trigger.strong and len(parties(subjects)) < 2 and not _has_with(trigger.token):
        return []
    apart = _separate_withs(trigger.token.doc, roles)
    if len(parties(subjects)) == 1 and len(apart) >= 2:
        # "spoke with Macron and with Scholz": a "with" each, a call each
        return [dedupe([*subjects, *group]) for group in apart]
    described = any(r.mention.how in {"counterpart", "title", "group"} for r in roles
                    if r.role in {"object", "participant"})
    separately = _separately(trigger.token) or _calls_to_each(trigger)
    people = [o for o in dedupe(others) if o.kind == "person"]
    if len(parties(subjects)) == 1 and (
            (separately and len(people) >= 2)
            or (len(parties(others)) >= 2 and trigger.sense != "visit"
                and (described or separately))):
        # "X met his counterparts from A and B", "held separate talks with A and B" (even
        # two people of one state): one bilateral event per counterpart. Named people ("X
        # met A and B") may have met together, so they stay one meeting.
        return [dedupe([*subjects, o]) for o in dedupe(others)
                if parties([o]) != parties(subjects)]
    states = {p.country for p in people if p.country}  # a stateless one is of the list's
    if (len(dedupe(subjects)) == 1 and trigger.sense in {"meet", "talk", "call_on"}
            and len(people) >= 2 and len(people) == len(dedupe(others))
            and len(states) == 1 and not states <= parties(subjects)):
        # "visited Tehran, where he met Raisi and Shamkhani": a visitor meets the leaders of
        # one state one by one (a host receiving two visitors receives them together, and
        # a delegation of two sits down with the other side's together)
        return [dedupe([*subjects, o]) for o in people]
    visited = dedupe([h for h in hosts if h])
    if (trigger.sense == "visit" and len(parties(subjects)) == 1 and not others
            and len(parties(visited)) == len(visited) >= 2):
        # "toured Egypt, Nigeria, Namibia and Angola": a visit to each
        return [dedupe([*subjects, v]) for v in visited]
    return [everyone]


def _separately(token: Any) -> bool:
    """"held separate meetings with Oli and Min Aung Hlaing", "met A and B separately"."""
    near = [*token.children, *arguments.clause_head(token).children]
    one_on_one = "one-on-one" in token.doc[token.left_edge.i:token.i].text.lower()
    return one_on_one or any(c.lower_ in {"separate", "separately", "individually",
                                          "respective"} for c in near)


def _calls_to_each(trigger: Trigger) -> bool:
    """"spoke by telephone with Zelenskyy and Putin", "held his first phone conversations
    with Xi and Abe": a call is between two, so one caller's call to several is a call to
    each, unless it was a conference of them all."""
    sent = trigger.token.sent
    return is_call(trigger, sent) and not any(t.lower_ in CONFERENCE_WORDS for t in sent)


def _separate_withs(doc: Any, roles: list[arguments.Role]) -> list[list[ActorRef]]:
    """The participants grouped by their own "with", when the sentence repeats it."""
    groups: dict[int, list[ActorRef]] = {}
    for role in roles:
        if role.role != "participant":
            continue
        prep = next((t for t in doc[role.mention.start:role.mention.end].root.ancestors
                     if t.dep_ in {"prep", "conj"} and t.tag_ == "IN"), None)
        if prep is None or prep.lower_ != "with":
            return []
        groups.setdefault(prep.i, []).append(role.mention.actor)
    return list(groups.values()) if len(groups) >= 2 else []


def _host(actor: ActorRef, kb: KnowledgeBase) -> ActorRef | None:
    if actor.kind == "country":
        return actor
    code = kb.country_code_by_name(actor.country) if actor.country else None
    return kb.country_ref(code) if code else None


def _has_with(token: Any) -> bool:
    """"talked with", "talks between", "spoke to" (speaking verbs only), and a "with" on
    what the verb leads to ("sat down to an iftar dinner with the king")."""
    words = {"with", "between", "to"} if token.lower_ in SPEAKING else {"with", "between"}
    if any(c.dep_ == "prep" and c.lower_ in words for c in token.children):
        return True
    return any(c.dep_ == "prep" and any(
        o.dep_ == "pobj" and _has_with(o) for o in c.children) for c in token.children
        if c.dep_ == "prep" and c.lower_ in {"to", "for", "over"})


def _refers_back(token: Any) -> bool:
    """"their meeting", "they met", "the two sides discussed" — but not a relative "they"
    that stands for a group the sentence itself names ("Leaders of the 18 member states
    spent Thursday at a retreat, where they discussed ...")."""
    near = [*token.children, *arguments.clause_head(token).children]
    near += [g for c in near if c.dep_ in {"nsubj", "nsubjpass"} for g in c.children]
    return any(c.lower_ in INHERIT_WORDS and c.dep_ in {"poss", "nsubj", "nsubjpass", "nummod",
                                                         "det", "preconj"} for c in near
               ) and not _group_named_before(token)


def _theirs(token: Any) -> bool:
    """"recalled their first meeting", "since their first telephone talk": a noun whose
    "their" says who took part, whoever the clause's subject is."""
    return token.tag_.startswith("NN") and any(
        c.dep_ == "poss" and c.lower_ == "their" for c in token.children)


def _theirs_too(groups: list[tuple[ActorRef, ...]], roles: list[arguments.Role],
                earlier: list[tuple[ActorRef, ...]]) -> list[tuple[ActorRef, ...]]:
    """The parties "their" stands for, when the clause's own subject is one of them ("Wang,
    recalling their meeting": Wang and the one he met); else the groups as found."""
    if not earlier or groups:
        return groups
    subjects = [r.mention.actor for r in roles if r.role == "subject"]
    if parties(subjects) <= parties(earlier[0]):
        return [earlier[0]]
    return groups


def _group_named_before(token: Any) -> bool:
    """A plural subject earlier in the sentence that names a group of its own: "Leaders of
    the 18 member states", "Pacific leaders" (not "the two leaders", "the leaders")."""
    for t in token.sent:
        if t.i >= token.i:
            return False
        if t.tag_ == "NNS" and t.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"prep", "amod", "compound", "nummod"} and c.lower_ not in INHERIT_WORDS
                for c in t.children):
            return True
    return False


