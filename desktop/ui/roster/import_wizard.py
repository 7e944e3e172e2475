"""Import wizard: choose file → column mapping → preview with problems → commit → summary.

All reading, parsing and writing runs through ``services.roster.importer`` off the GUI thread.
The preview is a dry run (nothing stored); the commit is one transaction with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain import roster as r
from desktop.domain.errors import NetraError
from desktop.domain.nip import excel_digits
from desktop.domain.roster_rows import cell_text
from desktop.fileio import write_verified
from desktop.services.office import office_today
from desktop.services.roster import UnitInfo
from desktop.services.roster import importer as roster_import
from desktop.services.roster.importer import FieldChange, ImportPreview, ImportResult
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.rows_model import Column, RowsModel

AnyIndex = QModelIndex | QPersistentModelIndex
REJECTED_BG = QColor("#fde8e7")
WARNING_BG = QColor("#fff4d6")
SKIPPED_BG = QColor("#ececec")
UPDATE_BG = QColor("#e6f0fb")  # a person whose stored data this import changes
KEPT_BG = QColor("#efe7fb")  # a person whose changes made in Netra the import keeps
_ORDER = {"rejected": 0, "kept": 1, "warning": 2, "update": 3, "skipped": 4, "ok": 5}
PREVIEW_ROWS = 2000  # rows shown in the preview table (all rows are checked)


class PreviewRow(NamedTuple):
    """One data row of the sheet in the preview."""

    number: int  # the spreadsheet's row number
    cells: list[Any]
    state: str  # ok, warning, rejected, skipped, update, kept
    message: str


_STATE_BG = {
    "rejected": REJECTED_BG,
    "warning": WARNING_BG,
    "skipped": SKIPPED_BG,
    "update": UPDATE_BG,
    "kept": KEPT_BG,
}


def _sheet_cell(cell: int) -> Callable[[PreviewRow], str]:
    """The getter of the sheet's column ``cell``, as the preview shows it."""

    def text(row: PreviewRow) -> str:
        if cell >= len(row.cells):
            return ""
        value = row.cells[cell]
        if isinstance(value, float) and abs(value) >= 1e15:
            return excel_digits(value)  # what Excel shows for a NIP stored as a number
        return cell_text(value)

    return text


class PreviewModel(RowsModel[PreviewRow]):
    """The sheet's data rows with their spreadsheet row number and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent=parent,
            background=lambda row: _STATE_BG.get(row.state),
            tooltip=lambda row: row.message or None,
        )

    def _state_label(self, state: str) -> str:
        return {
            "ok": self.tr("OK"),
            "warning": self.tr("Warning"),
            "rejected": self.tr("Rejected"),
            "skipped": self.tr("Skipped"),
            "update": self.tr("Update"),
            "kept": self.tr("Netra's value kept"),
        }[state]

    def set_preview(self, preview: ImportPreview, result: ImportResult | None = None) -> None:
        status = preview.status_by_row()
        if result is not None:  # what the import does to the stored person, row by row
            updates: dict[int, list[str]] = {}
            for change in result.field_changes:
                updates.setdefault(change.row, []).append(field_label(change.field))
            for number, fields in updates.items():
                if status.get(number, ("ok", ""))[0] == "ok":
                    status[number] = (
                        "update",
                        self.tr("Changes: {fields}").format(fields=", ".join(fields)),
                    )
            kept: dict[int, list[str]] = {}
            for change in result.kept_local:
                kept.setdefault(change.row, []).append(field_label(change.field))
            for number, fields in kept.items():
                if status.get(number, ("ok", ""))[0] in ("ok", "update"):
                    status[number] = (
                        "kept",
                        self.tr("Changed in Netra, kept: {fields}").format(
                            fields=", ".join(fields)
                        ),
                    )
        blank = set(preview.skipped) - {i.row for i in preview.set_aside}
        rows: list[PreviewRow] = []
        for index in range(preview.data_start, len(preview.cells)):
            number = index + 1
            if number in blank:
                continue
            state, message = status.get(number, ("ok", ""))
            rows.append(PreviewRow(number, preview.cells[index], state, message))
            if len(rows) >= PREVIEW_ROWS:
                break
        rows.sort(key=lambda row: (_ORDER[row.state], row.number))
        columns: list[Column[PreviewRow]] = [
            Column(self.tr("Row"), lambda row: str(row.number)),
            Column(self.tr("Status"), lambda row: self._state_label(row.state)),
            Column(self.tr("Reason"), lambda row: row.message),
        ]
        columns += [
            Column(header, _sheet_cell(cell)) for cell, header in enumerate(preview.headers)
        ]
        self.set_rows(rows, columns)


def field_label(field: str) -> str:
    """An employee field's name in the interface language."""
    labels = {
        "name": QCoreApplication.translate("roster_import", "Name"),
        "category": QCoreApplication.translate("roster_import", "Category"),
        "golongan": QCoreApplication.translate("roster_import", "Golongan"),
        "jabatan": QCoreApplication.translate("roster_import", "Position"),
        "jabatan_kind": QCoreApplication.translate("roster_import", "Kind of position"),
        "unit_id": QCoreApplication.translate("roster_import", "Work unit"),
        "birth_date": QCoreApplication.translate("roster_import", "Date of birth"),
        "sex": QCoreApplication.translate("roster_import", "Sex"),
        "nik": QCoreApplication.translate("roster_import", "NIK"),
        "active": QCoreApplication.translate("roster_import", "Status"),
    }
    return labels.get(field, field)


