"""Where an event took place, from the gazetteer; the occasion's name, normalised."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from readout.actors import KnowledgeBase
from readout.actors.kb import Place
from readout.events import arguments
from readout.events.triggers import Trigger
from readout.records import Location
from readout.summits import Summit

_SPECIFICITY = {"venue": 0, "city": 1, "region": 2, "country": 3}
_GENERIC = re.compile(r"\b(province|state|region|prefecture|oblast|county|city|town)\b", re.I)


def best_location(trigger: Trigger, sent: Any, roles: Sequence[arguments.Role],
                  kb: KnowledgeBase) -> Location | None:
    """The most specific known place the trigger's clause puts the event in."""
    entities = arguments.location_tokens(trigger.token, trigger.sense, sent)
    names = [sent.doc[r.mention.start:r.mention.end].text for r in roles
             if r.role in {"location", "destination"}]
    places = [p for p in (_lookup(name, kb) for name in names) if p is not None]
    places += [p for p in (_place_of_entity(ent, kb) for ent in entities
                           if not _only_near(ent)) if p is not None]
    if not places:
        names = [token.text for token in arguments.setting_places(sent)]
        places = [p for p in (_lookup(name, kb) for name in names) if p is not None]
    if not places:
        places = _where_they_went_for_it(trigger.token, sent, kb)
    if not places:
        places = _capital_named(trigger.token, sent, kb)
    if not places:
        places = _where_clause_place(trigger.token, kb)
    if not places:
        return None
    best = min(places, key=lambda p: _SPECIFICITY.get(p.kind, 3))
    return _location(_town_of(best, kb), kb)


def _where_they_went_for_it(token: Any, sent: Any, kb: KnowledgeBase) -> list[Place]:
    """"travelled to Beijing in June for talks with Wang", "turned up in Beijing for talks
    with Xi": the talks were held where the verb they are the purpose of took someone."""
    if not token.tag_.startswith("NN") or token.dep_ != "pobj" or token.head.lower_ != "for":
        return []
    verb = token.head.head
    if not verb.tag_.startswith("VB"):
        return []
    found = []
    for ent in sent.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.root.dep_ == "pobj" and (
                ent.root.head.lower_ in {"to", "in", "at"} and ent.root.head.head.i == verb.i):
            place = _place_of_entity(ent, kb)
            if place is not None:
                found.append(place)
    return found


def _where_clause_place(token: Any, kb: KnowledgeBase) -> list[Place]:
    """"flew to Riyadh, where the crown prince received him": a clause opened by "where" is
    set in the place it describes."""
    head = arguments.clause_head(token)
    if head.dep_ != "relcl" or not any(c.lower_ == "where" for c in head.children):
        return []
    span = next((e for e in head.doc.ents if e.start <= head.head.i < e.end), None)
    place = _place_of_entity(span, kb) if span is not None else _lookup(head.head.text, kb)
    return [place] if place is not None else []


def _capital_named(token: Any, sent: Any, kb: KnowledgeBase) -> list[Place]:
    """"sat down with Zelenskyy in the Ukrainian capital", "at talks in Ethiopia's capital":
    the capital of the state named, when the phrase says where the trigger's clause was."""
    found = []
    for noun in sent:
        if (noun.lower_ != "capital" or noun.dep_ != "pobj"
                or noun.head.lower_ not in arguments.LOCATIVE
                or not arguments.in_clause(noun, token)):
            continue
        for word in (c for c in noun.children if c.dep_ in {"amod", "poss", "compound"}):
            code = kb.adjectives.get(word.text) or kb.country_code_by_name(word.text)
            capital = kb.countries[code].capital if code in kb.countries else None
            place = kb.place(capital) if capital else None
            if place is not None:
                found.append(place)
    return found


def _location(place: Place, kb: KnowledgeBase) -> Location:
    country = kb.countries.get(place.country)
    return Location(place.name, country.name if country else None)


def _town_of(place: Place, kb: KnowledgeBase) -> Place:
    """A venue stands for its town: talks "at the Kremlin" are talks in Moscow, and events in
    one town are compared by its name (the gazetteer files a venue's town as its region)."""
    if place.kind != "venue" or not place.region:
        return place
    town = kb.place(place.region) or kb.place(place.region.split(",")[0])
    return town or Place(place.region.split(",")[0], "city", place.country, "", ())


# "BEIJING, June 19 (Wire) -", "WOODSIDE, California, Nov 15 -", "MOSCOW -": a wire story's
# dateline names the town the news comes from, in capitals, at the start of the lead.
_DATELINE = re.compile(r"^\s*(?:(?P<town>[A-Z][A-Z.'’ -]{1,30}[A-Z.])"
                       r"(?:,\s*(?P<area>[A-Z][\w.'’ -]{1,30}?))?(?=,|\s+[-–—]|:)"
                       # an agency's dateline in title case: "Hanoi (VNA) -"
                       r"|(?P<agency_town>[A-Z][\w.'’ -]{1,30}?)\s*\([A-Z][\w .]{1,20}\)"
                       r"\s*[-–—:])")


def dateline_place(text: str, kb: KnowledgeBase) -> Location | None:
    """The known town of a paragraph's opening dateline, if it has one."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    town = (match.group("town") or match.group("agency_town")).strip()
    known = _lookup(town, kb)
    if known is None and match.group("area"):
        area = _lookup(match.group("area"), kb)
        if area is not None:
            known = Place(town.title(), "city", area.country, area.name, ())
    if known is None or known.kind not in {"city", "venue"}:
        return None
    return _location(_town_of(known, kb), kb)


_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
             "southwest", "outside"}


def _only_near(ent: Any) -> bool:
    """"An estate south of San Francisco", "a resort outside Antalya": not the place itself."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 2):ent.start]]
    return bool(before) and (before[-1] == "outside" or (
        len(before) == 2 and before[1] == "of" and before[0] in _BEARINGS))


def place_named(ent: Any, kb: KnowledgeBase) -> Location | None:
    """The town (or the country, region) a place entity names, as an event's location."""
    place = _place_of_entity(ent, kb)
    return _location(_town_of(place, kb), kb) if place is not None else None


def _place_of_entity(ent: Any, kb: KnowledgeBase) -> Place | None:
    """A known place, or an unknown town placed by what follows it: "Woodside, California"."""
    known = _lookup(ent.text, kb)
    if known is not None:
        return known
    doc = ent.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        for size in (3, 2, 1):
            after = _lookup(doc[ent.end + 1:ent.end + 1 + size].text, kb)
            if after is not None:
                return Place(ent.text, "city", after.country, after.name, ())
    return None


def _lookup(name: str, kb: KnowledgeBase) -> Place | None:
    cleaned = name.strip().removeprefix("the ").strip()
    return kb.place(cleaned) or kb.place(_GENERIC.sub("", cleaned).strip())


def normalise_occasion(text: str | None, kb: KnowledgeBase) -> str | None:
    """"Group of 20 (G20) meeting" -> "G20 meeting": organisations by their short name."""
    if not text:
        return None
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    for form, short in kb.short_names:
        if form in text:
            text = text.replace(form, short)
    return text or None


def summit_town(summit: Summit | None, kb: KnowledgeBase) -> Location | None:
    """The town of the summit a contact was at, when the gazetteer knows it."""
    if summit is None:
        return None
    place = next((p for p in (_lookup(town, kb) for town in summit.towns) if p is not None),
                 None)
    return None if place is None else _location(_town_of(place, kb), kb)
