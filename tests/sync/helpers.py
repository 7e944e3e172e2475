"""Installations for sync tests: offices and a hub in separate data folders, data built
with tests/builders.py (the models and services/records, never other areas' services)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.canonical import sha256_hex
from desktop.services import sync
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import stamp_edit, stamp_new
from desktop.store.models import Employee, PactTemplate, SigningEvent
from tests.builders import HUB as HUB  # the sync tests' hub, re-exported
from tests.builders import (
    add_election,
    add_employee,
    add_event,
    add_signature,
    add_unit,
    new_install,
    office_setup,
)
from tests.conftest import run_netra

PASSWORD = "rahasia-123"
OFFICES = {
    "81.08.06": "Kecamatan Wetar",
    "81.08.01": "Kecamatan Pulau-Pulau Terselatan",
    "81.08.03": "Kecamatan Moa Lakor",
}


def make_install(
    base: Path, code: str, name: str, role: str = "office", database_url: str | None = None
) -> AppContext:
    setup = office_setup(code, name, role=role, place="Tiakur")
    return new_install(base / code.replace(".", "_"), setup, PASSWORD, database_url=database_url)


def enrol(hub: AppContext, office_ctx: AppContext, folder: Path) -> None:
    req = folder / "request.json"
    info = sync.write_request(office_ctx, req)
    answer = folder / "answer.json"
    sync.enrol(hub, req, answer, info.fingerprint)
    sync.accept(office_ctx, answer)


@dataclass
class Seeded:
    unit_id: str
    event_id: str
    employees: list[str]


def seed_office(ctx: AppContext, employees: int = 3, *, nip_base: int = 0) -> Seeded:
    with ctx.tx() as s:
        me = ctx.office(s)
        unit = add_unit(ctx, s, f"U-{me.code}", me.name)
        election = add_election(ctx, s, "Pilkada 2026", date(2026, 11, 27))
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
        event = add_event(
            ctx,
            s,
            election,
            template,
            name=f"Apel {me.name}",
            event_date=date(2026, 10, 1),
            place=me.name,
        )
        ids = []
        for i in range(employees):
            e = add_employee(
                ctx,
                s,
                f"Pegawai {me.code} {i}",
                unit.id,
                nip=f"19800101200{nip_base + i:07d}"[:18],
                golongan="III/a",
                name_key=f"pegawai {i}",
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
            identity = {"name": emp.name, "nip": emp.nip}
            rec = add_signature(ctx, s, event, template, emp.id, identity, image_sha256=sha)
            out.append(rec.id)
    return out


def run(data: Path, *argv: str) -> tuple[int, str, str]:
    """``netra --data-dir DATA ARGV...`` in-process: (exit code, stdout, stderr)."""
    result = run_netra(data, *argv)
    return result.code, result.out, result.err


def run_json(data: Path, *argv: str, expect: int = 0) -> Any:
    """``run`` with ``--json``: the document printed (the exit code must be ``expect``)."""
    code, out, err = run(data, *argv, "--json")
    assert code == expect, (argv, code, out, err)
    return json.loads(out)


def enrol_cli(at: Path, laptop: Path, stick: Path, *flags: str, expect: int = 0) -> Any:
    """Enrolment through the CLI: ``laptop`` asks, ``at`` (a hub or an office's main laptop)
    enrols, ``laptop`` accepts. Returns the enrolment's JSON, or the error JSON when refused."""
    req = run_json(laptop, "sync", "enroll-request", "--out", str(stick / f"{laptop.name}.req"))
    ans = stick / f"{laptop.name}.ans"
    code, out, err = run(
        at,
        "sync",
        "enroll",
        req["path"],
        "--out",
        str(ans),
        "--fingerprint",
        req["fingerprint"],
        *flags,
        "--json",
    )
    assert code == expect, (code, out, err)
    if code:
        return json.loads(out or err)
    run_json(laptop, "sync", "enroll-accept", str(ans))
    return json.loads(out)


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
