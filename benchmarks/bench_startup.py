"""Cold start to the first main window shown (offscreen), from source and frozen.

Each start is a new process: ``python -m desktop.ui.app --data-dir D --smoke`` logs in with
``NETRA_USER``/``NETRA_PASSWORD`` and prints ``{"shown_ms": N}`` when the main window is shown
(N counted from process start). We time from spawning the process to reading that line, and
report the app's own ``shown_ms`` (process age when shown) and ``cpu_ms`` (the process's CPU
time at that moment: unlike the whole run's CPU time it leaves out the pages made and the
work done after the window is up) as well.

- ``startup.source.empty``: an initialised office with no employees; baseline a bare PySide6
  ``QMainWindow`` start in the same run. Target: shown within 1.5 s.
- ``startup.source.20k``: the same with 20,000 employees; baseline the empty start. Target:
  within 1.5 s and ratio 20k/empty <= 1.2 (start-up must not grow with the roster).
- ``startup.frozen``: ``dist/Netra/Netra --smoke`` on the empty office when the app is built
  (``make installer``); baseline the empty start from source. Skipped when not built, and
  skipped with the error (the figures from source are kept) when the build cannot start,
  e.g. a stale build older than the newest migration.

The runs are interleaved (bare, empty, 20k, frozen; one warm-up round, then
``NETRA_BENCH_REPEAT`` rounds, default 3) so that a figure and its baseline share the machine's
load; each line also carries the median CPU time of the child (``cpu_s_median``), which moves
much less than wall time when other jobs compete for the cores, and the load average.

Runnable alone: ``python -m benchmarks.bench_startup``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import (
    ADMIN,
    PASSWORD,
    ROOT,
    Start,
    load_average,
    office_dir,
    python_env,
    run_until_line,
    scenario,
    skipped,
)

REPEAT = int(os.environ.get("NETRA_BENCH_REPEAT", "3"))
EMPLOYEES = 20_000
TARGET_S = 1.5
TARGET_GROWTH = 1.2
FROZEN = ROOT / "dist" / "Netra" / ("Netra.exe" if os.name == "nt" else "Netra")

BARE_QT = (
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "w = QMainWindow(); w.resize(1024, 700); w.show(); app.processEvents()\n"
    "print('shown', flush=True)\n"
)


def _interleaved(
    commands: dict[str, tuple[list[str], dict[str, str], str]],
    optional: frozenset[str] = frozenset(),
) -> tuple[dict[str, list[Start]], dict[str, str]]:
    """One warm-up round (file cache, .pyc files), then REPEAT rounds running each command once.

    Interleaving puts a figure and its baseline under the same load on a shared machine.
    A command in ``optional`` that fails is dropped (its error returned) instead of
    failing the whole scenario."""
    runs: dict[str, list[Start]] = {key: [] for key in commands}
    errors: dict[str, str] = {}
    for round_no in range(REPEAT + 1):
        for key, (cmd, env, marker) in commands.items():
            if key in errors:
                continue
            try:
                start = run_until_line(cmd, env, marker)
            except RuntimeError as exc:
                if key not in optional:
                    raise
                errors[key] = str(exc)[-1500:]
                runs.pop(key, None)
                continue
            if round_no:
                runs[key].append(start)
    return runs, errors


def _median(runs: list[Start]) -> float:
    return statistics.median(r.wall for r in runs)


def _app_cmd(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "desktop.ui.app", "--data-dir", str(data_dir), "--smoke"]


def _app_env() -> dict[str, str]:
    return python_env(NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)


def _figures(runs: list[Start]) -> dict[str, Any]:
    lines = [json.loads(r.line) for r in runs if r.line.startswith("{")]
    shown = [int(line["shown_ms"]) for line in lines]
    cpu_at_shown = [int(line["cpu_ms"]) for line in lines if "cpu_ms" in line]
    return {
        "samples_s": [round(r.wall, 3) for r in runs],
        "shown_ms_median": round(statistics.median(shown)) if shown else None,
        "cpu_at_shown_ms_median": (
            round(statistics.median(cpu_at_shown)) if cpu_at_shown else None
        ),
        "cpu_s_median": round(statistics.median(r.cpu for r in runs), 3),
        "load_average": load_average(),
    }


def bench_startup() -> list[dict[str, Any]]:
    if not (ROOT / "desktop" / "ui" / "app.py").exists():
        return [skipped("startup.source.empty", "desktop/ui/app.py does not exist yet")]
    env = _app_env()
    frozen_env = dict(env)
    frozen_env.pop("PYTHONPATH", None)
    with office_dir(0) as empty_dir, office_dir(EMPLOYEES) as big_dir:
        commands = {
            "bare": ([sys.executable, "-c", BARE_QT], python_env(), "shown"),
            "empty": (_app_cmd(empty_dir), env, "shown_ms"),
            "big": (_app_cmd(big_dir), env, "shown_ms"),
        }
        if FROZEN.exists():
            frozen_cmd = [str(FROZEN), "--data-dir", str(empty_dir), "--smoke"]
            commands["frozen"] = (frozen_cmd, frozen_env, "shown_ms")
        runs, errors = _interleaved(commands, optional=frozenset({"frozen"}))
    bare_s, empty_s, big_s = _median(runs["bare"]), _median(runs["empty"]), _median(runs["big"])
    results = [
        scenario(
            "startup.source.empty",
            round(empty_s, 3),
            "s",
            round(bare_s, 3),
            target=TARGET_S,
            baseline_label="bare PySide6 QMainWindow start",
            baseline_cpu_s=round(statistics.median(r.cpu for r in runs["bare"]), 3),
            **_figures(runs["empty"]),
        ),
        scenario(
            f"startup.source.{EMPLOYEES // 1000}k",
            round(big_s, 3),
            "s",
            round(empty_s, 3),
            target=TARGET_S,
            target_ratio=TARGET_GROWTH,
            baseline_label="start with an empty roster",
            employees=EMPLOYEES,
            **_figures(runs["big"]),
        ),
    ]
    if "frozen" in errors:
        results.append(
            skipped(
                "startup.frozen",
                "the frozen build did not start (stale build? run `make installer`): "
                + errors["frozen"],
            )
        )
    elif "frozen" not in runs:
        results.append(
            skipped(
                "startup.frozen",
                f"not built: {FROZEN.relative_to(ROOT)} is missing (run `make installer`)",
            )
        )
    else:
        results.append(
            scenario(
                "startup.frozen",
                round(_median(runs["frozen"]), 3),
                "s",
                round(empty_s, 3),
                target=TARGET_S,
                baseline_label="start from source, empty roster",
                **_figures(runs["frozen"]),
            )
        )
    return results


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["-k", "bench_startup::"]))
