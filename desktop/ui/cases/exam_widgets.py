"""The case page's "Examination" tab (issue 16): the examination and the national path as
``case_exam.exam_state`` tells them, the actions of the current stage, and the examination
documents (each kind with its versions) to make, preview, print, save, and bundle for
I'DIS/SIASN. Everything that touches the database runs on the task runner."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import fileio, paths
from desktop.domain import workflow
from desktop.domain.case_view import CaseDetail, ExamState
from desktop.domain.roles import PERMISSIONS
from desktop.services.cases import exam as case_exam
from desktop.services.cases import exam_docs as case_exam_docs
from desktop.services.cases.model import BundleWritten, DocumentMade, ExamRecorded
from desktop.ui import pdf_print
from desktop.ui.cases.bap_dialog import BapDialog
from desktop.ui.cases.dialogs import ObjectionDialog, ReceiptDialog
from desktop.ui.cases.exam_dialogs import (
    AbsenceDialog,
    ClassifyDialog,
    ExamDialog,
    LhpDialog,
    LiftSuspensionDialog,
    ReferenceDialog,
    SuspensionDialog,
    TeamDialog,
    role_label,
)
from desktop.ui.cases.exam_render import doc_short_title, doc_title, local_day, state_html
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error

EXAM_STATES = (workflow.REKOMENDASI,)
AFTER_DECISION = (workflow.KEPUTUSAN, workflow.TINDAK_LANJUT)


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value))


class ExamTab(QWidget):
    """``changed`` after an action stored something (the case page reloads itself)."""

    changed = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.case: CaseDetail | None = None
        self.state: ExamState | None = None
        self.last_pdf: Path | None = None
        self.dialog: QDialog | None = None
        lay = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        lay.addWidget(self.status)
        self.view = QTextBrowser()
        lay.addWidget(self.view, 5)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, Callable[[], Any]]] = [
            ("team", self.tr("Examination team…"), self.open_team),
            ("absent", self.tr("Missed examination…"), self.open_absence),
            ("bap", self.tr("Examination record (BAP)…"), self.open_bap),
            ("lhp", self.tr("Report (LHP)…"), self.open_lhp),
            ("refs", self.tr("External references…"), self.open_references),
            ("receipt", self.tr("Delivery of the decree…"), self.open_receipt),
            ("objection", self.tr("Objection or appeal…"), self.open_objection),
            ("classify", self.tr("Classify catch-all code…"), self.open_classify),
            ("suspend", self.tr("Temporary suspension…"), self.open_suspension),
        ]
        for i, (key, text, slot) in enumerate(actions):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, i // 4, i % 4)
        lay.addLayout(grid)
        lay.addWidget(QLabel("<b>" + _esc(self.tr("Documents")) + "</b>"))
        self.docs = QTableWidget(0, 4)
        self.docs.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Version"), self.tr("Made"), self.tr("Code")]
        )
        header = self.docs.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.docs.verticalHeader().setVisible(False)
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docs.itemSelectionChanged.connect(self._doc_buttons)
        self.docs.setMinimumHeight(120)
        lay.addWidget(self.docs, 2)
        make = QHBoxLayout()
        self.kind = QComboBox()
        make.addWidget(self.kind, 1)
        self.make_button = QPushButton(self.tr("Make PDF"))
        self.make_button.clicked.connect(lambda: self.make_document(str(self.kind.currentData())))
        make.addWidget(self.make_button)
        self.bundle_button = QPushButton(self.tr("Bundle for I'DIS/SIASN…"))
        self.bundle_button.clicked.connect(self._ask_bundle)
        make.addWidget(self.bundle_button)
        lay.addLayout(make)
        out = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Print preview…"))
        self.preview_button.clicked.connect(lambda: self._with_selected(self.preview_document))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: self._with_selected(self.print_document))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self._ask_save)
        for b in (self.preview_button, self.print_button, self.save_button):
            out.addWidget(b)
        out.addStretch(1)
        lay.addLayout(out)
        self._doc_buttons()

    # ------------------------------------------------------------------ loading
    @property
    def perms(self) -> set[str]:
        role = self.ui.app.actor.role if self.ui.app.actor else None
        return {p for p, roles in PERMISSIONS.items() if role in roles}

    def load(self, case: CaseDetail) -> None:
        self.case = case
        app, ref = self.ui.app, case.id
        self.ui.tasks.run(lambda _h: case_exam.exam_state(app, ref), self._show, self._error)

    def _show(self, state: ExamState) -> None:
        self.state = state
        self.view.setHtml(state_html(state))
        mke = state.required_body == "mke"
        self.buttons["team"].setText(
            self.tr("Ethics Council…") if mke else self.tr("Examination team…")
        )
        perms, current = self.perms, state.state
        exam = current in EXAM_STATES and "case.recommend" in perms
        suspended = state.suspended
        self.buttons["suspend"].setText(
            self.tr("End temporary suspension…") if suspended else self.tr("Temporary suspension…")
        )
        rules = {
            "team": exam and state.required_body != "none",
            "absent": exam and bool(state.summonses) and not state.without_examination,
            "bap": exam and not state.without_examination,
            "lhp": exam,
            "classify": bool(state.catch_all) and "case.check" in perms,
            "refs": "case.check" in perms,
            "receipt": current in AFTER_DECISION and "case.decide" in perms,
            "objection": state.objection is not None and "case.decide" in perms,
            "suspend": exam or (suspended and "case.recommend" in perms),
        }
        for key, on in rules.items():
            self.buttons[key].setEnabled(on)
        self.buttons["classify"].setVisible(bool(state.catch_all))
        self._fill_documents(state)

    def _fill_documents(self, state: ExamState) -> None:
        chosen = self.selected_document()
        self.docs.setRowCount(0)
        order = case_exam_docs.KINDS
        for d in sorted(state.documents, key=lambda d: (order.index(d["kind"]), -d["version"])):
            row = self.docs.rowCount()
            self.docs.insertRow(row)
            title = doc_short_title(d["kind"]) + ("" if d["current"] else " " + self.tr("(old)"))
            cells = [
                title,
                str(d["version"]),
                local_day(d["created_at"], self.case.timezone if self.case else None),
                d["short_code"],
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d)
                item.setToolTip(f"{d['title']} · v{d['version']} · {d['short_code']}")
                if not d["current"]:
                    item.setForeground(Qt.GlobalColor.gray)
                self.docs.setItem(row, col, item)
            if chosen is not None and chosen["id"] == d["id"]:
                self.docs.selectRow(row)
        self.kind.clear()
        for kind in state.available_documents:
            self.kind.addItem(doc_title(kind), kind)
        self.kind.setCurrentIndex(self.kind.count() - 1)  # the newest paper of the case
        can_make = "case.recommend" in self.perms
        self.make_button.setEnabled(can_make and self.kind.count() > 0)
        self.bundle_button.setEnabled(can_make and state.receipt is not None)
        self._doc_buttons()

    def selected_document(self) -> dict[str, Any] | None:
        items = self.docs.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _doc_buttons(self) -> None:
        on = self.selected_document() is not None
        for b in (self.preview_button, self.print_button, self.save_button):
            b.setEnabled(on)

    # ------------------------------------------------------------------ actions
    def _open(self, dialog: ExamDialog, done: str) -> ExamDialog:
        """Open ``dialog`` (non-blocking); on success say ``done`` and reload."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._stored(dialog.result_data, done))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _stored(self, result: Any, done: str) -> None:
        warnings = list(result.warnings) if isinstance(result, ExamRecorded) else []
        text = done + "".join("\n• " + w for w in warnings)
        self.say(text, warn=bool(warnings))
        self.changed.emit()

    def say(self, text: str, warn: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #8a4b00; font-weight: 600;" if warn else "")
        self.status.setVisible(bool(text))

    def _state(self) -> ExamState:
        assert self.state is not None
        return self.state

    def open_team(self) -> ExamDialog:
        done = self.tr("The examination team was recorded.")
        return self._open(TeamDialog(self.ui, self._state(), self), done)

    def open_absence(self) -> ExamDialog:
        return self._open(
            AbsenceDialog(self.ui, self._state(), self), self.tr("The absence was recorded.")
        )

    def open_bap(self) -> ExamDialog:
        return self._open(
            BapDialog(self.ui, self._state(), self),
            self.tr("The examination record (BAP) was recorded with its signatures."),
        )

    def open_lhp(self) -> ExamDialog:
        return self._open(
            LhpDialog(self.ui, self._state(), self),
            self.tr("The examination report (LHP) was recorded."),
        )

    def open_suspension(self) -> ExamDialog:
        """Suspend (the case's examination) or, while suspended, end it."""
        if self._state().suspended:
            return self._open(
                LiftSuspensionDialog(self.ui, self._state(), self),
                self.tr("The temporary suspension was ended."),
            )
        return self._open(
            SuspensionDialog(self.ui, self._state(), self),
            self.tr("The temporary suspension was recorded; make its decree below."),
        )

    def open_classify(self) -> ExamDialog:
        return self._open(
            ClassifyDialog(self.ui, self._state(), self),
            self.tr("The classification was recorded; make the recommendation again."),
        )

    def open_references(self) -> ExamDialog:
        return self._open(
            ReferenceDialog(self.ui, self._state(), self),
            self.tr("The external references were recorded."),
        )

    def open_receipt(self) -> ExamDialog:
        return self._open(
            ReceiptDialog(self.ui, self._state(), self),
            self.tr("The delivery of the decree was recorded."),
        )

    def open_objection(self) -> ExamDialog:
        return self._open(
            ObjectionDialog(self.ui, self._state(), self), self.tr("The objection was recorded.")
        )

    # ------------------------------------------------------------------ documents
    def _error(self, exc: BaseException, tb: str) -> None:
        self.say(show_error(self, exc, tb), warn=True)

    def _temp_pdf(self, kind: str, version: int, pdf: bytes) -> Path:
        number = (self.case.number if self.case else "laporan").replace("/", "-")
        path = paths.make_temp_dir("dokumen") / f"{number}-{kind}-v{version}.pdf"
        fileio.write_verified(path, pdf)
        return path

    def make_document(self, kind: str, then: Callable[[Path], Any] | None = None) -> None:
        """The current version of ``kind`` (a new version only when its content changed)."""
        app, ref = self.ui.app, self._state().case_id

        def work(_h: Any) -> tuple[DocumentMade, Path]:
            doc = case_exam_docs.produce(app, ref, kind)
            return doc, self._temp_pdf(doc.kind, doc.version, doc.pdf)

        def done(result: tuple[DocumentMade, Path]) -> None:
            doc, path = result
            self.last_pdf = path
            text = (
                self.tr("{title}, version {version}: unchanged, the same PDF.")
                if doc.reused
                else self.tr("{title}, version {version} made. Code {code}.")
            )
            self.say(text.format(title=doc_title(kind), version=doc.version, code=doc.short_code))
            self.changed.emit()
            if then is not None:
                then(path)

        self.ui.tasks.run(work, done, self._error)

    def _with_selected(self, action: Callable[[Path], Any]) -> None:
        doc = self.selected_document()
        if doc is not None:
            self.fetch_document(doc, action)

    def fetch_document(self, doc: dict[str, Any], then: Callable[[Path], Any]) -> None:
        """The stored PDF of exactly this version, written to Netra's temp folder."""
        app = self.ui.app

        def work(_h: Any) -> Path:
            pdf = case_exam_docs.document_pdf(app, doc["id"])
            return self._temp_pdf(doc["kind"], doc["version"], pdf)

        def done(path: Path) -> None:
            self.last_pdf = path
            then(path)

        self.ui.tasks.run(work, done, self._error)

    def print_document(self, path: Path) -> pdf_print.PrintOutcome | None:
        try:
            outcome = pdf_print.print_with_dialog(self, path)
        except Exception as exc:
            self._error(exc, "")
            return None
        if outcome is not None and not outcome.cancelled:
            self.say(
                self.tr("Sent to the printer {name}: {pages} page(s).").format(
                    name=outcome.printer or "-", pages=outcome.pages
                )
            )
        return outcome

    def preview_document(self, path: Path) -> pdf_print.PdfPreviewDialog | None:
        try:
            dialog = pdf_print.PdfPreviewDialog(path, None, self)
        except Exception as exc:
            self._error(exc, "")
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _ask_save(self) -> None:
        doc = self.selected_document()
        if doc is None:
            return
        number = (self.case.number if self.case else "laporan").replace("/", "-")
        default = str(Path.home() / f"{number}-{case_exam_docs.FILE_NAMES[doc['kind']]}")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), default, "PDF (*.pdf)")
        if target:
            self.save_document(doc, Path(target))

    def save_document(self, doc: dict[str, Any], target: Path) -> None:
        def copy(path: Path) -> None:
            try:
                # atomic, read back, retried while a viewer holds the old file
                fileio.copy_verified(path, target)
            except Exception as exc:
                self._error(exc, "")
                return
            self.say(self.tr("Saved to {path}.").format(path=target))

        self.fetch_document(doc, copy)

    def _ask_bundle(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the I'DIS/SIASN bundle"), str(Path.home())
        )
        if folder:
            self.write_bundle(Path(folder))

    def write_bundle(self, folder: Path) -> None:
        app, ref = self.ui.app, self._state().case_id

        def done(result: BundleWritten) -> None:
            files = ", ".join([f["file"] for f in result.files] + ["index.csv", "index.json"])
            self.say(
                self.tr("I'DIS/SIASN bundle written in {folder}: {files}.").format(
                    folder=result.folder, files=files
                )
            )
            self.changed.emit()

        self.ui.tasks.run(lambda _h: case_exam_docs.bundle(app, ref, folder), done, self._error)


__all__ = ["ExamTab", "doc_title", "role_label"]
