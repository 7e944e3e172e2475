"""Pages of the main window. Each module defines one :class:`Page` subclass; the main
window lists them in ``desktop.ui.main_window.PAGE_CLASSES``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import UiContext


class Page(QWidget):
    """A navigation target. ``title()`` is translated; ``activate`` refreshes on show."""

    #: Stable key used for navigation, remembered in settings and for permissions.
    key: str = ""
    #: Permission needed to see the page at all (see desktop.domain.roles).
    permission: str = "view"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui

    def title(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def activate(self) -> None:
        """Called whenever the page becomes visible."""
