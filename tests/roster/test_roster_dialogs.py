"""Employee and transfer dialogs: a NIP someone else has is named as typed (not shown as
valid until Save), and the transfer dialog shows the current unit and does not offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.roster.dialogs import EmployeeDialog, TransferDialog
from desktop.ui.roster.page import RosterPage
from tests.roster.test_gui import settle

NIP_TAKEN = "198609262015051001"


def _setup(ctx: AppContext) -> tuple[str, str, str]:
    kantor = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    desa = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa", "81.08.06")
    emp = roster.add_employee(
        ctx, roster.EmployeeInput(name="Yakob Leunufna", unit_id=kantor.id, nip=NIP_TAKEN)
    ).id
    return kantor.id, desa.id, emp


def _save(dialog: EmployeeDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_nip_of_someone_else_is_named_as_typed(
    ui: UiContext, ctx: AppContext, qtbot: QtBot
) -> None:
    kantor, _desa, emp_id = _setup(ctx)
    dialog = EmployeeDialog(ui, roster.list_units(ctx), unit_id=kantor)
    qtbot.addWidget(dialog)
    dialog.name.setText("Maria Kay")
    dialog.nip.setText("NIP. 19860926 201505 1 001")  # Yakob's, written as printed
    qtbot.waitUntil(lambda: "Yakob Leunufna" in dialog.nip_hint.text(), timeout=10_000)
    assert "sah" not in dialog.nip_hint.text()
    assert "Kecamatan Wetar" in dialog.nip_hint.text()
    assert not _save(dialog)
    dialog.nip.setText("19860926 201505 2 002")  # a free one
    qtbot.waitUntil(lambda: "NIP PNS sah" in dialog.nip_hint.text(), timeout=10_000)
    assert _save(dialog)
    # Yakob's own dialog: his NIP is his
    own = EmployeeDialog(ui, roster.list_units(ctx), detail=roster.get_employee(ctx, emp_id))
    qtbot.addWidget(own)
    qtbot.waitUntil(lambda: "NIP PNS sah" in own.nip_hint.text(), timeout=10_000)
    assert _save(own)
    settle(qtbot, ui)


def test_nip_owner_service(ctx: AppContext) -> None:
    _kantor, _desa, emp_id = _setup(ctx)
    owner = roster.nip_owner(ctx, "NIP. 19860926 201505 1 001")
    assert owner is not None and owner.id == emp_id
    assert roster.nip_owner(ctx, NIP_TAKEN, own_id=emp_id) is None
    assert roster.nip_owner(ctx, "1986") is None


def test_transfer_dialog_shows_current_unit_and_leaves_it_out(
    ui: UiContext, ctx: AppContext, qtbot: QtBot
) -> None:
    kantor, desa, emp_id = _setup(ctx)
    page = RosterPage(ui)
    qtbot.addWidget(page)
    page.activate()
    # the unit list and the rows load in the background; the unit list's arrival queries the
    # rows again (a reset that clears the selection): select only when both are done
    qtbot.waitUntil(lambda: bool(page.units) and page.model.rowCount() == 1, timeout=10_000)
    settle(qtbot, ui)
    page.table.selectRow(0)
    qtbot.waitUntil(page.transfer_button.isEnabled, timeout=10_000)
    page.transfer_selected()
    dialogs = page.findChildren(TransferDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert "Kecamatan Wetar" in dialog.current.text()
    offered = [dialog.unit.itemData(i) for i in range(dialog.unit.count())]
    assert kantor not in offered and offered == [desa]
    dialog.close()
    settle(qtbot, ui)
    assert emp_id
