"""The roster table: a lazy model over SQL pages (200 rows each), 100,000 people at ease.

Filtering and sorting happen in SQL (``services.roster``), never in a QSortFilterProxyModel.
A new query (a keystroke, a filter, a header click) bumps a generation number; answers that
arrive for an older generation are dropped, so typing fast never shows stale rows.

The columns are ``Column[EmployeeRow]`` like every table model (``desktop.ui.rows_model``),
but the rows are not a list in memory: the model is a ``ColumnsModel`` that keeps SQL pages
itself (``row_at`` reads a loaded page, ``data`` asks for a missing one and shows "…"), and
``sort`` is an ORDER BY over the whole result (``SORT_KEYS``, in column order), not
``RowsModel``'s in-memory sort.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop.domain import roster as r
from desktop.services import roster
from desktop.services.roster import EmployeeRow, RosterQuery
from desktop.ui.context import UiContext
from desktop.ui.rows_model import Column, ColumnsModel

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 40  # pages kept in memory (8,000 rows); the rest is fetched again when needed
INACTIVE_FG = QColor("#8a8f98")
SORT_KEYS = ("nip", "name", "category", "golongan", "jabatan", "unit", "active")


class RosterTableModel(ColumnsModel[EmployeeRow]):
    """Rows are fetched on demand; ``loaded(total)`` fires when a new query has its first page."""

    loaded = Signal(int)
    failed = Signal(object, str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, key=lambda e: e.id)
        self.ui = ui
        self.query = RosterQuery()
        self.total = 0
        self.generation = 0
        self.pages: dict[int, list[EmployeeRow]] = {}
        self.pending: set[int] = set()
        self.set_columns(
            (
                Column(self.tr("NIP"), lambda e: e.nip or "-", foreground=_inactive),
                # tooltips: the whole text where a column elides it
                Column(self.tr("Name"), _name, tooltip=_whole(_name), foreground=_inactive),
                Column(self.tr("Category"), _category, foreground=_inactive),
                Column(
                    self.tr("Gol."),  # short: the column holds "III/a"; the tooltip says it in full
                    lambda e: e.golongan or "-",
                    foreground=_inactive,
                    header_tooltip=self.tr("Golongan"),
                ),
                Column(
                    self.tr("Position"), _jabatan, tooltip=_whole(_jabatan), foreground=_inactive
                ),
                Column(
                    self.tr("Work unit"),
                    lambda e: e.unit_name,
                    tooltip=lambda e: f"{e.unit_name} ({e.unit_code})",
                    foreground=_inactive,
                ),
                Column(
                    self.tr("Status"),
                    lambda e: self.tr("Active") if e.active else self.tr("Inactive"),
                    foreground=_inactive,
                ),
            )
        )
        assert len(SORT_KEYS) == len(self.columns)

    # ------------------------------------------------------------------ queries
    def set_query(self, query: RosterQuery) -> None:
        """Run ``query`` (count + first page) off the GUI thread, then reset the model."""
        self.generation += 1
        generation = self.generation
        app = self.ui.app

        def work(_handle: Any) -> tuple[int, list[EmployeeRow]]:
            page = roster.search(app, query, 0, PAGE_SIZE)
            return page.total, page.rows

        def done(result: tuple[int, list[EmployeeRow]]) -> None:
            if generation != self.generation:
                return
            self.beginResetModel()
            self.query = query
            self.total, first = result
            self.pages = {0: first}
            self.pending = set()
            self.endResetModel()
            self.loaded.emit(self.total)

        self.ui.tasks.run(work, done, self._failed)

    def refresh(self) -> None:
        self.set_query(self.query)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.failed.emit(exc, tb)

    def _request(self, page: int) -> None:
        if page in self.pending:
            return
        self.pending.add(page)
        generation, query, app = self.generation, self.query, self.ui.app

        def done(rows: list[EmployeeRow]) -> None:
            if generation != self.generation:
                return
            self.pending.discard(page)
            self._evict(page)
            self.pages[page] = rows
            first = page * PAGE_SIZE
            last = min(first + len(rows), self.total) - 1
            if last >= first:
                self.dataChanged.emit(
                    self.index(first, 0), self.index(last, self.columnCount() - 1)
                )

        self.ui.tasks.run(
            lambda _h: roster.fetch_rows(app, query, page * PAGE_SIZE, PAGE_SIZE),
            done,
            self._failed,
        )

    def _evict(self, keep: int) -> None:
        while len(self.pages) >= MAX_PAGES:
            far = max(self.pages, key=lambda p: abs(p - keep))
            del self.pages[far]

    def row_at(self, row: int) -> EmployeeRow | None:
        page = self.pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def missing(self, index: AnyIndex, role: int) -> Any:
        """A row whose page is not here (yet): ask for the page, show "…" meanwhile."""
        if not 0 <= index.row() < self.total:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            self._request(index.row() // PAGE_SIZE)
            return "…" if index.column() == 1 else ""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is an ORDER BY in SQL, over the whole result, not the loaded pages."""
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=SORT_KEYS[column], descending=descending))


def _inactive(e: EmployeeRow) -> QColor | None:
    return None if e.active else INACTIVE_FG


def _name(e: EmployeeRow) -> str:
    return e.name


def _category(e: EmployeeRow) -> str:
    return r.CATEGORY_LABELS.get(e.category, e.category)


def _jabatan(e: EmployeeRow) -> str:
    return e.jabatan


def _whole(text: Callable[[EmployeeRow], str]) -> Callable[[EmployeeRow], str | None]:
    return lambda e: text(e) or None
