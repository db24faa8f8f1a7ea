"""People the recogniser missed, found by the title or role written before their name.

"Prime Minister of Solomon Islands Manasseh Sogavare", "spokesperson Clayson Monyela": the
proper nouns right after a title with its state, or after a role noun, name a person,
whatever the small model made of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from readout.actors import notnames
from readout.actors.kb import KnowledgeBase
from readout.actors.names import NameIndex
from readout.actors.offices import OFFICES, TITLE_WORDS
from readout.actors.tokens import TokenMention
from readout.records import ActorRef

# Nouns for what a person does that news puts right before their name.
ROLE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "envoy",
              "negotiator", "mediator", "ambassador", "commander", "chief", "secretary",
              "minister", "director", "chairman", "chairwoman", "chairperson", "official"}
_NOT_PEOPLE = {"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW"}


def named_after_titles(doc: Any, found: list[TokenMention], kb: KnowledgeBase,
                       names: NameIndex) -> list[TokenMention]:
    """The people named right after "<title> of <state>" (of that state) or a role noun."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for mention in found:
        if mention.actor.kind == "country" and title_of_before(doc, mention.start):
            end = _name_end(doc, mention.end, taken, _after_title, longest=4)
            if end - mention.end >= 2:
                out.append(_person(doc, mention.end, end, mention.actor.country, "title+name",
                                   kb, names))
                taken.update(range(mention.end, end))
    for token in doc:
        if token.lower_ in ROLE_NOUNS and token.i + 2 < len(doc):
            end = _name_end(doc, token.i + 1, taken, _name_word, longest=3)
            if end - token.i - 1 >= 2 and not (end < len(doc) and doc[end].tag_ == "NNP"):
                out.append(_person(doc, token.i + 1, end, None, "role+name", kb, names))
                taken.update(range(token.i + 1, end))
    return out


def _name_end(doc: Any, start: int, taken: set[int],
              fits: Callable[[Any, set[int]], bool], longest: int) -> int:
    """Where the run of at most `longest` name words from `start` ends."""
    end = start
    while end < len(doc) and end - start < longest and fits(doc[end], taken):
        end += 1
    return end


def _person(doc: Any, start: int, end: int, country: str | None, how: str,
            kb: KnowledgeBase, names: NameIndex) -> TokenMention:
    """A known person spelt nearly so, else someone new, as written."""
    text = doc[start:end].text
    key = names.similar(text)
    actor = kb.person_ref(key) if key is not None else ActorRef(text, None, "person", country)
    return TokenMention(start, end, actor, how)


def _after_title(token: Any, taken: set[int]) -> bool:
    return token.tag_ == "NNP" and token.text[:1].isupper() and token.i not in taken


def _name_word(token: Any, taken: set[int]) -> bool:
    """A word that can be part of a name the NER missed: a capitalised proper noun that is no
    month, weekday, state or title, and no part of a mention already found."""
    return (token.i not in taken and token.tag_ == "NNP" and token.text[:1].isupper()
            and token.text.replace("-", "").isalpha() and token.ent_type_ not in _NOT_PEOPLE
            and token.lower_ not in TITLE_WORDS and token.lower_ not in notnames.MONTHS
            and token.lower_ not in notnames.WEEKDAYS)


def title_of_before(doc: Any, start: int) -> bool:
    """Whether "<title> of" ends just before `start` ("Prime Minister of", "President of")."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    return any(tuple(t.lower_ for t in doc[start - 1 - size:start - 1]) in OFFICES
               for size in range(1, 4) if start - 1 - size >= 0)
