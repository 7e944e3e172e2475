"""The roster page at 1366x768: every column inside the visible width (no horizontal
scrolling to reach the unit or the status), and the full text of elided cells and unit
names as tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.roster.page import RosterPage
from tests.roster.test_gui import settle

LONG_UNIT = "Sekretariat Dinas Pendidikan, Pemuda dan Olahraga Kabupaten Maluku Barat Daya"
LONG_JOB = "Analis Kebijakan Ahli Muda pada Sub Bagian Perencanaan dan Keuangan"


def test_columns_fit_and_elided_text_has_tooltips(
    ui: UiContext, ctx: AppContext, qtbot: QtBot
) -> None:
    kantor = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    unit = roster.add_unit(ctx, "81.08.06.9", LONG_UNIT, "opd", "81.08.06")
    roster.add_employee(
        ctx,
        roster.EmployeeInput(
            name="Drs. Agustinus Lewerissa Pattipeilohy, M.Si",
            unit_id=unit.id,
            nip="198609262015051001",
            jabatan=LONG_JOB,
        ),
    )
    assert kantor.id
    page = RosterPage(ui)
    qtbot.addWidget(page)
    page.resize(1366 - 252, 768 - 60)  # the main window's content area beside the sidebar
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    for status in ("active", "all"):
        page.status.setCurrentIndex(page.status.findData(status))
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        table = page.table
        shown = [c for c in range(page.model.columnCount()) if not table.isColumnHidden(c)]
        assert (6 in shown) == (status == "all")
        used = sum(table.columnWidth(c) for c in shown)
        assert used <= table.viewport().width(), (status, used, table.viewport().width())
        qtbot.wait(50)  # the scroll bars follow the columns on the next layout pass
        assert table.horizontalScrollBar().maximum() == 0
    model = page.model
    tips = {c: model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole) for c in (1, 4, 5)}
    assert tips[1] == "Drs. Agustinus Lewerissa Pattipeilohy, M.Si"
    assert tips[4] == LONG_JOB
    assert tips[5] == f"{LONG_UNIT} (81.08.06.9)"
    tree = page.tree
    items = tree.findItems(LONG_UNIT, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert items and LONG_UNIT in items[0].toolTip(0)
    assert tree.width() <= 330  # a long unit name does not push the table off the screen
    settle(qtbot, ui)
