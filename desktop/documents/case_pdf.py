"""Case documents on the office letterhead: the case summary (with its timeline) and the
recommendation as a *nota dinas* whose explanation a non-lawyer can follow.

Pure: plain data in (the case's read model, :class:`desktop.domain.case_view.CaseDetail`),
PDF bytes out. The
reporter's contact is never printed, even when it is present in the data handed in. The
kop surat is drawn by ``letterhead.draw_letterhead`` (the one every PDF uses).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import fonts, pdf_meta
from desktop.documents.case_styles import case_styles
from desktop.documents.fonts import SANS, SERIF, SERIF_BOLD
from desktop.documents.letterhead import HEAD_SPACE, LEFT, RIGHT, Letterhead, draw_letterhead
from desktop.documents.pact_pdf import PAPERS, tanggal
from desktop.domain.case_view import CaseDetail
from desktop.domain.explanation import explanation_lines
from desktop.domain.office import TIMEZONES

BOTTOM = 18 * mm

SOURCE_ID = {
    "masyarakat": "Masyarakat",
    "bawaslu": "Bawaslu",
    "bkn": "BKN",
    "internal": "Pemantauan internal",
    "media_sosial": "Media sosial",
}
TRACK_ID = {
    "discipline": "Hukuman disiplin (PP 94/2021)",
    "ethics": "Kode etik — sanksi moral (PP 42/2004)",
    "contract": "Perjanjian kerja / surat edaran daerah (bukan ASN)",
}
LEVEL_ID = {
    "sedang": "sedang",
    "berat": "berat",
    "ptdh": "pemberhentian tidak dengan hormat",
    "moral": "sanksi moral",
    None: "-",
}


@dataclass(frozen=True)
class CaseDocument:
    letterhead: Letterhead
    paper: str  # a4 | f4
    place: str  # printed before the date
    office_name: str
    case: CaseDetail  # cases.show() output
    printed_on: date
    violations: dict[str, str]  # code -> act, from the rulebook
    type_names: dict[str, str]  # sanction type key -> Indonesian name


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14)
    return {
        **case_styles(base),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=SERIF_BOLD,
            fontSize=13,
            leading=17,
            alignment=1,
            spaceAfter=2,
        ),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)), style)


def _d(value: Any, zone: str | None = None) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, datetime):
        if zone:
            value = value.astimezone(ZoneInfo(zone))
            return f"{tanggal(value.date())} {value:%H:%M} {TIMEZONES.get(zone, zone)}"
        return f"{tanggal(value.date())} {value:%H:%M} UTC"
    if isinstance(value, date):
        return tanggal(value)
    try:
        return tanggal(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _grid(
    rows: list[list[Any]], widths: list[float], st: dict[str, ParagraphStyle], header: bool = False
) -> Table:
    cells = [
        [
            c if isinstance(c, Flowable) else _p(c, st["cellb" if header and i == 0 else "cell"])
            for c in row
        ]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
    table.setStyle(TableStyle(style))
    return table


def _codes(codes: Iterable[str], acts: dict[str, str]) -> str:
    return "; ".join(f"{c} — {acts.get(c, '')}".rstrip(" —") for c in codes) or "-"


def _identity(doc: CaseDocument, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = doc.case
    emp = c.employee
    reporter = "Anonim (identitas dirahasiakan)" if c.anonymous else c.reporter_name
    nip = (emp.nip if emp else None) or "-"
    category = (emp.category if emp else None) or "belum ditautkan"
    jabatan = (emp.jabatan if emp else None) or "-"
    rows = [
        ["Nomor laporan", c.number],
        ["Tahap saat ini", c.state_label],
        ["Sumber laporan", SOURCE_ID.get(c.source, c.source)],
        ["Pelapor", reporter or "-"],
        ["Tanggal diterima", _d(c.received)],
        ["Terlapor", c.reported_name or "-"],
        ["NIP / status", f"{nip} / {category}"],
        ["Jabatan / unit kerja", f"{jabatan} / {c.reported_unit or '-'}"],
        ["Tempat dan tanggal kejadian", f"{c.act_place or '-'}, {_d(c.act_date)}"],
        ["Uraian", c.description or "-"],
        ["Dugaan pelanggaran", _codes(c.alleged_codes, doc.violations)],
        ["Terbukti", _codes(c.proven_codes, doc.violations)],
    ]
    return [_grid(rows, [45 * mm, width - 45 * mm], st)]


def _timeline(doc: CaseDocument, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    rows: list[list[Any]] = [["Waktu", "Tahap", "Oleh", "Catatan"]]
    for s in doc.case.timeline:
        note = s.note or "-"
        if s.proven_codes:
            note += f" (terbukti: {', '.join(s.proven_codes)})"
        rows.append([_d(s.at, doc.case.timezone), s.to_label, s.actor, note])
    return [
        _p("Riwayat penanganan", st["h"]),
        _grid(rows, [38 * mm, 27 * mm, 25 * mm, width - 90 * mm], st, header=True),
    ]


def _evidence(doc: CaseDocument, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    items = doc.case.evidence
    if not items:
        return [_p("Berkas bukti", st["h"]), _p("Tidak ada berkas bukti.", st["body"])]
    rows: list[list[Any]] = [["Berkas", "Jenis", "Ukuran", "SHA-256"]]
    for e in items:
        rows.append([e.filename, e.mime, f"{e.size:,} bita".replace(",", "."), e.sha256])
    return [
        _p("Berkas bukti", st["h"]),
        _grid(rows, [45 * mm, 25 * mm, 20 * mm, width - 90 * mm], st, header=True),
    ]


def _decision(doc: CaseDocument, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    d = doc.case.decision
    if d is None:
        return []
    rows = [
        ["Jenis hukuman", d.sanction_label],
        ["Sanksi moral", _moral_name(doc, d.moral)],
        ["Nomor / tanggal SK", f"{d.sk_number} / {_d(d.sk_date)}"],
        ["Diputuskan oleh", d.decided_by],
        ["Disampaikan", _d(d.delivered_date)],
        [
            "Berlaku",
            f"{_d(d.effective_date)}" + (f" sampai {_d(d.end_date)}" if d.end_date else ""),
        ],
    ]
    if d.justification:
        rows.append(["Alasan di luar rekomendasi", d.justification])
    return [_p("Keputusan", st["h"]), _grid(rows, [45 * mm, width - 45 * mm], st)]


# ---------------------------------------------------------------------------- recommendation
def _type_name(doc: CaseDocument, key: Any) -> str:
    if key is None:
        return "-"
    return doc.type_names.get(str(key), str(key))


def _moral_name(doc: CaseDocument, moral: str | None) -> str:
    """``tertutup`` / ``terbuka`` by the rulebook's name of that moral sanction."""
    return _type_name(doc, f"moral_{moral}") if moral else "-"


