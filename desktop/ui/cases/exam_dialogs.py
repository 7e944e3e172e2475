"""Dialogs of the case page's examination tab (issue 16): the tim pemeriksa or Majelis Kode
Etik from the roster, a missed examination, the LHP, a catch-all code's written
classification, and the external references (the delivery receipt and an objection are in
:mod:`desktop.ui.cases.dialogs`). The BAP, with
its signature pads, is in :mod:`desktop.ui.cases.bap_dialog`.

Each dialog runs its service itself on the task runner and stays open on a refusal, showing
the reason under the form (nothing typed is lost); it closes on success with the service's
answer in ``result_data``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_view import ExamState
from desktop.services import cases
from desktop.services.cases import exam as case_exam
from desktop.services.context import AppContext
from desktop.ui.cases.intake_dialog import date_edit, to_date
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.forms import add_footer


def role_label(role: str) -> str:
    """A member's role in the interface language."""
    labels = {
        "atasan_langsung": QCoreApplication.translate("case_exam", "Direct superior"),
        "inspektorat": QCoreApplication.translate("case_exam", "Supervision (Inspektorat)"),
        "bkpsdm": QCoreApplication.translate("case_exam", "Personnel (BKPSDM)"),
        "ketua": QCoreApplication.translate("case_exam", "Chair of the Ethics Council"),
        "sekretaris": QCoreApplication.translate("case_exam", "Secretary of the Ethics Council"),
        "anggota": QCoreApplication.translate("case_exam", "Member of the Ethics Council"),
    }
    return labels.get(role, role)


class ExamDialog(QDialog):
    """A form whose Save runs ``submit`` on the task runner; a refusal is shown in the form."""

    def __init__(self, ui: UiContext, ref: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.ref = ref
        self.result_data: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.body = QVBoxLayout(self)
        self.form = QFormLayout()
        self.body.addLayout(self.form)

    def add_footer(self) -> None:
        self.message, self.buttons = add_footer(self, self.body, self.save)

    def save(self) -> None:
        try:
            fn = self.submit()
        except ValueError as exc:  # a problem the form itself finds
            self.message.setText(str(exc))
            return
        self.message.setText("")
        self.buttons.setEnabled(False)
        app, ref = self.ui.app, self.ref
        self.ui.tasks.run(lambda _h: fn(app, ref), self._saved, self._refused)

    def submit(self) -> Callable[[AppContext, str], Any]:
        raise NotImplementedError

    def _saved(self, result: Any) -> None:
        self.result_data = result
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, exc: BaseException, tb: str) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(describe_error(exc, tb))


