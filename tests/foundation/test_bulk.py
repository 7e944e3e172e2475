"""The merge's fast paths store and read exactly what SQLAlchemy Core would.

``desktop.store.bulk`` writes through the session's own SQLite connection with the column
types' processors (and ``store.bulk.sqlite_datetime`` for UTC datetimes); ``decode_rows``
validates text column-wise. Each is compared here with the Core / row-by-row path it
replaces, on the same data, including the awkward values.
"""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select, text
from sqlalchemy.dialects import sqlite

from desktop.services import sync
from desktop.services.context import AppContext
from desktop.services.sync import incoming
from desktop.store.base import new_id
from desktop.store.bulk import Bulk, _bind, bind_processor, sqlite_datetime
from desktop.store.models import Holiday, SignatureRecord
from desktop.store.models.sync import SyncVersion
from desktop.sync import rows as sr
from desktop.sync.format import PackageRejected

WHEN = [
    datetime(2026, 11, 22, 9, 30, 1, 123456, tzinfo=UTC),
    datetime(2026, 11, 22, 9, 30, 1, tzinfo=UTC),  # microsecond 0 is still written out
    datetime(2026, 11, 22, 18, 0, tzinfo=timezone(timedelta(hours=9))),  # WIT: converted
    datetime(999, 1, 2, 3, 4, 5, 6, tzinfo=UTC),  # zero-padded year
]


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _holidays(prefix: str) -> list[dict[str, Any]]:
    rows = []
    for i, when in enumerate(WHEN):
        rows.append(
            {
                "id": f"{prefix}-{i}",
                "origin": "81.08.06",
                "created_at": when,
                "updated_at": when,
                "revision": (1 << 40) + i,
                "revised_by": "81.08.06",
                "base_revision": 0,
                "deleted_at": None if i % 2 else when,
                "day": date(2091 if prefix == "raw" else 2092, 1, 1 + i),
                "name": f"Libur {i} — ß ü",
                "kind": "libur",
            }
        )
    return rows


def test_utc_encoder_writes_sqlalchemy_text() -> None:
    dialect = sqlite.dialect()
    column = _table(SignatureRecord).c.created_at
    fast = bind_processor(column, dialect)
    assert fast is sqlite_datetime
    core = _bind(column, dialect)
    assert core is not None
    for when in WHEN:
        assert fast(when) == core(when)
    assert fast(None) is None
    with pytest.raises(ValueError, match="naive"):
        fast(datetime(2026, 1, 1))
    # Only where it is known to be identical: never for other types or other databases.
    assert bind_processor(_table(Holiday).c.day, dialect) is not sqlite_datetime
    from sqlalchemy.dialects import postgresql

    assert bind_processor(column, postgresql.dialect()) is not sqlite_datetime


def test_raw_insert_and_lookup_equal_core(ctx: AppContext) -> None:
    table = _table(Holiday)
    with ctx.tx() as s:
        bulk = Bulk(s)
        assert bulk.raw
        s.execute(insert(table), _holidays("core"))
        bulk.insert(table, _holidays("raw"))
    with ctx.read() as s:
        stored = {
            r.id: r for r in s.execute(text("SELECT * FROM holiday WHERE id LIKE '%-%'")).all()
        }
        typed = {r.id: dict(r._mapping) for r in s.execute(select(table))}
        for i in range(len(WHEN)):
            raw, core = stored[f"raw-{i}"], stored[f"core-{i}"]
            # Byte for byte the same text in the file, apart from id and day.
            for col in ("created_at", "updated_at", "deleted_at", "revision", "name", "kind"):
                assert getattr(raw, col) == getattr(core, col), col
            a, b = typed[f"raw-{i}"], typed[f"core-{i}"]
            assert {k: v for k, v in a.items() if k not in ("id", "day")} == {
                k: v for k, v in b.items() if k not in ("id", "day")
            }
            assert a["day"] == date(2091, 1, 1 + i)
        bulk = Bulk(s)
        # Typed keys (a Date) go in and come back typed, as Core returns them.
        days = [date(2091, 1, 1), date(2091, 1, 3), date(2093, 1, 1)]
        found = sorted(bulk.select_in(table, ["day", "id"], ["day"], days))
        assert found == [(date(2091, 1, 1), "raw-0"), (date(2091, 1, 3), "raw-2")]
        assert found == sorted(bulk._select_core(table, ["day", "id"], ["day"], days, {}))
        # Whole rows equal Core's, with its result processing (aware UTC datetimes).
        rows = bulk.fetch_by_ids(table, ["raw-0", "raw-2", "nope"])
        assert rows == {k: typed[k] for k in ("raw-0", "raw-2")}
        assert rows["raw-0"]["created_at"].tzinfo is UTC


