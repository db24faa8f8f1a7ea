"""Whose voice a document is, for titles written without a state.

An official readout names its own side by bare title: "The Prime Minister met President Macron
in Paris today" (a UK government readout), "External Affairs Minister called on him yesterday"
(an Indian MEA briefing). Such a title is the holder of that office in the state the document
speaks for: the source's `speaks_for` when known, else the state the document names most,
leaving out the states of the other people in the title's sentence and favouring a state named
in a pair with one of them ("the UK-France summit", "the UK and France"). With no clear
leader, the title stays unresolved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from readout.actors.kb import KnowledgeBase
from readout.actors.offices import office_at

HOME_OFFICES = {"head_of_government", "head_of_state", "foreign_minister"}
_PAIRING = {"and", "-", "–", "&", "with"}


def state_counts(kb: KnowledgeBase, docs: Iterable[Any],
                 countries: Iterable[tuple[Any, int, str]], people: Iterable[str] = ()
                 ) -> Counter[str]:
    """How often the document names each state: by name, capital or seat of power (the
    finder's country mentions, as (doc, token index, code)), by adjective, and by the
    states of the people it names."""
    counts: Counter[str] = Counter(code for _, _, code in countries)
    counts.update(people)
    for doc in docs:
        for token in doc:
            code = kb.adjectives.get(token.text)
            if code and token.text[:1].isupper() and len(token.text) > 2:
                counts[code] += 1
    return counts


def paired(countries: list[tuple[Any, int, str]]) -> set[tuple[str, str]]:
    """States named side by side: "UK-France", "the UK and France", "India and Nepal"."""
    out: set[tuple[str, str]] = set()
    for (doc_a, i, a), (doc_b, j, b) in pairwise(countries):
        if doc_a is doc_b and a != b and 0 < j - i <= 3 and all(
                t.lower_ in _PAIRING | {"the"} for t in doc_a[i + 1:j]):
            out.update({(a, b), (b, a)})
    return out


def home(counts: Counter[str], pairs: set[tuple[str, str]], others: set[str],
         speaks_for: str | None) -> str | None:
    """The state the document speaks for, leaving out the other side's states."""
    if speaks_for:
        return speaks_for
    scores = Counter({code: n + 2 * sum((code, o) in pairs for o in others)
                      for code, n in counts.items() if code not in others})
    ranked = scores.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    if not any((ranked[0][0], o) in pairs for o in others) and (
            ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1])):
        return None  # neither named beside the other side nor clearly the most named
    return ranked[0][0]


_LOWER = {"of", "the", "and", "for"}  # the small words of a title or a state's name


def bare_title(doc: Any, i: int) -> tuple[int, str, str] | None:
    """A capitalised title with no state and no name at token i: its end, office and words
    ("Prime Minister" in "The Prime Minister met ...", not "Prime Minister Modi", not "the
    Prime Minister of Nepal")."""
    match = office_at(doc, i)
    if match is None:
        return None
    length, office = match
    words = doc[i:i + length]
    if office not in HOME_OFFICES or not all(t.text[:1].isupper() for t in words
                                             if t.is_alpha and t.lower_ not in _LOWER):
        return None
    end = i + length
    if end < len(doc) and (doc[end].tag_ == "NNP" or doc[end].lower_ == "of"):
        return None
    if i > 0 and doc[i - 1].lower_ != "the" and doc[i - 1].is_alpha and (
            doc[i - 1].tag_ not in {"IN", "CC", "TO"}):
        return None  # "his Prime Minister", "Nepali Prime Minister" (not "to Prime Minister")
    return end, office, " ".join(t.lower_ for t in words)


def own_state(kb: KnowledgeBase, speaks_for: str | None) -> str | None:
    """The state code a source's `speaks_for` names: an alpha-3 code ("IND") or a state's
    name ("India"); anything else (an organisation, an unknown code) says nothing here."""
    if not speaks_for:
        return None
    if speaks_for in kb.countries:
        return speaks_for
    return kb.country_code_by_name(speaks_for)


# A page's own masthead: "Government of India", "Ministry of External Affairs", "Ministry of
# Foreign Affairs of Japan" on a line of its own above the text.
_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?:(?:transitional|federal|national|royal)\s+)*government\s+of\s+(?:the\s+)?"
    r"(?P<state>.+?)\.?$", re.I)
_MASTHEAD_WORDS = 10  # "STATE HOUSE, DAR ES SALAAM - 25th March, 2013"
_BODY_WORDS = 15  # a sentence this long opens the text: no masthead after it


