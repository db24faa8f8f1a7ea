"""People the recogniser missed, found by the title or role written before their name.

"Prime Minister of Solomon Islands Manasseh Sogavare", "spokesperson Clayson Monyela": the
proper nouns right after a title with its state, or after a role noun, name a person,
whatever the small model made of them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from readout.actors import notnames
from readout.actors.honorifics import COURTESY
from readout.actors.kb import KnowledgeBase
from readout.actors.names import NameIndex
from readout.actors.offices import OFFICES, TITLE_WORDS
from readout.actors.tokens import TokenMention
from readout.records import ActorRef

# Nouns for what a person does that news puts right before their name.
ROLE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "envoy",
              "negotiator", "mediator", "ambassador", "commander", "chief", "secretary",
              "minister", "director", "chairman", "chairwoman", "chairperson", "official",
              # the people news quotes for comment: "Helena Brandt-Okafor, a China analyst"
              "analyst", "expert", "researcher", "professor", "scholar", "economist",
              "historian"}
_NOT_PEOPLE = {"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW"}


def named_after_titles(doc: Any, found: list[TokenMention], kb: KnowledgeBase,
                       names: NameIndex) -> list[TokenMention]:
    """The people named right after "<title> of <state>" (of that state) or a role noun, or
    right before an apposition that gives their role."""
    taken = {i for m in found for i in range(m.start, m.end)}
    out = []
    for mention in found:
        if mention.actor.kind == "country" and title_of_before(doc, mention.start):
            # "Vice President of China H.E. Mr. Wang Qishan": the courtesy titles are no name
            start = mention.end
            while start < len(doc) and doc[start].lower_ in COURTESY:
                start += 1
            end = _name_end(doc, start, taken, _after_title, longest=4)
            if end - start >= 2:
                out.append(_person(doc, start, end, mention.actor.country, "title+name",
                                   kb, names))
                taken.update(range(start, end))
    for token in doc:
        if token.lower_ in ROLE_NOUNS and token.i + 2 < len(doc):
            end = _name_end(doc, token.i + 1, taken, _name_word, longest=3)
            if end - token.i - 1 >= 2 and not (end < len(doc) and doc[end].tag_ == "NNP"):
                out.append(_person(doc, token.i + 1, end, None, "role+name", kb, names))
                taken.update(range(token.i + 1, end))
    for start in _name_starts(doc):
        end = _name_end(doc, start, taken, _name_or_hyphen_part, longest=5)
        if end - start >= 2 and _role_follows(doc, end):
            out.append(_person(doc, start, end, None, "name+role", kb, names))
            taken.update(range(start, end))
    return out


# Marks after which a name may start: the sentence's start, a closing quote, a comma.
_BEFORE_A_NAME = {'"', "\u201d", "'", "\u2019", ","}


# Verbs of saying after which the speaker's name may follow: '"...," said Helena Brandt-Okafor'.
_SAID = {"said", "says", "added", "adds", "noted", "wrote", "explained"}


def _name_starts(doc: Any) -> list[int]:
    return [t.i for t in doc if t.is_sent_start or (
        t.i > 0 and (doc[t.i - 1].text in _BEFORE_A_NAME or doc[t.i - 1].lower_ in _SAID))]


def _role_follows(doc: Any, end: int) -> bool:
    """"Yoon Young-chan, the new senior presidential secretary for public affairs, told":
    an apposition that opens with an article and soon gives a role noun, or opens with the
    role noun itself ("Zaw Htay, director of the president's office, said")."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    if doc[end + 1].lower_ in ROLE_NOUNS and doc[end + 2].lower_ in {"of", "for", "to", "at"}:
        return True
    if doc[end + 1].lower_ not in {"the", "a", "an"}:
        return False
    for token in doc[end + 2:min(end + 8, len(doc))]:
        if token.is_punct:
            return False
        if token.lower_ in ROLE_NOUNS:
            return True
    return False


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


def _name_or_hyphen_part(token: Any, taken: set[int]) -> bool:
    """A name word, or a piece of a hyphenated one ("Yoon Young-chan" is four tokens)."""
    doc = token.doc
    joined = token.i > 0 and not doc[token.i - 1].whitespace_ and doc[token.i - 1].text == "-"
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
    return _name_word(token, taken) or (joined and token.is_alpha and token.i not in taken)


def title_of_before(doc: Any, start: int) -> bool:
    """Whether "<title> of" ends just before `start` ("Prime Minister of", "President of")."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    return any(tuple(t.lower_ for t in doc[start - 1 - size:start - 1]) in OFFICES
               for size in range(1, 4) if start - 1 - size >= 0)
