"""The users table model and the add-user dialog of the administration page."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services import accounts
from desktop.ui.context import UiContext
from desktop.ui.users import UserDialog, UsersModel


def test_users_model_passes_the_model_tester(qtmodeltester: Any, ui: UiContext) -> None:
    model = UsersModel()
    model.set_rows(accounts.list_users(ui.app))
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "admin"
    assert model.index(0, 2).data() == "Administrator"


def test_add_user_dialog_creates_the_account(qtbot: QtBot, ui: UiContext) -> None:
    parent = QWidget()  # the dialog deletes itself on close; the parent is what qtbot owns
    qtbot.addWidget(parent)
    dialog = UserDialog(ui, None, parent)
    dialog.username.setText("operator1")
    dialog.full_name.setText("Operator Apel")
    dialog.password.setText("sandi-operator")
    dialog.again.setText("sandi-operator")
    with qtbot.waitSignal(ui.bus.changed, timeout=10_000):
        dialog.submit()
    users = {u.username: u.role for u in accounts.list_users(ui.app)}
    assert users["operator1"] == "operator"
    ui.tasks.wait()
