"""Names as news writes them: transliteration variants, bare surnames, honorifics.

"Hassan Rowhani" is Hassan Rouhani, "Gerhard Schroeder" is Gerhard Schröder, "Mohamed bin
Salman" is Mohammed bin Salman: a name the knowledge base does not list verbatim is matched
by a normalised, spelling-tolerant comparison with the people who share its surname or its
first name. A bare surname ("Aliyev", "Sharif", "Clinton") or an honorific with one name
("Ms Wong", "King Abdullah") is the one such person in office on the document's date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher

from readout.actors.kb import FAMILY_NAME_FIRST, KnowledgeBase

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "president",
              "king", "queen", "prince", "princess", "sheikh", "emir", "premier", "chancellor",
              "pope", "minister", "senator", "general", "crown"}
_FOLD = str.maketrans({"ö": "oe", "ü": "ue", "ä": "ae", "ß": "ss", "ğ": "g", "ı": "i", "ł": "l",
                       "ø": "o", "đ": "d"})
SIMILAR = 0.84
_PATRONYMIC = {"bin", "ibn", "bint", "ben", "ould"}


def fold(name: str) -> str:
    """Lower case, no accents, no punctuation: "Erdoğan" -> "erdogan"."""
    lowered = name.lower().translate(_FOLD)
    plain = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", plain).split())


# How alike each word of a name must be to its counterpart: "Berdimuhamedow" is
# "Berdimuhamedov", but "chan" is not "kwan". The family name, which tells people apart
# more than a given name shared by thousands, must be closer: "Shukri" is "Shoukry", but
# "Ahmed Kattan" is not "Ahmed Attaf".
SIMILAR_WORD = 0.6
SIMILAR_FAMILY_NAME = 0.75


def _word_by_word(written: str, form: str) -> bool:
    """Whether, word for word, a name is spelt nearly like a known form. Names of unequal
    length are judged as a whole, but the written family name must be close to a word of the
    form ("Sharif Hassan Sheikh Aden" is not "Sharif Sheikh Ahmed"; "Mohammed bin Salman" is
    "Mohammed bin Salman Al Saud")."""
    a, b = written.split(), form.split()
    if len(a) != len(b):
        return any(SequenceMatcher(None, a[-1], y).ratio() >= SIMILAR_FAMILY_NAME for y in b)
    return all(SequenceMatcher(None, x, y).ratio() >= SIMILAR_WORD
               for x, y in zip(a, b, strict=True)) and (
        SequenceMatcher(None, a[-1], b[-1]).ratio() >= SIMILAR_FAMILY_NAME)


class NameIndex:
    """People by folded name token, for spelling-tolerant and partial-name lookups."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.by_token: dict[str, set[str]] = defaultdict(set)
        self.forms: dict[str, list[str]] = defaultdict(list)
        for person in kb.people.values():
            for form in (person.name, *person.aliases):
                folded = fold(form)
                self.forms[person.id].append(folded)
                for k, token in enumerate(folded.split()):
                    # two letters are a name only as a family name written first: "Xi", "Li"
                    if len(token) > 2 or (k == 0 and person.country in FAMILY_NAME_FIRST):
                        self.by_token[token].add(person.id)

    def similar(self, written: str) -> str | None:
        """The one person whose name is spelt nearly like `written` (two words or more)."""
        folded = fold(written)
        words = folded.split()
        if len(words) < 2:
            return None
        # "Abe Shinzo", "Kishida Fumio": some outlets write Japanese (and Hungarian) names
        # family name first, so a two-word name is also tried the other way round.
        readings = [folded] + ([f"{words[1]} {words[0]}"] if len(words) == 2 else [])
        if len(words) in {3, 4} and len(words) == len(written.split()):
            # a middle name the knowledge base leaves out: "Robert Gabriel Mugabe", "John
            # Evans Atta Mills" (but "Young-chan" is one given name)
            readings += [" ".join(words[:k] + words[k + 1:]) for k in range(1, len(words) - 1)]
        candidates = self.by_token.get(words[-1], set()) | self.by_token.get(words[0], set())
        scored = sorted(((max(SequenceMatcher(None, reading, f).ratio() for f in
                              self.forms[p] for reading in readings), p)
                         for p in candidates), reverse=True)
        if not scored or scored[0][0] < SIMILAR:
            return None
        if len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.02:
            return None  # two people are as close: do not guess
        best = scored[0][1]
        if not any(_word_by_word(reading, f) for f in self.forms[best] for reading in readings):
            return None  # "Yoon Young-chan" is not "Yoon Young-kwan"
        return best

    def in_office(self, word: str, day: str | None, honorific: str = "",
                  states: tuple[str, ...] = ()) -> str | None:
        """The one person with this surname (or single name) holding an office on the day.

        When several do, the one whose surname it is ("Abbas" is Mahmoud Abbas, not Abbas
        Araghchi), or the one whose known forms carry the honorific written before it
        ("Prince Faisal" is the Saudi Faisal bin Farhan, not Syria's Faisal Mekdad), or the
        one in office for the state written before ("Saudi Arabia's King Abdullah")."""
        if day is None or len(word) < 2:
            return None
        people = [p for p in self.by_token.get(fold(word), set()) if self._named(p, word)]
        holding = sorted(p for p in people if self.kb.offices_of(p, day))
        if len(holding) > 1 and states:
            holding = [p for p in holding if any(
                t.country in states for t in self.kb.offices_of(p, day))] or holding
        if len(holding) > 1 and honorific:
            holding = [p for p in holding if self._bears(p, honorific, day)] or holding
        if len(holding) > 1:
            holding = [p for p in holding if self.surname_is(p, word)] or holding
        return holding[0] if len(holding) == 1 else None

    def _bears(self, person: str, honorific: str, day: str) -> bool:
        """Whether the honorific is among the person's known forms, or in the title held on
        the day ("Crown Prince Salman" in 2013 holds "Crown Prince"; Salman Khurshid does
        not)."""
        return any(honorific in form.split() for form in self.forms[person]) or any(
            honorific in fold(term.title).split() for term in self.kb.offices_of(person, day))

    def surname_is(self, person: str, word: str) -> bool:
        """Whether the word is the person's family name: the last word of the name, unless
        it follows "bin" ("Mohammed bin Salman" is not a Salman)."""
        words = fold(self.kb.people[person].name).split()
        return words[-1] == fold(word) and (len(words) < 2 or words[-2] not in _PATRONYMIC)

    def _named(self, person: str, word: str) -> bool:
        """Whether the word is one of the person's names, not a father's after "bin"
        ("Crown Prince Salman" is no Khalifa bin Salman)."""
        folded = fold(word)
        return any(w == folded and (k == 0 or words[k - 1] not in _PATRONYMIC)
                   for words in map(str.split, self.forms[person]) for k, w in enumerate(words))
