"""The one crash path (qutebrowser's ``crashsignal``, Electrum's exception window).

``sys.excepthook`` and ``threading.excepthook`` forward to the GUI thread through a queued
signal; :func:`report_exception` is also what the task runner calls for unhandled task
errors. The report is formatted and classified by GUI-free code in
:mod:`desktop.services.diagnostics`; this module only shows the plain message, or logs it
when the handler was made with ``windows=False`` (``netra-gui --smoke``, ``--no-err-windows``
or ``NETRA_NO_ERR_WINDOWS=1``: the launcher decides, :func:`desktop.ui.app.error_windows`).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.services import diagnostics
from desktop.ui import i18n

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    raised = Signal(object, str)

    def __init__(self, log_dir: Path | None, *, windows: bool = True) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.windows = windows
        self.last_report: Path | None = None
        self.shown: list[str] = []  # messages shown (tests and --no-err-windows read these)
        self._fault_stream: IO[str] | None = None
        self._boxes: list[QMessageBox] = []
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ hooks
    def install(self) -> None:
        if self.log_dir is not None:
            diagnostics.setup_logging(self.log_dir)
            self._fault_stream = diagnostics.enable_faulthandler(self.log_dir)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        if self._fault_stream is not None:
            import faulthandler

            faulthandler.disable()
            self._fault_stream.close()
            self._fault_stream = None

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.raised.emit(exc, "".join(traceback.format_exception(kind, exc, tb)))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        text = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        self.raised.emit(args.exc_value, text)

    # ------------------------------------------------------------------ reporting
    def message_for(self, exc: BaseException, tb: str) -> str:
        """Classify, log and (for bugs) save the report; return the text for the user."""
        diagnosis = diagnostics.classify(exc)
        lang = i18n.current_language()
        if diagnosis.kind == diagnostics.BUG:
            log.error("unexpected error\n%s", tb)
            report = None
            if self.log_dir is not None:
                try:
                    text = diagnostics.format_report(exc, tb, language=lang)
                    report = diagnostics.save_report(self.log_dir, text)
                except OSError:
                    log.exception("could not save the crash report")
            self.last_report = report
            return diagnostics.bug_message(report, lang)
        log.warning("%s: %s", diagnosis.code, exc)
        return diagnosis.message(lang)

    @Slot(object, str)
    def _show(self, exc: BaseException, tb: str) -> None:
        self.show(exc, tb)

    def show(self, exc: BaseException, tb: str, parent: QWidget | None = None) -> str:
        text = self.message_for(exc, tb)
        self.shown.append(text)
        if not self.windows or QApplication.instance() is None:
            log.error("error shown to the user: %s", text)
            return text
        box = QMessageBox(parent or QApplication.activeWindow())
        bug = diagnostics.classify(exc).kind == diagnostics.BUG
        box.setIcon(QMessageBox.Icon.Critical if bug else QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("crash", "Netra"))
        box.setText(text)
        box.addButton(QMessageBox.StandardButton.Ok)
        if bug and self.log_dir is not None:
            folder = self.log_dir
            open_logs = box.addButton(
                QCoreApplication.translate("crash", "Open the log folder"),
                QMessageBox.ButtonRole.ActionRole,
            )
            open_logs.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(True)
        self._boxes.append(box)  # a box without a parent must be kept alive by someone
        box.finished.connect(lambda _r: self._boxes.remove(box) if box in self._boxes else None)
        box.show()
        return text


_handler: CrashHandler | None = None


def install(log_dir: Path | None, *, windows: bool = True) -> CrashHandler:
    global _handler
    if _handler is not None:
        _handler.uninstall()
    _handler = CrashHandler(log_dir, windows=windows)
    _handler.install()
    return _handler


def uninstall() -> None:
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler = None


def handler() -> CrashHandler:
    """The installed handler; when none was installed (not ``netra-gui``: a test, a tool),
    one that logs instead of opening windows."""
    global _handler
    if _handler is None:
        _handler = CrashHandler(None, windows=False)
    return _handler


def report_exception(exc: BaseException, tb: str, parent: QWidget | None = None) -> str:
    """Show (or log) an error that nobody else handled; returns the text shown."""
    return handler().show(exc, tb, parent)


def describe_error(exc: BaseException, tb: str = "") -> str:
    """The plain text for an error shown inside a dialog (a bug's report is still saved)."""
    return handler().message_for(exc, tb or "".join(traceback.format_exception(exc)))


def show_error(parent: QWidget | None, exc: BaseException, tb: str = "") -> str:
    """For ``on_error`` callbacks: a NetraError's own message, a known problem's plain text,
    or the bug message with the saved report."""
    return handler().show(exc, tb or "".join(traceback.format_exception(exc)), parent)
