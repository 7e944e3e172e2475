"""Small dialogs of the case page: move to the next stage, record the decision, its delivery
and an objection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.domain import sanctions, workflow
from desktop.domain.case_view import CaseDetail, ExamState, Recommendation
from desktop.services import cases
from desktop.services.cases import exam as case_exam
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.ui.cases.exam_dialogs import ExamDialog
from desktop.ui.cases.intake_dialog import (
    checked_codes,
    code_list,
    date_edit,
    to_date,
)
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.forms import form_with_ok_cancel


class AdvanceDialog(QDialog):
    """Note, and (from verification on) the proven codes, for one workflow move."""

    def __init__(
        self,
        case: CaseDetail,
        to_state: str,
        options: dict[str, Any],
        parent: QWidget | None = None,
        ui: UiContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.to_state = to_state
        self.setWindowTitle(
            self.tr("Move report {number} to “{state}”").format(
                number=case.number, state=workflow.label(to_state)
            )
        )
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note"), self.note)
        rule = workflow.transition(case.state, to_state)
        self.codes = None
        if rule.records_proven and to_state not in (workflow.TIDAK_TERBUKTI, workflow.DITOLAK):
            start = case.proven_codes or case.alleged_codes
            self.codes = code_list(options, list(start))
            self.codes.setFixedHeight(160)
            form.addRow(self.tr("Proven violations"), self.codes)
        self.delivered: QDateEdit | None = None
        self.has_delivered: QCheckBox | None = None
        if to_state == workflow.TINDAK_LANJUT:
            self.has_delivered = QCheckBox(self.tr("The decree was delivered on"))
            self.has_delivered.setChecked(True)
            self.delivered = date_edit(ui)
            self.delivered.setDisplayFormat("dd-MM-yyyy")
            form.addRow(self.has_delivered, self.delivered)
        form_with_ok_cancel(self, form)

    def values(self) -> tuple[str, list[str] | None, date | None]:
        proven = checked_codes(self.codes) if self.codes is not None else None
        delivered = None
        if self.delivered is not None and self.has_delivered and self.has_delivered.isChecked():
            delivered = to_date(self.delivered.date())
        return self.note.toPlainText(), proven, delivered


class DecisionDialog(QDialog):
    """The type chosen (recommended choices first), the SK and, when outside the range,
    the written justification."""

    def __init__(
        self, case: CaseDetail, parent: QWidget | None = None, ui: UiContext | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record the decision for {number}").format(number=case.number))
        self.setMinimumWidth(560)
        self.recommended = self._recommended(case.recommendation)
        form = QFormLayout()
        self.type = QComboBox()
        # the names of the active rulebook with the kabupaten's local layer (as printed)
        for key in self.recommended:
            self.type.addItem("★ " + case.type_label(key), key)
        for key in sanctions.ALL_TYPES:
            if key not in self.recommended:
                self.type.addItem(case.type_label(key), key)
        self.type.currentIndexChanged.connect(self._update)
        form.addRow(self.tr("Sanction (★ = recommended)"), self.type)
        self.sk_number = QLineEdit()
        self.sk_number.setPlaceholderText("800.1.6.4/  /BKPSDM/2024")
        form.addRow(self.tr("Decree (SK) number"), self.sk_number)
        self.sk_date = date_edit(ui)
        self.sk_date.setDisplayFormat("dd-MM-yyyy")
        form.addRow(self.tr("Decree date"), self.sk_date)
        self.decided_by = QLineEdit(self.tr("Regent/Mayor (PPK)"))
        form.addRow(self.tr("Decided by"), self.decided_by)
        self.justification = QPlainTextEdit()
        self.justification.setFixedHeight(70)
        self.justification_label = QLabel(self.tr("Justification"))
        form.addRow(self.justification_label, self.justification)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("muted")
        form.addRow("", self.hint)
        form_with_ok_cancel(self, form)
        self._update()

    @staticmethod
    def _recommended(rec: Recommendation | None) -> list[str]:
        if rec is None:
            return []
        if rec.track == "contract":
            return list(sanctions.CONTRACT_TYPES)
        if rec.track == "ethics":
            return [f"moral_{rec.moral}"]
        return list(rec.allowed_types)

    def _update(self) -> None:
        inside = self.type.currentData() in self.recommended
        self.hint.setText(
            self.tr("Within the recommended range.")
            if inside
            else self.tr(
                "Outside the recommended range: a written justification of at least "
                "{n} characters is required."
            ).format(n=case_sanctions.MIN_JUSTIFICATION)
        )
        self.hint.setStyleSheet("" if inside else "color: #b42318;")

    def values(self) -> dict[str, Any]:
        return {
            "sanction_type": str(self.type.currentData()),
            "sk_number": self.sk_number.text(),
            "sk_date": to_date(self.sk_date.date()),
            "decided_by": self.decided_by.text(),
            "justification": self.justification.toPlainText(),
        }


class LinkDialog(QDialog):
    """Link a case reported by name to the roster, once the person is identified."""

    def __init__(self, ui: UiContext, case: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setWindowTitle(
            self.tr("Link report {number} to the roster").format(number=case.number)
        )
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(
            self.tr("Reported as"),
            QLabel(f"{case.reported_name} ({case.reported_unit or '-'})"),
        )
        self.search = QLineEdit(case.reported_name)
        self.search.setPlaceholderText(self.tr("Type a name or NIP to search the roster"))
        self.search.returnPressed.connect(self.search_roster)
        find = QPushButton(self.tr("Search"))
        find.clicked.connect(self.search_roster)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(find)
        form.addRow(self.tr("Search"), row)
        self.matches = QComboBox()
        form.addRow(self.tr("Employee"), self.matches)
        form_with_ok_cancel(self, form)

    def search_roster(self) -> None:
        app, text = self.ui.app, self.search.text()
        self.ui.tasks.run(lambda _h: cases.find_people(app, text), self._show, self._error)

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def _show(self, people: list[dict[str, Any]]) -> None:
        self.matches.clear()
        for p in people:
            self.matches.addItem(
                f"{p['name']} · {p['nip'] or '-'} · {p['category']} · {p['unit']}", p["id"]
            )

    def employee_id(self) -> str | None:
        value = self.matches.currentData()
        return str(value) if value else None


class ScheduleDialog(QDialog):
    """The written summons and the examination date (at most 7 working days apart)."""

    def __init__(
        self, case: CaseDetail, parent: QWidget | None = None, ui: UiContext | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Summons and examination for {number}").format(number=case.number)
        )
        form = QFormLayout()
        self.summons = date_edit(ui)
        form.addRow(self.tr("Summons date"), self.summons)
        self.examination = date_edit(ui)
        self.examination.setDate(self.examination.date().addDays(7))
        form.addRow(self.tr("Examination date"), self.examination)
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("e.g. 09.00 (left empty: written by hand)"))
        form.addRow(self.tr("Time"), self.time)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("left empty: the office"))
        form.addRow(self.tr("Place"), self.place)
        hint = QLabel(
            self.tr("The examination takes place at most 7 working days after the summons.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        form.addRow("", hint)
        form_with_ok_cancel(self, form)

    def values(self) -> tuple[date, date]:
        return to_date(self.summons.date()), to_date(self.examination.date())

    def where(self) -> tuple[str, str]:
        """The examination's time and place as typed (checked by the service)."""
        return self.time.text(), self.place.text()


