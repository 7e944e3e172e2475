"""Typed table models: rows of a value type ``T``, columns declared once as ``Column[T]``.

A table model here is a tuple of ``Column[T]`` (the header, how a row's cell reads, and the
optional alignment, tooltip, sort key, text colour and font of that column) plus what is said
of a whole row (background colour, a tooltip that wins over the column's, the ``UserRole``
key). Rows are service value objects (``UserInfo``, ``EmployeeRow``, ``Person``…) or a small
``NamedTuple``/dataclass the page builds; the model never edits them.

- ``RowsModel[T]``: all rows in memory. ``set_rows`` is one ``beginResetModel`` /
  ``endResetModel``; ``row_at(i)`` is the row under a view index (``None`` outside);
  ``rows`` the rows in view order. A view with sorting enabled gets an in-memory sort by the
  column's ``sort_key`` (or its text), kept when new rows come in.
- ``ColumnsModel[T]``: the same cell rules over rows the subclass stores itself; it gives
  ``row_at`` and ``rowCount``. ``roster_model.RosterTableModel`` is one: 100,000 people in
  SQL pages, the placeholder "…" for a row not fetched yet, sorting as an SQL ORDER BY.

Display text: ``value`` returns a ``str`` (shown as is), another value (shown with ``str()``)
or ``None`` (no text at all, not even an empty one). A getter that wants an empty cell for a
missing value returns ``""`` itself.

Headers are passed already translated: build the columns inside the model's (or page's)
class with ``self.tr("…")``, so each string keeps the translation context of the class that
says it. A model class calls ``super().__init__(parent=…)`` first and then
``self.set_columns(…)``: PySide's ``self.tr`` needs the object to exist.

The sync and case services still answer with dictionaries: their pages read each one once
into a typed row (``pages/cases.CaseRow``; ``sync_widgets.TableCounts``, ``ConflictRow``,
``FieldDiff``, ``RefusalRow``, ``PeerRow``) and show those; ``sync_widgets.text_column`` is
the sync tables' column (``None`` as an empty cell, a text over 40 characters as its own
tooltip) and ``tinted`` their yellow row background.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_VCENTER = Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (translated) header and how a row reads in it."""

    header: str
    value: Callable[[T], object]
    align: Qt.AlignmentFlag | None = None  # None: the view's default (left, centred)
    tooltip: Callable[[T], str | None] | None = None
    sort_key: Callable[[T], Any] | None = None  # None: sort by the shown text
    foreground: Callable[[T], QColor | None] | None = None
    font: Callable[[T], QFont | None] | None = None
    header_tooltip: str | None = None

    def text(self, row: T) -> str | None:
        value = self.value(row)
        if value is None:
            return None
        return value if isinstance(value, str) else str(value)


class ColumnsModel(QAbstractTableModel, Generic[T]):
    """Cells from ``Column[T]`` rules; a subclass stores the rows (``row_at``, ``rowCount``)."""

    def __init__(
        self,
        columns: Sequence[Column[T]] = (),
        parent: QObject | None = None,
        *,
        background: Callable[[T], QColor | None] | None = None,
        tooltip: Callable[[T], str | None] | None = None,
        key: Callable[[T], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns: tuple[Column[T], ...] = tuple(columns)
        self._background = background
        self._tooltip = tooltip
        self._key = key

    # ------------------------------------------------------------------ rows and columns
    @property
    def columns(self) -> tuple[Column[T], ...]:
        return self._columns

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self.endResetModel()

    def column_at(self, column: int) -> Column[T] | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def row_at(self, row: int) -> T | None:
        """The row shown at ``row``, or ``None`` (outside the table, or not loaded)."""
        raise NotImplementedError

    # ------------------------------------------------------------------ Qt model API
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.column_at(section)
        if column is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.column_at(index.column())
        if column is None:
            return None
        row = self.row_at(index.row())
        if row is None:
            return self.missing(index, role)
        return self.cell(row, column, role)

    def missing(self, index: AnyIndex, role: int) -> Any:
        """What ``data`` answers where ``row_at`` has no row (a lazy model's placeholder)."""
        return None

    def cell(self, row: T, column: Column[T], role: int) -> Any:
        """What ``data`` answers for ``role`` in a loaded row."""
        # Views ask for a dozen roles per cell and repaint often: plain ints, most asked first.
        if role == _DISPLAY:
            return column.text(row)
        if role == _ALIGN:
            return None if column.align is None else int(column.align | _VCENTER)
        if role == _FOREGROUND:
            if column.foreground is None:
                return None
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == _BACKGROUND:
            if self._background is None:
                return None
            color = self._background(row)
            return QBrush(color) if color is not None else None
        if role == _FONT:
            return column.font(row) if column.font is not None else None
        if role == _TOOLTIP:
            whole = self._tooltip(row) if self._tooltip is not None else None
            if whole:
                return whole
            return column.tooltip(row) if column.tooltip is not None else None
        if role == _USER:
            return self._key(row) if self._key is not None else None
        return None


class RowsModel(ColumnsModel[T]):
    """All rows in memory, in view order; a new list replaces them in one model reset."""

    def __init__(
        self,
        columns: Sequence[Column[T]] = (),
        parent: QObject | None = None,
        *,
        background: Callable[[T], QColor | None] | None = None,
        tooltip: Callable[[T], str | None] | None = None,
        key: Callable[[T], object] | None = None,
    ) -> None:
        super().__init__(columns, parent, background=background, tooltip=tooltip, key=key)
        self._rows: list[T] = []
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    @property
    def rows(self) -> Sequence[T]:
        """The rows in the order the view shows them (read them, never change them)."""
        return self._rows

    def set_rows(self, rows: Iterable[T], columns: Sequence[Column[T]] | None = None) -> None:
        """Replace every row (and the columns, when given) in one reset; a sort chosen in
        the view stays applied."""
        self.beginResetModel()
        if columns is not None:
            self._columns = tuple(columns)
            if self._sorted is not None and self._sorted[0] >= len(self._columns):
                self._sorted = None
        self._rows = list(rows)
        if self._sorted is not None:
            self._rows = [self._rows[i] for i in self._in_order(self._rows, *self._sorted)]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    # ------------------------------------------------------------------ sorting
    def _in_order(self, rows: Sequence[T], column: int, order: Qt.SortOrder) -> list[int]:
        """The positions of ``rows`` in sorted order."""
        chosen = self._columns[column]
        key = chosen.sort_key or (lambda r: (chosen.text(r) or "").casefold())
        keys = [key(row) for row in rows]
        # Python's sort is stable, also reversed: equal rows keep their order.
        return sorted(
            range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """In memory, by the column's ``sort_key`` (or its text); persistent indexes follow
        their rows (a selection stays on the same person)."""
        if self.column_at(column) is None:
            return
        self.layoutAboutToBeChanged.emit()
        order_of = self._in_order(self._rows, column, order)
        moved_to = [0] * len(order_of)
        for number, old in enumerate(order_of):
            moved_to[old] = number
        self._rows = [self._rows[i] for i in order_of]
        self._sorted = (column, order)
        before = self.persistentIndexList()
        after = [self.index(moved_to[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
