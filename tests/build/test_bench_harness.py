"""The benchmark harness's contract, on fake scenarios (no benchmark is run here)."""

from __future__ import annotations

import json
import sys
import types

import pytest

from benchmarks import __main__ as harness


def test_ratio_and_targets_are_filled() -> None:
    line = harness.normalise(
        {"scenario": "a", "value": 3.0, "unit": "s", "baseline": 2.0, "target": 1.5}
    )
    assert line["ratio"] == 1.5 and line["baseline_unit"] == "s" and line["ok"] is False
    line = harness.normalise(
        {"scenario": "b", "value": 2.0, "unit": "s", "baseline": 2.0, "target_ratio": 1.2}
    )
    assert line["ok"] is True and line["target"] is None
    faster = {"scenario": "c", "value": 50, "unit": "rows/s", "baseline": 10, "target": 40}
    assert harness.normalise({**faster, "higher_is_better": True})["ok"] is True
    assert harness.normalise(faster)["ok"] is False
    assert (
        harness.normalise({"scenario": "d", "value": 1, "unit": "s", "baseline": 1})["ok"] is None
    )


def test_malformed_results_are_refused() -> None:
    with pytest.raises(ValueError, match="lacks baseline"):
        harness.normalise({"scenario": "a", "value": 1.0, "unit": "s"})
    with pytest.raises(ValueError, match="must be numbers"):
        harness.normalise({"scenario": "a", "value": float("nan"), "unit": "s", "baseline": 1})
    with pytest.raises(ValueError, match="scenario"):
        harness.normalise({"value": 1.0})


def _fake_module(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("benchmarks.bench_fake")

    def bench_fast() -> dict[str, object]:
        return {"scenario": "fake.fast", "value": 2.0, "unit": "s", "baseline": 1.0, "target": 1}

    def bench_skip() -> list[dict[str, object]]:
        return [{"scenario": "fake.frozen", "skipped": "not built"}]

    def bench_boom() -> dict[str, object]:
        raise RuntimeError("boom")

    for fn in (bench_fast, bench_skip, bench_boom):
        fn.__module__ = module.__name__
        setattr(module, fn.__name__, fn)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(harness, "bench_modules", lambda: [module.__name__])


def test_one_json_line_per_scenario_and_only_crashes_fail(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _fake_module(monkeypatch)
    assert harness.main(["-k", "fast"]) == 0  # a missed target is reported, not fatal
    (line,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert line["scenario"] == "fake.fast" and line["ok"] is False and line["ratio"] == 2.0
    assert {"scenario", "value", "unit", "baseline", "baseline_unit", "ratio", "target", "ok"} <= (
        line.keys()
    )
    assert harness.main([]) == 1  # bench_boom crashed
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["scenario"] for x in lines] == ["fake.fast", "fake.frozen", "bench_boom"]
    assert lines[1]["ok"] is None and lines[1]["skipped"] == "not built"
    assert lines[2]["error"] == "RuntimeError: boom"
    assert harness.main(["-k", "nothing-matches"]) == 2