def test_composite_lookup_with_filter_matches_core(ctx: AppContext) -> None:
    table = _table(SyncVersion)
    versions = [
        {
            "entity": entity,
            "row_id": f"r{i}",
            "revision": i,
            "revised_by": "81.08.06",
            "content_sha256": "a" * 64,
            "applied": bool(i % 2),
        }
        for entity in ("employee", "unit")
        for i in range(1200)  # more than one chunk
    ]
    with ctx.tx() as s:
        Bulk(s).insert(table, versions)
    with ctx.read() as s:
        bulk = Bulk(s)
        cols = ["row_id", "revision", "applied"]
        ids = [f"r{i}" for i in range(0, 1300, 3)]
        raw = bulk.select_in(table, cols, ["row_id"], ids, {"entity": "unit"})
        core = bulk._select_core(table, cols, ["row_id"], ids, {"entity": "unit"})
        assert sorted(raw) == sorted(core)
        assert len(raw) == 400 and all(isinstance(r[2], bool) for r in raw)
        keys = [(f"r{i}", i) for i in range(0, 1300, 7)] + [("r5", 6)]
        pair = ["row_id", "revision"]
        raw = bulk.select_in(table, ["id", *pair], pair, keys, {"entity": "employee"})
        core = bulk._select_core(table, ["id", *pair], pair, keys, {"entity": "employee"})
        assert sorted(raw) == sorted(core)
        assert len(raw) == len(range(0, 1200, 7))


def test_raw_insert_sees_pending_orm_changes_and_rolls_back(ctx: AppContext) -> None:
    """Same transaction as the session: pending ORM rows are flushed first, and a rollback
    undoes the raw inserts too (one transaction per package)."""
    table = _table(SyncVersion)
    row = {
        "entity": "unit",
        "row_id": "x",
        "revision": 1,
        "revised_by": "a",
        "content_sha256": "b" * 64,
        "applied": True,
    }
    with pytest.raises(RuntimeError), ctx.tx() as s:
        s.add(Holiday(id=new_id(), origin="x", day=date(2030, 5, 5), name="Pending"))
        bulk = Bulk(s)
        assert bulk.select_in(_table(Holiday), ["name"], ["day"], [date(2030, 5, 5)]) == [
            ("Pending",)
        ]
        bulk.insert(table, [row])
        assert s.scalar(select(SyncVersion.row_id).where(SyncVersion.row_id == "x")) == "x"
        raise RuntimeError("abort the package")
    with ctx.read() as s:
        assert s.scalar(select(SyncVersion.id).where(SyncVersion.row_id == "x")) is None
        assert s.scalar(select(Holiday.id).where(Holiday.name == "Pending")) is None


def test_missing_defaulted_column_goes_through_core(ctx: AppContext) -> None:
    """A row without a column that has a Python default (older sender) gets the default."""
    row = _holidays("old")[0]
    del row["kind"]
    with ctx.tx() as s:
        Bulk(s).insert(_table(Holiday), [row])
    with ctx.read() as s:
        assert s.scalar(select(Holiday.kind).where(Holiday.id == "old-0")) == "libur"


def _row_by_row(spec: sr.SyncTable, columns: list[str], rows: list[list[Any]]) -> Any:
    decoders = dict(zip(spec.columns, spec.decoders, strict=True))
    return [{c: decoders[c](v) for c, v in zip(columns, raw, strict=True)} for raw in rows]


def _error(fn: Any, *args: Any) -> tuple[str, str, dict[str, Any]]:
    with pytest.raises(PackageRejected) as info:
        fn(*args)
    return info.value.reason, info.value.message_id, info.value.details


def test_columnwise_decode_equals_row_by_row() -> None:
    spec = sr.table_by_name()["holiday"]
    columns = ["id", "origin", "created_at", "day", "name", "kind", "deleted_at", "revision"]
    rows: list[list[Any]] = [
        ["a", "81.08.06", "2026-11-22T09:30:01.123456Z", "2027-01-01", "Nyepi", "libur", None, 5],
        ["b", "81.08.06", "2026-11-22T09:30:01.000000Z", "2027-01-02", "", "cuti", None, 1 << 50],
    ]
    assert sr.decode_rows(spec, columns, rows) == _row_by_row(spec, columns, rows)
    assert sr.decode_rows(spec, columns, []) == []
    # Each kind of bad value: the same first error as the row-by-row decoder reports.
    bad_cells = [
        (1, 4, 7),  # name not text
        (1, 4, "x" * 201),  # name over its length
        (0, 1, None),  # origin not nullable
        (1, 2, "2026-11-22 09:30:01.000000Z"),  # datetime not in the package form
        (1, 7, True),  # bool is not an integer
    ]
    for row, col, value in bad_cells:
        broken = [list(r) for r in rows]
        broken[row][col] = value
        broken[0][4] = 8 if col == 2 else broken[0][4]  # an earlier bad cell in another column
        expected = _error(_row_by_row, spec, columns, broken)
        assert _error(sr.decode_rows, spec, columns, broken) == expected


@pytest.mark.parametrize("enabled", [True, False])
def test_import_restores_the_collector(
    ctx: AppContext, tmp_path: Path, enabled: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def fake(_ctx: AppContext, path: Path) -> sync.ImportOutcome:
        seen.append(gc.isenabled())
        raise RuntimeError("boom")

    monkeypatch.setattr(incoming, "_import_file", fake)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with pytest.raises(RuntimeError):
            sync.import_file(ctx, tmp_path / "x.netrasync")
        assert seen == [False]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
