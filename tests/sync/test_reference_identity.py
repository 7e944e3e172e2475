"""Shared reference data has one identity everywhere (issue 12, first part).

Two offices with their own codes, staff and signing events, made the way `netra demo` makes
its office (real services: the shipped templates, an election each office made itself, an
event with no units, handwritten signatures, a refusal, a void and a new signature), and a
hub that issues the election. After enrolment, export and import, the hub's progress, pact
print, pact verify and home page agree with each office's own, and there is one election.
"""

from __future__ import annotations

import importlib.util
import json
import random
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain import handwriting, pact
from desktop.domain.nip import make_nip
from desktop.services import audit, dashboard, printing, reference, roster, signing, sync
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store.models import Election, SignatureRecord, SigningEvent
from tests.sync.helpers import HUB, enrol, make_install

ELECTION = ("Pilkada Serentak 2024", date(2024, 11, 27), "pilkada")
OFFICES = {"81.08.06": "Kecamatan Wetar", "81.08.03": "Kecamatan Moa Lakor"}


def _demo_like(ctx: AppContext, code: str, serial: int) -> str:
    """Units, staff (ASN and non-ASN), the office's own election and an apel, signed."""
    rng = random.Random(serial)
    root = roster.add_unit(ctx, code, OFFICES[code], "kecamatan")
    units = [root.code]
    for i in (1, 2):
        units.append(roster.add_unit(ctx, f"{code}.200{i}", f"Desa {i}", "desa", code).code)
    unit_ids = [roster.unit_for_code(ctx, u).id for u in units]
    for i in range(9):
        non_asn = i % 4 == 3
        roster.add_employee(
            ctx,
            roster.EmployeeInput(
                name=f"Pegawai {code} {i}",
                unit_id=unit_ids[i % 3],
                category="NON_ASN" if non_asn else "PNS",
                nip=None if non_asn else make_nip(date(1980, 1, 1 + i), 2005, 3, "L", serial + i),
                nik=f"81080{serial:03d}{i:08d}"[:16] if non_asn else None,
                golongan=None if non_asn else "III/a",
                jabatan="Staf",
            ),
        )
    name, day, level = ELECTION
    election = signing_setup.add_election(ctx, name, day, level)
    event = signing_setup.create_event(
        ctx,
        name=f"Apel Netralitas ASN {OFFICES[code]}",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place=OFFICES[code],
        unit_codes=[],
    )
    people = signing.people(ctx, event.id)
    for n, person in enumerate(people):
        if n == 0:
            signing.refuse(ctx, event.id, person.employee_id, "Menolak menandatangani di tempat.")
        elif n == 1:
            continue  # absent
        else:
            hand = random.Random(rng.randrange(1 << 30))
            result = signing.sign(ctx, event.id, person.employee_id, handwriting.signature(hand))
            if n == 2:  # a wrong record voided, then signed again
                signing.void(ctx, result.id, "Salah orang, diulang.")
                signing.sign(
                    ctx, event.id, person.employee_id, handwriting.signature(random.Random(n))
                )
    return event.id


def _progress(ctx: AppContext, event_id: str) -> list[dict[str, Any]]:
    return [u.to_json() for u in signing.progress(ctx, event_id)]


def _exchange(hub: AppContext, office: AppContext, usb: Path) -> None:
    """Office -> hub, then the hub's answer -> office."""
    usb.mkdir(exist_ok=True)
    for old in usb.iterdir():
        old.unlink()
    [package] = sync.export(office, usb)
    outcome = sync.import_file(hub, package.path)
    assert outcome.status == "applied", outcome.to_json()
    assert outcome.merge["tamper"] == 0 and outcome.merge["conflicts"] == 0
    [code] = [c for c, o in OFFICES.items() if o == office_name(office)]
    [answer] = sync.export(hub, usb, office=code)
    back = sync.import_file(office, answer.path)
    assert back.status == "applied", back.to_json()
    assert back.merge["tamper"] == 0 and back.merge["conflicts"] == 0


def office_name(ctx: AppContext) -> str:
    with ctx.read() as s:
        return ctx.office(s).name


