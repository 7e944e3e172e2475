"""The printing page's person picker (issue 14, point 9): a non-ASN worker, who has no NIP,
is found by name or NIK and printed alone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services import printing
from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.printing.page import PERSON, PrintingPage
from tests.printing.conftest import World


def _settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=20_000)
    qtbot.wait(30)


def test_find_people_by_name_nik_and_nip(ctx: AppContext, world: World) -> None:
    by_name = printing.find_people(ctx, "agustina riri")
    assert [c.key for c in by_name] == [world.employees["Agustina Ririmasse"]]
    assert "NIK 8108064107900002" in by_name[0].label
    by_nik = printing.find_people(ctx, "8108 0641")
    assert [c.key for c in by_nik] == [world.employees["Agustina Ririmasse"]]
    by_nip = printing.find_people(ctx, "19850315 201001 1 002")
    assert by_nip and by_nip[0].label.startswith("Yohanis Petrus Lewerissa")
    assert printing.find_people(ctx, "   ") == []


def test_page_prints_a_non_asn_worker_alone(
    qtbot: QtBot, ui: UiContext, world: World, tmp_path: Path
) -> None:
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    _settle(qtbot, ui)
    qtbot.keyClicks(page.nip, "Ririmasse")
    assert page.mode.checkedId() == PERSON  # typing a person chooses "One person"
    qtbot.waitUntil(lambda: page.person_combo.count() == 1, timeout=5_000)
    _settle(qtbot, ui)
    sel = page.selection()
    assert sel.employee_id == world.employees["Agustina Ririmasse"] and sel.nip is None
    page.build_button.click()
    _settle(qtbot, ui)
    assert page._pdf is not None and "1 page" in page.status.text()
    qtbot.keyClicks(page.nip, "zzz")
    qtbot.waitUntil(lambda: page.person_note.text() == "nobody found", timeout=5_000)
    _settle(qtbot, ui)
