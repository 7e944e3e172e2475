"""Roster GUI wiring: the lazy model (qtmodeltester), the page, dialogs and the import wizard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.changes import Area, Changes
from desktop.services.context import AppContext
from desktop.services.roster import RosterQuery
from desktop.services.roster import importer as roster_import
from desktop.ui.context import UiContext
from desktop.ui.roster.dialogs import nip_feedback
from desktop.ui.roster.import_wizard import RosterImportWizard, summary_text
from desktop.ui.roster.model import PAGE_SIZE, RosterTableModel
from desktop.ui.roster.page import RosterPage
from tests.roster import messy


def settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)


def _big_roster(ctx: AppContext, tmp_path: Path, n: int) -> None:
    path = tmp_path / "big.csv"
    lines = ["NAMA;JABATAN;UNIT KERJA"]
    lines += [f"Pegawai Honorer {i:04d};Staf;Desa Ilwaki" for i in range(n)]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert roster_import.import_file(ctx, path).created == n


def test_model_is_lazy_sorted_in_sql_and_passes_modeltester(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot, qtmodeltester: object
) -> None:
    _big_roster(ctx, tmp_path, 450)
    model = RosterTableModel(ui)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(RosterQuery(status="all"))
    assert model.rowCount() == 450
    assert list(model.pages) == [0]  # only the first page is loaded
    far = model.index(420, 1)
    assert model.data(far) == "…"  # not loaded yet: asks for it
    qtbot.waitUntil(lambda: 2 in model.pages, timeout=10_000)
    assert model.data(far) == "Pegawai Honorer 0420"
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "Pegawai Honorer 0449"
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(RosterQuery(search="honorer 042", status="all"))
    assert model.rowCount() == 11  # 0042 and 0420-0429: every word matches anywhere
    assert PAGE_SIZE >= 10
    settle(qtbot, ui)


def test_page_search_filter_and_tree(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    roster_import.import_file(ctx, messy.write_xlsx(tmp_path / "m.xlsx"))
    page = RosterPage(ui)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.total == 6, timeout=10_000)
    top = page.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 1  # the office unit holds the rest
    page.search.setText("lewier")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    assert "1 pegawai" in page.count.text() or "1 employees" in page.count.text()
    page.search.setText("")
    page.category.setCurrentIndex(page.category.findData("PPPK"))
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    page.category.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.total == 6, timeout=10_000)
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.deactivate_button.isEnabled()
    emp_id, _name = page.selected() or ("", "")
    roster.deactivate(ctx, emp_id, "meninggal")
    ui.bus.notify(Area.ROSTER)
    qtbot.waitUntil(lambda: page.model.total == 5, timeout=10_000)
    out = tmp_path / "export.csv"
    page.export_to(out)
    settle(qtbot, ui)
    assert out.read_text(encoding="utf-8-sig").count("\n") == 6  # header + 5 active
    settle(qtbot, ui)


def test_employee_dialog_live_nip_check(ui: UiContext, ctx: AppContext, qtbot: QtBot) -> None:
    unit = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    page = RosterPage(ui)
    qtbot.addWidget(page)
    page.units = roster.list_units(ctx)
    dialog = page.add_employee()
    dialog.name.setText("Yakob Leunufna")
    dialog.nip.setText("19861326 201505 1 001")
    assert "bukan tanggal lahir" in dialog.nip_hint.text()
    dialog.nip.setText("NIP. 19860926 201505 1 001")
    qtbot.waitUntil(lambda: "NIP PNS sah" in dialog.nip_hint.text(), timeout=10_000)
    dialog.golongan.setCurrentIndex(dialog.golongan.findData("III/a"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    detail = roster.search(ctx, RosterQuery(search="leunufna")).rows[0]
    assert (detail.nip, detail.golongan, detail.unit_code) == (
        "198609262015051001",
        "III/a",
        unit.code,
    )
    settle(qtbot, ui)


def test_nip_feedback_is_indonesian() -> None:
    assert nip_feedback("", "NON_ASN") == (True, "Non-ASN tidak memiliki NIP.")
    ok, text = nip_feedback("199601292023211010", "PNS")
    assert not ok and "PPPK" in text
    ok, text = nip_feedback("199601292023211010", "PPPK")
    assert ok and text.startswith("NI PPPK sah")


def test_import_wizard_end_to_end(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    wizard = RosterImportWizard(ui, [])
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path.setText(str(messy.write_xlsx(tmp_path / "m.xlsx")))
    wizard.file_page.load(None)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    assert wizard.preview is not None and wizard.preview.header_row == 4
    wizard.next()
    assert wizard.mapping_page.mapping()["golongan"] == 4
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    model = wizard.preview_page.model
    assert [model.data(model.index(i, 0)) for i in range(4)] == ["11", "12", "13", "15"]
    assert model.data(model.index(0, 5)) == "198609262015051000"  # as Excel shows it
    assert "Teks" in model.data(model.index(0, 2))  # the reason, in Indonesian
    # the JUMLAH row is shown, greyed, right after the problems: not imported, not hidden
    assert model.data(model.index(4, 0)) == "19" and model.rows[4][2] == "skipped"
    assert "jumlah" in model.data(model.index(4, 2))
    assert roster.search(ctx, RosterQuery(status="all")).total == 0  # preview stores nothing
    heard: list[tuple[object, object]] = []
    ui.bus.changed.connect(lambda areas, who: heard.append((areas, who)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=20_000)
    assert wizard.outcome is not None and wizard.outcome.created == 6
    # the pages hear of it once, from the result, with the wizard as the initiator
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard == [(Changes.of(Area.ROSTER), wizard)]
    assert roster.search(ctx, RosterQuery(status="all")).total == 6
    text = summary_text(wizard.outcome, "m.xlsx")
    assert "Baru: 6" in text and "baris 11" in text
    settle(qtbot, ui)


def test_import_wizard_takes_the_chosen_unit_and_a_new_mapping(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    """Rows that name no unit go to the unit chosen on the first page, in the dry run and
    in the import itself; the preview read from the file is kept as read (the mapping page
    offers the columns again after going back) and the checked one replaces it."""
    roster.add_unit(ctx, "81.08.06.01", "Desa Ilwaki", "desa")
    path = tmp_path / "pegawai.csv"
    path.write_text("NAMA;KOLOM X;JABATAN\nYohanis Lewier;198609262015051001;Staf\n", "utf-8")
    wizard = RosterImportWizard(ui, roster.list_units(ctx))
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load(None)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.file_page.unit.setCurrentIndex(wizard.file_page.unit.findData("81.08.06.01"))
    read = wizard.preview
    assert read is not None and "nip" not in read.mapping
    wizard.next()
    wizard.mapping_page.combos["nip"].setCurrentIndex(wizard.mapping_page.combos["nip"].findData(1))
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    result = wizard.preview_page.result
    assert result is not None and result.created == 1 and result.units_created == []
    checked = wizard.preview
    assert checked is not None and checked is not read and checked.mapping["nip"] == 1
    assert "nip" not in read.mapping and read.rows == []
    wizard.next()
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=20_000)
    [person] = roster.search(ctx, RosterQuery(status="all")).rows
    assert (person.nip, person.unit_code) == ("198609262015051001", "81.08.06.01")
    settle(qtbot, ui)


def test_import_wizard_offers_the_sheets_when_no_header_is_found(
    ui: UiContext, tmp_path: Path, qtbot: QtBot
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Petunjuk"
    first.append(["Isi daftar di lembar berikut"])
    book.create_sheet("Catatan").append(["tanpa judul kolom"])
    path = tmp_path / "salah.xlsx"
    book.save(path)
    wizard = RosterImportWizard(ui, [])
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load(None)
    combo = wizard.file_page.sheet
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=10_000)
    assert [combo.itemText(i) for i in range(2)] == ["Petunjuk", "Catatan"]
    assert combo.currentText() == "Petunjuk"
    assert "tidak ditemukan" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()
    settle(qtbot, ui)
