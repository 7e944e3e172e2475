"""Pages of the main window. Each module defines one :class:`Page` subclass; the main
window lists them in ``desktop.ui.main_window.PAGE_CLASSES`` as :class:`PageRef` entries,
so that a page's module (and the services, PDF and spreadsheet libraries behind it) is only
imported when the page is first made, not at start-up."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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


@dataclass(frozen=True)
class PageRef:
    """A page known by name until it is first opened.

    ``key`` and ``permission`` repeat the page class's attributes and ``title_source`` the
    English text its ``title()`` returns (translated with the class name as context, as
    ``self.tr`` does), so the navigation can be filled without importing the page's module.
    :meth:`load` refuses a class whose key or permission disagree; a test compares titles.
    """

    target: str  # "package.module:ClassName"
    key: str
    permission: str
    title_source: str

    @property
    def module(self) -> str:
        return self.target.partition(":")[0]

    @property
    def class_name(self) -> str:
        return self.target.partition(":")[2]

    def title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title_source)

    def preload(self) -> None:
        """Import the page's module (e.g. while the password is being checked)."""
        importlib.import_module(self.module)

    def load(self) -> type[Page]:
        cls = getattr(importlib.import_module(self.module), self.class_name)
        if not (isinstance(cls, type) and issubclass(cls, Page)):
            raise TypeError(f"{self.target} is not a Page")
        if (cls.key, cls.permission) != (self.key, self.permission):
            raise ValueError(
                f"{self.target} has key/permission {cls.key!r}/{cls.permission!r}, "
                f"listed as {self.key!r}/{self.permission!r}"
            )
        return cls
