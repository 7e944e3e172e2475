"""Demo signing data for ``netra demo``: Pilkada Serentak 2024 and the Moa Lakor apel.

Runs after the roster demo. Most employees have signed with procedurally generated,
handwriting-like strokes (a different hand for each person), two refused with a reason,
and a few were absent (not yet signed), so every screen has something to show.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.documents.signature_image import render_png
from desktop.domain import handwriting, strokes
from desktop.domain.canonical import sha256_hex
from desktop.services import signing
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from desktop.store.models import Election, Employee

ELECTION = "Pilkada Serentak 2024"
REFUSALS = (
    "Menyatakan keberatan secara lisan dan tidak bersedia menandatangani di tempat.",
    "Menolak menandatangani karena merasa sudah menandatangani pakta di tingkat kabupaten.",
)


def _camat(ctx: AppContext) -> tuple[str, str]:
    with ctx.read() as session:
        row = session.execute(
            select(Employee.name, Employee.nip).where(
                Employee.jabatan == "Camat", Employee.deleted_at.is_(None)
            )
        ).first()
    return (row[0], row[1] or "") if row else ("Camat Moa Lakor", "")


def demo_signing(ctx: AppContext, rng: random.Random, employees: int) -> dict[str, Any]:
    with ctx.read() as session:
        exists = session.scalar(
            select(Election.id).where(Election.name == ELECTION, Election.deleted_at.is_(None))
        )
    if exists is not None:
        return {"penandatanganan": "sudah ada (tidak diubah)"}
    election = signing_setup.add_election(ctx, ELECTION, date(2024, 11, 27), "pilkada")
    camat, camat_nip = _camat(ctx)
    with ctx.read() as session:
        office_name = ctx.office(session).name
    area = office_name.removeprefix("Kecamatan ").strip() or office_name
    event = signing_setup.create_event(
        ctx,
        name=f"Apel Netralitas ASN {office_name}",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place="Tiakur",
        unit_codes=[],
        witnesses=[
            {"name": camat, "position": f"Camat {area}", "nip": camat_nip},
            {
                "name": "Yopi Kakisina, S.H.",
                "position": f"Ketua Panwaslu Kecamatan {area}",
                "nip": "",
            },
        ],
    )
    people = signing.people(ctx, event.id)
    order = list(people)
    rng.shuffle(order)
    refusers = {p.employee_id for p in order[:2]} if len(order) >= 10 else set()
    absent = {p.employee_id for p in order[2 : 2 + max(1, len(order) // 12)]}
    signed = refused = 0
    for person in people:  # in roster order: heads of unit sign first, as in the field
        if person.employee_id in refusers:
            signing.refuse(ctx, event.id, person.employee_id, REFUSALS[refused % 2])
            refused += 1
        elif person.employee_id not in absent:
            hand = random.Random(rng.randrange(1 << 30))
            signing.sign(
                ctx,
                event.id,
                person.employee_id,
                handwriting.signature(hand, hz=rng.choice((120, 200, 500))),
            )
            signed += 1
    return {
        "penandatanganan": f"{event.name}: {signed} tanda tangan, {refused} menolak, "
        f"{len(people) - signed - refused} belum"
    }


def selftest_step(ctx: AppContext, _tmp: object) -> str:
    """Self-test: sign one pact in the temporary office and check its evidence."""
    election = signing_setup.add_election(ctx, "Uji mandiri", date.today(), "pilkada")
    event = signing_setup.create_event(
        ctx,
        name="Uji mandiri penandatanganan",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date.today(),
        place="Uji",
    )
    person = signing.people(ctx, event.id)[0]
    data = handwriting.signature(random.Random(7))
    result = signing.sign(ctx, event.id, person.employee_id, data)
    png = render_png(strokes.parse(data))
    if sha256_hex(png) != result.image_sha256:
        raise RuntimeError("gambar tanda tangan tidak deterministik")
    return f"pakta ditandatangani ({result.id[:8]}, gambar {len(png):,} bita)"
