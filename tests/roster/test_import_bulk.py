"""The 100,000-row path of the import.

It keeps the process as it found it: the cyclic garbage collector is paused only while an
import step runs, and restored even when the step fails. Its writer (``store.bulk``) stores
exactly what the ORM would: a bulk-inserted person reads back equal to one added through the
ORM, its times included, and the stored text is the same byte for byte."""

from __future__ import annotations

import dataclasses
import gc
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.services.roster import importer as roster_import
from desktop.store.base import new_id
from desktop.store.bulk import (
    Bulk,
    _bind,
    bind_processor,
    collector_paused,
    indexes_rebuilt,
    insert_rows,
    sqlite_datetime,
)
from desktop.store.models import Employee, Unit


def test_gc_paused_during_a_step_and_restored_after() -> None:
    seen: list[bool] = []

    @collector_paused()
    def step(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("boom")

    assert gc.isenabled()
    step(False)
    with pytest.raises(ValueError):
        step(True)
    assert seen == [False, False]
    assert gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        step(False)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_import_restores_gc_on_success_and_error(ctx: AppContext, tmp_path: Path) -> None:
    good = tmp_path / "pegawai.csv"
    good.write_text(
        "NIP;NAMA;GOL\n198609262015051001;Yohanis Lewier;III/a\n;Marthina Kay;\n", "utf-8"
    )
    result = roster_import.import_file(ctx, good)
    assert (result.created, len(result.rejected)) == (2, 0)
    assert gc.isenabled()
    bad = tmp_path / "kosong.csv"
    bad.write_text("a;b\n1;2\n", "utf-8")
    with pytest.raises(NetraError):
        roster_import.import_file(ctx, bad)
    assert gc.isenabled()


EMPLOYEE = cast(Table, Employee.__table__)
WHEN = [
    datetime(2026, 11, 22, 9, 30, 1, 123456, tzinfo=UTC),
    datetime(2026, 11, 22, 9, 30, 1, tzinfo=UTC),  # microsecond 0 is still written out
    datetime(2026, 11, 22, 18, 0, tzinfo=timezone(timedelta(hours=9))),  # WIT: converted
    datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),  # zero-padded year
]


def test_one_datetime_encoder_is_sqlalchemys_text() -> None:
    dialect = sqlite.dialect()
    column = EMPLOYEE.c.created_at
    core = _bind(column, dialect)
    assert core is not None
    for when in WHEN:
        assert sqlite_datetime(when) == core(when)
    assert sqlite_datetime(None) is None
    with pytest.raises(ValueError, match="naive"):
        sqlite_datetime(datetime(2026, 1, 1))
    # The bulk paths use it for every UTC datetime column on SQLite, and only there.
    assert bind_processor(column, dialect) is sqlite_datetime
    assert bind_processor(EMPLOYEE.c.deleted_at, dialect) is sqlite_datetime
    # Dates: isoformat, the same text as SQLite DATE's own processor, for any year.
    fast_date, core_date = (
        bind_processor(EMPLOYEE.c.birth_date, dialect),
        _bind(EMPLOYEE.c.birth_date, dialect),
    )
    assert fast_date is not None and core_date is not None
    for day in (date(1986, 9, 26), date(999, 1, 2), date(1, 1, 1), date(9999, 12, 31)):
        assert fast_date(day) == core_date(day)
    assert fast_date(None) is None
    assert fast_date(datetime(1986, 9, 26, 10, 0)) == core_date(datetime(1986, 9, 26, 10, 0))
    assert bind_processor(column, postgresql.dialect()) is not sqlite_datetime


def _person(unit_id: str, n: int, when: datetime) -> dict[str, Any]:
    return {
        "id": new_id(),
        "origin": "81.08.06",
        "created_at": when,
        "updated_at": when,
        "revision": 1000 + n,
        "revised_by": "81.08.06",
        "base_revision": 0,
        "active": True,
        "nip": f"19860926201505100{n}",
        "name_key": f"yohanis lewier {n}",
        "notes": "",
        "name": f"Yohanis Lewier {n}",
        "category": "PNS",
        "golongan": "III/a",
        "jabatan": "Staf",
        "jabatan_kind": "pelaksana",
        "unit_id": unit_id,
        "birth_date": date(1986, 9, 26),
        "sex": "L",
        "nik": None,
    }


