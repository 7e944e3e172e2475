"""Drive the signing page like an operator: search, open the pact, sign with a pen, confirm."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain import handwriting
from desktop.ui.signing.page import PACT, SEARCH, SigningPage
from tests.signing.pen import draw


def wait_until(cond: Callable[[], bool], timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the GUI")
        time.sleep(0.005)


def settle(page: SigningPage) -> None:
    """Let queued tasks finish and their results arrive on the GUI thread."""
    for _ in range(3):
        page.ui.tasks.wait()
        QApplication.processEvents()
    wait_until(lambda: not page.ui.tasks.busy)


def sign_one(
    page: SigningPage, query: str, seed: int, shot: Callable[[str], None] | None = None
) -> str:
    """Type ``query`` in the search, Enter, sign with the simulated pen, confirm; returns
    the message shown after saving."""
    search = page.search
    search.search.setFocus()
    QTest.keyClicks(search.search, query)
    search._timer.stop()
    search._changed()
    settle(page)
    QTest.keyClick(search.search, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    draw(page.pact.pad, handwriting.signature(random.Random(seed), hz=500), "pen")
    QApplication.processEvents()
    if shot is not None:
        shot("pact")
    QTest.mouseClick(page.pact.confirm_button, Qt.MouseButton.LeftButton)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == SEARCH)
    settle(page)
    return search.message.text()
