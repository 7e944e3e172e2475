"""Cetak pakta: print one person, an event, a unit or everything; the recap sheet; verify.

The PDF is built on the database worker (``ui.tasks.run``) with a progress bar and Cancel,
so the window never freezes. Then: print it, preview it, save it, or open it in the system
PDF viewer.

Printing needs no external program (``desktop.ui.pdf_print``): PDFium rasterises each page
and Qt's print dialog and ``QPrinter`` take care of the printer, paper (A4/F4), copies and
page range; the print preview uses the same renderer. Handing the file to the system's
``printto`` verb failed on Windows, whose default PDF app (Edge) has none. "Open in PDF
viewer" stays as a secondary action and says so plainly when no viewer opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import fileio, paths
from desktop.domain.errors import NetraError
from desktop.services import printing
from desktop.services.changes import Area, Changes
from desktop.services.printing import Choice, PrintResult, Selection
from desktop.ui import pdf_print
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page
from desktop.ui.printing.verify_dialog import VerifyDialog
from desktop.ui.tasks import TaskHandle

PERSON, EVENT, UNIT, ALL = range(4)


class PrintingPage(Page):
    key = "printing"
    permission = "pact.print"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        ui.bus.changed.connect(self._on_changed)
        self._handle: TaskHandle | None = None
        self._pdf: Path | None = None
        self._paper: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.setSpacing(14)
        heading = QLabel(self.tr("Print signed pacts"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        lay.addWidget(heading)

        box = QGroupBox(self.tr("What to print"))
        form = QFormLayout(box)
        self.mode = QButtonGroup(self)
        self.nip = QLineEdit()  # what is typed: a name, a NIP in any form, a NIK or an id
        self.nip.setPlaceholderText(self.tr("Name, NIP or NIK of the person (non-ASN too)"))
        self.nip.setClearButtonEnabled(True)
        self.person_combo = QComboBox()  # the people it matches: the one chosen is printed
        self.person_combo.setMinimumContentsLength(30)
        self.person_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.person_note = QLabel()
        self.person_note.setObjectName("muted")
        person = QWidget()
        person_row = QHBoxLayout(person)
        person_row.setContentsMargins(0, 0, 0, 0)
        person_row.addWidget(self.nip, 2)
        person_row.addWidget(self.person_combo, 3)
        person_row.addWidget(self.person_note)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(250)
        self._search.timeout.connect(self._find_people)
        self.nip.textEdited.connect(lambda _t: self._person_typed())
        self.nip.textChanged.connect(lambda _t: self._search.start())
        self.event_combo = QComboBox()
        self.unit_combo = QComboBox()
        for index, (label, widget) in enumerate(
            (
                (self.tr("One person"), person),
                (self.tr("Signing event"), self.event_combo),
                (self.tr("Work unit (with sub-units)"), self.unit_combo),
                (self.tr("All signed pacts"), None),
            )
        ):
            radio = QRadioButton(label)
            self.mode.addButton(radio, index)
            form.addRow(radio, widget or QLabel(""))
        self.mode.button(EVENT).setChecked(True)
        lay.addWidget(box)

        options = QHBoxLayout()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Paper from office settings"), None)
        self.paper.addItem("A4 (210 × 297 mm)", "a4")
        self.paper.addItem("F4 (215 × 330 mm)", "f4")
        self.recap = QCheckBox(self.tr("Recap sheet (daftar penandatanganan) instead of pacts"))
        options.addWidget(QLabel(self.tr("Paper:")))
        options.addWidget(self.paper)
        options.addSpacing(16)
        options.addWidget(self.recap)
        options.addStretch(1)
        lay.addLayout(options)

        actions = QHBoxLayout()
        self.build_button = QPushButton(self.tr("Create PDF"))
        self.build_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.open_button.setToolTip(
            self.tr("Needs a PDF viewer on this computer; Print and Print preview do not.")
        )
        self.verify_button = QPushButton(self.tr("Verify a printed pact…"))
        for button in (
            self.build_button,
            self.print_button,
            self.preview_button,
            self.save_button,
            self.open_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        lay.addLayout(actions)
        self.build_button.clicked.connect(self.build)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_viewer)
        self.print_button.clicked.connect(self.print_pdf)
        self.preview_button.clicked.connect(self.preview_pdf)
        self.verify_button.clicked.connect(self.open_verify)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        lay.addLayout(progress_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        lay.addStretch(1)
        self._set_busy(False)

    def title(self) -> str:
        return self.tr("Printing")

    def activate(self) -> None:
        ctx = self.ui.app
        self.ui.tasks.run(
            lambda _h: printing.choices(ctx),
            self._fill_choices,
            self._choices_failed,
        )

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        """Events and units to print by come from signing and the roster; hidden, the page
        reads them when shown (:meth:`activate`)."""
        if areas.touches({Area.ROSTER, Area.SIGNING}) and self.isVisible():
            self.activate()

    def _choices_failed(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def select_person(self, nip: str) -> None:
        """Print the current person (called from other pages): a NIP, NIK or employee id."""
        self.nip.setText(nip)
        self.mode.button(PERSON).setChecked(True)
        self._search.stop()  # look the person up now, not after the typing pause
        self._find_people()

    def _person_typed(self) -> None:
        self.mode.button(PERSON).setChecked(True)

    def _find_people(self) -> None:
        """The people the typed text matches, for the operator to choose from."""
        ctx, text = self.ui.app, self.nip.text()
        if not text.strip():
            self._show_people(text, [])
            return
        self.ui.tasks.run(
            lambda _h: printing.find_people(ctx, text),
            lambda found: self._show_people(text, found),
            self._choices_failed,
        )

    def _show_people(self, text: str, found: list[Choice]) -> None:
        if text != self.nip.text():
            return  # typing went on: a newer search answers
        self.person_combo.clear()
        for item in found:
            self.person_combo.addItem(item.label, item.key)
        if found:
            self.person_note.setText(
                self.tr("{count} found").format(count=len(found))
                if len(found) > 1
                else self.tr("1 found")
            )
        else:
            self.person_note.setText(self.tr("nobody found") if text.strip() else "")

    def _fill_choices(self, found: tuple[list[Choice], list[Choice]]) -> None:
        pairs: list[tuple[QComboBox, list[Choice]]] = [
            (self.event_combo, found[0]),
            (self.unit_combo, found[1]),
        ]
        for combo, items in pairs:
            current = combo.currentData()
            combo.clear()
            for item in items:
                combo.addItem(item.label, item.key)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------------ building
    def selection(self) -> Selection:
        mode = self.mode.checkedId()
        if mode == PERSON:
            chosen = self.person_combo.currentData()
            if chosen and not self._search.isActive():
                return Selection(employee_id=str(chosen))
            return Selection(nip=self.nip.text().strip() or "-")
        if mode == EVENT:
            return Selection(event_id=self.event_combo.currentData() or "-")
        if mode == UNIT:
            return Selection(unit_code=self.unit_combo.currentData() or "-")
        return Selection(everything=True)

    def build(self) -> None:
        ctx, sel = self.ui.app, self.selection()
        paper, recap = self.paper.currentData(), self.recap.isChecked()
        folder = paths.make_temp_dir("cetak")
        out = folder / ("daftar-penandatanganan.pdf" if recap else "pakta.pdf")

        def work(handle: TaskHandle) -> PrintResult:
            return printing.print_to_file(
                ctx,
                sel,
                out,
                paper=paper,
                recap=recap,
                progress=lambda done, total: handle.progressed.emit(done, total),
                cancelled=lambda: handle.cancelled,
            )

        self._pdf = None
        self._set_busy(True)
        self.status.setText(self.tr("Creating the PDF…"))
        self._handle = self.ui.tasks.run(work, self._built, self._failed, self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _built(self, result: PrintResult) -> None:
        self._set_busy(False)
        self._pdf = Path(result.out)
        self._paper = result.paper
        self.progress.setMaximum(1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr(
                "{pages} page(s) ready ({size} KB, {seconds:.1f} s): {signed} signed, "
                "{missing} not yet signed, {refused} refused."
            ).format(
                pages=result.pages,
                size=result.bytes // 1024,
                seconds=result.seconds,
                signed=result.signed,
                missing=result.not_signed,
                refused=result.refused,
            )
        )
        self._set_busy(False)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_busy(False)
        if isinstance(exc, InterruptedError):
            self.status.setText(self.tr("Cancelled: no PDF was made."))
            self.progress.setValue(0)
            return
        self.status.setText(show_error(self, exc, tb))

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.build_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        ready = not busy and self._pdf is not None
        for button in (self.save_button, self.open_button, self.print_button, self.preview_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------------ output
    def save(self) -> None:
        if self._pdf is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(Path.home() / self._pdf.name), "PDF (*.pdf)"
        )
        if not target:
            return
        try:
            # Atomic, verified and retried while another program (Acrobat, the antivirus)
            # holds the old file; a refusal says why in Indonesian and leaves it untouched.
            fileio.copy_verified(self._pdf, Path(target))
        except (NetraError, OSError) as exc:
            self.status.setText(show_error(self, exc))
            return
        self.status.setText(self.tr("Saved to {path}.").format(path=target))

    def open_viewer(self) -> bool:
        if self._pdf is None:
            return False
        return pdf_print.open_in_viewer(self, self._pdf)

    def print_pdf(self) -> pdf_print.PrintOutcome | None:
        """Print through Qt on the chosen printer, paper, copies and page range."""
        if self._pdf is None:
            return None
        try:
            outcome = pdf_print.print_with_dialog(self, self._pdf, self._paper)
        except (NetraError, OSError) as exc:
            self.status.setText(show_error(self, exc))
            return None
        if outcome is not None:
            self._report(outcome)
        return outcome

    def preview_pdf(self) -> pdf_print.PdfPreviewDialog | None:
        if self._pdf is None:
            return None
        try:
            dialog = pdf_print.PdfPreviewDialog(self._pdf, self._paper, self)
        except (NetraError, OSError) as exc:
            self.status.setText(show_error(self, exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda _r: self._report(dialog.outcome) if dialog.outcome is not None else None
        )
        dialog.open()
        return dialog

    def _report(self, outcome: pdf_print.PrintOutcome) -> None:
        name = outcome.printer or self.tr("(default)")
        if outcome.cancelled:
            self.status.setText(
                self.tr("Printing cancelled after {sheets} page(s) on {name}.").format(
                    sheets=outcome.sheets, name=name
                )
            )
            return
        self.status.setText(
            self.tr("Sent to the printer {name}: {pages} page(s), {copies} copies.").format(
                name=name, pages=outcome.pages, copies=outcome.copies
            )
        )

    def open_verify(self) -> None:
        VerifyDialog(self.ui, self).show()
