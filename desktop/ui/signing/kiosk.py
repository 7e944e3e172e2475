"""Kiosk mode of a signing event: find the person, show the pact, sign, confirm, next.

:class:`SearchScreen` is keyboard first. The search box keeps the focus the whole time: ↑/↓
move the table's selection while typing goes on in the box, Enter opens the single match or
the row the operator selected (never a row nobody selected: there is no preselection), and a
search still waiting for its results is run first, so Enter right after typing (or after a
card reader's burst) opens the right person. F6 records a refusal, F8 voids, Esc clears the
search and, on an empty search, goes back to the events. :class:`PactScreen` shows the pact
filled with the person's details over the signature pad; Ctrl+Enter confirms, Esc cancels.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
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

from desktop.services.signing import PactView, Person, RecordInfo
from desktop.ui.signing.dialogs import other_laptop, pact_html
from desktop.ui.signing.models import Column, RowsModel, status_color
from desktop.ui.signing.signature_pad import SignaturePad

OPEN_KEYS = ("Return", "Enter")
REFUSE_KEY = "F6"
VOID_KEY = "F8"
CONFIRM_KEYS = ("Ctrl+Return", "Ctrl+Enter")
_MOVE_KEYS = {
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_PageUp: -10,
    Qt.Key.Key_PageDown: 10,
}


def _shortcut(parent: QWidget, keys: str, slot: object) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def clock_time(local_time: str) -> tuple[str, str]:
    """``("30-09-2024", "09.15 WIT")`` from a record's ``"30-09-2024 09:15 WIT"``: the time
    as Indonesian writing has it (a dot between hours and minutes)."""
    day, _, rest = local_time.partition(" ")
    return day, rest.replace(":", ".", 1)


class SearchScreen(QWidget):
    """Emits ``open_person(employee_id)``, ``refuse_person``, ``void_person``, ``back`` and
    ``query_changed(text, status)``; the page answers the latter with :meth:`set_people`."""

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
        self.day_note = QLabel()  # signing on another day than the event's (see set_day_note)
        self.day_note.setObjectName("warning")
        self.day_note.setStyleSheet("color:#8a5300; font-weight:600")
        self.day_note.setWordWrap(True)
        self.day_note.hide()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Type part of a name or NIP, then press Enter (↑/↓ to choose a row)")
        )
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
            background=lambda p: status_color(p.status),
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        # The search box keeps the keyboard: a click selects a row but typing stays there.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("Open pact to sign (Enter)"))
        self.sign_button.setObjectName("primary")
        self.refuse_button = QPushButton(self.tr("Record refusal… (F6)"))
        self.void_button = QPushButton(self.tr("Void record… (F8)"))
        self.back_button = QPushButton(self.tr("← Events (Esc)"))
        self.sign_button.setToolTip(
            self.tr("Opens the only match, or the row chosen with ↑/↓ (Enter)")
        )
        self.refuse_button.setToolTip(self.tr("Record that the chosen person refuses (F6)"))
        self.void_button.setToolTip(self.tr("Void the chosen person's record (F8)"))
        self.back_button.setToolTip(
            self.tr("Esc clears the search; Esc on an empty search goes back to the events")
        )
        self.sign_button.clicked.connect(self._open)
        self.refuse_button.clicked.connect(lambda: self._act(self.refuse_person))
        self.void_button.clicked.connect(lambda: self._act(self.void_person))
        self.back_button.clicked.connect(self.back)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._changed)
        self._requested: tuple[str, str] | None = None  # the query last asked of the page
        self._shown: tuple[str, str] | None = None  # the query whose results are on screen
        self._pending: SignalInstance | None = None  # an action waiting for those results
        self._select_after: str | None = None
        self._pending_move = 0  # ↑/↓ pressed before the typed search answered
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open)
        self.search.installEventFilter(self)
        self.status.currentIndexChanged.connect(lambda _i: self._changed())
        _shortcut(self, REFUSE_KEY, lambda: self._act_if_shown(self.refuse_button))
        _shortcut(self, VOID_KEY, lambda: self._act_if_shown(self.void_button))
        _shortcut(self, "Esc", self._escape)
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
        lay.addWidget(self.day_note)
        lay.addLayout(find)
        lay.addWidget(self.message)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        # Tab walks the controls (never the table's cells), in reading order of use.
        order = [
            self.search,
            self.status,
            self.sign_button,
            self.refuse_button,
            self.void_button,
            self.back_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVE_KEYS.get(Qt.Key(event.key()))
            if step is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.move_selection(step)
                return True
        return super().eventFilter(watched, event)

    def move_selection(self, step: int) -> None:
        """↑/↓ (and Page Up/Down) from the search box: the first press selects the first
        row, later ones move; the selection is always visible on screen."""
        if self._waiting():  # the typed search first: the move applies to its results
            self._pending_move += step
            self._flush()
            return
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self._selected_row()
        if current is None:  # the first ↓ selects the first row, the first ↑ the last
            target = step - 1 if step > 0 else rows + step
        else:
            target = current + step
        target = min(max(target, 0), rows - 1)
        self.table.selectRow(target)
        self.table.scrollTo(self.model.index(target, 0))

    def _escape(self) -> None:
        if self.search.text():  # a fresh start: nothing typed, nothing selected
            self.search.clear()
            self.table.clearSelection()
            self.message.setText("")
            self._changed()
        else:
            self.back.emit()

    # ------------------------------------------------------------------ searching
    def _current_query(self) -> tuple[str, str]:
        return self.search.text(), self.status.currentData() or ""

    def _changed(self) -> None:
        self._timer.stop()
        self._requested = self._current_query()
        self.query_changed.emit(*self._requested)

    def set_people(
        self,
        people: list[Person],
        query: str | None = None,
        status: str | None = None,
        others: list[tuple[Person, RecordInfo | None]] | None = None,
    ) -> None:
        """Show the results of ``(query, status)`` (None: of what the screen shows now).

        Results of a query the operator has since changed are dropped. No row is selected
        unless the search typed has exactly one match, the row Enter will open. ``others``
        are the people the search finds outside the chosen list (see :meth:`explain_missing`).
        """
        answered = (
            query if query is not None else self.search.text(),
            status if status is not None else (self.status.currentData() or ""),
        )
        if self._requested is not None and answered != self._requested:
            return  # an older search answered late
        self._shown = answered
        before = self.selected()
        self.model.set_rows(people)
        self.table.clearSelection()
        text = answered[0].strip()
        # Keep the row the operator chose if it is still listed (or the one asked for).
        wanted = self._select_after or (before.employee_id if before else None)
        self._select_after = None
        ids = [p.employee_id for p in people]
        if wanted in ids:
            self.table.selectRow(ids.index(wanted))
        elif text and len(people) == 1:
            self.table.selectRow(0)
        move, self._pending_move = self._pending_move, 0
        if move:
            self.move_selection(move)
        if people:
            if self.message.property("kind") == "search":
                self.message.setText("")
        elif text:
            self._say(
                self.tr(
                    'Nobody found for "{text}" in this list. Try another part of the name or '
                    "NIP, or choose Everyone."
                ).format(text=text)
            )
            if others:
                self.explain_missing(others)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._act(pending)

    def explain_missing(self, others: list[tuple[Person, RecordInfo | None]]) -> None:
        """The search found nobody in this list but these people elsewhere in the event:
        say who already signed (when, with whom) or refused, instead of "nobody found"."""
        notes = []
        for person, record in others:
            if person.status == "signed":
                if record is None:
                    notes.append(self.tr("{name} has already signed.").format(name=person.name))
                    continue
                day, time = clock_time(record.local_time)
                if not record.this_device:
                    notes.append(
                        self.tr(
                            "{name} already signed on laptop {laptop} at {time} ({operator}), "
                            "on {day}."
                        ).format(
                            name=person.name,
                            laptop=other_laptop(record),
                            time=time,
                            day=day,
                            operator=record.operator,
                        )
                    )
                    continue
                notes.append(
                    self.tr("{name} already signed at {time} ({operator}), on {day}.").format(
                        name=person.name, time=time, day=day, operator=record.operator
                    )
                )
            elif person.status == "refused":
                reason = record.reason if record is not None else ""
                notes.append(
                    self.tr(
                        '{name} refused ({reason}); choose "Refused" to let them sign now.'
                    ).format(name=person.name, reason=reason)
                )
        if notes:
            self._say(" ".join(notes))

    def _say(self, text: str) -> None:
        self.message.setProperty("kind", "search")
        self.message.setText(text)

    def set_day_note(self, text: str) -> None:
        """Under the heading: today is not the event's day, so pacts carry today's date."""
        self.day_note.setText(text)
        self.day_note.setVisible(bool(text))

    def set_counter(self, signed: int, total: int) -> None:
        self.counter.setText(
            self.tr("{signed} of {total} signed").format(signed=signed, total=total)
        )

    # ------------------------------------------------------------------ acting
    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected(self) -> Person | None:
        """The row the operator sees selected (None when no row is)."""
        row = self._selected_row()
        return self.model.row_at(row) if row is not None else None

    def target(self) -> Person | None:
        """Who an action applies to: the selected row, else the only match of a search."""
        chosen = self.selected()
        if chosen is None and self.search.text().strip() and self.model.rowCount() == 1:
            chosen = self.model.row_at(0)
        return chosen

    def _act_if_shown(self, button: QPushButton) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    def _waiting(self) -> bool:
        """True while what is typed has not been searched and answered yet."""
        return self._timer.isActive() or self._shown != self._current_query()

    def _flush(self) -> None:
        """Run the typed search now unless it is already asked for."""
        if self._timer.isActive() or self._requested != self._current_query():
            self._changed()

    def _act(self, signal: SignalInstance) -> None:
        if self._waiting():
            # Enter came before the typed search was run or answered: run it, act after.
            self._pending = signal
            self._flush()
            return
        person = self.target()
        if person is not None:
            signal.emit(person.employee_id)
        elif self.model.rowCount() > 1:
            self._say(
                self.tr("{count} people match: choose one with ↑/↓, then press Enter.").format(
                    count=self.model.rowCount()
                )
            )
        elif self.model.rowCount() == 1:
            self._say(self.tr("Choose the person with ↓ first, then press Enter."))
        elif not self.search.text().strip():
            self._say(self.tr("Type part of a name or NIP first."))

    def _open(self) -> None:
        self._act(self.open_person)

    def reset(self, message: str = "", keep_query: bool = False, select: str = "") -> None:
        """Back to the search: focus in the box, nothing selected. ``keep_query`` keeps what
        was typed (after Esc on a pact) and ``select`` re-selects that person's row."""
        self.message.setProperty("kind", "note")
        self.message.setText(message)
        self._pending = None
        self._pending_move = 0
        self._select_after = select or None
        if not keep_query:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.table.clearSelection()
        self.search.setFocus()
        self._changed()


