"""The hub merge against a real PostgreSQL server (``pg_url`` fails, never skips, without it):
the same packages in a scrambled order give the same state as a SQLite hub in order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from desktop.services import audit, sync
from desktop.services import sync_rows as sr
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit
from desktop.store.models import Holiday
from tests.sync.conftest import Net
from tests.sync.helpers import HUB, enrol, make_install, seed_office, sign


@pytest.fixture
def pg_hub(pg_url: str, tmp_path: Path) -> Iterator[AppContext]:
    schema = f"h_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    ctx = make_install(
        tmp_path / "pg",
        HUB[0],
        HUB[1],
        "hub",
        database_url=f"{pg_url}?options=-csearch_path%3D{schema}",
    )
    assert ctx.engine.dialect.name == "postgresql"
    yield ctx
    ctx.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _rename_holiday(ctx: AppContext, day: date, name: str) -> None:
    with ctx.tx() as s:
        row = s.scalars(select(Holiday).where(Holiday.day == day)).one()
        row.name = name
        stamp_edit(ctx, s, row)


def _own_rows(ctx: AppContext, origin: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with ctx.read() as s:
        for spec in sr.sync_tables():
            if spec.name in ("holiday", "rulebook", "pact_template"):
                continue  # seeded reference rows are aliased to the hub's own
            rows = s.execute(spec.table.select().where(spec.table.c.origin == origin))
            out[spec.name] = sorted(
                map(str, (sr.encode_row(r, spec.columns) for r in rows.mappings()))
            )
    return out


def test_hub_merge_on_postgresql(net: Net, pg_hub: AppContext) -> None:
    offices = list(net.offices.values())
    for office in offices:
        enrol(pg_hub, office, net.base)  # the offices now answer to the PostgreSQL hub
    for i, office in enumerate(offices):
        sign(office, seed_office(office, 5, nip_base=10 * i))
    first = [sync.export_to(o, HUB[0], net.usb(f"a{i}")) for i, o in enumerate(offices)]
    scrambled = [first[2], first[0], first[2], first[1], first[0]]
    outcomes = [sync.import_file(pg_hub, p.path).status for p in scrambled]
    assert outcomes == ["applied", "applied", "duplicate", "applied", "duplicate"]
    for office in offices:  # export -> import round-trips every field on PostgreSQL too
        with office.read() as s:
            code = office.office(s).code
        assert _own_rows(pg_hub, code) == _own_rows(office, code)
    assert audit.verify(pg_hub).ok
    # Two offices rename the same holiday: a conflict with the same winner on both servers.
    with pg_hub.read() as s:
        day = s.scalars(select(Holiday.day).order_by(Holiday.day)).first()
    assert day is not None
    _rename_holiday(offices[0], day, "Libur (Wetar)")
    _rename_holiday(offices[1], day, "Libur (PPT)")
    second = [sync.export_to(o, HUB[0], net.usb(f"b{i}")) for i, o in enumerate(offices[:2])]
    for p in reversed(second):
        assert sync.import_file(pg_hub, p.path).status == "applied"
    with pg_hub.read() as s:
        assert s.scalars(select(Holiday.name).where(Holiday.day == day)).one() == "Libur (PPT)"
    kinds = [c["kind"] for c in sync.conflicts(pg_hub)]
    assert kinds.count("conflict") == 1
    # Answers from the PostgreSQL hub are applied by the offices and acknowledge their rows.
    for office in offices:
        with office.read() as s:
            code = office.office(s).code
        [answer] = sync.export(pg_hub, net.usb("ans"), office=code)
        assert sync.import_file(office, answer.path).status == "applied"
        assert sync.status(office)["peers"][0]["pending_records"] == 0
