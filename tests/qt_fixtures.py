"""Qt fixtures, a pytest plugin the root conftest loads only when PySide6 can be imported.

Everything that needs PySide6 or ``desktop.ui`` lives here, so the core tests (domain,
store, services, CLI, sync) collect and run on an installation without Qt
(tests/foundation/test_core_without_qt.py checks it).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool, QTimer

from desktop.services.context import AppContext
from desktop.ui import crash, i18n
from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskRunner


def running_qt_work() -> list[str]:
    """Descriptions of QThreads, QTimers and thread pools still busy."""
    found: list[str] = []
    app = QCoreApplication.instance()
    main = app.thread() if app is not None else None
    if QThreadPool.globalInstance().activeThreadCount():
        found.append("the global QThreadPool still runs work")
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QTimer) and obj.isActive():
                found.append(f"active QTimer {obj.objectName() or obj!r} (parent {obj.parent()!r})")
            elif isinstance(obj, QThread) and obj.isRunning() and obj is not main:
                found.append(f"running QThread {obj!r}")
            elif isinstance(obj, QThreadPool) and obj.activeThreadCount():
                found.append(f"busy QThreadPool {obj!r}")
        except RuntimeError:  # the C++ object is already gone
            continue
    return found


@pytest.fixture(autouse=True)
def no_dangling_qt_work(request: pytest.FixtureRequest) -> Iterator[None]:
    language = i18n._current
    yield
    # A test that starts the whole app (``app.main([... "--lang", "id"])``) installs the
    # Indonesian translators: take them away again, so what later tests read does not
    # depend on the order the tests ran in.
    app = QCoreApplication.instance()
    if app is not None and (i18n._installed or i18n._current != language):
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        i18n._current = language
    uses_qt = {"qapp", "qtbot"} & set(request.fixturenames)
    if not uses_qt or QCoreApplication.instance() is None:
        return
    QCoreApplication.processEvents()
    leaks = running_qt_work()
    if leaks:
        pytest.fail("test left Qt work running: " + "; ".join(leaks), pytrace=False)


@pytest.fixture
def ui(ctx: AppContext, qapp: object) -> Iterator[UiContext]:
    """A UiContext on the test office; waits for background work at the end."""
    handler = crash.install(ctx.log_dir, windows=False)
    runner = TaskRunner()
    context = UiContext(ctx, runner)
    yield context
    runner.wait()
    QCoreApplication.processEvents()
    handler.uninstall()
    crash.uninstall()
