"""`benchmarks/quality.py --update-baseline`: floors go up freely, go down only with a reason,
and the reason for the last time they went down stays in the file until they go down again."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from readout import goldrun


def _quality(baseline: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "quality_script", goldrun.ROOT / "benchmarks" / "quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.BASELINE = baseline  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(("score", "allow", "reason", "kept"), [
    (0.8, False, "", "fewer matches"),  # a floor that goes up keeps the old reason
    (0.4, True, "new gold", "new gold"),  # one that goes down needs, and records, a reason
])
def test_the_reason_is_kept(tmp_path: Path, score: float, allow: bool, reason: str,
                            kept: str) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"c": {"events_f1": 0.5, "reason": "fewer matches"}}))
    _quality(baseline)._update({"c": {"events_f1": score}}, allow, reason)
    assert json.loads(baseline.read_text())["c"] == {"events_f1": score, "reason": kept}


def test_a_floor_goes_down_only_with_a_reason(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"c": {"events_f1": 0.5}}))
    with pytest.raises(SystemExit):
        _quality(baseline)._update({"c": {"events_f1": 0.4}}, False, "")
