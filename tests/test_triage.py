"""Triage: the cheap first pass keeps every gold document and skips plain non-diplomatic news."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout import goldrun, sources, triage
from readout.actors import load_kb
from readout.pipeline import prepare
from readout.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
NONDIPLOMATIC = ROOT / "benchmarks" / "data" / "nondiplomatic"


@pytest.fixture(scope="module")
def gaz() -> triage.Gazetteer:
    return triage.gazetteer(load_kb())


@pytest.mark.parametrize(("text", "parse", "actor"), [
    ("Wang Yi met Antony Blinken in Beijing on Monday.", True, "Wang Yi"),
    ("The Chinese foreign minister held talks with his counterpart.", True, "Chinese"),
    ("Macron phoned Putin to discuss the plant.", True, "Macron"),
    ("Riverside Rovers scored twice in the last ten minutes.", False, None),
    ("Heavy rain is expected across the north-west on Sunday.", False, None),
    ("The talks between the union and the firm broke down.", False, None),  # no known actor
    ("Russia's economy grew by two percent last year.", False, None),  # no contact word
])
def test_decide(gaz: triage.Gazetteer, text: str, parse: bool, actor: str | None) -> None:
    decision = triage.decide(text, gaz)
    assert (decision.parse, decision.actor) == (parse, actor)


def _prepared(folder: Path) -> list[tuple[str, str]]:
    out = []
    for item in sources.read_paths([folder], sources.SourceOptions()):
        assert not isinstance(item, Exception), item
        out.append((item.path, prepare(item, Settings()).text))
    return out


@pytest.mark.parametrize("corpus", list(goldrun.corpora()), ids=lambda c: c.name)
def test_no_gold_document_is_skipped(gaz: triage.Gazetteer, corpus: goldrun.Corpus) -> None:
    skipped = [path for path, text in _prepared(corpus.inputs)
               if not triage.decide(text, gaz).parse]
    assert skipped == []


def test_most_non_diplomatic_news_is_skipped(gaz: triage.Gazetteer) -> None:
    decisions = [triage.decide(text, gaz).parse for _, text in _prepared(NONDIPLOMATIC)]
    assert len(decisions) == 40
    assert sum(decisions) <= 12  # a match or a trip "to Madrid" still goes to the parser


def test_a_skipped_document_is_stored_with_no_events(annotator: object,
                                                     gaz: triage.Gazetteer) -> None:
    from readout.records import Annotation

    document = next(sources.read_path(NONDIPLOMATIC / "01-local.txt", sources.SourceOptions()))
    [result] = list(triage.annotate(annotator, gaz, [document]))  # type: ignore[arg-type]
    assert isinstance(result, Annotation)
    assert (result.events, result.quotes) == ((), ())
    assert triage.VERSION in result.stages and result.document.text
