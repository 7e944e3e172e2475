"""Roster dialogs: add/edit an employee (live NIP check), transfer, deactivate.

The dialogs are modeless-friendly: they run the service off the GUI thread and emit ``saved``
on success; the NIP reason shown under the field comes straight from ``domain.nip`` (Indonesian).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import golongan as gol
from desktop.domain import nip as nipmod
from desktop.domain import roster as r
from desktop.services import roster
from desktop.services.roster import EmployeeDetail, EmployeeInput, EmployeeRow, UnitInfo
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.forms import form_with_ok_cancel

NO_DATE = QDate(1900, 1, 1)


def nip_feedback(text: str, category: str) -> tuple[bool, str]:
    """(ok, Indonesian explanation) for the NIP field as typed (pure; tested without Qt)."""
    if not nipmod.normalize(text):
        if category == "NON_ASN":
            return True, "Non-ASN tidak memiliki NIP."
        return False, f"Pegawai {category} wajib memiliki NIP."
    result = nipmod.parse(text)
    if result.error is not None:
        return False, result.error.message
    info = result.info
    assert info is not None
    kind = "NI PPPK" if info.kind == "PPPK" else "NIP PNS"
    tmt = f"{info.tmt:%Y}" if info.kind == "PPPK" else f"{info.tmt:%m/%Y}"
    parts = [
        f"{kind} sah: lahir {info.birth_date:%d-%m-%Y}",
        f"TMT {tmt}",
        "laki-laki" if info.sex == "L" else "perempuan",
        f"nomor urut {info.serial:03d}",
    ]
    warnings = [w.message for w in result.warnings]
    if (info.kind == "PPPK") != (category == "PPPK") or category == "NON_ASN":
        warnings.append(f"NIP ini {info.kind}, bukan {category}.")
        return False, ", ".join(parts) + ". " + " ".join(warnings)
    return True, ", ".join(parts) + (". " + " ".join(warnings) if warnings else ".")


def unit_label(unit: UnitInfo) -> str:
    return f"{unit.name} ({unit.code})"


class EmployeeDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        ui: UiContext,
        units: list[UnitInfo],
        detail: EmployeeDetail | None = None,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.detail = detail
        self.setWindowTitle(self.tr("Edit employee") if detail else self.tr("Add employee"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name with academic titles, as written"))
        self.category = QComboBox()
        for code in r.CATEGORIES:
            self.category.addItem(r.CATEGORY_LABELS[code], code)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("19860926 201505 1 001")
        self.nip_hint = QLabel()
        self.nip_hint.setWordWrap(True)
        self._owner_checked: str | None = None  # the NIP whose owner is known (digits)
        self._owner: EmployeeRow | None = None
        self.golongan = QComboBox()
        self.golongan.setEditable(True)
        self.golongan.addItem("", None)
        for g in gol.PNS_GOLONGAN:
            self.golongan.addItem(f"{g} – {gol.pangkat(g)}", g)
        for g in gol.PPPK_GOLONGAN:
            self.golongan.addItem(self.tr("{g} (PPPK)").format(g=g), g)
        self.jabatan = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItem("", None)
        for kind in r.JABATAN_KINDS:
            self.kind.addItem(kind.capitalize(), kind)
        self.unit = QComboBox()
        for u in units:
            self.unit.addItem(unit_label(u), u.id)
        self.birth = QDateEdit()
        self.birth.setDisplayFormat("dd-MM-yyyy")
        self.birth.setCalendarPopup(True)
        self.birth.setMinimumDate(NO_DATE)
        self.birth.setSpecialValueText(self.tr("(unknown)"))
        self.birth.setDate(NO_DATE)
        self.sex = QComboBox()
        self.sex.addItem("", None)
        self.sex.addItem(self.tr("Male"), "L")
        self.sex.addItem(self.tr("Female"), "P")
        self.nik = QLineEdit()
        self.nik.setMaxLength(16)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("NIP / NI PPPK"), self.nip)
        form.addRow("", self.nip_hint)
        form.addRow(self.tr("Golongan"), self.golongan)
        form.addRow(self.tr("Position"), self.jabatan)
        form.addRow(self.tr("Kind of position"), self.kind)
        form.addRow(self.tr("Work unit"), self.unit)
        form.addRow(self.tr("Date of birth"), self.birth)
        form.addRow(self.tr("Sex"), self.sex)
        form.addRow(self.tr("NIK"), self.nik)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.nip.textChanged.connect(self.check_nip)
        self.category.currentIndexChanged.connect(self.check_nip)
        if detail:
            self._fill(detail)
        elif unit_id:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        self.check_nip()

    def _fill(self, detail: EmployeeDetail) -> None:
        d = detail.data
        self.name.setText(d.name)
        self.category.setCurrentIndex(max(0, self.category.findData(d.category)))
        self.nip.setText(nipmod.format_nip(d.nip) if d.nip else "")
        self.golongan.setCurrentIndex(max(0, self.golongan.findData(d.golongan)))
        self.jabatan.setText(d.jabatan)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.jabatan_kind)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(d.unit_id)))
        if d.birth_date:
            self.birth.setDate(QDate(d.birth_date.year, d.birth_date.month, d.birth_date.day))
        self.sex.setCurrentIndex(max(0, self.sex.findData(d.sex)))
        self.nik.setText(d.nik or "")
        self.notes.setPlainText(d.notes)

    def check_nip(self) -> bool:
        ok, text = nip_feedback(self.nip.text(), str(self.category.currentData()))
        digits = nipmod.normalize(self.nip.text())
        if ok and digits:
            if self._owner_checked != digits:  # ask whose NIP it is; Save waits for it
                self._ask_owner(digits)
                ok = False
                text = self.tr("Checking that no one else has this NIP…")
            elif self._owner is not None:
                ok = False
                owner = self._owner
                text = self.tr(
                    "This NIP already belongs to {name} ({unit}{status}). "
                    "Check the number; one NIP belongs to one person."
                ).format(
                    name=owner.name,
                    unit=owner.unit_name,
                    status="" if owner.active else self.tr(", inactive"),
                )
        self.nip_hint.setText(text)
        self.nip_hint.setStyleSheet("color: #1a7f37;" if ok else "color: #b42318;")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(ok)
        return ok

    def _ask_owner(self, digits: str) -> None:
        app, own_id = self.ui.app, self.detail.id if self.detail else None

        def done(owner: EmployeeRow | None) -> None:
            if nipmod.normalize(self.nip.text()) != digits:
                return  # typed on since: that NIP is checked in its turn
            self._owner_checked, self._owner = digits, owner
            self.check_nip()

        self.ui.tasks.run(
            lambda _h: roster.nip_owner(app, digits, own_id), done, self._owner_failed
        )

    def _owner_failed(self, exc: BaseException, tb: str) -> None:
        self._owner_checked, self._owner = None, None
        show_error(self, exc, tb)

    def value(self) -> EmployeeInput:
        birth = self.birth.date()
        golongan = self.golongan.currentData()
        typed = self.golongan.currentText().split("–")[0].split("(")[0].strip()
        if golongan is None or (typed and gol.normalize(typed) != golongan):
            golongan = typed or None
        return EmployeeInput(
            name=self.name.text(),
            unit_id=str(self.unit.currentData()),
            category=str(self.category.currentData()),
            nip=self.nip.text() or None,
            golongan=golongan,
            jabatan=self.jabatan.text(),
            jabatan_kind=self.kind.currentData(),
            birth_date=None if birth == NO_DATE else date(birth.year(), birth.month(), birth.day()),
            sex=self.sex.currentData(),
            nik=self.nik.text().strip() or None,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        data = self.value()
        app = self.ui.app
        detail = self.detail
        self.buttons.setEnabled(False)

        def work(_h: object) -> roster.RosterSaved:
            if detail is None:
                return roster.add_employee(app, data)
            return roster.edit_employee(app, detail.id, data)

        # the result names its own changes (the roster); the runner tells the pages
        self.ui.tasks.run(work, self._saved, self._failed, initiator=self)

    def _saved(self, result: roster.RosterSaved) -> None:
        self.saved.emit(result.id)
        self.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc, tb)


class TransferDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        ui: UiContext,
        units: list[UnitInfo],
        employee_id: str,
        name: str,
        parent: QWidget | None = None,
        current_unit_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("Transfer to another unit"))
        form = QFormLayout()
        form.addRow(self.tr("Employee"), QLabel(name))
        current = next((u for u in units if u.id == current_unit_id), None)
        self.current = QLabel(unit_label(current) if current else self.tr("(unknown)"))
        self.current.setWordWrap(True)
        form.addRow(self.tr("Current work unit"), self.current)
        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(40)
        for u in units:
            if u.id != current_unit_id:  # moving a person to where they are is no transfer
                self.unit.addItem(unit_label(u), u.id)
                self.unit.setItemData(
                    self.unit.count() - 1, unit_label(u), Qt.ItemDataRole.ToolTipRole
                )
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. number of the decree (SK)"))
        form.addRow(self.tr("New work unit"), self.unit)
        form.addRow(self.tr("Note"), self.note)
        form_with_ok_cancel(self, form, self.save)

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def save(self) -> None:
        app, emp, unit, note = self.ui.app, self.employee_id, self.unit.currentData(), self.note
        text = note.text()
        self.ui.tasks.run(
            lambda _h: roster.transfer(app, emp, str(unit), text),
            lambda _r: self._done(),
            self._error,
            initiator=self,
        )

    def _done(self) -> None:
        self.saved.emit(self.employee_id)
        self.accept()


class DeactivateDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self, ui: UiContext, employee_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.employee_id = employee_id
        self.setWindowTitle(self.tr("Deactivate employee"))
        form = QFormLayout()
        form.addRow(self.tr("Employee"), QLabel(name))
        self.reason = QComboBox()
        for code in r.INACTIVE_REASONS:
            self.reason.addItem(r.INACTIVE_LABELS[code], code)
        self.note = QLineEdit()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        form_with_ok_cancel(self, form, self.save)

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def save(self) -> None:
        app, emp = self.ui.app, self.employee_id
        reason, text = str(self.reason.currentData()), self.note.text()
        self.ui.tasks.run(
            lambda _h: roster.deactivate(app, emp, reason, text),
            lambda _r: self._done(),
            self._error,
            initiator=self,
        )

    def _done(self) -> None:
        self.saved.emit(self.employee_id)
        self.accept()
