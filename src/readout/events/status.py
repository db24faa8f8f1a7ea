"""Tense, status and background of a contact trigger, read from the parse."""

from __future__ import annotations

from typing import Any, Literal

from readout.time_grammar import number_value

Tense = Literal["past", "future", "unknown"]

FUTURE_HEADS = {"expected", "scheduled", "set", "due", "planning", "plans", "plan", "planned",
                "going", "preparing", "hopes", "intends", "agreed", "wants", "aims", "poised"}
# Verbs that put a contact in the calendar: "a meeting has been pencilled in".
SCHEDULING = {"pencilled", "penciled", "slated", "scheduled", "planned", "earmarked", "mooted",
              "tipped", "lined"}
FUTURE_ADJECTIVES = {"upcoming", "planned", "forthcoming", "next", "proposed", "expected",
                     "future", "possible", "potential"}
CANCEL_WORDS = {"cancel", "cancels", "cancelled", "canceled", "postponed", "postpone",
                "scrapped", "refused", "refuses", "declined", "rejected", "denied", "snubbed",
                "off", "shelved", "skip", "skipped"}
HYPOTHETICAL = {"would", "could", "might", "may", "should", "must", "can", "ca"}  # "ca" of "can't"
REQUESTS = {"offer", "offers", "offered", "propose", "proposes", "proposed", "demand",
            "demands", "demanded", "request", "requests", "requested", "urge", "urges", "urged",
            "seek", "seeks", "sought", "ask", "asks", "asked", "want", "wants", "wanted"}
APPEALS = {"call", "calls", "called", "calling", "push", "pushed", "pushing", "pushes", "press",
           "pressed", "pressing", "appeal", "appealed", "appeals", "appealing", "urged",
           "lobbied", "lobbying", "campaigned"}
UNCERTAIN = {"unlikely", "likely", "possible", "impossible", "uncertain", "doubtful",
             "conceivable", "out"}
PLAN_NOUNS = {"plans", "plan", "proposal", "proposals", "invitation", "invitations", "offer",
              "idea", "prospect", "prospects", "possibility", "hopes", "chance", "chances",
              "request", "preparations", "bid", "reason", "reasons", "effort", "efforts",
              "attempt", "attempts", "push", "pressure"}
OPPOSITION = {"opposed", "oppose", "opposes", "opposing", "against", "resists", "resisted",
              "resisting"}
READINESS = {"willing", "ready", "prepared", "open", "eager", "keen", "happy", "able",
             "unwilling", "reluctant", "unable", "determined"}
HABITUAL = {"annually", "regularly", "often", "usually", "routinely", "frequently",
            "whenever", "every", "periodically", "typically"}
REPORTING = {"said", "says", "told", "added", "noted", "reported", "announced", "stated",
             "confirmed", "according"}


def _aux(token: Any) -> list[Any]:
    """Auxiliaries of the verb, not a name the parser took for one ("Theresa May hosted")."""
    verb = token if token.tag_.startswith("VB") else token.head
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}
            and c.tag_ not in {"NNP", "NNPS"} and c.ent_type_ != "PERSON"]


def _verb(token: Any) -> Any:
    current = token
    while not current.tag_.startswith("VB") and current.head.i != current.i:
        current = current.head
    return current


def tense(trigger: Any) -> Tense:
    verb = _verb(trigger)
    auxes = {a.lower_ for a in _aux(verb)}
    if auxes & {"will", "'ll", "shall", "wo"} or _future_frame(verb) or _future_noun(trigger):
        return "future"
    if verb.tag_ in {"VBD", "VBN"} or auxes & {"did", "had", "was", "were", "has", "have"}:
        return "past"
    if verb.tag_ == "VBG" and auxes & {"is", "are", "am"}:
        return "unknown"  # "is visiting": now
    return "unknown"


