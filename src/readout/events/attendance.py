"""Who attended or chaired a meeting told in a sentence of its own.

Official readouts and wire copy often report a meeting in one sentence and who was there in
the next: "The council met on Friday under the chairmanship of X. It was attended by A, B and
C."; "Merkel and Macron hosted the leaders of the region. EU foreign policy chief Federica
Mogherini also attended."; "The Meeting was held under the chairmanship of X. A, B and C took
part in the Meeting." `join` adds those people to the meeting they were at, and tells the
meeting itself when no sentence did (the council, not a person, was the subject).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout.actors import TokenMention
from readout.events import arguments, status
from readout.events.context import Context
from readout.events.mention import dedupe, details, headline
from readout.events.triggers import Trigger
from readout.nlp import Paragraph
from readout.records import ActorRef, EventMention

ATTEND_VERBS = {"attended", "participated", "took"}
# What one attends that is the meeting just told: "the meeting", "the Meeting", "it".
MEETING_NOUNS = {"meeting", "meetings", "summit", "talks", "session", "conference", "council",
                 "gathering", "dinner", "consultations", "forum", "retreat"}
CHAIR_NOUNS = {"chairmanship", "co-chairmanship", "chairpersonship", "chairwomanship",
               "presidency"}
CHAIR_VERBS = {"chaired", "co-chaired", "presided"}
GATHERED = {"met", "convened", "held", "gathered"}


@dataclass(frozen=True)
class _Sentence:
    paragraph: int
    sent: Any
    start: int
    end: int


def join(found: list[EventMention], paragraphs: Sequence[Paragraph],
         mentions: Sequence[Sequence[TokenMention]], context: Context) -> list[EventMention]:
    """The mentions, with attendees and chairs told in a neighbouring sentence added."""
    sentences = [_Sentence(n, s, p.offset + s.start_char, p.offset + s.end_char)
                 for n, p in enumerate(paragraphs) if not headline(p.doc.text)
                 for s in p.doc.sents]
    out = list(found)
    for k, here in enumerate(sentences):
        present = mentions[here.paragraph]
        attendees, chairs = _attendees(here.sent, present), _chairs(here.sent, present)
        if not attendees and not chairs:
            continue
        before = sentences[k - 1] if k else None
        after = sentences[k + 1] if k + 1 < len(sentences) else None
        # an attendee joins the meeting told here or just before; a chair the meeting told
        # here or just after ("... held under the chairmanship of X. A and B took part.")
        for people, places in ((attendees, (here, before)), (chairs, (here, after))):
            target = _meeting_in(out, places)
            if people and target is not None:
                out[target] = _with(out[target], people)
        if attendees and _meeting_in(out, (here, before, after)) is None and before:
            told = _untold(before, here, [*_chairs(before.sent, mentions[before.paragraph]),
                                          *chairs, *attendees],
                           (paragraphs, mentions), context)
            out += [told] if told is not None else []
    return out


def _attendees(sent: Any, present: Sequence[TokenMention]) -> list[ActorRef]:
    """"It was attended by A, B and C", "Mogherini also attended", "A and B took part in the
    meeting", "with the participation of A and B": people who were at the meeting just told."""
    out: list[ActorRef] = []
    for token in sent:
        word = token.lower_
        if word in ATTEND_VERBS and token.tag_ in {"VBD", "VBN"} and _told(token) and (
                _at_this_meeting(token)):
            agents = [c for c in token.children if c.dep_ == "agent"]
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            out += [a for phrase in agents or subjects for a in _people_in(phrase, present)]
        elif word == "participation" and any(c.lower_ == "the" for c in token.children):
            out += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for a in _people_in(c, present)]
    return list(dedupe(out))


def _told(verb: Any) -> bool:
    """Attended, not "will be attended by" or "would have attended"."""
    return status.tense(verb) != "future" and not status.hypothetical(verb)


