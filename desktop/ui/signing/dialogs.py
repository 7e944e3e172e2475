"""Dialogs of the signing area: election, signing event, new template version, a reason;
and the panel flagging double signings (one person signed on two laptops).

Each dialog only collects and checks input; the page runs the service call through
``ui.tasks.run`` and closes the dialog when it succeeded.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NetraError
from desktop.domain.pact import PactText, TemplateBody
from desktop.services.signing import DoubleSigning, RecordInfo
from desktop.services.signing.setup import (
    LEVELS,
    ElectionInfo,
    EventInfo,
    TemplateInfo,
    UnitChoice,
    parse_witness,
    preview,
)
from desktop.ui.signing.models import Column, RowsModel


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def event_date_text(event: EventInfo) -> str:
    """The event's date for the event list, with the days its pacts carry when those differ
    (a printed pact is dated the day it was signed): "30-09-2024 (pakta: 01-10-2024)"."""
    text = f"{event.event_date:%d-%m-%Y}"
    if not event.signed_on_other_days or event.first_signed is None:
        return text
    first, last = event.first_signed, event.last_signed or event.first_signed
    days = f"{first:%d-%m-%Y}" if first == last else f"{first:%d-%m}–{last:%d-%m-%Y}"
    return QCoreApplication.translate("signing_dialogs", "{date}\n(pacts dated {days})").format(
        date=text, days=days
    )


def day_note(event: EventInfo, today: date) -> str:
    """The kiosk's note when signing happens on another day than the event's ("" if not)."""
    if today == event.event_date:
        return ""
    return QCoreApplication.translate(
        "signing_dialogs",
        "Today is {today}, not the event's date ({date}): the pacts signed now are dated {today}.",
    ).format(today=f"{today:%d-%m-%Y}", date=f"{event.event_date:%d-%m-%Y}")


def projector_heading(event: EventInfo) -> str:
    return f"{event.name} · {event.event_date:%d-%m-%Y} · {event.place}"


def wrap_rows(table: QTableView) -> None:
    """Long names (units, events) whole on two lines instead of cut off with "…"."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.verticalHeader()
    header.setSectionResizeMode(header.ResizeMode.ResizeToContents)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def pact_html(text: PactText) -> str:
    """The pact as rich text (signing screen and template preview)."""
    e = html.escape
    rows = "".join(
        f"<tr><td style='padding-right:12px'>{e(k)}</td><td>:</td>"
        f"<td style='padding-left:6px'><b>{e(v)}</b></td></tr>"
        for k, v in text.identity_fields
    )
    items = "".join(f"<li style='margin-bottom:2px'>{e(c)}</li>" for c in text.commitments)
    # Headings no larger than needed: at 1366x768 every point of the pact stays in view.
    parts = [f"<p align='center' style='margin:0'><b>{e(text.title)}</b></p>"]
    if text.subtitle:
        parts.append(f"<p align='center' style='margin-top:0'><b>{e(text.subtitle)}</b></p>")
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
        today: date | None = None,
    ) -> None:
        """``today``: the office's date (a new event's default day; the machine's if not given)."""
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
        self.voting_days = {e.id: e.voting_date for e in elections}
        self.locked = current is not None and current.records > 0
        if current:
            self.election.setCurrentIndex(max(0, self.election.findData(current.election_id)))
            self.template.setCurrentIndex(max(0, self.template.findData(current.template_code)))
            # Once people have signed, the election and the template are those they signed.
            self.election.setEnabled(not self.locked)
            self.template.setEnabled(not self.locked)
        else:
            self.template.setCurrentIndex(max(0, self.template.findData("pakta-netralitas-asn")))
        self.event_date = _date_edit(current.event_date if current else today or date.today())
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
        self.units.setWordWrap(True)  # long unit names whole, not cut at the dialog's edge
        self.units.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.units.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.date_reason = QLineEdit()
        self.date_reason.setPlaceholderText(
            self.tr("Why the date is corrected (kept in the audit log, printed nowhere)")
        )
        self.date_reason_label = QLabel(self.tr("Reason for the new date"))
        self.confirmed_after_voting = False
        self.date_moved = False
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
        self.form.addRow(self.date_reason_label, self.date_reason)
        if self.locked:
            note = QLabel(
                self.tr(
                    "{count} people have signed or refused at this event: its election and "
                    "template stay as they are (make a new event for others), and a new date "
                    "needs a reason."
                ).format(count=current.records if current else 0)
            )
            note.setWordWrap(True)
            note.setObjectName("muted")
            self.form.addRow(note)
        self.form.addRow(self.tr("Place"), self.place)
        hint = QLabel(self.tr("Units covered (none checked: every unit of the office)"))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.units)
        self.form.addRow(self.tr("Witnesses"), self.witnesses)
        self.event_date.dateChanged.connect(lambda _d: self._date_changed())
        self._date_changed()
        self.setMinimumWidth(640)

    def _date_changed(self) -> None:
        current = self.current
        self.date_moved = (
            self.locked
            and current is not None
            and pydate(self.event_date.date()) != current.event_date
        )
        self.date_reason.setVisible(self.date_moved)
        self.date_reason_label.setVisible(self.date_moved)
        self.confirmed_after_voting = False

    def voting_day(self) -> date | None:
        return self.voting_days.get(self.election.currentData())

    def _confirm_after_voting_day(self) -> bool:
        """An event date after the voting day: ask, giving the reason (True: go on)."""
        voting = self.voting_day()
        day = pydate(self.event_date.date())
        if voting is None or day <= voting or self.confirmed_after_voting:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Date after the voting day"),
            self.tr(
                "The event date {date} is after the voting day ({voting}). The neutrality "
                "pact is signed before the vote; a later date is usually a typing slip.\n\n"
                "Keep {date} anyway?"
            ).format(date=f"{day:%d-%m-%Y}", voting=f"{voting:%d-%m-%Y}"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        keep = box.addButton(self.tr("Keep this date"), QMessageBox.ButtonRole.AcceptRole)
        fix = box.addButton(self.tr("Correct the date"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fix)
        box.exec()
        self.confirmed_after_voting = box.clickedButton() is keep
        if not self.confirmed_after_voting:
            self.event_date.setFocus()
        return self.confirmed_after_voting

    def _try_accept(self) -> None:
        try:
            problem = self.problem()
        except NetraError as exc:
            problem = exc.message_id
        if problem:
            self.error.setText(problem)
            return
        if not self._confirm_after_voting_day():
            self.error.setText(self.tr("Correct the date, or confirm it."))
            return
        self.accept()

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
        if self.date_moved and len(self.date_reason.text().strip()) < 3:
            return self.tr(
                "People have already signed at this event: write why its date is corrected, "
                "or make a new event."
            )
        self.witness_list()
        return None

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "event_date": pydate(self.event_date.date()),
            "place": self.place.text().strip(),
            "unit_codes": self.unit_codes(),
            "witnesses": self.witness_list(),
            "confirm_after_voting_day": self.confirmed_after_voting,
        }
        if not self.locked:  # fixed once people have signed: not sent at all
            values["election_id"] = self.election.currentData()
            values["template_code"] = self.template.currentData()
        if self.date_moved:
            values["date_reason"] = self.date_reason.text().strip()
        return values


class TemplateDialog(_FormDialog):
    """A new version of a template: edit the text, see the preview, save as version N+1."""

    def __init__(
        self, parent: QWidget | None, base: TemplateBody, today: date | None = None
    ) -> None:
        """``today``: the office's date, the preview's (the machine's if not given)."""
        super().__init__(parent, self.tr("New template version"))
        self.base = base
        self.today = today
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
            self.preview.setHtml(pact_html(preview(self.data(), self.today)))
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


def other_laptop(record: RecordInfo) -> str:
    """The laptop a record was made on, for a person: its name where known here, else its
    device code ("original laptop": an office's laptop from before devices), with its office
    when that is not this installation's."""
    if record.device_name or record.device:
        return record.laptop
    original = QCoreApplication.translate("signing_dialogs", "original laptop")
    return original + record.laptop.removeprefix("awal")


def laptop_text(record: RecordInfo) -> str:
    """As :func:`other_laptop`, and "(this laptop)" for a record made here."""
    if record.this_device and record.device_name:
        return QCoreApplication.translate("signing_dialogs", "{name} (this laptop)").format(
            name=record.device_name
        )
    if record.this_device:
        return QCoreApplication.translate("signing_dialogs", "this laptop")
    return other_laptop(record)


def record_place_time(record: RecordInfo) -> str:
    """ "Kiosk 2 · 81.08.06" over "03-12-2026 09.15 WIT" (the office's zone)."""
    return f"{laptop_text(record)}\n{record.local_time}"


class DoubleSigningsPanel(QWidget):
    """People who signed twice (two kiosks whose records merged later): both records are
    kept as evidence and the person counts once; the operator voids the later record with
    a reason. Hidden while there is none."""

    void_requested = Signal(object)  # the DoubleSigning whose later record is to be voided

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("error")
        self.heading.setWordWrap(True)
        self.model: RowsModel[DoubleSigning] = RowsModel(
            [
                Column(self.tr("Person"), lambda d: f"{d.name}\n{d.nip or d.unit_name}"),
                Column(self.tr("First (counts)"), lambda d: record_place_time(d.kept)),
                Column(self.tr("Later (to void)"), lambda d: record_place_time(d.later)),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Stretch)
        wrap_rows(self.table)
        self.void_button = QPushButton(self.tr("Void later record…"))
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self._void)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.table.activated.connect(lambda _i: self._void())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.void_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        self.setVisible(False)

    def set_items(self, items: list[DoubleSigning]) -> None:
        self.model.set_rows(items)
        self.heading.setText(
            self.tr(
                "Double signings: {count}. These people signed on two laptops; each is "
                "counted once. Void the later record with a reason."
            ).format(count=len(items))
        )
        if items:
            self.table.selectRow(0)
        self._selected()
        self.setVisible(bool(items))

    def selected(self) -> DoubleSigning | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self.void_button.setEnabled(self.selected() is not None)

    def _void(self) -> None:
        item = self.selected()
        if item is not None and not self.void_button.isHidden():
            self.void_requested.emit(item)


def void_double_prompt(item: DoubleSigning) -> str:
    """What the reason dialog says before the later of two signatures is voided."""
    return QCoreApplication.translate(
        "signing_dialogs",
        "{name} signed twice: first on {first} at {first_time}, again on {later} at "
        "{later_time}. The later record is voided (both stay as evidence). Reason:",
    ).format(
        name=item.name,
        first=laptop_text(item.kept),
        first_time=item.kept.local_time,
        later=laptop_text(item.later),
        later_time=item.later.local_time,
    )
