"""User accounts in the administration page: the table model and the add/reset dialog."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.office import local_stamp
from desktop.domain.roles import ROLE_LABELS_ID, ROLES
from desktop.services import accounts
from desktop.services.accounts import UserInfo
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.forms import add_footer
from desktop.ui.rows_model import Column, RowsModel


class UsersModel(RowsModel[UserInfo]):
    """The accounts of the office: one row per ``UserInfo``."""

    def __init__(self, zone: str = "Asia/Jayapura", parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self.zone = zone  # the office's time zone, for the times shown
        self.set_columns(
            (
                Column(self.tr("Username"), lambda u: u.username),
                Column(self.tr("Full name"), lambda u: u.full_name),
                Column(self.tr("Role"), lambda u: ROLE_LABELS_ID.get(u.role, u.role)),
                Column(self.tr("Status"), self._status),
                Column(
                    self.tr("Last login"),
                    lambda u: self._when(u.last_login_at),
                    sort_key=lambda u: (u.last_login_at is not None, u.last_login_at or 0),
                ),
            )
        )

    def _when(self, moment: datetime | None) -> str:
        return local_stamp(moment, self.zone, label=False) if moment else "–"

    def _status(self, user: UserInfo) -> str:
        if not user.active:
            return self.tr("inactive")
        if user.locked_until and user.locked_until > datetime.now(user.locked_until.tzinfo):
            return self.tr("locked until {time}").format(time=self._when(user.locked_until))
        return self.tr("active")


class UserDialog(QDialog):
    """Add a user (``username`` empty) or reset an existing user's password."""

    def __init__(self, ui: UiContext, username: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.existing = username
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Reset password") if username else self.tr("Add a user"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit(username or "")
        self.username.setReadOnly(bool(username))
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(ROLE_LABELS_ID[role], role)
        self.role.setCurrentIndex(self.role.findData("operator"))
        self.password = QLineEdit()
        self.again = QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Username:"), self.username)
        if not username:
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        lay.addLayout(form)
        self.message, self.buttons = add_footer(self, lay, self.submit)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        app, password = self.ui.app, self.password.text()
        username = self.username.text().strip()
        if self.existing:

            def work(_h: object) -> object:
                return accounts.change_password(app, username, None, password)
        else:
            name, role = self.full_name.text().strip(), str(self.role.currentData())

            def work(_h: object) -> object:
                return accounts.add_user(app, username, password, role, name)

        self.buttons.setEnabled(False)
        # the result names its change (Area.USERS); the runner tells the pages
        self.ui.tasks.run(work, self._done, self._failed, initiator=self)

    def _done(self, _result: object) -> None:
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe_error(exc, tb))
