"""Tool dialogs shared by the menu and the administration page: backup, restore, audit
check, change password, About. All are modeless, delete themselves on close, and run the
service off the GUI thread."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services import audit
from desktop.services.audit import VerifyReport
from desktop.services.office import OfficeInfo
from desktop.ui import theme
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error, show_error

if TYPE_CHECKING:
    from desktop.services.backup import BackupResult, RestoreResult

# desktop.services.backup (and the cryptography library behind it) is imported when a
# backup dialog is used: the main window imports this module at start-up.


class OpenDialogs(QObject):
    """The tool dialogs open in one window, by kind (STYLE 12: reuse, never stack). A child
    of that window (:func:`open_dialogs`), so the window owns it and it goes with it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("netraToolDialogs")
        self._open: dict[str, QDialog] = {}

    def reuse(self, name: str) -> QDialog | None:
        """The dialog of that kind that is still open, raised."""
        dialog = self._open.get(name)
        if dialog is None:
            return None
        try:
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        except RuntimeError:  # already deleted on close
            pass
        self._open.pop(name, None)
        return None

    def remember(self, name: str, dialog: QDialog) -> QDialog:
        self._open[name] = dialog
        dialog.finished.connect(
            lambda _r: self._open.pop(name, None) if self._open.get(name) is dialog else None
        )
        return dialog


def open_dialogs(parent: QWidget) -> OpenDialogs:
    """The tool dialogs of ``parent``'s window (the main window for the menu and the
    administration page alike)."""
    window = parent.window()
    found = window.findChild(
        OpenDialogs, "netraToolDialogs", Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if isinstance(found, OpenDialogs) else OpenDialogs(window)


def report(parent: QWidget | None, exc: BaseException, tb: str = "") -> None:
    show_error(parent, exc, tb or "".join(traceback.format_exception(exc)))


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


class _PassphraseDialog(QDialog):
    """A file plus a passphrase (typed twice when creating)."""

    def __init__(self, parent: QWidget | None, title: str, *, create: bool) -> None:
        super().__init__(parent)
        self.creating = create
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "tools",
                "The backup holds the whole database and the office keys, encrypted with "
                "this passphrase. Keep the passphrase apart from the backup: without it the "
                "backup cannot be opened.",
            )
            if create
            else QCoreApplication.translate(
                "tools",
                "Restoring replaces ALL current data with the backup's. A safety copy of the "
                "current database is made first in the backups folder.",
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.path = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("tools", "Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(QCoreApplication.translate("tools", "File:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("tools", "Passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(QCoreApplication.translate("tools", "Passphrase again:"), self.again)
        lay.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("tools", "Create backup")
            if create
            else QCoreApplication.translate("tools", "Restore")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("tools", "Cancel")
        )
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def _browse(self) -> None:
        pattern = QCoreApplication.translate("tools", "Netra backup (*.netrabak)")
        if self.creating:
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("tools", "Save backup as"),
                self.path.text(),
                pattern,
            )
        else:
            name, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("tools", "Choose a backup"),
                self.path.text(),
                pattern,
            )
        if name:
            self.path.setText(name)

    def problem(self) -> str | None:
        from desktop.services import backup

        if not self.creating and not Path(self.path.text()).is_file():
            return QCoreApplication.translate("tools", "Choose the backup file to restore.")
        if len(self.passphrase.text()) < backup.MIN_PASSPHRASE:
            return QCoreApplication.translate(
                "tools", "The passphrase needs at least 8 characters."
            )
        if self.creating and self.passphrase.text() != self.again.text():
            return QCoreApplication.translate("tools", "The two passphrases are not the same.")
        return None

    def busy(self, on: bool) -> None:
        self.buttons.setEnabled(not on)
        self.message.setObjectName("muted" if on else "error")
        self.message.setStyleSheet("")
        if on:
            self.message.setText(QCoreApplication.translate("tools", "Working, please wait..."))


def backup_dialog(parent: QWidget, ui: UiContext) -> QDialog:
    if (existing := open_dialogs(parent).reuse("backup")) is not None:
        return existing
    dialog = _PassphraseDialog(
        parent, QCoreApplication.translate("tools", "Create a backup"), create=True
    )
    from desktop.services import backup

    dialog.path.setText(str(ui.app.backup_dir))
    app = ui.app

    def done(result: BackupResult) -> None:
        dialog.accept()
        inform(
            parent,
            QCoreApplication.translate("tools", "Backup created"),
            QCoreApplication.translate(
                "tools", "The backup was written and read back:\n{path}\n({size} bytes)"
            ).format(path=result.path, size=result.size),
        )

    def failed(exc: BaseException, tb: str) -> None:
        dialog.busy(False)
        dialog.message.setText(describe_error(exc, tb))

    def go() -> None:
        problem = dialog.problem()
        if problem:
            dialog.message.setText(problem)
            return
        target = Path(dialog.path.text()) if dialog.path.text().strip() else None
        phrase = dialog.passphrase.text()
        dialog.busy(True)
        ui.tasks.run(lambda _h: backup.create(app, target, phrase), done, failed)

    dialog.buttons.accepted.connect(go)
    open_dialogs(parent).remember("backup", dialog)
    dialog.show()
    return dialog


