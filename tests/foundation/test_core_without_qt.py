"""The core tests run on an installation without Qt.

A child pytest runs a small, fixed set of core tests (domain, services, CLI, sync) with
pytest-qt switched off and ``import PySide6`` made to fail the way it fails when PySide6 is
not installed. It passes only if nothing on the way (the root conftest, the fixtures, the
code under test) needs Qt; a test module that does import Qt is reported as skipped, not as
a collection error.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Imported by the child Python at start-up (``site`` imports ``sitecustomize`` from the path).
NO_QT = '''\
import sys
from importlib.abc import MetaPathFinder


class NoQt(MetaPathFinder):
    """``import PySide6`` / ``shiboken6`` fail as they do when PySide6 is not installed."""

    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {top!r}", name=top)
        return None


sys.meta_path.insert(0, NoQt())
'''

# Small on purpose (a few seconds): one pure domain file, one service, one CLI command, one
# sync package applied between installations, and a module that imports Qt.
CORE_SUBSET = (
    "tests/rules/test_codes.py",
    "tests/foundation/test_ids.py",
    "tests/foundation/test_accounts.py::test_login_sets_actor_and_audits",
    "tests/foundation/test_cli_init.py::test_user_add_and_list",
    "tests/sync/test_format.py::test_a_valid_package_is_applied",
)
QT_MODULE = "tests/cases/test_crash_flag.py"  # imports desktop.ui (so PySide6) at the top
TIMEOUT = 240  # seconds; the subset takes a few on an idle machine


def _env(blocker_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["PYTHONPATH"] = os.pathsep.join([str(blocker_dir), str(ROOT)])
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.slow
def test_core_tests_pass_with_pyside6_missing(tmp_path: Path) -> None:
    blocker = tmp_path / "no_qt"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(NO_QT, encoding="utf-8")
    env = _env(blocker)

    # The child really has no Qt (else this test would prove nothing).
    probe = _run(["-c", "import PySide6.QtCore"], env)
    assert probe.returncode != 0
    assert "ModuleNotFoundError: No module named 'PySide6'" in probe.stderr

    run = _run(
        [
            "-m",
            "pytest",
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rs",
            *CORE_SUBSET,
            QT_MODULE,
        ],
        env,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    summary = output.strip().splitlines()[-1]
    assert " passed" in summary and "1 skipped" in summary, output[-4000:]
    assert "needs PySide6" in output, output[-4000:]
