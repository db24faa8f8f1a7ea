"""Multilateral meetings: summits and group meetings with every participant the text lists.

`expand` runs over a document's event mentions before they are combined. It reads three
things the bilateral rules leave alone:

- a group of leaders as the subject of a contact ("Leaders of South America gathered ...",
  "A delegation of African leaders is meeting Putin", "Gulf Arab leaders signed a declaration"
  next to a summit): the group stands for the states of a region or organisation
  (`groups`), and so for the people of those states the document names (in office on the
  day), the states it names without a person, and those it says attended or represented one;
- a meeting noun that "brings together" a list of people ("The five-way meeting, which was to
  bring together A, B, C, D and E");
- a meeting of three or more people that a wider one reported in the same document contains
  ("Erdogan met Niinisto and Andersson" / "The three leaders signed ... after talks hosted
  by Stoltenberg"): the narrower one is widened, so that the two combine.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from readout import dates
from readout.actors import KnowledgeBase, TokenMention
from readout.events import arguments, groups, status
from readout.events.combine import merge_participants, parties, party
from readout.events.context import Context
from readout.events.mention import at_dateline, dedupe, details, headline
from readout.events.places import dateline_place
from readout.events.triggers import Trigger, find_triggers
from readout.nlp import Paragraph
from readout.records import ActorRef, EventMention

GROUP_NOUNS = {"leaders", "presidents", "heads", "premiers", "ministers", "delegation",
               "delegations", "monarchs", "chiefs"}
# Verbs whose group subject has come together: "gathered in Brasilia", "convened".
GATHER_VERBS = {"gathered", "convened", "assembled", "met", "meeting", "attended", "joined",
                "huddled", "descended"}
# What a group does together at a meeting: reported with a summit nearby, a meeting.
JOINT_VERBS = {"signed", "agreed", "adopted", "endorsed", "approved", "launched", "issued",
               "pledged", "vowed", "decided", "declared", "resolved", "committed", "unveiled"}
SUMMIT_NOUNS = {"summit", "summits", "meeting", "talks", "conference", "gathering", "ceremony",
                "session", "retreat"}
ATTEND_VERBS = {"attended", "participated", "joined"}
PRESENT_TENSE = {"VBP", "VBZ", "VB"}
_LEADERS = {"head_of_state", "head_of_government", "vice_president"}
OFFICES = {"leaders": _LEADERS, "heads": _LEADERS, "presidents": _LEADERS,
           "premiers": _LEADERS, "monarchs": _LEADERS, "chiefs": _LEADERS,
           "foreign": {"foreign_minister"},
           "ministers": {"foreign_minister", "defence_minister", "head_of_government", "other"}}
REMOTE_WORDS = {"video", "virtual", "virtually", "videoconference", "teleconference", "phone",
                "telephone", "online", "remotely"}


@dataclass(frozen=True)
class _Seen:
    """An actor the document names, with the state it stands for (when known)."""

    paragraph: int
    actor: ActorRef
    code: str | None


@dataclass(frozen=True)
class _Doc:
    paragraphs: Sequence[Paragraph]
    mentions: Sequence[Sequence[TokenMention]]
    context: Context
    seen: tuple[_Seen, ...]
    codes: dict[str, str]  # country name -> code


def expand(found: list[EventMention], paragraphs: Sequence[Paragraph],
           mentions: Sequence[Sequence[TokenMention]], context: Context
           ) -> list[EventMention]:
    """The mentions, with the participants of multilateral meetings filled in."""
    kb = context.kb
    codes = {c.name: code for code, c in kb.countries.items()}
    doc = _Doc(paragraphs, mentions, context, tuple(_roster(paragraphs, mentions, codes)),
               codes)
    new: list[EventMention] = []
    for number, paragraph in enumerate(paragraphs):
        if headline(paragraph.doc.text):
            continue
        dateline = dateline_place(paragraph.doc.text, kb)
        for k, sent in enumerate(paragraph.doc.sents):
            told = _group_meetings(doc, number, sent) + _brought_together(doc, number, sent)
            new += [at_dateline(m, dateline) if k == 0 else m for m in told]
    return _widen([*found, *_distinct(new)])


# -- who the document names ----------------------------------------------------------------

def _roster(paragraphs: Sequence[Paragraph], mentions: Sequence[Sequence[TokenMention]],
            codes: dict[str, str]) -> Iterator[_Seen]:
    for number, (paragraph, found) in enumerate(zip(paragraphs, mentions, strict=True)):
        for mention in found:
            if mention.how == "pronoun" or mention.actor.kind == "organisation":
                continue
            actor = mention.actor
            code = codes.get(actor.country or "")
            if code is None and actor.kind == "person":
                code = _country_before(paragraph.doc, mention, found, codes)
                if code is not None:
                    actor = replace(actor, country=_name_of(code, codes))
            yield _Seen(number, actor, code)


def _country_before(doc: Any, mention: TokenMention, found: Sequence[TokenMention],
                    codes: dict[str, str]) -> str | None:
    """"Ecuador's Guillermo Lasso", "Comoros President Azali Assoumani": the state named
    right before a person the knowledge base does not know."""
    for other in found:
        gap = doc[other.end:mention.start]
        if (other.actor.kind == "country" and 0 <= mention.start - other.end <= 2
                and all(t.tag_ in {"POS", "NNP", "NN"} and not t.is_punct for t in gap)):
            return codes.get(other.actor.name)
    return None


def _name_of(code: str, codes: dict[str, str]) -> str:
    return next(name for name, c in codes.items() if c == code)


# -- a group of leaders meets --------------------------------------------------------------

def _group_meetings(doc: _Doc, number: int, sent: Any) -> list[EventMention]:
    out: list[EventMention] = []
    done: set[int] = set()
    found = doc.mentions[number]
    for token in sent:
        if token.lower_ not in GROUP_NOUNS or not token.tag_.startswith("NN"):
            continue
        group = _outermost(token)
        verb = _verb_of(group)
        if verb is None or group.i in done:
            continue
        done.add(group.i)
        if not _reported(verb):
            continue
        states, listed = _group_states(doc, group, found)
        if not states and len(listed) < 3:
            continue
        for anchor in _anchors(verb, group, sent, _following(doc, number, sent)):
            event = _group_event(doc, number, sent, anchor, (group, states, listed))
            if event is not None:
                out.append(event)
    return out


def _outermost(token: Any) -> Any:
    """"a delegation of African leaders": the delegation is what the verb is about."""
    while (token.dep_ == "pobj" and token.head.lower_ == "of"
           and token.head.head.lower_ in GROUP_NOUNS):
        token = token.head.head
    return token


def _verb_of(group: Any) -> Any:
    """The verb a group is the subject of, also through an apposition the parser made of a
    wire dateline ("JAKARTA, April 24 (Wire) - Southeast Asian leaders told ...")."""
    if group.dep_ in {"nsubj", "nsubjpass"}:
        return group.head
    if group.dep_ == "appos" and group.head.dep_ in {"nsubj", "nsubjpass"}:
        return group.head.head
    return None


def _reported(verb: Any) -> bool:
    """A contact told as having happened or happening now: not "will meet", "would meet",
    "normally meet twice a year" (present simple), "did not meet"."""
    if not verb.tag_.startswith("VB") or verb.tag_ in PRESENT_TENSE:
        return False
    if verb.tag_ == "VBG" and not any(a.lower_ in {"is", "are", "was", "were"}
                                      for a in verb.children if a.dep_ == "aux"):
        return False
    if status.tense(verb) == "future" or status.hypothetical(verb) or status.cancelled(verb):
        return False
    if verb.lower_ in status.FUTURE_HEADS - {"agreed"} | status.READINESS:
        return False  # "NATO leaders are expected to invite ...", "are ready to meet"
    return not any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}
                   for c in verb.children)


def _group_states(doc: _Doc, group: Any, found: Sequence[TokenMention]
                  ) -> tuple[frozenset[str], list[ActorRef]]:
    """The states a group phrase stands for, and the people it lists in apposition."""
    scope = _scope(group)
    inside = [m for m in found if m.start in scope and m.how != "pronoun"]
    day = doc.context.published
    codes: set[str] = set()
    taken: set[int] = set()
    kb = doc.context.kb
    for mention in sorted(inside, key=lambda m: m.start - m.end):
        if mention.actor.kind == "organisation":
            org = _organisation_id(mention.actor, kb)
            if org in groups.ORGANISATIONS:
                codes |= groups.members(groups.ORGANISATIONS[org], day)
                taken |= set(range(mention.start, mention.end))
    codes |= _regions(group.doc, scope, inside, day)
    countries = {doc.codes[m.actor.name] for m in inside if m.actor.kind == "country"
                 and m.actor.name in doc.codes and not set(range(m.start, m.end)) & taken}
    if len(countries) >= 2:
        codes |= countries
    listed = [m.actor for m in inside if m.actor.kind == "person" or (
        m.actor.kind == "organisation" and set(range(m.start, m.end)) & taken)]
    return frozenset(codes), listed


def _scope(group: Any) -> set[int]:
    """The tokens of the group's noun phrase, without clauses that hang off it."""
    out = {group.i}
    for child in group.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "punct", "cc"} or child.i < group.i:
            out |= {t.i for t in child.subtree}
    return out


