"""How well merging groups reports into real events: B-cubed against a gold clustering.

Gold clusters come from a `cluster` key on gold events (the merge corpus) or from a
sidecar file listing (corpus, document, evidence, cluster) for corpora annotated before
clusters were; gold events not listed are their own cluster. Each required gold event is
paired with a predicted mention as the quality gate pairs them (`evaluate.event_pairs`); its
predicted cluster is the gold events whose mentions were merged into the same event. A gold
event the pipeline missed stands alone, so extraction misses cost recall here too.
Reuse links are scored as pairs of documents against a gold list.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readout import merge
from readout.evaluate import GoldDoc, event_pairs
from readout.merge import reuse
from readout.records import Annotation

Key = tuple[str, int]  # (gold document id, gold event index)


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    mentions: int  # gold events scored
    matched: int  # of which the pipeline found
    gold_clusters: int  # with two or more members

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def bcubed(gold: Mapping[Key, str], predicted: Mapping[Key, str]) -> tuple[float, float]:
    """Mean B-cubed precision and recall over the items of `gold` (items missing from
    `predicted` are singletons)."""
    if not gold:
        return 1.0, 1.0
    by_gold: dict[str, set[Key]] = defaultdict(set)
    by_pred: dict[str, set[Key]] = defaultdict(set)
    for item, label in gold.items():
        by_gold[label].add(item)
        by_pred[predicted.get(item, f"alone:{item}")].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        same_gold = by_gold[label]
        same_pred = by_pred[predicted.get(item, f"alone:{item}")]
        both = len(same_gold & same_pred)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    return precision / len(gold), recall / len(gold)


def gold_clusters(docs: Sequence[GoldDoc], corpus: str, sidecar: Path | None) -> dict[Key, str]:
    """Cluster label of every required gold event."""
    listed: dict[tuple[str, str], str] = {}
    if sidecar is not None and sidecar.is_file():
        for line in sidecar.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row["corpus"] == corpus:
                listed[(row["document"], row["evidence"])] = row["cluster"]
    out: dict[Key, str] = {}
    for doc in docs:
        for index, event in enumerate(doc.events):
            if not event.optional:
                out[(doc.id, index)] = (event.cluster or listed.get((doc.id, event.evidence))
                                        or f"{doc.id}#{index}")
    return out


def predicted_clusters(annotations: Sequence[Annotation], predictions: Sequence[Mapping[str, Any]],
                       docs: Sequence[GoldDoc]) -> dict[Key, str]:
    """The merged event each required gold event's matched mention ended up in."""
    sourced = [merge.SourcedMention(a.document.id, a.document.path, a.document.title, m, i,
                                    published=a.document.published.date
                                    if a.document.published else None)
               for a in annotations for i, m in enumerate(a.events)]
    event_of = {(s.document, s.position): event.id
                for event in merge.merge(sourced) for s in event.sources}
    out: dict[Key, str] = {}
    for doc_id, (prediction_id, pairs) in event_pairs(predictions, docs).items():
        for gold_index, mention_index in pairs.items():
            event = event_of.get((prediction_id, mention_index))
            if event is not None:
                out[(doc_id, gold_index)] = event
    return out


def score_clusters(annotations: Sequence[Annotation], predictions: Sequence[Mapping[str, Any]],
                   docs: Sequence[GoldDoc], corpus: str, sidecar: Path | None) -> BCubed:
    gold = gold_clusters(docs, corpus, sidecar)
    predicted = predicted_clusters(annotations, predictions, docs)
    precision, recall = bcubed(gold, predicted)
    sizes: dict[str, int] = defaultdict(int)
    for label in gold.values():
        sizes[label] += 1
    return BCubed(precision, recall, len(gold), sum(1 for k in gold if k in predicted),
                  sum(1 for n in sizes.values() if n > 1))


@dataclass(frozen=True)
class ReuseScore:
    found: int
    gold: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0


def reuse_pairs(annotations: Sequence[Annotation]) -> set[frozenset[str]]:
    """Every pair of documents that copy one another, by the store's own rules."""
    texts = {a.document.id: a.document.text for a in annotations}
    prints = {d: reuse.fingerprints(t) for d, t in texts.items()}
    signatures = {d: reuse.signature(t) for d, t in texts.items()}
    found: set[frozenset[str]] = set()
    ids = sorted(texts)
    for i, first in enumerate(ids):
        for second in ids[i + 1:]:
            a, b = signatures[first], signatures[second]
            near = a is not None and b is not None and (
                reuse.similarity(a, b) >= reuse.NEAR_DUPLICATE)
            if near or reuse.judge(prints[first] & prints[second], texts[first], texts[second]):
                found.add(frozenset((first, second)))
    return found


def score_reuse(found: Iterable[frozenset[str]], gold: Iterable[frozenset[str]]) -> ReuseScore:
    found, gold = set(found), set(gold)
    return ReuseScore(len(found), len(gold), len(found & gold))


def gold_reuse(path: Path, corpus: str, ids: Mapping[str, str]) -> set[frozenset[str]]:
    """Gold reuse pairs of one corpus, as document ids (`ids`: gold id -> document id)."""
    if not path.is_file():
        return set()
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else None
        if row and row["corpus"] == corpus and row["a"] in ids and row["b"] in ids:
            pairs.add(frozenset((ids[row["a"]], ids[row["b"]])))
    return pairs
