"""The home page's figures (GUI-free service) and the page that shows them."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop import demo
from desktop.domain import workflow
from desktop.services import cases, dashboard
from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.pages.home import HomePage


def test_new_office_has_empty_figures(ctx: AppContext) -> None:
    data = dashboard.summary(ctx)
    assert data.office.code == "81.08.06"
    assert (data.employees, data.units, data.open_cases, data.overdue_cases) == (0, 0, 0, 0)
    assert data.events == []
    assert data.last_sync_out is None and data.last_sync_in is None


def test_demo_office_figures_match_the_services(empty_ctx: AppContext) -> None:
    demo.populate(empty_ctx, employees=8)
    today = date.today()
    data = dashboard.summary(empty_ctx, today=today)
    assert data.employees == sum(data.employees_by_category.values()) > 0
    listed = cases.list_cases(empty_ctx, today=today)
    still_open = [c for c in listed if c["state"] not in workflow.CLOSED_STATES]
    assert data.open_cases == len(still_open)
    assert data.overdue_cases == len(cases.list_cases(empty_ctx, overdue=True, today=today))
    flags = [a.overdue for a in data.attention]
    assert flags == sorted(flags, reverse=True)  # overdue reports first
    assert len(data.attention) <= dashboard.ATTENTION_ROWS
    for event in data.events:
        assert 0 <= event.signed + event.refused <= event.expected


def test_home_page_shows_the_office(qtbot: QtBot, ui: UiContext) -> None:
    page = HomePage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.office_name.text() == "Kecamatan Wetar", timeout=10_000)
    assert page.employees.text() == "0"
    ui.tasks.wait()
