"""GUI fixtures for the shell tests (the shared ``ui`` fixture and the check that fails any
test leaving Qt work running live in tests/qt_fixtures.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskRunner


@pytest.fixture
def empty_ui(empty_ctx: AppContext, qapp: object) -> Iterator[UiContext]:
    runner = TaskRunner()
    context = UiContext(empty_ctx, runner)
    yield context
    runner.wait()
    QCoreApplication.processEvents()
