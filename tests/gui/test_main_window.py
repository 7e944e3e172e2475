"""Main window: pages per role, status bar, remembered geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.domain.roles import allowed
from desktop.services import office
from desktop.services.context import Actor
from desktop.ui import settings as keys
from desktop.ui.context import UiContext
from desktop.ui.main_window import PAGE_CLASSES, MainWindow, visible_page_classes
from desktop.ui.pages import PageRef
from desktop.ui.settings import Settings


def window(qtbot: QtBot, ui: UiContext, role: str, ini: Path) -> MainWindow:
    ui.app.actor = Actor("tester", role)
    win = MainWindow(ui, office.get_info(ui.app), Settings(ini))
    qtbot.addWidget(win)
    return win


def test_page_keys_are_unique_and_admin_is_last() -> None:
    page_keys = [cls.key for cls in PAGE_CLASSES]
    assert len(page_keys) == len(set(page_keys))
    assert page_keys[0] == "home"
    assert visible_page_classes("admin")[-1].key == "admin"


def test_page_entries_name_their_classes_faithfully() -> None:
    for ref in PAGE_CLASSES:
        cls = ref.load()
        assert cls.__name__ == ref.class_name
        assert (cls.key, cls.permission) == (ref.key, ref.permission)


def test_a_page_entry_that_disagrees_with_its_class_is_refused() -> None:
    wrong = PageRef("desktop.ui.pages.home:HomePage", "home", "users.manage", "Home")
    with pytest.raises(ValueError, match=r"users\.manage"):
        wrong.load()
    with pytest.raises(TypeError):
        PageRef("desktop.ui.main_window:MainWindow", "x", "view", "X").load()


@pytest.mark.parametrize("role", ["admin", "operator", "verifier", "viewer"])
def test_pages_follow_the_role(qtbot: QtBot, ui: UiContext, tmp_path: Path, role: str) -> None:
    win = window(qtbot, ui, role, tmp_path / "gui.ini")
    expected = [  # an office: the hub's coverage page is not offered
        cls.key for cls in PAGE_CLASSES if allowed(role, cls.permission) and cls.key != "coverage"
    ]
    assert sorted(win.page_keys()) == sorted(expected)
    assert ("admin" in win.page_keys()) is (role == "admin")
    assert win.nav.count() == len(expected)
    win.close()
    ui.tasks.wait()


def test_status_bar_and_title(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    win = window(qtbot, ui, "operator", tmp_path / "gui.ini")
    labels = [label.text() for label in win.statusBar().findChildren(QLabel)]
    assert any("81.08.06" in t for t in labels), labels
    assert any("tester" in t and "Operator" in t for t in labels), labels
    assert "Kecamatan Wetar" in win.windowTitle()
    assert not win.busy.isVisible()
    win.close()
    ui.tasks.wait()


def test_geometry_and_page_are_remembered(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    ini = tmp_path / "gui.ini"
    win = window(qtbot, ui, "admin", ini)
    win.show()
    win.resize(1000, 640)
    assert win.select_page("admin")
    win.close()
    ui.tasks.wait()
    settings = Settings(ini)
    assert settings.get(keys.GEOMETRY)
    assert settings.get(keys.LAST_PAGE) == "admin"
    again = window(qtbot, ui, "admin", ini)
    assert again.current_key() == "admin"
    again.close()
    ui.tasks.wait()


def test_leak_check_sees_a_running_timer(qapp: object) -> None:
    from PySide6.QtCore import QTimer

    from tests.qt_fixtures import running_qt_work

    timer = QTimer()
    timer.start(10_000)
    try:
        assert any("QTimer" in leak for leak in running_qt_work())
    finally:
        timer.stop()
    assert not any("QTimer" in leak for leak in running_qt_work())


def test_tools_follow_the_role_and_language_is_remembered(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    win = window(qtbot, ui, "viewer", tmp_path / "gui.ini")
    actions = {a.text().replace("&", ""): a for a in win.findChildren(QAction)}
    assert not actions["Backup..."].isEnabled()
    assert actions["Change password..."].isEnabled()
    actions["English"].trigger()
    assert Settings(tmp_path / "gui.ini").get(keys.LANGUAGE) == "en"
    win.close()
    ui.tasks.wait()


def test_pages_are_made_when_needed_with_the_same_titles(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    win = window(qtbot, ui, "admin", tmp_path / "gui.ini")
    assert list(win.pages) == ["home"]  # only the page on screen exists before showing
    assert not ui.tasks.busy  # and it loads its data once the window is shown
    win.show()
    qtbot.waitUntil(lambda: len(win.pages) == len(win.page_keys()), timeout=20_000)
    for row, key in enumerate(win.page_keys()):
        assert win.nav.item(row).text() == win.pages[key].title()
    win.close()
    ui.tasks.wait()
