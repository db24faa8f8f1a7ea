"""Score `readout extract` output against gold annotations.

`load_gold` reads the gold JSONL described in DESIGN.md; `score` compares extract contract
objects with it; `format_table` and `scores_to_dict` (for the baseline file) present the result.
Documents pair by `id`, else by the file stem of the prediction's `path` (extract ids may be
content hashes); a gold document without a prediction scores as an empty one. Names and short
texts compare normalised: casefolded, accents stripped, runs of non-alphanumerics (hyphens,
apostrophes, dots) one space, "Group of 20" and "G-20" both "g20".

Events. A prediction can match a gold event when `type` is equal and every gold participant
is covered by its own predicted participant (extra predicted ones are allowed), where a
predicted participant covers a gold one when the names are equal, or its `country` is the
gold name ("China" annotated, "Wang Yi" predicted), or it is the gold person's country
("Vladimir Putin" annotated, "Russia" predicted). The last two are country-level matches:
accepted, and `events_participants_exact` reports how often the name sets are equal. A
person's country is learnt from the predictions (participants and speakers with a
`country`), overridden by `person_countries`. Pairs are chosen one-to-one per document,
greedily, best first: a compatible date (what tells apart two meetings of the same people),
then more equal names, an exact date, fewer extra participants, a required gold before an
optional one. Matching an optional gold is neither a hit nor a miss; an unmatched prediction
that could match an optional gold is no false positive. Over pairs with a required gold:
  date_exact       equal strings (null == null)
  date_compatible  one is the other at coarser precision: "2024-11" ~ "2024-11-20"
  location         null == null; or the predicted name is one of the gold's comma-separated
                   parts ("Tunxi" in "Tunxi, Anhui, China"); or the gold is one part equal to
                   the predicted name or country ("Brazil" vs Rio de Janeiro, Brazil)
  background       equal booleans (missing in the prediction = false)
  occasion         null == null; or Dice overlap >= 0.5 of the words left after dropping
                   function words and the generic "meeting", "summit", "talks", "conference"
  topics_recall    share of gold topics containing or contained in a predicted topic, on
                   word boundaries ("Ukraine" ~ "the Ukraine crisis")

Quotes with `"direct": false` (reported speech) are not scored: the gold annotates quoted
words only. Quotes compare as sets of word tokens, so whitespace, quote marks and end
punctuation do not matter. similarity = max(Jaccard, share of the gold's tokens in the
prediction) must reach 0.6; one-to-one, greedy by similarity. Containment credits a
prediction running past the gold quote; a fragment of a gold quote needs 0.6 Jaccard.
Partial gold quotes count like the others, optional ones as for events. `quotes_speaker`:
over matched pairs with a required gold, the normalised gold speaker equals the predicted
`speaker.name` (no country credit).

Published date, over gold documents with `published_inferred` (else a given `published`),
compared with the predicted `published.date` whatever its `source`:
  coverage    share with a predicted date
  within      share whose predicted date overlaps [min, max] at its own precision
              ("2024-11" is within when the range touches November 2024)
  within_day  share within at day precision
  outside     share with a predicted date outside the range (lower is better)

A ratio with nothing to count is 1.0: there was nothing to get wrong.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import reduce
from pathlib import Path, PurePath
from typing import Any, TypeVar

from readout.errors import MalformedInputError, NotFoundError

QUOTE_MATCH = 0.6
OCCASION_MATCH = 0.5
LOWER_IS_BETTER = frozenset({"published_outside"})

_FUNCTION_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "s", "the"})
_GENERIC_OCCASION = frozenset({"meeting", "meetings", "summit", "talks", "conference"})
_NUMBER_WORDS = {"seven": "7", "eight": "8", "twenty": "20"}
_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")


@dataclass(frozen=True)
class GoldEvent:
    type: str
    participants: tuple[str, ...]
    date: str | None
    location: str | None
    occasion: str | None
    background: bool
    topics: tuple[str, ...] = ()
    evidence: str = ""
    optional: bool = False
    cluster: str | None = None  # the real-world event, where a gold file says (merge gold)


@dataclass(frozen=True)
class GoldQuote:
    speaker: str | None
    text: str
    partial: bool = False
    optional: bool = False


@dataclass(frozen=True)
class GoldPublished:
    """The days a careful reader can infer; `date` is their best guess."""

    date: str | None
    min: str
    max: str


@dataclass(frozen=True)
class GoldDoc:
    id: str
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    published: GoldPublished | None = None


@dataclass(frozen=True)
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return Ratio(self.tp, self.tp + self.fp).value

    @property
    def recall(self) -> float:
        return Ratio(self.tp, self.tp + self.fn).value

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class DocDetail:
    """What went wrong in one document, as short readable labels."""

    id: str
    missed_events: tuple[str, ...] = ()
    spurious_events: tuple[str, ...] = ()
    missed_quotes: tuple[str, ...] = ()
    spurious_quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    """Every field adds up across documents; the field names are the metric names."""

    events: PRF = PRF()
    events_participants_exact: Ratio = Ratio()
    events_date_exact: Ratio = Ratio()
    events_date_compatible: Ratio = Ratio()
    events_location: Ratio = Ratio()
    events_background: Ratio = Ratio()
    events_occasion: Ratio = Ratio()
    events_topics_recall: Ratio = Ratio()
    quotes: PRF = PRF()
    quotes_speaker: Ratio = Ratio()
    published_coverage: Ratio = Ratio()
    published_within: Ratio = Ratio()
    published_within_day: Ratio = Ratio()
    published_outside: Ratio = Ratio()
    details: tuple[DocDetail, ...] = ()
    unmatched_predictions: tuple[str, ...] = ()  # ids of predictions with no gold document

    def __add__(self, other: Scores) -> Scores:
        return Scores(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


# ---- gold --------------------------------------------------------------------------------


def load_gold(path: Path) -> list[GoldDoc]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise NotFoundError(str(path), "no such gold file; pass a gold JSONL path") from None
    docs = []
    for number, line in enumerate(lines, 1):
        try:
            if line.strip():
                docs.append(_gold_doc(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            message = f"line {number} is not a gold record ({error!r}); see DESIGN.md"
            raise MalformedInputError(str(path), message) from error
    return docs


def _gold_doc(obj: Mapping[str, Any]) -> GoldDoc:
    inferred, given = obj.get("published_inferred"), obj.get("published")
    published = None
    if inferred:
        published = GoldPublished(inferred.get("date"), inferred["min"], inferred["max"])
    elif isinstance(given, str):
        published = GoldPublished(given, given, given)
    events = tuple(
        GoldEvent(
            type=str(e["type"]),
            participants=tuple(_name(p) or "" for p in e["participants"]),
            date=e.get("date"),
            location=e.get("location"),
            occasion=e.get("occasion"),
            background=bool(e.get("background", False)),
            topics=tuple(e.get("topics") or ()),
            evidence=str(e.get("evidence", "")),
            optional=bool(e.get("optional", False)),
            cluster=e.get("cluster"),
        )
        for e in obj.get("events") or ()
    )
    quotes = tuple(
        GoldQuote(
            _name(q.get("speaker")),
            str(q["text"]),
            bool(q.get("partial", False)),
            bool(q.get("optional", False)),
        )
        for q in obj.get("quotes") or ()
    )
    return GoldDoc(str(obj["id"]), events, quotes, published)


def _name(value: Any) -> str | None:
    """An actor given as a plain name or as a contract object with a `name`."""
    if isinstance(value, Mapping):
        value = value.get("name")
    return _text(value)


# ---- predictions, parsed once at the edge ---------------------------------------------------


@dataclass(frozen=True)
class _Named:
    """A participant, speaker or place: its name, normalised name and normalised country."""

    name: str
    key: str
    country: str  # "" when unknown


@dataclass(frozen=True)
class _PredEvent:
    type: str
    participants: tuple[_Named, ...]
    date: str | None
    location: _Named | None
    occasion: str | None
    topics: tuple[str, ...]
    background: bool


@dataclass(frozen=True)
class _PredQuote:
    text: str
    tokens: frozenset[str]
    speaker: _Named | None


@dataclass(frozen=True)
class _Pred:
    id: str
    stem: str
    events: tuple[_PredEvent, ...] = ()
    quotes: tuple[_PredQuote, ...] = ()
    published: str | None = None


def _parse_prediction(obj: Mapping[str, Any]) -> _Pred:
    published = obj.get("published")
    # Gold annotates quoted words; reported speech (`"direct": false`) is not scored.
    quotes = [(str(q.get("text") or ""), q.get("speaker")) for q in obj.get("quotes") or ()
              if q.get("direct", True)]
    return _Pred(
        id=str(obj.get("id") or ""),
        stem=PurePath(str(obj.get("path") or "")).stem,
        events=tuple(_parse_event(e) for e in obj.get("events") or ()),
        quotes=tuple(_PredQuote(text, _tokens(text), _named(who)) for text, who in quotes),
        published=_text(published.get("date") if isinstance(published, Mapping) else published),
    )


def _parse_event(obj: Mapping[str, Any]) -> _PredEvent:
    actors = (_named(p) for p in obj.get("participants") or ())
    return _PredEvent(
        type=str(obj.get("type")),
        participants=tuple(a for a in actors if a is not None),
        date=obj.get("date"),
        location=_named(obj.get("location")),
        occasion=obj.get("occasion"),
        topics=tuple(obj.get("topics") or ()),
        background=bool(obj.get("background", False)),
    )


def _named(obj: Any) -> _Named | None:
    name = _name(obj)
    if name is None:
        return None
    country = obj.get("country") if isinstance(obj, Mapping) else None
    return _Named(name, _norm(name), _norm(country or ""))


def _person_countries(preds: Sequence[_Pred], given: Mapping[str, str]) -> dict[str, str]:
    """Normalised person name -> normalised country, learnt from the predictions."""
    found: dict[str, str] = {}
    for pred in preds:
        actors = [a for e in pred.events for a in e.participants]
        actors += [q.speaker for q in pred.quotes if q.speaker is not None]
        found.update((a.key, a.country) for a in actors if a.country and a.country != a.key)
    found.update((_norm(name), _norm(country)) for name, country in given.items())
    return found


# ---- scoring --------------------------------------------------------------------------------


def score(
    predictions: Sequence[Mapping[str, Any]],
    gold: Sequence[GoldDoc],
    *,
    person_countries: Mapping[str, str] | None = None,
) -> Scores:
    preds = [_parse_prediction(obj) for obj in predictions]
    ids = {doc.id for doc in gold}
    paired: dict[str, _Pred] = {}
    unmatched: list[str] = []
    for pred in preds:
        key = pred.id if pred.id in ids else pred.stem
        if key in ids and key not in paired:
            paired[key] = pred
        else:  # no gold document, or a second prediction for one
            unmatched.append(pred.id or pred.stem)
    countries = _person_countries(preds, person_countries or {})
    docs = (_score_doc(doc, paired.get(doc.id), countries) for doc in gold)
    return reduce(Scores.__add__, docs, Scores(unmatched_predictions=tuple(unmatched)))


def event_pairs(predictions: Sequence[Mapping[str, Any]], gold: Sequence[GoldDoc]
                ) -> dict[str, tuple[str, dict[int, int]]]:
    """For each gold document: the id of its prediction and which predicted event each
    required gold event was matched to (gold index -> predicted index), as `score` pairs
    them. The merge evaluation builds on this."""
    preds = [_parse_prediction(obj) for obj in predictions]
    by_key: dict[str, _Pred] = {}
    for pred in preds:
        by_key.setdefault(pred.id, pred)
        by_key.setdefault(pred.stem, pred)
    countries = _person_countries(preds, {})
    out: dict[str, tuple[str, dict[int, int]]] = {}
    for doc in gold:
        found = by_key.get(doc.id)
        if found is not None:
            matching = _match(doc.events, found.events,
                              lambda g, p: _event_rank(g, p, countries))
            out[doc.id] = (found.id, dict(matching.pairs))
    return out


def _score_doc(doc: GoldDoc, pred: _Pred | None, countries: Mapping[str, str]) -> Scores:
    pred = pred or _Pred(doc.id, "")
    events = _match(doc.events, pred.events, lambda g, p: _event_rank(g, p, countries))
    quotes = _match(doc.quotes, pred.quotes, _quote_rank)
    gold_quotes = [(doc.quotes[i].speaker, doc.quotes[i].text) for i in quotes.missed]
    extra_quotes = [
        (_name_of(pred.quotes[i].speaker), pred.quotes[i].text) for i in quotes.spurious
    ]
    detail = DocDetail(
        id=doc.id,
        missed_events=tuple(_gold_event_label(doc.events[i]) for i in events.missed),
        spurious_events=tuple(_pred_event_label(pred.events[i]) for i in events.spurious),
        missed_quotes=tuple(_quote_label(who, text) for who, text in gold_quotes),
        spurious_quotes=tuple(_quote_label(who, text) for who, text in extra_quotes),
    )
    return (
        _event_scores([(doc.events[g], pred.events[p]) for g, p in events.pairs], events.prf)
        + _quote_scores([(doc.quotes[g], pred.quotes[p]) for g, p in quotes.pairs], quotes.prf)
        + _published_scores(doc.published, pred.published)
        + Scores(details=(detail,))
    )


@dataclass(frozen=True)
class _Matching:
    pairs: tuple[tuple[int, int], ...]  # (gold, predicted) indices, required gold only
    missed: tuple[int, ...]  # required gold left unmatched
    spurious: tuple[int, ...]  # predictions matching nothing, not even an optional gold

    @property
    def prf(self) -> PRF:
        return PRF(len(self.pairs), len(self.spurious), len(self.missed))


_G = TypeVar("_G", GoldEvent, GoldQuote)
_P = TypeVar("_P", _PredEvent, _PredQuote)
_Rank = tuple[float, ...]


def _match(
    golds: Sequence[_G], preds: Sequence[_P], rank: Callable[[_G, _P], _Rank | None]
) -> _Matching:
    """One-to-one greedy matching, best-ranked candidate pair first."""
    candidates: list[tuple[bool, _Rank, int, int]] = []
    for g, gold in enumerate(golds):
        for p, pred in enumerate(preds):
            key = rank(gold, pred)
            if key is not None:  # negated indices: ties go to the earlier gold and prediction
                candidates.append((not gold.optional, key, -g, -p))
    # A required gold goes first: an optional one only forgives what it matches, it must
    # not take a prediction that a required one also matches.
    candidates.sort(reverse=True)
    chosen: dict[int, int] = {}  # gold -> predicted
    for _, _, g, p in candidates:
        if -g not in chosen and -p not in chosen.values():  # a handful per document
            chosen[-g] = -p
    forgiven = {-p for required, _, _, p in candidates if not required}
    used = set(chosen.values()) | forgiven
    return _Matching(
        pairs=tuple(sorted((g, p) for g, p in chosen.items() if not golds[g].optional)),
        missed=tuple(g for g, gold in enumerate(golds) if not gold.optional and g not in chosen),
        spurious=tuple(p for p in range(len(preds)) if p not in used),
    )


# ---- events ---------------------------------------------------------------------------------


def _event_rank(gold: GoldEvent, pred: _PredEvent, countries: Mapping[str, str]) -> _Rank | None:
    if gold.type != pred.type or not _covered(gold.participants, pred.participants, countries):
        return None
    names = len({_norm(n) for n in gold.participants} & {a.key for a in pred.participants})
    extra = len(pred.participants) - len(gold.participants)
    compatible, exact = _date_compatible(gold.date, pred.date), gold.date == pred.date
    return (compatible, names, exact, -extra)


def _covered(gold: Sequence[str], actors: Sequence[_Named], countries: Mapping[str, str]) -> bool:
    """Whether each gold participant has its own covering predicted participant.

    Kuhn's augmenting paths, so one predicted "Wang Yi" cannot stand for both an annotated
    "Wang Yi" and an annotated "China".
    """
    owner: dict[int, int] = {}  # predicted -> gold

    def place(g: int, seen: set[int]) -> bool:
        for a, actor in enumerate(actors):
            if a not in seen and _covers(_norm(gold[g]), actor, countries):
                seen.add(a)
                if a not in owner or place(owner[a], seen):
                    owner[a] = g
                    return True
        return False

    return all(place(g, set()) for g in range(len(gold)))


def _covers(gold: str, actor: _Named, countries: Mapping[str, str]) -> bool:
    country = actor.country or countries.get(actor.key, "")
    return bool(gold) and (gold in (actor.key, country) or countries.get(gold) == actor.key)


def _event_scores(pairs: Sequence[tuple[GoldEvent, _PredEvent]], detection: PRF) -> Scores:
    def share(check: Callable[[GoldEvent, _PredEvent], bool]) -> Ratio:
        return Ratio(sum(check(g, p) for g, p in pairs), len(pairs))

    return Scores(
        events=detection,
        events_participants_exact=share(
            lambda g, p: {_norm(n) for n in g.participants} == {a.key for a in p.participants}
        ),
        events_date_exact=share(lambda g, p: g.date == p.date),
        events_date_compatible=share(lambda g, p: _date_compatible(g.date, p.date)),
        events_location=share(lambda g, p: _location_ok(g.location, p.location)),
        events_background=share(lambda g, p: g.background == p.background),
        events_occasion=share(lambda g, p: _occasion_ok(g.occasion, p.occasion)),
        events_topics_recall=Ratio(
            sum(_topic_hits(g.topics, p.topics) for g, p in pairs),
            sum(len(g.topics) for g, _ in pairs),
        ),
    )


def _date_compatible(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold == pred
    a, b = gold.split("-"), pred.split("-")
    return a[: len(b)] == b[: len(a)]


def _location_ok(gold: str | None, pred: _Named | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    parts = [_norm(part) for part in gold.split(",")]
    town = _norm(pred.name.split(",")[0])  # "Washington, D.C." is Washington
    return bool({pred.key, town} & set(parts)) or (
        len(parts) == 1 and parts[0] in (pred.key, pred.country))


def _occasion_ok(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold == pred
    a, b = (_tokens(text) - _FUNCTION_WORDS - _GENERIC_OCCASION for text in (gold, pred))
    if not a or not b:  # only generic words ("summit" vs "meeting"): nothing to contradict
        return a == b
    return 2 * len(a & b) / (len(a) + len(b)) >= OCCASION_MATCH


def _topic_hits(gold: Sequence[str], pred: Sequence[str]) -> int:
    # padded with spaces so that "UN" is not found inside "unity"
    found = [f" {_norm(t)} " for t in pred if _norm(t)]
    wanted = [f" {_norm(t)} " for t in gold]
    return sum(any(w in f or f in w for f in found) for w in wanted if w.strip())


# ---- quotes and the published date ----------------------------------------------------------


def _quote_rank(gold: GoldQuote, pred: _PredQuote) -> _Rank | None:
    wanted = _tokens(gold.text)
    if not wanted or not pred.tokens:
        return None
    common = len(wanted & pred.tokens)
    similarity = max(common / len(wanted | pred.tokens), common / len(wanted))
    return (similarity,) if similarity >= QUOTE_MATCH else None


def _quote_scores(pairs: Sequence[tuple[GoldQuote, _PredQuote]], detection: PRF) -> Scores:
    right = sum(_norm(g.speaker or "") == _norm(_name_of(p.speaker) or "") for g, p in pairs)
    return Scores(quotes=detection, quotes_speaker=Ratio(right, len(pairs)))


def _published_scores(gold: GoldPublished | None, pred: str | None) -> Scores:
    if gold is None:
        return Scores()
    if not pred:
        zero = Ratio(0, 1)
        return Scores(
            published_coverage=zero,
            published_within=zero,
            published_within_day=zero,
            published_outside=zero,
        )
    first, last = _bounds(pred)
    within = (
        bool(_DATE.fullmatch(pred))
        and first <= _bounds(gold.max)[1]
        and (_bounds(gold.min)[0] <= last)
    )
    return Scores(
        published_coverage=Ratio(1, 1),
        published_within=Ratio(within, 1),
        published_within_day=Ratio(within and len(pred) == len("2024-11-20"), 1),
        published_outside=Ratio(not within, 1),
    )


def _bounds(date: str) -> tuple[str, str]:
    """First and last day of a date at its precision; ISO days then compare as text."""
    parts = date.split("-")
    first = parts + ["01"] * (3 - len(parts))
    last = parts + ["12", "31"][len(parts) - 1 :]
    return "-".join(first), "-".join(last)


# ---- text helpers and labels ----------------------------------------------------------------


def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = re.sub(r"[\W_]+", " ", plain).strip()
    words = re.sub(r"\bgroup of (\w+)\b", lambda m: "g" + _NUMBER_WORDS.get(m[1], m[1]), words)
    return re.sub(r"\bg (\d+)\b", r"g\1", words)


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_norm(text).split())


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _name_of(actor: _Named | None) -> str | None:
    return actor.name if actor else None


def _gold_event_label(event: GoldEvent) -> str:
    return f"{event.type} {event.date or '-'} {' + '.join(event.participants)}"


def _pred_event_label(event: _PredEvent) -> str:
    return f"{event.type} {event.date or '-'} {' + '.join(a.name for a in event.participants)}"


def _quote_label(speaker: str | None, text: str) -> str:
    return f"{speaker or '?'}: {text if len(text) <= 60 else text[:57] + '...'}"


# ---- presentation ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    name: str
    value: float
    support: str


def _rows(scores: Scores) -> list[_Row]:
    rows: list[_Row] = []
    for f in fields(scores):
        metric = getattr(scores, f.name)
        if isinstance(metric, PRF):
            support = f"tp {metric.tp} fp {metric.fp} fn {metric.fn}"
            rows += [
                _Row(f"{f.name}_precision", metric.precision, support),
                _Row(f"{f.name}_recall", metric.recall, support),
                _Row(f"{f.name}_f1", metric.f1, support),
            ]
        elif isinstance(metric, Ratio):
            rows.append(_Row(f.name, metric.value, f"{metric.hits}/{metric.total}"))
    return rows


def scores_to_dict(scores: Scores) -> dict[str, float]:
    """Flat metric name -> value; higher is better except for `LOWER_IS_BETTER`."""
    return {row.name: row.value for row in _rows(scores)}


def format_table(scores: Scores) -> str:
    rows = _rows(scores)
    width = max(len(row.name) for row in rows)
    lines = [f"{'metric':<{width}}  {'value':>6}  support"]
    lines += [f"{row.name:<{width}}  {row.value:6.3f}  {row.support}" for row in rows]
    return "\n".join(lines)
