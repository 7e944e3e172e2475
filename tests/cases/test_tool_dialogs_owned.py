"""The register of open tool dialogs (reuse, never stack) belongs to a window, not to the
``tools`` module: two windows do not share it, and it goes with its window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import office
from desktop.ui import tools
from desktop.ui.context import UiContext


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise windows
def test_each_window_has_its_own_open_dialogs(qtbot: QtBot, ui: UiContext) -> None:
    info = office.get_info(ui.app)
    first_window, second_window = QWidget(), QWidget()
    page = QWidget()  # e.g. the administration page inside the main window
    QVBoxLayout(first_window).addWidget(page)
    for w in (first_window, second_window):
        qtbot.addWidget(w)
    about = tools.about_dialog(first_window, ui, info)
    # the page finds the dialog its window opened from the menu ...
    assert tools.about_dialog(page, ui, info) is about
    assert tools.open_dialogs(page) is tools.open_dialogs(first_window)
    # ... another window has its own
    other = tools.about_dialog(second_window, ui, info)
    assert other is not about
    assert tools.open_dialogs(second_window) is not tools.open_dialogs(first_window)
    assert tools.open_dialogs(first_window).parent() is first_window
    assert not hasattr(tools, "_open")  # the module-level register is gone
    about.close()
    other.close()
