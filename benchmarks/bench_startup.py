"""Cold start to the first main window shown (offscreen), from source and frozen.

Each start is a new process: ``python -m desktop.ui.app --data-dir D --smoke`` logs in with
``NETRA_USER``/``NETRA_PASSWORD`` and prints ``{"shown_ms": N}`` when the main window is shown
(N counted from process start). We time from spawning the process to reading that line, and
report the app's own ``shown_ms`` as well.

- ``startup.source.empty``: an initialised office with no employees; baseline a bare PySide6
  ``QMainWindow`` start in the same run. Target: shown within 1.5 s.
- ``startup.source.20k``: the same with 20,000 employees; baseline the empty start. Target:
  within 1.5 s and ratio 20k/empty <= 1.2 (start-up must not grow with the roster).
- ``startup.frozen``: ``dist/Netra/Netra --smoke`` on the empty office when the app is built
  (``make installer``); baseline the empty start from source. Skipped when not built.

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
    office_dir,
    python_env,
    scenario,
    skipped,
    time_until_line,
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


def _starts(cmd: list[str], env: dict[str, str], marker: str) -> tuple[list[float], list[int]]:
    """Wall seconds to ``marker`` for one warm-up and REPEAT measured runs, and shown_ms."""
    time_until_line(cmd, env, marker)  # warm-up: file cache, .pyc files
    walls, shown = [], []
    for _ in range(REPEAT):
        wall, line = time_until_line(cmd, env, marker)
        walls.append(wall)
        if line.startswith("{"):
            shown.append(int(json.loads(line)["shown_ms"]))
    return walls, shown


def _app_cmd(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "desktop.ui.app", "--data-dir", str(data_dir), "--smoke"]


def _app_env() -> dict[str, str]:
    return python_env(NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)


def _figures(walls: list[float], shown: list[int]) -> dict[str, Any]:
    return {
        "samples_s": [round(w, 3) for w in walls],
        "shown_ms_median": round(statistics.median(shown)) if shown else None,
    }


def bench_startup() -> list[dict[str, Any]]:
    if not (ROOT / "desktop" / "ui" / "app.py").exists():
        return [skipped("startup.source.empty", "desktop/ui/app.py does not exist yet")]
    bare, _ = _starts([sys.executable, "-c", BARE_QT], python_env(), "shown")
    bare_s = statistics.median(bare)
    env = _app_env()
    with office_dir(0) as empty_dir:
        empty_walls, empty_shown = _starts(_app_cmd(empty_dir), env, "shown_ms")
        empty_s = statistics.median(empty_walls)
        results = [
            scenario(
                "startup.source.empty",
                round(empty_s, 3),
                "s",
                round(bare_s, 3),
                target=TARGET_S,
                baseline_label="bare PySide6 QMainWindow start",
                **_figures(empty_walls, empty_shown),
            )
        ]
        results.append(_frozen(empty_dir, empty_s))
    with office_dir(EMPLOYEES) as big_dir:
        big_walls, big_shown = _starts(_app_cmd(big_dir), env, "shown_ms")
    big_s = statistics.median(big_walls)
    results.insert(
        1,
        scenario(
            f"startup.source.{EMPLOYEES // 1000}k",
            round(big_s, 3),
            "s",
            round(empty_s, 3),
            target=TARGET_S,
            target_ratio=TARGET_GROWTH,
            baseline_label="start with an empty roster",
            employees=EMPLOYEES,
            **_figures(big_walls, big_shown),
        ),
    )
    return results


def _frozen(data_dir: Path, source_s: float) -> dict[str, Any]:
    if not FROZEN.exists():
        return skipped(
            "startup.frozen",
            f"not built: {FROZEN.relative_to(ROOT)} is missing (run `make installer`)",
        )
    env = _app_env()
    env.pop("PYTHONPATH", None)
    walls, shown = _starts([str(FROZEN), "--data-dir", str(data_dir), "--smoke"], env, "shown_ms")
    return scenario(
        "startup.frozen",
        round(statistics.median(walls), 3),
        "s",
        round(source_s, 3),
        target=TARGET_S,
        baseline_label="start from source, empty roster",
        **_figures(walls, shown),
    )


if __name__ == "__main__":
    from benchmarks.__main__ import main

    raise SystemExit(main(["-k", "bench_startup::"]))
