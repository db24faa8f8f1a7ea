"""Triage: a cheap first pass that decides which documents need the parser.

In a general news stream most articles are about sport, weather, markets or science, and the
parser is nine tenths of the cost of reading one. An article can only report a diplomatic
contact if it names an actor the knowledge base knows (a state, its capital or seat of
government, an organisation, an office-holder, a national adjective such as "Chinese") and
uses a word that reports a contact ("met", "talks", "call", "visit", "summit", ...). Both are
looked up in plain word sets, with no model: an article with neither is stored with no events
and no quotes and never parsed.

The decision is per document, not per paragraph: the later stages carry names, counterparts
and pronouns across paragraphs ("his Chinese counterpart", "the two leaders"), so parsing
only the paragraphs that look diplomatic would change what is found in the ones kept.
`benchmarks/scale_out.py` measures the recall this costs on the gold corpora (none so far) and
the time it saves on a mixed stream.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from readout.actors import KnowledgeBase
from readout.errors import ReadoutError
from readout.events.triggers import CONTACT_NOUNS, CONTACT_VERBS, WEAK_VERBS
from readout.pipeline import STAGE_VERSIONS, Annotator, dated, prepare
from readout.records import Annotation, Document, Failure

VERSION = "triage.gazetteer.v1"
_WORD = re.compile(r"\w+")
# Contact words beyond the parser's triggers that news uses for the same thing.
_MORE_TRIGGERS = frozenset({"summit", "summits", "bilateral", "counterpart", "counterparts",
                            "envoy", "delegation", "hosted", "phoned", "videoconference",
                            "readout", "visited", "met", "talks", "sidelines"})


@dataclass(frozen=True)
class Gazetteer:
    """Actor names as word tuples (indexed by their first word), and contact words."""

    forms: frozenset[tuple[str, ...]]
    longest: dict[str, int]  # first word -> the most words a form starting with it has
    triggers: frozenset[str]


@dataclass(frozen=True)
class Decision:
    parse: bool
    actor: str | None  # the first actor name found, for reports and tests
    trigger: str | None


def gazetteer(kb: KnowledgeBase) -> Gazetteer:
    """Every surface form of the knowledge base, every office-holder's surname (news names
    a leader by surname after the first mention, or from the start) and every national
    adjective."""
    forms: set[tuple[str, ...]] = set()
    surnames = (p.surname for p in kb.people.values())
    for form in [*(f for f, _, _ in kb.forms()), *surnames, *kb.adjectives]:
        words = tuple(_WORD.findall(form))
        if words and not (len(words) == 1 and len(words[0]) < 2):
            forms.add(words)
    longest: dict[str, int] = {}
    for words in forms:
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    triggers = frozenset({*CONTACT_VERBS, *WEAK_VERBS, *CONTACT_NOUNS, *_MORE_TRIGGERS})
    return Gazetteer(frozenset(forms), longest, triggers)


def decide(text: str, gaz: Gazetteer) -> Decision:
    """Parse a text when it names a known actor and uses a contact word."""
    words = _WORD.findall(text)
    trigger = next((w for w in words if w.lower() in gaz.triggers), None)
    if trigger is None:
        return Decision(False, None, None)
    actor = _first_actor(words, gaz)
    return Decision(actor is not None, actor, trigger)


def _first_actor(words: Sequence[str], gaz: Gazetteer) -> str | None:
    for i, word in enumerate(words):
        longest = gaz.longest.get(word)
        if longest is None:
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            candidate = tuple(words[i:i + size])
            if candidate in gaz.forms:
                return " ".join(candidate)
    return None


def annotate(annotator: Annotator, gaz: Gazetteer, documents: Sequence[Document],
             published: str | None = None) -> Iterator[Annotation | Failure]:
    """`Annotator.annotate` with triage: documents that cannot hold a contact event are
    cleaned and dated as usual but not parsed; they come out first, with no events.

    The decision reads the text before cleaning (and the title): boilerplate can only add
    words, so a document kept on its cleaned text is kept here too, and a kept document
    is cleaned once, by the annotator."""
    parse: list[Document] = []
    for document in documents:
        if decide(f"{document.title}\n{document.raw_text}", gaz).parse:
            parse.append(document)
            continue
        try:
            ready = dated(prepare(document, annotator.settings), published, annotator.tenure,
                          annotator.contacts)
        except ReadoutError:
            parse.append(document)  # the annotator records the same failure
            continue
        yield Annotation(document=ready, stages=(*STAGE_VERSIONS, VERSION))
    yield from annotator.annotate(parse, published)
