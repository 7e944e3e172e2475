"""Benchmark harness: ``python -m benchmarks [-k NAME ...] [--list]``.

Discovers every ``benchmarks/bench_*.py`` module and runs each function named ``bench_*`` in it
(in definition order), optionally only those whose ``module::function`` name contains one of the
``-k`` substrings. A function takes no arguments and returns one scenario dict or a list of them:

    {"scenario": str, "value": float, "unit": str, "baseline": float,
     "baseline_unit": str (default: unit), "target": float | None, "target_ratio": float | None,
     "higher_is_better": bool (default False), ...any extra figures...}

or ``{"scenario": str, "skipped": reason}`` when it cannot run here (e.g. no frozen build).

Every figure is compared with a **baseline measured in the same run** on the same machine
(``ratio = value / baseline``), never with absolute numbers from elsewhere. ``target`` applies to
``value`` and ``target_ratio`` to ``ratio``; ``ok`` is true when every given target is met (a
scenario may also set ``ok`` itself). The harness prints exactly ONE JSON line per scenario on
stdout with at least ``scenario, value, unit, baseline, baseline_unit, ratio, target, ok`` plus
``module``, ``function`` and ``seconds`` (wall time of the whole function).

Exit status (a deliberate choice): **non-zero only when a benchmark crashes** (import error,
exception, malformed result). A missed target is reported with ``"ok": false`` but does not
fail the run: timings on a shared 2-core machine are noisy, and a red CI caused by a busy
neighbour would teach people to ignore the benchmarks. Read the ``ok`` fields (e.g. with
``jq 'select(.ok == false)'``) to see what regressed.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import math
import pkgutil
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import benchmarks

REQUIRED = ("scenario", "value", "unit", "baseline")
Bench = Callable[[], "dict[str, Any] | list[dict[str, Any]]"]


def bench_modules() -> list[str]:
    return sorted(
        f"benchmarks.{m.name}"
        for m in pkgutil.iter_modules(benchmarks.__path__)
        if m.name.startswith("bench_")
    )


def bench_functions(module: ModuleType) -> list[tuple[str, Bench]]:
    found = [
        (name, obj)
        for name, obj in vars(module).items()
        if name.startswith("bench_")
        and inspect.isfunction(obj)
        and obj.__module__ == module.__name__
    ]
    return sorted(found, key=lambda item: item[1].__code__.co_firstlineno)


def selected(qualname: str, patterns: list[str]) -> bool:
    return not patterns or any(p.lower() in qualname.lower() for p in patterns)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def normalise(raw: dict[str, Any]) -> dict[str, Any]:
    """Fill ``baseline_unit``, ``ratio`` and ``ok``; raise ValueError on a malformed result."""
    if not isinstance(raw, dict) or not isinstance(raw.get("scenario"), str):
        raise ValueError(f"a scenario must be a dict with a 'scenario' name, got {raw!r}")
    out = dict(raw)
    if "skipped" in out:
        out.update(value=None, unit=out.get("unit"), baseline=None, ratio=None, ok=None)
        out.setdefault("baseline_unit", out.get("unit"))
        out.setdefault("target", None)
        return out
    missing = [k for k in REQUIRED if k not in out]
    if missing:
        raise ValueError(f"scenario {out['scenario']!r} lacks {', '.join(missing)}")
    value, baseline = _number(out["value"]), _number(out["baseline"])
    if value is None or baseline is None:
        raise ValueError(f"scenario {out['scenario']!r}: value and baseline must be numbers")
    out.setdefault("baseline_unit", out["unit"])
    if "ratio" not in out:
        out["ratio"] = round(value / baseline, 3) if baseline else None
    out.setdefault("target", None)
    if "ok" not in out:
        out["ok"] = meets_targets(out)
    return out


def meets_targets(result: dict[str, Any]) -> bool | None:
    higher = bool(result.get("higher_is_better"))
    checks = []
    for key, figure in (("target", "value"), ("target_ratio", "ratio")):
        goal, got = _number(result.get(key)), _number(result.get(figure))
        if goal is None:
            continue
        if got is None:
            checks.append(False)
        else:
            checks.append(got >= goal if higher else got <= goal)
    return all(checks) if checks else None


def emit(line: dict[str, Any]) -> None:
    print(json.dumps(line, ensure_ascii=False, default=str), flush=True)


def run_function(module: str, name: str, fn: Bench) -> Iterator[dict[str, Any]]:
    start = time.perf_counter()
    result = fn()
    seconds = round(time.perf_counter() - start, 3)
    results = result if isinstance(result, list) else [result]
    if not results:
        raise ValueError(f"{name} returned no scenario")
    for raw in results:
        line = normalise(raw)
        line.update(module=module.removeprefix("benchmarks."), function=name, seconds=seconds)
        yield line


def crash_line(scenario: str, module: str, function: str, exc: BaseException) -> dict[str, Any]:
    traceback.print_exception(exc, file=sys.stderr)
    return {
        "scenario": scenario,
        "value": None,
        "unit": None,
        "baseline": None,
        "baseline_unit": None,
        "ratio": None,
        "target": None,
        "ok": False,
        "module": module.removeprefix("benchmarks."),
        "function": function,
        "error": f"{exc.__class__.__name__}: {exc}",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "-k", action="append", default=[], metavar="NAME", help="run only matching benchmarks"
    )
    parser.add_argument("--list", action="store_true", help="list benchmarks and exit")
    args = parser.parse_args(argv)
    crashed = ran = 0
    for modname in bench_modules():
        try:
            module = importlib.import_module(modname)
        except Exception as exc:
            if selected(modname, args.k):
                emit(crash_line(modname, modname, "<import>", exc))
                crashed += 1
            continue
        for name, fn in bench_functions(module):
            qualname = f"{modname.removeprefix('benchmarks.')}::{name}"
            if not selected(qualname, args.k):
                continue
            ran += 1
            if args.list:
                print(qualname)
                continue
            try:
                for line in run_function(modname, name, fn):
                    emit(line)
            except Exception as exc:
                emit(crash_line(name, modname, name, exc))
                crashed += 1
    if not ran and not crashed:
        print(f"no benchmark matches {args.k}", file=sys.stderr)
        return 2
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
