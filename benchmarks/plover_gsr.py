"""Contact events on the diplomatic sentences of the PLOVER gold-standard records.

    .venv/bin/python benchmarks/plover_gsr.py [--shared ../shared] [--details]

`../shared/data/plover-gsr/diplomacy_subset.jsonl` holds 85 sentences coded with PLOVER
(CC BY-SA 4.0, Open Event Data Alliance; used here as test data only). A sentence coded
CONSULT reports a meeting, visit or call; every other code (AGREE to a future visit,
REJECT a meeting, SANCTION by cancelling one, DEMAND, THREATEN, ...) does not. readout
counts as finding one when it extracts a contact event that happened. Type: a PLOVER
`phone` mode should come out as a call, any other CONSULT as a meeting.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from readout import goldrun, ingest
from readout.modes import plover_mode
from readout.records import Annotation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=goldrun.ROOT.parent / "shared")
    parser.add_argument("--details", action="store_true", help="list the errors")
    args = parser.parse_args()
    rows = [json.loads(line) for line in (args.shared / "data" / "plover-gsr" /
                                          "diplomacy_subset.jsonl").read_text().splitlines()]
    annotator = goldrun.default_annotator()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "gsr.jsonl"
        path.write_text("".join(json.dumps({"id": r["id"], "title": "", "text": r["text"]})
                                + "\n" for r in rows), encoding="utf-8")
        found = {a.document.id: a for a in ingest.extract([path], annotator.settings, annotator,
                                                         published="2000-01-01")
                 if isinstance(a, Annotation)}
    tp = fp = fn = typed = moded = 0
    for row in rows:
        gold = row["event"] == "CONSULT"
        events = [e for e in found[row["id"]].events if e.status == "happened"]
        if gold and events:
            tp += 1
            typed += events[0].type == ("call" if row.get("mode") == "phone" else "meeting")
            # PLOVER 0.5's "host" is a visit seen from the host (PLOVER 2.0 merged them).
            gold_mode = {"host": "visit"}.get(row.get("mode") or "", row.get("mode") or "")
            moded += plover_mode(events[0].type, events[0].participants,
                                 events[0].location) == gold_mode
        elif events:
            fp += 1
        elif gold:
            fn += 1
        if args.details and bool(events) != gold:
            print(f"{'missed' if gold else 'spurious'} {row['id']}: {row['text']}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print("| sentences | CONSULT | found | precision | recall | F1 | type right | mode right |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {len(rows)} | {tp + fn} | {tp + fp} | {precision:.3f} | {recall:.3f} | {f1:.3f} "
          f"| {typed}/{tp} | {moded}/{tp} |")


if __name__ == "__main__":
    main()
