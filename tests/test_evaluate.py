"""Tests for readout.evaluate: tables of small invented gold/prediction pairs per rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from readout.errors import MalformedInputError, NotFoundError
from readout.evaluate import (
    LOWER_IS_BETTER,
    PRF,
    GoldDoc,
    GoldEvent,
    GoldPublished,
    GoldQuote,
    Ratio,
    format_table,
    load_gold,
    score,
    scores_to_dict,
)

SEEDS_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.jsonl"

METRICS = [
    "events_precision",
    "events_recall",
    "events_f1",
    "events_participants_exact",
    "events_date_exact",
    "events_date_compatible",
    "events_location",
    "events_background",
    "events_occasion",
    "events_topics_recall",
    "quotes_precision",
    "quotes_recall",
    "quotes_f1",
    "quotes_speaker",
    "published_coverage",
    "published_within",
    "published_within_day",
    "published_outside",
]


# ---- builders -------------------------------------------------------------------------------


def gold_event(*names: str, type: str = "meeting", **fields: Any) -> GoldEvent:
    defaults: dict[str, Any] = {
        "date": None,
        "location": None,
        "occasion": None,
        "background": False,
    }
    return GoldEvent(type=type, participants=names, **(defaults | fields))


def person(name: str, country: str | None = None) -> dict[str, Any]:
    return {"name": name, "kind": "person", "country": country}


def country(name: str) -> dict[str, Any]:
    return {"name": name, "kind": "country", "country": name}


def event(*participants: Any, type: str = "meeting", **fields: Any) -> dict[str, Any]:
    actors = [person(p) if isinstance(p, str) else p for p in participants]
    defaults: dict[str, Any] = {"date": None, "location": None, "occasion": None}
    return {"type": type, "participants": actors, "topics": [], "background": False} | (
        defaults | fields
    )


def quote(text: str, speaker: str | None = "Wang Yi") -> dict[str, Any]:
    return {"text": text, "speaker": person(speaker) if speaker else None, "direct": True}


def prediction(
    events: list[dict[str, Any]] | None = None,
    quotes: list[dict[str, Any]] | None = None,
    published: Any = None,
    id: str = "doc",
) -> dict[str, Any]:
    date = {"date": published, "precision": "day", "source": "inferred"} if published else None
    return {
        "id": id,
        "path": f"in/{id}.txt",
        "title": "",
        "published": date,
        "events": events or [],
        "quotes": quotes or [],
    }


def scored(gold: GoldDoc, *predictions: dict[str, Any]) -> dict[str, float]:
    return scores_to_dict(score(list(predictions), [gold]))


def as_prediction(doc: GoldDoc) -> dict[str, Any]:
    """The gold document written as a perfect `readout extract` object."""

    def location(text: str | None) -> dict[str, Any] | None:
        if text is None:
            return None
        parts = [part.strip() for part in text.split(",")]
        return {"name": parts[0], "country": parts[-1]}

    events = [
        {
            "type": e.type,
            "participants": [{"name": p} for p in e.participants],
            "date": e.date,
            "location": location(e.location),
            "occasion": e.occasion,
            "topics": list(e.topics),
            "background": e.background,
            "status": "happened",
        }
        for e in doc.events
    ]
    quotes = [{"text": q.text, "speaker": {"name": q.speaker}} for q in doc.quotes]
    published = doc.published and {
        "date": doc.published.date,
        "precision": "day",
        "source": "inferred",
    }
    return {
        "id": "0" * 16,
        "path": f"seeds/{doc.id}.txt",
        "published": published,
        "events": events,
        "quotes": quotes,
    }


# ---- event detection ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected", "exact"),
    [
        pytest.param(
            gold_event("Wang Yi", "Sergey Lavrov"),
            event("Sergey Lavrov", "Wang Yi"),
            PRF(1, 0, 0),
            1,
            id="same-names-any-order",
        ),
        pytest.param(
            gold_event("Jean-Yves Le Drian"),
            event("jean yves le drián"),
            PRF(1, 0, 0),
            1,
            id="case-accents-hyphens",
        ),
        pytest.param(
            gold_event("Wang Yi", "Sergey Lavrov"),
            event("Wang Yi", "Sergey Lavrov", type="call"),
            PRF(0, 1, 1),
            0,
            id="other-type",
        ),
        pytest.param(
            gold_event("Wang Yi", "Sergey Lavrov"),
            event("Wang Yi"),
            PRF(0, 1, 1),
            0,
            id="participant-missing",
        ),
        pytest.param(
            gold_event("Wang Yi", "Sergey Lavrov"),
            event("Wang Yi", "Sergey Lavrov", "Xi Jinping"),
            PRF(1, 0, 0),
            0,
            id="extra-participant-not-exact",
        ),
        pytest.param(
            gold_event("Sergey Lavrov", "Indonesia"),
            event("Sergey Lavrov", person("Retno Marsudi", "Indonesia")),
            PRF(1, 0, 0),
            0,
            id="person-of-gold-country",
        ),
        pytest.param(
            gold_event("Vladimir Putin", "China"),
            event(
                country("Russia"),
                person("Xi Jinping", "China"),
                person("Vladimir Putin", "Russia"),
                date="2000",
            ),
            PRF(1, 0, 0),
            0,
            id="extra-and-country-level",
        ),
        pytest.param(
            gold_event("Wang Yi", "China"),
            event(person("Wang Yi", "China")),
            PRF(0, 1, 1),
            0,
            id="one-predicted-covers-one-gold",
        ),
        pytest.param(
            gold_event("Vladimir Putin", "China"),
            event(country("Russia"), "China"),
            PRF(0, 1, 1),
            0,
            id="person-country-unknown",
        ),
    ],
)
def test_event_matching(
    gold: GoldEvent, predicted: dict[str, Any], expected: PRF, exact: int
) -> None:
    scores = score([prediction([predicted])], [GoldDoc("doc", events=(gold,))])
    assert scores.events == expected
    assert scores.events_participants_exact.hits == exact


@pytest.mark.parametrize(
    ("predicted", "countries", "matched"),
    [
        pytest.param([event(country("Russia"), "Xi Jinping")], None, False, id="unknown"),
        pytest.param(
            [event(country("Russia"), "Xi Jinping")],
            {"Vladimir Putin": "Russia"},
            True,
            id="given-mapping",
        ),
        pytest.param(
            [
                event(country("Russia"), "Xi Jinping"),
                event(person("Vladimir Putin", "Russia"), "Joe Biden"),
            ],
            None,
            True,
            id="learnt-from-predictions",
        ),
        pytest.param(
            [event(person("Sergey Lavrov", "Russia"), "Xi Jinping")],
            {"Vladimir Putin": "Russia"},
            False,
            id="compatriot-is-not-the-person",
        ),
    ],
)
def test_gold_person_covered_by_country(
    predicted: list[dict[str, Any]], countries: dict[str, str] | None, matched: bool
) -> None:
    gold = GoldDoc("doc", events=(gold_event("Vladimir Putin", "Xi Jinping"),))
    scores = score([prediction(predicted)], [gold], person_countries=countries)
    assert scores.events.tp == int(matched)


@pytest.mark.parametrize(
    ("golds", "predicted", "expected"),
    [
        pytest.param(
            [gold_event("A B", optional=True)], [event("A B")], PRF(0, 0, 0), id="optional-found"
        ),
        pytest.param([gold_event("A B", optional=True)], [], PRF(0, 0, 0), id="optional-missed"),
        pytest.param(
            [gold_event("A B", optional=True)],
            [event("A B"), event("A B")],
            PRF(0, 0, 0),
            id="optional-found-twice",
        ),
        pytest.param(
            [gold_event("A B")],
            [event("A B"), event("A B")],
            PRF(1, 1, 0),
            id="duplicate-is-spurious",
        ),
        pytest.param([gold_event("A B")], [event("C D")], PRF(0, 1, 1), id="spurious-and-missed"),
        pytest.param(
            [gold_event("A B", date="2024-01"), gold_event("A B", optional=True)],
            [event("A B", date="2024-01")],
            PRF(1, 0, 0),
            id="required-wins-tie",
        ),
        pytest.param(  # the optional gold fits the undated prediction better, yet only forgives
            [gold_event("A B", date="2024-01"), gold_event("A B", optional=True)],
            [event("A B")],
            PRF(1, 0, 0),
            id="required-wins-over-a-closer-optional",
        ),
    ],
)
def test_optional_and_spurious(
    golds: list[GoldEvent], predicted: list[dict[str, Any]], expected: PRF
) -> None:
    assert score([prediction(predicted)], [GoldDoc("doc", events=tuple(golds))]).events == expected


def test_date_tells_apart_meetings_of_the_same_people() -> None:
    # the 2022 visit is required, the 2024 meeting optional: the dated prediction takes the
    # visit even though it names both people of the optional one
    golds = (
        gold_event("Vladimir Putin", "China", date="2022-02"),
        gold_event("Vladimir Putin", "Xi Jinping", date="2024-05", optional=True),
    )
    predicted = [event("Vladimir Putin", person("Xi Jinping", "China"), date="2022-02-04")]
    scores = score([prediction(predicted)], [GoldDoc("doc", events=golds)])
    assert scores.events == PRF(1, 0, 0)


def test_greedy_prefers_the_best_pair() -> None:
    golds = (gold_event("A B", "C D", date="2024-01-02"), gold_event("A B", "C D", date="2022"))
    predicted = [event("A B", "C D", date="2022-05"), event("A B", "C D", date="2024-01-02")]
    scores = score([prediction(predicted)], [GoldDoc("doc", events=golds)])
    assert scores.events == PRF(2, 0, 0)
    assert scores.events_date_exact == Ratio(1, 2)
    assert scores.events_date_compatible == Ratio(2, 2)


# ---- event attributes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "exact", "compatible"),
    [
        ("2024-11-20", "2024-11-20", True, True),
        ("2024-11", "2024-11-20", False, True),
        ("2024-11-20", "2024-11", False, True),
        ("2024", "2024-03-01", False, True),
        ("2024-11", "2024-12", False, False),
        ("2024-11-02", "2024-11-20", False, False),
        ("2024-01", "2024-11", False, False),
        (None, None, True, True),
        (None, "2024", False, False),
        ("2024", None, False, False),
    ],
)
def test_event_date(gold: str | None, predicted: str | None, exact: bool, compatible: bool) -> None:
    result = scored(
        GoldDoc("doc", events=(gold_event("A B", date=gold),)),
        prediction([event("A B", date=predicted)]),
    )
    assert (result["events_date_exact"], result["events_date_compatible"]) == (exact, compatible)


@pytest.mark.parametrize(
    ("gold", "predicted", "correct"),
    [
        ("Tunxi, Anhui, China", {"name": "Tunxi", "country": "China"}, True),
        ("Tunxi, Anhui, China", {"name": "anhui", "country": None}, True),
        ("Brazil", {"name": "Rio de Janeiro", "country": "Brazil"}, True),
        ("Brazil", {"name": "Brazil", "country": "Brazil"}, True),
        ("Beijing, China", {"name": "Shanghai", "country": "China"}, False),
        ("Beijing", {"name": "Shanghai", "country": "China"}, False),
        ("Beijing, China", "Beijing", True),
        (None, None, True),
        (None, {"name": "Beijing", "country": "China"}, False),
        ("Beijing, China", None, False),
    ],
)
def test_event_location(gold: str | None, predicted: Any, correct: bool) -> None:
    result = scored(
        GoldDoc("doc", events=(gold_event("A B", location=gold),)),
        prediction([event("A B", location=predicted)]),
    )
    assert result["events_location"] == correct


@pytest.mark.parametrize(
    ("gold", "predicted", "correct"),
    [
        ("G20 summit", "Group of 20 summit", True),
        ("G20 summit", "G-20 meeting", True),
        ("Group of Twenty summit", "G20", True),
        ("G20 summit", "BRICS summit", False),
        ("G20 foreign ministers' meeting", "meeting", False),
        ("G20 foreign ministers' meeting", "G20 foreign ministers meeting", True),
        ("international talks on Ukraine", "Ukraine peace talks", True),
        ("summit", "meeting", True),
        (None, None, True),
        ("G20 summit", None, False),
        (None, "G20 summit", False),
    ],
)
def test_event_occasion(gold: str | None, predicted: str | None, correct: bool) -> None:
    result = scored(
        GoldDoc("doc", events=(gold_event("A B", occasion=gold),)),
        prediction([event("A B", occasion=predicted)]),
    )
    assert result["events_occasion"] == correct


@pytest.mark.parametrize(
    ("gold", "predicted", "hits"),
    [
        (("Ukraine",), ["Ukraine"], 1),
        (("Ukraine",), ["the Ukraine crisis"], 1),
        (("Ukraine crisis",), ["ukraine"], 1),
        (("Asia-Pacific",), ["Asia Pacific region"], 1),
        (("UN",), ["unity", "sanctions"], 0),
        (("Korean Peninsula",), ["Korea"], 0),
        (("Ukraine", "UN", "G20"), ["Group of 20", "Ukraine"], 2),
        (("Ukraine",), [], 0),
    ],
)
def test_event_topics(gold: tuple[str, ...], predicted: list[str], hits: int) -> None:
    scores = score(
        [prediction([event("A B", topics=predicted)])],
        [GoldDoc("doc", events=(gold_event("A B", topics=gold),))],
    )
    assert scores.events_topics_recall == Ratio(hits, len(gold))


@pytest.mark.parametrize(
    ("gold", "predicted", "correct"),
    [(True, True, True), (False, False, True), (True, False, False), (False, True, False)],
)
def test_event_background(gold: bool, predicted: bool, correct: bool) -> None:
    result = scored(
        GoldDoc("doc", events=(gold_event("A B", background=gold),)),
        prediction([event("A B", background=predicted)]),
    )
    assert result["events_background"] == correct


def test_attributes_skip_optional_gold() -> None:
    gold = GoldDoc("doc", events=(gold_event("A B", date="2024", optional=True),))
    scores = score([prediction([event("A B", date="1999")])], [gold])
    assert scores.events_date_exact == Ratio(0, 0)
    assert scores_to_dict(scores)["events_date_exact"] == 1.0


# ---- quotes ---------------------------------------------------------------------------------


GOLD_TEXT = "We are truly at an unprecedented stage in our relations,"


@pytest.mark.parametrize(
    ("predicted", "matched"),
    [
        pytest.param(GOLD_TEXT, True, id="identical"),
        pytest.param(
            "“we are  truly at an unprecedented stage in our relations.”",
            True,
            id="quote-marks-case-whitespace",
        ),
        pytest.param(
            "He said we are truly at an unprecedented stage in our relations with "
            "Beijing and will remain so for years",
            True,
            id="prediction-runs-past",
        ),
        pytest.param("We are truly at an unprecedented stage", True, id="jaccard-0.7"),
        pytest.param("We are truly at an unprecedented", True, id="jaccard-0.6-boundary"),
        pytest.param("We are truly at an", False, id="jaccard-0.5"),
        pytest.param("an unprecedented stage", False, id="short-fragment"),
        pytest.param("Relations are at a low point, he said", False, id="different"),
    ],
)
def test_quote_matching(predicted: str, matched: bool) -> None:
    gold = GoldDoc("doc", quotes=(GoldQuote("Sergey Lavrov", GOLD_TEXT),))
    scores = score([prediction(quotes=[quote(predicted, "Sergey Lavrov")])], [gold])
    assert scores.quotes == (PRF(1, 0, 0) if matched else PRF(0, 1, 1))


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        pytest.param(
            GoldQuote("Wang Yi", "mutual trust", partial=True),
            ["mutual trust"],
            PRF(1, 0, 0),
            id="partial-counts",
        ),
        pytest.param(
            GoldQuote("Wang Yi", "mutual trust", optional=True),
            ["mutual trust"],
            PRF(0, 0, 0),
            id="optional-found",
        ),
        pytest.param(
            GoldQuote("Wang Yi", "mutual trust", optional=True),
            [],
            PRF(0, 0, 0),
            id="optional-missed",
        ),
        pytest.param(
            GoldQuote("Wang Yi", "mutual trust"),
            ["mutual trust", "mutual trust"],
            PRF(1, 1, 0),
            id="duplicate",
        ),
    ],
)
def test_quote_optional_partial(gold: GoldQuote, predicted: list[str], expected: PRF) -> None:
    scores = score(
        [prediction(quotes=[quote(t) for t in predicted])], [GoldDoc("doc", quotes=(gold,))]
    )
    assert scores.quotes == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "correct"),
    [
        ("Sergey Lavrov", person("Sergey Lavrov"), True),
        ("Sergey Lavrov", person("sergey lavrov"), True),
        (
            "Ministry of Foreign Affairs of China",
            {"name": "Ministry of Foreign Affairs of China", "kind": "organisation"},
            True,
        ),
        ("Sergey Lavrov", country("Russia"), False),
        ("Sergey Lavrov", person("Wang Yi"), False),
        ("Sergey Lavrov", None, False),
    ],
)
def test_quote_speaker(gold: str, predicted: dict[str, Any] | None, correct: bool) -> None:
    doc = GoldDoc("doc", quotes=(GoldQuote(gold, GOLD_TEXT),))
    result = scored(doc, prediction(quotes=[{"text": GOLD_TEXT, "speaker": predicted}]))
    assert result["quotes_speaker"] == correct


# ---- published date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "coverage", "within", "day", "outside"),
    [
        ("2024-11-20", 1, 1, 1, 0),
        ("2024-11-17", 1, 1, 1, 0),
        ("2024-11-23", 1, 1, 1, 0),
        ("2024-11-24", 1, 0, 0, 1),
        ("2024-11", 1, 1, 0, 0),
        ("2024-10", 1, 0, 0, 1),
        ("2024", 1, 1, 0, 0),
        ("2023", 1, 0, 0, 1),
        ("November 2024", 1, 0, 0, 1),
        (20241120, 0, 0, 0, 0),
        (None, 0, 0, 0, 0),
    ],
)
def test_published(predicted: Any, coverage: int, within: int, day: int, outside: int) -> None:
    doc = GoldDoc("doc", published=GoldPublished("2024-11-20", "2024-11-17", "2024-11-23"))
    result = scored(doc, prediction(published=predicted))
    expected = (coverage, within, day, outside)
    names = ("published_coverage", "published_within", "published_within_day", "published_outside")
    assert tuple(result[name] for name in names) == expected


def test_published_month_range_and_bare_string() -> None:
    doc = GoldDoc("doc", published=GoldPublished(None, "2024-11", "2024-12"))
    pred = prediction() | {"published": "2024-12-31"}  # a bare string is tolerated
    assert scored(doc, pred)["published_within_day"] == 1.0


def test_published_without_gold_range_is_not_counted() -> None:
    scores = score([prediction(published="1999-01-01")], [GoldDoc("doc")])
    assert scores.published_coverage == Ratio(0, 0)
    assert scores.published_outside == Ratio(0, 0)


# ---- documents, details, presentation -------------------------------------------------------


def test_documents_pair_by_id_then_path_stem() -> None:
    gold = [
        GoldDoc("a", events=(gold_event("A B"),)),
        GoldDoc("b", events=(gold_event("C D"),)),
        GoldDoc("c", events=(gold_event("E F"),)),
    ]
    by_id = prediction([event("A B")], id="a")
    by_stem = prediction([event("C D")], id="f00d") | {"path": "/data/b.txt"}
    stray = prediction([event("E F")], id="zzz")
    scores = score([by_id, by_stem, stray, by_id], gold)
    assert scores.events == PRF(2, 0, 1)
    assert scores.unmatched_predictions == ("zzz", "a")
    assert [d.id for d in scores.details] == ["a", "b", "c"]


def test_details_name_what_went_wrong() -> None:
    gold = GoldDoc(
        "doc",
        events=(gold_event("Wang Yi", "Sergey Lavrov", date="2024-11"),),
        quotes=(GoldQuote("Wang Yi", "more mutual trust and less suspicion"),),
    )
    pred = prediction(
        [event("Wang Yi", "Antony Blinken", type="call")],
        [quote("We oppose unilateral sanctions", None)],
    )
    (detail,) = score([pred], [gold]).details
    assert detail.missed_events == ("meeting 2024-11 Wang Yi + Sergey Lavrov",)
    assert detail.spurious_events == ("call - Wang Yi + Antony Blinken",)
    assert detail.missed_quotes == ("Wang Yi: more mutual trust and less suspicion",)
    assert detail.spurious_quotes == ("?: We oppose unilateral sanctions",)


def test_empty_input_scores_vacuously() -> None:
    result = scores_to_dict(score([], []))
    assert list(result) == METRICS
    assert all(value == 1.0 for value in result.values())


def test_format_table_lists_every_metric() -> None:
    scores = score([prediction([event("A B")])], [GoldDoc("doc", events=(gold_event("C D"),))])
    table = format_table(scores)
    assert table.splitlines()[0].split() == ["metric", "value", "support"]
    assert all(name in table for name in METRICS)
    assert "events_precision" in table and "tp 0 fp 1 fn 1" in table


def test_lower_is_better_names_a_metric() -> None:
    assert set(METRICS) >= LOWER_IS_BETTER


# ---- gold files -----------------------------------------------------------------------------


def test_load_gold_reads_records(tmp_path: Path) -> None:
    record = {
        "id": "x",
        "published": "2024-05-01",
        "events": [
            {
                "type": "call",
                "participants": ["A B", {"name": "C D"}],
                "date": "2024-05",
                "location": None,
                "occasion": None,
                "background": False,
                "optional": True,
            }
        ],
        "quotes": [{"speaker": "A B", "text": "yes", "partial": True}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.published == GoldPublished("2024-05-01", "2024-05-01", "2024-05-01")
    assert doc.events[0].participants == ("A B", "C D")
    assert doc.events[0].optional and doc.events[0].topics == ()
    assert doc.quotes == (GoldQuote("A B", "yes", partial=True),)


@pytest.mark.parametrize("line", ["{not json", '{"events": []}', '{"id": "x", "events": [{}]}'])
def test_load_gold_rejects_malformed_lines(tmp_path: Path, line: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(MalformedInputError, match="line 2"):
        load_gold(path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        load_gold(tmp_path / "absent.jsonl")


@pytest.fixture
def seeds_gold() -> list[GoldDoc]:
    if not SEEDS_GOLD.is_file():
        pytest.skip(f"{SEEDS_GOLD} is not here (../shared is absent)")
    return load_gold(SEEDS_GOLD)


def test_seeds_gold_scored_against_itself_is_perfect(seeds_gold: list[GoldDoc]) -> None:
    scores = score([as_prediction(doc) for doc in seeds_gold], seeds_gold)
    result = scores_to_dict(scores)
    assert {name: value for name, value in result.items() if value != 1.0} == {
        "published_outside": 0.0
    }
    assert scores.events.tp == sum(not e.optional for d in seeds_gold for e in d.events)
    assert scores.unmatched_predictions == ()


def test_seeds_gold_empty_prediction_finds_nothing(seeds_gold: list[GoldDoc]) -> None:
    scores = score([], seeds_gold)
    assert scores.events.recall == 0.0 and scores.quotes.recall == 0.0
    assert scores.published_coverage.value == 0.0