def restore_dialog(parent: QWidget, ui: UiContext) -> QDialog:
    if (existing := open_dialogs(parent).reuse("restore")) is not None:
        return existing
    dialog = _PassphraseDialog(
        parent, QCoreApplication.translate("tools", "Restore from a backup"), create=False
    )
    from desktop.services import backup

    app = ui.app

    def done(result: RestoreResult) -> None:
        dialog.accept()
        box = inform(
            parent,
            QCoreApplication.translate("tools", "Data restored"),
            QCoreApplication.translate(
                "tools",
                "The data were restored from the backup. Netra will now close; open "
                "it again and log in.\nSafety copy of the previous data: {copy}",
            ).format(copy=result.safety_copy),
        )
        box.finished.connect(lambda _r: QApplication.quit())

    def failed(exc: BaseException, tb: str) -> None:
        dialog.busy(False)
        dialog.message.setText(describe_error(exc, tb))

    def go() -> None:
        problem = dialog.problem()
        if problem:
            dialog.message.setText(problem)
            return
        path, phrase = Path(dialog.path.text()), dialog.passphrase.text()
        dialog.busy(True)
        # the result names its change: everything (Area.ALL), so every page reloads
        ui.tasks.run(lambda _h: backup.restore(app, path, phrase), done, failed)

    dialog.buttons.accepted.connect(go)
    open_dialogs(parent).remember("restore", dialog)
    dialog.show()
    return dialog


def describe_verify(result: VerifyReport) -> str:
    total = sum(result.checked.values())
    if result.ok:
        return QCoreApplication.translate(
            "tools", "The audit trail is intact: {n} records checked, none altered."
        ).format(n=total)
    first = result.problems[0].describe()
    return QCoreApplication.translate(
        "tools", "The audit trail is NOT intact: {bad} problem(s) in {n} records. First: {first}"
    ).format(bad=len(result.problems), n=total, first=first)


def verify_audit(parent: QWidget, ui: UiContext) -> None:
    app = ui.app

    def done(result: VerifyReport) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information if result.ok else QMessageBox.Icon.Warning,
            QCoreApplication.translate("tools", "Audit trail check"),
            describe_verify(result),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    ui.tasks.run(lambda _h: audit.verify(app), done, lambda exc, tb: report(parent, exc, tb))


def change_password_dialog(parent: QWidget, ui: UiContext) -> QDialog:
    if (existing := open_dialogs(parent).reuse("password")) is not None:
        return existing
    from desktop.ui.login import ChangePasswordDialog

    dialog = ChangePasswordDialog(ui, parent)
    open_dialogs(parent).remember("password", dialog)
    dialog.show()
    return dialog


def about_dialog(parent: QWidget, ui: UiContext, office: OfficeInfo) -> QDialog:
    if (existing := open_dialogs(parent).reuse("about")) is not None:
        return existing
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("tools", "About Netra"))
    lay = QHBoxLayout(dialog)
    logo = QLabel()
    logo.setPixmap(theme.svg_pixmap("netra.svg", 96, dialog.devicePixelRatioF()))
    logo.setAlignment(Qt.AlignmentFlag.AlignTop)
    lay.addWidget(logo)
    text = QVBoxLayout()
    title = QLabel(f"<h2>Netra {__version__}</h2>")
    text.addWidget(title)
    body = QLabel(
        QCoreApplication.translate(
            "tools",
            "Neutrality pacts, roster, violation reports and offline exchange for the civil "
            "service of Indonesian district offices.",
        )
        + "<br><br>"
        + QCoreApplication.translate("tools", "Office: {code} {name}").format(
            code=office.code, name=office.name
        )
        + "<br>"
        + QCoreApplication.translate("tools", "Office key fingerprint: {fp}").format(
            fp=office.fingerprint
        )
        + "<br>"
        + QCoreApplication.translate("tools", "Data folder: {path}").format(path=ui.app.data_dir)
        + "<br>"
        + f"Python {sys.version.split()[0]}"
    )
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text.addWidget(body)
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("tools", "Close")
    )
    close.rejected.connect(dialog.reject)
    text.addWidget(close)
    lay.addLayout(text, 1)
    dialog.setMinimumWidth(520)
    open_dialogs(parent).remember("about", dialog)
    dialog.show()
    return dialog
