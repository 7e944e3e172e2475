"""Test and benchmark data, built one way.

The installations (office or hub: migrated, set up, acting as the administrator) and the rows
the tests and the benchmarks put straight into the database (units, employees, elections,
signing events, signature records). Rows go through ``services.records`` so they are stamped
(ids, revisions) and evidence is chained and hashed as the app does it, but no other area's
services are called, so a test of one area does not depend on another's screens or rules.

Plain functions, no pytest: ``benchmarks/`` imports them too (run from the repository root).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import pact
from desktop.domain.office import OfficeSetup
from desktop.services import office, records
from desktop.services.context import Actor, AppContext
from desktop.store.models import (
    Election,
    Employee,
    PactTemplate,
    SignatureRecord,
    SigningEvent,
    Unit,
)

KABUPATEN = ("81.08", "Maluku Barat Daya")
OFFICE = ("81.08.06", "Kecamatan Wetar")
HUB = ("81.08", "BKPSDM Kabupaten Maluku Barat Daya")
ADMIN = "admin"


# ---------------------------------------------------------------- installations
def office_setup(
    code: str = OFFICE[0],
    name: str = OFFICE[1],
    *,
    role: str = "office",
    place: str = "Ilwaki",
) -> OfficeSetup:
    """The set-up answers of an office (or, with ``role="hub"``, the hub) in Maluku Barat Daya."""
    return OfficeSetup(
        code=code,
        name=name,
        kabupaten_code=KABUPATEN[0],
        kabupaten_name=KABUPATEN[1],
        role=role,
        timezone="Asia/Jayapura",
        paper="a4",
        place=place,
    )


def hub_setup() -> OfficeSetup:
    return office_setup(*HUB, role="hub", place="Tiakur")


def new_install(
    folder: Path,
    setup: OfficeSetup,
    password: str,
    *,
    admin: str = ADMIN,
    admin_name: str = "Admin",
    database_url: str | None = None,
) -> AppContext:
    """A new installation in ``folder``: migrated, set up, with ``admin`` as its first
    administrator; returned open, acting as that administrator (the caller closes it)."""
    ctx = AppContext.open(folder, database_url)
    try:
        office.initialise(ctx, setup, admin, password, admin_name)
    except BaseException:
        ctx.close()
        raise
    ctx.actor = Actor(admin, "admin")
    return ctx


def open_as_admin(folder: Path, admin: str = ADMIN, database_url: str | None = None) -> AppContext:
    """An existing installation, opened acting as its administrator (the caller closes it)."""
    ctx = AppContext.open(folder, database_url)
    ctx.actor = Actor(admin, "admin")
    return ctx


# ---------------------------------------------------------------- rows
def add_unit(
    ctx: AppContext,
    session: Session,
    code: str,
    name: str,
    kind: str = "kecamatan",
    parent_id: str | None = None,
) -> Unit:
    return records.stamp_new(
        ctx, session, Unit(code=code, name=name, kind=kind, parent_id=parent_id)
    )


def add_employee(
    ctx: AppContext,
    session: Session,
    name: str,
    unit_id: str,
    *,
    nip: str | None = None,
    category: str = "PNS",
    golongan: str | None = None,
    jabatan: str = "Staf",
    nik: str | None = None,
    name_key: str | None = None,
) -> Employee:
    """An active employee (``name_key``: the lower-cased name unless given)."""
    return records.stamp_new(
        ctx,
        session,
        Employee(
            nip=nip,
            name=name,
            name_key=name.lower() if name_key is None else name_key,
            category=category,
            golongan=golongan,
            jabatan=jabatan,
            unit_id=unit_id,
            nik=nik,
            active=True,
        ),
    )


def add_election(
    ctx: AppContext,
    session: Session,
    name: str = "Pilkada Serentak 2024",
    voting_date: date = date(2024, 11, 27),
) -> Election:
    return records.stamp_new(
        ctx, session, Election(name=name, level="pilkada", voting_date=voting_date)
    )


def add_event(
    ctx: AppContext,
    session: Session,
    election: Election,
    template: PactTemplate,
    *,
    name: str,
    event_date: date,
    place: str,
    template_non_asn: PactTemplate | None = None,
    unit_codes: Sequence[str] = (),
    witnesses: Sequence[dict[str, Any]] = (),
) -> SigningEvent:
    """A signing event (flush the election and templates first: the event refers to them)."""
    return records.stamp_new(
        ctx,
        session,
        SigningEvent(
            name=name,
            election_id=election.id,
            template_id=template.id,
            template_non_asn_id=template_non_asn.id if template_non_asn else None,
            event_date=event_date,
            place=place,
            unit_codes_json=json.dumps(list(unit_codes)),
            witnesses_json=json.dumps(list(witnesses)),
        ),
    )


def pact_identity(employee: Employee, unit: Unit) -> dict[str, Any]:
    """The signer as a signature record keeps it (``pact.Identity``)."""
    return pact.Identity(
        employee.id,
        employee.name,
        employee.category,
        nip=employee.nip,
        nik=employee.nik,
        golongan=employee.golongan,
        jabatan=employee.jabatan,
        unit_code=unit.code,
        unit_name=unit.name,
    ).to_json()


def add_signature(
    ctx: AppContext,
    session: Session,
    event: SigningEvent,
    template: PactTemplate,
    employee_id: str,
    identity: dict[str, Any],
    *,
    image_sha256: str | None,
    kind: str = "signed",
    reason: str = "",
    created_at: datetime | None = None,
    operator: str = ADMIN,
) -> SignatureRecord:
    """A signature record (``kind`` signed or refused) appended to this laptop's chain, as
    the kiosk would leave it (no pen points: ``image_sha256`` is a blob already stored)."""
    fields: dict[str, Any] = {"created_at": created_at} if created_at is not None else {}
    return records.append_evidence(
        ctx,
        session,
        SignatureRecord(
            kind=kind,
            employee_id=employee_id,
            event_id=event.id,
            election_id=event.election_id,
            template_id=template.id,
            template_sha256=template.sha256,
            identity_json=json.dumps(identity),
            image_sha256=image_sha256,
            operator=operator,
            strokes_json=None,
            strokes_sha256=None,
            supersedes_id=None,
            reason=reason,
            **fields,
        ),
    )


def add_void(
    ctx: AppContext,
    session: Session,
    old: SignatureRecord,
    reason: str,
    operator: str = ADMIN,
) -> SignatureRecord:
    """A void of ``old`` (a new record naming it, as the app voids: never an edit)."""
    return records.append_evidence(
        ctx,
        session,
        SignatureRecord(
            kind="void",
            employee_id=old.employee_id,
            event_id=old.event_id,
            election_id=old.election_id,
            template_id=old.template_id,
            template_sha256=old.template_sha256,
            identity_json=old.identity_json,
            operator=operator,
            supersedes_id=old.id,
            reason=reason,
        ),
    )
