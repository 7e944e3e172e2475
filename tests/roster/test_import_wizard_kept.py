"""The import wizard's preview lists what a re-import changes and what it keeps because it
was changed in Netra (per row and "all" choice); the summary shows reasons, not codes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import
from desktop.ui.context import UiContext
from desktop.ui.roster.import_wizard import RosterImportWizard, summary_text
from tests.roster import messy
from tests.roster.messy import NIP_CAMAT, NIP_GURU, NIP_SEKCAM
from tests.roster.test_gui import settle
from tests.roster.test_kept_local import _app_changes, _emp, _sheet, _unit_id


def _to_preview(wizard: RosterImportWizard, path: Path, qtbot: QtBot) -> None:
    wizard.restart()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load(None)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.result is not None, timeout=10_000)


def test_preview_lists_kept_local_and_takes_the_sheet_per_row(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)
    wizard = RosterImportWizard(ui, roster.list_units(ctx))
    qtbot.addWidget(wizard)
    _to_preview(wizard, path, qtbot)
    page = wizard.preview_page
    rows = page.model.rows
    assert {state for _n, _c, state, _m in rows} == {"kept"}  # no row is a plain "OK"
    changes = page.changes
    assert changes.rowCount() == 3
    fields = {changes.data(changes.index(i, 3)) for i in range(3)}
    assert fields == {"Work unit", "Status", "Position"}
    assert page.tabs.currentIndex() == 1  # the changes are shown first
    assert "kept" in page.summary.text() and "already imported" in page.summary.text()
    assert not page.isComplete()  # nothing to store unless the user takes the sheet's value
    guru = next(i for i in range(3) if changes.rows[i].change.nip == NIP_GURU)
    index = changes.index(guru, changes.COLUMNS - 1)
    assert changes.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert changes.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.isComplete()
    assert page.taken_rows() == {changes.rows[guru].change.row}
    wizard.next()
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=20_000)
    outcome = wizard.outcome
    assert outcome is not None and outcome.updated == 1
    assert _emp(ctx, NIP_GURU).unit_id == _unit_id(ctx, "SD Negeri 1 Ilwaki")
    assert _emp(ctx, NIP_SEKCAM).active is False
    assert _emp(ctx, NIP_CAMAT).jabatan == "Camat Wetar (Plt)"
    text = summary_text(outcome, "pegawai.csv")
    assert "DIPERTAHANKAN" in text and "nonaktif (pensiun)" in text
    settle(qtbot, ui)


def test_take_all_replaces_every_kept_value(
    ui: UiContext, ctx: AppContext, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)
    wizard = RosterImportWizard(ui, roster.list_units(ctx))
    qtbot.addWidget(wizard)
    _to_preview(wizard, path, qtbot)
    page = wizard.preview_page
    page.take_all.setChecked(True)
    assert len(page.taken_rows()) == 3 and page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.outcome is not None, timeout=20_000)
    assert _emp(ctx, NIP_SEKCAM).active is True
    assert _emp(ctx, NIP_CAMAT).jabatan == "Camat"
    settle(qtbot, ui)


def test_summary_shows_reason_messages_not_codes(ctx: AppContext, tmp_path: Path) -> None:
    result = roster_import.import_file(ctx, messy.write_xlsx(tmp_path / "m.xlsx"))
    assert any(i.code == "nip_precision_lost" for i in result.rejected)
    text = summary_text(result, "m.xlsx")
    assert "[nip_precision_lost]" not in text and "nip_precision_lost" not in text
    lost = next(i for i in result.rejected if i.code == "nip_precision_lost")
    assert lost.message in text
