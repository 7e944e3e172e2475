"""Beranda: the office at a glance (identity, roster size, signing progress, cases, sync)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.office import TIMEZONES, local_stamp
from desktop.domain.roster import CATEGORIES
from desktop.services import dashboard
from desktop.services.changes import EVERYTHING, Changes
from desktop.services.dashboard import Dashboard
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page


def _card(value: QLabel, label: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    lay = QVBoxLayout(frame)
    lay.setContentsMargins(16, 12, 16, 12)
    value.setObjectName("cardValue")
    caption = QLabel(label)
    caption.setObjectName("cardLabel")
    caption.setWordWrap(True)
    lay.addWidget(value)
    lay.addWidget(caption)
    return frame


class HomePage(Page):
    key = "home"
    permission = "view"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("pageBody")
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.setSpacing(16)

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        banner_lay = QVBoxLayout(self.banner)
        banner_lay.setContentsMargins(20, 16, 20, 16)
        self.office_name = QLabel()
        self.office_name.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.office_name.setWordWrap(True)
        self.office_line = QLabel()
        self.office_line.setWordWrap(True)
        banner_lay.addWidget(self.office_name)
        banner_lay.addWidget(self.office_line)
        lay.addWidget(self.banner)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.employees = QLabel("–")
        self.units = QLabel("–")
        self.open_cases = QLabel("–")
        self.overdue = QLabel("–")
        grid.addWidget(_card(self.employees, self.tr("Active employees on the roster")), 0, 0)
        grid.addWidget(_card(self.units, self.tr("Work units")), 0, 1)
        grid.addWidget(_card(self.open_cases, self.tr("Open violation reports")), 0, 2)
        grid.addWidget(_card(self.overdue, self.tr("Reports past their deadline")), 0, 3)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        lay.addLayout(grid)
        self.categories = QLabel()
        self.categories.setObjectName("muted")
        self.categories.setWordWrap(True)
        lay.addWidget(self.categories)

        attention_title = QLabel(self.tr("Violation reports that need attention"))
        attention_title.setObjectName("sectionTitle")
        lay.addWidget(attention_title)
        self.attention_box = QVBoxLayout()
        self.attention_box.setSpacing(6)
        lay.addLayout(self.attention_box)

        events_title = QLabel(self.tr("Signing of the neutrality pact: recent events"))
        events_title.setObjectName("sectionTitle")
        lay.addWidget(events_title)
        self.events_box = QVBoxLayout()
        self.events_box.setSpacing(8)
        lay.addLayout(self.events_box)

        # At a hub: a bar per office for the latest election (signed / refused / not yet).
        self.coverage_title = QLabel(self.tr("Coverage per office (latest election)"))
        self.coverage_title.setObjectName("sectionTitle")
        self.coverage_line = QLabel()
        self.coverage_line.setWordWrap(True)
        from desktop.ui.sync.coverage_page import CoverageChart

        self.coverage_chart = CoverageChart()
        for widget in (self.coverage_title, self.coverage_line, self.coverage_chart):
            widget.hide()
            lay.addWidget(widget)

        sync_title = QLabel(self.tr("Exchange with the kabupaten"))
        sync_title.setObjectName("sectionTitle")
        lay.addWidget(sync_title)
        self.sync_line = QLabel()
        self.sync_line.setWordWrap(True)
        lay.addWidget(self.sync_line)
        lay.addStretch(1)
        ui.bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Home")

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        """The summary covers every area (and ALL); hidden, it reloads when shown."""
        if areas.touches(EVERYTHING) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        app = self.ui.app
        self.ui.tasks.run(lambda _h: dashboard.summary(app), self._show, self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._loading = False
        show_error(self, exc, tb)

    # ------------------------------------------------------------------ rendering
    def _when(self, moment: datetime | None, zone: str) -> str:
        if moment is None:
            return self.tr("never")
        return local_stamp(moment, zone)

    def _show(self, data: Dashboard) -> None:
        self._loading = False
        office = data.office
        self.office_name.setText(office.name)
        role = self.tr("kabupaten hub") if office.role == "hub" else self.tr("office")
        self.office_line.setText(
            self.tr("Region code {code} · {kab} · {role} · time zone {tz}").format(
                code=office.code,
                kab=office.kabupaten_name,
                role=role,
                tz=TIMEZONES.get(office.timezone, office.timezone),
            )
        )
        self.employees.setText(f"{data.employees:,}".replace(",", "."))
        self.units.setText(str(data.units))
        self.open_cases.setText(str(data.open_cases))
        self.overdue.setText(str(data.overdue_cases))
        self.overdue.setStyleSheet("color: #b42318;" if data.overdue_cases else "")
        if data.employees_by_category:
            names = {"NON_ASN": self.tr("Non-ASN")}
            order = {c: i for i, c in enumerate(CATEGORIES)}  # PNS, CPNS, PPPK, non-ASN
            counts = sorted(data.employees_by_category.items(), key=lambda kv: order.get(kv[0], 9))
            parts = [f"{names.get(k, k)}: {v}" for k, v in counts]
            self.categories.setText(self.tr("By category: ") + " · ".join(parts))
        else:
            self.categories.setText(
                self.tr("The roster is still empty: import it on the Roster page.")
            )
        self._show_events(data)
        self._show_attention(data)
        if office.role == "hub":
            self._load_coverage()
        self.sync_line.setText(
            self.tr("Last package sent: {out}. Last package received: {inn}.").format(
                out=self._when(data.last_sync_out, office.timezone),
                inn=self._when(data.last_sync_in, office.timezone),
            )
        )

    def _load_coverage(self) -> None:
        from desktop.services.sync import hub_coverage

        app = self.ui.app

        def load(_h: object) -> hub_coverage.Coverage | None:
            return hub_coverage.coverage(app) if hub_coverage.elections(app) else None

        self.ui.tasks.run(load, self._show_coverage, self._failed)

    def _show_coverage(self, data: object) -> None:
        from desktop.services.sync.hub_coverage import Coverage

        shown = isinstance(data, Coverage)
        for widget in (self.coverage_title, self.coverage_line, self.coverage_chart):
            widget.setVisible(shown)
        if not isinstance(data, Coverage):
            return
        t = data.totals
        line = self.tr(
            "{election}: {signed} of {employees} signed ({pct}%), {refused} refused."
        ).format(
            election=data.election.name,
            signed=t.signed,
            employees=t.employees,
            pct=f"{t.percent:.1f}",
            refused=t.refused,
        )
        if data.not_reporting:
            line += " " + self.tr("{n} offices not reporting (marked red).").format(
                n=len(data.not_reporting)
            )
        self.coverage_line.setText(line)
        self.coverage_chart.set_offices(data.offices)

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_attention(self, data: Dashboard) -> None:
        self._clear(self.attention_box)
        if not data.attention:
            empty = QLabel(self.tr("No open report has a deadline coming up."))
            empty.setObjectName("muted")
            self.attention_box.addWidget(empty)
            return
        for case in data.attention:
            row = QFrame()
            row.setObjectName("card")
            lay = QHBoxLayout(row)
            lay.setContentsMargins(14, 6, 14, 6)
            who = QLabel(f"<b>{escape(case.number)}</b> · {escape(case.reported)}")
            who.setTextFormat(Qt.TextFormat.RichText)
            stage = QLabel(f"{case.state_label} → {case.step}")
            stage.setObjectName("muted")
            if case.overdue:
                when = self.tr("overdue since {date}").format(date=f"{case.due:%d-%m-%Y}")
            else:
                when = self.tr("due {date} ({days} working days left)").format(
                    date=f"{case.due:%d-%m-%Y}", days=case.days_left
                )
            due = QLabel(when)
            due.setStyleSheet("color: #b42318; font-weight: 600;" if case.overdue else "")
            # Long names, units and stages wrap inside the row: at 1366 or 1280 px the row
            # never makes the page wider than the window (no sideways scrolling).
            for label in (who, stage, due):
                label.setWordWrap(True)
            due.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            lay.addWidget(who, 3)
            lay.addWidget(stage, 2)
            lay.addSpacing(16)
            lay.addWidget(due, 2)
            self.attention_box.addWidget(row)

    def _show_events(self, data: Dashboard) -> None:
        self._clear(self.events_box)
        if not data.events:
            empty = QLabel(self.tr("No signing event has been planned yet."))
            empty.setObjectName("muted")
            self.events_box.addWidget(empty)
            return
        for event in data.events:
            row = QFrame()
            row.setObjectName("card")
            lay = QHBoxLayout(row)
            lay.setContentsMargins(14, 8, 14, 8)
            name = QLabel(
                f"<b>{escape(event.name)}</b><br><span style='color:#5b6776'>"
                f"{event.event_date:%d-%m-%Y} · {escape(event.place)}</span>"
            )
            name.setTextFormat(Qt.TextFormat.RichText)
            bar = QProgressBar()
            bar.setRange(0, max(event.expected, 1))
            bar.setValue(min(event.signed, max(event.expected, 1)))
            bar.setTextVisible(False)
            bar.setMinimumWidth(120)
            bar.setMaximumWidth(220)
            figures = QLabel(
                self.tr("{signed} of {expected} signed ({pct}%), {refused} refused").format(
                    signed=event.signed,
                    expected=event.expected,
                    pct=event.percent,
                    refused=event.refused,
                )
            )
            for label in (name, figures):
                label.setWordWrap(True)
            lay.addWidget(name, 3)
            lay.addWidget(bar, 1)
            lay.addWidget(figures, 2)
            self.events_box.addWidget(row)
