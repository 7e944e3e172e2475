"""One helper for work off the GUI thread (Picard's ``run_task``, Anki's ``CollectionOp``).

Everything that touches the database runs on a single worker thread, so a SQLAlchemy
session is never shared across threads and writes are serialized; the result or the error
comes back on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.services.changes import Area, Changes, changes_of

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskHandle(QObject):
    """Lives on the GUI thread; the worker emits into it."""

    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.handle)
        except Exception as exc:
            log.debug("task failed", exc_info=True)
            self.handle.failed.emit(exc, traceback.format_exc())
        else:
            self.handle.finished.emit(result)


class ChangeBus(QObject):
    """The app-wide "something changed" signal (Anki's ``operation_did_execute``).

    ``changed`` carries a :class:`~desktop.services.changes.Changes` (a frozenset of
    :class:`~desktop.services.changes.Area`) and the object that initiated the change, so a
    view can ignore its own edits. The task runner emits it once after a task's ``on_done``;
    pages reload from it only.
    """

    changed = Signal(object, object)
    #: Ask the main window to show a page: (page key, callable run on the page once shown).
    open_page = Signal(str, object)

    def notify(self, areas: Area | Iterable[Area], initiator: object | None = None) -> None:
        """Emit ``changed`` for a change made outside :meth:`TaskRunner.run`."""
        found = Changes.of(Area(areas)) if isinstance(areas, str) else Changes(areas)
        if found:
            self.changed.emit(found, initiator)

    def show_page(self, key: str, then: Callable[[Any], None] | None = None) -> None:
        """E.g. ``show_page("printing", lambda page: page.select_person(nip))``."""
        self.open_page.emit(key, then)


def error_parent(initiator: object | None) -> QWidget | None:
    """Where an unhandled task error is shown: the initiating widget, else the main window
    (else the active window)."""
    if isinstance(initiator, QWidget):
        return initiator
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return QApplication.activeWindow()


class TaskRunner(QObject):
    """``run(fn, on_done, on_error, *, changes, initiator)``: ``fn(handle)`` runs on the
    database worker thread; after ``on_done`` the runner emits ``bus.changed`` once with
    ``changes`` (or the result's own, :func:`~desktop.services.changes.changes_of`) and
    ``initiator``; without ``on_error`` it shows the error itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self._live: set[TaskHandle] = set()
        self.bus = ChangeBus(self)

    def run(
        self,
        fn: Callable[[TaskHandle], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        *,
        changes: Iterable[Area] | None = None,
        initiator: object | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        self._live.add(handle)
        named = Changes(changes) if changes is not None else None

        def done(result: Any) -> None:
            self._live.discard(handle)
            if on_done is not None:
                on_done(result)
            found = named if named is not None else changes_of(result)
            if found:
                self.bus.changed.emit(found, initiator)

        def failed(exc: BaseException, tb: str) -> None:
            self._live.discard(handle)
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc, tb)
            else:
                from desktop.ui import crash

                crash.show_error(error_parent(initiator), exc, tb)

        handle.finished.connect(done)
        handle.failed.connect(failed)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        self.db_pool.start(_Runnable(fn, handle))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (shutdown and tests)."""
        return self.db_pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._live)
