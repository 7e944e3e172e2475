"""Installations for sync tests: offices and a hub in separate data folders, data built
directly with the models and services/records (never other areas' services)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.canonical import sha256_hex
from desktop.domain.office import OfficeSetup
from desktop.services import office, sync
from desktop.services.context import Actor, AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence, stamp_edit, stamp_new
from desktop.store.models import (
    Election,
    Employee,
    PactTemplate,
    SignatureRecord,
    SigningEvent,
    Unit,
)

PASSWORD = "rahasia-123"
OFFICES = {
    "81.08.06": "Kecamatan Wetar",
    "81.08.01": "Kecamatan Pulau-Pulau Terselatan",
    "81.08.03": "Kecamatan Moa Lakor",
}
HUB = ("81.08", "BKPSDM Kabupaten Maluku Barat Daya")


def make_install(
    base: Path, code: str, name: str, role: str = "office", database_url: str | None = None
) -> AppContext:
    setup = OfficeSetup(
        code=code,
        name=name,
        kabupaten_code="81.08",
        kabupaten_name="Maluku Barat Daya",
        role=role,
        timezone="Asia/Jayapura",
        paper="a4",
        place="Tiakur",
    )
    ctx = AppContext.open(base / code.replace(".", "_"), database_url)
    office.initialise(ctx, setup, "admin", PASSWORD, "Admin")
    ctx.actor = Actor("admin", "admin")
    return ctx


def enrol(hub: AppContext, office_ctx: AppContext, folder: Path) -> None:
    req = folder / "request.json"
    info = sync.write_request(office_ctx, req)
    answer = folder / "answer.json"
    sync.enrol(hub, req, answer, info["fingerprint"])
    sync.accept(office_ctx, answer)


@dataclass
class Seeded:
    unit_id: str
    event_id: str
    employees: list[str]


def seed_office(ctx: AppContext, employees: int = 3, *, nip_base: int = 0) -> Seeded:
    with ctx.tx() as s:
        me = ctx.office(s)
        unit = stamp_new(ctx, s, Unit(code=f"U-{me.code}", name=me.name, kind="kecamatan"))
        election = stamp_new(
            ctx, s, Election(name="Pilkada 2026", level="pilkada", voting_date=date(2026, 11, 27))
        )
        body = json.dumps({"code": f"T-{me.code}"})
        template = stamp_new(
            ctx,
            s,
            PactTemplate(
                code=f"T-{me.code}",
                version=1,
                title="Pakta Integritas Netralitas ASN",
                audience="asn",
                body_json=body,
                sha256=sha256_hex(body.encode()),
            ),
        )
        s.flush()
        event = stamp_new(
            ctx,
            s,
            SigningEvent(
                name=f"Apel {me.name}",
                election_id=election.id,
                template_id=template.id,
                event_date=date(2026, 10, 1),
                place=me.name,
            ),
        )
        ids = []
        for i in range(employees):
            e = stamp_new(
                ctx,
                s,
                Employee(
                    nip=f"19800101200{nip_base + i:07d}"[:18],
                    name=f"Pegawai {me.code} {i}",
                    name_key=f"pegawai {i}",
                    category="PNS",
                    golongan="III/a",
                    jabatan="Staf",
                    unit_id=unit.id,
                ),
            )
            ids.append(e.id)
        s.flush()
        return Seeded(unit.id, event.id, ids)


def sign(ctx: AppContext, seeded: Seeded, employee_ids: list[str] | None = None) -> list[str]:
    out = []
    with ctx.tx() as s:
        event = s.get(SigningEvent, seeded.event_id)
        assert event is not None
        template = s.get(PactTemplate, event.template_id)
        assert template is not None
        for emp_id in employee_ids or seeded.employees:
            emp = s.get(Employee, emp_id)
            assert emp is not None
            image = f"PNG tanda tangan {emp.nip}".encode()
            sha = store_blob(s, image, "image/png")
            rec = append_evidence(
                ctx,
                s,
                SignatureRecord(
                    kind="signed",
                    employee_id=emp.id,
                    event_id=event.id,
                    election_id=event.election_id,
                    template_id=template.id,
                    template_sha256=template.sha256,
                    identity_json=json.dumps({"name": emp.name, "nip": emp.nip}),
                    image_sha256=sha,
                    operator="admin",
                    strokes_json=None,
                    strokes_sha256=None,
                    supersedes_id=None,
                    reason="",
                ),
            )
            out.append(rec.id)
    return out


def edit_employee(ctx: AppContext, emp_id: str, **changes: Any) -> None:
    with ctx.tx() as s:
        emp = s.get(Employee, emp_id)
        assert emp is not None
        for k, v in changes.items():
            setattr(emp, k, v)
        stamp_edit(ctx, s, emp)


def table_state(ctx: AppContext, model: type[Any]) -> dict[str, dict[str, Any]]:
    with ctx.read() as s:
        rows = s.execute(select(model.__table__)).mappings().all()
        return {r["id"]: dict(r) for r in rows}
