from dataclasses import replace

import pytest

from readout.merge import SourcedMention, group_key, merge
from readout.records import ActorRef, EventMention, Location, Span

WANG = ActorRef("Wang Yi", "Q5", "person", "China")
LAVROV = ActorRef("Sergey Lavrov", "Q6", "person", "Russia")
QIN = ActorRef("Qin Gang", "Q7", "person", "China")
CHINA = ActorRef("China", "Q148", "country", "China")
RUSSIA = ActorRef("Russia", "Q159", "country", "Russia")
PUTIN = ActorRef("Vladimir Putin", "Q7747", "person", "Russia")


def mention(participants: tuple[ActorRef, ...], date: str | None, kind: str = "meeting",
            background: bool = False, place: str | None = None) -> EventMention:
    return EventMention(
        type=kind, participants=participants, date=date,  # type: ignore[arg-type]
        location=Location(place, None) if place else None, occasion=None, topics=(),
        background=background, status="happened", evidence=Span("x", 0, 1), trigger="met")


def sourced(doc: str, m: EventMention, position: int = 0) -> SourcedMention:
    return SourcedMention(doc, f"{doc}.txt", doc, m, position)


def test_same_meeting_in_two_documents_is_one_event() -> None:
    events = merge([sourced("a", mention((WANG, LAVROV), "2024-11")),
                    sourced("b", mention((LAVROV, WANG), "2024-11-18"))])
    [event] = events
    assert event.date == "2024-11-18"
    assert [s.document for s in event.sources] == ["a", "b"]


def test_a_state_and_its_minister_agree() -> None:
    [event] = merge([sourced("a", mention((CHINA, RUSSIA), "2024-11")),
                     sourced("b", mention((WANG, LAVROV), "2024-11-18"))])
    assert {a.name for a in event.participants} == {"Wang Yi", "Sergey Lavrov"}


def test_different_people_of_the_same_states_stay_apart() -> None:
    events = merge([sourced("a", mention((WANG, LAVROV), "2023-03")),
                    sourced("b", mention((QIN, LAVROV), "2023-03"))])
    assert len(events) == 2


def test_meetings_a_week_apart_stay_two() -> None:
    events = merge([sourced("a", mention((WANG, LAVROV), "2024-11-11")),
                    sourced("b", mention((WANG, LAVROV), "2024-11-18"))])
    assert len(events) == 2


def test_calls_and_meetings_stay_apart() -> None:
    events = merge([sourced("a", mention((WANG, LAVROV), "2024-11", "call")),
                    sourced("b", mention((WANG, LAVROV), "2024-11"))])
    assert {e.type for e in events} == {"call", "meeting"}


def test_background_mentions_of_an_old_visit_merge() -> None:
    events = merge([sourced("a", mention((PUTIN, CHINA), "2022-02", background=True)),
                    sourced("b", mention((PUTIN, CHINA), "2022-02", background=True), 3)])
    [event] = events
    assert event.background and len(event.sources) == 2


def test_ids_are_stable_and_order_free() -> None:
    items = [sourced("a", mention((WANG, LAVROV), "2024-11")),
             sourced("b", mention((WANG, LAVROV), "2024-11"))]
    assert [e.id for e in merge(items)] == [e.id for e in merge(list(reversed(items)))]



def test_a_day_apart_merges_only_with_a_shared_place_and_keeps_the_conflict() -> None:
    rio = Location("Rio de Janeiro", "Brazil")
    [event] = merge([sourced("a", _at(mention((WANG, LAVROV), "2024-11-18"), rio)),
                     sourced("b", _at(mention((WANG, LAVROV), "2024-11-19"), rio)),
                     sourced("c", _at(mention((WANG, LAVROV), "2024-11-18"), rio))])
    assert event.date == "2024-11-18"  # the day most sources give
    assert {(c.field, c.value, c.documents) for c in event.conflicts} == {
        ("date", "2024-11-18", ("a", "c")), ("date", "2024-11-19", ("b",))}
    assert "date" not in event.merged_on and "location" in event.merged_on
    apart = merge([sourced("a", mention((WANG, LAVROV), "2024-11-18")),
                   sourced("b", mention((WANG, LAVROV), "2024-11-19"))])
    assert len(apart) == 2


def test_a_background_mention_joins_the_report_of_the_event() -> None:
    [event] = merge([sourced("a", mention((PUTIN, CHINA), "2022-02-04")),
                     sourced("b", mention((PUTIN, CHINA), "2022-02", background=True))])
    assert not event.background and event.date == "2022-02-04"
    assert event.merged_on == ("type", "parties", "people", "date")


def test_two_mentions_of_one_document_stay_apart() -> None:
    events = merge([sourced("a", mention((WANG, LAVROV), "2024-11")),
                    sourced("a", mention((WANG, LAVROV), "2024-11-18"), 1)])
    assert len(events) == 2


def test_places_in_different_countries_stay_apart_and_cities_conflict() -> None:
    assert len(merge([sourced("a", _at(mention((WANG, LAVROV), "2024-11"),
                                       Location("Rio de Janeiro", "Brazil"))),
                      sourced("b", _at(mention((WANG, LAVROV), "2024-11"),
                                       Location("Moscow", "Russia")))])) == 2
    [event] = merge([sourced("a", _at(mention((WANG, LAVROV), "2024-11"),
                                      Location("Rio de Janeiro", "Brazil"))),
                     sourced("b", _at(mention((WANG, LAVROV), "2024-11"),
                                      Location("Brasília", "Brazil")))])
    assert [c.field for c in event.conflicts] == ["location", "location"]


@pytest.mark.parametrize(("date", "published", "key"), [
    ("2024-11-18", None, "China|Russia@2024"),
    ("2022-02", "2024-11-20", "China|Russia@2022"),
    (None, "2024-11-20", "China|Russia@2024"),
    (None, None, "China|Russia@undated"),
])
def test_group_keys(date: str | None, published: str | None, key: str) -> None:
    assert group_key(mention((LAVROV, WANG), date), published) == key


def test_single_reports_give_no_reasons() -> None:
    [event] = merge([sourced("a", mention((WANG, LAVROV), "2024-11"))])
    assert event.merged_on == () and event.conflicts == ()


def _at(m: EventMention, place: Location) -> EventMention:
    return replace(m, location=place)


def test_a_plan_joins_the_report_that_it_happened_but_not_a_cancellation() -> None:
    planned = replace(mention((WANG, LAVROV), "2024-11-18"), status="planned")
    happened = mention((WANG, LAVROV), "2024-11-18")
    cancelled = replace(happened, status="cancelled")
    [event] = merge([sourced("a", planned), sourced("b", happened)])
    assert event.status == "happened"
    assert len(merge([sourced("a", happened), sourced("b", cancelled)])) == 2