def _at_this_meeting(verb: Any) -> bool:
    """Attending with no object, "it", or the meeting just told ("the Meeting"); "took" only
    as "took part"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lower_ == "took":
        if not any(o.lower_ == "part" for o in objects):
            return False
        objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj"]
    elif verb.lower_ == "participated":
        objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                   for o in c.children if o.dep_ == "pobj"]
    if verb.lower_ == "attended" and any(c.dep_ == "agent" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return all(o.lower_ in {"it", "them"} or (
        o.lower_ in MEETING_NOUNS and any(d.lower_ in {"the", "this"} for d in o.children))
        for o in objects)


def _chairs(sent: Any, present: Sequence[TokenMention]) -> list[ActorRef]:
    """"under the chairmanship of X", "chaired by X", "presided over by X"."""
    out: list[ActorRef] = []
    for token in sent:
        if token.lower_ in CHAIR_NOUNS and token.head.lower_ == "under":
            out += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for a in _people_in(c, present)]
        elif token.lower_ in CHAIR_VERBS and token.tag_ == "VBN":
            agents = [c for c in token.children if c.dep_ == "agent"]
            agents += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "over"
                       for a in c.children if a.dep_ == "agent"]
            out += [a for agent in agents for a in _people_in(agent, present)]
    return list(dedupe(out))


def _people_in(phrase: Any, present: Sequence[TokenMention]) -> list[ActorRef]:
    first, last = phrase.left_edge.i, phrase.right_edge.i
    return [m.actor for m in present if first <= m.start and m.end - 1 <= last
            and m.how != "pronoun" and m.actor.kind in {"person", "country"}]


def _meeting_in(found: list[EventMention], places: Sequence[_Sentence | None]) -> int | None:
    """The meeting told in the first of these sentences that tells one (the last told)."""
    for place in places:
        if place is None:
            continue
        told = [k for k, m in enumerate(found) if m.type == "meeting"
                and m.status != "planned" and place.start <= m.evidence.start < place.end]
        if told:
            return told[-1]
    return None


def _with(mention: EventMention, people: list[ActorRef]) -> EventMention:
    return replace(mention, participants=dedupe([*mention.participants, *people]))


def _untold(before: _Sentence, here: _Sentence, people: list[ActorRef],
            parsed: tuple[Sequence[Paragraph], Sequence[Sequence[TokenMention]]],
            context: Context) -> EventMention | None:
    """"The council met on Friday in Goa. It was attended by A, B and C": a meeting whose
    subject is no person, told with those who attended it."""
    people = list(dedupe(people))
    if len({a.country or a.name for a in people}) < 2:
        return None
    told = before
    anchor = next((t for t in before.sent if t.lower_ in GATHERED and t.tag_ in {"VBD", "VBN"}
                   and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in MEETING_NOUNS
                           for c in t.children)), None)
    if anchor is None and len({a.country for a in people if a.country}) >= 2:
        # "The summit was attended by A, B and C", of two states or more that it names: the
        # attendance tells the meeting itself
        told, anchor = here, next((t for t in here.sent if t.lower_ == "attended" and any(
            c.dep_ == "nsubjpass" and c.lower_ in MEETING_NOUNS for c in t.children)), None)
    if anchor is None or not _refers_back(here.sent):
        return None
    paragraphs, mentions = parsed
    roles = arguments.roles(anchor, "meet", False, mentions[told.paragraph], told.sent)
    base = details(Trigger(anchor, "meet", True), told.sent,
                   paragraphs[told.paragraph].offset, roles, context)
    if base["status"] != "happened":
        return None
    return EventMention(participants=tuple(people), **base)


def _refers_back(sent: Any) -> bool:
    """The attendance names the meeting by "it" or "the meeting", not a meeting of its own."""
    return any(t.lower_ == "it" or (t.lower_ in MEETING_NOUNS and any(
        d.lower_ in {"the", "this"} for d in t.children)) for t in sent)
