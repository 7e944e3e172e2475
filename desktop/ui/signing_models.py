"""Table models for the signing screens: a list of service rows and column accessors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_COLORS = {
    "signed": QColor("#e7f6ec"),
    "refused": QColor("#fdecea"),
}


class Column(Generic[T]):
    def __init__(
        self,
        header: str,
        value: Callable[[T], Any],
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.header = header
        self.value = value
        self.align = align


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows are service value objects (``Person``, ``EventInfo``...); columns read them."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        status: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self._status = status

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> T | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._status is not None:
            color = STATUS_COLORS.get(self._status(row))
            return QBrush(color) if color is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None