def masthead_state(kb: KnowledgeBase, paragraphs: Iterable[str]) -> str | None:
    """The state whose government published a page that says so above its text, in a
    line of its own: "Government of India"; a foreign ministry's own name, when only one
    state's ministry is called so ("Ministry of External Affairs")."""
    found: set[str] = set()
    previous = ""
    for whole in (" ".join(line.split()) for text in paragraphs for line in text.split("\n")):
        words = len(whole.split())
        if words >= _BODY_WORDS and whole.endswith((".", "!", "?", '"', "”")):
            break  # the text has begun (a long headline has no full stop)
        # "Office of the President of the Republic of Rwanda | Press Release": each part
        line = whole.split(" | ")[0]
        words = len(line.split())
        if words > _MASTHEAD_WORDS:
            continue
        government = _GOVERNMENT.match(line)
        code = _state_named(kb, government["state"]) if government else (
            _ministry_state(kb, line) or _formal_state(kb, line) or _seat_state(kb, line)
            or _leaders_office_state(kb, line) or _seat_address_state(kb, previous, line))
        if code:
            found.add(code)
        previous = line
    return found.pop() if len(found) == 1 else None


def _seat_address_state(kb: KnowledgeBase, seat: str, line: str) -> str | None:
    """"OFFICE OF THE PRESIDENT" over "THE CASTLE, OSU, ACCRA": a seat alone on its line,
    then an address that ends in a known town."""
    if _plain(seat) not in _SEATS or "," not in line:
        return None
    return _town_state(kb, line.rsplit(",", 1)[1])


# The words a state's formal name opens with: "THE UNITED REPUBLIC OF TANZANIA" above a
# release is its publisher; a bare "Tanzania" may be a section of a news site.
_FORMAL = ("republic ", "kingdom ", "united ", "federal ", "islamic ", "people's ",
           "democratic ", "socialist ", "state of ", "sultanate ", "commonwealth ",
           "principality ", "grand duchy ")


def _plain(line: str) -> str:
    """A masthead line in lower case, without a leading "the" or a closing full stop."""
    return line.lower().removeprefix("the ").rstrip(".")


def _formal_state(kb: KnowledgeBase, line: str) -> str | None:
    lowered = _plain(line)
    if not lowered.startswith(_FORMAL):
        return None
    return _state_named(kb, lowered)


def _state_named(kb: KnowledgeBase, name: str) -> str | None:
    """A state's code from its name in any case: letterheads are often in capitals
    ("GOVERNMENT OF PAKISTAN")."""
    cased = " ".join(w if w in _LOWER else w[:1].upper() + w[1:] for w in name.lower().split())
    plain = re.sub(r"^(?:the )?republic of (?:the )?", "", cased, flags=re.I)
    return kb.country_code_by_name(name) or kb.country_code_by_name(cased) or (
        kb.country_code_by_name(plain) if plain != cased else None)  # "Republic of Rwanda"


# The seats of a head of state or government that head their own releases, before the town:
# "STATE HOUSE, HARARE - 1st December, 2015", "Presidential Palace, Hanoi".
_SEATS = ("state house", "statehouse", "presidential palace", "government house",
          "presidential office", "office of the president", "the presidency", "presidency")


def _seat_state(kb: KnowledgeBase, line: str) -> str | None:
    lowered = _plain(line)
    seat = next((s for s in _SEATS if lowered.startswith(s + ",")), None)
    if seat is None:
        return None
    return _town_state(kb, re.split(r"\s[-–—]\s|,", lowered[len(seat) + 1:])[0])


def _town_state(kb: KnowledgeBase, town: str) -> str | None:
    """The state of a known town written in a letterhead, in any case ("HARARE")."""
    place = kb.place(town.strip().title())
    return place.country or None if place and place.kind == "city" else None


# A leader's own office above its release: "Press service of the President of the Republic
# of Kazakhstan", "Office of the Prime Minister of Malaysia", "PRESIDENCY OF THE REPUBLIC OF
# ECUADOR", "Presidency of the Arab Republic of Egypt – Official Spokesman".
_LEADERS_OFFICE = re.compile(
    r"^(?:(?:official\s+)?(?:press\s+(?:service|office)|office|administration|secretariat|"
    r"chancellery|website)\s+of\s+)?(?:the\s+)?(?:president|presidency|prime\s+minister)\s+"
    r"of\s+(?:the\s+)?(?P<state>.+?)(?:\s+[-–—|]\s+.*)?\.?$", re.I)


def _leaders_office_state(kb: KnowledgeBase, line: str) -> str | None:
    office = _LEADERS_OFFICE.match(line)
    if office is None:
        return None
    return _state_named(kb, office["state"])


def _ministry_state(kb: KnowledgeBase, line: str) -> str | None:
    lowered = _plain(line)
    if not lowered.startswith(("ministry of", "department of")) or len(lowered.split()) < 3:
        return None
    named = _OF_A_STATE.match(lowered)  # "Ministry of Foreign Affairs of the Republic of Iran"
    if named is not None and (code := _state_named(kb, named["state"])):
        return code
    states = {o.country for o in kb.organisations.values() if o.kind == "ministry"
              and o.country and o.name.lower().startswith(lowered)}
    return states.pop() if len(states) == 1 else None


_OF_A_STATE = re.compile(r"^(?:ministry|department) of .+? of (?:the )?(?P<state>.+)$")
