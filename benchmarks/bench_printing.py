"""Printing 1,000 signed pacts into one PDF.

- ``printing.batch1000``: ``services.printing.build`` for 1,000 signed records (gathering from
  the database, signing 1,000 QR payloads, rendering); baseline a bare ReportLab script in the
  same run drawing the same content the fast way (static parts as one form XObject, the QR
  as a segno PNG, the same signature images, the same fonts). Target ratio <= 1.5.
- ``printing.size_per_page``: average bytes per page of that PDF. Target <= 60 KB.

Signature images are distinct 600x200 transparent PNG scribbles (about the size of the
signing module's rendered ink), so no two pages share an image. Runnable alone: ``python -m benchmarks.bench_printing``.
"""

from __future__ import annotations

import io
import json
import os
import random
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from benchmarks.common import office_dir, open_office, scenario

PACTS = int(os.environ.get("NETRA_BENCH_PACTS", "1000"))
TARGET_RATIO = 1.5
TARGET_KB = 60.0


def _signature_png(rng: random.Random) -> bytes:
    """A distinct transparent scribble of the size the signing renderer produces."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for _ in range(3):
        draw.line(
            [(20 + i * 30, rng.randint(30, 170)) for i in range(19)],
            fill=(16, 24, 64, 255),
            width=4,
            joint="curve",
        )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def populate(ctx: Any, n: int = PACTS) -> list[bytes]:
    """One unit, one event, ``n`` signed records with distinct signature images."""
    from sqlalchemy import select

    from desktop.services.office import store_blob
    from desktop.store.models import PactTemplate
    from tests import builders

    rng = random.Random(5)
    images = [_signature_png(rng) for _ in range(n)]
    start = datetime(2024, 9, 30, 0, 0, tzinfo=UTC)
    with ctx.tx() as session:
        tpl = session.scalars(select(PactTemplate).where(PactTemplate.audience == "asn")).first()
        assert tpl is not None, "office setup seeds the pact templates"
        unit = builders.add_unit(ctx, session, "B.01", "Kantor Camat")
        election = builders.add_election(ctx, session, "Pilkada 2024", date(2024, 11, 27))
        session.flush()
        event = builders.add_event(
            ctx,
            session,
            election,
            tpl,
            name="Apel Netralitas",
            event_date=date(2024, 9, 30),
            place="Tiakur",
            unit_codes=["B.01"],
            witnesses=[{"name": "Drs. Camat, M.Si.", "position": "Camat"}],
        )
        session.flush()
        for i in range(n):
            emp = builders.add_employee(
                ctx,
                session,
                f"Pegawai Nomor {i:04d}, S.Sos.",
                unit.id,
                nip=f"19{70 + i % 30:02d}0101200{i % 10}01{i % 2 + 1}{i % 1000:03d}",
                golongan="III/a",
                jabatan="Analis Kebijakan Ahli Pertama",
                name_key=f"pegawai {i:04d}",
            )
            session.flush()
            builders.add_signature(
                ctx,
                session,
                event,
                tpl,
                emp.id,
                builders.pact_identity(emp, unit),
                image_sha256=store_blob(session, images[i], "image/png"),
                created_at=start + timedelta(seconds=20 * i),
            )
    return images


def bare_reportlab(images: list[bytes], qr_texts: list[str], paper: str = "a4") -> bytes:
    """The reference: the same content drawn the fast way with no Netra code in the loop."""
    import segno
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents import fonts
    from desktop.documents.pact_pdf import PAPERS

    fonts.register()
    w, h = PAPERS[paper]
    out = io.BytesIO()
    c = Canvas(
        out,
        pagesize=(w, h),
        pageCompression=1,
        invariant=1,
        initialFontName=fonts.SERIF,
        initialFontSize=11,
    )
    c.beginForm("static")
    c.setFont(fonts.SERIF_BOLD, 13)
    for k, line in enumerate(("PEMERINTAH KABUPATEN MALUKU BARAT DAYA", "KECAMATAN MOA LAKOR")):
        c.drawCentredString(w / 2, h - 20 * mm - k * 16, line)
    c.setLineWidth(2)
    c.line(25 * mm, h - 40 * mm, w - 20 * mm, h - 40 * mm)
    c.setFont(fonts.SERIF, 11)
    for k in range(40):  # the template body: about 40 lines of text
        c.drawString(
            25 * mm,
            h - 100 * mm - k * 15,
            "Menjaga dan menegakkan prinsip "
            "netralitas Pegawai ASN dalam melaksanakan fungsi pelayanan publik.",
        )
    c.endForm()
    for i, png in enumerate(images):
        c.doForm("static")
        c.setFont(fonts.SERIF, 11)
        for k, text in enumerate(
            (
                f"Pegawai Nomor {i:04d}, S.Sos.",
                "19700101 200001 1 001",
                "Penata Muda (III/a)",
                "Analis Kebijakan Ahli Pertama",
                "Kantor Camat",
            )
        ):
            c.drawString(76 * mm, h - 60 * mm - k * 15, text)
        c.drawString(125 * mm, 90 * mm, "Tiakur, 30 September 2024")
        c.drawImage(
            ImageReader(io.BytesIO(png)),
            125 * mm,
            60 * mm,
            55 * mm,
            18 * mm,
            mask="auto",
            preserveAspectRatio=True,
        )
        c.drawString(125 * mm, 52 * mm, f"Pegawai Nomor {i:04d}, S.Sos.")
        qr = io.BytesIO()
        segno.make(qr_texts[i], error="m", micro=False, mask=4).save(
            qr, kind="png", scale=4, border=0
        )
        c.drawImage(ImageReader(qr), 25 * mm, 16 * mm, 24 * mm, 24 * mm)
        c.showPage()
    c.save()
    return out.getvalue()


def bench_printing() -> list[dict[str, Any]]:
    from desktop.services import printing

    with office_dir() as data, open_office(data) as ctx:
        images = populate(ctx, PACTS)
        started = time.perf_counter()
        pdf, result = printing.build(ctx, printing.Selection(everything=True), paper="a4")
        ours = time.perf_counter() - started
        with ctx.read() as session:
            builder = printing.PageBuilder(ctx, session)
            data_items = printing.gather(session, printing.Selection(everything=True)).items
            qr_texts = [builder.qr(i.record, i.who)[0] for i in data_items]
        started = time.perf_counter()
        base_pdf = bare_reportlab(images, qr_texts)
        base = time.perf_counter() - started
    kb = len(pdf) / 1024 / result.pages
    return [
        scenario(
            "printing.batch1000",
            round(ours, 2),
            "s",
            round(base, 2),
            target_ratio=TARGET_RATIO,
            pages=result.pages,
            pages_per_s=round(result.pages / ours, 1),
            baseline_pages_per_s=round(PACTS / base, 1),
        ),
        scenario(
            "printing.size_per_page",
            round(kb, 1),
            "KB",
            round(len(base_pdf) / 1024 / PACTS, 1),
            target=TARGET_KB,
            total_mib=round(len(pdf) / 2**20, 2),
        ),
    ]


if __name__ == "__main__":
    for line in bench_printing():
        print(json.dumps(line, ensure_ascii=False))
