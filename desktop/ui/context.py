"""What every window and page gets: the service context, the task runner, the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.services.context import AppContext
from desktop.ui.tasks import TaskRunner


class ChangeBus(QObject):
    """App-wide "something changed" signal (Anki's ``operation_did_execute``).

    ``changed`` carries a set of area names (e.g. ``{"roster"}``, ``{"signing", "roster"}``)
    and the object that initiated the change, so a view can ignore its own edits.
    """

    changed = Signal(object, object)
    #: Ask the main window to show a page: (page key, callable run on the page once shown).
    open_page = Signal(str, object)

    def notify(self, areas: set[str] | str, initiator: object | None = None) -> None:
        self.changed.emit({areas} if isinstance(areas, str) else set(areas), initiator)

    def show_page(self, key: str, then: Callable[[Any], None] | None = None) -> None:
        """E.g. ``show_page("printing", lambda page: page.select_person(nip))``."""
        self.open_page.emit(key, then)


@dataclass
class UiContext:
    app: AppContext
    tasks: TaskRunner
    bus: ChangeBus = field(default_factory=ChangeBus)
