"""The Berita Acara Pemeriksaan: questions and answers typed in a table, then signed on screen
by each examiner and by the examined person, on the same signature pad as the pact
(:class:`desktop.ui.signing.signature_pad.SignaturePad`), or the examined person's refusal to sign
(recorded; the BAP stays valid). Saved in one transaction by ``case_exam.record_bap``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_view import ExamState
from desktop.services.cases import exam as case_exam
from desktop.services.context import AppContext
from desktop.ui.cases.exam_dialogs import ExamDialog, PersonPicker, role_label
from desktop.ui.cases.intake_dialog import date_edit, to_date
from desktop.ui.context import UiContext
from desktop.ui.signing.signature_pad import SignaturePad

BAP_OPENING_QUESTIONS = (
    "Apakah identitas Saudara sebagaimana tertulis dalam berita acara ini sudah benar?",
    "Apa yang Saudara lakukan pada tanggal yang dilaporkan?",
)

PAD_HEIGHT = 150


class SignerBox(QGroupBox):
    """One signer: name and role above a pad with a Clear button; the examined person's box
    also has the refusal."""

    def __init__(self, title: str, examined: bool = False, parent: QWidget | None = None):
        super().__init__(title, parent)
        lay = QVBoxLayout(self)
        self.pad = SignaturePad()
        self.pad.setFixedHeight(PAD_HEIGHT)
        self.pad.guide_text = self.tr("Sign here")
        lay.addWidget(self.pad)
        row = QHBoxLayout()
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.pad.clear)
        row.addWidget(clear)
        row.addStretch(1)
        self.refused = QCheckBox(self.tr("Refuses to sign (menolak menandatangani)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("What the person said, if anything"))
        if examined:
            row.addWidget(self.refused)
            self.refused.toggled.connect(self._refused)
        lay.addLayout(row)
        if examined:
            lay.addWidget(self.reason)
            self.reason.setVisible(False)

    def _refused(self, on: bool) -> None:
        if on:
            self.pad.clear()
        self.pad.set_read_only(on)
        self.pad.setEnabled(not on)
        self.reason.setVisible(on)


class BapDialog(ExamDialog):
    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None):
        super().__init__(
            ui,
            state.case_id,
            self.tr("Examination record (BAP) for {number}").format(number=state.number),
            parent,
        )
        self.setMinimumWidth(820)
        self.resize(900, 660)
        self.tabs = QTabWidget()
        self.body.insertWidget(0, self.tabs)
        self.tabs.addTab(self._qa_page(state), self.tr("1. Questions and answers"))
        self.tabs.addTab(self._sign_page(state), self.tr("2. Signatures"))
        self.add_footer()

    # ------------------------------------------------------------------ page 1
    def _qa_page(self, state: ExamState) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.qa = QTableWidget(0, 2)
        self.qa.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        header = self.qa.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.qa.verticalHeader().setDefaultSectionSize(48)
        self.qa.setWordWrap(True)
        self.qa.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        lay.addWidget(self.qa, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a question"))
        add.clicked.connect(lambda: self.add_qa("", ""))
        remove = QPushButton(self.tr("Remove the chosen question"))
        remove.clicked.connect(lambda: self.qa.removeRow(self.qa.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        lay.addLayout(row)
        facts = QHBoxLayout()
        facts.addWidget(QLabel(self.tr("Held on")))
        self.held_on = date_edit(self.ui)
        plans = state.summonses
        if plans:
            self.held_on.setDate(QDate.fromString(plans[-1]["examination"], "yyyy-MM-dd"))
        facts.addWidget(self.held_on)
        facts.addWidget(QLabel(self.tr("Place")))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("Left empty: the office's place"))
        facts.addWidget(self.place, 1)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("in person"), "tatap_muka")
        self.mode.addItem(self.tr("online"), "virtual")
        facts.addWidget(self.mode)
        lay.addLayout(facts)
        # the questions are the BAP's own words, printed on an Indonesian legal document:
        # Indonesian whatever the UI language (the operator edits or adds to them)
        for q in BAP_OPENING_QUESTIONS:
            self.add_qa(q, "")
        return page

    def add_qa(self, question: str, answer: str) -> None:
        row = self.qa.rowCount()
        self.qa.insertRow(row)
        self.qa.setItem(row, 0, QTableWidgetItem(question))
        self.qa.setItem(row, 1, QTableWidgetItem(answer))

    def qa_items(self) -> list[dict[str, str]]:
        out = []
        for row in range(self.qa.rowCount()):
            cells = [self.qa.item(row, c) for c in range(2)]
            q, a = ((c.text().strip() if c is not None else "") for c in cells)
            if q or a:
                out.append({"question": q, "answer": a})
        return out

    # ------------------------------------------------------------------ page 2
    def _sign_page(self, state: ExamState) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.signers: list[Mapping[str, Any]] = list(state.bap_signers)
        self.picker: PersonPicker | None = None
        if not self.signers:  # no team: one examiner, named here
            box = QGroupBox(self.tr("Examiner (the direct superior) — no examination team"))
            inner = QVBoxLayout(box)
            self.picker = PersonPicker(self.ui)
            inner.addWidget(self.picker)
            outer.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        pads = QVBoxLayout(holder)
        self.examiner_boxes: list[SignerBox] = []
        for m in self.signers or [{"name": "", "nip": "", "role": "atasan_langsung"}]:
            title = self.tr("Examiner: {name} — {role}").format(
                name=m["name"] or self.tr("the examiner named above"), role=role_label(m["role"])
            )
            box = SignerBox(title)
            self.examiner_boxes.append(box)
            pads.addWidget(box)
        self.examined_box = SignerBox(
            self.tr("The person examined: {name}").format(name=state.examined_name or ""),
            examined=True,
        )
        pads.addWidget(self.examined_box)
        pads.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        return page

    # ------------------------------------------------------------------ save
    def submit(self) -> Callable[[AppContext, str], Any]:
        qa = self.qa_items()
        if not qa:
            self.tabs.setCurrentIndex(0)
            raise ValueError(self.tr("Type at least one question and its answer."))
        examiner_strokes: list[Any] = []
        gap: str | None = None
        for box in self.examiner_boxes:
            if box.pad.is_empty():
                gap = gap or box.title()
                continue
            if gap is not None:
                self.tabs.setCurrentIndex(1)
                raise ValueError(
                    self.tr(
                        "The examiners sign in the order shown: “{who}” has not signed yet."
                    ).format(who=gap)
                )
            examiner_strokes.append(box.pad.strokes_data())
        refused = self.examined_box.refused.isChecked()
        examined = None if refused else self.examined_box.pad.strokes_data()
        if not refused and self.examined_box.pad.is_empty():
            self.tabs.setCurrentIndex(1)
            raise ValueError(
                self.tr("The person examined signs, or tick that they refuse to sign.")
            )
        examiner = None
        if self.picker is not None:
            person = self.picker.chosen()
            if person is None:
                self.tabs.setCurrentIndex(1)
                raise ValueError(self.tr("Name the examiner (search the roster or type a name)."))
            examiner = f"{person['name']}|{person['nip']}|atasan_langsung"
        reason = self.examined_box.reason.text()
        held_on, place = to_date(self.held_on.date()), self.place.text()
        mode = str(self.mode.currentData())

        def run(app: AppContext, ref: str) -> Any:
            return case_exam.record_bap(
                app,
                ref,
                qa,
                examiner_strokes,
                examined,
                refused=refused,
                refusal_reason=reason,
                examiner=case_exam.parse_member(examiner) if examiner else None,
                place=place,
                held_on=held_on,
                mode=mode,
            )

        return run
