"""Signed pacts inserted straight through the models and the record helpers, so printing
tests do not depend on the signing screens."""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import pact
from desktop.resources import read_text
from desktop.services import printing, records
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.store.models import PactTemplate, SignatureRecord, SigningEvent
from tests import builders

LONG_NAME = (
    "Dr. Hj. Maria Magdalena Christina Wattimena-Lekipiouw Tupamahu Sahetapy "
    "Pattiasina, S.Sos., M.Si., M.A.P."
)
LONG_JABATAN = (
    "Kepala Sub Bagian Perencanaan, Evaluasi, Pelaporan dan Pengelolaan Keuangan "
    "serta Barang Milik Daerah pada Sekretariat Kecamatan Wetar Timur Laut"
)


def signature_png(seed: int) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(40 + i * 45, rng.randint(40, 160)) for i in range(12)]
    draw.line(points, fill=(16, 24, 96, 255), width=5, joint="curve")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@dataclass
class World:
    ctx: AppContext
    event_id: str = ""
    unit_code: str = "81.08.06.K01"
    records: list[str] = field(default_factory=list)
    employees: dict[str, str] = field(default_factory=dict)  # name -> employee id
    template_ids: dict[str, str] = field(default_factory=dict)


def _template(ctx: AppContext, session: Session, name: str) -> PactTemplate:
    body = pact.TemplateBody.from_json(json.loads(read_text("templates", name)))
    seeded = session.scalars(
        select(PactTemplate).where(
            PactTemplate.code == body.code, PactTemplate.version == body.version
        )
    )
    existing = seeded.first()  # office setup seeds the shipped templates
    if existing is not None:
        return existing
    row = PactTemplate(
        code=body.code,
        version=body.version,
        title=body.title,
        audience=body.audience,
        body_json=json.dumps(body.to_json()),
        sha256=body.sha256(),
    )
    return records.stamp_new(ctx, session, row)


def make_world(
    ctx: AppContext,
    people: list[dict[str, Any]],
    witnesses: list[dict[str, Any]] | None = None,
    when: datetime | None = None,
) -> World:
    world = World(ctx)
    when = when or datetime(2024, 9, 30, 0, 14, tzinfo=UTC)
    with ctx.tx() as session:
        unit = builders.add_unit(ctx, session, world.unit_code, "Kantor Camat Wetar")
        other = builders.add_unit(
            ctx, session, "81.08.06.K02", "SD Negeri 1 Ilwaki", "sekolah", parent_id=unit.id
        )
        session.flush()
        asn = _template(ctx, session, "pakta-netralitas-asn.json")
        non = _template(ctx, session, "pakta-netralitas-non-asn.json")
        world.template_ids = {"asn": asn.id, "non_asn": non.id}
        election = builders.add_election(ctx, session)
        session.flush()
        event = builders.add_event(
            ctx,
            session,
            election,
            asn,
            template_non_asn=non,
            name="Apel Ikrar Netralitas ASN Kecamatan Wetar",
            event_date=date(2024, 9, 30),
            place="Ilwaki",
            unit_codes=[world.unit_code],
            witnesses=witnesses or [],
        )
        session.flush()
        world.event_id = event.id
        for index, p in enumerate(people):
            target = other if p.get("school") else unit
            emp = builders.add_employee(
                ctx,
                session,
                p["name"],
                target.id,
                nip=p.get("nip"),
                category=p.get("category", "PNS"),
                golongan=p.get("golongan"),
                jabatan=p.get("jabatan", "Staf"),
                nik=p.get("nik"),
            )
            session.flush()
            world.employees[p["name"]] = emp.id
            if p.get("unsigned"):
                continue
            tpl = non if emp.category == "NON_ASN" else asn
            image = store_blob(session, signature_png(index), "image/png")
            rec = builders.add_signature(
                ctx,
                session,
                event,
                tpl,
                emp.id,
                builders.pact_identity(emp, target),
                kind="refused" if p.get("refused") else "signed",
                image_sha256=None if p.get("refused") else image,
                reason=p.get("reason", ""),
                created_at=when + timedelta(minutes=index),
            )
            world.records.append(rec.id)
    return world


def void(ctx: AppContext, record_id: str, reason: str = "salah orang") -> None:
    with ctx.tx() as session:
        old = session.get(SignatureRecord, record_id)
        assert old is not None
        builders.add_void(ctx, session, old, reason)


def qr_code(ctx: AppContext, record_id: str) -> str:
    """The QR text printed on the page of signature record ``record_id``."""
    with ctx.read() as session:
        rec = session.get(SignatureRecord, record_id)
        assert rec is not None
        event = session.get(SigningEvent, rec.event_id)
        assert event is not None
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        return printing.PageBuilder(ctx, session).page(rec, who, event).qr_text


PEOPLE: list[dict[str, Any]] = [
    {
        "name": "Yohanis Petrus Lewerissa, S.Sos.",
        "nip": "198503152010011002",
        "golongan": "III/b",
        "jabatan": "Kepala Seksi Pemerintahan",
    },
    {"name": LONG_NAME, "nip": "197901012005022003", "golongan": "IV/a", "jabatan": LONG_JABATAN},
    {
        "name": "Agustina Ririmasse",
        "category": "NON_ASN",
        "nik": "8108064107900002",
        "jabatan": "Tenaga Administrasi (honorer)",
    },
    {
        "name": "Frans Kainama, A.Md.",
        "nip": "199602012023211005",
        "category": "PPPK",
        "golongan": "VII",
        "jabatan": "Pengelola Layanan Operasional",
        "school": True,
    },
    {
        "name": "Markus Leiwakabessy",
        "nip": "198807082014031001",
        "golongan": "III/a",
        "refused": True,
        "reason": "sedang sakit, menandatangani kemudian",
    },
    {"name": "Oktovina Masela", "nip": "199010102019032004", "golongan": "II/c", "unsigned": True},
]
WITNESSES: list[dict[str, Any]] = [
    {"name": "Drs. Benyamin Noach, M.Si.", "position": "Camat Wetar", "nip": "197001011990031010"},
    {"name": "Yermias Leunupun, S.H.", "position": "Ketua Panwaslu Kecamatan Wetar"},
]


@pytest.fixture
def world(ctx: AppContext) -> World:
    return make_world(ctx, PEOPLE, WITNESSES)


def as_dict(value: object) -> dict[str, Any]:
    assert isinstance(value, dict)
    return value