class PactScreen(QWidget):
    """The pact with the person's details and the pad. Emits ``confirmed`` / ``cancelled``."""

    confirmed = Signal(dict)
    cancelled = Signal()
    void_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: PactView | None = None
        self._blocked = False
        self._blocked_reason = ""
        self._greeting = ""  # the message shown with the pact
        self._refused_message = ""  # the last "cannot confirm yet" note
        self.person = QLabel()
        self.person.setObjectName("pageTitle")
        self.person.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setMinimumHeight(200)  # scrolls (wheel, or PgUp/PgDn) if it still does not fit
        self.pad = SignaturePad()
        self.pad.guide_text = self.tr("Sign above the line")
        self.pad.setMinimumHeight(180)
        _shortcut(self, "PgDown", lambda: self._scroll_text(1))
        _shortcut(self, "PgUp", lambda: self._scroll_text(-1))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo stroke (Ctrl+Z)"))
        self.clear_button = QPushButton(self.tr("Clear (Ctrl+Del)"))
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.void_button = QPushButton(self.tr("Void this record… (F8)"))
        self.confirm_button = QPushButton(self.tr("Operator: confirm and save (Ctrl+Enter)"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.installEventFilter(self)
        self.confirm_reason = QLabel()
        self.confirm_reason.setObjectName("muted")
        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.cancel_button.clicked.connect(self.cancelled)
        self.confirm_button.clicked.connect(self._confirm)
        self.void_button.clicked.connect(self._void)
        self.pad.changed.connect(self._pad_changed)
        _shortcut(self, "Esc", self.cancelled.emit)
        for keys in CONFIRM_KEYS:
            _shortcut(self, keys, self._confirm)
        _shortcut(self, "Ctrl+Z", lambda: self._if_enabled(self.undo_button))
        _shortcut(self, "Ctrl+Del", lambda: self._if_enabled(self.clear_button))
        _shortcut(self, VOID_KEY, lambda: self._if_enabled(self.void_button))
        self._layout()
        self._update_confirm()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.confirm_reason)
        buttons.addWidget(self.confirm_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 14, 24, 14)
        lay.addWidget(self.person)
        lay.addWidget(self.text, 5)  # the pact's points all readable above the pad
        lay.addWidget(self.pad, 3)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        order = [
            self.pad,
            self.confirm_button,
            self.undo_button,
            self.clear_button,
            self.void_button,
            self.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _if_enabled(self, button: QPushButton) -> None:
        if button.isVisible() and button.isEnabled():
            button.click()

    def _scroll_text(self, pages: int) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click on the greyed-out confirm button says why it is greyed out.
        if (
            watched is self.confirm_button
            and event.type() == QEvent.Type.MouseButtonPress
            and not self.confirm_button.isEnabled()
        ):
            self._confirm()
        return super().eventFilter(watched, event)

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
            if existing.kind == "signed" and not existing.this_device:
                # Signed on another kiosk whose records have reached this laptop: name it.
                day, time = clock_time(when)
                self.message.setText(
                    self.tr(
                        "Already signed on laptop {laptop} at {time} ({day}; record {rid}, "
                        "operator {op}). Signing twice is not allowed."
                    ).format(
                        laptop=other_laptop(existing),
                        time=time,
                        day=day,
                        rid=existing.id[:8],
                        op=existing.operator,
                    )
                )
            elif existing.kind == "signed":
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
        self._greeting = self.message.text()
        self._refused_message = ""
        blocked = existing is not None and existing.kind == "signed"
        self.pad.set_read_only(blocked or not can_sign)
        self.void_button.setVisible(existing is not None and can_void)
        for button in (self.undo_button, self.clear_button):
            button.setEnabled(not blocked and can_sign)
        self._blocked = blocked or not can_sign
        if blocked:
            self._blocked_reason = self.tr("Already signed")
        elif not can_sign:
            self._blocked_reason = self.tr("Your role may not record signatures")
        else:
            self._blocked_reason = ""
        self._update_confirm()
        self.pad.setFocus()

    def show_existing_strokes(self, data: dict[str, object]) -> None:
        self.pad.load(data, read_only=True)
        self._update_confirm()

    def blank_reason(self) -> str:
        """Why confirming is not possible now ("" when it is)."""
        if self._blocked:
            return self._blocked_reason
        if self.pad.is_empty():
            return self.tr("The signature is still empty")
        return ""

    def _update_confirm(self) -> None:
        reason = self.blank_reason()
        self.confirm_button.setEnabled(not reason)
        self.confirm_reason.setText(reason)
        self.confirm_button.setToolTip(reason)

    def _pad_changed(self, _strokes: int) -> None:
        if self._refused_message and self.message.text() == self._refused_message:
            self.message.setText(self._greeting)  # the "cannot confirm" note is out of date
        self._refused_message = ""
        self._update_confirm()

    def _confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.confirm_button.setEnabled(False)
            self.confirm_reason.setText(self.tr("Saving…"))
            self.confirmed.emit(self.pad.strokes_data())
            return
        reason = self.blank_reason()
        if reason:
            self._refused_message = self.tr("Cannot confirm yet: {reason}.").format(reason=reason)
            self.message.setText(self._refused_message)

    def _void(self) -> None:
        if self.view is not None and self.view.existing is not None:
            self.void_requested.emit(self.view.existing.id)

    def failed(self, message: str) -> None:
        self.message.setText(message)
        self._update_confirm()
