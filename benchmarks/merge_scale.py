"""Merging cost on synthetic mentions: time and memory from 10,000 to 1,000,000 mentions.

    .venv/bin/python benchmarks/merge_scale.py [--sizes 10000,100000,1000000] [--seed 7]

Synthetic world: 400 states, busy and quiet pairs (a Zipf-like draw), each event reported
1-6 times with the date at day, month or year precision, a person or the state named,
sometimes a place, and a fifth of reports as background mentions. The true clustering is
known, so the script also prints B-cubed of the merge against it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time
from collections.abc import Iterator

from readout import merge, merge_eval
from readout.records import ActorRef, EventMention, Location, Span

STATES = [f"State{i:03d}" for i in range(400)]


def _actor(state: str, rng: random.Random) -> ActorRef:
    if rng.random() < 0.6:
        return ActorRef(f"Leader of {state}", f"Q{abs(hash(state)) % 10**7}", "person", state)
    return ActorRef(state, None, "country", state)


def mentions(count: int, seed: int) -> Iterator[tuple[merge.SourcedMention, str]]:
    rng = random.Random(seed)
    made = 0
    event = 0
    start = dt.date(2015, 1, 1).toordinal()
    while made < count:
        event += 1
        a, b = rng.sample(STATES[: int(rng.paretovariate(1.2) * 20) % 400 + 2], 2)
        day = dt.date.fromordinal(start + rng.randrange(3650))
        kind = "call" if rng.random() < 0.3 else "meeting"
        place = Location(f"City of {a}", a) if rng.random() < 0.5 else None
        for _ in range(rng.randint(1, 6)):
            if made >= count:
                return
            made += 1
            precision = rng.random()
            date = (day.isoformat() if precision < 0.7 else day.isoformat()[:7]
                    if precision < 0.95 else day.isoformat()[:4])
            found = EventMention(
                type=kind,  # type: ignore[arg-type]
                participants=(_actor(a, rng), _actor(b, rng)), date=date,
                location=place if rng.random() < 0.7 else None, occasion=None, topics=(),
                background=rng.random() < 0.2, status="happened",
                evidence=Span("synthetic", 0, 9), trigger="met")
            document = f"doc{made:08d}"
            yield merge.SourcedMention(document, document, "", found, 0), f"e{event}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print("| mentions | events | groups | merge seconds | mentions/s | B³ P | B³ R | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for size in (int(s) for s in args.sizes.split(",")):
        pairs = list(mentions(size, args.seed))
        truth = {(m.document, 0): label for m, label in pairs}
        items = [m for m, _ in pairs]
        started = time.perf_counter()
        events = merge.merge(items)
        elapsed = time.perf_counter() - started
        predicted = {(s.document, s.position): e.id for e in events for s in e.sources}
        precision, recall = merge_eval.bcubed(truth, predicted)
        groups = len({merge.group_key(m.mention) for m in items})
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {size:,} | {len(events):,} | {groups:,} | {elapsed:.1f} | "
              f"{size / elapsed:,.0f} | {precision:.3f} | {recall:.3f} | {peak:,.0f} |",
              flush=True)
        del pairs, items, events, truth, predicted


if __name__ == "__main__":
    main()
