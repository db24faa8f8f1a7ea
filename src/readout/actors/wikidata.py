"""Import office-holders from a Wikidata query export into the knowledge-base TSV format.

Run a query on the Wikidata Query Service that returns one row per person and position
held, download the result as JSON or CSV, and convert it with `readout actors import`.
Columns read (SPARQL variable names; the `…Label` ones come from the label service):

    person, personLabel        the office-holder (entity URI or QID) and their name
    positionLabel              the office, e.g. "Minister of Foreign Affairs of Japan"
    countryLabel (optional)    the state the office belongs to (else read from the position)
    start, end (optional)      the term (ISO timestamps; the date part is kept)
    genderLabel (optional)     "male" / "female"

The office is read from the position's label ("foreign", "prime minister", "president",
"chancellor", ...); rows whose office or state cannot be read are reported, not guessed.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout.actors.kb import KnowledgeBase
from readout.errors import MalformedInputError

OFFICE_WORDS = (
    (re.compile(r"foreign|external affairs|secretary of state", re.I), "foreign_minister"),
    (re.compile(r"prime minister|premier|chancellor|taoiseach", re.I), "head_of_government"),
    (re.compile(r"defen[cs]e", re.I), "defence_minister"),
    (re.compile(r"\bpresident\b|\bking\b|\bqueen\b|\bemir\b|monarch", re.I), "head_of_state"),
)


@dataclass(frozen=True)
class Imported:
    people: list[dict[str, str]]
    roles: list[dict[str, str]]
    skipped: list[str]


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a Wikidata JSON (SPARQL results or a list of objects) or CSV export."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".csv":
        return [dict(row) for row in csv.DictReader(io.StringIO(text))]
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(str(path), f"not JSON ({exc.msg}); export the query "
                                  "result as JSON or CSV") from exc
    if isinstance(data, dict):  # SPARQL 1.1 JSON results
        data = [{k: v.get("value", "") for k, v in b.items()}
                for b in data.get("results", {}).get("bindings", [])]
    if not isinstance(data, list):
        raise MalformedInputError(str(path), "expected a list of rows")
    return [{str(k): str(v) for k, v in row.items()} for row in data if isinstance(row, dict)]


def convert(rows: list[dict[str, str]], kb: KnowledgeBase) -> Imported:
    people: dict[str, dict[str, str]] = {}
    roles: list[dict[str, str]] = []
    skipped: list[str] = []
    for number, row in enumerate(rows, start=1):
        qid = _qid(row.get("person", ""))
        name = row.get("personLabel", "").strip()
        position = row.get("positionLabel", "")
        office = _office(position)
        country = _country(row.get("countryLabel", "") or position, kb)
        if not (qid and name and office and country):
            skipped.append(f"row {number}: {name or qid or '?'} / {position or '?'}: office "
                           "or state not recognised")
            continue
        people.setdefault(qid, {"id": qid, "name": name, "qid": qid, "aliases": "",
                                "country": country, "gender": _gender(row)})
        roles.append({"person": qid, "office": office, "country": country,
                      "title": _title(position, kb), "start": row.get("start", "")[:10],
                      "end": row.get("end", "")[:10], "note": "imported from Wikidata"})
    return Imported(list(people.values()), roles, skipped)


def _qid(value: str) -> str:
    match = re.search(r"Q\d+$", value.strip())
    return match.group(0) if match else ""


def _office(position: str) -> str | None:
    for pattern, office in OFFICE_WORDS:
        if pattern.search(position):
            return office
    return None


def _country(text: str, kb: KnowledgeBase) -> str | None:
    for code, country in kb.countries.items():
        for form in (country.name, *country.aliases, *country.adjectives):
            if re.search(rf"\b{re.escape(form)}\b", text):
                return code
    return None


def _title(position: str, kb: KnowledgeBase) -> str:
    """"Minister of Foreign Affairs of Japan" -> "Minister of Foreign Affairs"."""
    for country in kb.countries.values():
        for form in (country.name, *country.aliases):
            for suffix in (f" of {form}", f" of the {form}"):
                if position.endswith(suffix):
                    return position[: -len(suffix)].strip()
    return position


def _gender(row: Mapping[str, str]) -> str:
    label = row.get("genderLabel", "").lower()
    return "f" if label == "female" else "m" if label == "male" else ""


def write_tsv(folder: Path, imported: Imported) -> Iterator[Path]:
    """Append to (or create) people.tsv and roles.tsv in a user actors folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, columns, rows in (
            ("people.tsv", ("id", "name", "qid", "aliases", "country", "gender"),
             imported.people),
            ("roles.tsv", ("person", "office", "country", "title", "start", "end", "note"),
             imported.roles)):
        path = folder / name
        new = not path.exists()
        with path.open("a", encoding="utf-8", newline="") as out:
            if new:
                out.write("\t".join(columns) + "\n")
            for row in rows:
                out.write("\t".join(row.get(c, "").replace("\t", " ") for c in columns) + "\n")
        yield path
