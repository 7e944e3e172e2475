"""CLI output under Windows' stream rules, emulated on Linux.

Redirected to a file, Python on Windows encodes standard output in the ANSI code page
(``PYTHONIOENCODING=cp1252`` gives the same here); a pipe whose reader went away raises
``OSError(EINVAL)`` there instead of ``BrokenPipeError``.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from desktop.cli import main as cli_main
from tests.conftest import PASSWORD, CliRunner

ROOT = Path(__file__).resolve().parents[2]
CATEGORY = "NON_ASN"
NAMES = ("Nguyễn Thị Hồng", "André Lumintang")


def _netra(
    data_dir: Path, *argv: str, stdout: IO[bytes] | int | None
) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "NETRA_USER": "admin",
        "NETRA_PASSWORD": PASSWORD,
        "PYTHONIOENCODING": "cp1252",
    }
    env.pop("NETRA_DATABASE_URL", None)
    env.pop("PYTHONUTF8", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(data_dir), *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_listing_redirected_to_a_file_is_utf8_json(
    cli: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    assert cli("roster", "unit", "add", "81.08.06", "Kecamatan Wetar").code == 0
    for name in NAMES:
        added = cli("roster", "add", "--name", name, "--unit", "81.08.06", "--category", CATEGORY)
        assert added.code == 0, added.err
    out = tmp_path / "daftar.json"
    with out.open("wb") as fh:
        proc = _netra(data_dir, "roster", "list", "--json", stdout=fh)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    doc = json.loads(out.read_bytes().decode("utf-8"))  # strict: valid UTF-8 or it raises
    listed = {item["name"] for item in doc["items"]}
    assert set(NAMES) <= listed
    text = tmp_path / "daftar.txt"
    with text.open("wb") as fh:
        proc = _netra(data_dir, "roster", "list", stdout=fh)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")
    assert NAMES[0] in text.read_bytes().decode("utf-8")


def test_messages_on_stderr_are_utf8(data_dir: Path) -> None:
    """A refusal naming what the user typed keeps its letters (cp1252 wrote 'Nguy\\u1ec5n')."""
    proc = _netra(data_dir, "roster", "transfer", "Nguyễn", "--unit", "81.08.06", stdout=None)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2
    assert "'Nguyễn'" in err and "Traceback" not in err


class _ClosedPipe(io.StringIO):
    """What standard output is on Windows once the reader of the pipe has gone."""

    def write(self, text: str) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")

    def flush(self) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")


def test_einval_on_stdout_is_a_closed_pipe(
    cli: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = io.StringIO()
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    monkeypatch.setattr(sys, "stderr", err)
    code = cli_main.main(["--data-dir", str(data_dir), "roster", "list", "--json"])
    assert code == cli_main.EXIT_BROKEN_PIPE
    assert "Traceback" not in err.getvalue()


def test_einval_elsewhere_is_not_taken_for_a_closed_pipe(
    cli: CliRunner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An EINVAL that does not come from standard output (Windows gives it for a file name
    with '?' or ':') is not silenced as a closed pipe."""
    from desktop.services.roster import export as roster_export

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EINVAL, "Invalid argument", "D:\\daftar?.xlsx")

    monkeypatch.setattr(roster_export, "export", refuse)
    with pytest.raises(OSError):
        cli_main.main(["--data-dir", str(data_dir), "roster", "export", "x.xlsx"])
