"""Laporan pelanggaran: the list of violation reports (filters: stage, overdue, unit, code)
and, on double-click, the case page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
from desktop.ui.cases.intake_dialog import CaseIntakeDialog
from desktop.ui.cases.view import CaseView
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page
from desktop.ui.rows_model import Column, RowsModel

OVERDUE_BG = QColor("#fde8e7")
OVERDUE_FG = QColor("#b42318")


@dataclass(frozen=True)
class CaseRow:
    """One line of the list, read once from a ``cases.list_cases`` dictionary."""

    id: str
    number: str
    state: str
    state_label: str
    received: date
    reported_name: str | None
    reported_unit: str | None
    alleged_codes: tuple[str, ...]
    proven_codes: tuple[str, ...]
    due: date | None
    overdue: bool
    deadline_label: str

    @classmethod
    def from_listed(cls, item: dict[str, Any]) -> CaseRow:
        deadline = item["deadline"]
        return cls(
            id=str(item["id"]),
            number=str(item["number"]),
            state=str(item["state"]),
            state_label=str(item["state_label"]),
            received=item["received"],
            reported_name=item["reported_name"],
            reported_unit=item["reported_unit"],
            alleged_codes=tuple(item["alleged_codes"] or ()),
            proven_codes=tuple(item["proven_codes"] or ()),
            due=deadline["due"],
            overdue=bool(deadline["overdue"]),
            deadline_label=str(deadline["label"] or ""),
        )

    @property
    def codes(self) -> str:
        """The proven codes once decided, else the alleged ones."""
        return ", ".join(self.proven_codes or self.alleged_codes) or "-"


def _due_order(row: CaseRow) -> tuple[bool, date]:
    """By date, no deadline last."""
    return (row.due is None, row.due or date.min)


class CasesModel(RowsModel[CaseRow]):
    """The list of reports; an overdue row is tinted red and says why, its deadline in bold
    red. ``UserRole`` is the case id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent=parent,
            key=lambda r: r.id,
            background=lambda r: OVERDUE_BG if r.overdue else None,
            tooltip=self._overdue_tip,
        )
        bold = QFont()
        bold.setBold(True)
        self.set_columns(
            (
                Column(self.tr("Number"), lambda r: r.number),
                Column(self.tr("Stage"), lambda r: r.state_label),
                Column(
                    self.tr("Received"),
                    lambda r: f"{r.received:%d-%m-%Y}",
                    sort_key=lambda r: r.received,
                ),
                Column(self.tr("Reported person"), lambda r: r.reported_name or "-"),
                Column(self.tr("Work unit"), lambda r: r.reported_unit or "-"),
                Column(self.tr("Codes"), lambda r: r.codes),
                Column(
                    self.tr("Deadline"),
                    self._deadline_text,
                    sort_key=_due_order,
                    foreground=lambda r: OVERDUE_FG if r.overdue else None,
                    font=lambda r: bold if r.overdue else None,
                ),
            )
        )

    def set_listed(self, listed: list[dict[str, Any]]) -> None:
        """The rows of a ``cases.list_cases`` answer."""
        self.set_rows(CaseRow.from_listed(item) for item in listed)

    def _deadline_text(self, row: CaseRow) -> str:
        if row.due is None:
            return ""
        text = f"{row.due:%d-%m-%Y}"
        return self.tr("{date} (overdue)").format(date=text) if row.overdue else text

    def _overdue_tip(self, row: CaseRow) -> str | None:
        if not row.overdue:
            return None
        return self.tr("Past the deadline: {label}").format(label=row.deadline_label)


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
        self.model.set_listed(rows)
        self.table.resizeColumnsToContents()
        late = sum(1 for r in self.model.rows if r.overdue)
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