def _organisation_id(actor: ActorRef, kb: KnowledgeBase) -> str | None:
    return next((key for key, org in kb.organisations.items() if org.name == actor.name),
                None)


def _regions(doc: Any, scope: set[int], inside: Sequence[TokenMention], day: str | None
             ) -> set[str]:
    """"South American", "Gulf Arab", "Southeast Asian": a region named inside the phrase,
    unless a state's name covers more of it ("South African leaders" are one state's)."""
    words = sorted(scope)
    out: set[str] = set()
    for form in sorted(groups.REGIONS, key=lambda f: -len(f.split())):
        size = len(form.split())
        for k in range(len(words) - size + 1):
            span = [doc[i] for i in words[k:k + size]]
            if " ".join(t.lower_ for t in span).replace(" - ", "-") != form:
                continue
            start, end = span[0].i, span[-1].i + 1
            if any(m.actor.kind == "country" and m.start <= start and m.end >= end
                   and (m.end - m.start) > size for m in inside):
                continue
            if any(m.actor.kind == "country" and start <= m.start and m.end <= end
                   and (m.end - m.start) == size for m in inside):
                continue
            return set(groups.members(groups.REGIONS[form], day))
    return out


def _following(doc: _Doc, number: int, sent: Any) -> Any:
    """The sentence after this one, in the next paragraph when this one ends its own."""
    if sent.end < len(sent.doc):
        return sent.doc[sent.end].sent
    if number + 1 < len(doc.paragraphs):
        return next(iter(doc.paragraphs[number + 1].doc.sents), None)
    return None


