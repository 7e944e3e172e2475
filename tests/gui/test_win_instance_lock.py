"""One Netra per data folder (QLockFile): a second start says so plainly and exits; a lock
left by a Netra that was killed is taken over. A data folder on FAT or a network share is
warned about. Temp folders are cleaned at start and exit."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import paths
from desktop.ui import app as gui_app
from desktop.ui import i18n
from tests.conftest import ADMIN, PASSWORD
from tests.gui.test_app import run_smoke

HOLD = """
import sys, time
from PySide6.QtCore import QCoreApplication
from pathlib import Path
from desktop.ui.app import acquire_instance_lock
app = QCoreApplication([])
lock = acquire_instance_lock(Path(sys.argv[1]))
print("locked" if lock is not None else "refused", flush=True)
time.sleep(120)
"""


def test_two_locks_on_one_folder(tmp_path: Path, qapp: object) -> None:
    first = gui_app.acquire_instance_lock(tmp_path)
    assert first is not None and first.isLocked()
    assert gui_app.acquire_instance_lock(tmp_path) is None
    first.unlock()
    again = gui_app.acquire_instance_lock(tmp_path)
    assert again is not None
    again.unlock()


def test_an_old_lock_of_a_running_netra_still_holds(tmp_path: Path, qapp: object) -> None:
    first = gui_app.acquire_instance_lock(tmp_path)
    assert first is not None
    long_ago = time.time() - 3 * 24 * 3600  # Netra left open over a weekend
    os.utime(tmp_path / gui_app.LOCK_FILENAME, (long_ago, long_ago))
    assert gui_app.acquire_instance_lock(tmp_path) is None
    first.unlock()


def test_second_start_is_refused_and_a_killed_holder_releases(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        second = run_smoke(data_dir, NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)
        assert second.returncode == 2
        assert "Netra sudah terbuka di jendela lain" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        holder.kill()  # SIGKILL / TerminateProcess: dies holding the lock, a stale lock file
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert (data_dir / gui_app.LOCK_FILENAME).exists()
    after = run_smoke(data_dir, NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)
    assert after.returncode == 0, after.stderr[-2000:]
    assert not (data_dir / gui_app.LOCK_FILENAME).exists()  # released at exit


def test_in_process_second_start_returns_2(
    data_dir: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    held = gui_app.acquire_instance_lock(data_dir)
    assert held is not None
    try:
        code = gui_app.main(["--data-dir", str(data_dir), "--smoke", "--lang", "id"])
    finally:
        held.unlock()
    assert code == 2
    assert "sudah terbuka" in capsys.readouterr().err


def test_unsafe_data_folder_is_warned_but_opens(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda2 / ext4 rw 0 0\n//server/kantor {data_dir} cifs rw 0 0\n")
    monkeypatch.setattr(paths, "PROC_MOUNTS", table)
    messages: list[str] = []
    monkeypatch.setattr(gui_app, "_tell", lambda _a, text, warning: messages.append(text))
    args = argparse.Namespace(smoke=True, no_err_windows=True)
    # the interface language, not the order of the tests, decides the message's language
    monkeypatch.setattr(i18n, "current_language", lambda: "id")
    gui_app._warn_unsafe_folder(args, data_dir)
    assert len(messages) == 1 and "folder jaringan" in messages[0]
    monkeypatch.setattr(i18n, "current_language", lambda: "en")
    gui_app._warn_unsafe_folder(args, data_dir)
    assert len(messages) == 2 and "network folder" in messages[1]


def test_stale_temp_folders_go_at_start(data_dir: Path) -> None:
    old = paths.temp_root() / "bukti-99999-stale"
    old.mkdir(exist_ok=True)
    (old / "x.pdf").write_bytes(b"%PDF-")
    long_ago = time.time() - 24 * 3600
    for p in (old / "x.pdf", old):
        os.utime(p, (long_ago, long_ago))
    result = run_smoke(data_dir, NETRA_USER=ADMIN, NETRA_PASSWORD=PASSWORD)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not old.exists()