def _future_frame(verb: Any) -> bool:
    """"is expected to visit", "is to meet", "plans to hold talks", "is due to arrive"."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in FUTURE_HEADS:
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in {"is", "are", "was", "were"}


def _future_noun(trigger: Any) -> bool:
    """"the upcoming summit", "looks forward to the meeting", "ahead of talks"."""
    if not trigger.tag_.startswith("NN"):
        return False
    if any(c.lower_ in FUTURE_ADJECTIVES for c in trigger.children if c.dep_ in {"amod",
                                                                                "nmod"}):
        return True
    if trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.lower_ in SCHEDULING:
        return True  # "a meeting has been pencilled in for April"
    if trigger.dep_ in {"nsubj", "nsubjpass"} and any(
            c.lower_ in FUTURE_HEADS and c.dep_ in {"acomp", "xcomp"}
            for c in trigger.head.children):
        return True  # "talks between them are due to resume later this month"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and (
            trigger.head.head.lower_ in FUTURE_HEADS):
        return True  # "officials are preparing for a visit by Abiy"
    return any(a.lower_ in {"forward", "ahead"} for a in list(trigger.ancestors)[:3])


def cancelled(trigger: Any) -> bool:
    if trigger.tag_ == "VBG" and trigger.head.lower_ == "without":
        return True  # "left Biarritz without meeting any member of the US delegation"
    verb = _verb(trigger)
    if any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "neg" for c in trigger.children):
        return True
    if _negated_intent(verb):
        return True
    chain = [trigger, *trigger.ancestors][:4]
    return any(t.lower_ in CANCEL_WORDS for t in chain[1:]) or any(
        c.lower_ in CANCEL_WORDS for c in verb.children if c.dep_ in {"prt", "advmod"})


# Verbs whose negation affirms what follows: "will not hesitate to call him".
_AFFIRMED_BY_NOT = {"hesitate", "hesitated", "hesitates", "fail", "failed", "fails", "forget",
                    "forgot"}


def _negated_intent(verb: Any) -> bool:
    """"did not intend to call the US President", "has not agreed to meet": the verb whose
    infinitive the contact is, negated."""
    for _ in range(3):
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
        if any(c.dep_ == "neg" for c in verb.children):
            return verb.lower_ not in _AFFIRMED_BY_NOT
    return False


def hypothetical(trigger: Any) -> bool:
    """"Would meet", "if they meet", and contacts only asked for or offered: "offered to
    negotiate with", "demanded a meeting of the Security Council", "urged talks", "called
    for negotiations"."""
    verb = _verb(trigger)
    governing = [verb]  # "would be willing to talk to Putin": the modal is up the chain
    while governing[-1].dep_ in {"xcomp", "acomp"} and len(governing) < 4:
        governing.append(governing[-1].head)
    if any({a.lower_ for a in _aux(v)} & HYPOTHETICAL for v in governing):
        return True
    if any(c.dep_ == "det" and c.lower_ in {"any", "no"} for c in trigger.children):
        return True  # "any meeting between Putin and Zelensky", "there was no meeting"
    if trigger.dep_ in {"nsubj", "nsubjpass"} and any(
            c.lower_ in UNCERTAIN for c in trigger.head.children if c.dep_ in {"acomp", "prt"}):
        return True  # "a meeting ... is unlikely", "... has not been ruled out"
    if any(a.lower_ in PLAN_NOUNS for a in list(trigger.ancestors)[:4]):
        return True  # "there were no plans for Putin to meet", "an invitation to visit"
    if any(a.lower_ in OPPOSITION for a in list(trigger.ancestors)[:4]):
        return True  # "Israel is opposed to French mediation in negotiations with Syria"
    if any(v.lower_ in READINESS for v in governing[1:]):
        return True  # "was willing to talk to Putin", "is ready to meet": not yet a contact
    if trigger.dep_ in {"xcomp", "dobj"} and trigger.head.lower_ in REQUESTS:
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and (
            trigger.head.head.lower_ in APPEALS):
        return True  # "called for negotiations between Russia and Ukraine"
    return any(t.lower_ == "if" and t.dep_ == "mark" for t in verb.children)


def habitual(trigger: Any, sent: Any) -> bool:
    """"The two ministers meet annually" (present simple), "have held regular consultations",
    "negotiations have dragged on for two decades": a habit or a process, not an event."""
    if _recurring_noun(trigger) or _lasting(trigger) or _process(trigger, sent):
        return True
    verb = _verb(trigger)
    if verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(t.lower_ in HABITUAL for t in sent)


RECURRING = {"regular", "annual", "frequent", "periodic", "routine", "weekly", "monthly",
             "yearly", "biannual", "occasional", "repeated", "numerous", "several", "many"}
