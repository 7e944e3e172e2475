"""Crash handling: known environment problems get a plain message, bugs a saved report."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from desktop.domain.errors import NetraError
from desktop.services import diagnostics
from desktop.ui.crash import CrashHandler


def test_known_environment_errors() -> None:
    assert diagnostics.classify(OSError(errno.ENOSPC, "No space left")).code == "disk_full"
    assert diagnostics.classify(OSError(errno.EROFS, "Read-only")).code == "read_only"
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert diagnostics.classify(locked).code == "database_locked"
    full = sqlite3.OperationalError("database or disk is full")
    assert diagnostics.classify(full).code == "disk_full"
    diagnosis = diagnostics.classify(locked)
    assert diagnosis.kind == diagnostics.KNOWN
    assert "dipakai program lain" in diagnosis.message()


def test_wrapped_errors_are_classified_by_their_cause() -> None:
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("while writing") from exc
    except RuntimeError as outer:
        assert diagnostics.classify(outer).code == "disk_full"


def test_user_errors_keep_their_own_message() -> None:
    error = NetraError("login_failed", "Nama pengguna atau kata sandi salah.", "Wrong.")
    diagnosis = diagnostics.classify(error)
    assert diagnosis.kind == diagnostics.USER
    assert diagnosis.message() == "Nama pengguna atau kata sandi salah."
    assert diagnosis.message("en") == "Wrong."


def test_bug_saves_a_report_and_names_it(qapp: object, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs", windows=False)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        import traceback

        text = handler.show(exc, traceback.format_exc())
    assert text.startswith("Terjadi kesalahan tak terduga.")
    report = handler.last_report
    assert report is not None and report.exists()
    assert str(report) in text
    content = report.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in content
    assert "netra:" in content
    assert handler.shown == [text]


def test_known_error_saves_no_report(qapp: object, tmp_path: Path) -> None:
    handler = CrashHandler(tmp_path / "logs", windows=False)
    text = handler.show(OSError(errno.ENOSPC, "full"), "")
    assert text.startswith("Ruang penyimpanan penuh")
    assert handler.last_report is None
    assert not list((tmp_path).glob("logs/crash-*.txt"))


def test_logging_rotates_in_the_data_folder(tmp_path: Path) -> None:
    import logging

    path = diagnostics.setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("netra.test").warning("catatan uji")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "catatan uji" in path.read_text(encoding="utf-8")
        assert diagnostics.setup_logging(tmp_path / "logs") == path  # idempotent
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(path.resolve()):
                root.removeHandler(handler)
                handler.close()


def test_errors_from_other_threads_reach_the_gui_thread(qtbot: object, tmp_path: Path) -> None:
    import threading

    from PySide6.QtCore import QThread

    handler = CrashHandler(tmp_path / "logs", windows=False)
    seen_in: list[object] = []
    original = handler.show

    def spy(exc: BaseException, tb: str, parent: object = None) -> str:
        seen_in.append(QThread.currentThread())
        return original(exc, tb)

    handler.show = spy  # type: ignore[method-assign]
    previous = threading.excepthook
    threading.excepthook = handler._thread_hook
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(handler.shown), timeout=5_000)  # type: ignore[attr-defined]
    finally:
        threading.excepthook = previous
    assert seen_in == [QThread.currentThread()]  # shown on the GUI thread
    assert handler.last_report is not None
    assert "ZeroDivisionError" in handler.last_report.read_text(encoding="utf-8")


def test_message_box_without_parent_stays_open(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    handler = CrashHandler(tmp_path / "logs", windows=True)
    handler.windows = True  # even when the test run sets NETRA_NO_ERR_WINDOWS
    handler.show(KeyError("x"), "Traceback: KeyError")
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len(boxes) == 1 and boxes[0].isVisible()
    labels = [b.text() for b in boxes[0].buttons()]
    assert "Open the log folder" in labels
    boxes[0].done(0)
    # Destroy it now: a lingering modal box would swallow input in every later GUI test.
    from shiboken6 import Shiboken

    handler._boxes.clear()
    Shiboken.delete(boxes[0])
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
