"""Office titles in text: "Russia's top diplomat", "the Chinese and Russian foreign
ministers", "the foreign minister of India", "his counterparts from Indonesia and Pakistan".

A title names an office and the states it belongs to; the mention finder then looks up who
held it on the document's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readout.actors.kb import KnowledgeBase

# Token sequences (lower case) naming an office; plural forms name one holder per state.
OFFICES: dict[tuple[str, ...], str] = {
    ("foreign", "minister"): "foreign_minister",
    ("foreign", "ministers"): "foreign_minister",
    ("top", "diplomat"): "top_diplomat",
    ("top", "diplomats"): "top_diplomat",
    ("chief", "diplomat"): "foreign_minister",
    ("foreign", "secretary"): "foreign_minister",
    ("secretary", "of", "state"): "foreign_minister",
    ("external", "affairs", "minister"): "foreign_minister",
    ("minister", "of", "foreign", "affairs"): "foreign_minister",
    ("minister", "for", "foreign", "affairs"): "foreign_minister",
    ("minister", "of", "external", "affairs"): "foreign_minister",
    ("head", "of", "the", "foreign", "ministry"): "foreign_minister",
    ("president",): "head_of_state",
    ("presidents",): "head_of_state",
    ("head", "of", "state"): "head_of_state",
    ("king",): "head_of_state",
    ("emir",): "head_of_state",
    ("supreme", "leader"): "head_of_state",
    ("prime", "minister"): "head_of_government",
    ("prime", "ministers"): "head_of_government",
    ("premier",): "head_of_government",
    ("chancellor",): "head_of_government",
    ("leader",): "leader",
    ("leaders",): "leader",
    ("defence", "minister"): "defence_minister",
    ("defense", "minister"): "defence_minister",
    ("defense", "secretary"): "defence_minister",
    ("defence", "secretary"): "defence_minister",
    ("secretary", "-", "general"): "secretary_general",
    ("secretary", "general"): "secretary_general",
    ("secretary-general",): "secretary_general",
    ("chief",): "secretary_general",
    ("head",): "secretary_general",
    ("director", "-", "general"): "secretary_general",
    ("director", "general"): "secretary_general",
    ("foreign", "policy", "chief"): "foreign_minister",
    ("national", "security", "adviser"): "national_security_adviser",
    ("national", "security", "advisor"): "national_security_adviser",
    ("spokesman",): "spokesperson",
    ("spokeswoman",): "spokesperson",
    ("spokesperson",): "spokesperson",
    ("crown", "prince"): "title:crown prince",
}

COUNTERPART = {"counterpart", "counterparts"}
# "Russian officials", "the Chinese side", "a US delegation": the state acting as a whole.
GROUPS = {"officials", "official", "diplomats", "delegation", "delegations", "side", "sides",
          "negotiators", "team", "envoys", "authorities", "government", "leadership",
          "counterparts", "administration", "military", "ministry"}
# "the deputy prime minister", "a former president": not the holder of the office itself.
NOT_THE_HOLDER = {"deputy", "vice", "former", "ex", "late", "then", "first-deputy", "assistant"}
_NP_START = {"the", "his", "her", "their", "its", "a", "an", "our", "your"}
# Between a state and a title: whose spokesman ("the Chinese Foreign Ministry spokesman").
MINISTRY_WORDS = {"foreign", "ministry", "office", "state", "department", "defence", "defense"}
_LONGEST = max(len(k) for k in OFFICES)
# Every word of a title: "Secretary General" is never a surname, "the top diplomat" a person.
TITLE_WORDS = frozenset(w for words in OFFICES for w in words)


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    office: str | None
    countries: tuple[str, ...]
    how: str  # "title" or "counterpart"


def find_titles(doc: Any, kb: KnowledgeBase, taken: set[int]) -> list[Title]:
    titles = []
    i = 0
    while i < len(doc):
        match = _office_at(doc, i)
        if match and not taken.intersection(range(i, i + match[0])):
            length, office = match
            if i > 0 and doc[i - 1].lower_ in NOT_THE_HOLDER:
                office = "unknown"
            countries = _countries_before(doc, i, kb) or _countries_after(doc, i + length, kb)
            if office == "secretary_general" and not set(countries) <= kb.role_organisations:
                countries = ()
            if countries:
                titles.append(Title(_phrase_start(doc, i, kb), i + length, office, countries,
                                    "title"))
            i += length
            continue
        local = _local_title(doc, i, kb)  # "the Kremlin spokesman" outranks "the Kremlin"
        if local is not None:
            titles.append(Title(_start_with_det(doc, i), i + local[0], local[1], (local[2],),
                                "title"))
            i += local[0]
            continue
        if doc[i].lower_ in GROUPS - COUNTERPART and i not in taken:
            countries = _adjectives_before(doc, i, kb)
            if countries:
                titles.append(Title(_start_with_det(doc, i), i + 1, "unknown", countries,
                                    "group"))
                i += 1
                continue
        if doc[i].lower_ in COUNTERPART and i not in taken:
            countries = _countries_before(doc, i, kb) or _countries_after(doc, i + 1, kb)
            if countries:
                titles.append(Title(_start_with_det(doc, i), i + 1, None, countries,
                                    "counterpart"))
        i += 1
    return titles


_FIRST_WORDS = {words[0] for words in OFFICES}


def _office_at(doc: Any, i: int) -> tuple[int, str] | None:
    if doc[i].lower_ not in _FIRST_WORDS:
        return None
    for length in range(_LONGEST, 0, -1):
        words = tuple(t.lower_ for t in doc[i:i + length])
        if len(words) == length and words in OFFICES:
            return length, OFFICES[words]
    return None


def _countries_before(doc: Any, i: int, kb: KnowledgeBase) -> tuple[str, ...]:
    """States named just before a title: "Chinese and Russian", "Russia's", "China's"."""
    return _before(doc, i, kb)[0]


def _phrase_start(doc: Any, i: int, kb: KnowledgeBase) -> int:
    """Where the title's noun phrase starts: "the UN chief" starts at "the"."""
    codes, first = _before(doc, i, kb)
    start = first if codes else i
    return _start_with_det(doc, start)


