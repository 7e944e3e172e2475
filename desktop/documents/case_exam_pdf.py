"""The examination documents of a case on the office letterhead (Indonesian): surat panggilan
I/II, Berita Acara Pemeriksaan, Laporan Hasil Pemeriksaan, draft Keputusan Hukuman Disiplin (or
the sanksi moral statement, or the non-ASN contract decision) and the tanda terima.

Pure: the printed content (a plain JSON-able dict, the same one whose hash the document record
seals) plus the letterhead, the signature images and the signed QR text in; PDF bytes out.
Every page carries the QR and its short code in the footer, verifiable like a pact's.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.documents import fonts
from desktop.documents.case_styles import case_styles
from desktop.documents.fonts import SANS, SERIF, SERIF_BOLD, SERIF_ITALIC
from desktop.documents.letterhead import HEAD_SPACE, LEFT, RIGHT, Letterhead, draw_letterhead
from desktop.documents.pact_pdf import PAPERS, qr_png, tanggal
from desktop.domain.nip import format_nip, normalize

FOOT_SPACE = 34 * mm
QR_SIZE = 24 * mm  # as on the pact: 0.5 mm a module for a version-8 code, read by a phone


@dataclass(frozen=True)
class ExamPrint:
    letterhead: Letterhead
    paper: str
    content: dict[str, Any]
    qr_text: str
    short_code: str
    images: dict[str, bytes] = field(default_factory=dict)  # sha256 -> PNG


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14.5)
    return {
        **case_styles(base),
        "just": ParagraphStyle("just", parent=base, alignment=4),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SERIF_BOLD, fontSize=12.5, leading=16, alignment=1
        ),
        "q": ParagraphStyle(
            "q", parent=base, fontName=SERIF_BOLD, leftIndent=14, firstLineIndent=-14
        ),
        "a": ParagraphStyle("a", parent=base, leftIndent=14, spaceAfter=4),
        "center": ParagraphStyle("center", parent=base, alignment=1),
    }


def _p(text: Any, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), style)


def _d(value: Any) -> str:
    if not value:
        return "-"
    if isinstance(value, date):
        return tanggal(value)
    try:
        return tanggal(date.fromisoformat(str(value)[:10]))
    except ValueError:
        return str(value)


def _nip(nip: str | None) -> str:
    """A NIP or NI PPPK as every Netra document writes it (``domain.nip.format_nip``: an NI
    PPPK is ``19960129 2023 2 1 1 010``), "-" when there is none."""
    digits = normalize(nip)
    return format_nip(digits) if digits else "-"


def _end(text: Any) -> str:
    """``text`` closing a sentence: one full stop, also after a name whose last academic
    title already ends with one ("Frans Kainama, A.Md.")."""
    words = str(text or "").rstrip()
    return words if words.endswith(".") else f"{words}."


def _rows(rows: list[tuple[str, Any]], width: float, st: dict[str, ParagraphStyle]) -> Table:
    table = Table(
        [[_p(a, st["body"]), _p(":", st["body"]), _p(b, st["body"])] for a, b in rows],
        colWidths=[42 * mm, 4 * mm, width - 46 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _grid(rows: list[list[Any]], widths: list[float], st: dict[str, ParagraphStyle]) -> Table:
    cells = [
        [c if not isinstance(c, str) else _p(c, st["cellb" if i == 0 else "cell"]) for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _person(who: dict[str, Any]) -> list[tuple[str, Any]]:
    rows = [("Nama", who.get("name") or "-")]
    label = "NIP" if who.get("category") != "PPPK" else "NI PPPK"
    if who.get("nip"):
        rows.append((label, _nip(who.get("nip"))))
    if who.get("golongan"):
        rows.append(
            (
                "Pangkat/golongan",
                " ".join(x for x in (who.get("pangkat"), f"({who['golongan']})") if x),
            )
        )
    rows.append(("Jabatan", who.get("jabatan") or "-"))
    rows.append(("Unit kerja", who.get("unit") or "-"))
    return rows


def _sign_block(
    st: dict[str, ParagraphStyle],
    people: list[dict[str, Any]],
    images: dict[str, bytes],
    place_date: str = "",
) -> list[Any]:
    """Signature cells two a row: role, image (or a blank or the refusal), name and NIP."""
    cells: list[Any] = []
    for who in people:
        inner: list[Any] = [_p(who.get("heading", ""), st["center"])]
        image = images.get(who.get("image_sha256") or "")
        if image:
            img = Image(io.BytesIO(image))
            ratio = img.imageWidth / max(img.imageHeight, 1)
            h = 18 * mm
            img.drawHeight, img.drawWidth = h, min(h * ratio, 70 * mm)
            inner.append(img)
        elif who.get("refused"):
            inner.append(Spacer(1, 4 * mm))
            inner.append(_p(f"MENOLAK MENANDATANGANI: {who.get('reason', '')}", st["small"]))
            inner.append(Spacer(1, 4 * mm))
        else:
            inner.append(Spacer(1, 20 * mm))
        inner.append(_p(who.get("name") or "(...................................)", st["center"]))
        if who.get("nip"):
            inner.append(_p(f"NIP {_nip(who['nip'])}", st["center"]))
        cells.append(inner)
    if len(cells) == 1:
        cells.insert(0, [])  # one signer signs on the right, under the place and date
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[80 * mm, 80 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")])
    )
    block: list[Any] = []
    if place_date:
        block.append(Table([["", _p(place_date, st["center"])]], colWidths=[80 * mm, 80 * mm]))
    block.append(table)
    return [Spacer(1, 8), KeepTogether(block)]


def _codes(items: list[dict[str, Any]]) -> str:
    return "; ".join(f"{c['code']} — {c['act']}" for c in items) or "-"


# ---------------------------------------------------------------------------- documents
def _summons(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    no = c["summons_no"]
    body: list[Any] = [
        _rows(
            [
                ("Nomor", c.get("letter_number") or "......................"),
                ("Sifat", "Rahasia"),
                ("Lampiran", "-"),
                ("Hal", f"Panggilan {'I' if no == 1 else 'II'}"),
            ],
            width,
            st,
        ),
        Spacer(1, 6),
        _p(f"Yth. Sdr. {c['examined']['name']}", st["body"]),
        _p(f"di {c['examined'].get('unit') or c['place']}", st["body"]),
        Spacer(1, 6),
    ]
    if no == 2:
        body.append(
            _p(
                f"Menindaklanjuti panggilan pertama, Saudara tidak hadir pada pemeriksaan tanggal "
                f"{_d(c.get('missed_examination'))}. Untuk itu Saudara dipanggil kembali.",
                st["just"],
            )
        )
    body += [
        _p(
            f"Untuk kepentingan {c['purpose']}, dengan ini diminta kehadiran Saudara:",
            st["just"],
        ),
        Spacer(1, 3),
        _rows(
            [
                ("Hari, tanggal", _d(c["examination"])),
                ("Pukul", c.get("time") or ".............. waktu setempat"),
                ("Tempat", c.get("examination_place") or c["place"]),
                ("Menghadap kepada", c["signer"].get("name") or c["signer"]["heading"]),
            ],
            width,
            st,
        ),
        Spacer(1, 3),
        _p(
            f"untuk diperiksa sehubungan dengan dugaan pelanggaran: {_codes(c['codes'])} "
            f"({c['legal_basis']}).",
            st["just"],
        ),
        Spacer(1, 3),
    ]
    if no == 2:
        body.append(
            _p(
                "Apabila Saudara tidak memenuhi panggilan kedua ini, hukuman disiplin dijatuhkan "
                "berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan "
                "(PP 94/2021).",
                st["just"],
            )
        )
    body.append(_p("Demikian untuk dilaksanakan.", st["body"]))
    body += _sign_block(st, [c["signer"]], pr.images, f"{c['place']}, {_d(c['summons'])}")
    body.append(Spacer(1, 6))
    body.append(
        _p(
            f"Jarak tanggal panggilan dan pemeriksaan: {c['gap_working_days']} hari kerja "
            "(paling lama 7 hari kerja, PP 94/2021; dihitung dengan kalender hari libur).",
            st["small"],
        )
    )
    return body


def _bap(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    mode = "secara virtual" if c["mode"] == "virtual" else "secara tatap muka"
    names = ", ".join(f"{e['name']} ({e['role_label']})" for e in c["examiners"])
    body: list[Any] = [
        _p(
            f"Pada hari ini, {_d(c['held_on'])}, bertempat di {c['place']}, {mode} dan tertutup, "
            f"kami: {names}, telah melakukan pemeriksaan terhadap:",
            st["just"],
        ),
        Spacer(1, 3),
        _rows(_person(c["examined"]), width, st),
        Spacer(1, 3),
        _p(
            f"karena diduga melakukan pelanggaran: {_codes(c['codes'])} ({c['legal_basis']}).",
            st["just"],
        ),
        _p("Tanya jawab", st["h"]),
    ]
    for i, item in enumerate(c["qa"], 1):
        body.append(_p(f"{i}. Pertanyaan: {item['question']}", st["q"]))
        body.append(_p(f"Jawaban: {item['answer'] or '-'}", st["a"]))
    body.append(
        _p(
            "Demikian berita acara pemeriksaan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya. Satu salinan diserahkan kepada pegawai yang diperiksa.",
            st["just"],
        )
    )
    if c.get("refused"):
        body.append(
            _p(
                "Pegawai yang diperiksa menolak menandatangani berita acara ini; penolakan "
                "dicatat dan berita acara tetap sah (PP 94/2021).",
                st["warn"],
            )
        )
    body += _sign_block(st, c["signers"], pr.images, f"{c['place']}, {_d(c['held_on'])}")
    return body


def _lhp(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    rec = c["recommendation"]
    body: list[Any] = [
        _p("I. Identitas pegawai yang diperiksa", st["h"]),
        _rows(_person(c["examined"]), width, st),
        _p("II. Ringkasan pemeriksaan", st["h"]),
        _p(c["summary"] or "-", st["just"]),
        _p("III. Alat bukti", st["h"]),
    ]
    if c["evidence"]:
        rows: list[list[Any]] = [["No", "Berkas", "Ukuran", "SHA-256"]]
        for i, e in enumerate(c["evidence"], 1):
            rows.append(
                [str(i), e["filename"], f"{e['size']:,} bita".replace(",", "."), e["sha256"]]
            )
        body.append(_grid(rows, [9 * mm, 45 * mm, 20 * mm, width - 74 * mm], st))
    else:
        body.append(_p("Tidak ada berkas bukti terlampir.", st["body"]))
    if c.get("bap_sha256"):
        body.append(_p(f"Berita acara pemeriksaan: SHA-256 {c['bap_sha256']}.", st["small"]))
    body += [
        _p("IV. Analisis", st["h"]),
        *[_p(line, st["just"]) for line in (c["analysis"] or "-").split("\n")],
        _p("V. Kesimpulan", st["h"]),
        _p(c["conclusion"], st["just"]),
        Spacer(1, 2),
        _p(f"Pelanggaran yang terbukti: {_codes(c['codes'])}.", st["just"]),
        _p("VI. Rekomendasi dan dasar hukum", st["h"]),
        _rows(
            [
                ("Jalur", c["track_label"]),
                ("Tingkat", rec.get("level") or "-"),
                ("Jenis paling ringan", c.get("minimum_name") or "-"),
                ("Pilihan", c.get("allowed_names") or "-"),
                ("Sanksi moral", rec.get("moral_name") or "-"),
                ("Pejabat berwenang", rec.get("authority") or "-"),
                ("Dasar hukum", "; ".join(c["legal_basis_list"]) or "-"),
                ("Aturan sanksi", f"{c['rulebook']} (SHA-256 {c['rulebook_sha256'][:16]}…)"),
            ],
            width,
            st,
        ),
    ]
    warnings = rec.get("warnings") or []
    if warnings:
        body.append(_p("Perhatian", st["h"]))
        body += [Paragraph(escape(str(w)), st["warn"], bulletText="!") for w in warnings]
    body += _sign_block(st, c["signers"], pr.images, f"{c['place']}, {_d(c['date'])}")
    return body


def _sk(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    body: list[Any] = []
    if c["draft"]:
        body.append(
            _p("DRAF — belum ditetapkan; nomor dan tanggal diisi saat penetapan.", st["warn"])
        )
    body += [
        _p(f"NOMOR {c.get('sk_number') or '..............................'}", st["center"]),
        Spacer(1, 4),
        _p(f"TENTANG {c['about'].upper()}", st["center"]),
        Spacer(1, 6),
        _p(c["official"].upper() + ",", st["center"]),
        Spacer(1, 6),
        _rows(
            [
                ("Menimbang", c["considering"]),
                ("Mengingat", "; ".join(c["legal_basis_list"])),
            ],
            width,
            st,
        ),
        Spacer(1, 4),
        _p("MEMUTUSKAN:", st["center"]),
        _p(f"Menetapkan: {c['about']}.", st["body"]),
        Spacer(1, 3),
    ]
    articles = [
        f"Menjatuhkan {c['sanction_label']} kepada:",
    ]
    body.append(_p(f"KESATU: {articles[0]}", st["just"]))
    body.append(_rows(_person(c["examined"]), width, st))
    body.append(
        _p(
            f"karena terbukti melakukan pelanggaran: {_codes(c['codes'])}.",
            st["just"],
        )
    )
    body.append(_p(f"KEDUA: {c['effective_text']}", st["just"]))
    if c.get("objection_text"):
        body.append(_p(f"KETIGA: {c['objection_text']}", st["just"]))
    if c.get("rulebook_note"):
        body.append(_p(c["rulebook_note"], st["small"]))
    for w in c.get("warnings") or []:
        body.append(Paragraph(escape(str(w)), st["warn"], bulletText="!"))
    body += _sign_block(
        st,
        [{"heading": c["official"] + ",", "name": c.get("decided_by") or ""}],
        pr.images,
        f"Ditetapkan di {c['place']}, {_d(c.get('sk_date')) if c.get('sk_date') else '...................'}",
    )
    return body


def _receipt(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    if c["method"] == "pos":
        text = (
            f"Keputusan Nomor {c['sk_number']} tanggal {_d(c['sk_date'])} tentang {c['about']} "
            f"dikirim kepada yang bersangkutan melalui pos pada {_d(c['delivered'])} dengan "
            f"nomor pengiriman {c['post_number']}, karena yang bersangkutan tidak hadir untuk "
            "menerimanya secara langsung."
        )
    else:
        text = (
            f"Pada {_d(c['delivered'])} telah diterima Keputusan Nomor {c['sk_number']} tanggal "
            f"{_d(c['sk_date'])} tentang {c['about']} oleh {_end(c['receiver'])}"
        )
    body: list[Any] = [
        _p(text, st["just"]),
        Spacer(1, 4),
        _rows(_person(c["examined"]), width, st),
        Spacer(1, 4),
        _rows(
            [
                ("Berlaku mulai", _d(c.get("effective_date"))),
                ("Upaya administratif", c.get("objection_text") or "-"),
            ],
            width,
            st,
        ),
    ]
    people = [
        {"heading": "Yang menyerahkan,", "name": ""},
        {"heading": "Yang menerima,", "name": c["receiver"]}
        if c["method"] != "pos"
        else {"heading": "Petugas pengiriman,", "name": ""},
    ]
    body += _sign_block(st, people, pr.images, f"{c['place']}, {_d(c['delivered'])}")
    return body


def _suspension(pr: ExamPrint, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    c = pr.content
    acting = c["acting_official"]
    level = "pemberhentian" if c["level"] == "ptdh" else "berat"
    source = "rekomendasi mesin aturan" if c["level_source"] == "rekomendasi" else "kode dugaan"
    body: list[Any] = [
        _p("NOMOR ..............................", st["center"]),
        Spacer(1, 6),
        _rows(
            [
                (
                    "Menimbang",
                    f"bahwa untuk kelancaran pemeriksaan atas dugaan pelanggaran: "
                    f"{_codes(c['codes'])}, yang menurut {source} kemungkinan dijatuhi hukuman "
                    f"disiplin {level}, pegawai yang bersangkutan perlu dibebaskan sementara "
                    "dari tugas jabatannya.",
                ),
                ("Mengingat", f"{c['legal_basis']}."),
            ],
            width,
            st,
        ),
        Spacer(1, 4),
        _p("MEMUTUSKAN:", st["center"]),
        _p(
            f"KESATU: Membebaskan sementara dari tugas jabatannya, terhitung mulai "
            f"{_d(c['start'])}:",
            st["just"],
        ),
        _rows(_person(c["examined"]), width, st),
        Spacer(1, 3),
        _p(f"Alasan: {_end(c['reason'])}", st["just"]),
        _p(
            "KEDUA: Selama dibebaskan sementara, tugas jabatan yang bersangkutan dilaksanakan "
            "oleh pejabat pelaksana harian:",
            st["just"],
        ),
        _rows([("Nama", acting["name"]), ("NIP", _nip(acting["nip"]))], width, st),
        Spacer(1, 3),
        _p(
            "KETIGA: Pembebasan sementara ini berlaku sampai ditetapkannya keputusan hukuman "
            "disiplin; yang bersangkutan tetap menerima hak-hak kepegawaiannya.",
            st["just"],
        ),
        _p(c["suspension_basis"], st["small"]),
    ]
    body += _sign_block(st, [c["signer"]], pr.images, f"{c['place']}, {_d(c['start'])}")
    return body


RENDERERS = {
    "summons1": _summons,
    "summons2": _summons,
    "bap": _bap,
    "lhp": _lhp,
    "sk": _sk,
    "receipt": _receipt,
    "suspension": _suspension,
}


def render(pr: ExamPrint) -> bytes:
    c = pr.content
    size = PAPERS.get(pr.paper, PAPERS["a4"])
    width = size[0] - LEFT - RIGHT - 12  # the frame's own 6 pt padding on each side
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=HEAD_SPACE,
        bottomMargin=FOOT_SPACE,
        title=c["title"],
        author=c.get("office_name", ""),
        subject=c["case_number"],
        invariant=1,
    )
    qr = qr_png(pr.qr_text)

    def decorate(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        draw_letterhead(canvas, pr.letterhead, size[0], size[1])
        y = 8 * mm
        canvas.drawImage(ImageReader(io.BytesIO(qr)), LEFT, y, QR_SIZE, QR_SIZE)
        canvas.setFont(SERIF, 7)
        x = LEFT + QR_SIZE + 4 * mm
        canvas.drawString(x, y + QR_SIZE - 8, pr.short_code)
        canvas.setFont(SERIF_ITALIC, 6.8)
        lines = [
            f"{c['title']} — laporan {c['case_number']} — versi {c['version']}.",
            "Dokumen dicetak dari aplikasi Netra; keasliannya dapat diperiksa dengan memindai",
            "kode QR atau mengetik kode di atas pada menu Verifikasi (netra case verify).",
        ]
        for i, line in enumerate(lines):
            canvas.drawString(x, y + QR_SIZE - 18 - i * 8.5, line)
        canvas.setFont(SANS, 7.5)
        canvas.drawRightString(size[0] - RIGHT, y, f"hal. {canvas.getPageNumber()}")
        canvas.restoreState()

    st = _styles()
    story: list[Any] = [_p(c["title"].upper(), st["title"])]
    if c.get("subtitle"):
        story.append(_p(c["subtitle"], st["sub"]))
    else:
        story.append(Spacer(1, 8))
    story += RENDERERS[c["kind"]](pr, st, width)
    pdf.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
