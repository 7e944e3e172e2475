"""Add or edit a work unit (unit kerja): code, name, kind and its place in the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import roster as r
from desktop.services import roster
from desktop.services.roster import UnitInfo
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.forms import add_footer
from desktop.ui.roster.dialogs import unit_label


class UnitDialog(QDialog):
    """``unit=None`` adds a new unit (under ``parent_id`` by default); otherwise edits it.

    The code of an existing unit is its identity in imports and sync, so it is shown, not
    edited. A unit cannot be moved under itself or one of its own sub-units (the service
    refuses it with a message).
    """

    saved = Signal(str)

    def __init__(
        self,
        ui: UiContext,
        units: list[UnitInfo],
        unit: UnitInfo | None = None,
        parent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.unit = unit
        self.setWindowTitle(self.tr("Edit work unit") if unit else self.tr("New work unit"))
        form = QFormLayout()
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setPlaceholderText(self.tr("e.g. 81.08.01.2001"))
        if unit:
            form.addRow(self.tr("Code"), QLabel(unit.code))
        else:
            form.addRow(self.tr("Code"), self.code)
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setPlaceholderText(self.tr("e.g. Desa Klis"))
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        for kind in r.UNIT_KINDS:
            self.kind.addItem(r.UNIT_KIND_LABELS[kind], kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind if unit else "desa")))
        form.addRow(self.tr("Kind"), self.kind)
        self.parent_unit = QComboBox()
        self.parent_unit.setSizeAdjustPolicy(  # a long unit name does not widen the dialog
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parent_unit.setMinimumContentsLength(40)
        self.parent_unit.addItem(self.tr("(top of the tree)"), None)
        for other in units:
            if unit is None or other.id != unit.id:
                self.parent_unit.addItem(unit_label(other), other.id)
                self.parent_unit.setItemData(  # the full name when the list elides it
                    self.parent_unit.count() - 1, unit_label(other), Qt.ItemDataRole.ToolTipRole
                )
        current_parent = unit.parent_id if unit else parent_id
        self.parent_unit.setCurrentIndex(max(0, self.parent_unit.findData(current_parent)))
        form.addRow(self.tr("Under"), self.parent_unit)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        self.message, self.buttons = add_footer(self, lay, self.save)
        self._units = {u.id: u for u in units}
        self.setMinimumWidth(440)

    def save(self) -> None:
        app = self.ui.app
        name, kind = self.name.text(), str(self.kind.currentData())
        parent_id = self.parent_unit.currentData()
        if self.unit is not None:
            unit_id = self.unit.id
            self.ui.tasks.run(
                lambda _h: roster.edit_unit(app, unit_id, name, kind, parent_id),
                self._done,
                self._error,
                initiator=self,
            )
            return
        code = self.code.text()
        parent_code = self._units[parent_id].code if parent_id else None
        self.ui.tasks.run(
            lambda _h: roster.add_unit(app, code, name, kind, parent_code),
            self._done,
            self._error,
            initiator=self,
        )

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def _done(self, info: UnitInfo) -> None:
        self.saved.emit(info.id)
        self.accept()
