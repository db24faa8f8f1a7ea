"""Offices that speak for a leader: "the Kremlin said", "Rwanda's presidency described the
talks as 'productive'", "Erdogan's office said", "the royal cabinet said in a statement".

For events such words stand for the state ("talks at the Kremlin" are talks with Russia);
as the speaker of a quote the office itself speaks, so the quotes stage sees an office
mention in their place, and "it added" after them goes back to the office too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors import TokenMention
from readout.records import ActorRef


@dataclass(frozen=True)
class Offices:
    """The knowledge base's offices, bound to the document's day."""

    by_form: Callable[[str], ActorRef | None]  # "the Kremlin" -> Kremlin
    of_state: Callable[[str, str], ActorRef | None]  # ("president", "Rwanda") -> its office
    of_person: Callable[[ActorRef, str | None], ActorRef | None]  # the office a leader holds
    home: str | None = None  # the state of the story's dateline: "the Presidency" is its own


NO_OFFICES = Offices(lambda form: None, lambda kind, state: None, lambda person, kind: None)

# The noun of an office phrase, and the office it names when that is known from the noun.
_NOUNS: dict[str, str | None] = {"presidency": "president", "office": None, "cabinet": "royal",
                                 "court": "royal", "palace": None}
# "the royal court", "the presidential palace", "the prime minister's office".
_KIND_WORDS = {"royal": "royal", "presidential": "president", "president": "president",
               "prime": "prime_minister", "premier": "prime_minister"}


def _speaks(noun: Any) -> bool:
    """An office speaks as the subject of a verb or after "from", "by" or "according to"
    ("a statement from the presidency"); "a spokesman for the presidency" is someone else."""
    return noun.dep_ in {"nsubj", "nsubjpass"} or (
        noun.dep_ == "pobj" and noun.head.lower_ in {"from", "by", "to"})


def with_offices(paragraphs: Sequence[Any], mentions: Sequence[Sequence[TokenMention]],
                 offices: Offices) -> list[list[TokenMention]]:
    """Each paragraph's mentions, with office phrases that may speak made office mentions."""
    earlier: list[ActorRef] = []
    out: list[list[TokenMention]] = []
    for paragraph, found in zip(paragraphs, mentions, strict=True):
        doc = paragraph.doc
        found = [_seat(m, doc, offices) for m in found]
        for token in doc:
            if token.lower_ not in _NOUNS or not _speaks(token):
                continue
            before = earlier + [m.actor for m in found if m.end <= token.i]
            office = _office_of_phrase(token, found, before, offices)
            if office is not None and not any(m.start <= token.i < m.end for m in found
                                              if m.how == "office"):
                start = token.left_edge.i
                found = [m for m in found if m.end <= start or m.start > token.i]
                found.append(TokenMention(start, token.i + 1, office, "office"))
        found.sort(key=lambda m: m.start)
        out.append(found)
        earlier += [m.actor for m in found if m.actor.kind == "person" or m.how == "office"]
    return out


def _seat(mention: TokenMention, doc: Any, offices: Offices) -> TokenMention:
    """"the Kremlin", "Downing Street": a seat of power named for its state is its office."""
    if mention.how != "metonym":
        return mention
    office = offices.by_form(doc[mention.start:mention.end].text)
    return TokenMention(mention.start, mention.end, office, "office") if office else mention


def _office_of_phrase(noun: Any, mentions: Sequence[TokenMention], before: list[ActorRef],
                      offices: Offices) -> ActorRef | None:
    modifiers = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound"}]
    kind = _NOUNS[noun.lower_]
    for word in (w for m in modifiers for w in m.subtree):
        kind = _KIND_WORDS.get(word.lower_, kind)
    if noun.lower_ in {"cabinet", "court"} and not any(w.lower_ == "royal" for w in modifiers):
        return None  # a government's cabinet, a court of law
    owners = modifiers + [p for prep in noun.children if prep.lower_ in {"of", "in"}
                          for p in prep.children if p.dep_ == "pobj"]
    if kind is None:  # "the Office of the Presidency": the presidency's
        kind = next((_NOUNS[o.lower_] for o in owners if _NOUNS.get(o.lower_)), None)
    for owner in owners:
        found = _owner(owner, mentions, kind, offices)
        if found is not None:
            return found
    # "PRETORIA - ... the Presidency said": the dateline's own office of that kind
    home = offices.of_state(kind, offices.home) if offices.home and kind else None
    for actor in reversed(before):
        # "the presidency said" after "the presidency in Pretoria said": the office named
        # before; "the royal cabinet said", "the Presidency said": the office of the monarch
        # or president the story named last, unless the story is filed in a state of its own.
        if actor.id and actor.id.startswith(f"office:{kind}:"):
            return actor
        found = offices.of_person(actor, kind) if kind in {"royal", "president"} else None
        if found is not None:
            return home or found
    return home


def _owner(word: Any, mentions: Sequence[TokenMention], kind: str | None,
           offices: Offices) -> ActorRef | None:
    """The office of the state or leader a modifier names: "Rwanda's", "Turkish", "in
    Pretoria", "Erdogan's", "of President Ruto"."""
    mention = next((m for m in mentions if m.start <= word.i < m.end), None)
    if mention is not None and mention.actor.kind == "person":
        return offices.of_person(mention.actor, kind)
    if kind is None:
        return None
    if mention is not None and mention.actor.kind == "country" and mention.actor.country:
        return offices.of_state(kind, mention.actor.country)
    return offices.of_state(kind, word.text) if word.dep_ == "amod" else None
