"""Administration > Office: the PPK follow-up deadline after a BKN recommendation is shown
(from the rulebook, with its UNCONFIRMED note), changed, and put back to the rulebook's."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services import cases
from desktop.ui.context import UiContext
from desktop.ui.pages.admin import AdminPage


def test_follow_up_deadline_from_the_office_tab(ui: UiContext, qtbot: QtBot) -> None:
    page = AdminPage(ui)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: bool(page.follow_note.text()), timeout=10_000)
    before = cases.follow_up_setting(ui.app)
    assert page.follow_rulebook.isChecked() and not page.follow_days.isEnabled()
    assert page.follow_days.value() == before.days
    assert "BELUM DIKONFIRMASI" in page.follow_note.text()

    page.follow_rulebook.setChecked(False)
    assert page.follow_days.isEnabled()
    page.follow_days.setValue(21)
    page._save_follow_up()
    qtbot.waitUntil(lambda: cases.follow_up_setting(ui.app).days == 21, timeout=10_000)
    assert cases.follow_up_setting(ui.app).from_setting is True

    page.follow_rulebook.setChecked(True)
    page._save_follow_up()
    qtbot.waitUntil(lambda: cases.follow_up_setting(ui.app).from_setting is False, timeout=10_000)
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)
    assert page.follow_days.value() == before.days
