"""Import wizard: choose file → column mapping → preview with problems → commit → summary.

All reading, parsing and writing runs through ``services.roster_import`` off the GUI thread.
The preview is a dry run (nothing stored); the commit is one transaction with progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
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
from desktop.services import roster_import
from desktop.services.roster import UnitInfo
from desktop.services.roster_import import ImportPreview, ImportResult
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error

AnyIndex = QModelIndex | QPersistentModelIndex
REJECTED_BG = QColor("#fde8e7")
WARNING_BG = QColor("#fff4d6")
SKIPPED_BG = QColor("#ececec")
_ORDER = {"rejected": 0, "warning": 1, "skipped": 2, "ok": 3}
PREVIEW_ROWS = 2000  # rows shown in the preview table (all rows are checked)


class PreviewModel(QAbstractTableModel):
    """The sheet's data rows with their spreadsheet row number and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[tuple[int, list[Any], str, str]] = []

    def set_preview(self, preview: ImportPreview) -> None:
        status = preview.status_by_row()
        blank = set(preview.skipped) - {i.row for i in preview.set_aside}
        self.beginResetModel()
        self.headers = [self.tr("Row"), self.tr("Status"), self.tr("Reason"), *preview.headers]
        self.rows = []
        for index in range(preview.data_start, len(preview.cells)):
            number = index + 1
            if number in blank:
                continue
            state, message = status.get(number, ("ok", ""))
            self.rows.append((number, preview.cells[index], state, message))
            if len(self.rows) >= PREVIEW_ROWS:
                break
        self.rows.sort(key=lambda row: (_ORDER[row[2]], row[0]))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        number, cells, state, message = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(number)
            if column == 1:
                return {
                    "ok": self.tr("OK"),
                    "warning": self.tr("Warning"),
                    "rejected": self.tr("Rejected"),
                    "skipped": self.tr("Skipped"),
                }[state]
            if column == 2:
                return message
            cell = column - 3
            if cell >= len(cells):
                return ""
            value = cells[cell]
            if isinstance(value, float) and abs(value) >= 1e15:
                return excel_digits(value)  # what Excel shows for a NIP stored as a number
            return cell_text(value)
        if role == Qt.ItemDataRole.BackgroundRole and state != "ok":
            return QBrush(
                {"rejected": REJECTED_BG, "warning": WARNING_BG, "skipped": SKIPPED_BG}[state]
            )
        if role == Qt.ItemDataRole.ToolTipRole and message:
            return message
        return None


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
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        self.result: ImportResult | None = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))

    def initializePage(self) -> None:
        preview = self.w.preview
        assert preview is not None
        self.result = None
        self.summary.setText(self.tr("Checking…"))
        mapping = self.w.mapping_page.mapping()
        preview.unit_code = self.w.file_page.unit.currentData()
        app = self.w.ui.app

        def work(_h: object) -> ImportResult:
            roster_import.parse(preview, mapping)
            return roster_import.run(app, preview, dry_run=True)

        self.w.ui.tasks.run(work, self._checked, self._failed)
        self.completeChanged.emit()

    def _checked(self, result: ImportResult) -> None:
        self.result = result
        preview = self.w.preview
        assert preview is not None
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 340))  # reasons are long
        units = ", ".join(u["name"] for u in result.units_created) or "-"
        self.summary.setText(
            self.tr(
                "New: {c} · updated: {u} · unchanged: {s} · rejected: {x} · warnings: {w}"
                " · skipped: {k}\nNew work units: {units}"
            ).format(
                c=result.created,
                u=result.updated,
                s=result.unchanged,
                x=len(result.rejected),
                w=len(result.warnings),
                k=len(result.skipped),
                units=units,
            )
        )
        if result.created + result.updated == 0:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Nothing to store: the roster already matches this file.")
            )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.summary.setText(show_error(self, exc, tb))

    def isComplete(self) -> bool:
        return self.result is not None and (self.result.created + self.result.updated) > 0


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

        def work(handle: Any) -> ImportResult:
            return roster_import.run(
                app, preview, progress=lambda done, total: handle.progressed.emit(done, total)
            )

        self.w.ui.tasks.run(work, self._done, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.w.outcome = result
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.label.setText(self.tr("Done."))
        self.w.ui.bus.notify("roster", self.w)
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
        lines += [
            f"  baris {i.row}  {i.nip or '-'}  [{i.code}] {i.message}" for i in result.rejected
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
        self.resize(980, 640)
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
