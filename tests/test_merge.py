from readout.merge import SourcedMention, fingerprints, independent, merge
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


def test_independent_sources_join_copies() -> None:
    assert independent(["a", "b", "c"], [("a", "b")]) == 2
    assert independent(["a", "b", "c"], []) == 3
    assert independent(["a"], [("a", "z")]) == 1


def test_fingerprints_find_a_shared_long_sentence() -> None:
    shared = ("The two ministers agreed that the partnership between their countries "
              "had reached a new and important stage.")
    first = fingerprints(f"Short one. {shared} Another short one.")
    second = fingerprints(f"{shared.upper()} Something else entirely here.")
    assert first & second
    assert not fingerprints("Too short to count. Also short.")