def _before(doc: Any, i: int, kb: KnowledgeBase) -> tuple[tuple[str, ...], int]:
    found: list[str] = []
    first = i
    j = i - 1
    while j >= 0 and i - j <= 6:
        token = doc[j]
        code = _state_of(token, doc, kb)
        if code:
            found.insert(0, code)
            first = j
        elif token.lower_ in _NP_START:
            break  # the noun phrase starts here: "the deputy prime minister"
        elif token.lower_ in {"'s", "’s", "and", ","}:
            pass
        elif (token.tag_ in {"JJ", "NN"} or token.lower_ in MINISTRY_WORDS) and not found:
            pass  # "Russia's new foreign minister"; "the Russian Foreign Ministry spokesman"
        else:
            break
        j -= 1
    return tuple(dict.fromkeys(found)), first


def _adjectives_before(doc: Any, i: int, kb: KnowledgeBase) -> tuple[str, ...]:
    """Only demonyms directly before: "Russian and American officials", "the US side"."""
    found: list[str] = []
    j = i - 1
    while j >= 0 and i - j <= 5:
        token = doc[j]
        if token.text in kb.adjectives:
            found.insert(0, kb.adjectives[token.text])
        elif token.lower_ not in {"and", ",", "senior", "top", "high-level", "visiting"}:
            break
        j -= 1
    return tuple(dict.fromkeys(found))


def _local_title(doc: Any, i: int, kb: KnowledgeBase) -> tuple[int, str, str] | None:
    """A title only one state uses ("the Taoiseach"): its length, office and state."""
    for length in (3, 2, 1):
        if i + length > len(doc):
            continue
        words = " ".join(t.lower_ for t in doc[i:i + length])
        found = kb.local_titles.get(words)
        if found and (length == 1 or doc[i].text[:1].isupper()):
            return length, found[0], found[1]
    return None


def _countries_after(doc: Any, i: int, kb: KnowledgeBase) -> tuple[str, ...]:
    """States named just after: "of China", "from Indonesia and Pakistan"."""
    if i >= len(doc) or doc[i].lower_ not in {"of", "from"}:
        return ()
    found: list[str] = []
    for token in doc[i + 1:i + 9]:
        code = _state_of(token, doc, kb)
        if code:
            found.append(code)
        elif token.lower_ not in {"and", ",", "the"}:
            break
    return tuple(dict.fromkeys(found))


def _state_of(token: Any, doc: Any, kb: KnowledgeBase) -> str | None:
    """The state (or, for "the UN chief", the organisation) a word names."""
    for size in (2, 1):  # "South Korean", "Chinese"
        start = token.i - size + 1
        if start >= 0 and doc[start:token.i + 1].text in kb.adjectives:
            return kb.adjectives[doc[start:token.i + 1].text]
    for size in (3, 2, 1):  # "the European Commission", "NATO's"
        start = token.i - size + 1
        for kind, key in kb.surface.get(doc[max(start, 0):token.i + 1].text, ()):
            if kind == "organisation" and key in kb.role_organisations:
                return key
    for size in (3, 2, 1):  # multi-word names end at this token: "South Korea", "the UK"
        start = token.i - size + 1
        if start < 0:
            continue
        code = kb.country_code_by_name(doc[start:token.i + 1].text)
        if code:
            return code
    return None


def _start_with_det(doc: Any, i: int) -> int:
    return i - 1 if i > 0 and doc[i - 1].lower_ in {"the", "his", "her", "their"} else i
