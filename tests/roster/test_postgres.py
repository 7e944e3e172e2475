"""The roster on PostgreSQL (the kabupaten hub): import through the typed Core insert path,
updates, search and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import audit, roster
from desktop.services.context import AppContext
from desktop.services.roster import export as roster_export
from desktop.services.roster import importer as roster_import
from tests.roster import messy

pytestmark = pytest.mark.postgres


def test_import_search_export_on_postgres(pg_ctx: AppContext, tmp_path: Path) -> None:
    result = roster_import.import_file(pg_ctx, messy.write_xlsx(tmp_path / "m.xlsx"))
    assert (result.created, len(result.rejected)) == (6, 4)
    again = roster_import.import_file(pg_ctx, messy.write_csv_1252(tmp_path / "b.csv"))
    assert (again.created, again.updated) == (0, 2)
    page = roster.search(pg_ctx, roster.RosterQuery(search="andreas", status="all"))
    assert page.total == 1 and page.rows[0].nip == messy.NIP_CAMAT
    by_nip = roster.search(pg_ctx, roster.RosterQuery(search=messy.NIP_GURU[:8]))
    assert by_nip.total == 1
    assert roster_export.export(pg_ctx, tmp_path / "out.xlsx") == 6
    assert audit.verify(pg_ctx).ok


def test_reimport_keeps_app_changes_on_postgres(pg_ctx: AppContext, tmp_path: Path) -> None:
    """The field-source bookkeeping through its PostgreSQL path (Core delete + insert)."""
    from tests.roster.test_kept_local import _app_changes, _emp, _keys, _sheet, _unit_id

    path = _sheet(tmp_path / "pegawai.csv")
    assert roster_import.import_file(pg_ctx, path).created == 3
    _app_changes(pg_ctx)
    kept = roster_import.import_file(pg_ctx, path)
    assert {field for _nip, field in _keys(kept.kept_local)} == {"unit_id", "active", "jabatan"}
    assert _emp(pg_ctx, messy.NIP_GURU).unit_id == _unit_id(pg_ctx, "Kantor Camat Wetar")
    taken = roster_import.import_file(pg_ctx, path, prefer_sheet=True)
    assert taken.updated == 3 and taken.kept_local == []
    assert roster_import.import_file(pg_ctx, path, dry_run=True).kept_local == []
    assert audit.verify(pg_ctx).ok