def _recommendation(doc: CaseDocument, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    rec = doc.case.recommendation
    if rec is None:
        return [_p("Rekomendasi belum dibuat.", st["body"])]
    allowed = ", ".join(_type_name(doc, t) for t in rec.allowed_types) or "-"
    rows: list[list[Any]] = [
        ["Jalur", TRACK_ID.get(rec.track or "", rec.track)],
        ["Tingkat", LEVEL_ID.get(rec.level, rec.level)],
        ["Jenis paling ringan", _type_name(doc, rec.minimum_type)],
        ["Pilihan yang diperbolehkan", allowed],
        ["Sanksi moral", _moral_name(doc, rec.moral)],
    ]
    if rec.reference_level:
        rows.append(
            [
                "Setara bagi PNS (informasi)",
                LEVEL_ID.get(rec.reference_level, rec.reference_level),
            ]
        )
    rows += [
        ["Pejabat berwenang", rec.authority or "-"],
        ["Proses", rec.process or "-"],
    ]
    flow: list[Any] = [_p("Rekomendasi", st["h"]), _grid(rows, [50 * mm, width - 50 * mm], st)]
    flow.append(_p("Penjelasan langkah demi langkah", st["h"]))
    for line in explanation_lines(rec.output):
        flow.append(Paragraph(escape(line), st["bullet"], bulletText="•"))
    warnings = rec.warnings
    if warnings:
        flow.append(_p("Perhatian", st["h"]))
        flow += [Paragraph(escape(str(w)), st["warn"], bulletText="!") for w in warnings]
    flow.append(Spacer(1, 4))
    flow.append(
        _p(
            f"Aturan sanksi: {rec.rulebook} (SHA-256 {rec.rulebook_sha256}). "
            f"Dibuat {_d(rec.created_at, doc.case.timezone)} oleh {rec.actor}.",
            st["small"],
        )
    )
    return flow


# ---------------------------------------------------------------------------- rendering
def _now(zone: str | None) -> datetime:
    """Now in the office's zone (the PDF's creation date), or in the machine's."""
    now = datetime.now(UTC)
    try:
        return now.astimezone(ZoneInfo(zone)) if zone else now.astimezone()
    except (ValueError, KeyError):
        return now.astimezone()


def _build(doc: CaseDocument, title: str, subtitle: str, body: list[Any]) -> bytes:
    buf = io.BytesIO()
    size = PAPERS.get(doc.paper, PAPERS["a4"])
    pdf = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=HEAD_SPACE,
        bottomMargin=BOTTOM,
        title=title,
        author=doc.office_name,
        subject=doc.case.number,
    )

    meta = pdf_meta.PdfMeta(
        title, doc.office_name, f"{title} {doc.case.number}", _now(doc.case.timezone)
    )

    def decorate(canvas: Canvas, _doc: Any) -> None:
        pdf_meta.apply(canvas, meta)  # title, the office as author, the real date, "Netra x.y"
        canvas.saveState()
        draw_letterhead(canvas, doc.letterhead, size[0], size[1])
        canvas.setFont(SANS, 7.5)
        canvas.drawString(
            LEFT,
            BOTTOM - 8 * mm,
            f"{title} — {doc.case.number} — dicetak {tanggal(doc.printed_on)}",
        )
        canvas.drawRightString(size[0] - RIGHT, BOTTOM - 8 * mm, f"hal. {canvas.getPageNumber()}")
        canvas.restoreState()

    st = _styles()
    story: list[Any] = [_p(title.upper(), st["title"]), _p(subtitle, st["sub"]), *body]
    pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()


