"""Re-imports keep what the app changed (issue 14, point 1): transfers, deactivations and
edits made in the app after the sheet was imported are not undone by importing it again;
each is listed (preview and ``--json``), and the sheet's value is taken only on request."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services import roster
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import
from desktop.services.roster import sources as roster_sources
from desktop.store.models import AuditEntry, Employee
from desktop.store.models.roster import EmployeeFieldSource, RosterImportFile
from tests.conftest import CliRunner
from tests.roster.messy import NIP_CAMAT, NIP_GURU, NIP_SEKCAM

HEADER = "NO;NAMA;NIP;GOL;JABATAN;UNIT KERJA"
ROWS = [
    f"1;Yohanis Lewier;{NIP_CAMAT};IV/a;Camat;Kantor Camat Wetar",
    f"2;Maria Kay;{NIP_SEKCAM};III/d;Sekretaris Camat;Kantor Camat Wetar",
    f"3;Ruth Muskita;{NIP_GURU};III/b;Guru Kelas;SD Negeri 1 Ilwaki",
]


def _sheet(path: Path, rows: list[str] = ROWS) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _emp(ctx: AppContext, nip: str) -> Employee:
    with ctx.read() as session:
        emp = session.scalars(select(Employee).where(Employee.nip == nip)).one()
        session.expunge(emp)
        return emp


def _unit_id(ctx: AppContext, name: str) -> str:
    return next(u.id for u in roster.list_units(ctx) if u.name == name)


def _app_changes(ctx: AppContext) -> None:
    """A transfer, a deactivation and an edit, all in the app after the first import."""
    camat, sekcam, guru = (_emp(ctx, n) for n in (NIP_CAMAT, NIP_SEKCAM, NIP_GURU))
    roster.transfer(ctx, guru.id, _unit_id(ctx, "Kantor Camat Wetar"), "SK mutasi")
    roster.deactivate(ctx, sekcam.id, "pensiun")
    detail = roster.get_employee(ctx, camat.id)
    data = detail.data
    data.jabatan = "Camat Wetar (Plt)"
    roster.edit_employee(ctx, camat.id, data)


def _keys(items: list[Any]) -> set[tuple[str, str]]:
    return {(c.nip, c.field) for c in items}


def test_reimport_keeps_transfer_deactivation_and_edit(ctx: AppContext, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    first = roster_import.import_file(ctx, path)
    assert first.created == 3 and first.previous_import is None
    _app_changes(ctx)
    preview = roster_import.import_file(ctx, path, dry_run=True)
    assert _keys(preview.kept_local) == {
        (NIP_GURU, "unit_id"),
        (NIP_SEKCAM, "active"),
        (NIP_CAMAT, "jabatan"),
    }
    assert preview.field_changes == [] and preview.updated == 0 and preview.unchanged == 3
    assert preview.previous_import is not None  # the same file, recognised by its content
    assert preview.previous_import["file"] == "pegawai.csv"
    by_field = {c.field: c for c in preview.kept_local}
    unit = by_field["unit_id"]
    assert (unit.local_text, unit.sheet_text) == (
        f"Kantor Camat Wetar ({_unit_code(ctx, 'Kantor Camat Wetar')})",
        f"SD Negeri 1 Ilwaki ({_unit_code(ctx, 'SD Negeri 1 Ilwaki')})",
    )
    assert unit.app_edit is not None and unit.app_edit.action == "transfer"
    assert by_field["active"].local_text == "nonaktif (pensiun)"
    assert by_field["jabatan"].local == "Camat Wetar (Plt)"
    assert by_field["jabatan"].sheet == "Camat"

    result = roster_import.import_file(ctx, path)  # committed, default choice
    assert _keys(result.kept_local) == _keys(preview.kept_local)
    assert result.updated == 0
    guru, sekcam, camat = (_emp(ctx, n) for n in (NIP_GURU, NIP_SEKCAM, NIP_CAMAT))
    assert guru.unit_id == _unit_id(ctx, "Kantor Camat Wetar")
    assert (sekcam.active, sekcam.inactive_reason) == (False, "pensiun")
    assert camat.jabatan == "Camat Wetar (Plt)"
    # and again: still kept (the app's values stay the app's until the user says otherwise)
    again = roster_import.import_file(ctx, path)
    assert _keys(again.kept_local) == _keys(preview.kept_local)
    assert _emp(ctx, NIP_GURU).unit_id == _unit_id(ctx, "Kantor Camat Wetar")


def _unit_code(ctx: AppContext, name: str) -> str:
    return next(u.code for u in roster.list_units(ctx) if u.name == name)


def test_prefer_sheet_takes_the_sheets_values(ctx: AppContext, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)
    result = roster_import.import_file(ctx, path, prefer_sheet=True)
    assert result.kept_local == []
    assert _keys(result.field_changes) == {
        (NIP_GURU, "unit_id"),
        (NIP_SEKCAM, "active"),
        (NIP_CAMAT, "jabatan"),
    }
    assert all(c.app_edit is not None for c in result.field_changes)
    assert result.updated == 3
    guru, sekcam, camat = (_emp(ctx, n) for n in (NIP_GURU, NIP_SEKCAM, NIP_CAMAT))
    assert guru.unit_id == _unit_id(ctx, "SD Negeri 1 Ilwaki")
    assert (sekcam.active, sekcam.inactive_reason) == (True, None)
    assert camat.jabatan == "Camat"
    # the sheet leads again: a plain re-import has nothing to keep
    assert roster_import.import_file(ctx, path, dry_run=True).kept_local == []
    sources = {s.field: s for s in roster_sources.sources(ctx, guru.id)}
    assert sources["unit_id"].kind == "import"
    assert sources["unit_id"].file_name == "pegawai.csv"


def test_take_sheet_per_row(ctx: AppContext, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)
    preview = roster_import.parse(roster_import.read(path))
    guru_row = next(p.row for p in preview.rows if p.nip == NIP_GURU)
    result = roster_import.run(ctx, preview, take_rows={guru_row})
    assert _keys(result.field_changes) == {(NIP_GURU, "unit_id")}
    assert _keys(result.kept_local) == {(NIP_SEKCAM, "active"), (NIP_CAMAT, "jabatan")}
    assert _emp(ctx, NIP_GURU).unit_id == _unit_id(ctx, "SD Negeri 1 Ilwaki")
    assert _emp(ctx, NIP_SEKCAM).active is False
    assert _emp(ctx, NIP_CAMAT).jabatan == "Camat Wetar (Plt)"


def test_newer_sheet_still_updates_fields_the_app_did_not_touch(
    ctx: AppContext, tmp_path: Path
) -> None:
    roster_import.import_file(ctx, _sheet(tmp_path / "januari.csv"))
    _app_changes(ctx)
    newer = [
        f"1;Yohanis Lewier;{NIP_CAMAT};IV/b;Camat;Kantor Camat Wetar",  # golongan: new
        f"2;Maria Kay;{NIP_SEKCAM};III/d;Sekretaris Camat;Kantor Camat Wetar",
        f"3;Ruth Muskita;{NIP_GURU};III/c;Guru Kelas Ahli;SD Negeri 1 Ilwaki",  # new values
    ]
    result = roster_import.import_file(ctx, _sheet(tmp_path / "februari.csv", newer))
    assert result.previous_import is None  # another file
    assert {(c.nip, c.field, c.sheet) for c in result.field_changes} == {
        (NIP_CAMAT, "golongan", "IV/b"),
        (NIP_GURU, "golongan", "III/c"),
        (NIP_GURU, "jabatan", "Guru Kelas Ahli"),
    }
    assert _keys(result.kept_local) == {
        (NIP_GURU, "unit_id"),
        (NIP_SEKCAM, "active"),
        (NIP_CAMAT, "jabatan"),
    }
    camat, guru = _emp(ctx, NIP_CAMAT), _emp(ctx, NIP_GURU)
    assert (camat.golongan, camat.jabatan) == ("IV/b", "Camat Wetar (Plt)")
    assert (guru.golongan, guru.jabatan) == ("III/c", "Guru Kelas Ahli")
    assert guru.unit_id == _unit_id(ctx, "Kantor Camat Wetar")
    with ctx.read() as session:
        files = session.scalars(select(RosterImportFile.file_name)).all()
        golongan_src = session.scalars(
            select(EmployeeFieldSource.kind).where(
                EmployeeFieldSource.employee_id == guru.id, EmployeeFieldSource.field == "golongan"
            )
        ).one()
        details = [
            json.loads(d)
            for d in session.scalars(
                select(AuditEntry.detail_json).where(AuditEntry.action == "roster.import")
            )
        ]
    assert sorted(files) == ["februari.csv", "januari.csv"]
    assert golongan_src == "import"
    assert details[-1]["kept_local"] == 3 and details[-1]["file_sha256"]


def test_sheet_that_catches_up_leads_again(ctx: AppContext, tmp_path: Path) -> None:
    """When the office's sheet comes to agree with the app (the transfer typed into it too),
    the field follows the sheet again: a later sheet's new unit is applied."""
    roster_import.import_file(ctx, _sheet(tmp_path / "a.csv"))
    guru = _emp(ctx, NIP_GURU)
    roster.transfer(ctx, guru.id, _unit_id(ctx, "Kantor Camat Wetar"))
    moved = [*ROWS[:2], f"3;Ruth Muskita;{NIP_GURU};III/b;Guru Kelas;Kantor Camat Wetar"]
    agreed = roster_import.import_file(ctx, _sheet(tmp_path / "b.csv", moved))
    assert agreed.kept_local == [] and agreed.field_changes == []
    later = [*ROWS[:2], f"3;Ruth Muskita;{NIP_GURU};III/b;Guru Kelas;Desa Ilwaki"]
    result = roster_import.import_file(ctx, _sheet(tmp_path / "c.csv", later))
    assert _keys(result.field_changes) == {(NIP_GURU, "unit_id")}
    assert _emp(ctx, NIP_GURU).unit_id == _unit_id(ctx, "Desa Ilwaki")


