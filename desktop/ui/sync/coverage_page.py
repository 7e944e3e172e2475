"""Cakupan (hub only): who has signed the pact for an election, office by office, unit by
unit, down to the people not yet signed; a bar per office; offices not reporting marked;
the recap for the Bupati and BKN as PDF or .xlsx."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Area, Changes
from desktop.services.sync import hub_coverage
from desktop.services.sync.hub_coverage import Coverage, OfficeCoverage
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page

SIGNED = QColor("#2e7d32")
REFUSED = QColor("#c62828")
UNSIGNED = QColor("#c9ced6")
STALE = QColor("#fdecea")


class CoverageChart(QWidget):
    """A horizontal bar per office: signed, refused, not yet (shares of its people)."""

    BAR, GAP, LABEL = 14, 6, 270

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offices: list[OfficeCoverage] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_offices(self, offices: list[OfficeCoverage]) -> None:
        self._offices = offices
        self.setFixedHeight(self._height())
        self.update()

    def _height(self) -> int:
        return 28 + len(self._offices) * (self.BAR + self.GAP) + 8

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        span = max(width - self.LABEL - 60, 40)
        x = float(self.LABEL)
        for text, color in (
            (self.tr("Signed"), SIGNED),
            (self.tr("Refused"), REFUSED),
            (self.tr("Not yet"), UNSIGNED),
        ):
            p.fillRect(QRectF(x, 6, 10, 10), color)
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x + 14, 2, 160, 18), Qt.AlignmentFlag.AlignVCenter, text)
            x += 24 + p.fontMetrics().horizontalAdvance(text) + 12
        y = 28.0
        bold = QFont(self.font())
        bold.setBold(True)
        for office in self._offices:
            c = office.counts
            label_rect = QRectF(0, y - 2, self.LABEL - 8, self.BAR + 4)
            if office.stale:
                p.fillRect(QRectF(0, y - 2, width, self.BAR + 4), STALE)
            p.setFont(bold if office.stale else self.font())
            p.setPen(QColor("#b42318") if office.stale else QColor("#222"))
            p.drawText(
                label_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                p.fontMetrics().elidedText(
                    f"{office.office} {office.name}",
                    Qt.TextElideMode.ElideMiddle,
                    self.LABEL - 10,
                ),
            )
            x = float(self.LABEL)
            total = max(c.employees, 1)
            for count, color in ((c.signed, SIGNED), (c.refused, REFUSED), (c.unsigned, UNSIGNED)):
                w = span * count / total
                if w > 0:
                    p.fillRect(QRectF(x, y, w, self.BAR), color)
                x += w
            if c.employees == 0:
                p.setPen(QPen(UNSIGNED))
                p.setBrush(QBrush())
                p.drawRect(QRectF(self.LABEL, y, span, self.BAR))
            p.setPen(QColor("#222"))
            p.drawText(
                QRectF(self.LABEL + span + 6, y - 2, 54, self.BAR + 4),
                Qt.AlignmentFlag.AlignVCenter,
                f"{c.percent:.0f}%",
            )
            y += self.BAR + self.GAP
        p.end()


def _item(value: object, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class CoveragePage(Page):
    key = "coverage"
    permission = "view"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        ui.bus.changed.connect(self._on_changed)
        self._data: Coverage | None = None
        self._loading = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        top = QHBoxLayout()
        title = QLabel(self.tr("Coverage of the pact signing"))
        title.setObjectName("sectionTitle")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Election:")))
        self.election = QComboBox()
        self.election.setMinimumWidth(260)
        # the whole election name with its voting day (it was cut before the closing bracket)
        self.election.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.election.activated.connect(lambda _i: self.refresh(keep_election=True))
        top.addWidget(self.election)
        self.pdf = QPushButton(self.tr("Recap PDF…"))
        self.xlsx = QPushButton(self.tr("Recap .xlsx…"))
        self.pdf.clicked.connect(lambda: self._recap("pdf"))
        self.xlsx.clicked.connect(lambda: self._recap("xlsx"))
        top.addWidget(self.pdf)
        top.addWidget(self.xlsx)
        lay.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Vertical)
        self.chart = CoverageChart()
        chart_area = QScrollArea()
        chart_area.setWidgetResizable(True)
        chart_area.setWidget(self.chart)
        split.addWidget(chart_area)
        self.offices = _table(
            [self.tr("Code"), self.tr("Office"), self.tr("Employees"), self.tr("ASN"),
             self.tr("Non-ASN"), self.tr("Signed"), self.tr("Refused"), self.tr("Not yet"),
             "%", self.tr("Last package")]
        )  # fmt: skip
        self.offices.itemSelectionChanged.connect(self._office_chosen)
        split.addWidget(self.offices)
        lower = QSplitter(Qt.Orientation.Horizontal)
        self.units = _table(
            [self.tr("Unit code"), self.tr("Unit"), self.tr("Employees"), self.tr("Signed"),
             self.tr("Refused"), self.tr("Not yet")]
        )  # fmt: skip
        self.units.itemSelectionChanged.connect(self._unit_chosen)
        lower.addWidget(self.units)
        self.people = _table([self.tr("NIP"), self.tr("Name not yet signed"), self.tr("Category")])
        lower.addWidget(self.people)
        split.addWidget(lower)
        split.setSizes([150, 260, 220])
        lay.addWidget(split, 1)

    def title(self) -> str:
        return self.tr("Coverage")

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        """The figures come from imported packages; hidden, the page reads them when shown."""
        if areas.touches({Area.SYNC}) and self.isVisible():
            self.refresh(keep_election=True)

    # ------------------------------------------------------------------ loading
    def refresh(self, keep_election: bool = False) -> None:
        if self._loading:
            return
        self._loading = True
        app = self.ui.app
        chosen = self.election.currentData() if keep_election else None

        def load(_h: object) -> tuple[list[hub_coverage.ElectionInfo], Coverage | None]:
            found = hub_coverage.elections(app)
            if not found:
                return found, None
            return found, hub_coverage.coverage(app, chosen or found[0].id)

        self.ui.tasks.run(load, self._show, self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._loading = False
        show_error(self, exc, tb)

    def _show(self, result: tuple[list[hub_coverage.ElectionInfo], Coverage | None]) -> None:
        self._loading = False
        elections, data = result
        self._data = data
        self.election.clear()
        for e in elections:
            self.election.addItem(f"{e.name} ({e.voting_date:%d-%m-%Y})", e.id)
        self.pdf.setEnabled(data is not None)
        self.xlsx.setEnabled(data is not None)
        self.offices.setRowCount(0)
        self.units.setRowCount(0)
        self.people.setRowCount(0)
        if data is None:
            self.summary.setText(self.tr("No election yet: add one on the Pact signing page."))
            self.chart.set_offices([])
            return
        self.election.setCurrentIndex(max(self.election.findData(data.election.id), 0))
        t = data.totals
        text = self.tr(
            "{signed} of {employees} active employees signed ({pct}%), {refused} refused, "
            "{unsigned} not yet, in {offices} offices."
        ).format(signed=t.signed, employees=t.employees, pct=f"{t.percent:.1f}",
                 refused=t.refused, unsigned=t.unsigned, offices=len(data.offices))  # fmt: skip
        if data.not_reporting:
            text += " " + self.tr(
                "Not reporting for more than {days} days or never: {names}."
            ).format(days=data.stale_days, names=", ".join(o.name for o in data.not_reporting))
        self.summary.setText(text)
        self.chart.set_offices(data.offices)
        self.offices.setRowCount(len(data.offices))
        for row, o in enumerate(data.offices):
            c = o.counts
            when = (
                f"{o.last_package_at:%d-%m-%Y}"
                + (self.tr(" ({n} days ago)").format(n=o.age_days) if o.age_days else "")
                if isinstance(o.last_package_at, datetime)
                else self.tr("never")
            )
            values = [o.office, o.name, c.employees, c.asn, c.non_asn, c.signed, c.refused,
                      c.unsigned, f"{c.percent:.1f}", when]  # fmt: skip
            for col, value in enumerate(values):
                item = _item(value, 2 <= col <= 8)
                if o.stale:
                    item.setBackground(STALE)
                    item.setForeground(QColor("#b42318"))
                    item.setToolTip(self.tr("Not reporting"))
                self.offices.setItem(row, col, item)

    # ------------------------------------------------------------------ drill-down
    def _office(self) -> OfficeCoverage | None:
        rows = self.offices.selectionModel().selectedRows()
        if not rows or self._data is None:
            return None
        return self._data.offices[rows[0].row()]

    def _office_chosen(self) -> None:
        office = self._office()
        self.units.setRowCount(0)
        self.people.setRowCount(0)
        if office is None:
            return
        self.units.setRowCount(len(office.units))
        for row, u in enumerate(office.units):
            c = u.counts
            for col, value in enumerate(
                [u.unit_code, u.unit_name, c.employees, c.signed, c.refused, c.unsigned]
            ):
                self.units.setItem(row, col, _item(value, col >= 2))

    def _unit_chosen(self) -> None:
        office = self._office()
        rows = self.units.selectionModel().selectedRows()
        if office is None or not rows or self._data is None:
            return
        unit = office.units[rows[0].row()]
        app, election = self.ui.app, self._data.election.id

        def load(_h: object) -> list[hub_coverage.PersonStatus]:
            return hub_coverage.people(
                app, election, office.office, unit_code=unit.unit_code, status="unsigned"
            )

        self.ui.tasks.run(load, self._show_people, self._failed)

    def _show_people(self, people: list[hub_coverage.PersonStatus]) -> None:
        self.people.setRowCount(len(people))
        for row, p in enumerate(people):
            for col, value in enumerate([p.nip or "-", p.name, p.category]):
                self.people.setItem(row, col, _item(value))

    # ------------------------------------------------------------------ recap
    def _recap(self, fmt: str) -> None:
        if self._data is None:
            return
        election = self._data.election
        suggested = f"rekap-{election.name}.{fmt}".replace(" ", "-").replace("/", "-")
        filters = (
            self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save recap"), suggested, filters)
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != f".{fmt}":
            out = out.with_name(out.name + f".{fmt}")
        app = self.ui.app

        def write(_h: object) -> object:
            from desktop.services.sync import hub_recap

            return hub_recap.election_recap(app, election.id, out)

        self.ui.tasks.run(write, lambda r: self.summary.setText(r.describe()), self._failed)