class PersonPicker(QWidget):
    """Search the roster by name or NIP; or type a name and NIP by hand."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or NIP in the roster"))
        self.search.returnPressed.connect(self.search_roster)
        find = QPushButton(self.tr("Search"))
        find.clicked.connect(self.search_roster)
        row.addWidget(self.search, 1)
        row.addWidget(find)
        lay.addLayout(row)
        self.matches = QComboBox()
        self.matches.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.matches.setMinimumContentsLength(30)
        lay.addWidget(self.matches)
        hand = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("or a name not in the roster"))
        self.nip = QLineEdit()
        self.nip.setPlaceholderText(self.tr("NIP (18 digits)"))
        hand.addWidget(self.name, 2)
        hand.addWidget(self.nip, 1)
        lay.addLayout(hand)

    def search_roster(self) -> None:
        app, text = self.ui.app, self.search.text()
        self.ui.tasks.run(lambda _h: cases.find_people(app, text), self._found)

    def _found(self, people: list[dict[str, Any]]) -> None:
        self.matches.clear()
        for p in people:
            self.matches.addItem(
                f"{p['name']} · {p['nip'] or '-'} · {p.get('golongan') or '-'} · {p['unit']}",
                {"name": p["name"], "nip": p["nip"] or ""},
            )

    def chosen(self) -> dict[str, str] | None:
        """The person typed by hand when a name is typed, else the roster match."""
        if self.name.text().strip():
            return {"name": self.name.text().strip(), "nip": self.nip.text().strip()}
        data = self.matches.currentData()
        return dict(data) if data else None

    def reset(self) -> None:
        self.name.clear()
        self.nip.clear()


class TeamDialog(ExamDialog):
    """The whole tim pemeriksa (or Majelis Kode Etik): members from the roster with a role."""

    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        mke = state.required_body == "mke"
        title = (
            self.tr("Ethics Council (Majelis Kode Etik) for {number}")
            if mke
            else self.tr("Examination team for {number}")
        )
        super().__init__(ui, state.case_id, title.format(number=state.number), parent)
        self.setMinimumWidth(820)
        self.mke = mke
        rule = {
            "mke": self.tr(
                "A chair, a secretary and at least three members; more than five only in an "
                "odd number; nobody lower in rank than the person examined."
            ),
            "tim": self.tr(
                "Mandatory for a heavy (berat) sanction: the direct superior, the supervision "
                "unit (Inspektorat) and the personnel unit (BKPSDM)."
            ),
            "tim_optional": self.tr("Optional for a medium (sedang) sanction."),
        }.get(state.required_body or "", "")
        hint = QLabel(rule)
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.form.addRow(hint)
        self.picker = PersonPicker(ui)
        self.form.addRow(self.tr("Person"), self.picker)
        self.role = QComboBox()
        for role in case_exam.MKE_ROLES if mke else case_exam.TEAM_ROLES:
            self.role.addItem(role_label(role), role)
        add = QPushButton(self.tr("Add to the team"))
        add.clicked.connect(self.add_member)
        row = QHBoxLayout()
        row.addWidget(self.role, 1)
        row.addWidget(add)
        self.form.addRow(self.tr("Role"), row)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("NIP"), self.tr("Role")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(150)
        self.form.addRow(self.table)
        remove = QPushButton(self.tr("Remove the chosen member"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.form.addRow("", remove)
        self.involved = QCheckBox(
            self.tr("The direct superior is involved: a higher superior sits in their place")
        )
        if not mke:
            self.form.addRow("", self.involved)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Note"), self.note)
        self.add_footer()
        for m in (state.team or {}).get("members", []):
            self._append(m["name"], m["nip"], m["role"])

    def _append(self, name: str, nip: str, role: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(nip or "-"))
        item = QTableWidgetItem(role_label(role))
        item.setData(Qt.ItemDataRole.UserRole, role)
        self.table.setItem(row, 2, item)

    def add_member(self) -> None:
        person = self.picker.chosen()
        if person is None:
            self.message.setText(self.tr("Search the roster or type a name first."))
            return
        self.message.setText("")
        self._append(person["name"], person["nip"], str(self.role.currentData()))
        self.picker.reset()

    def members(self) -> list[str]:
        out = []
        for row in range(self.table.rowCount()):
            name, nip, role = (self.table.item(row, c) for c in range(3))
            assert name is not None and nip is not None and role is not None
            number = "" if nip.text() == "-" else nip.text()
            out.append(f"{name.text()}|{number}|{role.data(Qt.ItemDataRole.UserRole)}")
        return out

    def submit(self) -> Callable[[AppContext, str], Any]:
        members, involved, note = self.members(), self.involved.isChecked(), self.note.text()

        def run(app: AppContext, ref: str) -> Any:
            parsed = [case_exam.parse_member(m) for m in members]
            return case_exam.set_team(app, ref, parsed, involved and not self.mke, note)

        return run


class AbsenceDialog(ExamDialog):
    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Missed examination for {number}").format(number=state.number),
            parent,
        )
        plan = (state.summonses or [{}])[-1]
        when = plan.get("examination")
        text = (
            self.tr(
                "The person did not come to the examination of {date} (summons {n}). After a "
                "second summons is also missed, the decision is made without an examination."
            ).format(date=_dmy(when), n=plan.get("summons_no"))
            if when
            else self.tr("No summons recorded yet.")
        )
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.form.addRow(self.tr("Note"), self.note)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        note = self.note.toPlainText()
        return lambda app, ref: case_exam.record_absence(app, ref, note)


class LhpDialog(ExamDialog):
    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Examination report (LHP) for {number}").format(number=state.number),
            parent,
        )
        self.setMinimumWidth(640)
        old = state.lhp or {}
        self.summary = QPlainTextEdit(old.get("summary", ""))
        self.summary.setPlaceholderText(self.tr("Left empty: written from the BAP"))
        self.summary.setFixedHeight(80)
        self.form.addRow(self.tr("Summary"), self.summary)
        self.analysis = QPlainTextEdit(old.get("analysis", ""))
        self.analysis.setPlaceholderText(
            self.tr("Left empty: the rulebook's explanation, step by step")
        )
        self.analysis.setFixedHeight(100)
        self.form.addRow(self.tr("Analysis"), self.analysis)
        self.conclusion = QPlainTextEdit(old.get("conclusion", ""))
        self.conclusion.setFixedHeight(80)
        self.form.addRow(self.tr("Conclusion"), self.conclusion)
        self.made_on = date_edit(self.ui)
        self.form.addRow(self.tr("Date of the report"), self.made_on)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        conclusion, summary = self.conclusion.toPlainText(), self.summary.toPlainText()
        analysis, made_on = self.analysis.toPlainText(), to_date(self.made_on.date())
        return lambda app, ref: case_exam.record_lhp(
            app, ref, conclusion, summary=summary, analysis=analysis, made_on=made_on
        )


class SuspensionDialog(ExamDialog):
    """Pembebasan sementara: the acting official (from the roster or typed), the start date
    and the reason; the service refuses a case not likely to end in a berat sanction."""

    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Temporary suspension from the position for {number}").format(
                number=state.number
            ),
            parent,
        )
        label = QLabel(
            self.tr(
                "Only for a case likely to end in a severe (berat) sanction: the person is "
                "relieved of the duties of the position until the decision, and an acting "
                "official takes them over."
            )
        )
        label.setWordWrap(True)
        self.form.addRow(label)
        self.official = PersonPicker(ui, self)
        self.form.addRow(self.tr("Acting official"), self.official)
        self.start = date_edit(self.ui)
        self.form.addRow(self.tr("From"), self.start)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(70)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        who = self.official.chosen()
        if who is None:
            raise ValueError(self.tr("Choose the acting official from the roster or type a name."))
        start, reason = to_date(self.start.date()), self.reason.toPlainText()
        return lambda app, ref: case_exam.suspend(
            app,
            ref,
            acting_official=who["name"],
            official_nip=who["nip"],
            start=start,
            reason=reason,
        )


class LiftSuspensionDialog(ExamDialog):
    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("End the temporary suspension for {number}").format(number=state.number),
            parent,
        )
        self.lifted_on = date_edit(self.ui)
        self.form.addRow(self.tr("Ended on"), self.lifted_on)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.form.addRow(self.tr("Note"), self.note)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        on, note = to_date(self.lifted_on.date()), self.note.toPlainText()
        return lambda app, ref: case_exam.lift(app, ref, on=on, note=note)


class ClassifyDialog(ExamDialog):
    """The written classification of a catch-all code ("other form regulated by law")."""

    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("Classify a catch-all code for {number}").format(number=state.number),
            parent,
        )
        self.code = QComboBox()
        for item in state.catch_all:
            self.code.addItem(item.code, item.code)
        self.code.currentIndexChanged.connect(self._level_for_code)
        self.form.addRow(self.tr("Code"), self.code)
        self.level = QComboBox()
        self.level.addItem(self.tr("medium (sedang)"), "sedang")
        self.level.addItem(self.tr("heavy (berat)"), "berat")
        self.level.addItem(self.tr("dismissal (PTDH)"), "ptdh")
        self.form.addRow(self.tr("Level"), self.level)
        self.basis = QLineEdit()
        self.basis.setPlaceholderText("UU 10/2016 Pasal 71 ayat (1)")
        self.form.addRow(self.tr("Regulation breached"), self.basis)
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        self.text.setPlaceholderText(self.tr("Why the act falls under that regulation"))
        self.form.addRow(self.tr("Description"), self.text)
        self.add_footer()
        self._level_for_code()

    def _level_for_code(self) -> None:
        self.level.setEnabled(str(self.code.currentData() or "").startswith("D"))

    def submit(self) -> Callable[[AppContext, str], Any]:
        code = str(self.code.currentData() or "")
        if not code:
            raise ValueError(self.tr("This report has no catch-all code to classify."))
        level = str(self.level.currentData()) if self.level.isEnabled() else ""
        basis, text = self.basis.text(), self.text.toPlainText()
        return lambda app, ref: case_exam.classify(app, ref, code, basis, text, level)


class ReferenceDialog(ExamDialog):
    """Bawaslu, SBT, the BKN (formerly KASN) recommendation letter and the Kanreg BKN."""

    def __init__(self, ui: UiContext, state: ExamState, parent: QWidget | None = None) -> None:
        super().__init__(
            ui,
            state.case_id,
            self.tr("External references for {number}").format(number=state.number),
            parent,
        )
        refs = state.references or {}
        labels = {
            "bawaslu": self.tr("Bawaslu register number"),
            "bawaslu_letter": self.tr("Bawaslu recommendation letter"),
            "sbt": self.tr("SBT complaint number"),
            "bkn_letter": self.tr("BKN/KASN recommendation letter number"),
            "kanreg": self.tr("Regional office of BKN (Kanreg)"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for key, label in labels.items():
            self.edits[key] = QLineEdit(refs.get(key) or "")
            self.form.addRow(label, self.edits[key])
        self.has_date = QCheckBox(self.tr("Letter dated"))
        self.letter_date = date_edit(self.ui)
        if refs.get("bkn_date"):
            self.has_date.setChecked(True)
            day = date.fromisoformat(refs["bkn_date"])
            self.letter_date.setDate(QDate(day.year, day.month, day.day))
        self.form.addRow(self.has_date, self.letter_date)
        hint = QLabel(
            self.tr(
                "The recommending body (KASN, BKN, …) is read from the rulebook for the "
                "letter's date; the PPK's follow-up deadline counts from that date."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.form.addRow(hint)
        self.add_footer()

    def submit(self) -> Callable[[AppContext, str], Any]:
        values: dict[str, Any] = {k: e.text() for k, e in self.edits.items()}
        values["bkn_date"] = (
            to_date(self.letter_date.date()).isoformat() if self.has_date.isChecked() else ""
        )
        return lambda app, ref: case_exam.set_references(app, ref, **values)


def _dmy(iso: str | None) -> str:
    return date.fromisoformat(iso).strftime("%d-%m-%Y") if iso else "-"
