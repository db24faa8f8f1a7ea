"""Exports: every lossless format reads back into the same events; PLOVER follows its layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readout import export
from readout.records import ActorRef, Conflict, Event, Location, Source, Span

WANG = ActorRef("Wang Yi", "Q5", "person", "China")
LAVROV = ActorRef("Sergey Lavrov", "Q6", "person", "Russia")
MODI = ActorRef("Narendra Modi", "Q1058", "person", "India")
NATO = ActorRef("NATO", "Q7184", "organisation", None)
PUTIN = ActorRef("Vladimir Putin", "Q7747", "person", "Russia")
CHINA = ActorRef("China", "Q148", "country", "China")


def _event(ident: str, participants: tuple[ActorRef, ...], kind: str = "meeting",
           location: Location | None = None, **extra: object) -> Event:
    source = Source("doc1", "a/doc1.txt", "Title, with “quotes”; and commas", Span(
        "Wang Yi met Sergey Lavrov,\nin Rio.", 10, 45), 2, "official", "CN")
    fields: dict[str, object] = dict(
        id=ident, type=kind, participants=participants, date="2024-11-18", location=location,
        occasion="G20 summit", topics=("Ukraine", "Korean Peninsula"), background=False,
        status="happened", sources=(source, Source("doc2", "b.html", "", Span("x", 0, 1))),
        independent_sources=1, merged_on=("type", "parties", "date"),
        conflicts=(Conflict("location", "Rio de Janeiro", ("doc1",)),
                   Conflict("location", "Brasília", ("doc2",))))
    fields.update(extra)
    return Event(**fields)  # type: ignore[arg-type]


EVENTS = [
    _event("ev_1", (WANG, LAVROV), location=Location("Rio de Janeiro", "Brazil")),
    _event("ev_2", (MODI, PUTIN), kind="call", date=None, occasion=None, topics=(),
           conflicts=(), merged_on=()),
    _event("ev_3", (PUTIN, CHINA), location=Location("Beijing", "China"), background=True,
           date="2022-02"),
    _event("ev_4", (WANG, LAVROV, MODI, NATO), location=Location("Kazan", "Russia")),
    _event("ev_5", (WANG, LAVROV), location=Location("Geneva", "Switzerland"),
           status="planned"),
]


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_lossless_formats_round_trip(tmp_path: Path, format: export.Format) -> None:
    out = tmp_path / f"events.{format}"
    export.write(EVENTS, format, out)
    assert export.read_events(out, format) == EVENTS


def test_csv_has_plain_columns_for_spreadsheets() -> None:
    header, first, *_ = export.csv_text(EVENTS).splitlines()
    assert header.split(",")[:6] == ["id", "date", "type", "status", "background",
                                     "participant_names"]
    assert first.startswith("ev_1,2024-11-18,meeting,happened,false,Wang Yi; Sergey Lavrov,")


@pytest.mark.parametrize(("index", "mode", "source", "target"), [
    (0, "third-party", ["CHN", "RUS"], ""),  # the Chinese and Russian ministers in Brazil
    (1, "phone", ["IND", "RUS"], ""),
    (2, "visit", ["RUS"], ["CHN"]),  # Putin in Beijing: the visitor is the source
    (3, "multilateral", ["CHN", "RUS", "IND", "NATO"], ""),
])
def test_plover_records(tmp_path: Path, index: int, mode: str, source: list[str],
                        target: list[str] | str) -> None:
    out = tmp_path / "events.plover.jsonl"
    export.write(EVENTS, "plover", out)
    record = export.read_plover(out)[index]
    assert record["event"] == "CONSULT" and record["mode"] == mode
    assert [a["code"] for a in record["source"]] == source
    assert (record["target"] if isinstance(record["target"], str)
            else [a["code"] for a in record["target"]]) == target
    assert record["id"] == EVENTS[index].id and record["date"] == EVENTS[index].date
    assert all(a["wikidata"] and a["wikidata"].startswith("Q") for a in record["source"])


def test_reading_back_a_broken_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ev_1"}\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"bad\.jsonl.*not a readout jsonl export"):
        export.read_events(bad, "jsonl")


def test_the_contract_carries_merge_reasons_and_conflicts() -> None:
    line = json.loads(export.jsonl_text(EVENTS[:1]))
    assert line["merged_on"] == ["type", "parties", "date"]
    assert line["conflicts"][0] == {"field": "location", "value": "Rio de Janeiro",
                                    "documents": ["doc1"]}