def value_text(change: FieldChange, side: str) -> str:
    """The local or sheet value of a change as the interface shows it."""
    if change.field == "active":
        active = change.local if side == "local" else change.sheet
        if active:
            return QCoreApplication.translate("roster_import", "Active")
        text = change.local_text if side == "local" else change.sheet_text
        reason = text.partition("(")[2].rstrip(")")
        if reason:
            return QCoreApplication.translate("roster_import", "Inactive ({reason})").format(
                reason=reason
            )
        return QCoreApplication.translate("roster_import", "Inactive")
    return change.local_text if side == "local" else change.sheet_text


class ChangeRow(NamedTuple):
    """One field of one person in the changes table."""

    change: FieldChange
    kept: bool  # changed in Netra after the last import: Netra's value is kept


class ChangesModel(RowsModel[ChangeRow]):
    """Per person and field: what the import changes, and what it keeps because it was
    changed in Netra after the sheet was imported. The last column chooses, per sheet row,
    to take the sheet's values instead (checking one field of a row checks the row)."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent=parent,
            background=lambda row: KEPT_BG if row.kept else UPDATE_BG,
            tooltip=self._edit_tooltip,
        )
        self.set_columns(
            (
                Column(self.tr("Row"), lambda row: str(row.change.row)),
                Column(self.tr("Name"), lambda row: row.change.name, tooltip=_name),
                Column(self.tr("NIP"), lambda row: row.change.nip or ""),
                Column(self.tr("Field"), lambda row: field_label(row.change.field)),
                Column(self.tr("In Netra"), _local, tooltip=_local),
                Column(self.tr("In the sheet"), _sheet, tooltip=_sheet),
                Column(self.tr("Take from sheet"), self._choice),
            )
        )
        assert len(self.columns) == self.COLUMNS
        self.take: set[int] = set()  # sheet rows whose kept values take the sheet's
        self.take_all = False

    def _choice(self, row: ChangeRow) -> str | None:
        if row.kept:
            return None  # a check box says it
        if row.change.app_edit is not None:
            return self.tr("Sheet's value (chosen)")
        return self.tr("Sheet's value")

    def _edit_tooltip(self, row: ChangeRow) -> str | None:
        edit = row.change.app_edit
        if not row.kept or edit is None:
            return None
        action = {
            "add": self.tr("added"),
            "edit": self.tr("edited"),
            "transfer": self.tr("transfer"),
            "deactivate": self.tr("deactivated"),
            "reactivate": self.tr("reactivated"),
        }.get(edit.action, edit.action)
        return self.tr("Changed in Netra ({action}) on {at} by {user}").format(
            action=action, at=edit.at_text, user=edit.actor
        )

    def set_result(self, result: ImportResult) -> None:
        kept = sorted(result.kept_local, key=lambda c: (c.row, c.field))
        changed = sorted(result.field_changes, key=lambda c: (c.row, c.field))
        self.take = set()
        self.take_all = False
        self.set_rows(
            [ChangeRow(c, True) for c in kept]
            + [ChangeRow(c, False) for c in changed[:PREVIEW_ROWS]]
        )

    def kept_rows(self) -> set[int]:
        return {row.change.row for row in self.rows if row.kept}

    def set_take_all(self, on: bool) -> None:
        self.take_all = on
        self._refresh_choice()

    def _refresh_choice(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.COLUMNS - 1), self.index(len(self.rows) - 1, self.COLUMNS - 1)
            )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():  # the table itself: nothing (the model tester's rule)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.row_at(index.row())
        choice = index.column() == self.COLUMNS - 1
        if row is not None and choice and row.kept and not self.take_all:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def cell(self, row: ChangeRow, column: Column[ChangeRow], role: int) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and column is self.columns[self.COLUMNS - 1]
            and row.kept
        ):
            on = self.take_all or row.change.row in self.take
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        return super().cell(row, column, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COLUMNS - 1:
            return False
        row = self.row_at(index.row())
        if row is None or not row.kept:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.take.add(row.change.row)
        else:
            self.take.discard(row.change.row)
        self._refresh_choice()  # every field of the same sheet row follows
        return True


def _name(row: ChangeRow) -> str:
    return row.change.name


def _local(row: ChangeRow) -> str:
    return value_text(row.change, "local")


def _sheet(row: ChangeRow) -> str:
    return value_text(row.change, "sheet")


class FilePage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "Excel (.xlsx, .xls), OpenDocument (.ods) or CSV, as exported "
                "by SIASN/SIMPEG or typed by hand."
            )
        )
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(the office itself)"), None)
        for u in wizard.units:
            self.unit.addItem(f"{u.name} ({u.code})", u.code)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Unit for rows without one"), self.unit)
        form.addRow(self.info)
        self.path.editingFinished.connect(lambda: self.load(None))
        self.sheet.activated.connect(lambda _i: self.load(self.sheet.currentText()))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the spreadsheet"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)"),
        )
        if path:
            self.path.setText(path)
            self.load(None)

    def load(self, sheet: str | None) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self.w.preview = None
        self.info.setText(self.tr("Reading…"))
        self.completeChanged.emit()
        self.w.ui.tasks.run(
            lambda _h: roster_import.read(Path(path), sheet), self._loaded, self._failed
        )

    def _loaded(self, preview: ImportPreview) -> None:
        self.w.preview = preview
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(preview.sheet_names)
        self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.info.setText(
            self.tr("Header found on row {row}; {n} columns recognised.").format(
                row=preview.header_row, n=len(preview.mapping)
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        details = exc.details if isinstance(exc, NetraError) else {}
        if details.get("sheets"):  # no header on the sheet read: let the user pick another one
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.addItems([str(name) for name in details["sheets"]])
            self.sheet.setCurrentText(str(details.get("sheet", "")))
            self.sheet.blockSignals(False)
        self.info.setText(show_error(self, exc, tb))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.preview is not None


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Netra recognised these columns. Correct any that are wrong; a NAMA column "
                "(or one holding name and NIP together) is required."
            )
        )
        self.grid = QGridLayout(self)
        self.combos: dict[str, QComboBox] = {}
        for i, field in enumerate(f for f in r.FIELDS if f != "no"):
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.combos[field] = combo
            self.grid.addWidget(QLabel(r.FIELD_LABELS[field]), i % 8, (i // 8) * 2)
            self.grid.addWidget(combo, i % 8, (i // 8) * 2 + 1)

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not used —"), None)
            for col, header in enumerate(preview.headers):
                label = header or self.tr("(column {n})").format(n=col + 1)
                combo.addItem(f"{_column_letter(col)}: {label}", col)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(field))))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, int]:
        return {
            f: int(c.currentData()) for f, c in self.combos.items() if c.currentData() is not None
        }

    def isComplete(self) -> bool:
        return r.has_name(self.mapping())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Nothing has been stored yet. Rejected rows are red, rows with "
                "warnings yellow, total rows and repeated headers that will not be imported "
                "grey; hover over a row to read why."
            )
        )
        self.summary = QLabel(self.tr("Checking…"))
        self.summary.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.changes = ChangesModel(self)
        self.changes_table = QTableView()
        self.changes_table.setModel(self.changes)
        self.changes_table.verticalHeader().hide()
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.setWordWrap(False)
        self.changes_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.changes_table.horizontalHeader().setStretchLastSection(True)
        self.take_all = QCheckBox(
            self.tr("Take the sheet's values for everything changed in Netra (all rows)")
        )
        self.take_all.toggled.connect(self._take_all)
        self.changes.dataChanged.connect(lambda *_a: self._choice_changed())
        changes_box = QWidget()
        changes_lay = QVBoxLayout(changes_box)
        changes_lay.setContentsMargins(0, 0, 0, 0)
        self.changes_note = QLabel()
        self.changes_note.setWordWrap(True)
        changes_lay.addWidget(self.changes_note)
        changes_lay.addWidget(self.changes_table, 1)
        changes_lay.addWidget(self.take_all)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Sheet rows"))
        self.tabs.addTab(changes_box, self.tr("Changes"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        self.result: ImportResult | None = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        self.result = None
        self.summary.setText(self.tr("Checking…"))
        mapping = self.w.mapping_page.mapping()
        unit_code = self.w.file_page.unit.currentData()
        app = self.w.ui.app

        def work(_h: object) -> tuple[ImportPreview, ImportResult]:
            parsed = roster_import.parse(preview, mapping, office_today(app))
            return parsed, roster_import.run(app, parsed, unit_code=unit_code, dry_run=True)

        self.w.ui.tasks.run(work, self._checked, self._failed)
        self.completeChanged.emit()

    def _checked(self, checked: tuple[ImportPreview, ImportResult]) -> None:
        preview, result = checked
        self.w.preview = preview
        self.result = result
        self.model.set_preview(preview, result)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 340))  # reasons are long
        self.take_all.blockSignals(True)
        self.take_all.setChecked(False)
        self.take_all.blockSignals(False)
        self.take_all.setVisible(bool(result.kept_local))
        self.changes.set_result(result)
        self.changes_table.resizeColumnsToContents()
        for column, most in ((1, 210), (4, 190), (5, 190)):
            self.changes_table.setColumnWidth(
                column, min(self.changes_table.columnWidth(column), most)
            )
        self.tabs.setTabText(
            1, self.tr("Changes ({n})").format(n=len(result.field_changes) + len(result.kept_local))
        )
        if result.kept_local:
            self.changes_note.setText(
                self.tr(
                    "{n} values were changed in Netra (a transfer, a deactivation or an edit) "
                    "after the sheet was imported; they are kept unless you tick "
                    '"Take from sheet" for a row, or for all rows below.'
                ).format(n=len(result.kept_local))
            )
            self.tabs.setCurrentIndex(1)
        else:
            self.changes_note.setText(self.tr("Blue rows: values this import changes."))
            self.tabs.setCurrentIndex(0)
        self._show_summary()
        self.completeChanged.emit()

    def _take_all(self, on: bool) -> None:
        self.changes.set_take_all(on)

    def _choice_changed(self) -> None:
        if self.result is not None:
            self._show_summary()
            self.completeChanged.emit()

    def taken_rows(self) -> set[int]:
        """Sheet rows whose values changed in Netra the user chose to replace."""
        return self.changes.kept_rows() if self.take_all.isChecked() else set(self.changes.take)

    def _show_summary(self) -> None:
        result = self.result
        assert result is not None
        units = ", ".join(u["name"] for u in result.units_created) or "-"
        taken = self.taken_rows()
        kept = len({c.row for c in result.kept_local} - taken)
        text = self.tr(
            "New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w}"
            " · skipped: {k}\nNew work units: {units}"
        ).format(
            c=result.created,
            u=result.updated + len(taken),
            s=result.unchanged - len(taken),
            x=len(result.rejected),
            w=len(result.warnings),
            k=len(result.skipped),
            units=units,
        )
        if result.kept_local:
            text += "\n" + self.tr(
                "Changes made in Netra kept for {p} people; the sheet's values taken for {t}."
            ).format(p=kept, t=len(taken))
        if result.previous_import:
            text += "\n" + self.tr("This file was already imported on {at}.").format(
                at=result.previous_import["at_local"]
            )
        if result.created + result.updated + len(taken) == 0:
            if result.kept_local:
                text += "\n" + self.tr(
                    "Nothing to store unless you take the sheet's value for a row (tab Changes)."
                )
            else:
                text += "\n" + self.tr("Nothing to store: the roster already matches this file.")
        self.summary.setText(text)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.summary.setText(show_error(self, exc, tb))

    def isComplete(self) -> bool:
        if self.result is None:
            return False
        return self.result.created + self.result.updated + len(self.taken_rows()) > 0


class CommitPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.bar = QProgressBar()
        self.label = QLabel(self.tr("Storing in one transaction…"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addStretch(1)

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        self.w.outcome = None
        self.bar.setRange(0, 0)
        app = self.w.ui.app
        taken = self.w.preview_page.taken_rows()
        unit_code = self.w.file_page.unit.currentData()

        def work(handle: Any) -> ImportResult:
            return roster_import.run(
                app,
                preview,
                unit_code=unit_code,
                progress=lambda done, total: handle.progressed.emit(done, total),
                take_rows=taken,
            )

        self.w.ui.tasks.run(work, self._done, self._failed, self._progress, initiator=self.w)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.w.outcome = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(self.tr("Done."))
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.label.setText(
            self.tr("Nothing was stored: {msg}").format(msg=show_error(self, exc, tb))
        )

    def isComplete(self) -> bool:
        return self.w.outcome is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Summary"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        save = QPushButton(self.tr("Save summary…"))
        save.clicked.connect(self.save)
        lay = QVBoxLayout(self)
        lay.addWidget(self.text, 1)
        lay.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)

    def initializePage(self) -> None:
        result = self.w.outcome
        if result is not None:
            self.text.setPlainText(summary_text(result, Path(self.w.file_page.path.text()).name))

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary"), "ringkasan-impor.txt", self.tr("Text (*.txt)")
        )
        if path:
            try:  # a stick that is full or pulled out: the reason in Indonesian, no half file
                write_verified(Path(path), self.text.toPlainText().encode("utf-8"))
            except NetraError as exc:
                show_error(self, exc)


def summary_text(result: ImportResult, file_name: str) -> str:
    """The import summary in Indonesian (saved by the user for the kabupaten)."""
    lines = [
        f"Impor daftar pegawai dari {file_name} (lembar '{result.sheet}', judul kolom baris "
        f"{result.header_row})",
        f"Baru: {result.created}",
        f"Diperbarui: {result.updated}",
        f"Tidak berubah: {result.unchanged}",
        f"Ditolak: {len(result.rejected)}",
        f"Peringatan: {len(result.warnings)}",
    ]
    if result.units_created:
        lines.append(
            "Unit kerja baru: "
            + ", ".join(f"{u['name']} ({u['code']})" for u in result.units_created)
        )
    if result.rejected:
        lines += ["", "BARIS DITOLAK (perbaiki di lembar kerja lalu impor ulang):"]
        lines += [f"  baris {i.row}  {i.nip or '-'}  {i.message}" for i in result.rejected]
    if result.field_changes:
        lines += ["", "DIPERBARUI:"]
        lines += [
            f"  baris {c.row}  {c.nip or c.name}  {r.COLUMN_LABELS[c.field]}: "
            f"{c.local_text or '-'} -> {c.sheet_text}"
            + (" (menggantikan perubahan di Netra)" if c.app_edit else "")
            for c in result.field_changes
        ]
    if result.kept_local:
        lines += ["", "PERUBAHAN DI NETRA YANG DIPERTAHANKAN (lembar kerja tidak dipakai):"]
        lines += [
            f"  baris {c.row}  {c.nip or c.name}  {r.COLUMN_LABELS[c.field]}: "
            f"{c.local_text} (lembar kerja: {c.sheet_text})"
            for c in result.kept_local
        ]
    if result.warnings:
        lines += ["", "PERINGATAN:"]
        lines += [f"  baris {i.row}  {i.nip or '-'}  {i.message}" for i in result.warnings]
    if result.skipped:
        lines += ["", "DILEWATI (periksa bahwa bukan data pegawai):"]
        lines += [f"  baris {i.row}  {i.message}" for i in result.skipped]
    return "\n".join(lines)


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class RosterImportWizard(QWizard):
    def __init__(self, ui: UiContext, units: list[UnitInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.units = units
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.setWindowTitle(self.tr("Import roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(1100, 640)  # fits a 1366x768 screen with the changes' columns
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.commit_page = CommitPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.commit_page,
            self.summary_page,
        ):
            self.addPage(page)
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< Back"))
        self.setButtonText(buttons.NextButton, self.tr("Next >"))
        self.setButtonText(buttons.FinishButton, self.tr("Finish"))
        self.setButtonText(buttons.CancelButton, self.tr("Cancel"))
