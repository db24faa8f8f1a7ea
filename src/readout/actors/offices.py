"""Office titles in text: "Russia's top diplomat", "the Chinese and Russian foreign
ministers", "the foreign minister of India", "his counterparts from Indonesia and Pakistan".

A title names an office and the states it belongs to; the mention finder then looks up who
held it on the document's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from readout.actors.kb import MONARCH_TITLES, KnowledgeBase

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
    ("amir",): "head_of_state",
    ("supreme", "leader"): "head_of_state",
    ("prime", "minister"): "head_of_government",
    ("prime", "ministers"): "head_of_government",
    ("premier",): "head_of_government",
    ("chancellor",): "head_of_government",
    ("leader",): "leader",
    ("leaders",): "leader",
    ("ruler",): "leader",  # "the Omani ruler": the sultan
    ("head", "of", "government"): "head_of_government",
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
    ("monarch",): "head_of_state",
    ("sultan",): "head_of_state",
    ("emperor",): "head_of_state",
    ("queen",): "head_of_state",
    ("managing", "director"): "secretary_general",
    ("chairperson",): "secretary_general",
    ("chairman",): "secretary_general",
    ("chairwoman",): "secretary_general",
    ("press", "secretary"): "press_secretary",
    ("prosecutor",): "title:prosecutor",
}
# Titles only an organisation's post answers to: "the UN chief", "the ICC prosecutor"; after a
# state's name they say nothing about who ("the Chinese chairman", "a Ukrainian prosecutor").
ORGANISATION_ONLY = {"secretary_general", "title:prosecutor"}
# A monarch's titles: "the Jordanian monarch" is whoever holds one of them.
# Other spellings of a title, as the knowledge base writes it: Kuwaiti and Qatari papers
# write "the Amir".
_SPELLINGS = {"amir": "emir"}
# After "UN": the agency whose head a title names ("the UN refugee chief" heads UNHCR, "the
# UN nuclear watchdog chief" the IAEA), when the knowledge base lists that agency's heads.
UN_AGENCIES = {"refugee": "UNHCR", "refugees": "UNHCR", "rights": "OHCHR", "nuclear": "IAEA",
               "atomic": "IAEA", "health": "WHO", "food": "WFP", "children": "UNICEF",
               "children's": "UNICEF", "cultural": "UNESCO", "trade": "WTO"}
# Nouns naming an organisation's organ between it and the title: "the AU Commission chief".
_ORGAN_WORDS = {"commission", "watchdog", "agency", "secretariat", "body", "rights", "human"}

COUNTERPART = {"counterpart", "counterparts"}
# "Russian officials", "the Chinese side", "a US delegation": the state acting as a whole.
GROUPS = {"officials", "official", "diplomats", "delegation", "delegations", "side", "sides",
          "negotiators", "team", "envoys", "authorities", "government", "leadership",
          "counterparts", "administration", "military", "ministry"}
# A deputy holds another office: "the Deputy Minister", "the Vice President".
DEPUTIES = {"deputy", "vice", "assistant", "first-deputy", "junior", "under"}
# "the deputy prime minister", "a former president": not the holder of the office itself.
NOT_THE_HOLDER = DEPUTIES | {"former", "ex", "late", "then",
                             # "the last American president to visit", "the first Chinese
                             # leader to": someone of a line of holders, not today's
                             "last", "previous", "first", "next", "future"}
# "the former British prime minister": someone who held the office before the day.
FORMER = {"former", "ex", "late"}
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
    office: str | None  # an office code; "former:<code>" for a past holder
    countries: tuple[str, ...]
    how: str  # "title", "group", "counterpart" or "monarch" (a bare "the King")
    words: str = ""  # the title as written, lower case: "president", "prime minister"


def find_titles(doc: Any, kb: KnowledgeBase, taken: set[int]) -> list[Title]:
    titles = []
    i = 0
    while i < len(doc):
        match = _office_at(doc, i)
        if match and not taken.intersection(range(i, i + match[0])):
            length, office = match
            words = " ".join(t.lower_ for t in doc[i:i + length])
            words = _SPELLINGS.get(words, words)
            countries, end = countries_before(doc, i, kb), i + length
            if not countries:
                countries, end = _countries_after(doc, i + length, kb)
            if office in ORGANISATION_ONLY and not set(countries) <= kb.role_organisations:
                countries = ()
            office = _qualified(doc, i, office)
            if countries:
                titles.append(Title(_phrase_start(doc, i, kb), end, office, countries,
                                    "title", words))
            elif _bare_monarch(doc, i, words):
                titles.append(Title(i - 1, i + 1, office, (), "monarch", words))
            i += length
            continue
        local = _local_title(doc, i, kb)  # "the Kremlin spokesman" outranks "the Kremlin"
        if local is not None and not taken.issuperset(range(i, i + local[0])) and not (
                _before_an_unknown_name(doc, i + local[0], taken)):
            # ("Emperor Akihito": a title inside a name already found says nothing more; "the
            # Kremlin spokesman" is more than "the Kremlin" found before)
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
            countries = countries_before(doc, i, kb) or _countries_after(doc, i + 1, kb)[0]
            if countries:
                titles.append(Title(_start_with_det(doc, i), i + 1, None, countries,
                                    "counterpart"))
        i += 1
    return titles


_FIRST_WORDS = {words[0] for words in OFFICES}


def _qualified(doc: Any, i: int, office: str) -> str:
    """"the deputy prime minister" holds no office of its own ("unknown"); "the former
    British prime minister" held it once ("former:head_of_government")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and doc[j].lower_ not in _NP_START:
        word = doc[j].lower_.rstrip("-")
        if word == "":
            j -= 1  # "ex-president" is "ex", "-", "president"
            continue
        if word in FORMER:
            return f"former:{office}"
        if word in NOT_THE_HOLDER:
            return "unknown"
        if doc[j].tag_ in {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "IN", "CC"} or (
                doc[j].is_punct):
            break
        j -= 1
    return office


