"""The roster on PostgreSQL (the kabupaten hub): import through the typed Core insert path,
updates, search and export."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import audit, roster, roster_export, roster_import
from desktop.services.context import AppContext
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