@pytest.fixture
def world(tmp_path: Path) -> Any:
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    offices = {code: make_install(tmp_path, code, name) for code, name in OFFICES.items()}
    try:
        # The offices work alone first (their own election), then enrol.
        events = {code: _demo_like(ctx, code, 10 * (k + 1)) for k, (code, ctx) in
                  enumerate(offices.items())}  # fmt: skip
        name, day, level = ELECTION
        issued = signing_setup.add_election(hub, name + " (Kabupaten)", day, level)
        for ctx in offices.values():
            enrol(hub, ctx, tmp_path)
        yield hub, offices, events, issued.id
    finally:
        for ctx in [hub, *offices.values()]:
            ctx.close()


def test_shipped_rows_have_the_same_ids_everywhere(world: Any) -> None:
    hub, offices, _events, _issued = world
    ids = []
    for ctx in [hub, *offices.values()]:
        with ctx.read() as s:
            ids.append(
                {
                    t: sorted(s.scalars(select(spec.table.c.id)).all())
                    for t, spec in (
                        (n, reference_spec(n)) for n in ("pact_template", "rulebook", "holiday")
                    )
                }
            )
    assert ids[0] == ids[1] == ids[2]
    body = reference.shipped_templates()[0]
    assert reference.template_id(body.code, body.version) in ids[0]["pact_template"]


def reference_spec(name: str) -> Any:
    from desktop.sync import rows as sync_rows

    return sync_rows.table_by_name()[name]


def test_hub_sees_every_office_as_the_office_does(world: Any, tmp_path: Path) -> None:
    hub, offices, events, issued = world
    before = {code: _progress(offices[code], events[code]) for code in offices}
    for code, ctx in offices.items():
        _exchange(hub, ctx, tmp_path / f"usb-{code}")

    for code, ctx in offices.items():
        event = events[code]
        # the same figures at the hub as at the office, unit by unit
        assert _progress(hub, event) == _progress(ctx, event) == before[code]
        whole = before[code][0]
        assert whole["signed"] == 7 and whole["refused"] == 1 and whole["unsigned"] == 1
        # pact print at the hub: one page per person in force, the template found
        out = tmp_path / f"hub-{code}.pdf"
        result = printing.print_to_file(hub, printing.Selection(event_id=event), out)
        assert (result.signed, result.refused, result.not_signed) == (7, 1, 1)
        assert out.read_bytes().startswith(b"%PDF")
        # a code printed at the office verifies at the hub
        with ctx.read() as s:
            rec = s.scalars(
                select(SignatureRecord)
                .where(SignatureRecord.kind == "signed", SignatureRecord.event_id == event)
                .order_by(SignatureRecord.chain_seq.desc())  # the last one: never voided
            ).first()
            assert rec is not None
            who = pact.Identity.from_json(json.loads(rec.identity_json))
            qr, _short = printing.PageBuilder(ctx, s).qr(rec, who)
        assert printing.verify(hub, qr).valid

    # one election everywhere: the kabupaten's
    assert [e.id for e in signing_setup.list_elections(hub)] == [issued]
    with hub.read() as s:
        assert set(s.scalars(select(SigningEvent.election_id))) == {issued}
        assert len(s.scalars(select(Election)).all()) == 3  # the offices' rows are kept
    for code, ctx in offices.items():
        assert [e.id for e in signing_setup.list_elections(ctx)] == [issued]
        with ctx.read() as s:
            assert s.get(SigningEvent, events[code]).election_id == issued
        assert _progress(ctx, events[code]) == before[code]
        assert audit.verify(ctx).ok

    # the home page at the hub counts every office's apel as the office does
    home = {e.name: (e.expected, e.signed, e.refused) for e in dashboard.summary(hub).events}
    for ctx in offices.values():
        mine = dashboard.summary(ctx).events[0]
        assert home[mine.name] == (mine.expected, mine.signed, mine.refused) == (9, 7, 1)
    assert audit.verify(hub).ok

    # the offices' next packages (events now naming the kabupaten's election) change nothing
    for code, ctx in offices.items():
        _exchange(hub, ctx, tmp_path / f"usb2-{code}")
        assert _progress(hub, events[code]) == before[code]
    assert [e.id for e in signing_setup.list_elections(hub)] == [issued]
    assert not sync.conflicts(hub)


