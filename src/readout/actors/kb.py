"""The knowledge base: states, organisations, people with date-bounded roles, places.

Loaded from the TSV files in `actors/data/` (format in that folder's README.md), plus any
user files in the same format. Lookups are by exact surface form; the `mentions` module finds
those forms in parsed text.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from readout.errors import SettingsError
from readout.records import ActorRef

# Name order: in these countries English-language news writes the family name first.
FAMILY_NAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "KHM", "HKG", "MAC"}
# Malay names have no family name: "Anwar Ibrahim" is Anwar, son of Ibrahim, and goes by
# "Anwar". Indonesians go by either word ("Prabowo", "Widodo"). Thai, Ethiopian and Eritrean
# names go by the given name ("Srettha", "Abiy", "Hailemariam").
GIVEN_NAME_USED = {"MYS", "BRN", "IDN", "THA", "ETH", "ERI"}
# The titles of monarchs, as roles.tsv writes them.
MONARCH_TITLES = ("king", "queen", "emperor", "emir", "sultan", "grand duke")


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    qid: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    qid: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None = None  # set for a national body such as a foreign ministry
    summit_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    qid: str
    aliases: tuple[str, ...]
    country: str
    gender: str

    @property
    def surname(self) -> str:
        parts = self.name.replace(".", ". ").split()
        return parts[0] if self.country in FAMILY_NAME_FIRST | GIVEN_NAME_USED - {"IDN"} else (
            parts[-1])


@dataclass(frozen=True)
class Term:
    person: str
    office: str
    country: str
    title: str
    start: str
    end: str

    def holds_on(self, day: str) -> bool:
        """Whether the term covers an ISO day (bounds at any precision, inclusive)."""
        return (not self.start or self.start <= day) and (not self.end or day[: len(self.end)]
                                                          <= self.end)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country: str
    region: str
    aliases: tuple[str, ...]


@dataclass
class KnowledgeBase:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    surface: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)
    place_index: dict[str, Place] = field(default_factory=dict)
    person_keys: dict[str, str] = field(default_factory=dict)
    local_titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    role_organisations: set[str] = field(default_factory=set)
    terms_of: dict[str, list[Term]] = field(default_factory=dict)
    short_names: list[tuple[str, str]] = field(default_factory=list)
    terms_in: dict[str, list[Term]] = field(default_factory=dict)
    offices: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # kind:code -> row
    office_forms: dict[str, str] = field(default_factory=dict)  # "the kremlin" -> kind:code
    ministry_seats: dict[str, str] = field(default_factory=dict)  # "wisma putra" -> mfa:MYS
    news_agencies: set[str] = field(default_factory=set)  # names: sources, never parties

    # -- references -------------------------------------------------------------------------
    def country_ref(self, code: str) -> ActorRef:
        country = self.countries[code]
        return ActorRef(country.name, country.qid or code, "country", country.name)

    def person_ref(self, person_id: str) -> ActorRef:
        person = self.people[person_id]
        country = self.countries.get(person.country)
        return ActorRef(person.name, person.qid or person.id, "person",
                        country.name if country else None)

    def organisation_ref(self, org_id: str) -> ActorRef:
        org = self.organisations[org_id]
        country = self.countries.get(org.country) if org.country else None
        return ActorRef(org.name, org.qid or org.id, "organisation",
                        country.name if country else None)

    def ref(self, kind: str, key: str) -> ActorRef:
        if kind == "person":
            return self.person_ref(key)
        if kind == "country":
            return self.country_ref(key)
        return self.organisation_ref(key)

    # -- lookups ----------------------------------------------------------------------------
    def holders(self, office: str, country: str, day: str | None) -> list[str]:
        """People holding an office for a country on a day (all holders when day is None).

        `office` is an office code, or `title:<title>` for a post known by its title only
        ("title:crown prince")."""
        title = office.removeprefix("title:") if office.startswith("title:") else None
        return [t.person for t in self.terms_in.get(country, ())
                if (t.title.lower() == title if title else t.office == office)
                and (day is None or t.holds_on(day))]

    def organisation_offices(self, org_id: str) -> list[str]:
        """The offices an organisation's roles use, the most frequent first."""
        counts: dict[str, int] = defaultdict(int)
        for term in self.terms:
            if term.country == org_id:
                counts[term.office] += 1
        return sorted(counts, key=lambda office: -counts[office])

    def offices_of(self, person_id: str, day: str | None) -> list[Term]:
        return [t for t in self.terms_of.get(person_id, ())
                if day is None or t.holds_on(day)]

    def place(self, name: str) -> Place | None:
        return self.place_index.get(name.casefold())

    def country_code_by_name(self, name: str) -> str | None:
        for kind, key in self.surface.get(name, ()):
            if kind == "country":
                return key
        return None

    def office_ref(self, kind: str, code: str) -> ActorRef | None:
        """The office that speaks for a state's president, prime minister or monarch
        (`kind`): its own name where it has one ("Kremlin", `offices.tsv`), else "Office of
        the President of X"."""
        country = self.countries.get(code)
        if country is None or kind not in _OFFICE_NAMES:
            return None
        known = self.offices.get(f"{kind}:{code}")
        name = known[2] if known else _OFFICE_NAMES[kind].format(_with_article(country.name))
        return ActorRef(name, f"office:{kind}:{code}", "organisation", country.name)

    def leader_office(self, person_id: str, day: str | None, kind: str | None = None
                      ) -> ActorRef | None:
        """The office of the leader a person is on a day (of that `kind` only, if given):
        a monarch's royal court, a president's or a prime minister's office."""
        for term in self.offices_of(person_id, day):
            if term.office not in {"head_of_state", "head_of_government"}:
                continue
            title = term.title.lower()
            held = ("royal" if title.startswith(MONARCH_TITLES) else "president"
                    if title.startswith("president") else "prime_minister"
                    if title.startswith(("prime minister", "premier")) else None)
            if held is not None and kind in {None, held}:
                return self.office_ref(held, term.country)
        return None

    def office_by_form(self, form: str) -> ActorRef | None:
        """"the Kremlin", "Downing Street": an office named by its seat; "Wisma Putra", "the
        Quai d'Orsay": a foreign ministry named by its seat."""
        key = self.office_forms.get(form.casefold())
        if key is None:
            return self._ministry_by_seat(form)
        kind, code, _ = self.offices[key]
        return self.office_ref(kind, code)

    def _ministry_by_seat(self, form: str) -> ActorRef | None:
        ministry = self.ministry_seats.get(_seat_key(form))
        return self.organisation_ref(ministry) if ministry else None

    def forms(self) -> Iterator[tuple[str, str, str]]:
        """Every (surface form, kind, key) the mention finder should match."""
        for form, entries in self.surface.items():
            for kind, key in entries:
                yield form, kind, key


