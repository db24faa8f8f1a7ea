import json
from pathlib import Path

import pytest

from readout.actors import load_kb, wikidata
from readout.errors import MalformedInputError


def _export(tmp_path: Path) -> Path:
    rows = [
        {"person": "http://www.wikidata.org/entity/Q123", "personLabel": "Ana Example",
         "positionLabel": "Minister of Foreign Affairs of Chile", "start": "2031-03-11T00:00:00Z",
         "end": "", "genderLabel": "female"},
        {"person": "http://www.wikidata.org/entity/Q124", "personLabel": "Bo Mayor",
         "positionLabel": "Mayor of Springfield"},
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"results": {"bindings": [
        {k: {"value": v} for k, v in row.items()} for row in rows]}}))
    return path


def test_import_then_resolve_by_title(tmp_path: Path) -> None:
    kb = load_kb()
    imported = wikidata.convert(wikidata.read_rows(_export(tmp_path)), kb)
    assert [r["office"] for r in imported.roles] == ["foreign_minister"]
    assert imported.roles[0] | {"note": ""} == {
        "person": "Q123", "office": "foreign_minister", "country": "CHL",
        "title": "Minister of Foreign Affairs", "start": "2031-03-11", "end": "", "note": ""}
    assert len(imported.skipped) == 1 and "Bo Mayor" in imported.skipped[0]
    folder = tmp_path / "mine"
    list(wikidata.write_tsv(folder, imported))
    extended = load_kb((folder,))
    # the bundled minister has no end date yet, so both hold the post in 2031
    assert "Q123" in extended.holders("foreign_minister", "CHL", "2031-06-01")
    assert extended.people["Q123"].gender == "f"


def test_csv_export(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("person,personLabel,positionLabel,start,end\n"
                    "Q125,Cy Example,Prime Minister of Portugal,2031-01-01,\n")
    imported = wikidata.convert(wikidata.read_rows(path), load_kb())
    assert imported.roles[0]["country"] == "PRT"
    assert imported.roles[0]["office"] == "head_of_government"


def test_broken_export(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("{not json")
    with pytest.raises(MalformedInputError, match=r"export\.json"):
        wikidata.read_rows(path)
