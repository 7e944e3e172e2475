"""Log-in dialog: the service's Indonesian messages reach the user; lock-out is shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services import office
from desktop.services.accounts import MAX_FAILED
from desktop.ui.context import UiContext
from desktop.ui.login import LoginDialog
from tests.conftest import ADMIN, PASSWORD


def make(qtbot: QtBot, ui: UiContext) -> LoginDialog:
    ui.app.actor = None
    dialog = LoginDialog(ui, office.get_info(ui.app), ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: LoginDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled() or dialog.result() != 0, timeout=10_000)


def test_wrong_password_shows_indonesian_message(qtbot: QtBot, ui: UiContext) -> None:
    dialog = make(qtbot, ui)
    assert not dialog.ok.isEnabled()
    attempt(qtbot, dialog, "salah-sekali")
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    assert ui.app.actor is None


def test_right_password_logs_in(qtbot: QtBot, ui: UiContext) -> None:
    dialog = make(qtbot, ui)
    checking: list[bool] = []
    dialog.checking.connect(lambda: checking.append(True))
    with qtbot.waitSignal(dialog.logged_in, timeout=10_000) as signal:
        dialog.password.setText(PASSWORD)
        dialog.submit()
    assert checking == [True]  # the launcher loads the main window meanwhile
    assert signal.args[0].username == ADMIN
    assert ui.app.actor is not None and ui.app.actor.role == "admin"


def test_repeated_failures_lock_the_account(qtbot: QtBot, ui: UiContext) -> None:
    dialog = make(qtbot, ui)
    for _ in range(MAX_FAILED):
        attempt(qtbot, dialog, "salah-sekali")
    attempt(qtbot, dialog, PASSWORD)
    assert "dikunci" in dialog.message.text()
    assert ui.app.actor is None


def test_change_password_dialog(qtbot: QtBot, ui: UiContext) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.services import accounts
    from desktop.ui.login import ChangePasswordDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ChangePasswordDialog(ui, parent)
    dialog.old.setText(PASSWORD)
    dialog.new.setText("sandi-baru-2024")
    dialog.again.setText("sandi-baru-2025")
    dialog.submit()
    assert dialog.message.text()  # the two new passwords differ
    dialog.again.setText("sandi-baru-2024")
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        dialog.submit()
    assert accounts.login(ui.app, ADMIN, "sandi-baru-2024").username == ADMIN
    parent.close()
