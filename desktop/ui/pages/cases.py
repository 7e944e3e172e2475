"""Laporan pelanggaran: the list of violation reports (filters: stage, overdue, unit, code)
and, on double-click, the case page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import workflow
from desktop.domain.roles import allowed
from desktop.services import cases
from desktop.services.changes import Area, Changes
from desktop.ui.case_intake_dialog import CaseIntakeDialog
from desktop.ui.case_view import CaseView
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page
from desktop.ui.rows_model import Column, RowsModel

OVERDUE_BG = QColor("#fde8e7")
OVERDUE_FG = QColor("#b42318")


def _deadline(row: dict[str, Any]) -> dict[str, Any]:
    deadline: dict[str, Any] = row["deadline"]
    return deadline


def _overdue(row: dict[str, Any]) -> bool:
    return bool(_deadline(row)["overdue"])


def _due_order(row: dict[str, Any]) -> tuple[bool, str]:
    """No deadline last; dates in ISO form sort as dates."""
    due = _deadline(row)["due"]
    return (due is None, "" if due is None else due.isoformat())


def _codes(row: dict[str, Any]) -> str:
    return ", ".join(row["proven_codes"] or row["alleged_codes"]) or "-"


class CasesModel(RowsModel[dict[str, Any]]):
    """Rows are the dictionaries of ``cases.list_cases``; an overdue row is tinted red and
    says why, its deadline in bold red. ``UserRole`` is the case id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent=parent,
            key=lambda r: r["id"],
            background=lambda r: OVERDUE_BG if _overdue(r) else None,
            tooltip=self._overdue_tip,
        )
        bold = QFont()
        bold.setBold(True)
        self.set_columns(
            (
                Column(self.tr("Number"), lambda r: str(r["number"])),
                Column(self.tr("Stage"), lambda r: str(r["state_label"])),
                Column(
                    self.tr("Received"),
                    lambda r: f"{r['received']:%d-%m-%Y}",
                    sort_key=lambda r: r["received"],
                ),
                Column(self.tr("Reported person"), lambda r: str(r["reported_name"] or "-")),
                Column(self.tr("Work unit"), lambda r: str(r["reported_unit"] or "-")),
                Column(self.tr("Codes"), _codes),
                Column(
                    self.tr("Deadline"),
                    self._deadline_text,
                    sort_key=_due_order,
                    foreground=lambda r: OVERDUE_FG if _overdue(r) else None,
                    font=lambda r: bold if _overdue(r) else None,
                ),
            )
        )

    def _deadline_text(self, row: dict[str, Any]) -> str:
        due = _deadline(row)
        if due["due"] is None:
            return ""
        text = f"{due['due']:%d-%m-%Y}"
        return self.tr("{date} (overdue)").format(date=text) if due["overdue"] else text

    def _overdue_tip(self, row: dict[str, Any]) -> str | None:
        if not _overdue(row):
            return None
        return self.tr("Past the deadline: {label}").format(label=_deadline(row)["label"])


class CasesPage(Page):
    key = "cases"
    permission = "view"

    def _error(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self._loading = False
        self.options: dict[str, Any] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        listing = QWidget()
        lay = QVBoxLayout(listing)
        lay.setContentsMargins(20, 16, 20, 16)
        bar = QHBoxLayout()
        self.state = QComboBox()
        self.state.addItem(self.tr("All stages"), None)
        for state in workflow.STATES:
            self.state.addItem(workflow.label(state), state)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("Work unit"))
        self.code = QComboBox()
        self.code.addItem(self.tr("All codes"), None)
        for widget in (
            QLabel(self.tr("Stage")),
            self.state,
            self.overdue,
            self.unit,
            QLabel(self.tr("Code")),
            self.code,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New report…"))
        self.new_button.clicked.connect(self.open_intake)
        bar.addWidget(self.new_button)
        lay.addLayout(bar)
        self.state.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.unit.editingFinished.connect(self.refresh)
        self.code.currentIndexChanged.connect(self.refresh)

        self.model = CasesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        lay.addWidget(self.table, 1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        lay.addWidget(self.count)
        self.stack.addWidget(listing)

        self.view = CaseView(ui)
        self.view.back.connect(self.show_list)
        self.stack.addWidget(self.view)
        ui.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Violation reports")

    def activate(self) -> None:
        actor = self.ui.app.actor
        self.new_button.setVisible(allowed(actor.role if actor else None, "case.intake"))
        if not self.options:
            app = self.ui.app
            self.ui.tasks.run(
                lambda _h: cases.case_options(app),
                self._set_options,
                self._error,
            )
        self.refresh()

    def _set_options(self, options: dict[str, Any]) -> None:
        self.options = options
        self.code.blockSignals(True)
        for item in options["codes"]:
            self.code.addItem(item["code"], item["code"])
        self.code.blockSignals(False)

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        """Reload the list when it is on screen. While a case is open the list is not read
        (it is read again on the way back, :meth:`show_list`); the case view reloads
        itself once after its own actions."""
        if not (areas.touches({Area.CASES}) and self.isVisible()):
            return
        if self.stack.currentIndex() == 0:
            self.refresh()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        app = self.ui.app
        filters = {
            "state": self.state.currentData(),
            "overdue": self.overdue.isChecked(),
            "unit": self.unit.text().strip() or None,
            "code": self.code.currentData(),
        }
        self.ui.tasks.run(lambda _h: cases.list_cases(app, **filters), self._show, self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._loading = False
        show_error(self, exc, tb)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self._loading = False
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        late = sum(1 for r in rows if r["deadline"]["overdue"])
        self.count.setText(self.tr("{n} reports, {late} overdue").format(n=len(rows), late=late))

    # ------------------------------------------------------------------ navigation
    def _open_index(self, index: QModelIndex) -> None:
        self.open_case(str(self.model.data(index, Qt.ItemDataRole.UserRole)))

    def open_case(self, ref: str) -> None:
        self.view.load(ref)
        self.stack.setCurrentWidget(self.view)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()

    def open_intake(self) -> CaseIntakeDialog:
        dialog = CaseIntakeDialog(self.ui, self.options, self)
        dialog.created.connect(lambda change: self.open_case(change.case_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
