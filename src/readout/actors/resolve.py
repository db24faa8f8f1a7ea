"""One mention, resolved on a date: what `readout actors resolve` prints.

The mention is found inside its context sentence (or read alone) by the same finder the
pipeline uses, so the answer is the one an article would get.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from readout.actors.kb import KnowledgeBase, Term
from readout.actors.mentions import ActorFinder
from readout.actors.tokens import TokenMention
from readout.nlp import Paragraph
from readout.records import ActorRef


@dataclass(frozen=True)
class Resolution:
    actor: ActorRef
    role: str | None  # the office held on the date, for a person: "Foreign Minister"


def resolve(finder: ActorFinder, nlp: Any, text: str, day: str,
            context: str | None = None) -> Resolution | None:
    """The actor `text` refers to on `day`, reading it inside `context` when given."""
    sentence = context if context and text in context else text
    start = _word_at(sentence, text)
    doc = nlp(sentence)
    [mentions] = finder.document([Paragraph(0, doc)], day)
    found = _covering(mentions, doc, start, start + len(text))
    if found is None or _a_place_here(found, doc):
        return None
    return Resolution(found.actor, role_on(finder.kb, found.actor, day))


def _word_at(sentence: str, text: str) -> int:
    """Where `text` first occurs as whole words: "he" in "where he said" is not the "he"
    of "where"."""
    found = re.search(rf"(?<!\w){re.escape(text)}(?!\w)", sentence)
    return found.start() if found else sentence.index(text)


LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "across", "over", "through",
             "from", "to", "into", "within", "of"}


def _a_place_here(mention: TokenMention, doc: Any) -> bool:
    """"the snow in Moscow": a capital after a locative preposition is the place itself."""
    if mention.how != "metonym":
        return False
    root = doc[mention.start:mention.end].root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _covering(mentions: list[TokenMention], doc: Any, start: int, end: int
              ) -> TokenMention | None:
    """The mention that best covers the characters [start, end): one that reaches the
    text's last word first, since an English noun phrase ends with its head ("Foreign
    Ministry spokesman Wang Wenbin" is Wang, not the ministry); else the widest overlap."""
    best, best_key = None, (False, 0)
    for mention in mentions:
        first = doc[mention.start].idx
        last = doc[mention.end - 1].idx + len(doc[mention.end - 1])
        overlap = min(end, last) - max(start, first)
        key = (first < end <= last + 1 and overlap > 0, overlap)
        if overlap > 0 and key > best_key:
            best, best_key = mention, key
    return best


def role_on(kb: KnowledgeBase, actor: ActorRef, day: str) -> str | None:
    key = kb.person_keys.get(actor.name)
    if actor.kind != "person" or not key:
        return None
    terms = kb.offices_of(key, day)
    return _title(terms[0]) if terms else None


def _title(term: Term) -> str:
    return term.title or term.office.replace("_", " ")


def roles_over_time(kb: KnowledgeBase, name: str) -> list[Term]:
    """Every term in office of the person with this name (or alias), oldest first."""
    keys = {key for kind, key in kb.surface.get(name, ()) if kind == "person"}
    if name in kb.person_keys:
        keys.add(kb.person_keys[name])
    return sorted((t for t in kb.terms if t.person in keys), key=lambda t: t.start)
