"""Who said a quote: the subject of its reporting verb, or the source after "according to".

Pronouns and descriptors are resolved by the actors stage; "it added" and "the statement
said" go to the author of the last statement the document mentioned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from readout.actors import TokenMention
from readout.records import ActorRef

CUES = {
    "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "noted", "notes",
    "stressed", "stresses", "warned", "warns", "remarked", "commented", "emphasized",
    "emphasised", "emphasizes", "explained", "insisted", "urged", "wrote", "writes", "declared",
    "stated", "asked", "replied", "continued", "concluded", "reported", "announced", "argued",
    "believes", "pointed", "acknowledged", "affirmed", "reiterated", "underlined", "recalled",
    "observed", "suggested", "claimed", "hailed", "praised", "described", "called", "vowed",
    "pledged", "rejected", "highlighted", "quoted", "talked", "spoke", "agreed",
}
STATEMENT_WORDS = {"statement", "readout", "communique", "communiqué", "post", "release",
                   "report", "transcript", "message"}
SELF_WORDS = {"it", "statement", "readout", "ministry", "communique", "communiqué", "release",
              "report", "post", "they"}
OUTLETS = {"cctv", "xinhua", "tass", "ria", "reuters", "afp", "interfax", "ria novosti",
           "global times", "kyodo", "yonhap", "anadolu", "irna", "wam", "spa", "bernama"}


@dataclass(frozen=True)
class Attribution:
    actor: ActorRef | None
    mention: TokenMention | None
    cue: str | None
    inferred: bool = False


def attribute(sent: Any, inside: set[int], mentions: Sequence[TokenMention],
              last_author: ActorRef | None) -> Attribution | None:
    """The speaker of the quote whose tokens are `inside`, from the sentence around it."""
    cues = [t for t in sent if t.i not in inside and t.lower_ in CUES and t.tag_.startswith("VB")]
    cues.sort(key=lambda t: _distance_to_quote(t, inside))
    for cue in cues:
        found = _subject_of(cue, mentions, last_author)
        if found:
            return found
    return _according_to(sent, inside, mentions, last_author)


def _distance_to_quote(cue: Any, inside: set[int]) -> tuple[int, int]:
    """Prefer the cue whose clause holds the quote, innermost first, then the nearest."""
    words = [i for i in inside if not cue.doc[i].is_punct] or sorted(inside)
    holds = cue.left_edge.i <= min(words) and max(words) <= cue.right_edge.i
    size = cue.right_edge.i - cue.left_edge.i
    gap = min(abs(cue.i - i) for i in inside)
    return (0, size) if holds else (1, gap)


def _subject_of(cue: Any, mentions: Sequence[TokenMention],
                last_author: ActorRef | None) -> Attribution | None:
    subjects = [c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and cue.dep_ in {"conj", "xcomp"}:
        subjects = [c for c in cue.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    found = [m for m in (_mention_in(s, mentions) for s in subjects) if m]
    if found:
        best = min(found, key=lambda m: _RANK.get(m.actor.kind if m.how != "metonym"
                                                  else "metonym", 3))
        return Attribution(best.actor, best, cue.lower_)
    for subject in subjects:
        if subject.lower_ in SELF_WORDS and last_author is not None:
            return Attribution(last_author, _self_mention(subject), cue.lower_)
    return None


# A person named in the subject speaks, rather than the state in "China's top diplomat".
_RANK = {"person": 0, "organisation": 1, "metonym": 2, "country": 3}


def _mention_in(token: Any, mentions: Sequence[TokenMention]) -> TokenMention | None:
    """The actor mention at a subject's head, else the first inside its phrase."""
    left, right = token.left_edge.i, token.right_edge.i
    inside = [m for m in mentions if left <= m.start and m.end - 1 <= right]
    for mention in inside:
        if mention.start <= token.i < mention.end:
            return mention
    people = [m for m in inside if m.actor.kind != "country" or m.how == "metonym"]
    ranked = people or inside
    return ranked[0] if ranked else None


def _self_mention(token: Any) -> TokenMention:
    return TokenMention(token.left_edge.i, token.i + 1, ActorRef("", None, "organisation"),
                        "descriptor")


def _according_to(sent: Any, inside: set[int], mentions: Sequence[TokenMention],
                  last_author: ActorRef | None) -> Attribution | None:
    for token in sent:
        if token.lower_ == "according" and token.i not in inside:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
            for obj in objects:
                mention = _mention_in(obj, mentions)
                if mention:
                    return Attribution(mention.actor, mention, "according to")
                if obj.lower_ in STATEMENT_WORDS and last_author is not None:
                    return Attribution(last_author, None, "according to", inferred=True)
    return None


def statement_author(sent: Any, mentions: Sequence[TokenMention],
                     ministry_of: Callable[[str], ActorRef | None]) -> ActorRef | None:
    """"a statement from Russia's foreign ministry", "the Chinese foreign ministry said in a
    statement", "the Russian readout": the body the statement speaks for."""
    if not any(t.lower_ in STATEMENT_WORDS | {"ministry", "said"} for t in sent):
        return None
    ranked = sorted((m for m in mentions if sent.start <= m.start < sent.end
                     and m.actor.kind == "organisation"), key=lambda m: m.start)
    if ranked:
        return ranked[0].actor
    for token in sent:
        # "the Russian readout", "a Chinese statement": the state's foreign ministry, which
        # issues the readouts of diplomatic contacts.
        if token.lower_ in STATEMENT_WORDS and (token.tag_.startswith("NN") or token.dep_ in {
                "nsubj", "nsubjpass", "pobj", "dobj"}):
            for child in token.children:
                found = ministry_of(child.text) if child.dep_ in {"amod", "compound"} else None
                if found:
                    return found
    return None


def channel(sent: Any, inside: set[int]) -> str | None:
    """Where it was said: "Telegram", "statement", "reporters", "interview", "CCTV"."""
    words = [t for t in sent if t.i not in inside]
    lowered = [t.lower_ for t in words]
    for token in words:
        if token.lower_ in OUTLETS or token.text in {"X", "Twitter", "Weibo", "Telegram"}:
            if token.text == "X" and token.head.lower_ not in {"on", "post"}:
                continue
            return str(token.text)
    for key, label in (("interview", "interview"), ("conference", "press conference"),
                       ("briefing", "press briefing"), ("reporters", "reporters"),
                       ("statement", "statement"), ("readout", "readout"),
                       ("post", "social media post"), ("speech", "speech")):
        if key in lowered:
            return label
    return None
