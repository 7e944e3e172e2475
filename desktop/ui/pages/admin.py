"""Administrasi: office settings, users, backups and the audit-trail check (admins only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_view import FollowUpSetting
from desktop.services import accounts, audit, cases, office
from desktop.services.accounts import UserInfo
from desktop.services.audit import VerifyReport
from desktop.services.cases import exam as case_exam
from desktop.services.changes import Area, Changes
from desktop.services.office import OfficeInfo
from desktop.services.setup_flow import ZONE_CHOICES
from desktop.ui import tools
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.pages import Page
from desktop.ui.users import UserDialog, UsersModel


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
        lay.addWidget(self._follow_up_box())
        lay.addStretch(1)
        return tab

    def _follow_up_box(self) -> QWidget:
        """The PPK's follow-up deadline after a BKN recommendation (a setting; the rulebook's
        period when none is set), with the rulebook's UNCONFIRMED note."""
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 12, 0, 0)
        self.follow_days = QSpinBox()
        self.follow_days.setRange(1, 365)
        self.follow_days.setSuffix(self.tr(" days"))
        self.follow_rulebook = QCheckBox(self.tr("as the rulebook says"))
        self.follow_rulebook.toggled.connect(lambda on: self.follow_days.setEnabled(not on))
        apply = QPushButton(self.tr("Save deadline"))
        apply.clicked.connect(self._save_follow_up)
        row = QHBoxLayout()
        row.addWidget(self.follow_days)
        row.addWidget(self.follow_rulebook)
        row.addStretch(1)
        row.addWidget(apply)
        self.follow_note = QLabel()
        self.follow_note.setWordWrap(True)
        self.follow_note.setObjectName("muted")
        form.addRow(self.tr("PPK follow-up deadline after a BKN recommendation:"), row)
        form.addRow("", self.follow_note)
        return box

    def _show_follow_up(self, setting: FollowUpSetting) -> None:
        self.follow_days.setValue(setting.days)
        self.follow_rulebook.setChecked(not setting.from_setting)
        counting = (
            self.tr("working days") if setting.counting == "working" else self.tr("calendar days")
        )
        notes = [self.tr("Counted in {counting}.").format(counting=counting)]
        notes += setting.warnings
        self.follow_note.setText("\n".join(notes))

    def _save_follow_up(self) -> None:
        app = self.ui.app
        days = None if self.follow_rulebook.isChecked() else self.follow_days.value()

        self.ui.tasks.run(
            lambda _h: case_exam.set_follow_up_days(app, days),  # names what it changed
            self._show_follow_up,
            lambda exc, tb: tools.report(self, exc, tb),
            initiator=self,
        )

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
            initiator=self,
        )

    def _office_saved(self, info: OfficeInfo) -> None:
        self.logo.clear()
        self._show_office(info)
        self.office_message.setObjectName("ok")
        self.office_message.setStyleSheet("color: #1f7a46;")
        self.office_message.setText(self.tr("Office settings saved."))

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
            lambda _h: (
                office.get_info(app),
                accounts.list_users(app),
                cases.follow_up_setting(app),
            ),
            self._loaded,
            lambda exc, tb: tools.report(self, exc, tb),
        )

    def _loaded(self, result: tuple[OfficeInfo, list[UserInfo], FollowUpSetting]) -> None:
        info, users, follow_up = result
        self.users.zone = info.timezone
        self._show_office(info)
        self.users.set_rows(users)
        self._show_follow_up(follow_up)

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        if areas.touches({Area.USERS}) and self.isVisible():
            self.activate()
