"""Dialogs of the signing area: election, signing event, new template version, a reason.

Each dialog only collects and checks input; the page runs the service call through
``ui.tasks.run`` and closes the dialog when it succeeded.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NetraError
from desktop.domain.pact import PactText, TemplateBody
from desktop.services.signing_setup import (
    LEVELS,
    ElectionInfo,
    EventInfo,
    TemplateInfo,
    UnitChoice,
    parse_witness,
    preview,
)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def pact_html(text: PactText) -> str:
    """The pact as rich text (signing screen and template preview)."""
    e = html.escape
    rows = "".join(
        f"<tr><td style='padding-right:12px'>{e(k)}</td><td>:</td>"
        f"<td style='padding-left:6px'><b>{e(v)}</b></td></tr>"
        for k, v in text.identity_fields
    )
    items = "".join(f"<li style='margin-bottom:4px'>{e(c)}</li>" for c in text.commitments)
    parts = [f"<h2 align='center' style='margin-bottom:0'>{e(text.title)}</h2>"]
    if text.subtitle:
        parts.append(f"<h3 align='center' style='margin-top:2px'>{e(text.subtitle)}</h3>")
    if text.opening:
        parts.append(f"<p>{e(text.opening)}</p>")
    if rows:
        parts.append(f"<table style='margin-left:24px'>{rows}</table>")
    parts.append(f"<p>{e(text.intro)}</p><ol>{items}</ol>")
    for para in (text.consequence, text.closing):
        if para:
            parts.append(f"<p>{e(para)}</p>")
    if text.place_date:
        parts.append(f"<p align='right'>{e(text.place_date)}</p>")
    return "".join(parts)


class _FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color:#b42318")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def problem(self) -> str | None:  # pragma: no cover - overridden
        return None

    def _try_accept(self) -> None:
        try:
            problem = self.problem()
        except NetraError as exc:
            problem = exc.message_id
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def busy(self, on: bool) -> None:
        self.buttons.setEnabled(not on)


class ElectionDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, current: ElectionInfo | None = None) -> None:
        super().__init__(parent, self.tr("Election"))
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(self.tr("e.g. Pilkada Serentak 2024"))
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem(
                self.tr("General election (Pemilu)")
                if level == "pemilu"
                else self.tr("Regional election (Pilkada)"),
                level,
            )
        if current:
            self.level.setCurrentIndex(LEVELS.index(current.level))
        else:
            self.level.setCurrentIndex(1)
        self.voting_date = _date_edit(current.voting_date if current else date(2024, 11, 27))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Level"), self.level)
        self.form.addRow(self.tr("Voting day"), self.voting_date)

    def problem(self) -> str | None:
        return None if self.name.text().strip() else self.tr("The name is required.")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "voting_date": pydate(self.voting_date.date()),
            "level": self.level.currentData(),
        }


class EventDialog(_FormDialog):
    """New event (election and template chosen once) or edit of its details."""

    def __init__(
        self,
        parent: QWidget | None,
        elections: list[ElectionInfo],
        templates: list[TemplateInfo],
        units: list[UnitChoice],
        current: EventInfo | None = None,
        place: str = "",
    ) -> None:
        super().__init__(parent, self.tr("Signing event"))
        self.current = current
        self.name = QLineEdit(current.name if current else "")
        self.name.setPlaceholderText(self.tr("e.g. Apel Netralitas ASN Kecamatan"))
        self.election = QComboBox()
        for e in elections:
            self.election.addItem(f"{e.name} ({e.voting_date:%d-%m-%Y})", e.id)
        self.template = QComboBox()
        for t in templates:
            if t.latest and t.audience == "asn":
                self.template.addItem(f"{t.title} (v{t.version})", t.code)
        if current:
            self.election.setCurrentIndex(max(0, self.election.findData(current.election_id)))
            self.template.setCurrentIndex(max(0, self.template.findData(current.template_code)))
            self.election.setEnabled(False)
            self.template.setEnabled(False)
        else:
            self.template.setCurrentIndex(max(0, self.template.findData("pakta-netralitas-asn")))
        self.event_date = _date_edit(current.event_date if current else date.today())
        self.place = QLineEdit(current.place if current else place)
        self.units = QListWidget()
        chosen = set(current.unit_codes) if current else set()
        for u in units:
            item = QListWidgetItem(f"{u.code}  {u.name}")
            item.setData(Qt.ItemDataRole.UserRole, u.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if u.code in chosen else Qt.CheckState.Unchecked
            )
            self.units.addItem(item)
        self.units.setMinimumHeight(120)
        self.witnesses = QPlainTextEdit()
        self.witnesses.setPlaceholderText(self.tr("One per line: Name | Position | NIP (optional)"))
        self.witnesses.setFixedHeight(80)
        if current:
            self.witnesses.setPlainText(
                "\n".join(
                    " | ".join(x for x in (w["name"], w["position"], w.get("nip", "")) if x)
                    for w in current.witnesses
                )
            )
        self.form.addRow(self.tr("Event name"), self.name)
        self.form.addRow(self.tr("Election"), self.election)
        self.form.addRow(self.tr("Pact template"), self.template)
        self.form.addRow(self.tr("Date"), self.event_date)
        self.form.addRow(self.tr("Place"), self.place)
        hint = QLabel(self.tr("Units covered (none checked: every unit of the office)"))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.units)
        self.form.addRow(self.tr("Witnesses"), self.witnesses)

    def witness_list(self) -> list[dict[str, str]]:
        lines = [ln for ln in self.witnesses.toPlainText().splitlines() if ln.strip()]
        return [parse_witness(ln) for ln in lines]

    def unit_codes(self) -> list[str]:
        out = []
        for i in range(self.units.count()):
            item = self.units.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def problem(self) -> str | None:
        if not self.name.text().strip() or not self.place.text().strip():
            return self.tr("The event name and the place are required.")
        if self.current is None and (
            self.election.currentData() is None or self.template.currentData() is None
        ):
            return self.tr("Choose an election and a pact template (add an election first).")
        self.witness_list()
        return None

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "election_id": self.election.currentData(),
            "template_code": self.template.currentData(),
            "event_date": pydate(self.event_date.date()),
            "place": self.place.text().strip(),
            "unit_codes": self.unit_codes(),
            "witnesses": self.witness_list(),
        }


class TemplateDialog(_FormDialog):
    """A new version of a template: edit the text, see the preview, save as version N+1."""

    def __init__(self, parent: QWidget | None, base: TemplateBody) -> None:
        super().__init__(parent, self.tr("New template version"))
        self.base = base
        self.title_edit = QLineEdit(base.title)
        self.subtitle = QLineEdit(base.subtitle)
        self.intro = QPlainTextEdit(base.intro)
        self.commitments = QPlainTextEdit("\n".join(base.commitments))
        self.consequence = QPlainTextEdit(base.consequence)
        self.closing = QPlainTextEdit(base.closing)
        for edit in (self.intro, self.consequence, self.closing):
            edit.setFixedHeight(60)
        self.form.addRow(
            self.tr("Template"), QLabel(f"{base.code} (v{base.version} → v{base.version + 1})")
        )
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Subtitle"), self.subtitle)
        self.form.addRow(self.tr("Introduction"), self.intro)
        self.form.addRow(self.tr("Commitments (one per line)"), self.commitments)
        self.form.addRow(self.tr("Consequence clause"), self.consequence)
        self.form.addRow(self.tr("Closing"), self.closing)
        self.preview = QTextBrowser()
        self.preview.setMinimumWidth(420)
        row = QHBoxLayout()
        lay = self.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.removeItem(self.form)
        left = QWidget()
        left.setLayout(self.form)
        row.addWidget(left, 1)
        row.addWidget(self.preview, 1)
        lay.insertLayout(0, row)
        self.title_edit.textChanged.connect(self.refresh)
        self.subtitle.textChanged.connect(self.refresh)
        for box in (self.intro, self.commitments, self.consequence, self.closing):
            box.textChanged.connect(self.refresh)
        self.resize(1000, 620)
        self.refresh()

    def data(self) -> dict[str, Any]:
        body = self.base.to_json()
        body.update(
            {
                "title": self.title_edit.text(),
                "subtitle": self.subtitle.text(),
                "intro": self.intro.toPlainText(),
                "consequence": self.consequence.toPlainText(),
                "closing": self.closing.toPlainText(),
                "commitments": [
                    c for c in self.commitments.toPlainText().splitlines() if c.strip()
                ],
            }
        )
        return body

    def refresh(self) -> None:
        try:
            self.preview.setHtml(pact_html(preview(self.data())))
            self.error.setText("")
        except NetraError as exc:
            self.error.setText(exc.message_id)

    def problem(self) -> str | None:
        preview(self.data())
        return None


class ReasonDialog(_FormDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str) -> None:
        super().__init__(parent, title)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(90)
        self.reason.setTabChangesFocus(True)  # Tab goes on to the buttons, as in a form
        self.reason.setPlaceholderText(self.tr("Write the reason, then Ctrl+Enter to save"))
        hint = QLabel(self.tr("Ctrl+Enter saves, Esc cancels."))
        hint.setObjectName("muted")
        self.form.addRow(label)
        self.form.addRow(self.reason)
        self.form.addRow(hint)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._try_accept)
        self.reason.setFocus()

    def problem(self) -> str | None:
        if len(self.reason.toPlainText().strip()) < 3:
            return self.tr("Please write the reason.")
        return None

    def text(self) -> str:
        return self.reason.toPlainText().strip()
