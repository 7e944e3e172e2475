"""The roster table: a lazy model over SQL pages (200 rows each), 100,000 people at ease.

Filtering and sorting happen in SQL (``services.roster``), never in a QSortFilterProxyModel.
A new query (a keystroke, a filter, a header click) bumps a generation number; answers that
arrive for an older generation are dropped, so typing fast never shows stale rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from desktop.domain import roster as r
from desktop.services import roster
from desktop.services.roster import EmployeeRow, RosterQuery
from desktop.ui.context import UiContext

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGES = 40  # pages kept in memory (8,000 rows); the rest is fetched again when needed
INACTIVE_FG = QColor("#8a8f98")
SORT_KEYS = ("nip", "name", "category", "golongan", "jabatan", "unit", "active")


class RosterTableModel(QAbstractTableModel):
    """Rows are fetched on demand; ``loaded(total)`` fires when a new query has its first page."""

    loaded = Signal(int)
    failed = Signal(object, str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.query = RosterQuery()
        self.total = 0
        self.generation = 0
        self.pages: dict[int, list[EmployeeRow]] = {}
        self.pending: set[int] = set()
        self.headers = [
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Gol."),  # short: the column holds "III/a"; the tooltip says it in full
            self.tr("Position"),
            self.tr("Work unit"),
            self.tr("Status"),
        ]

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
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

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

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == 3
        ):
            return self.tr("Golongan")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return str(section + 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.total:
            return None
        item = self.row_at(index.row())
        if item is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // PAGE_SIZE)
                return "…" if index.column() == 1 else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QBrush(INACTIVE_FG)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text where a column elides it
            column = index.column()
            if column == 5:
                return f"{item.unit_name} ({item.unit_code})"
            if column in (1, 4):
                return self._text(item, column) or None
        return None

    def _text(self, item: EmployeeRow, column: int) -> str:
        if column == 0:
            return item.nip or "-"
        if column == 1:
            return item.name
        if column == 2:
            return r.CATEGORY_LABELS.get(item.category, item.category)
        if column == 3:
            return item.golongan or "-"
        if column == 4:
            return item.jabatan
        if column == 5:
            return item.unit_name
        return self.tr("Active") if item.active else self.tr("Inactive")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is an ORDER BY in SQL, over the whole result, not the loaded pages."""
        if not 0 <= column < len(SORT_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=SORT_KEYS[column], descending=descending))
