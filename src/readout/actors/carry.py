"""People the knowledge base does not know, carried through a document by their surname.

"Shafiqul Alam said ... Alam described ..." — the second mention is the person named in full
before, so both come out with the full name as written (never an id: nothing is known of
them beyond the text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from readout.actors.names import HONORIFICS
from readout.actors.notnames import RANK_WORDS
from readout.actors.offices import TITLE_WORDS

if TYPE_CHECKING:  # the finder calls this module: no import of it at run time
    from readout.actors.tokens import TokenMention


def carry_surnames(mentions: Sequence[Sequence[TokenMention]], docs: Sequence[Any] = ()
                   ) -> list[list[TokenMention]]:
    """The mentions, with a shorter unknown name that ends an unknown full name said before it
    ("Alam", "Al Khaja", "Abdo Benítez"), or opens one whose given name is written the Korean
    way ("Ko" of "Ko Min-jung"), given that full name when only one fits. A lone surname
    whose full name the recogniser missed takes it from the text before it ("Mr. Adesina"
    after "the Special Adviser on Media, Femi Adesina")."""
    full: list[str] = []  # unknown full names as written, in order
    out: list[list[TokenMention]] = []
    for number, paragraph in enumerate(mentions):
        kept = []
        for mention in paragraph:
            actor = mention.actor
            if actor.kind == "person" and actor.id is None:
                fitting = {name for name in full if _shortens(actor.name, name)}
                if not fitting and docs and " " not in actor.name:
                    fitting = _written_in_full(actor.name, docs[:number + 1], mention.start)
                if len(fitting) == 1:
                    [name] = fitting
                    mention = replace(mention, actor=replace(actor, name=name))
                elif len(actor.name.split()) >= 2 and actor.name not in full:
                    full.append(actor.name)
            kept.append(mention)
        out.append(kept)
    return out


def _written_in_full(surname: str, docs: Sequence[Any], before: int) -> set[str]:
    """The given name and surname the text wrote before (`before`: where the mention starts
    in the last doc): a capitalised proper noun right before the surname that is no title,
    rank or place."""
    found = set()
    for k, doc in enumerate(docs):
        end = before if k == len(docs) - 1 else len(doc)
        for token in doc[1:end]:
            given = doc[token.i - 1]
            if token.text == surname and _given_name(given):
                found.add(f"{given.text} {surname}")
    return found


def _given_name(token: Any) -> bool:
    return (token.tag_ == "NNP" and token.text[:1].isupper() and token.text.isalpha()
            and token.lower_ not in NOT_GIVEN and token.ent_type_ not in {"GPE", "NORP", "LOC"})


# Capitalised words before a surname that are not given names.
NOT_GIVEN = HONORIFICS | RANK_WORDS | TITLE_WORDS | {"mr", "mrs", "ms", "dr", "sheikh"}

_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Min-jung", "Jae-in"


def _shortens(short: str, name: str) -> bool:
    """Whether `short` is how news writes `name` again: its last words, or its first word
    when the given name after it is written the Korean way."""
    words, shorts = name.split(), short.split()
    if len(shorts) >= len(words):
        return False
    if words[-len(shorts):] == shorts:
        return True
    return len(shorts) == 1 and words[0] == short and korean_given(words[-1])


def korean_given(word: str) -> bool:
    """A given name written the Korean way, its two syllables hyphenated ("Min-jung")."""
    return bool(_KOREAN_GIVEN.match(word))
