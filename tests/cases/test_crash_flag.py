"""The crash handler gets "no message boxes" as a parameter from the launcher; the launcher
no longer writes a flag into ``os.environ`` for the handler to read back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.ui import app as gui_app
from desktop.ui import i18n
from desktop.ui.crash import CrashHandler


def test_the_environment_and_the_options_decide_in_the_launcher() -> None:
    assert gui_app.error_windows(gui_app.parse_args([], environ={}))
    assert gui_app.error_windows(gui_app.parse_args([], environ={"NETRA_NO_ERR_WINDOWS": "0"}))
    assert not gui_app.error_windows(gui_app.parse_args([], environ={"NETRA_NO_ERR_WINDOWS": "1"}))
    assert not gui_app.error_windows(gui_app.parse_args(["--no-err-windows"], environ={}))
    assert not gui_app.error_windows(gui_app.parse_args(["--smoke"], environ={}))


def test_the_handler_does_what_it_is_told(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_NO_ERR_WINDOWS", "1")
    assert CrashHandler(tmp_path, windows=True).windows  # the parameter, not the environment
    monkeypatch.delenv("NETRA_NO_ERR_WINDOWS")
    assert not CrashHandler(tmp_path, windows=False).windows


def test_no_err_windows_is_not_written_into_the_environment(
    qapp: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("NETRA_NO_ERR_WINDOWS", raising=False)
    # no translator installed for the rest of the test run
    monkeypatch.setattr(i18n, "install", lambda *_a, **_k: None)
    monkeypatch.setattr(i18n, "current_language", lambda: "id")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    # the data folder cannot be made: main stops early, with the message on stderr only
    code = gui_app.main(["--no-err-windows", "--data-dir", str(blocker / "data")])
    assert code == 2
    assert "NETRA_NO_ERR_WINDOWS" not in os.environ
    assert "tidak dapat dibuat" in capsys.readouterr().err