def test_employee_added_in_the_app_keeps_its_values(ctx: AppContext, tmp_path: Path) -> None:
    unit = roster.add_unit(ctx, "81.08.06.9", "Kantor Camat Wetar", "kecamatan")
    roster.add_employee(
        ctx,
        roster.EmployeeInput(
            name="Ruth Muskita",
            unit_id=unit.id,
            nip=NIP_GURU,
            golongan="III/b",
            jabatan="Guru Penggerak",
            birth_date=date(1988, 6, 30),
        ),
    )
    result = roster_import.import_file(ctx, _sheet(tmp_path / "a.csv"), dry_run=True)
    kept = {c.field for c in result.kept_local if c.nip == NIP_GURU}
    assert kept == {"jabatan", "unit_id"}
    assert all(c.app_edit and c.app_edit.action == "add" for c in result.kept_local)


def test_cli_json_reports_kept_local_and_prefer_sheet(cli: CliRunner, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "pegawai.csv")
    assert cli("roster", "import", str(path)).code == 0
    listed: Any = cli("roster", "list", "--json").json()
    ids = {item["nip"]: item["id"] for item in listed["items"]}
    units: Any = cli("roster", "unit", "list", "--json").json()
    camat_unit = next(u["code"] for u in units if u["name"] == "Kantor Camat Wetar")
    assert cli("roster", "transfer", ids[NIP_GURU], "--unit", camat_unit).code == 0
    assert cli("roster", "deactivate", NIP_SEKCAM, "--reason", "mutasi").code == 0
    res = cli("roster", "import", str(path), "--json")
    assert res.code == 0, res.err
    data: Any = res.json()
    assert data["updated"] == 0 and data["changes"] == []
    kept = {(k["nip"], k["field"]): k for k in data["kept_local"]}
    assert set(kept) == {(NIP_GURU, "unit"), (NIP_SEKCAM, "active")}
    unit = kept[(NIP_GURU, "unit")]
    assert unit["id"] == ids[NIP_GURU] and unit["name"] == "Ruth Muskita"
    assert unit["local"] == camat_unit and unit["sheet"] != camat_unit
    assert unit["app_edit"]["action"] == "transfer"
    assert (kept[(NIP_SEKCAM, "active")]["local"], kept[(NIP_SEKCAM, "active")]["sheet"]) == (
        False,
        True,
    )
    assert data["previous_import"]["file"] == "pegawai.csv"
    text = cli("roster", "import", str(path), "--dry-run")
    assert "dipertahankan" in text.out and "--prefer-sheet" in text.out
    res = cli("roster", "import", str(path), "--prefer-sheet", "--json")
    data = res.json()
    assert data["kept_local"] == [] and data["updated"] == 2
    listed = cli("roster", "list", "--json", "--search", NIP_GURU).json()
    assert listed["items"][0]["unit_code"] != camat_unit
    listed = cli("roster", "list", "--json", "--search", NIP_SEKCAM).json()
    assert listed["items"][0]["active"] is True