def _anchors(verb: Any, group: Any, sent: Any, following: Any) -> list[Any]:
    """The tokens that report the group's contact: contact words the group is the subject of
    ("is meeting Putin", "after holding talks with Zelenskyy"), a gathering verb, or a joint
    act next to a summit ("signed a declaration" + "the annual summit")."""
    scope = _scope(group)
    triggers = [t.token for t in find_triggers(sent)
                if t.token.i not in scope and _done_by(t.token, verb)
                and arguments.in_clause(t.token, verb)
                and not status.hypothetical(t.token) and status.tense(t.token) != "future"]
    if triggers:
        return triggers
    if verb.lower_ in GATHER_VERBS:
        return [verb]
    summit = any(t.lower_ in SUMMIT_NOUNS and t.i not in scope for t in sent)
    if not summit and verb.lower_ in JOINT_VERBS and following is not None:
        summit = any(t.lower_ in SUMMIT_NOUNS for t in following)
    return [verb] if summit else []


def _done_by(token: Any, verb: Any) -> bool:
    """Whether the group subject of `verb` is who does `token`: the verb itself, its object
    ("held talks"), or a clause below with no subject of its own ("after holding talks")."""
    current = token
    for _ in range(8):
        if current.i == verb.i:
            return True
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return False
        if current.dep_ in {"relcl", "ccomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _group_event(doc: _Doc, number: int, sent: Any, anchor: Any,
                 group: tuple[Any, frozenset[str], list[ActorRef]]) -> EventMention | None:
    token, states, listed = group
    found = doc.mentions[number]
    roles = [r for r in arguments.roles(anchor, "meet", False, found, sent)
             if r.mention.start not in _scope(token) and r.mention.how != "pronoun"]
    base = details(Trigger(anchor, "meet", True), sent, doc.paragraphs[number].offset,
                            roles, doc.context)
    if base["status"] != "happened":
        return None
    if base["type"] == "call" and not _remote(anchor):
        base["type"] = "meeting"
    others = [r.mention.actor for r in roles if r.role in {"subject", "object", "participant"}
              and r.mention.actor.kind != "organisation"]
    day = base["date"] or doc.context.published
    members = _members(doc, number, states, (day, _offices(token)))
    everyone = dedupe([*listed, *members, *others])
    if len(_state_parties(everyone)) < 3 or len(
            [a for a in everyone if a.kind != "organisation"]) < 3:
        return None
    return EventMention(participants=everyone, **base)