LONG_UNITS = {"years", "decades", "months", "weeks", "decade", "year"}


def _recurring_noun(trigger: Any) -> bool:
    """"regular consultations", "several rounds of talks": a series, unless one of it is
    meant ("their annual summit", "the annual summit")."""
    if not trigger.tag_.startswith("NN"):
        return False
    words = [c for c in trigger.children if c.dep_ in {"amod", "nummod"}]
    head = trigger.head.head if trigger.head.lower_ == "of" else None
    if head is not None:  # "several rounds of talks"
        words += [c for c in head.children if c.dep_ in {"amod", "nummod"}]
    definite = any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"}
                   for c in trigger.children)
    return not definite and any(w.lower_ in RECURRING for w in words)


PROCESSES = {"trade", "peace", "nuclear", "climate", "border", "ceasefire", "truce", "arms",
             "security", "tariff", "debt", "accession", "membership"}
TAKING_PLACE = {"held", "hold", "holds", "holding", "had", "have", "has", "began", "begin",
                "begins", "opened", "open", "resumed", "resume", "resumes", "concluded",
                "ended", "attended", "attend", "launched", "start", "started", "wrapped",
                "convened", "hosted", "host", "joined"}


def _process(trigger: Any, sent: Any) -> bool:
    """"A muddled view of US-China trade talks", "brought his showmanship to trade talks with
    China": talks named by their subject, with no date and nothing that makes them take place,
    are a process under way, not a contact."""
    if trigger.lower_ not in {"talks", "negotiations", "consultations", "dialogue"} or not any(
            c.dep_ in {"compound", "amod"} and c.lower_ in PROCESSES for c in trigger.children):
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in sent):
        return False
    governors = [trigger.head, trigger.head.head] if trigger.head.dep_ == "prep" else [
        trigger.head]
    return not any(g.lower_ in TAKING_PLACE for g in governors)


def _lasting(trigger: Any) -> bool:
    """"have dragged on for two decades", "for years": a process, not one meeting (a meeting
    "for three hours" is one)."""
    verb = _verb(trigger)
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(o.lower_ in LONG_UNITS for o in prep.children if o.dep_ == "pobj"):
            return True
    return False


def background_cue(trigger: Any) -> bool:
    """Pluperfect ("had met"), a subordinate "when"/"since" clause about the past, or a
    clause the news is measured from ("came a month after Xi travelled to Moscow")."""
    verb = _verb(trigger)
    if _measured_after(verb):
        return True
    if verb.tag_ == "VBN" and any(a.lower_ == "had" for a in _aux(verb)):
        # "X said they had discussed ...": reported speech shifts the tense back, the
        # event itself may be today's news.
        return not (verb.dep_ == "ccomp" and verb.head.lower_ in REPORTING)
    if verb.dep_ in {"advcl", "relcl"}:
        # "when they met Feb. 20" may be the news itself; the date decides that case.
        return verb.tag_ == "VBD" and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ == "since" for c in verb.children)
    return False


MEASURES = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours",
            "shortly", "soon", "just", "decade", "decades"}


def _measured_after(verb: Any) -> bool:
    """"came days after Yunus travelled", "less than a day after the two men met": an
    "after" clause with a measure of time before it tells what the news came after."""
    mark = _after_mark(verb)
    if mark is None or mark.i == 0:
        return False
    before = mark.doc[mark.i - 1]
    return before.lower_ in MEASURES or before.ent_type_ == "DATE"


def _after_mark(verb: Any) -> Any:
    for clause in [verb, *verb.ancestors][:4]:
        if clause.dep_ == "advcl":
            return next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"),
                        None)
    return None


def measure_after(trigger: Any) -> tuple[int, str] | None:
    """How long after the contact the news came: "two weeks after Kishida travelled to
    Seoul" -> (2, "week"); "a month after" -> (1, "month"). None for a vague "days after"."""
    mark = _after_mark(_verb(trigger))
    if mark is None or mark.i < 2:
        return None
    unit, count = mark.doc[mark.i - 1], mark.doc[mark.i - 2]
    name = unit.lower_.rstrip("s")
    if name not in {"day", "week", "month", "year"}:
        return None
    number = number_value(count.text)
    return (number, name) if number else None
