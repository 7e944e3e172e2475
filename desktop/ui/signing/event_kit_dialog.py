"""The event kit on the signing page (issue 17): "Export event kit…" writes the chosen event
as a signed file for the other kiosks; "Import event kit…" reads one, and asks for the
signer's fingerprint when this laptop does not know the laptop that made it.

The signing page only calls :func:`add_kit_buttons`; everything else lives here. All work
runs through the task runner (``ui.tasks``); the services do the checking
(``desktop/services/sync/event_kit.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import NetraError
from desktop.domain.roles import allowed
from desktop.services.signing.setup import EventInfo
from desktop.services.sync import event_kit
from desktop.services.sync.event_kit import KitImportResult, KitResult
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error


class SigningPageLike(Protocol):
    """What the kit actions need of the signing page."""

    ui: UiContext
    events_message: QLabel
    buttons: dict[str, QPushButton]

    def selected_event(self) -> EventInfo | None: ...

    def reload_events(self, select_id: str | None = None) -> None: ...


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file to write the kit to ("" when cancelled); tests replace it."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("KitActions", "Export event kit"),
        suggested,
        _kit_filter(),
    )
    return path


def ask_open_path(parent: QWidget) -> str:
    """The kit file to import ("" when cancelled); tests replace it."""
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("KitActions", "Import event kit"), "", _kit_filter()
    )
    return path


def _kit_filter() -> str:
    return QCoreApplication.translate("KitActions", "Event kit (*.{ext});;All files (*)").format(
        ext=event_kit.EXTENSION
    )


class FingerprintDialog(QDialog):
    """Asks for the fingerprint of a kit's signer that this laptop does not know yet. The
    operator types what the laptop that made the kit shows; it is never filled in from the
    file (that would check nothing)."""

    def __init__(self, parent: QWidget | None, details: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unknown laptop"))
        self.setMinimumWidth(560)
        office = f"{details.get('office_name') or ''} ({details.get('office') or ''})".strip()
        laptop = details.get("device_name") or details.get("device") or self.tr("original laptop")
        text = QLabel(
            self.tr(
                'This event kit was made by {office}, laptop "{laptop}", which this laptop '
                "does not know yet.\n\nAsk the operator of that laptop for its fingerprint "
                "(shown when the kit was written, and on its Sync page) and type it here. "
                "The kit is imported only when it matches; later kits from that laptop are "
                "then accepted directly."
            ).format(office=office, laptop=laptop)
        )
        text.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX")
        self.field.setAccessibleName(self.tr("Fingerprint"))
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Check and import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Fingerprint:")))
        row.addWidget(self.field, 1)
        lay.addLayout(row)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.field.setFocus()

    def _try_accept(self) -> None:
        digits = event_kit.normal_fingerprint(self.field.text()).replace(" ", "")
        if len(digits) != 32:
            self.problem.setText(
                self.tr("A fingerprint has 32 characters (0-9, A-F) in 8 groups of 4.")
            )
            return
        self.accept()

    def fingerprint(self) -> str:
        return self.field.text().strip()


class KitActions(QObject):
    """The two buttons and their flows, parented to the signing page."""

    def __init__(self, page: SigningPageLike, parent: QObject) -> None:
        super().__init__(parent)
        self.page = page
        self.widget: QWidget = parent  # type: ignore[assignment]
        self._dialog: QDialog | None = None

    @property
    def ui(self) -> UiContext:
        return self.page.ui

    def _say(self, text: str) -> None:
        self.page.events_message.setText(text)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._say("")
        show_error(self.widget, exc, tb)

    def add_buttons(self, page_layout: QBoxLayout, visible: bool) -> None:
        """A row under the page's tables: what a kit is, and its two actions (the button
        row at the top is full on a 1366 px screen)."""
        row = QHBoxLayout()
        note = QLabel(
            self.tr("Event kit: one event with its people, for the other kiosks of the apel.")
        )
        note.setObjectName("muted")
        row.addWidget(note)
        for key, label, slot in (
            ("kit_export", self.tr("Export event kit…"), self.export),
            ("kit_import", self.tr("Import event kit…"), self.import_),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            self.page.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.row = QWidget()
        self.row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.row.setVisible(visible)
        page_layout.addWidget(self.row)

    # ------------------------------------------------------------------ export
    def export(self) -> None:
        event = self.page.selected_event()
        if event is None:
            self._say(self.tr("Choose the event whose kit to write."))
            return
        path = ask_save_path(self.widget, event_kit.file_name(event.name, event.event_date))
        if not path:
            return
        self._say(self.tr("Writing the event kit…"))
        ctx = self.ui.app
        self.ui.tasks.run(
            lambda _h: event_kit.write_kit(ctx, event.id, Path(path)), self._exported, self._failed
        )

    def _exported(self, res: KitResult) -> None:
        signer = res.signer
        text = self.tr(
            "Event kit written: {path}\n{event}: {people} people.\n\n"
            "Fingerprint of this laptop: {fp}\n\n"
            "Import the file on every kiosk of this apel (Pact signing > Import event kit…). "
            "A kiosk that does not know this laptop yet asks for this fingerprint: read it "
            "to its operator."
        ).format(
            path=res.path,
            event=res.event_name,
            people=res.people,
            fp=signer["fingerprint"].replace(" ", "\u00a0"),  # on one line, never broken
        )
        self._say(
            self.tr("Event kit written ({people} people). Fingerprint: {fp}").format(
                people=res.people, fp=signer["fingerprint"]
            )
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Event kit"), text)
        box.setParent(self.widget, box.windowFlags())
        self._dialog = box
        box.open()

    # ------------------------------------------------------------------ import
    def import_(self) -> None:
        path = ask_open_path(self.widget)
        if path:
            self._import(Path(path), None)

    def _import(self, path: Path, fingerprint: str | None) -> None:
        self._say(self.tr("Reading the event kit…"))
        ctx = self.ui.app

        def failed(exc: BaseException, tb: str) -> None:
            if (
                isinstance(exc, NetraError)
                and exc.code == "kit_unknown_signer"
                and fingerprint is None
            ):
                self._say(self.tr("The laptop that made the kit is not known here yet."))
                self._ask_fingerprint(path, exc.details)
                return
            self._failed(exc, tb)

        self.ui.tasks.run(
            lambda _h: event_kit.import_kit(ctx, path, fingerprint),
            self._imported,
            failed,
            initiator=self.widget,
        )

    def _ask_fingerprint(self, path: Path, details: dict[str, Any]) -> None:
        dialog = FingerprintDialog(self.widget, details)
        self._dialog = dialog
        dialog.accepted.connect(lambda: self._import(path, dialog.fingerprint()))
        dialog.open()

    def _imported(self, res: KitImportResult) -> None:
        texts = {
            "imported": self.tr("Event kit imported: {event} ({people} people)."),
            "updated": self.tr(
                "Event kit imported, the event was updated: {event} ({people} people)."
            ),
            "unchanged": self.tr("Event kit read: {event} is already up to date here."),
            "duplicate": self.tr("This event kit was already imported: {event}. Nothing changed."),
        }
        text = texts.get(res.status, texts["imported"]).format(
            event=res.event_name, people=res.people
        )
        if res.trusted_now:
            text += " " + self.tr(
                "The fingerprint matched; later kits from that laptop are accepted directly."
            )
        if res.conflicts or res.duplicates or res.held:
            text += " " + self.tr(
                "Attention: {conflicts} conflicts, {duplicates} duplicates, {held} held rows; "
                "see the Sync page."
            ).format(conflicts=res.conflicts, duplicates=res.duplicates, held=res.held)
        self.page.reload_events(res.event_id)
        # The reload clears the page's message when it has events: say it after the reload
        # (the database worker runs one task at a time, in order).
        self.ui.tasks.run(lambda _h: None, lambda _r: self._say(text))


def add_kit_buttons(page: SigningPageLike, layout: QBoxLayout, role: str | None) -> KitActions:
    """Put the "Export event kit…" / "Import event kit…" row into the signing page's events
    screen (for the roles that manage events)."""
    actions = KitActions(page, page)  # type: ignore[arg-type]
    actions.add_buttons(layout, allowed(role, "event.manage"))
    return actions