def _remote(anchor: Any) -> bool:
    """"held a virtual summit", "met by video link": a call word on the contact word itself
    or on a phrase that hangs from it (not anywhere in a clause below it)."""
    near = [*anchor.children, *(g for c in anchor.children if c.dep_ == "prep"
                                for g in c.subtree)]
    return any(t.lower_ in REMOTE_WORDS for t in near)


def _offices(group: Any) -> set[str] | None:
    """The offices the group's people hold: "leaders" are heads of state or government,
    "foreign ministers" foreign ministers ("the leaders and foreign ministers": both); None
    for a delegation, which may hold anyone."""
    out: set[str] = set()
    for token in [group, *group.conjuncts]:
        word = token.lower_
        if word in {"delegation", "delegations"}:
            return None
        foreign = any(c.lower_ == "foreign" for c in token.children)
        out |= OFFICES["foreign" if foreign else word] if (foreign or word in OFFICES) else set()
    return out or None


def _members(doc: _Doc, number: int, states: frozenset[str],
             when: tuple[str | None, set[str] | None]) -> list[ActorRef]:
    """The people of the group's states the document names (in an office the group's word
    fits on the day, when the knowledge base knows them), those it says attended, and the
    states it names without a person."""
    people = [s.actor for s in doc.seen if s.actor.kind == "person" and s.code in states
              and _in_office(s.actor, when, doc.context.kb)]
    people += _attendees(doc, number)
    covered = {a.country for a in people}
    states_named = [s.actor for s in doc.seen if s.actor.kind == "country"
                    and s.code in states and s.actor.name not in covered]
    return _unique([*people, *states_named])


def _in_office(actor: ActorRef, when: tuple[str | None, set[str] | None],
               kb: KnowledgeBase) -> bool:
    day, offices = when
    key = kb.person_keys.get(actor.name)
    if key is None or not kb.offices_of(key, None):
        return True  # nothing known against it
    held = {t.office for t in kb.offices_of(key, day[:10] if day else None)}
    return bool(held) and (offices is None or bool(held & offices))


def _attendees(doc: _Doc, number: int) -> list[ActorRef]:
    """"Jared Kushner ... attended the signing ceremony", "Peru was represented by the head of
    its Council of Ministers, Alberto Otarola": people said to be there, in the paragraphs that
    follow (a representative stands for the state represented)."""
    out: list[ActorRef] = []
    for k in range(number, min(number + 4, len(doc.paragraphs))):
        paragraph, found = doc.paragraphs[k], doc.mentions[k]
        for mention in found:
            if mention.actor.kind != "person" or mention.how == "pronoun":
                continue
            root = paragraph.doc[mention.start:mention.end].root
            actor = _with_country(mention, doc, k)
            if root.dep_ == "nsubj" and root.head.lower_ in ATTEND_VERBS and (
                    root.head.tag_ == "VBD"):
                out.append(actor)
            represented = _represented(root)
            if represented is not None:
                state = next((m.actor.name for m in found if m.actor.kind == "country"
                              and m.start <= represented.i < m.end), None)
                out.append(actor if actor.country or state is None
                           else replace(actor, country=state))
    return out


