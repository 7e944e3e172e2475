"""Penandatanganan pakta: events (and their elections and templates), then the kiosk flow.

Choose the event -> search (keyboard first, not-yet-signed by default) -> the pact with
the person's details and the pad -> the operator confirms -> saved -> back to the search.
All database work runs through ``ui.tasks.run``.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import allowed
from desktop.services import signing
from desktop.services.changes import Area, Changes
from desktop.services.signing import PactView, SignResult, UnitProgress
from desktop.services.signing import setup as signing_setup
from desktop.services.signing.setup import EventInfo
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error, show_error
from desktop.ui.pages import Page
from desktop.ui.signing.dialogs import (
    DoubleSigningsPanel,
    ElectionDialog,
    EventDialog,
    ReasonDialog,
    TemplateDialog,
    day_note,
    event_date_text,
    projector_heading,
    void_double_prompt,
    wrap_rows,
)
from desktop.ui.signing.event_kit_dialog import add_kit_buttons
from desktop.ui.signing.kiosk import PactScreen, SearchScreen
from desktop.ui.signing.models import Column, RowsModel
from desktop.ui.signing.projector import ProjectorWindow
from desktop.ui.tasks import TaskHandle

EVENTS, SEARCH, PACT = 0, 1, 2


def _table(model: RowsModel[Any]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class SigningPage(Page):
    key = "signing"
    permission = "view"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.current_event: EventInfo | None = None
        self.signed_this_session = 0
        self._dialog: QDialog | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._events_screen())
        self.search = SearchScreen()
        self.pact = PactScreen()
        self.stack.addWidget(self.search)
        self.stack.addWidget(self.pact)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self._projector: ProjectorWindow | None = None
        projector_key = QShortcut(QKeySequence("F9"), self, self.open_projector)
        projector_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search.query_changed.connect(self._load_people)
        self.search.open_person.connect(self._open_person)
        self.search.refuse_person.connect(self._refuse)
        self.search.void_person.connect(self._void_person)
        self.search.back.connect(self.show_events)
        self.pact.cancelled.connect(self._cancel_pact)
        self.pact.confirmed.connect(self._save)
        self.pact.void_requested.connect(self._void_record)
        ui.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Pact signing")

    # ------------------------------------------------------------------ events screen
    def _events_screen(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Pact signing"))
        heading.setObjectName("pageTitle")
        self.events_model: RowsModel[EventInfo] = RowsModel(
            [
                Column(self.tr("Event"), lambda e: e.name),
                Column(self.tr("Date"), event_date_text),  # and the pacts' days if others
                Column(self.tr("Place"), lambda e: e.place),
                Column(self.tr("Election"), lambda e: e.election_name),
                Column(self.tr("Template"), lambda e: f"{e.template_code} v{e.template_version}"),
            ],
            self,
        )
        self.events_table = _table(self.events_model)
        # Enter on the chosen event (or a double click) starts the kiosk.
        self.events_table.activated.connect(lambda _i: self.start_kiosk())
        self.events_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._load_progress()
        )
        self.progress_model: RowsModel[UnitProgress] = RowsModel(
            [
                Column(self.tr("Work unit"), lambda p: p.unit_name),
                Column(self.tr("Signed"), lambda p: p.signed),
                Column(self.tr("Not yet"), lambda p: p.unsigned),
                Column(self.tr("Refused"), lambda p: p.refused),
                Column(self.tr("Total"), lambda p: p.total),
            ],
            self,
        )
        self.progress_table = _table(self.progress_model)
        wrap_rows(self.progress_table)  # "Seksi …" names whole, on two lines when needed
        wrap_rows(self.events_table)
        role = self.ui.app.actor.role if self.ui.app.actor else None
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label, slot, perm in (
            ("election", self.tr("New election…"), self._new_election, "event.manage"),
            ("event", self.tr("New event…"), self._new_event, "event.manage"),
            ("edit", self.tr("Edit event…"), self._edit_event, "event.manage"),
            ("template", self.tr("New template version…"), self._new_template, "template.manage"),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setVisible(allowed(role, perm))
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        projector = QPushButton(self.tr("Pledge on the projector (F9)"))
        projector.setToolTip(self.tr("The pledge full screen on the second screen (F9)"))
        projector.clicked.connect(self.open_projector)
        self.buttons["projector"] = projector
        row.addWidget(projector)
        start = QPushButton(self.tr("Start signing (Enter) →"))
        start.setObjectName("primary")
        start.clicked.connect(self.start_kiosk)
        self.buttons["start"] = start
        row.addWidget(start)
        self.events_message = QLabel()
        self.events_message.setWordWrap(True)
        # Under the progress: people who signed on two laptops (hidden while there is none).
        self.doubles = DoubleSigningsPanel()
        self.doubles.void_button.setVisible(allowed(role, "pact.void"))
        self.doubles.void_requested.connect(self._void_double)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.progress_table)
        side.addWidget(self.doubles)
        split = QSplitter()
        split.addWidget(self.events_table)
        split.addWidget(side)
        split.setSizes([560, 440])
        lay = QVBoxLayout(page)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.addWidget(heading)
        lay.addLayout(row)
        lay.addWidget(self.events_message)
        lay.addWidget(split, 1)
        self.kit_actions = add_kit_buttons(self, lay, role)  # event kit row, at the bottom
        # Tab from the navigation lands on the events (Enter there starts the kiosk), then
        # the start button, then the management buttons.
        order = [self.events_table, start, *(self.buttons[k] for k in ("election", "event"))]
        order += [self.buttons["edit"], self.buttons["template"], self.progress_table]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        return page

    def activate(self) -> None:
        if self.stack.currentIndex() == EVENTS:
            self.reload_events()

    def _run(self, fn: Any, done: Any, failed: Any = None) -> TaskHandle:
        def report(exc: BaseException, tb: str) -> None:
            show_error(self, exc, tb)

        # a SignResult names its change (signing); this page is the initiator
        return self.ui.tasks.run(fn, done, failed or report, initiator=self)

    def reload_events(self, select_id: str | None = None) -> None:
        def done(events: list[EventInfo]) -> None:
            current = select_id or (self.current_event.id if self.current_event else None)
            self.events_model.set_rows(events)
            ids = [e.id for e in events]
            self.events_table.selectRow(ids.index(current) if current in ids else 0)
            if not events:
                self.events_message.setText(
                    self.tr("No signing event yet. Add the election, then a new event.")
                )
            else:
                self.events_message.setText("")

        self._run(lambda _h: signing_setup.list_events(self.ui.app), done)

    def selected_event(self) -> EventInfo | None:
        rows = self.events_table.selectionModel().selectedRows()
        return self.events_model.row_at(rows[0].row()) if rows else None

    def _load_progress(self) -> None:
        event = self.selected_event()
        if event is None:
            self.progress_model.set_rows([])
            self.doubles.set_items([])
            return
        self._run(lambda _h: signing.progress(self.ui.app, event.id), self.progress_model.set_rows)
        self._run(lambda _h: signing.double_signings(self.ui.app, event.id), self.doubles.set_items)

    def _void_double(self, item: signing.DoubleSigning) -> None:
        """Void the later of two signatures of one person (asks for the reason)."""
        dialog = ReasonDialog(self, self.tr("Void later record"), void_double_prompt(item))
        self._dialog = dialog

        def done(_r: SignResult) -> None:
            self.events_message.setText(
                self.tr("Later record of {name} voided; both records stay as evidence.").format(
                    name=item.name
                )
            )
            self._load_progress()

        def save() -> None:
            reason = dialog.text()
            self._run(lambda _h: signing.void(self.ui.app, item.later.id, reason), done)

        dialog.accepted.connect(save)
        dialog.open()

    def show_events(self) -> None:
        self._kiosk_window(False)
        self.stack.setCurrentIndex(EVENTS)
        self.reload_events()
        self.events_table.setFocus()

    # ------------------------------------------------------------------ dialogs
    def _new_election(self) -> None:
        dialog = ElectionDialog(self)

        def save() -> None:
            v = dialog.values()
            self._run(
                lambda _h: signing_setup.add_election(
                    self.ui.app, v["name"], v["voting_date"], v["level"]
                ),
                lambda _r: self.events_message.setText(
                    self.tr("Election saved: {name}").format(name=v["name"])
                ),
            )

        dialog.accepted.connect(save)
        dialog.open()

    def _event_dialog(self, current: EventInfo | None) -> None:
        def loaded(data: tuple[Any, Any, Any, str, date]) -> None:
            elections, templates, units, place, today = data
            dialog = EventDialog(self, elections, templates, units, current, place, today)
            self._dialog = dialog

            def save() -> None:
                v = dialog.values()
                if current is None:
                    fn = lambda _h: signing_setup.create_event(self.ui.app, **v)  # noqa: E731
                else:
                    fn = lambda _h: signing_setup.update_event(  # noqa: E731
                        self.ui.app, current.id, **v
                    )
                self._run(fn, lambda info: self._event_saved(info))

            dialog.accepted.connect(save)
            dialog.open()

        def fetch(_h: TaskHandle) -> tuple[Any, Any, Any, str, date]:
            from desktop.services.office import get_info, office_today

            app = self.ui.app
            return (
                signing_setup.list_elections(app),
                signing_setup.list_templates(app),
                signing_setup.unit_choices(app),
                get_info(app).place,
                office_today(app),  # a new event's default day: the office's, not the laptop's
            )

        self._run(fetch, loaded)

    def _event_saved(self, info: EventInfo) -> None:
        # the EventSaved names its change (signing): the runner tells the other pages
        self.reload_events(info.id)

    def _new_event(self) -> None:
        self._event_dialog(None)

    def _edit_event(self) -> None:
        event = self.selected_event()
        if event is not None:
            self._event_dialog(event)

    def _new_template(self) -> None:
        event = self.selected_event()

        def loaded(data: tuple[Any, date]) -> None:
            body, today = data
            dialog = TemplateDialog(self, body, today)
            self._dialog = dialog

            def save() -> None:
                data = dialog.data()
                self._run(
                    lambda _h: signing_setup.create_version(self.ui.app, data),
                    lambda info: self.events_message.setText(
                        self.tr("Template {code} version {version} saved (SHA-256 {sha}…).").format(
                            code=info.code, version=info.version, sha=info.sha256[:16]
                        )
                    ),
                )

            dialog.accepted.connect(save)
            dialog.open()

        def fetch(_h: TaskHandle) -> tuple[Any, date]:
            app = self.ui.app
            today = signing_setup.office_today(app)  # the preview's date
            if event is not None:
                return signing_setup.template_body(app, event.template_id), today
            latest = [
                t
                for t in signing_setup.list_templates(app, latest_only=True)
                if t.code == "pakta-netralitas-asn"
            ]
            return signing_setup.template_body(app, latest[0].id), today

        self._run(fetch, loaded)

    # ------------------------------------------------------------------ kiosk
    def _kiosk_window(self, on: bool) -> None:
        """Kiosk mode fills the screen (the main window goes full screen, then back)."""
        window = self.window()
        if not isinstance(window, QMainWindow):
            return
        if on and not window.isFullScreen():
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif not on and window.isFullScreen():
            if getattr(self, "_was_maximized", False):
                window.showMaximized()
            else:
                window.showNormal()

    def start_kiosk(self) -> None:
        event = self.selected_event()
        if event is None:
            self.events_message.setText(
                self.tr("Choose a signing event first (or add one with New event…).")
                if self.events_model.rowCount()
                else self.tr("No signing event yet. Add the election, then a new event.")
            )
            return
        self.current_event = event
        self.search.heading.setText(
            self.tr("{name} — {date}, {place}").format(
                name=event.name, date=event.event_date.strftime("%d-%m-%Y"), place=event.place
            )
        )
        role = self.ui.app.actor.role if self.ui.app.actor else None
        self.search.sign_button.setEnabled(True)
        self.search.refuse_button.setVisible(allowed(role, "pact.refuse"))
        self.search.void_button.setVisible(allowed(role, "pact.void"))
        self.stack.setCurrentIndex(SEARCH)
        self._kiosk_window(True)
        self.search.reset()
        self._check_day()

    def _check_day(self) -> None:
        """Tell the operator when pacts signed now carry another date than the event's."""
        event = self.current_event
        if event is not None:
            self._run(
                lambda _h: signing_setup.office_today(self.ui.app),
                lambda today: self.search.set_day_note(day_note(event, today)),
            )

    def open_projector(self) -> None:
        """The pledge on the projector (the second screen, or a window to move there); F9
        again closes it."""
        if self._projector is not None:  # F9 again: the projector closes
            self._projector.close()
            return
        event = self.current_event or self.selected_event()

        def show(pledge: signing_setup.Pledge) -> None:
            heading = projector_heading(event) if event else ""
            window = ProjectorWindow(pledge.body, pledge.office, heading, owner=self)
            window.destroyed.connect(lambda *_a: setattr(self, "_projector", None))
            self._projector = window
            window.show_on(self.screen())

        self._run(lambda _h: signing_setup.pledge_body(self.ui.app), show)

    def _load_people(self, query: str, status: str) -> None:
        event = self.current_event
        if event is None:
            return
        app = self.ui.app
        Found = tuple[list[signing.Person], tuple[int, int], list[tuple[signing.Person, Any]]]

        def fetch(_h: TaskHandle) -> Found:
            found = signing.people(app, event.id, query, status or None, limit=500)
            others: list[tuple[signing.Person, Any]] = []
            if not found and query.strip() and status:
                # Nobody in this list: perhaps the person has signed (or refused) already.
                for person in signing.people(app, event.id, query, None, limit=5):
                    if person.status == "unsigned":
                        continue
                    records = signing.list_records(app, employee_id=person.employee_id)
                    record = next((r for r in records if r.id == person.record_id), None)
                    others.append((person, record))
            return found, signing.signed_count(app, event.id), others

        def done(result: Found) -> None:
            people, (signed, total), others = result
            self.search.set_people(people, query, status, others)
            self.search.set_counter(signed, total)

        self._run(fetch, done)

    def _open_person(self, employee_id: str) -> None:
        event = self.current_event
        assert event is not None

        def fetch(_h: TaskHandle) -> tuple[PactView, Any]:
            view = signing.pact_for(self.ui.app, event.id, employee_id)
            strokes = None
            if view.existing is not None and view.existing.kind == "signed":
                sig = signing.record_strokes(self.ui.app, view.existing.id)
                strokes = sig.to_json() if sig is not None else None
            return view, strokes

        def done(result: tuple[PactView, Any]) -> None:
            view, strokes = result
            role = self.ui.app.actor.role if self.ui.app.actor else None
            self.pact.show_pact(view, allowed(role, "pact.sign"), allowed(role, "pact.void"))
            if strokes is not None:
                self.pact.show_existing_strokes(strokes)
            self.stack.setCurrentIndex(PACT)
            self.pact.pad.setFocus()

        self._run(fetch, done)

    def _save(self, data: dict[str, Any]) -> None:
        view = self.pact.view
        assert view is not None and self.current_event is not None
        event_id, employee_id = self.current_event.id, view.identity.employee_id
        name = view.identity.name

        def done(result: SignResult) -> None:
            self.signed_this_session += 1
            note = self.tr("Saved: {name} (record {rid}).").format(name=name, rid=result.id[:8])
            if result.warnings:
                note += " " + " ".join(result.warnings)
            self._back_to_search(note)

        def failed(exc: BaseException, tb: str) -> None:
            self.pact.failed(describe_error(exc, tb))

        self._run(lambda _h: signing.sign(self.ui.app, event_id, employee_id, data), done, failed)

    def _back_to_search(self, message: str = "") -> None:
        """After a signer: a clean search with the focus in it and no row selected."""
        self.stack.setCurrentIndex(SEARCH)
        self.search.reset(message)
        self._check_day()  # the day may have changed since the kiosk started

    def _cancel_pact(self) -> None:
        """Esc on a pact: back to the same search with that person selected (e.g. to record
        their refusal next), the operator having just seen who it is."""
        view = self.pact.view
        self.stack.setCurrentIndex(SEARCH)
        self.search.reset(keep_query=True, select=view.identity.employee_id if view else "")

    def _refuse(self, employee_id: str) -> None:
        event = self.current_event
        assert event is not None
        person = next((p for p in self.search.model.rows if p.employee_id == employee_id), None)
        who = f"{person.name} ({person.nip or person.unit_name})" if person else ""
        dialog = ReasonDialog(
            self,
            self.tr("Record refusal"),
            self.tr("Why does {who} refuse to sign the pact?").format(who=who)
            if who
            else self.tr("Why does this person refuse to sign the pact?"),
        )
        self._dialog = dialog

        def save() -> None:
            reason = dialog.text()
            self._run(
                lambda _h: signing.refuse(self.ui.app, event.id, employee_id, reason),
                lambda _r: self._back_to_search(self.tr("Refusal recorded.")),
            )

        dialog.accepted.connect(save)
        dialog.open()

    def _void_person(self, employee_id: str) -> None:
        event = self.current_event
        assert event is not None

        def fetch(_h: TaskHandle) -> PactView:
            return signing.pact_for(self.ui.app, event.id, employee_id)

        def done(view: PactView) -> None:
            if view.existing is None:
                self.search.message.setText(self.tr("This person has no record to void."))
            else:
                self._void_record(view.existing.id)

        self._run(fetch, done)

    def _void_record(self, record_id: str) -> None:
        dialog = ReasonDialog(
            self,
            self.tr("Void record"),
            self.tr("Voiding keeps the old record and adds a new one that cancels it. Reason:"),
        )
        self._dialog = dialog

        def save() -> None:
            reason = dialog.text()
            self._run(
                lambda _h: signing.void(self.ui.app, record_id, reason),
                lambda _r: self._back_to_search(self.tr("Record voided.")),
            )

        dialog.accepted.connect(save)
        dialog.open()

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        relevant = areas.touches((Area.SIGNING, Area.ROSTER))
        if initiator is not self and relevant and self.stack.currentIndex() == EVENTS:
            self.reload_events()
