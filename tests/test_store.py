import sqlite3
from dataclasses import replace
from pathlib import Path

from readout.merge import merge_group
from readout.records import (
    ActorRef,
    Annotation,
    Document,
    EventMention,
    Failure,
    PublishedDate,
    Quote,
    Span,
)
from readout.store import EventFilter, Store
from readout.store.migrations import MIGRATIONS

WANG = ActorRef("Wang Yi", "Q5", "person", "China")
LAVROV = ActorRef("Sergey Lavrov", "Q6", "person", "Russia")


def annotation(doc_id: str, date: str = "2024-11-18") -> Annotation:
    text = "Wang Yi met Sergey Lavrov in Rio. “We agree,” Lavrov said."
    document = Document(
        id=doc_id, path=f"{doc_id}.txt", title="Title", text=text, raw_text="Title\n" + text,
        original=("Title\n" + text).encode(), media_type="text/plain",
        published=PublishedDate(date, "day", "metadata"))
    event = EventMention("meeting", (WANG, LAVROV), date, None, "G20 summit", ("Ukraine",),
                         False, "happened", Span("Wang Yi met Sergey Lavrov in Rio.", 0, 33),
                         "met")
    quote = Quote("We agree,", 35, 44, LAVROV, Span("Lavrov", 46, 52), True, "said", None)
    return Annotation(document, (event,), (quote,), ("v1",))


def _merge(store: Store) -> None:
    store.merge_pending(merge_group)


def test_round_trip_and_idempotence(store: Store) -> None:
    assert store.add(annotation("a")) is True
    assert store.add(annotation("a")) is False
    _merge(store)
    [event] = store.events()
    assert event.participants == (WANG, LAVROV)
    assert event.topics == ("Ukraine",)
    assert store.event(event.id) == event
    quotes = store.quotes_of(["a"])
    assert quotes[0][1].speaker == LAVROV
    counts = store.counts()
    assert (counts.documents, counts.mentions, counts.events, counts.quotes) == (1, 1, 1, 1)


def test_two_copies_count_once_as_independent(store: Store) -> None:
    store.add(annotation("a"))
    store.add(annotation("b"))
    _merge(store)
    [event] = store.events()
    assert len(event.sources) == 2
    assert event.independent_sources == 2  # the shared text is too short to count as reuse


def test_sources_are_listed_earliest_report_first_whatever_their_paths(store: Store) -> None:
    later = annotation("a")
    later = replace(later, document=replace(later.document, published=PublishedDate(
        "2024-11-19", "day", "metadata")))
    store.add(later)
    store.add(annotation("b"))  # published on the 18th, its path sorts after "a.txt"
    _merge(store)
    [event] = store.events()
    assert [s.document for s in event.sources] == ["b", "a"]


def test_filters(store: Store) -> None:
    store.add(annotation("a", "2024-11-18"))
    store.add(annotation("b", "2023-03-01"))
    _merge(store)
    assert len(store.events(EventFilter(since="2024"))) == 1
    assert len(store.events(EventFilter(until="2023-12-31"))) == 1
    assert len(store.events(EventFilter(actors=("Lavrov",)))) == 2
    assert len(store.events(EventFilter(actors=("China",)))) == 2
    assert store.events(EventFilter(type="call")) == []


def test_failures_are_recorded_once(store: Store) -> None:
    failure = Failure("bad.txt", "sources", "binary", "bad.txt: looks like a binary file")
    store.add_failure(failure)
    store.add_failure(failure)
    assert store.failures() == [failure]


def test_reopening_keeps_data_and_schema(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with Store(path) as first:
        first.add(annotation("a"))
    with Store(path) as second:
        assert second.has_document("a")
        names = [r[0] for r in second.db.execute("SELECT name FROM schema_migrations")]
        assert names == [name for name, _ in MIGRATIONS]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
