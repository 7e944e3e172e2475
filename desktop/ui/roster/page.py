"""Daftar pegawai: the unit tree beside a lazy table of 100,000 people, search as you type.

Search, filters and sorting are SQL (see ``desktop.ui.roster.model``); every change goes
through the services off the GUI thread and is announced on the change bus (``"roster"``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import roster as r
from desktop.domain.roles import allowed
from desktop.services import roster
from desktop.services.changes import Area, Changes
from desktop.services.roster import RosterQuery, UnitInfo
from desktop.services.roster import export as roster_export
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page
from desktop.ui.roster.dialogs import DeactivateDialog, EmployeeDialog, TransferDialog
from desktop.ui.roster.model import RosterTableModel

ALL_UNITS = "__all__"


def _subtree_totals(units: list[UnitInfo]) -> dict[str, int]:
    """Active employees of each unit and everything under it."""
    own = {u.id: u.employees for u in units}
    return {u.id: sum(own[i] for i in roster.subtree_ids(units, u.id)) for u in units}


def _natural(code: str) -> list[tuple[int, int | str]]:
    """'DESA-UJI-2' before 'DESA-UJI-10'."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"(\d+)", code) if p]


class FittedTable(QTableView):
    """The roster table: its columns share the visible width (no column beyond the screen
    at 1366x768); the full text of an elided cell is its tooltip (see the model)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """NIP, category, golongan and status as wide as their text; name, position and
        unit share the rest (38/34/28 %), each at least 110 px."""
        metrics = self.fontMetrics()
        pad = 16
        fixed = {
            0: metrics.horizontalAdvance("199611142024211001") + pad,
            2: max(metrics.horizontalAdvance(t) for t in ("Non-ASN", "CPNS", "PPPK")) + pad,
            3: metrics.horizontalAdvance("III/a") + pad,
            6: max(metrics.horizontalAdvance(t) for t in ("Nonaktif", "Inactive")) + pad,
        }
        header = self.horizontalHeader()
        for column in fixed:
            title = self.model().headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
            )
            fixed[column] = max(fixed[column], metrics.horizontalAdvance(str(title)) + pad + 12)
        used = sum(w for c, w in fixed.items() if not self.isColumnHidden(c))
        free = max(self.viewport().width() - used, 330)
        shares = {1: 0.40, 4: 0.33, 5: 0.27}
        widths = {c: max(110, int(free * share)) for c, share in shares.items()}
        widths[5] = max(110, free - widths[1] - widths[4])
        for column, width in {**fixed, **widths}.items():
            if header.sectionSize(column) != width:
                self.setColumnWidth(column, width)


class RosterPage(Page):
    key = "roster"
    permission = "view"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.units: list[UnitInfo] = []
        self._new_query = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name or NIP…"))
        self.search.setMinimumWidth(260)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for code in r.CATEGORIES:
            self.category.addItem(r.CATEGORY_LABELS[code], code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Active"), "active")
        self.status.addItem(self.tr("Inactive"), "inactive")
        self.status.addItem(self.tr("All statuses"), "all")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.category)
        bar.addWidget(self.status)
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        outer.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Work units"), self.tr("Active")])
        self.tree.setMinimumWidth(200)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        left = QWidget()
        llay = QVBoxLayout(left)
        llay.setContentsMargins(0, 0, 0, 0)
        llay.addWidget(self.tree, 1)
        unit_actions = QHBoxLayout()
        self.add_unit_button = QPushButton(self.tr("New unit…"))
        self.edit_unit_button = QPushButton(self.tr("Edit unit…"))
        unit_actions.addWidget(self.add_unit_button)
        unit_actions.addWidget(self.edit_unit_button)
        unit_actions.addStretch(1)
        llay.addLayout(unit_actions)
        split.addWidget(left)

        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.model = RosterTableModel(ui, self)
        self.table = FittedTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        rlay.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("muted")
        actions.addWidget(self.count, 1)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.print_button = QPushButton(self.tr("Print pact"))
        self.print_button.setToolTip(self.tr("Open this person's signed pact on the printing page"))
        for button in (
            self.print_button,
            self.add_button,
            self.edit_button,
            self.transfer_button,
            self.deactivate_button,
            self.reactivate_button,
        ):
            actions.addWidget(button)
        rlay.addLayout(actions)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([240, 900])
        self.split = split
        self._tree_sized = False
        outer.addWidget(split, 1)

        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.tree.currentItemChanged.connect(lambda *_a: self.refresh())
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._error)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.add_button.clicked.connect(self.add_employee)
        self.edit_button.clicked.connect(self.edit_selected)
        self.transfer_button.clicked.connect(self.transfer_selected)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.add_unit_button.clicked.connect(self.add_unit)
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export)
        ui.bus.changed.connect(self._on_changed)
        self._update_buttons()
        self._status_column()

    def title(self) -> str:
        return self.tr("Roster")

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def activate(self) -> None:
        self.load_units()

    # ------------------------------------------------------------------ units
    def load_units(self) -> None:
        app = self.ui.app
        self.ui.tasks.run(
            lambda _h: roster.list_units(app, with_counts=True),
            self._show_units,
            self._error,
        )

    def _show_units(self, units: list[UnitInfo]) -> None:
        current = self.selected_unit()
        self.units = units
        self.tree.blockSignals(True)
        self.tree.clear()
        root = QTreeWidgetItem([self.tr("All units"), str(sum(u.employees for u in units))])
        root.setData(0, Qt.ItemDataRole.UserRole, ALL_UNITS)
        self.tree.addTopLevelItem(root)
        items: dict[str, QTreeWidgetItem] = {}
        known = {u.id for u in units}
        totals = _subtree_totals(units)
        pending = sorted(units, key=lambda u: _natural(u.code))
        while pending:  # parents before children, whatever the order of codes
            progress = False
            for unit in list(pending):
                if unit.parent_id and unit.parent_id in known and unit.parent_id not in items:
                    continue
                parent = items.get(unit.parent_id or "", root)
                item = QTreeWidgetItem(parent, [unit.name, str(totals[unit.id])])
                item.setData(0, Qt.ItemDataRole.UserRole, unit.id)
                item.setToolTip(  # the full name: a long one is elided in the tree
                    0,
                    f"{unit.name}\n{unit.code} · {r.UNIT_KIND_LABELS.get(unit.kind, unit.kind)}",
                )
                items[unit.id] = item
                pending.remove(unit)
                progress = True
            if not progress:
                break
        self.tree.expandToDepth(1)
        if not self._tree_sized and units:  # once: wide enough for the names, within reason
            self._tree_sized = True
            self.tree.resizeColumnToContents(0)
            wanted = self.tree.columnWidth(0) + self.tree.header().sectionSize(1) + 24
            total = sum(self.split.sizes())
            width = max(200, min(wanted, 320, total // 3))
            self.split.setSizes([width, max(total - width, 1)])
        selected = items.get(current or "", root)
        self.tree.setCurrentItem(selected)
        self.tree.blockSignals(False)
        self._update_buttons()
        self.refresh()

    def selected_unit(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return None if value in (None, ALL_UNITS) else str(value)

    # ------------------------------------------------------------------ table
    def current_query(self) -> RosterQuery:
        unit = self.selected_unit()
        category = self.category.currentData()
        return RosterQuery(
            search=self.search.text(),
            unit_ids=roster.subtree_ids(self.units, unit) if unit else None,
            categories=[category] if category else [],
            status=str(self.status.currentData()),
            sort=self.model.query.sort,
            descending=self.model.query.descending,
        )

    def refresh(self) -> None:
        self._status_column()
        query = self.current_query()
        self._new_query = query != self.model.query
        self.model.set_query(query)

    def _status_column(self) -> None:
        """The Status column only when inactive people can be listed: its width goes to
        the name, position and unit columns."""
        self.table.setColumnHidden(6, self.status.currentData() == "active")
        self.table.fit_columns()

    def _loaded(self, total: int) -> None:
        if self._new_query:  # a new search or filter starts at the top; a refresh stays put
            self.table.scrollToTop()
        self.count.setText(self.tr("{n} employees").format(n=f"{total:,}".replace(",", ".")))
        self._update_buttons()

    def _on_changed(self, areas: Changes, _initiator: object) -> None:
        if areas.touches({Area.ROSTER}):
            self.load_units()

    def selected(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.model.row_at(rows[0].row())
        return (item.id, item.name) if item else None

    def _update_buttons(self) -> None:
        actor = self.ui.app.actor
        role = actor.role if actor else None
        can_edit, can_import = allowed(role, "roster.edit"), allowed(role, "roster.import")
        sel = self.selected()
        item = (
            self.model.row_at(self.table.selectionModel().selectedRows()[0].row()) if sel else None
        )
        self.add_button.setEnabled(can_edit)
        self.add_unit_button.setEnabled(can_edit)
        self.edit_unit_button.setEnabled(can_edit and self.selected_unit() is not None)
        self.import_button.setEnabled(can_import)
        self.edit_button.setEnabled(can_edit and sel is not None)
        # the transfer dialog names the current unit and leaves it out of the choices: it
        # needs the unit list, which loads in the background
        self.transfer_button.setEnabled(can_edit and sel is not None and bool(self.units))
        self.deactivate_button.setEnabled(can_edit and item is not None and item.active)
        self.reactivate_button.setEnabled(can_edit and item is not None and not item.active)
        self.print_button.setEnabled(
            allowed(role, "pact.print") and item is not None and bool(item.nip)
        )

    # ------------------------------------------------------------------ actions
    def add_unit(self) -> QWidget:
        from desktop.ui.roster.unit_dialog import UnitDialog

        dialog = UnitDialog(self.ui, self.units, parent_id=self.selected_unit(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_unit(self) -> QWidget | None:
        from desktop.ui.roster.unit_dialog import UnitDialog

        unit_id = self.selected_unit()
        unit = next((u for u in self.units if u.id == unit_id), None)
        if unit is None:
            return None
        dialog = UnitDialog(self.ui, self.units, unit=unit, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is not None and item.nip:
            nip = item.nip
            self.ui.bus.show_page("printing", lambda page: page.select_person(nip))

    def add_employee(self) -> EmployeeDialog:
        dialog = EmployeeDialog(self.ui, self.units, unit_id=self.selected_unit(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_selected(self) -> None:
        sel = self.selected()
        if sel is None or not allowed(
            self.ui.app.actor.role if self.ui.app.actor else None, "roster.edit"
        ):
            return
        app = self.ui.app
        self.ui.tasks.run(
            lambda _h: roster.get_employee(app, sel[0]),
            self._open_edit,
            self._error,
        )

    def _open_edit(self, detail: Any) -> None:
        dialog = EmployeeDialog(self.ui, self.units, detail=detail, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def transfer_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is not None and self.units:
            current = next((u.id for u in self.units if u.code == item.unit_code), None)
            dialog = TransferDialog(self.ui, self.units, item.id, item.name, self, current)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def deactivate_selected(self) -> None:
        sel = self.selected()
        if sel:
            dialog = DeactivateDialog(self.ui, sel[0], sel[1], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

    def reactivate_selected(self) -> None:
        sel = self.selected()
        if sel:
            app = self.ui.app
            self.ui.tasks.run(
                lambda _h: roster.reactivate(app, sel[0]),
                None,
                self._error,
                initiator=self,
            )

    def open_import(self) -> QWidget:
        from desktop.ui.roster.import_wizard import RosterImportWizard

        wizard = RosterImportWizard(self.ui, self.units, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export roster"),
            "daftar-pegawai.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        app, query = self.ui.app, self.current_query()
        self.ui.tasks.run(
            lambda _h: roster_export.export(app, path, query),
            lambda n: self.count.setText(
                self.tr("{n} employees exported to {file}").format(n=n, file=path.name)
            ),
            self._error,
        )