def _represented(root: Any) -> Any:
    """The subject of "was represented by ..." above a person, if any."""
    current = root
    for _ in range(6):
        if current.head.i == current.i or current.head.tag_.startswith("VB"):
            break
        current = current.head
    verb = current.head
    if current.dep_ != "agent" or verb.lower_ != "represented":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _with_country(mention: TokenMention, doc: _Doc, number: int) -> ActorRef:
    for seen in doc.seen:
        if seen.paragraph == number and seen.actor.name == mention.actor.name:
            return seen.actor
    return mention.actor


def _unique(actors: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for actor in actors:
        if all(actor.name != other.name for other in out):
            out.append(actor)
    return out


# -- a meeting that brings people together -------------------------------------------------

def _brought_together(doc: _Doc, number: int, sent: Any) -> list[EventMention]:
    """"The five-way meeting, which was to bring together A, B, C, D and E, was cancelled"."""
    out = []
    found = doc.mentions[number]
    for verb in sent:
        if verb.lower_ not in {"bring", "brings", "brought", "bringing"} or not any(
                c.dep_ == "prt" and c.lower_ == "together" for c in verb.children):
            continue
        noun = verb.head if verb.dep_ in {"relcl", "acl"} else next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if noun is None and verb.dep_ == "xcomp":
            noun = verb.head.head if verb.head.dep_ in {"relcl", "acl"} else None
        if noun is None or noun.lower_ not in SUMMIT_NOUNS:
            continue
        span = {t.i for t in verb.subtree}
        actors = [m.actor for m in found if m.start in span and m.how != "pronoun"
                  and m.actor.kind != "organisation"]
        people = dedupe(actors)
        if len(parties(people)) < 3:
            continue
        base = details(Trigger(noun, "meet", True), sent,
                                doc.paragraphs[number].offset, [], doc.context)
        if base["status"] == "planned":
            continue
        out.append(EventMention(participants=people, **base))
    return out


# -- a narrower report of a wider meeting --------------------------------------------------

def _distinct(new: list[EventMention]) -> list[EventMention]:
    out: list[EventMention] = []
    for mention in new:
        if all(m.evidence != mention.evidence or m.participants != mention.participants
               for m in out):
            out.append(mention)
    return out


def _widen(mentions: list[EventMention]) -> list[EventMention]:
    """A meeting of three or more people (or one from the same sentence) that a wider one of
    the same document contains takes the wider one's participants, and so combines with it."""
    out = list(mentions)
    for k, small in enumerate(mentions):
        wider = [m for m in mentions if m is not small and _contains(m, small)]
        if wider:
            widest = max(wider, key=lambda m: len(parties(m.participants)))
            union = _union(small.participants, widest.participants)
            out[k] = replace(small, participants=union)
            j = mentions.index(widest)
            out[j] = replace(out[j], participants=_union(out[j].participants, union))
    return out


def _union(first: Sequence[ActorRef], second: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """Both lists, each person once (with a state where one of the two gives it)."""
    merged = merge_participants([first, second])
    placed = {a.name for a in merged if a.kind == "person" and a.country}
    return tuple(a for a in merged if a.country or a.kind != "person" or a.name not in placed)


def _contains(big: EventMention, small: EventMention) -> bool:
    same_sentence = big.evidence == small.evidence
    people = {a.name for a in small.participants if a.kind == "person"}
    if len(people) < 3 and not same_sentence:
        return False
    if (big.type != small.type or big.status != small.status
            or big.background != small.background or not dates.compatible(big.date, small.date)):
        return False
    actors = [a for a in small.participants if a.kind != "organisation" or a.country]
    covered = all(any(b.name == a.name or party(b) == party(a) for b in big.participants)
                  for a in actors)
    more = len(parties(big.participants)) > len(parties(small.participants)) or (
        same_sentence and len(big.participants) > len(small.participants))
    return len(actors) >= 3 and covered and more


def _state_parties(actors: Sequence[ActorRef]) -> frozenset[str]:
    return parties([a for a in actors if a.kind != "organisation" or a.country])
