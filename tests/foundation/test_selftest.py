"""The complete ``netra self-test``, as support staff and the frozen-build smoke test run it.

It once failed on main (the importer's rules changed under the self-test's sample sheet) while
every unit test stayed green, so ``make installer`` broke unnoticed. This runs the real command
in a fresh process, every step, and fails on any step that does not pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop.demo import selftest


def test_self_test_command_passes_every_step(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETRA_")}
    env["HOME"] = str(tmp_path / "home")
    env["TMPDIR"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "self-test", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["ok"] is True
    names = [s["name"] for s in report["steps"]]
    assert names == [name for name, _ in selftest.steps()], names
    failed = [s for s in report["steps"] if not s["ok"]]
    assert not failed, failed
