"""The home page fits a 1366 px (and a 1280 px) wide laptop screen: nothing scrolls sideways.

A colleague saw a horizontal scrollbar on the home page at 1366x768: each report that needs
attention was one row of labels that never wrap (number and person, stage, deadline), so a
long name with its unit pushed the whole page wider than the window.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.services import dashboard, office
from desktop.services.context import Actor
from desktop.services.dashboard import CaseAttention, Dashboard, EventProgress
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.home import HomePage
from desktop.ui.settings import Settings


def _busy_office(data: Dashboard) -> Dashboard:
    """The figures of a busy office: names, units and stages as long as real ones."""
    today = date.today()
    attention = [
        CaseAttention(
            f"81.08.01/2026/000{i}",
            reported,
            state_label,
            step,
            today + timedelta(days=3 * i - 2),
            i == 1,
            None if i == 1 else 3 * i,
        )
        for i, (reported, state_label, step) in enumerate(
            [
                (
                    "Agustinus Lakburlawal, S.Pd.SD, SD Negeri 1 Tiakur",
                    "Decision",
                    "Delivering the decision",
                ),
                (
                    "Dra. Maria Magdalena Wattimena-Lekransy, M.Si., Kelurahan Tiakur",
                    "Examination",
                    "Hearing the reported employee",
                ),
                (
                    "Guru SD (name not known yet), SD Negeri Inpres Kaiwatu Moa Lakor",
                    "Received",
                    "Verifying the report",
                ),
            ],
            start=1,
        )
    ]
    events = [
        EventProgress(
            "Apel Netralitas ASN Kecamatan Moa Lakor dan Penandatanganan Pakta Integritas",
            today,
            "Aula Kantor Camat Moa Lakor, Tiakur",
            118,
            107,
            2,
        )
    ]
    counts = {"PNS": 1033, "CPNS": 35, "PPPK": 516, "NON_ASN": 2066}
    return replace(
        data,
        attention=attention,
        events=events,
        employees_by_category=counts,
        employees=sum(counts.values()),
        open_cases=12,
        overdue_cases=1,
    )


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_home_page_never_scrolls_sideways(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, size: tuple[int, int]
) -> None:
    ui.app.actor = Actor("admin", "admin")
    win = MainWindow(ui, office.get_info(ui.app), Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(win)
    win.show()
    win.resize(*size)
    assert win.select_page("home")
    page = win.page("home")
    assert isinstance(page, HomePage)
    ui.tasks.wait()
    qtbot.waitUntil(lambda: page.office_name.text() != "", timeout=10_000)
    page._show(_busy_office(dashboard.summary(ui.app)))
    qtbot.wait(50)  # the layouts settle
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    body = scroll.widget()
    assert body is not None
    available = scroll.viewport().width()
    assert available <= size[0] - 200  # the side bar takes its share
    assert body.minimumSizeHint().width() <= available
    assert scroll.horizontalScrollBar().maximum() == 0
    # every report row is on screen in full: its labels wrap instead of being cut
    assert page.attention_box.count() == 3
    for i in range(page.attention_box.count()):
        item = page.attention_box.itemAt(i)
        row = item.widget() if item is not None else None
        assert row is not None and row.width() <= available
    win.close()
    ui.tasks.wait()
