"""Kiosk mode of a signing event: find the person, show the pact, sign, confirm, next.

:class:`SearchScreen` is keyboard first (type part of a name or NIP, Enter opens the pact;
the default list is who has not signed yet) with the event's counter. :class:`PactScreen`
shows the pact filled with the person's details over the signature pad; the operator
confirms and the page saves and returns straight to the search.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services.signing import PactView, Person
from desktop.ui.signature_pad import SignaturePad
from desktop.ui.signing_dialogs import pact_html
from desktop.ui.signing_models import Column, RowsModel


class SearchScreen(QWidget):
    """Emits ``open_person(employee_id)``, ``refuse_person``, ``back`` and ``query_changed``."""

    open_person = Signal(str)
    refuse_person = Signal(str)
    void_person = Signal(str)
    back = Signal()
    query_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.counter = QLabel()
        font = QFont(self.counter.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.counter.setFont(font)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name or NIP, then press Enter"))
        self.search.setClearButtonEnabled(True)
        big = QFont(self.search.font())
        big.setPointSize(big.pointSize() + 4)
        self.search.setFont(big)
        self.status = QComboBox()
        for label, value in (
            (self.tr("Not yet signed"), "unsigned"),
            (self.tr("Signed"), "signed"),
            (self.tr("Refused"), "refused"),
            (self.tr("Everyone"), ""),
        ):
            self.status.addItem(label, value)
        status_names = {
            "signed": self.tr("Signed"),
            "refused": self.tr("Refused"),
            "unsigned": self.tr("Not yet"),
        }
        self.model: RowsModel[Person] = RowsModel(
            [
                Column(self.tr("Name"), lambda p: p.name),
                Column(self.tr("NIP"), lambda p: p.nip or "-"),
                Column(self.tr("Position"), lambda p: p.jabatan),
                Column(self.tr("Work unit"), lambda p: p.unit_name),
                Column(self.tr("Status"), lambda p: status_names.get(p.status, p.status)),
            ],
            self,
            status=lambda p: p.status,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Open pact to sign (Enter)"))
        self.sign_button.setDefault(True)
        self.refuse_button = QPushButton(self.tr("Record refusal…"))
        self.void_button = QPushButton(self.tr("Void record…"))
        self.back_button = QPushButton(self.tr("← Events"))
        self.sign_button.clicked.connect(self._open)
        self.refuse_button.clicked.connect(lambda: self._emit_selected(self.refuse_person))
        self.void_button.clicked.connect(lambda: self._emit_selected(self.void_person))
        self.back_button.clicked.connect(self.back)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open)
        self.status.currentIndexChanged.connect(lambda _i: self._changed())
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.counter)
        find = QHBoxLayout()
        find.addWidget(self.search, 1)
        find.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.refuse_button)
        buttons.addWidget(self.sign_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.addLayout(top)
        lay.addLayout(find)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

    def _changed(self) -> None:
        self.query_changed.emit(self.search.text(), self.status.currentData() or "")

    def set_people(self, people: list[Person]) -> None:
        self.model.set_rows(people)
        if people:
            self.table.selectRow(0)
        elif self.search.text().strip():
            self.message.setText(
                self.tr(
                    'Nobody found for "{text}" in this list. Try another part of the name or '
                    "NIP, or choose Everyone."
                ).format(text=self.search.text().strip())
            )

    def set_counter(self, signed: int, total: int) -> None:
        self.counter.setText(
            self.tr("{signed} of {total} signed").format(signed=signed, total=total)
        )

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else self.model.row(0)

    def _emit_selected(self, signal: SignalInstance) -> None:
        person = self.selected()
        if person is not None:
            signal.emit(person.employee_id)

    def _open(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search first, then open
            self._timer.stop()
            self._changed()
            return
        self._emit_selected(self.open_person)

    def reset(self, message: str = "") -> None:
        self.message.setText(message)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.search.setFocus()
        self._changed()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.table.setFocus()
            self.table.keyPressEvent(event)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class PactScreen(QWidget):
    """The pact with the person's details and the pad. Emits ``confirmed`` / ``cancelled``."""

    confirmed = Signal(dict)
    cancelled = Signal()
    void_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PactView | None = None
        self.person = QLabel()
        self.person.setObjectName("pageTitle")
        self.person.setWordWrap(True)
        self.text = QTextBrowser()
        font = QFont(self.text.font())
        font.setPointSize(font.pointSize() + 2)
        self.text.setFont(font)
        self.pad = SignaturePad()
        self.pad.guide_text = self.tr("Sign above the line")
        self.pad.setMinimumHeight(220)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo stroke"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.void_button = QPushButton(self.tr("Void this record…"))
        self.confirm_button = QPushButton(self.tr("Operator: confirm and save"))
        self.confirm_button.setObjectName("primary")
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.cancel_button.clicked.connect(self.cancelled)
        self.confirm_button.clicked.connect(self._confirm)
        self.void_button.clicked.connect(self._void)
        self.pad.changed.connect(self._pad_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancelled.emit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._confirm)
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.confirm_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 14, 24, 14)
        lay.addWidget(self.person)
        lay.addWidget(self.text, 3)
        lay.addWidget(self.pad, 2)
        lay.addWidget(self.message)
        lay.addLayout(buttons)

    def show_pact(self, view: PactView, can_sign: bool, can_void: bool) -> None:
        self.view = view
        ident = view.identity
        number = ident.nip or ident.nik or "-"
        self.person.setText(f"{ident.name} · {number} · {ident.unit_name}")
        self.text.setHtml(pact_html(view.text))
        self.pad.clear()
        existing = view.existing
        if existing is not None:
            when = existing.local_time
            if existing.kind == "signed":
                self.message.setText(
                    self.tr(
                        "Already signed for this election on {when} (record {rid}, operator "
                        "{op}). Signing twice is not allowed."
                    ).format(when=when, rid=existing.id[:8], op=existing.operator)
                )
            else:
                self.message.setText(
                    self.tr("Refused on {when}: {reason}. The person may still sign now.").format(
                        when=when, reason=existing.reason
                    )
                )
        else:
            self.message.setText(self.tr("Please read the pact, then sign in the box."))
        blocked = existing is not None and existing.kind == "signed"
        self.pad.set_read_only(blocked or not can_sign)
        self.void_button.setVisible(existing is not None and can_void)
        for button in (self.undo_button, self.clear_button):
            button.setEnabled(not blocked and can_sign)
        self.confirm_button.setEnabled(False)
        self._blocked = blocked or not can_sign
        self.pad.setFocus()

    def show_existing_strokes(self, data: dict[str, object]) -> None:
        self.pad.load(data, read_only=True)
        self.confirm_button.setEnabled(False)

    def _pad_changed(self, strokes: int) -> None:
        self.confirm_button.setEnabled(strokes > 0 and not getattr(self, "_blocked", False))

    def _confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.confirm_button.setEnabled(False)
            self.confirmed.emit(self.pad.strokes_data())

    def _void(self) -> None:
        if self.view is not None and self.view.existing is not None:
            self.void_requested.emit(self.view.existing.id)

    def failed(self, message: str) -> None:
        self.message.setText(message)
        self.confirm_button.setEnabled(not self.pad.is_empty())
