"""The real entry point, as the benchmark and the frozen-build smoke test start it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ADMIN, PASSWORD


def run_smoke(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [sys.executable, "-m", "desktop.ui.app", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=environ,
    )


def test_smoke_start_shows_the_main_window(data_dir: Path) -> None:
    result = run_smoke(data_dir, NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)
    assert result.returncode == 0, result.stderr[-2000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0 < shown["shown_ms"] < 120_000
    assert (data_dir / "logs" / "netra.log").exists()
    assert (data_dir / "netra-gui.ini").exists()


def test_smoke_start_with_a_wrong_password_fails_in_indonesian(data_dir: Path) -> None:
    result = run_smoke(data_dir, NETRA_USER=ADMIN, NETRA_PASSWORD="salah-sekali")
    assert result.returncode == 1
    assert "kata sandi salah" in result.stderr


def test_smoke_refuses_a_folder_that_is_not_set_up(tmp_path: Path) -> None:
    result = run_smoke(tmp_path / "baru")
    assert result.returncode == 1
    assert "belum disiapkan" in result.stderr


def test_unusable_data_folder_is_reported_plainly(tmp_path: Path) -> None:
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    result = run_smoke(blocker / "data")
    assert result.returncode == 2
    assert "tidak dapat dibuat atau ditulisi" in result.stderr
