"""Demo violation reports for ``netra demo``: a handful of realistic cases at every stage,
reported against demo staff (runs after the roster contributor). Dates are relative to today
so deadlines and overdue flags look as they would in a live office."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import func, select

from desktop.services import cases
from desktop.services.cases import documents as case_documents
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import Actor, AppContext
from desktop.store.models import CaseFile, Employee

OPERATOR = Actor("operator", "operator")
VERIFIER = Actor("verifikator", "verifier")
ADMIN = Actor("admin", "admin")


def _screenshot(title: str, lines: list[str]) -> bytes:
    """A small PNG standing in for a screenshot sent by a reporter."""
    img = Image.new("RGB", (640, 400), (240, 242, 245))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, 640, 48), fill=(59, 89, 152))
    draw.text((16, 16), title, fill=(255, 255, 255))
    draw.rectangle((24, 70, 616, 370), fill=(255, 255, 255), outline=(200, 200, 200))
    for i, line in enumerate(lines):
        draw.text((40, 90 + 22 * i), line, fill=(30, 30, 30))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def _pick(ctx: AppContext, rng: random.Random, category: str, taken: set[str]) -> str | None:
    with ctx.read() as session:
        ids = sorted(
            session.scalars(
                select(Employee.id).where(
                    Employee.category == category,
                    Employee.deleted_at.is_(None),
                    Employee.active.is_(True),
                )
            )
        )
    free = [i for i in ids if i not in taken]
    if not free:
        return None
    chosen = rng.choice(free)
    taken.add(chosen)
    return chosen


def _new(
    ctx: AppContext,
    employee_id: str | None,
    received: date,
    codes: list[str],
    source: str,
    description: str,
    place: str,
    **kw: Any,
) -> str:
    shot = _screenshot(f"Laporan {source}", [description[:70], description[70:140], place])
    with ctx.acting_as(OPERATOR):
        case = cases.new_case(
            ctx,
            cases.Intake(
                source=source,
                received=received,
                description=description,
                employee_id=employee_id,
                act_place=place,
                act_date=received - timedelta(days=2),
                alleged_codes=codes,
                **kw,
            ),
            files=[("tangkapan-layar.png", shot)],
        )
    return case.case_id


def _checks(
    ctx: AppContext, ref: str, proven: list[str], upto: str = "validasi", recommend: bool = False
) -> None:
    """The verifier's steps, up to ``upto``; then (``recommend``) the recommendation."""
    with ctx.acting_as(VERIFIER):
        cases.advance(ctx, ref, "pengecekan", "Identitas terlapor dan bukti awal lengkap.")
        if upto == "pengecekan":
            return
        cases.advance(ctx, ref, "verifikasi", "Diteruskan ke Satgas untuk verifikasi.")
        if upto == "verifikasi":
            return
        cases.advance(
            ctx,
            ref,
            "validasi",
            "Bukti cocok dengan akun terlapor; klarifikasi tertulis diterima.",
            proven,
        )
        if recommend:
            case_sanctions.recommend(ctx, ref)


