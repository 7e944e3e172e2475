"""Table models for the signing screens: the typed ``RowsModel`` (now in
``desktop.ui.rows_model``, importable from here as before) and the row colours by status."""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.ui.rows_model import Column, RowsModel

__all__ = ["STATUS_COLORS", "Column", "RowsModel", "status_color"]

STATUS_COLORS = {
    "signed": QColor("#e7f6ec"),
    "refused": QColor("#fdecea"),
}


def status_color(status: str) -> QColor | None:
    """The background of a person's row: green when signed, red when refused."""
    return STATUS_COLORS.get(status)
