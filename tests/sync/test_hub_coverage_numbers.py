"""Every number of the hub's coverage on a realistic multi-office hub, checked against the
rule worked out person by person in Python from the rows themselves.

Rows are inserted in the shape imported rows have (``origin`` = the office code), as the
benchmark builds its hub: several offices with units mixing PNS, PPPK, CPNS and non-ASN
people; inactive and deleted people; refusals, refusals then signatures, voids with and
without a new signature, people signed at both their office's apel and the hub's kiosk; a
sub-unit the hub made under an office's unit and a unit of the hub's own; an office's own
election mapped onto the hub's (``sync_alias``); and another election whose records must not
count. The counting SQL groups by several keys and folds categories in Python: a wrong fold
or a lost group shows here as a wrong unit or office figure.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, insert, select, text

from desktop.services.context import AppContext
from desktop.services.sync import hub_coverage
from desktop.store import aliases
from desktop.store.base import new_id, utcnow
from desktop.store.models import (
    Election,
    Employee,
    PactTemplate,
    SignatureRecord,
    SigningEvent,
    SyncPeer,
    Unit,
)
from tests.builders import HUB, hub_setup, new_install

CATEGORIES = ("PNS", "PPPK", "CPNS", "NON_ASN", "PNS", "PPPK")
OFFICES = ("81.08.01", "81.08.02", "81.08.03")
PEOPLE = 60


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[AppContext, str]]:
    ctx = new_install(tmp_path / "hub", hub_setup(), "rahasia-hub-123")
    try:
        yield ctx, _build(ctx)
    finally:
        ctx.close()


@pytest.fixture
def pg_hub(pg_url: str, tmp_path: Path) -> Iterator[tuple[AppContext, str]]:
    """The same hub on PostgreSQL, in a schema of its own (dropped afterwards)."""
    schema = f"cov_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        ctx = new_install(
            tmp_path / "pg",
            hub_setup(),
            "rahasia-hub-123",
            database_url=f"{pg_url}?options=-csearch_path%3D{schema}",
        )
        assert ctx.engine.dialect.name == "postgresql"
        try:
            yield ctx, _build(ctx)
        finally:
            ctx.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _build(ctx: AppContext) -> str:
    """The hub's rows; returns the hub's election id."""
    now = utcnow()
    me = HUB[0]
    with ctx.tx() as s:
        rev = ctx.next_revision(s)
        template = s.scalars(select(PactTemplate.id)).first()
        assert template is not None

        def row(origin: str, **values: Any) -> dict[str, Any]:
            return {"id": new_id(), "origin": origin, "created_at": now, "updated_at": now,
                    "revision": rev, "revised_by": origin, "base_revision": 0, **values}  # fmt: skip

        def election(origin: str, name: str) -> str:
            e = row(origin, name=name, level="pilkada", voting_date=date(2024, 11, 27))
            s.execute(insert(Election), [e])
            return str(e["id"])

        def event(origin: str, election_id: str) -> str:
            e = row(origin, name=f"Apel {origin}", election_id=election_id, template_id=template,
                    template_non_asn_id=None, event_date=date(2024, 10, 1), place=origin,
                    unit_codes_json="[]", witnesses_json="[]")  # fmt: skip
            s.execute(insert(SigningEvent), [e])
            return str(e["id"])

        seq: dict[str, int] = defaultdict(int)

        def record(origin: str, event_id: str, emp: str, kind: str, old: str | None = None) -> str:
            seq[origin] += 1
            n = seq[origin]
            r = {"id": new_id(), "origin": origin, "chain_seq": n, "created_at": now,
                 "prev_sha256": f"{origin}{n - 1}".rjust(64, "0"),
                 "sha256": f"{origin}.{n}".rjust(64, "0"), "kind": kind, "employee_id": emp,
                 "event_id": event_id, "election_id": "x", "template_id": template,
                 "template_sha256": "0" * 64, "identity_json": "{}", "strokes_json": None,
                 "strokes_sha256": None, "image_sha256": None, "operator": "admin",
                 "supersedes_id": old, "reason": ""}  # fmt: skip
            s.execute(insert(SignatureRecord), [r])
            return str(r["id"])

        def unit(origin: str, code: str, parent: str | None = None) -> str:
            u = row(origin, code=code, name=f"Unit {code}", kind="desa", parent_id=parent)
            s.execute(insert(Unit), [u])
            return str(u["id"])

        hub_election = election(me, "Pilkada Serentak 2024")
        other_election = election(me, "Pemilu 2029")
        hub_event = event(me, hub_election)
        other_event = event(me, other_election)
        n = 0
        for o, code in enumerate(OFFICES):
            s.execute(
                insert(SyncPeer),
                [{"id": new_id(), "office_code": code, "name": f"Kecamatan {code}",
                  "role": "office", "kabupaten_code": me, "signing_public_key": "0" * 64,
                  "box_public_key": "0" * 64, "fingerprint": "0" * 64, "status": "active",
                  "enrolled_at": now, "last_seq_in": 1, "last_seq_out": 1,
                  "last_in_at": now - timedelta(days=10 * o), "acked_revision": 0,
                  "acked_chains_json": "{}", "recv_revision": 0, "recv_chains_json": "{}"}],
            )  # fmt: skip
            units = [unit(code, f"{code}.200{u}") for u in range(2)]
            if o == 0:  # the hub added a sub-unit under this office's first unit
                units.append(unit(me, f"{code}.2000.01", parent=units[0]))
            if o == 2:  # this office signed under its own copy, mapped onto the hub's
                own = election(code, "Pilkada 2024 (kantor)")
                aliases.add_alias(s, "election", own, hub_election, code)
                office_event = event(code, own)
            else:
                office_event = event(code, hub_election)
            for i in range(PEOPLE):
                n += 1
                emp = row(
                    me if o == 0 and i % 3 == 2 else code,  # some added by the hub
                    nip=None, name=f"Pegawai {n}", name_key=f"pegawai {n}",
                    category=CATEGORIES[i % len(CATEGORIES)], jabatan="Staf",
                    unit_id=units[i % len(units)], active=i % 11 != 5, notes="",
                    deleted_at=now if i % 17 == 7 else None,
                )  # fmt: skip
                s.execute(insert(Employee), [emp])
                pid = str(emp["id"])
                state = (i + o) % 7
                if state == 0:
                    record(code, office_event, pid, "signed")
                elif state == 1:
                    record(code, office_event, pid, "refused")
                elif state == 2:  # refused, then signed
                    record(code, office_event, pid, "refused")
                    record(code, office_event, pid, "signed")
                elif state == 3:  # signed, voided, signed again
                    first = record(code, office_event, pid, "signed")
                    record(code, office_event, pid, "void", first)
                    record(code, office_event, pid, "signed")
                elif state == 4:  # signed and voided only
                    first = record(code, office_event, pid, "signed")
                    record(code, office_event, pid, "void", first)
                elif state == 5:  # another election's record only
                    record(me, other_event, pid, "signed")
                if i % 5 == 0:  # also at the hub's kiosk (the kabupaten apel)
                    record(me, hub_event, pid, "signed" if i % 10 else "refused")
        # the hub's own staff, in a unit the hub made
        mine = unit(me, f"{me}.9000")
        for i in range(12):
            emp = row(me, nip=None, name=f"Staf Hub {i}", name_key=f"staf hub {i}",
                      category=CATEGORIES[i % len(CATEGORIES)], jabatan="Staf",
                      unit_id=mine, active=True, notes="", deleted_at=None)  # fmt: skip
            s.execute(insert(Employee), [emp])
            if i % 3:
                record(me, hub_event, str(emp["id"]), "signed" if i % 3 == 1 else "refused")
    return hub_election


def _expected(ctx: AppContext, election: str) -> dict[str, dict[str, tuple[int, ...]]]:
    """{office: {unit id: (asn, non_asn, signed, refused, signed_non_asn, refused_non_asn)}}
    worked out person by person from the rows."""
    me = HUB[0]
    with ctx.read() as s:
        ids = set(aliases.ids_for(s, "election", election))
        events = {i for i, e in s.execute(select(SigningEvent.id, SigningEvent.election_id))
                  if e in ids}  # fmt: skip
        recs = s.execute(
            select(SignatureRecord.id, SignatureRecord.kind, SignatureRecord.employee_id,
                   SignatureRecord.event_id, SignatureRecord.supersedes_id)
        ).all()  # fmt: skip
        units = {u: (o, parent) for u, o, parent in s.execute(
            select(Unit.id, Unit.origin, Unit.parent_id))}  # fmt: skip
        people = s.execute(
            select(Employee.id, Employee.unit_id, Employee.category, Employee.active,
                   Employee.deleted_at)
        ).all()  # fmt: skip
    voided = {old for _id, kind, _e, _ev, old in recs if kind == "void"}
    kinds: dict[str, set[str]] = defaultdict(set)
    for rid, kind, emp, event, _old in recs:
        if event in events and rid not in voided:
            kinds[emp].add(kind)

    def owner(unit_id: str) -> str:
        cur: str | None = unit_id
        while cur is not None:
            origin, parent = units[cur]
            if origin != me:
                return origin
            cur = parent
        return me

    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0] * 6))
    for pid, unit_id, category, active, deleted_at in people:
        if not active or deleted_at is not None:
            continue
        c = out[owner(unit_id)][unit_id]
        non_asn = category == "NON_ASN"
        c[1 if non_asn else 0] += 1
        signed = "signed" in kinds[pid]
        refused = not signed and "refused" in kinds[pid]
        c[2] += signed
        c[3] += refused
        if non_asn:
            c[4] += signed
            c[5] += refused
    return {o: {u: tuple(c) for u, c in us.items()} for o, us in out.items()}


def _numbers(c: hub_coverage.Counts) -> tuple[int, ...]:
    return (c.asn, c.non_asn, c.signed, c.refused, c.signed_non_asn, c.refused_non_asn)


def test_every_office_and_unit_figure_follows_the_rule(hub: tuple[AppContext, str]) -> None:
    _check(*hub)


def test_the_same_on_postgresql(pg_hub: tuple[AppContext, str]) -> None:
    _check(*pg_hub)


def _check(ctx: AppContext, election: str) -> None:
    expected = _expected(ctx, election)
    cov = hub_coverage.coverage(ctx, election)
    got = {o.office: {u.unit_id: _numbers(u.counts) for u in o.units} for o in cov.offices}
    assert got == expected
    # the scene has what it claims: ASN categories mixed in a unit, signed and refused people
    # of both kinds, the hub's own staff and the sub-unit it made counted in the office
    assert set(got) == {*OFFICES, HUB[0]}
    assert len(got[OFFICES[0]]) == 3
    everyone = [n for units in expected.values() for n in units.values()]
    assert all(sum(x[i] for x in everyone) > 0 for i in range(6))
    for office in cov.offices:
        assert _numbers(office.counts) == tuple(
            sum(u[i] for u in expected[office.office].values()) for i in range(6)
        )
    doc = cov.to_json()
    assert doc["totals"]["employees"] == sum(x[0] + x[1] for x in everyone)
    assert doc["totals"]["signed"] == sum(x[2] for x in everyone)
    assert doc["totals"]["refused"] == sum(x[3] for x in everyone)
    units_of = {o.office: [u.unit_id for u in o.units] for o in cov.offices}
    for office_doc in doc["offices"]:
        want = expected[office_doc["office"]]
        rows = [want[uid] for uid in units_of[office_doc["office"]]]
        assert [(u["employees"], u["signed"], u["refused"], u["unsigned"])
                for u in office_doc["units"]] == [
            (a + n, s, r, a + n - s - r) for a, n, s, r, _sn, _rn in rows
        ]  # fmt: skip
        codes = [u["unit_code"] for u in office_doc["units"]]
        assert codes == sorted(codes)