def test_an_office_election_arriving_before_the_hub_issues_one(tmp_path: Path) -> None:
    """No hub election yet: the offices' elections map onto the first; when the hub then
    issues its own, everything maps onto that one."""
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    offices = {code: make_install(tmp_path, code, name) for code, name in OFFICES.items()}
    try:
        events = {code: _demo_like(ctx, code, 10 * (k + 1)) for k, (code, ctx) in
                  enumerate(offices.items())}  # fmt: skip
        for code, ctx in offices.items():
            enrol(hub, ctx, tmp_path)
            usb = tmp_path / f"usb-{code}"
            usb.mkdir()
            [package] = sync.export(ctx, usb)
            assert sync.import_file(hub, package.path).status == "applied"
        assert len(signing_setup.list_elections(hub)) == 1
        name, day, level = ELECTION
        issued = signing_setup.add_election(hub, name, day, level)
        assert [e.id for e in signing_setup.list_elections(hub)] == [issued.id]
        for code, ctx in offices.items():
            assert _progress(hub, events[code]) == _progress(ctx, events[code])
        with hub.read() as s:
            assert set(s.scalars(select(SigningEvent.election_id))) == {issued.id}
    finally:
        for ctx in [hub, *offices.values()]:
            ctx.close()


def test_migration_formulas_match_the_seeders() -> None:
    path = Path(__file__).parents[2] / "db" / "versions" / "0003_reference_data_identity.py"
    spec = importlib.util.spec_from_file_location("mig0003", path)
    assert spec is not None and spec.loader is not None
    mig = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mig)
    assert str(mig.NETRA_NAMESPACE) == str(reference.NETRA_NAMESPACE)
    for body in reference.shipped_templates():
        assert (body.code, body.version) in mig.SHIPPED_TEMPLATES
        assert mig.template_id(body.code, body.version) == reference.template_id(
            body.code, body.version
        )
    assert mig.rulebook_id("AB" * 32) == reference.rulebook_id("ab" * 32)
    day = date(2024, 12, 25)
    assert mig.holiday_id(day, "Natal") == reference.holiday_id(day, "Natal")


def test_a_pact_printed_at_the_hub_verifies_as_the_kabupatens_code(
    world: Any, tmp_path: Path
) -> None:
    """The hub prints an office's pacts with its own key (it never holds the office's): the
    code is the kabupaten's attestation, SAH at the hub and at that office. A sibling office
    signing the same record stays TIDAK SAH (issue 13's QR binding)."""
    hub, offices, events, _issued = world
    (code_a, office_a), (_code_b, office_b) = list(offices.items())
    _exchange(hub, office_a, tmp_path / "usb-a")
    _exchange(hub, office_b, tmp_path / "usb-b")
    with hub.read() as s:
        rec = s.scalars(
            select(SignatureRecord)
            .where(SignatureRecord.kind == "signed", SignatureRecord.event_id == events[code_a])
            .order_by(SignatureRecord.chain_seq.desc())
        ).first()
        assert rec is not None and rec.origin == code_a
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        hub_qr, hub_short = printing.PageBuilder(hub, s).qr(rec, who)
        # office B signs the same record with its own key (it is not above office A)
        with office_b.read() as sb:
            assert sb.get(SignatureRecord, rec.id) is None  # the hub does not relay A's rows
            forged, _ = printing.PageBuilder(office_b, sb).qr(rec, who)
    at_hub = printing.verify(hub, hub_qr)
    assert at_hub.valid and at_hub.status == "valid", at_hub.describe()
    assert any("kabupaten" in r for r in at_hub.reasons)
    assert printing.verify(hub, hub_short).valid
    at_office = printing.verify(office_a, hub_qr)
    assert at_office.valid and at_office.status == "valid", at_office.describe()
    refused = printing.verify(hub, forged)
    assert not refused.valid and refused.status == "wrong_office", refused.describe()
