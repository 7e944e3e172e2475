"""Log-in dialog (start of every session) and the change-password dialog.

The password check is deliberately slow (scrypt), so it runs on the task thread; the dialog
stays responsive and shows the service's own Indonesian message on refusal or lock-out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services import accounts
from desktop.services.context import Actor, AppContext
from desktop.services.office import OfficeInfo
from desktop.ui import theme
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.forms import add_footer


class LoginDialog(QDialog):
    """Emits ``logged_in(actor)`` and accepts once the service said yes; ``checking`` when a
    password check starts (the launcher loads the main window's code meanwhile)."""

    logged_in = Signal(object)
    checking = Signal()

    def __init__(
        self, ui: UiContext, office: OfficeInfo, last_user: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("Netra — Log in"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("loginHeader")
        head = QHBoxLayout(header)
        head.setContentsMargins(24, 18, 24, 18)
        logo = QLabel()
        logo.setPixmap(theme.svg_pixmap("netra.svg", 56, self.devicePixelRatioF()))
        head.addWidget(logo)
        names = QVBoxLayout()
        title = QLabel("Netra")
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        subtitle = QLabel(self.tr("Neutrality of the civil service (ASN)"))
        names.addWidget(title)
        names.addWidget(subtitle)
        head.addLayout(names, 1)
        outer.addWidget(header)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 18)
        lay.setSpacing(12)
        office_label = QLabel(f"<b>{office.name}</b><br>{office.kabupaten_name} · {office.code}")
        office_label.setObjectName("muted")
        lay.addWidget(office_label)
        outer.addWidget(body)

        form = QFormLayout()
        self.username = QLineEdit(last_user)
        self.username.setPlaceholderText(self.tr("e.g. admin"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        lay.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(36)
        lay.addWidget(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Log in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.username.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self._update()
        (self.password if last_user else self.username).setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.username.text().strip() and self.password.text()))

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking..."))
        app: AppContext = self.ui.app
        self.ui.tasks.run(
            lambda _h: accounts.login(app, username, password), self._done, self._failed
        )
        self.checking.emit()

    def _done(self, actor: Actor) -> None:
        self.message.clear()
        self.logged_in.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        self._update()
        self.message.setText(describe_error(exc, tb))
        self.password.clear()
        self.password.setFocus()


class ChangePasswordDialog(QDialog):
    """The logged-in user changes their own password (the old one is required)."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.old = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        actor = ui.app.actor
        form.addRow(self.tr("User:"), QLabel(actor.username if actor else "-"))
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        lay.addLayout(form)
        self.message, self.buttons = add_footer(self, lay, self.submit)

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            return
        actor = self.ui.app.actor
        if actor is None:
            return
        app, old, new = self.ui.app, self.old.text(), self.new.text()
        self.buttons.setEnabled(False)
        self.ui.tasks.run(
            lambda _h: accounts.change_password(app, actor.username, old, new),
            self._done,
            self._failed,
        )

    def _done(self, _result: object) -> None:
        parent = self.parentWidget()
        self.accept()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Change password"),
            self.tr("The password was changed. Use the new password at the next log-in."),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe_error(exc, tb))