def test_bulk_inserted_person_reads_back_as_an_orm_inserted_one(ctx: AppContext) -> None:
    """The import's writer against the ORM, on the same values: the same row read back
    (created_at, updated_at and birth_date included) and the same text in the file."""
    with ctx.tx() as s:
        unit_id = stamp_new(ctx, s, Unit(code="81.08.06", name="Wetar", kind="kecamatan")).id
    columns = ("id", "revision", *roster_import.INSERT_FIELDS)
    fixed = ("origin", "created_at", "updated_at", "revised_by", "base_revision", "active")
    pairs = []
    with ctx.tx() as s:
        for n, when in enumerate(WHEN):
            orm, raw = _person(unit_id, 2 * n, when), _person(unit_id, 2 * n + 1, when)
            s.add(Employee(**orm))
            s.flush()
            insert_rows(
                s.connection(),
                EMPLOYEE,
                columns,
                [tuple(raw[c] for c in columns)],
                {c: raw[c] for c in fixed},
            )
            pairs.append((orm["id"], raw["id"]))
    different = {"id", "nip", "name", "name_key", "revision"}
    with ctx.read() as s:
        typed = {e.id: e for e in s.scalars(select(Employee))}
        stored = {r.id: r._mapping for r in s.execute(text("SELECT * FROM employee"))}
        for orm_id, raw_id in pairs:
            a, b = typed[orm_id], typed[raw_id]
            for col in EMPLOYEE.columns:
                if col.name not in different:
                    assert getattr(a, col.key) == getattr(b, col.key), col.name
                    assert stored[orm_id][col.name] == stored[raw_id][col.name], col.name
            assert b.created_at.tzinfo is UTC
            assert isinstance(stored[raw_id]["created_at"], str)  # the text itself compared


def test_insert_rows_checks_its_columns(ctx: AppContext) -> None:
    with ctx.tx() as s:
        conn = s.connection()
        with pytest.raises(KeyError):
            insert_rows(conn, EMPLOYEE, ("id", "no_such_column"), [("x", 1)])
        with pytest.raises(ValueError, match="2 values for 3 columns"):
            insert_rows(conn, EMPLOYEE, ("id", "name", "nip"), [("x", "y")])
        with pytest.raises(ValueError, match="twice"):
            insert_rows(conn, EMPLOYEE, ("id", "name"), [("x", "y")], {"name": "z"})
        with (
            pytest.raises(ValueError, match="not a plain index"),
            indexes_rebuilt(conn, EMPLOYEE, ["uq_nope"]),
        ):
            pass


_INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employee'"


def test_search_indexes_are_dropped_and_rebuilt_by_a_big_import(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the threshold the two name-search indexes are rebuilt after the insert (and the
    same ones exist after it, with the same definition); the rows are found through them."""

    def indexes(s: Session | None = None) -> dict[str, str]:
        if s is None:
            with ctx.read() as session:
                return indexes(session)
        return {str(row[0]): str(row[1]) for row in s.execute(text(_INDEXES))}

    before = indexes()
    rebuilt = roster_import.REBUILT_INDEXES
    assert {"ix_employee_search", "ix_employee_unit_name", "ix_employee_coverage"} <= set(rebuilt)
    assert set(rebuilt) <= set(before)
    assert not any("nip" in name for name in rebuilt)  # the unique NIP stays checked
    with ctx.tx() as s, indexes_rebuilt(s.connection(), EMPLOYEE, rebuilt):
        dropped = sorted(set(before) - set(indexes(s)))
    assert dropped == sorted(rebuilt)
    assert indexes() == before
    monkeypatch.setattr(roster_import, "BULK_REBUILD_THRESHOLD", 2)
    path = tmp_path / "pegawai.csv"
    path.write_text(
        "NIP;NAMA\n198609262015051001;Yohanis Lewier\n198011022005012001;Maria Kay\n", "utf-8"
    )
    assert roster_import.import_file(ctx, path).created == 2
    assert indexes() == before
    with ctx.read() as s:
        plan = " ".join(
            str(r[-1])
            for r in s.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT id FROM employee WHERE deleted_at IS NULL "
                    "AND active = 1 AND name_key LIKE 'maria%' ORDER BY name_key"
                )
            )
        )
    assert "ix_employee_search" in plan


def test_bulk_uses_the_one_encoder_by_default(ctx: AppContext) -> None:
    with ctx.read() as s:
        bulk = Bulk(s)
        assert bulk._bind(EMPLOYEE.c.updated_at) is sqlite_datetime


def test_preview_is_returned_not_changed(tmp_path: Path) -> None:
    """parse() returns a new preview; the preview itself cannot be changed in place."""
    path = tmp_path / "pegawai.csv"
    path.write_text("NIP;NAMA\n198609262015051001;Yohanis Lewier\n;\nJumlah;1\n", "utf-8")
    read = roster_import.read(path)
    parsed = roster_import.parse(read)
    assert (read.rows, read.skipped, read.set_aside) == ([], [], [])
    assert [p.row for p in parsed.rows] == [2] and parsed.skipped == [3, 4]
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.mapping = {}  # type: ignore[misc]
    again = roster_import.parse(parsed)
    assert again == parsed and again is not parsed