def _signature(doc: CaseDocument, st: dict[str, ParagraphStyle], role: str) -> list[Any]:
    lines = [
        _p(f"{doc.place}, {tanggal(doc.printed_on)}", st["body"]),
        _p(role, st["body"]),
        Spacer(1, 22 * mm),
        _p("(.......................................)", st["body"]),
    ]
    inner = Table([[line] for line in lines], colWidths=[80 * mm])
    inner.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    outer = Table([["", inner]], colWidths=[80 * mm, 80 * mm])
    return [Spacer(1, 10), KeepTogether([outer])]


def render_summary(doc: CaseDocument) -> bytes:
    """Ringkasan laporan: identity, timeline, evidence, recommendation and decision."""
    size = PAPERS.get(doc.paper, PAPERS["a4"])
    width = size[0] - LEFT - RIGHT
    st = _styles()
    body: list[Any] = [
        *_identity(doc, st, width),
        *_timeline(doc, st, width),
        *_evidence(doc, st, width),
    ]
    if doc.case.recommendation is not None:
        body += _recommendation(doc, st, width)
    body += _decision(doc, st, width)
    body += _signature(doc, st, "Petugas Satgas Netralitas ASN,")
    return _build(
        doc,
        "Ringkasan Laporan Dugaan Pelanggaran Netralitas ASN",
        f"Nomor {doc.case.number}",
        body,
    )


def _source_phrase(source: str) -> str:
    label = SOURCE_ID.get(source, source)
    return label.lower() if source in ("masyarakat", "internal", "media_sosial") else label


def render_recommendation(doc: CaseDocument) -> bytes:
    """Nota dinas: the recommendation with its reasons, for the competent official."""
    size = PAPERS.get(doc.paper, PAPERS["a4"])
    width = size[0] - LEFT - RIGHT
    st = _styles()
    c = doc.case
    rec = c.recommendation
    head = [
        ["Kepada", "Yth. Pejabat Pembina Kepegawaian / Pejabat yang Berwenang Menghukum"],
        ["Dari", f"Satgas Netralitas ASN {doc.office_name}"],
        ["Tanggal", tanggal(doc.printed_on)],
        [
            "Perihal",
            f"Rekomendasi sanksi atas laporan {c.number} a.n. {c.reported_name or '-'}",
        ],
    ]
    intro = (
        f"Menindaklanjuti laporan dugaan pelanggaran netralitas ASN yang diterima pada "
        f"{_d(c.received)} dari {_source_phrase(c.source)}, "
        f"setelah pengecekan, verifikasi dan validasi, perbuatan berikut dinyatakan "
        f"terbukti: {_codes(c.proven_codes, doc.violations)}. Berdasarkan aturan sanksi "
        f"yang berlaku, kami sampaikan rekomendasi sebagai berikut."
    )
    table = Table(
        [[_p(a, st["cellb"]), _p(b, st["cell"])] for a, b in head],
        colWidths=[25 * mm, width - 25 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        )
    )
    body: list[Any] = [table, Spacer(1, 6), _p(intro, st["body"]), *_recommendation(doc, st, width)]
    if rec is not None and rec.track == "discipline" and rec.minimum_type not in (None, "ptdh"):
        body.append(
            _p(
                "Pejabat yang berwenang memilih satu jenis hukuman dari pilihan di atas. "
                "Jenis di luar pilihan tersebut hanya dapat dijatuhkan dengan alasan "
                "tertulis.",
                st["body"],
            )
        )
    body += _signature(doc, st, "Ketua Satgas Netralitas ASN,")
    return _build(doc, "Nota Dinas", f"Rekomendasi Sanksi — Laporan {c.number}", body)
