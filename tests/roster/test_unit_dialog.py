"""Work units are added, renamed and moved from the roster page, never under themselves."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui import crash
from desktop.ui.context import UiContext
from desktop.ui.roster.page import RosterPage
from desktop.ui.roster.unit_dialog import UnitDialog
from tests.roster.test_gui import settle


def _page(ui: UiContext, qtbot: QtBot) -> RosterPage:
    page = RosterPage(ui)
    qtbot.addWidget(page)
    page.activate()
    settle(qtbot, ui)
    return page


def test_add_rename_and_move_a_unit(ui: UiContext, ctx: AppContext, qtbot: QtBot) -> None:
    top = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    page = _page(ui, qtbot)
    assert page.add_unit_button.isEnabled()

    dialog = page.add_unit()
    assert isinstance(dialog, UnitDialog)
    dialog.code.setText("81.08.06.2001")
    dialog.name.setText("Desa  Ilwaki")
    dialog.kind.setCurrentIndex(dialog.kind.findData("desa"))
    dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findData(top.id))
    dialog.save()
    settle(qtbot, ui)
    units = {u.code: u for u in roster.list_units(ctx)}
    assert units["81.08.06.2001"].name == "Desa Ilwaki"
    assert units["81.08.06.2001"].parent_id == top.id

    desa = units["81.08.06.2001"]
    edit = UnitDialog(ui, list(units.values()), unit=desa)
    qtbot.addWidget(edit)
    edit.name.setText("Desa Ilwaki (Wetar)")
    edit.parent_unit.setCurrentIndex(edit.parent_unit.findData(None))
    edit.save()
    settle(qtbot, ui)
    moved = {u.code: u for u in roster.list_units(ctx)}["81.08.06.2001"]
    assert moved.name == "Desa Ilwaki (Wetar)"
    assert moved.parent_id is None


def test_unit_cannot_move_under_its_own_child(
    ui: UiContext,
    ctx: AppContext,
    qtbot: QtBot,
) -> None:
    top = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    child = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa", "81.08.06")
    units = roster.list_units(ctx)
    edit = UnitDialog(ui, units, unit=next(u for u in units if u.id == top.id))
    qtbot.addWidget(edit)
    edit.parent_unit.setCurrentIndex(edit.parent_unit.findData(child.id))
    edit.save()
    settle(qtbot, ui)
    assert {u.id: u for u in roster.list_units(ctx)}[top.id].parent_id is None
    assert any("dirinya sendiri" in text for text in crash.handler().shown)
