"""Known contacts: who visited, met or phoned whom, where and on which days.

`time_data/contacts.tsv` lists leaders' and ministers' visits, meetings and calls from 2000
on. Many web pages carry no date, yet their lead reports one well-known contact ("Sánchez
sat down to an iftar dinner with King Mohammed VI in Rabat on Thursday"). A lead sentence
reports a contact when it names all its people, says a call for a call (and not for a visit),
and names no other town of the book as a place (after "in", "at", "to" or in the page's header
and dateline). The time stage dates such a page by the one contact that also fits its other
cues and the weekday it tells.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from readout.actors.honorifics import PATRONYMIC
from readout.actors.kb import KnowledgeBase
from readout.actors.names import NameIndex
from readout.errors import SettingsError
from readout.tables import plain, rows

CONTACTS = Path(__file__).parent / "time_data" / "contacts.tsv"
KINDS = {"visit", "meeting", "call"}
# A call is told by its medium; "called on" is a visit and "called for" no contact at all.
_CALL = re.compile(r"\b(?:(?:tele)?phone[ds]?|phoned|telephoning|video[- ](?:call|link|conference)"
                   r"|call(?:ed|s)?(?! on| for| upon)|conversation|spoke by|spoke over)\b", re.I)
# A town where something happened follows a preposition of place ("in Rabat", "to the
# Moroccan capital, Rabat", "in the city of Ufa"); "Pretoria had hoped" is its government.
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|outside|into)\b(?:\s+the\s+[\w' -]{1,30}?"
                       r"(?:\s+of|,))?\s+$", re.I)
# Words that put the contact told up to the last of its people (and a little after) in the past
# or the future of the story: "since he met the king in Rabat", "will travel to Delhi".
_NOT_NOW = re.compile(r"\b(?:last|previous|ago|since|former|had|will|would|next|upcoming|due|"
                      r"expected|plans?|planned|scheduled|ahead of)\b", re.I)


@dataclass(frozen=True)
class Contact:
    kind: str
    people: tuple[str, ...]
    town: str
    country: str
    start: dt.date
    end: dt.date

    def weekdays(self) -> set[int]:
        days = (self.end - self.start).days + 1
        return {(self.start + dt.timedelta(days=n)).weekday() for n in range(min(days, 7))}


@dataclass(frozen=True)
class ContactBook:
    contacts: tuple[Contact, ...]
    names: re.Pattern[str]  # any written form of anyone's name
    people_of: dict[str, frozenset[str]]  # a form, without accents -> whom it may name
    towns: re.Pattern[str]  # any town of the book

    def reported_in(self, sentence: str, header: str = "") -> list[Contact]:
        """The contacts a sentence reports: all their people named, a call told for a call
        and not for anything else, and for a visit or meeting, its town named in the
        sentence or in the page's `header` ("Mexico City | Latin America desk"), or no
        other town of the book there: the same two people met elsewhere too."""
        sentence = _CAPITALS.sub(lambda m: m.group(0).title(), plain(sentence))
        named: dict[str, int] = {}  # person -> where the sentence first names them
        for match in self.names.finditer(sentence):
            for person in self.people_of[match.group(0)]:
                named.setdefault(person, match.end())
        if len(named) < 2:
            return []
        call = bool(_CALL.search(sentence))
        towns = {m.group(0) for m in self.towns.finditer(plain(header))} | {
            m.group(0) for m in self.towns.finditer(sentence)
            if _LOCATIVE.search(sentence[max(0, m.start() - 40):m.start()])}
        return [c for c in self.contacts
                if set(c.people) <= named.keys() and (c.kind == "call") == call
                and (c.kind == "call" or not towns or plain(c.town) in towns)
                and not _NOT_NOW.search(sentence[:max(named[p] for p in c.people) + 40])]


def load_book(kb: KnowledgeBase, path: Path = CONTACTS, index: NameIndex | None = None
              ) -> ContactBook:
    """The book, with each person's name forms: the name, its known aliases and the family
    name alone (the knowledge base tells which word that is: "Xi", "Sánchez"). `index`: the
    actor finder's index of the same knowledge base, when there is one."""
    # a day the compilers were not sure of dates no page: no date beats a wrong one
    contacts = [_contact(row, path) for row in rows(path, "start")
                if "uncertain" not in "".join(row[6:])]
    people_of: dict[str, set[str]] = {}
    index = index or NameIndex(kb)
    for person in {p for c in contacts for p in c.people}:
        for form in _forms(person, kb, index):
            people_of.setdefault(plain(form), set()).add(person)
    forms = sorted(people_of, key=len, reverse=True)
    towns = sorted({plain(c.town) for c in contacts if c.town}, key=len, reverse=True)
    return ContactBook(
        contacts=tuple(contacts),
        names=_any_of(forms),
        people_of={form: frozenset(people) for form, people in people_of.items()},
        towns=_any_of(towns))


# A family name in capitals, as Japanese and Korean readouts write it ("ISHIBA Shigeru"):
# read as written in the book. The same length keeps every position in the sentence.
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b(?=\s+[A-Z][a-z])")


def _any_of(words: list[str]) -> re.Pattern[str]:
    """Any of the words, as a whole word; nothing at all for no words."""
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")


def _known(name: str, kb: KnowledgeBase, index: NameIndex) -> str | None:
    """The knowledge base's key for a name of the book: as written, an alias, without a
    style ("Mohammed VI of Morocco"), or spelt nearly alike."""
    bare = re.sub(r" of [A-Z][\w ]+$", "", name)
    for form in (name, bare, f"King {bare}"):
        key = kb.person_keys.get(form) or next(
            (k for kind, k in kb.surface.get(form, ()) if kind == "person"), None)
        if key:
            return key
    return index.similar(name)


def _forms(name: str, kb: KnowledgeBase, index: NameIndex) -> set[str]:
    key = _known(name, kb, index)
    person = kb.people.get(key) if key else None
    words = name.split()
    forms = {name, *((person.name, *person.aliases) if person else ())}
    cut = next((i for i, w in enumerate(words) if w.lower() in PATRONYMIC), None)
    if cut is not None:  # "Mohammed bin Salman", "Tamim bin Hamad": never "Salman" alone
        forms.add(" ".join(words[:cut + 2]))
        return forms
    family = person.surname if person else words[-1]
    if len(family) > 2 or (person and family == words[0]):  # "Xi", "Li" written first
        forms |= {family, family.upper()}  # MOFA style: "Mr. ISHIBA Shigeru"
    return forms


def _contact(row: list[str], path: Path) -> Contact:
    start, end, kind, people, town, country, *_ = [*row, "", ""]
    if kind not in KINDS:
        raise SettingsError(f"{path}: kind {kind!r} is not one of {sorted(KINDS)}; fix the "
                            f"row {chr(9).join(row)!r}")
    # "Washington, D.C.", "Sweimeh (Dead Sea)": the town by its first name
    town = re.split(r"[(,]", town)[0].strip()
    return Contact(kind, tuple(p.strip() for p in people.split(";") if p.strip()), town,
                   country.strip(), dt.date.fromisoformat(start), dt.date.fromisoformat(end))