def _bare_monarch(doc: Any, i: int, words: str) -> bool:
    """"The Queen", "the King", "the Emir": a monarch named by title alone."""
    return words in MONARCH_TITLES and (
        doc[i].text[:1].isupper()) and i > 0 and (
        doc[i - 1].lower_ == "the") and not (i + 1 < len(doc) and doc[i + 1].tag_ == "NNP")


def office_at(doc: Any, i: int) -> tuple[int, str] | None:
    """The office a title starting at token i names, and the title's length in tokens."""
    return _office_at(doc, i)


def _office_at(doc: Any, i: int) -> tuple[int, str] | None:
    if doc[i].lower_ not in _FIRST_WORDS:
        return None
    for length in range(_LONGEST, 0, -1):
        words = tuple(t.lower_ for t in doc[i:i + length])
        if len(words) == length and words in OFFICES:
            return length, OFFICES[words]
    return None


def countries_before(doc: Any, i: int, kb: KnowledgeBase) -> tuple[str, ...]:
    """States named just before a title: "Chinese and Russian", "Russia's", "China's"."""
    codes, first = _before(doc, i, kb)
    if codes == ("UN",):
        # "the UN refugee chief", "the UN human rights chief": the agency the words name
        agencies = {UN_AGENCIES.get(t.lower_) for t in doc[first + 1:i]} - {None}
        if len(agencies) == 1 and (agency := agencies.pop()) in kb.role_organisations:
            return (agency,)
    return codes


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
        elif (token.tag_ in {"JJ", "NN"} or token.lower_ in MINISTRY_WORDS | _ORGAN_WORDS
              ) and not found:
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


def _before_an_unknown_name(doc: Any, end: int, taken: set[int]) -> bool:
    """"Pope Tawadros II": a title only one state's holder bears, written before a name the
    knowledge base does not know, is that other person's title."""
    return end < len(doc) and end not in taken and doc[end].tag_ == "NNP" and (
        doc[end].text[:1].isupper() and doc[end].ent_type_ in {"", "PERSON"})


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


def _countries_after(doc: Any, i: int, kb: KnowledgeBase) -> tuple[tuple[str, ...], int]:
    """States named just after: "of China", "from Indonesia and Pakistan"; and where the
    title's phrase ends ("the head of the IAEA" takes in the IAEA)."""
    if i >= len(doc) or doc[i].lower_ not in {"of", "from"}:
        return (), i
    found: list[str] = []
    end = i
    j = i + 1
    while j < min(len(doc), i + 9):
        # "of the United States", "of South Africa": the longest state name starting here
        size = next((n for n in (3, 2) if j + n <= len(doc)
                     and kb.country_code_by_name(doc[j:j + n].text)), 1)
        code = kb.country_code_by_name(doc[j:j + size].text) if size > 1 else _state_of(
            doc[j], doc, kb)
        if code:
            found.append(code)
            end = j + size
        elif doc[j].lower_ not in {"and", ",", "the"}:
            break
        j += size
    return tuple(dict.fromkeys(found)), (end if found else i)


def _state_of(token: Any, doc: Any, kb: KnowledgeBase) -> str | None:
    """The state (or, for "the UN chief", the organisation) a word names."""
    for size in (2, 1):  # "South Korean", "Chinese"
        start = token.i - size + 1
        if start >= 0 and doc[start:token.i + 1].text in kb.adjectives:
            return kb.adjectives[doc[start:token.i + 1].text]
    for size in (3, 2, 1):  # "the European Commission", "NATO's", "the State Department"
        start = token.i - size + 1
        for kind, key in kb.surface.get(doc[max(start, 0):token.i + 1].text, ()):
            if kind == "organisation" and key in kb.role_organisations:
                return key
            if kind == "organisation" and kb.organisations[key].country:
                return kb.organisations[key].country  # a state's own ministry
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