class ReceiptDialog(ExamDialog):
    """The decree handed over (tanda terima) or sent by post when the person is absent."""

    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Delivery of the decree for {number}").format(number=state.number),
            parent,
        )
        self.delivered = date_edit(self.ui)
        self.form.addRow(self.tr("Delivered on"), self.delivered)
        self.in_person = QRadioButton(self.tr("Handed over in person"))
        self.in_person.setChecked(True)
        self.by_post = QRadioButton(self.tr("Sent by post (the person was absent)"))
        self.form.addRow(self.tr("How"), self.in_person)
        self.form.addRow("", self.by_post)
        self.receiver = QLineEdit()
        self.receiver.setPlaceholderText(self.tr("Left empty: the person concerned"))
        self.form.addRow(self.tr("Received by"), self.receiver)
        self.post_number = QLineEdit()
        self.post_number.setPlaceholderText("RR123456789ID")
        self.form.addRow(self.tr("Postal tracking number"), self.post_number)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Note"), self.note)
        self.by_post.toggled.connect(self.post_number.setEnabled)
        self.post_number.setEnabled(False)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        post = self.by_post.isChecked()
        delivered = to_date(self.delivered.date())
        receiver, note = self.receiver.text(), self.note.text()
        post_number = self.post_number.text() if post else ""
        return lambda app, ref: case_exam.record_receipt(
            app,
            ref,
            delivered,
            method="pos" if post else "langsung",
            receiver=receiver,
            post_number=post_number,
            note=note,
        )


class ObjectionDialog(ExamDialog):
    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Objection or appeal for {number}").format(number=state.number),
            parent,
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Objection (keberatan) to the official's superior"), "keberatan")
        self.kind.addItem(self.tr("Administrative appeal (banding) to BPASN"), "banding")
        window = state.objection or {}
        if window.get("route") == "banding":
            self.kind.setCurrentIndex(1)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.filed = date_edit(self.ui)
        self.form.addRow(self.tr("Filed on"), self.filed)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Note"), self.note)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        kind, filed, note = (
            str(self.kind.currentData()),
            to_date(self.filed.date()),
            self.note.text(),
        )
        return lambda app, ref: case_exam.record_objection(app, ref, kind, filed, note)
