"""One helper for work off the GUI thread (Picard's ``run_task``, Anki's ``CollectionOp``).

Everything that touches the database runs on a single worker thread, so a SQLAlchemy
session is never shared across threads and writes are serialized; the result or the error
comes back on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

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


class TaskRunner(QObject):
    """``run(fn, on_done, on_error)``: ``fn(handle)`` runs on the database worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self._live: set[TaskHandle] = set()

    def run(
        self,
        fn: Callable[[TaskHandle], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle()
        self._live.add(handle)

        def done(result: Any) -> None:
            self._live.discard(handle)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException, tb: str) -> None:
            self._live.discard(handle)
            if isinstance(exc, Cancelled):
                return
            if on_error is not None:
                on_error(exc, tb)
            else:
                from desktop.ui.crash import report_exception

                report_exception(exc, tb)

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