@pytest.mark.parametrize("dry_run", [True, False])
def test_first_import_into_empty_roster_has_no_kept_local(
    ctx: AppContext, tmp_path: Path, dry_run: bool
) -> None:
    result = roster_import.import_file(ctx, _sheet(tmp_path / "a.csv"), dry_run=dry_run)
    assert result.created == 3 and result.kept_local == [] and result.field_changes == []
    assert len(result.file_sha256) == 64


def test_upgrade_finds_app_changes_made_before_it_in_the_audit_trail(
    ctx: AppContext, tmp_path: Path
) -> None:
    """An office that transferred and deactivated people before migration 0007: the
    upgrade reads those actions from the audit trail, so the next re-import keeps them."""
    import importlib.util

    from sqlalchemy import delete

    from desktop.store.migrate import alembic_config

    path = _sheet(tmp_path / "pegawai.csv")
    roster_import.import_file(ctx, path)
    _app_changes(ctx)
    with ctx.tx() as session:  # as before the upgrade: no field sources recorded
        session.execute(delete(EmployeeFieldSource))
    script = Path(alembic_config().get_main_option("script_location") or "")
    spec = importlib.util.spec_from_file_location(
        "m0007", script / "versions" / "0007_roster_field_sources.py"
    )
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with ctx.engine.begin() as conn:  # what the migration's upgrade() runs after its DDL
        migration._backfill_app_edits(conn)
    result = roster_import.import_file(ctx, path)
    assert _keys(result.kept_local) == {
        (NIP_GURU, "unit_id"),
        (NIP_SEKCAM, "active"),
        (NIP_CAMAT, "jabatan"),
    }
    assert _emp(ctx, NIP_GURU).unit_id == _unit_id(ctx, "Kantor Camat Wetar")
    edit = {c.field: c.app_edit for c in result.kept_local}["unit_id"]
    assert edit is not None and edit.action == "transfer" and edit.actor == "admin"