def demo_cases(ctx: AppContext, rng: random.Random, employees: int) -> dict[str, Any]:
    with ctx.read() as session:
        existing = session.scalar(select(func.count(CaseFile.id))) or 0
    if existing:
        return {"laporan pelanggaran": f"{existing} (sudah ada)"}
    today = date.today()
    taken: set[str] = set()
    made = 0
    pns = _pick(ctx, rng, "PNS", taken)
    if pns:  # ethics only, decided and closed
        ref = _new(
            ctx,
            pns,
            today - timedelta(days=60),
            ["E2"],
            "media_sosial",
            "Mengunggah ulang ajakan memilih pasangan calon bupati di akun Facebook "
            "pribadi selama masa kampanye.",
            "Facebook",
            reporter_name="Warga Moa",
        )
        _checks(ctx, ref, ["E2"], recommend=True)
        with ctx.acting_as(ADMIN):
            case_sanctions.decide(
                ctx,
                ref,
                "moral_tertutup",
                "800.1.6.4/031/BKPSDM/2024",
                today - timedelta(days=40),
                decided_by="Bupati Maluku Barat Daya",
            )
            cases.advance(
                ctx,
                ref,
                "tindak_lanjut",
                "Pernyataan tertutup disampaikan.",
                delivered=today - timedelta(days=37),
            )
            cases.advance(ctx, ref, "selesai", "Dicatat di SIASN.")
        made += 1
    repeat = _pick(ctx, rng, "PNS", taken)
    if repeat:  # an earlier sedang sanction, then a repeat awaiting the decision
        ref = _new(
            ctx,
            repeat,
            today - timedelta(days=120),
            ["D3"],
            "bawaslu",
            "Mendaftar sebagai bakal calon anggota legislatif ke partai politik "
            "tanpa cuti di luar tanggungan negara.",
            "Tiakur",
            reporter_name="Bawaslu Kabupaten Maluku Barat Daya",
        )
        _checks(ctx, ref, ["D3"], recommend=True)
        with ctx.acting_as(ADMIN):
            case_sanctions.decide(
                ctx,
                ref,
                "5",
                "800.1.6.4/019/BKPSDM/2024",
                today - timedelta(days=95),
                decided_by="Bupati Maluku Barat Daya",
                delivered=today - timedelta(days=92),
            )
            cases.advance(ctx, ref, "tindak_lanjut", "SK diterima terlapor.")
            cases.advance(ctx, ref, "selesai", "Tidak ada keberatan.")
        ref = _new(
            ctx,
            repeat,
            today - timedelta(days=20),
            ["D13"],
            "internal",
            "Berkampanye dengan seragam dinas PNS pada pertemuan warga.",
            "Desa Wakarleli",
            reporter_name="Tim Pemantau Kecamatan",
        )
        _checks(ctx, ref, ["D13"], recommend=True)
        made += 2
    berat = _pick(ctx, rng, "PNS", taken)
    if berat:  # berat, decided, delivery still to be recorded
        ref = _new(
            ctx,
            berat,
            today - timedelta(days=40),
            ["D7", "E5"],
            "bawaslu",
            "Foto bersama calon bupati dengan simbol jari pasangan calon diunggah "
            "ke grup WhatsApp warga.",
            "Kaiwatu",
            reporter_name="Panwaslu Kecamatan Moa Lakor",
        )
        _checks(ctx, ref, ["D7", "E5"], recommend=True)
        with ctx.acting_as(ADMIN):
            case_sanctions.decide(
                ctx,
                ref,
                "7",
                "800.1.6.4/044/BKPSDM/2024",
                today - timedelta(days=5),
                decided_by="Bupati Maluku Barat Daya",
            )
        made += 1
    pppk = _pick(ctx, rng, "PPPK", taken)
    if pppk:
        ref = _new(
            ctx,
            pppk,
            today - timedelta(days=4),
            ["D4"],
            "masyarakat",
            "Hadir dan ikut berorasi pada kampanye terbuka pasangan calon.",
            "Lapangan Tiakur",
            reporter_name="Yosua Letelay",
            reporter_contact="0813-4400-7788",
        )
        _checks(ctx, ref, ["D4"], upto="verifikasi")
        made += 1
    non_asn = _pick(ctx, rng, "NON_ASN", taken)
    if non_asn:  # overdue: the verification deadline has passed
        ref = _new(
            ctx,
            non_asn,
            today - timedelta(days=15),
            ["D2"],
            "masyarakat",
            "Membagikan materi kampanye pasangan calon di status WhatsApp.",
            "WhatsApp",
            anonymous=True,
            reporter_contact="0852-0000-1111",
        )
        _checks(ctx, ref, ["D2"], upto="pengecekan")
        made += 1
    ref = _new(
        ctx,
        None,
        today - timedelta(days=1),
        ["D1"],
        "masyarakat",
        "Oknum guru diduga memasang spanduk calon di pagar sekolah.",
        "Desa Klis",
        reporter_name="Orang tua murid",
        reported_name="Guru SD (nama belum jelas)",
        reported_unit="SD Negeri Klis",
    )
    made += 1
    with ctx.read() as session:
        total = session.scalar(select(func.count(CaseFile.id))) or 0
    return {"laporan pelanggaran": total, "laporan contoh dibuat": made}


def selftest_step(ctx: AppContext, tmp: Any) -> str:
    """Self-test: the demo cases exist, a recommendation re-runs, both PDFs render."""
    with ctx.acting_as(ADMIN):
        return _selftest(ctx)


def _selftest(ctx: AppContext) -> str:
    listed = cases.list_cases(ctx)
    if not listed:
        raise RuntimeError("tidak ada laporan contoh")
    waiting = [c for c in listed if c["state"] == "rekomendasi"]
    if waiting:
        rec = case_sanctions.recommend(ctx, waiting[0]["id"])
        if not rec.rulebook_sha256:
            raise RuntimeError("rekomendasi tanpa hash aturan")
    ref = (waiting or listed)[0]["id"]
    size = len(case_documents.render(ctx, ref, "summary"))
    if waiting:
        size += len(case_documents.render(ctx, ref, "recommendation"))
    return f"{len(listed)} laporan, rekomendasi dan PDF ({size:,} bita) dibuat"
