"""A round of contacts told in one clause, each with its own place or day: "Blinken met
Netanyahu in Tel Aviv on January 9, Abbas in Ramallah the next day and Sisi in Cairo on
January 11", "met Netanyahu on Tuesday and Abbas on Wednesday". Each person met is a contact
of its own, at the place and on the day written after them, not one meeting of all four.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors import TokenMention
from readout.actors.kb import KnowledgeBase
from readout.events import arguments
from readout.events.places import place_named
from readout.records import ActorRef, Location


@dataclass(frozen=True)
class Stop:
    """One person met on the round, with the place and the date expression after them."""

    person: ActorRef
    date: Any  # a date match of the sentence (its `value` and `span`), or None
    location: Location | None


def stops(token: Any, sent: Any, roles: Sequence[arguments.Role],
          mentions: Sequence[TokenMention], dates_of: Callable[[], Sequence[Any]],
          kb: KnowledgeBase) -> list[Stop]:
    """The stops of a round told by the verb at `token`, given the sentence's date matches
    (spans relative to the sentence, read only when two people are met); none unless two or
    more people met each have a place or a day of their own, and those differ."""
    if not token.tag_.startswith("VB") or not any(r.role == "subject" for r in roles):
        return []
    met = _people_met(token, roles, mentions)
    if len(met) < 2:
        return []
    dates = dates_of()
    bounds = [sent.doc[m.start].idx - sent.start_char for m in met] + [len(sent.text)]
    places = _places(sent, kb)
    found = []
    for k, mention in enumerate(met):
        start, end = bounds[k], bounds[k + 1]
        date = next((d for d in dates if start <= d.span.start < end), None)
        place = next((p for at, p in places if start <= at < end), None)
        found.append(Stop(mention.actor, date, place))
    own = [(s.date.value if s.date else None, s.location) for s in found]
    if sum(date is not None or place is not None for date, place in own) < 2 or len(
            set(own)) < 2:
        return []
    return found


def _people_met(token: Any, roles: Sequence[arguments.Role],
                mentions: Sequence[TokenMention]) -> list[TokenMention]:
    """The people met after the verb, in the order written: its objects, and the people
    after the first of them that hang on no other verb (the small model hangs "Abbas" of
    "met Netanyahu on Tuesday and Abbas on Wednesday" on the day)."""
    objects = sorted((r.mention for r in roles if r.role in {"object", "participant"}
                      and r.mention.actor.kind == "person" and r.mention.start > token.i),
                     key=lambda m: m.start)
    if not objects:
        return []
    subjects = {r.mention.actor.name for r in roles if r.role == "subject"}
    later = [m for m in mentions if m.start > objects[0].start and m.actor.kind == "person"
             and m.actor.name not in subjects and m.start < token.sent.end
             and _under(token.doc[m.start:m.end].root, token)]
    seen: set[str] = set()
    out = []
    for mention in sorted([*objects, *later], key=lambda m: m.start):
        if mention.actor.name not in seen:
            seen.add(mention.actor.name)
            out.append(mention)
    return out


def _under(word: Any, verb: Any) -> bool:
    """Whether the word hangs on the verb with no other verb between."""
    for ancestor in word.ancestors:
        if ancestor.i == verb.i:
            return True
        if ancestor.tag_.startswith("VB"):
            return False
    return False


def _places(sent: Any, kb: KnowledgeBase) -> list[tuple[int, Location]]:
    """Places put after "in" or "at" in the sentence, by where they start in it."""
    out = []
    for ent in sent.ents:
        if ent.label_ in {"GPE", "LOC", "FAC"} and ent.root.dep_ == "pobj" and (
                ent.root.head.lower_ in {"in", "at"}):
            location = place_named(ent, kb)
            if location is not None:
                out.append((ent.start_char - sent.start_char, location))
    return out
