"""F1 help, log out / switch user, `netra-gui --help` in Indonesian, the pledge projector,
the event dialog's date rules and the kiosk's other-day note (issue 14, points 5, 6, 9)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.pact import TemplateBody
from desktop.services import office, signing
from desktop.services.context import Actor
from desktop.services.signing import setup as signing_setup
from desktop.ui.app import Launcher, build_parser
from desktop.ui.context import UiContext
from desktop.ui.help_dialog import HelpDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.signing.dialogs import EventDialog, day_note, event_date_text
from desktop.ui.signing.kiosk import SearchScreen
from desktop.ui.signing.projector import ProjectorWindow, pledge_html
from tests.conftest import ADMIN, PASSWORD
from tests.gui.test_launcher import start
from tests.signing.conftest import make_event, make_roster, strokes_for


def _settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=20_000)
    qtbot.wait(20)


def test_gui_help_is_indonesian() -> None:
    out = io.StringIO()
    with redirect_stdout(out), pytest.raises(SystemExit) as done:
        build_parser().parse_args(["--help"])
    assert done.value.code == 0
    text = out.getvalue()
    assert text.startswith("Pemakaian: netra-gui")
    assert "Pilihan:" in text and "tampilkan bantuan ini, lalu keluar" in text
    for english in ("usage:", "options:", "show this help", "data folder (default"):
        assert english not in text


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise windows
def test_f1_opens_help_not_about(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    ui.app.actor = Actor(ADMIN, "admin")
    win = MainWindow(ui, office.get_info(ui.app), Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(win)
    help_action = win.findChild(QAction, "action:help")
    assert help_action is not None and help_action.shortcut().toString() == "F1"
    help_action.trigger()
    dialog = win.findChild(HelpDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for part in ("apel", "kabupaten", "Ctrl+Enter", "Maluku Barat Daya", "logs"):
        assert part in text, part
    help_action.trigger()  # F1 again: the same dialog, not a second one
    assert len(win.findChildren(HelpDialog)) == 1
    about = [a for a in win.findChildren(QAction) if "Netra" in a.text() and a is not help_action]
    assert all(a.shortcut().isEmpty() for a in about)
    dialog.close()
    win.close()


@pytest.fixture
def launch(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Launcher]]:
    monkeypatch.delenv("NETRA_USER", raising=False)
    monkeypatch.delenv("NETRA_PASSWORD", raising=False)
    made: list[Launcher] = []
    yield made
    for launcher in made:
        for widget in [*launcher.dialogs, launcher.window, launcher.splash]:
            if widget is not None:
                widget.close()
        launcher.shutdown()


def test_log_out_switches_user(qtbot: QtBot, launch: list[Launcher], data_dir: Path) -> None:
    launcher = start(launch, data_dir)
    qtbot.waitUntil(lambda: bool(launcher.dialogs), timeout=20_000)
    login = launcher.dialogs[0]
    assert isinstance(login, LoginDialog)
    login.username.setText(ADMIN)
    login.password.setText(PASSWORD)
    login.submit()
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=30_000)
    window = launcher.window
    assert isinstance(window, MainWindow)
    logout = window.findChild(QAction, "action:logout")
    assert logout is not None and logout.shortcut().toString() == "Ctrl+Shift+L"
    logout.trigger()
    qtbot.waitUntil(lambda: bool(launcher.dialogs), timeout=20_000)
    assert launcher.window is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=5_000)  # deleted later
    assert isinstance(launcher.dialogs[0], LoginDialog)
    assert launcher.ui is not None and launcher.ui.app.actor is None
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication) and not qapp.quitOnLastWindowClosed()


def test_projector_shows_the_pledge(qtbot: QtBot, ui: UiContext) -> None:
    pledge = signing_setup.pledge_body(ui.app)
    assert pledge.body.kind == "ikrar" and pledge.office == "Kecamatan Wetar"
    window = ProjectorWindow(pledge.body, pledge.office, "Apel · 30-09-2024 · Ilwaki")
    qtbot.addWidget(window)
    window.show_on(window.screen())  # one screen offscreen: an ordinary window
    qtbot.waitExposed(window)
    assert not window.isFullScreen()
    text = window.text.toPlainText()
    assert "IKRAR NETRALITAS" in text and "Menolak politik uang" in text
    assert window.office_label.text() == "KECAMATAN WETAR"
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: not window._refit.isActive(), timeout=2_000)
    assert window.point_size >= 24  # readable from the back of the hall
    bar = window.text.verticalScrollBar()
    assert bar.maximum() == 0  # the whole pledge on one screen
    window.toggle_full_screen()
    assert window.isFullScreen()
    window.toggle_full_screen()
    assert not window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2_000)


def test_pledge_html_has_every_point() -> None:
    body = TemplateBody.from_json(
        {
            "code": "x",
            "version": 1,
            "kind": "ikrar",
            "audience": "asn",
            "title": "IKRAR",
            "intro": "Kami berikrar:",
            "commitments": ["Satu <b>", "Dua"],
            "closing": "Demikian.",
        }
    )
    html = pledge_html(body)
    assert "Satu &lt;b&gt;" in html and "<li" in html and "Demikian." in html


def _answer_box(button_text: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            for button in widget.buttons():
                if button.text() == button_text:
                    button.click()
                    return
    QTimer.singleShot(50, lambda: _answer_box(button_text))


def test_event_dialog_asks_after_voting_day_and_locks_signed_events(
    qtbot: QtBot, ui: UiContext
) -> None:
    ctx = ui.app
    setup = make_event(ctx, make_roster(ctx))
    elections = signing_setup.list_elections(ctx)
    templates = signing_setup.list_templates(ctx)
    units = signing_setup.unit_choices(ctx)
    dialog = EventDialog(None, elections, templates, units, place="Ilwaki")
    qtbot.addWidget(dialog)
    dialog.name.setText("Apel")
    dialog.event_date.setDate(dialog.event_date.date().fromString("28-11-2024", "dd-MM-yyyy"))
    QTimer.singleShot(
        50, lambda: _answer_box(QCoreApplication.translate("EventDialog", "Correct the date"))
    )
    dialog._try_accept()
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.error.text()
    QTimer.singleShot(
        50, lambda: _answer_box(QCoreApplication.translate("EventDialog", "Keep this date"))
    )
    dialog._try_accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    values = dialog.values()
    assert values["confirm_after_voting_day"] is True and "election_id" in values
    info = signing_setup.create_event(ctx, **values)
    assert info.event_date == date(2024, 11, 28)

    signing.sign(ctx, setup.event_id, setup.roster.employees["197003121995031004"], strokes_for(1))
    current = signing_setup.get_event(ctx, setup.event_id)
    edit = EventDialog(None, elections, templates, units, current)
    qtbot.addWidget(edit)
    assert not edit.election.isEnabled() and not edit.template.isEnabled()
    assert "election_id" not in edit.values()
    edit.event_date.setDate(edit.event_date.date().addDays(1))
    assert edit.date_moved and edit.problem()  # a reason is needed
    edit.date_reason.setText("salah ketik")
    assert edit.problem() is None and edit.values()["date_reason"] == "salah ketik"


def test_kiosk_says_when_pacts_carry_another_day(qtbot: QtBot, ui: UiContext) -> None:
    ctx = ui.app
    setup = make_event(ctx, make_roster(ctx))
    event = signing_setup.get_event(ctx, setup.event_id)
    today = signing_setup.office_today(ctx)
    screen = SearchScreen()
    qtbot.addWidget(screen)
    screen.show()
    screen.set_day_note(day_note(event, today))
    assert screen.day_note.isVisible()
    assert today.strftime("%d-%m-%Y") in screen.day_note.text()
    assert "30-09-2024" in screen.day_note.text()
    screen.set_day_note(day_note(event, event.event_date))
    assert not screen.day_note.isVisible()
    signing.sign(ctx, setup.event_id, setup.roster.employees["197003121995031004"], strokes_for(1))
    event = signing_setup.get_event(ctx, setup.event_id)
    assert event_date_text(event).startswith("30-09-2024\n(")
    assert today.strftime("%d-%m-%Y") in event_date_text(event)
