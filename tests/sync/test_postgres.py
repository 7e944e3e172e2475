"""The hub merge against a real PostgreSQL server (``pg_url`` fails, never skips, without it):
the same packages in a scrambled order give the same state as a SQLite hub in order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from desktop.services import audit, sync
from desktop.services.context import AppContext
from desktop.store.models import Employee, SigningEvent
from desktop.sync import rows as sr
from tests.sync.conftest import Net
from tests.sync.helpers import (
    HUB,
    edit_employee,
    enrol,
    make_install,
    seed_office,
    sign,
    table_state,
)


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


def _own_rows(ctx: AppContext, origin: str) -> dict[str, Any]:
    """Every synced row made by ``origin``, encoded as in a package. Seeded reference rows are
    aliased to the hub's own; the election is the kabupaten's (an office's election of the
    same level and day is mapped onto one at import, its events following), so events are
    compared without it and elections apart."""
    out: dict[str, Any] = {}
    with ctx.read() as s:
        for spec in sr.sync_tables():
            if spec.name in ("holiday", "rulebook", "pact_template", "election"):
                continue
            columns = [
                c for c in spec.columns if not (spec.name == "signing_event" and c == "election_id")
            ]
            rows = s.execute(spec.table.select().where(spec.table.c.origin == origin))
            out[spec.name] = sorted(map(str, (sr.encode_row(r, columns) for r in rows.mappings())))
    return out


def test_hub_merge_on_postgresql(net: Net, pg_hub: AppContext) -> None:
    offices = list(net.offices.values())
    for office in offices:
        enrol(pg_hub, office, net.base)  # the offices now answer to the PostgreSQL hub
    seeded = []
    for i, office in enumerate(offices):
        seeded.append(seed_office(office, 5, nip_base=10 * i))
        sign(office, seeded[-1])
    first = [sync.export_to(o, HUB[0], net.usb(f"a{i}")) for i, o in enumerate(offices)]
    scrambled = [first[2], first[0], first[2], first[1], first[0]]
    outcomes = [sync.import_file(pg_hub, p.path).status for p in scrambled]
    assert outcomes == ["applied", "applied", "duplicate", "applied", "duplicate"]
    for office in offices:  # export -> import round-trips every field on PostgreSQL too
        with office.read() as s:
            code = office.office(s).code
        assert _own_rows(pg_hub, code) == _own_rows(office, code)
    with pg_hub.read() as s:  # one election for every office's apel
        assert len(set(s.scalars(select(SigningEvent.election_id)))) == 1
    assert audit.verify(pg_hub).ok
    # The hub corrects an office's employee while the office edits the same person: a
    # conflict with the later edit as provisional winner, as on SQLite.
    person = seeded[0].employees[0]
    edit_employee(pg_hub, person, jabatan="Sekretaris (koreksi BKPSDM)")
    edit_employee(offices[0], person, jabatan="Kasi Pemerintahan")
    [again] = [sync.export_to(offices[0], HUB[0], net.usb("b0"))]
    assert sync.import_file(pg_hub, again.path).status == "applied"
    assert table_state(pg_hub, Employee)[person]["jabatan"] == "Kasi Pemerintahan"
    kinds = [c.kind for c in sync.conflicts(pg_hub)]
    assert kinds.count("conflict") == 1
    # Answers from the PostgreSQL hub are applied by the offices and acknowledge their rows.
    for office in offices:
        with office.read() as s:
            code = office.office(s).code
        [answer] = sync.export(pg_hub, net.usb("ans"), office=code)
        assert sync.import_file(office, answer.path).status == "applied"
        assert sync.status(office).peers[0].pending_records == 0
