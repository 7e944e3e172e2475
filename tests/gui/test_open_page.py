"""Pages can send the user to another page with a task for it (roster -> print this person)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.context import Actor
from desktop.services.roster import EmployeeInput
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.printing.page import PrintingPage
from desktop.ui.roster.page import RosterPage
from desktop.ui.settings import Settings


def _settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)


def test_print_pact_from_the_roster_opens_printing_for_that_person(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    from desktop.services import office

    unit = roster.add_unit(ui.app, "81.08.06", "Kecamatan Wetar", "kecamatan")
    roster.add_employee(
        ui.app,
        EmployeeInput(
            name="Yohanis Lewier, S.Sos",
            category="PNS",
            unit_id=unit.id,
            nip="198609262015051001",
            golongan="III/b",
            jabatan="Kepala Seksi Pemerintahan",
        ),
    )
    ui.app.actor = Actor("admin", "admin")
    win = MainWindow(ui, office.get_info(ui.app), Settings(tmp_path / "gui.ini"))
    qtbot.addWidget(win)
    win.show()
    assert win.select_page("roster")
    page = win.page("roster")
    assert isinstance(page, RosterPage)
    page.activate()
    _settle(qtbot, ui)
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    page.print_button.click()
    _settle(qtbot, ui)
    assert win.current_key() == "printing"
    printing = win.page("printing")
    assert isinstance(printing, PrintingPage)
    assert printing.nip.text() == "198609262015051001"
    win.close()
    ui.tasks.wait()