# -- loading ------------------------------------------------------------------------------

def load_kb(extra: tuple[Path, ...] = ()) -> KnowledgeBase:
    """The bundled knowledge base, extended by user TSV folders in the same format."""
    kb = KnowledgeBase()
    data = resources.files("readout.actors") / "data"
    sources = [_bundled_reader(data)] + [_folder_reader(path) for path in extra]
    ministries: dict[str, str] = {}
    for read in sources:
        _load_countries(kb, read("countries.tsv"))
        _load_organisations(kb, read("organisations.tsv"))
        _load_people(kb, read("people.tsv"))
        _load_terms(kb, read("roles.tsv"))
        _load_places(kb, read("places.tsv"))
        ministries.update({row["code"]: row["name"] for row in read("ministries.tsv")})
        _load_offices(kb, read("offices.tsv"))
    _add_ministries(kb, ministries)
    _index(kb)
    return kb


Reader = Callable[[str], list[dict[str, str]]]


def _bundled_reader(folder: Traversable) -> Reader:
    def read(name: str) -> list[dict[str, str]]:
        entry = folder / name
        return _rows(entry.read_text(encoding="utf-8"), name) if entry.is_file() else []
    return read


def _folder_reader(folder: Path) -> Reader:
    if not folder.is_dir():
        raise SettingsError(f"{folder}: actors folder not found; give a folder of TSV files")

    def read(name: str) -> list[dict[str, str]]:
        path = folder / name
        return _rows(path.read_text(encoding="utf-8"), str(path)) if path.is_file() else []
    return read


