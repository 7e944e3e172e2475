"""Administrasi: office settings, users, backups and the audit-trail check (admins only)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import ROLE_LABELS_ID, ROLES
from desktop.services import accounts, audit, office
from desktop.services.accounts import UserInfo
from desktop.services.audit import VerifyReport
from desktop.services.office import OfficeInfo
from desktop.services.setup_flow import ZONE_CHOICES
from desktop.ui import tools
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.pages import Page

AnyIndex = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    def __init__(self, zone: str = "Asia/Jayapura") -> None:
        super().__init__()
        self.rows: list[UserInfo] = []
        self.zone = zone
        self.headers = [
            self.tr("Username"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last login"),
        ]

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def _when(self, moment: datetime | None) -> str:
        return f"{moment.astimezone(ZoneInfo(self.zone)):%d-%m-%Y %H:%M}" if moment else "–"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        user = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return user.username
        if column == 1:
            return user.full_name
        if column == 2:
            return ROLE_LABELS_ID.get(user.role, user.role)
        if column == 3:
            if not user.active:
                return self.tr("inactive")
            if user.locked_until and user.locked_until > datetime.now(user.locked_until.tzinfo):
                return self.tr("locked until {time}").format(time=self._when(user.locked_until))
            return self.tr("active")
        return self._when(user.last_login_at)


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
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return
        app, password = self.ui.app, self.password.text()
        username = self.username.text().strip()
        if self.existing:

            def work(_h: object) -> object:
                accounts.change_password(app, username, None, password)
                return None
        else:
            name, role = self.full_name.text().strip(), str(self.role.currentData())

            def work(_h: object) -> object:
                return accounts.add_user(app, username, password, role, name)

        self.buttons.setEnabled(False)
        self.ui.tasks.run(work, self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.ui.bus.notify({"users"}, self)
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe_error(exc, tb))


class AdminPage(Page):
    key = "admin"
    permission = "users.manage"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 22, 28, 22)
        heading = QLabel(self.title())
        heading.setObjectName("pageTitle")
        lay.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._office_tab(), self.tr("Office"))
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._safety_tab(), self.tr("Backup and audit"))
        lay.addWidget(self.tabs, 1)
        ui.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Administration")

    # ------------------------------------------------------------------ office tab
    def _office_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        form = QFormLayout()
        self.identity = QLabel()
        self.identity.setObjectName("muted")
        self.name = QLineEdit()
        self.place = QLineEdit()
        self.zone = QComboBox()
        for zone, abbr in ZONE_CHOICES:
            self.zone.addItem(f"{abbr} ({zone})", zone)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("F4", "f4")
        self.letterhead = QPlainTextEdit()
        self.letterhead.setFixedHeight(100)
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("unchanged"))
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form.addRow(self.tr("Identity:"), self.identity)
        form.addRow(self.tr("Office name:"), self.name)
        form.addRow(self.tr("Place of signing:"), self.place)
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow(self.tr("Paper size:"), self.paper)
        form.addRow(self.tr("Letterhead lines:"), self.letterhead)
        form.addRow(self.tr("New logo:"), logo_row)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.office_message = QLabel()
        self.office_message.setWordWrap(True)
        save = QPushButton(self.tr("Save office settings"))
        save.setObjectName("primary")
        save.clicked.connect(self._save_office)
        row.addWidget(self.office_message, 1)
        row.addWidget(save)
        lay.addLayout(row)
        lay.addStretch(1)
        return tab

    def _browse_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)

    def _show_office(self, info: OfficeInfo) -> None:
        self.identity.setText(
            f"{info.code} · {info.kabupaten_code} {info.kabupaten_name} · "
            + (self.tr("kabupaten hub") if info.role == "hub" else self.tr("office"))
        )
        self.name.setText(info.name)
        self.place.setText(info.place)
        self.zone.setCurrentIndex(max(0, self.zone.findData(info.timezone)))
        self.paper.setCurrentIndex(max(0, self.paper.findData(info.paper)))
        self.letterhead.setPlainText("\n".join(info.letterhead))

    def _save_office(self) -> None:
        app = self.ui.app
        try:
            logo = Path(self.logo.text()).read_bytes() if self.logo.text().strip() else None
        except OSError as exc:
            self.office_message.setText(describe_error(exc))
            return
        name, place = self.name.text(), self.place.text()
        zone, paper = str(self.zone.currentData()), str(self.paper.currentData())
        lines = self.letterhead.toPlainText().splitlines()
        self.ui.tasks.run(
            lambda _h: office.update_settings(
                app,
                name=name,
                place=place,
                timezone=zone,
                paper=paper,
                letterhead=lines,
                logo=logo,
            ),
            self._office_saved,
            self._office_failed,
        )

    def _office_saved(self, info: OfficeInfo) -> None:
        self.logo.clear()
        self._show_office(info)
        self.office_message.setObjectName("ok")
        self.office_message.setStyleSheet("color: #1f7a46;")
        self.office_message.setText(self.tr("Office settings saved."))
        self.ui.bus.notify({"office"}, self)

    def _office_failed(self, exc: BaseException, tb: str) -> None:
        self.office_message.setStyleSheet("color: #b42318;")
        self.office_message.setText(describe_error(exc, tb))

    # ------------------------------------------------------------------ users tab
    def _users_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.users = UsersModel()
        self.table = QTableView()
        self.table.setModel(self.users)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add user..."))
        add.clicked.connect(lambda: UserDialog(self.ui, None, self).show())
        reset = QPushButton(self.tr("Reset password..."))
        reset.clicked.connect(self._reset)
        row.addWidget(add)
        row.addWidget(reset)
        row.addStretch(1)
        lay.addLayout(row)
        return tab

    def _reset(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            UserDialog(self.ui, self.users.rows[rows[0].row()].username, self).show()

    # ------------------------------------------------------------------ safety tab
    def _safety_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "Make a backup regularly and keep it on a separate flash disk. The audit trail "
                "check confirms that no record was altered or removed outside Netra."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.backup_folder = QLabel()
        self.backup_folder.setObjectName("muted")
        self.backup_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.backup_folder)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Create backup..."), lambda: tools.backup_dialog(self, self.ui)),
            (self.tr("Restore..."), lambda: tools.restore_dialog(self, self.ui)),
            (self.tr("Check the audit trail"), self._verify),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        lay.addWidget(self.verify_result)
        lay.addStretch(1)
        return tab

    def _verify(self) -> None:
        app = self.ui.app
        self.verify_result.setText(self.tr("Checking the audit trail..."))
        self.ui.tasks.run(
            lambda _h: audit.verify(app),
            self._verified,
            lambda exc, tb: self.verify_result.setText(describe_error(exc, tb)),
        )

    def _verified(self, result: VerifyReport) -> None:
        self.verify_result.setStyleSheet("color: #1f7a46;" if result.ok else "color: #b42318;")
        self.verify_result.setText(tools.describe_verify(result))

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        app = self.ui.app
        self.backup_folder.setText(self.tr("Backup folder: {path}").format(path=app.backup_dir))
        self.ui.tasks.run(
            lambda _h: (office.get_info(app), accounts.list_users(app)),
            self._loaded,
            lambda exc, tb: tools.report(self, exc, tb),
        )

    def _loaded(self, result: tuple[OfficeInfo, list[UserInfo]]) -> None:
        info, users = result
        self.users.zone = info.timezone
        self._show_office(info)
        self.users.set_rows(users)

    def _on_changed(self, areas: object, initiator: object) -> None:
        if isinstance(areas, set) and areas & {"users", "all"} and self.isVisible():
            self.activate()
