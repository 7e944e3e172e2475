"""Intake of a new violation report: source, reporter (or anonymous), the reported person
(from the roster or by name), the act, alleged codes and evidence files."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.services import cases
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import records as case_records
from desktop.services.office import office_today
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def name_buttons(buttons: QDialogButtonBox, accept: str, cancel: str) -> None:
    """Give the standard buttons our translated texts (Qt's own may be missing)."""
    for button in buttons.buttons():
        role = buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.AcceptRole:
            button.setText(accept)
        elif role == QDialogButtonBox.ButtonRole.RejectRole:
            button.setText(cancel)


def date_edit(ui: UiContext | None = None) -> QDateEdit:
    """A date field starting on today. With ``ui``, today is the office's date (read once
    through :func:`desktop.services.office.office_today`, its time zone: the laptop's clock
    may be set to another one, and a day received "today" must not be refused as in the
    future); the machine's date shows until it arrives, and a day the user picked meanwhile
    is kept."""
    start = QDate.currentDate()
    edit = QDateEdit(start)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    if ui is not None:
        app = ui.app
        # A refusal (no office yet) leaves the machine's date: the service checks the day anyway.
        ui.tasks.run(
            lambda _h: office_today(app),
            functools.partial(_start_on, edit, start),
            lambda _e, _tb: None,
        )
    return edit


def _start_on(edit: QDateEdit, start: QDate, today: date) -> None:
    """Move a date field from the machine's day to ``today`` unless the user picked one."""
    try:
        if edit.date() == start:
            edit.setDate(QDate(today.year, today.month, today.day))
    except RuntimeError:  # the dialog was closed before the answer came
        pass


def code_list(options: dict[str, Any], checked: list[str]) -> QListWidget:
    """A checkable list of violation codes with their acts."""
    box = QListWidget()
    for item in options.get("codes", []):
        row = QListWidgetItem(f"{item['code']} — {item['act']}")
        row.setData(Qt.ItemDataRole.UserRole, item["code"])
        row.setToolTip(f"{item['code']} — {item['act']}")
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(
            Qt.CheckState.Checked if item["code"] in checked else Qt.CheckState.Unchecked
        )
        box.addItem(row)
    return box


def checked_codes(box: QListWidget) -> list[str]:
    out = []
    for i in range(box.count()):
        item = box.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(str(item.data(Qt.ItemDataRole.UserRole)))
    return out


class CaseIntakeDialog(QDialog):
    """Modeless-friendly: emits ``created(change)`` (a ``cases.CaseChange``) after the
    report is saved."""

    created = Signal(object)

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def __init__(self, ui: UiContext, options: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(self.tr("New violation report"))
        self.setMinimumWidth(780)
        self.employee: dict[str, Any] | None = None
        self.files: list[Path] = []
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._search)

        form = QFormLayout()
        self.source = QComboBox()
        for key in workflow.SOURCES:
            self.source.addItem(self._source_label(key), key)
        form.addRow(self.tr("Source"), self.source)
        self.reporter = QLineEdit()
        self.anonymous = QCheckBox(self.tr("Anonymous reporter"))
        self.anonymous.toggled.connect(self.reporter.setDisabled)
        row = QHBoxLayout()
        row.addWidget(self.reporter, 1)
        row.addWidget(self.anonymous)
        form.addRow(self.tr("Reporter"), row)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Telephone or e-mail: kept private, never printed"))
        form.addRow(self.tr("Reporter contact"), self.contact)
        self.received = date_edit(ui)
        self.received.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Date received"), self.received)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or NIP to search the roster"))
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.matches = QComboBox()
        self.matches.activated.connect(self._pick)
        form.addRow(self.tr("Reported person"), self.search)
        form.addRow("", self.matches)
        self.picked = QLabel(self.tr("Not on the roster: the name below is kept as typed."))
        self.picked.setObjectName("muted")
        self.picked.setWordWrap(True)
        form.addRow("", self.picked)
        self.reported_name = QLineEdit()
        form.addRow(self.tr("Name (if not on the roster)"), self.reported_name)
        self.reported_unit = QLineEdit()
        form.addRow(self.tr("Work unit (if not on the roster)"), self.reported_unit)

        self.place = QLineEdit()
        form.addRow(self.tr("Place of the act"), self.place)
        self.act_date = date_edit(ui)
        self.act_date.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Date of the act"), self.act_date)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        form.addRow(self.tr("Description"), self.description)
        self.codes = code_list(options, [])
        self.codes.setFixedHeight(120)
        form.addRow(self.tr("Alleged violations"), self.codes)

        self.file_list = QListWidget()
        self.file_list.setFixedHeight(56)
        add_file = QPushButton(self.tr("Add file…"))
        add_file.clicked.connect(self._add_files)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addWidget(add_file, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Evidence (photos, PDF)"), files_row)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        name_buttons(buttons, self.tr("Save"), self.tr("Cancel"))
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def _source_label(self, key: str) -> str:
        return {
            "masyarakat": self.tr("Public"),
            "bawaslu": self.tr("Bawaslu"),
            "bkn": self.tr("BKN"),
            "internal": self.tr("Internal monitoring"),
            "media_sosial": self.tr("Social media"),
        }[key]

    # ------------------------------------------------------------------ roster search
    def _search(self) -> None:
        text = self.search.text()
        app = self.ui.app
        self.ui.tasks.run(
            lambda _h: cases.find_people(app, text),
            self._show_matches,
            self._error,
        )

    def _show_matches(self, people: list[dict[str, Any]]) -> None:
        self.matches.clear()
        self.matches.addItem(self.tr("— choose from {n} found —").format(n=len(people)), None)
        for p in people:
            self.matches.addItem(
                f"{p['name']} · {p['nip'] or '-'} · {p['category']} · {p['unit']}", p
            )

    def _pick(self, index: int) -> None:
        self.employee = self.matches.itemData(index)
        if self.employee:
            self.picked.setText(
                self.tr("From the roster: {name} ({category}, {unit})").format(
                    name=self.employee["name"],
                    category=self.employee["category"],
                    unit=self.employee["unit"],
                )
            )
            self.reported_name.setText(self.employee["name"])
            self.reported_name.setEnabled(False)
            self.reported_unit.setEnabled(False)
        else:
            self.reported_name.setEnabled(True)
            self.reported_unit.setEnabled(True)

    # ------------------------------------------------------------------ files
    def _add_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Evidence files"),
            "",
            self.tr("Photos and PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)"),
        )
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        try:
            case_evidence.check_file(path.name, path.read_bytes())
        except Exception as exc:
            show_error(self, exc)
            return
        self.files.append(path)
        self.file_list.addItem(path.name)

    # ------------------------------------------------------------------ save
    def intake(self) -> cases.Intake:
        emp = self.employee
        return cases.Intake(
            source=str(self.source.currentData()),
            received=to_date(self.received.date()),
            description=self.description.toPlainText(),
            reporter_name=self.reporter.text(),
            reporter_contact=self.contact.text(),
            anonymous=self.anonymous.isChecked(),
            employee_id=emp["id"] if emp else None,
            reported_name="" if emp else self.reported_name.text(),
            reported_unit="" if emp else self.reported_unit.text(),
            act_place=self.place.text(),
            act_date=to_date(self.act_date.date()),
            alleged_codes=checked_codes(self.codes),
        )

    def _save(self) -> None:
        intake = self.intake()
        files = list(self.files)
        app = self.ui.app
        self.save_button.setEnabled(False)
        self.ui.tasks.run(
            lambda _h: cases.new_case(app, intake, files=files),
            self._saved,
            self._failed,
            initiator=self,  # the CaseChange names what changed (cases)
        )

    def _saved(self, change: case_records.CaseChange) -> None:
        self.created.emit(change)
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc, tb)