def _rows(text: str, where: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise SettingsError(f"{where}: row {number} has the wrong number of columns")
        rows.append({key: (value or "").strip() for key, value in row.items()})
    return rows


def _load_countries(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        kb.countries[row["code"]] = Country(
            code=row["code"], name=row["name"], qid=row.get("qid", ""),
            aliases=_split(row.get("aliases", "")), adjectives=_split(row.get("adjectives", "")),
            capital=row.get("capital", ""), metonyms=_split(row.get("metonyms", "")),
        )


def _load_organisations(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        kb.organisations[row["id"]] = Organisation(
            id=row["id"], name=row["name"], qid=row.get("qid", ""),
            aliases=_split(row.get("aliases", "")), kind=row.get("kind", ""),
            summit_names=_split(row.get("summit_names", "")),
        )
        if row.get("kind") == "news_agency":
            kb.news_agencies.add(row["name"])


def _load_people(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        country = row.get("country", "")
        aliases = _split(row.get("aliases", ""))
        kb.people[row["id"]] = Person(
            id=row["id"], name=row["name"], qid=row.get("qid", ""),
            aliases=aliases + _double_surname(row["name"], country, aliases)
            + _without_house(row["name"], aliases) + _house_spellings(row["name"], aliases),
            country=country,
            gender=row.get("gender", ""),
        )


# Where people carry two surnames, news uses both alone: "Lacalle Pou", "López Obrador".
DOUBLE_SURNAMES = {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HND",
                   "MEX", "NIC", "PAN", "PRY", "PER", "ESP", "URY", "VEN", "GNQ"}


_HOUSE = re.compile(r"\b[Aa]l[ -](?=[A-Z])")


def _house_spellings(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """"Al-Thani" and "Al Thani", "al-Sharaa" and "Al-Sharaa": news writes the article of
    an Arabic name with or without a hyphen, and capitalises it at the start of a sentence."""
    forms = (name, *aliases)
    out = []
    for form in forms:
        for article in ("Al ", "Al-", "al-"):
            other = _HOUSE.sub(article, form)
            if other not in forms and other not in out:
                out.append(other)
    return tuple(out)


def _without_house(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """"Faisal bin Farhan" for Faisal bin Farhan Al Saud: news often leaves out the house."""
    words = name.split()
    if len(words) < 5 or words[-2] not in {"Al", "al", "Al-", "al-"} or not (
            {"bin", "bint", "ibn"} & set(words)):
        return ()
    short = " ".join(words[:-2])
    return () if short in aliases else (short,)


def _double_surname(name: str, country: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    words = name.split()
    if country not in DOUBLE_SURNAMES or len(words) < 3:
        return ()
    pair = " ".join(words[-2:])
    return () if pair in aliases or words[-2][:1].islower() else (pair,)


def _load_terms(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        kb.terms.append(Term(
            person=row["person"], office=row["office"], country=row["country"],
            title=row.get("title", ""), start=row.get("start", ""), end=row.get("end", ""),
        ))


def _load_offices(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        key = f"{row['kind']}:{row['code']}"
        kb.offices[key] = (row["kind"], row["code"], row["name"])
        for form in _split(row.get("forms", "")):
            kb.office_forms[form.casefold()] = key


def _load_places(kb: KnowledgeBase, rows: list[dict[str, str]]) -> None:
    for row in rows:
        kb.places[f"{row['name']}|{row['country']}"] = Place(
            name=row["name"], kind=row.get("kind", "city"), country=row["country"],
            region=row.get("region", ""), aliases=_split(row.get("aliases", "")),
        )


_OFFICE_NAMES = {"president": "Office of the President of {}",
                 "prime_minister": "Office of the Prime Minister of {}",
                 "royal": "Royal Court of {}"}
# Names of states that take "the" after "of": "the United Kingdom", "the Philippines".
_THE_WORDS = ("United ", "Republic", "Democratic ", "Central African", "Dominican Republic",
              "Czech Republic", "Gambia", "Holy See")


def _with_article(name: str) -> str:
    plural = name.endswith("s") and name.split()[-1] in {
        "Philippines", "Netherlands", "Maldives", "Bahamas", "Comoros", "Islands", "Seychelles"}
    return f"the {name}" if plural or name.startswith(_THE_WORDS) else name


def _add_ministries(kb: KnowledgeBase, official: dict[str, str]) -> None:
    """Each state's foreign ministry, named the way news names it: "Ministry of Foreign
    Affairs of X", or its own name where it has another (`ministries.tsv`: "United States
    Department of State", "Ministry of External Affairs of India")."""
    for code, country in kb.countries.items():
        org_id = f"mfa:{code}"
        if org_id in kb.organisations:
            continue
        default = f"Ministry of Foreign Affairs of {_with_article(country.name)}"
        name = official.get(code, default)
        forms = [f"foreign ministry of {country.name}",
                 f"Ministry of Foreign Affairs of {country.name}", default, name]
        for owner in (country.name, *country.aliases):
            forms += [f"{owner}{s} {kind}" for s in ("'s", "’s") for kind in _MINISTRY_NAMES]
        for adjective in country.adjectives:
            forms += [f"{adjective} {kind}" for kind in _MINISTRY_NAMES]
        # "the State Department", "the Foreign Office": offices that name the ministry.
        forms += [m for m in country.metonyms if _ministry_form(m)]
        kb.ministry_seats.update({_seat_key(m): org_id for m in country.metonyms
                                  if _seat_key(m) in MINISTRY_SEATS})
        kb.organisations[org_id] = Organisation(
            id=org_id, name=name, qid="",
            aliases=tuple(forms), kind="ministry", country=code,
        )


_MINISTRY_NAMES = ("foreign ministry", "Foreign Ministry", "Ministry of Foreign Affairs",
                   "Foreign Office", "Ministry of External Affairs", "foreign affairs ministry",
                   "Foreign Affairs Ministry", "State Department", "Foreign Ministry's",
                   "External Affairs Ministry", "Department of Foreign Affairs",
                   "Federal Foreign Office", "Foreign and Commonwealth Office",
                   "Foreign, Commonwealth and Development Office", "Foreign Affairs Department")
_MINISTRY_WORDS = re.compile(r"\b(?:Department|Office|Ministry)\b")


# Seats of foreign ministries that news names them by; as the speaker of a quote the seat is
# the ministry ("Wisma Putra said"), elsewhere its government (talks "at the Itamaraty").
MINISTRY_SEATS = {"quai d'orsay", "itamaraty", "wisma putra", "south block", "farnesina",
                  "smolenskaya square", "kasumigaseki", "foggy bottom"}


def _seat_key(form: str) -> str:
    return form.casefold().removeprefix("the ")


def _ministry_form(form: str) -> bool:
    """"the State Department", "the Foreign Office": a metonym naming the ministry itself
    (the Quai d'Orsay and the Itamaraty stay metonyms for their governments)."""
    return bool(_MINISTRY_WORDS.search(form))


def _index(kb: KnowledgeBase) -> None:
    surface: dict[str, list[tuple[str, str]]] = defaultdict(list)

    def add(form: str, kind: str, key: str) -> None:
        if form and (kind, key) not in surface[form]:
            surface[form].append((kind, key))

    for code, country in kb.countries.items():
        for form in (country.name, *country.aliases, *country.metonyms):
            if not _ministry_form(form):
                add(form, "country", code)
        for adjective in country.adjectives:
            kb.adjectives.setdefault(adjective, code)
    for org_id, org in kb.organisations.items():
        for form in (org.name, *org.aliases):
            add(form, "organisation", org_id)
    for person_id, person in kb.people.items():
        kb.person_keys.setdefault(person.name, person_id)
        for form in (person.name, *person.aliases):
            add(form, "person", person_id)
    kb.surface = surface
    kb.role_organisations = {t.country for t in kb.terms if t.country in kb.organisations}
    by_person: dict[str, list[Term]] = defaultdict(list)
    by_country: dict[str, list[Term]] = defaultdict(list)
    for term in kb.terms:
        by_person[term.person].append(term)
        by_country[term.country].append(term)
    kb.terms_of, kb.terms_in = dict(by_person), dict(by_country)
    kb.short_names = _short_names(kb)
    _index_places(kb)
    _index_local_titles(kb)


def _short_names(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """(long form, short name) of every organisation, longest form first: occasions are
    written with the short name ("Group of 20 meeting" -> "G20 meeting")."""
    pairs = []
    for org in kb.organisations.values():
        upper = [a for a in org.aliases if a.isupper() or any(c.isdigit() for c in a)]
        short = min(upper, key=len) if upper else org.id
        pairs += [(form, short) for form in (org.name, *org.aliases)
                  if len(form) > 3 and form != short]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


# Titles many states use say nothing about the state; only a title one state uses does.
_GENERIC_TITLES = {"president", "prime minister", "foreign minister", "king", "queen", "emir",
                   "chancellor", "premier", "secretary of state", "minister of foreign affairs",
                   "vice president", "crown prince", "supreme leader", "sultan"}


def _index_local_titles(kb: KnowledgeBase) -> None:
    users: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for term in kb.terms:
        title = term.title.lower()
        if term.country in kb.countries and title and title not in _GENERIC_TITLES:
            users[title].add((term.office, term.country))
    # A title only one state uses in the knowledge base is only trusted when it cannot be a
    # gap in the data: one word ("Taoiseach") or naming that state's own seat of government
    # ("Kremlin spokesman"); "finance minister" held by one listed person says nothing.
    kb.local_titles = {}
    for title, found in users.items():
        office, code = next(iter(found))
        seats = {m.lower().removeprefix("the ") for m in kb.countries[code].metonyms}
        if len(found) == 1 and (" " not in title or any(seat in title for seat in seats)):
            kb.local_titles[title] = (office, code)


def _index_places(kb: KnowledgeBase) -> None:
    for place in kb.places.values():
        for form in (place.name, *place.aliases):
            kb.place_index.setdefault(form.casefold(), place)
    for code, country in kb.countries.items():
        capital = Place(country.capital, "city", code, "", ())
        if country.capital:
            kb.place_index.setdefault(country.capital.casefold(), capital)
        for form in (country.name, *country.aliases):
            kb.place_index.setdefault(form.casefold(), Place(country.name, "country", code, "",
                                                             ()))
