"""Daftar penandatanganan: the recap sheet an office sends to the kabupaten.

A table of those who signed (name, NIP, unit, time in the office's zone, a small signature
thumbnail), page numbers ("Halaman 2 dari 5") and totals, then the list of those who have
not signed or refused, and the sign-off (place, date, the head of the office). The heading
names the apel's date and place and the election. Pure: data in, PDF bytes out.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import fonts, pdf_meta
from desktop.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, wrap
from desktop.documents.letterhead import LEFT, RIGHT, TOP, Letterhead, draw_letterhead
from desktop.documents.pact_pdf import BOTTOM, PAPERS, wrap_name, wrap_number
from desktop.documents.pdf_meta import PdfMeta

SIZE = 8.5
LEAD = 10.5
THUMB_W, THUMB_H = 26 * mm, 9 * mm
TOTAL_FORM = "recap-total-pages"


@dataclass(frozen=True)
class Row:
    name: str
    nip: str
    unit: str
    time: str  # already in the office zone, e.g. "30-09-2024 09.14"
    signature_png: bytes | None = None


@dataclass(frozen=True)
class Missing:
    name: str
    nip: str
    unit: str
    refused: bool = False
    reason: str = ""


@dataclass(frozen=True)
class SignOff:
    place: str
    date_text: str  # "30 September 2024"
    title: str  # "Camat Wetar"
    name: str = ""  # blank: a dotted line to write the name on
    nip: str = ""


@dataclass(frozen=True)
class RecapInfo:
    title: str  # the event name or the selection
    office: str
    zone: str  # WIT / WITA / WIB
    printed: str
    event_line: str = ""  # "Apel: 30 September 2024, Ilwaki"
    election_line: str = ""  # "Pemilihan: Pilkada Serentak 2024 (pemungutan suara ...)"
    sign_off: SignOff | None = None  # place, date and the head of office under the lists
    meta: PdfMeta | None = None  # the PDF's document information (default: title, office)


def thumbnail(png: bytes, width: int = 240) -> io.BytesIO:
    """A small grey copy of a signature image on white (about 230 dpi at the printed size),
    so a recap of a whole office stays small."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as original:
        original.load()
        image: Image.Image = original
        if image.width > width:
            image = image.resize(
                (width, max(1, round(image.height * width / image.width))), Image.Resampling.LANCZOS
            )
        flat = Image.new("RGBA", image.size, (255, 255, 255, 255))
        flat.alpha_composite(image.convert("RGBA"))
        out = io.BytesIO()
        flat.convert("L").save(out, "PNG", optimize=True)  # grey on white: no alpha mask
    out.seek(0)
    return out


# Names wrap at the spaces of the name (titles kept with it), numbers never inside.
_WRAPS = {"Nama": wrap_name, "NIP / NIK": wrap_number}


class _Sheet:
    heading = "DAFTAR PENANDATANGANAN PAKTA INTEGRITAS NETRALITAS"  # on the first page

    def __init__(self, paper: str, head: Letterhead, info: RecapInfo) -> None:
        fonts.register()
        self.buf = io.BytesIO()
        self.width, self.height = PAPERS[paper]
        self.c = Canvas(
            self.buf,
            pagesize=PAPERS[paper],
            pageCompression=1,
            invariant=1,
            initialFontName=SANS,
            initialFontSize=SIZE,
        )
        pdf_meta.apply(
            self.c,
            info.meta
            or PdfMeta(
                f"Daftar penandatanganan - {info.title}",
                info.office,
                "Daftar penandatanganan Pakta Integritas Netralitas",
            ),
        )
        self.head, self.info = head, info
        self.page = 0
        self.y = 0.0
        self.columns: list[tuple[str, float]] = []

    @property
    def content_w(self) -> float:
        return float(self.width - LEFT - RIGHT)

    def new_page(self) -> None:
        if self.page:
            self._footer()
            self.c.showPage()
        self.page += 1
        if self.page == 1:
            y = draw_letterhead(self.c, self.head, self.width, self.height) - 8 * mm
            self.c.setFont(SERIF_BOLD, 12)
            for line in wrap(self.heading, SERIF_BOLD, 12, self.content_w):
                self.c.drawCentredString(self.width / 2, y, line)
                y -= 15
            self.c.setFont(SANS, 10)
            for line in wrap(self.info.title, SANS, 10, self.content_w):
                self.c.drawCentredString(self.width / 2, y, line)
                y -= 13
            self.c.setFont(SANS, 9)
            for text in (self.info.event_line, self.info.election_line):
                for line in wrap(text, SANS, 9, self.content_w) if text else []:
                    self.c.drawCentredString(self.width / 2, y, line)
                    y -= 12
            self.y = y - 6
        else:
            self.y = self.height - TOP - 4 * mm
        if self.columns:
            self._header()

    def head_sign_off(self, who: SignOff) -> None:
        """Place and date, the head's title, room to sign, the name and NIP (right half)."""
        if self.y - 48 * mm < BOTTOM + 10 * mm:
            self.columns = []
            self.new_page()
        c = self.c
        x = LEFT + self.content_w * 0.55
        width = self.content_w * 0.45
        y = self.y - 8 * mm
        c.setFont(SERIF, 10)
        for line in (
            f"{who.place}, {who.date_text}",
            *wrap(who.title + ",", SERIF, 10, width),
        ):
            c.drawString(x, y, line)
            y -= 13
        y -= 20 * mm
        c.setFont(SERIF_BOLD, 10)
        for line in wrap_name(who.name, SERIF_BOLD, 10, width) if who.name else []:
            c.drawString(x, y, line)
            c.line(x, y - 1.5, x + fonts.width(line, SERIF_BOLD, 10), y - 1.5)
            y -= 13
        if not who.name:
            c.drawString(x, y, "(.......................................)")
            y -= 13
        c.setFont(SERIF, 10)
        c.drawString(x, y, f"NIP {who.nip}" if who.nip else "NIP ..............................")
        self.y = y - 6

    def _footer(self) -> None:
        c = self.c
        c.setFont(SANS, 8)
        c.drawString(
            LEFT,
            BOTTOM,
            f"{self.info.office} · dicetak {self.info.printed} {self.info.zone} · Netra",
        )
        label = f"Halaman {self.page} dari "
        x = self.width - RIGHT - 12 * mm
        c.drawRightString(x, BOTTOM, label)
        c.saveState()
        c.translate(x, BOTTOM)
        c.doForm(TOTAL_FORM)
        c.restoreState()

    def table(self, columns: list[tuple[str, float]]) -> None:
        """Start a table; ``columns`` are (heading, width in points) summing to the width."""
        self.columns = columns
        if self.y - 3 * LEAD < BOTTOM + 10 * mm:
            self.new_page()
        else:
            self._header()

    def _header(self) -> None:
        c = self.c
        c.setFillGray(0.88)
        c.rect(LEFT, self.y - LEAD - 2, self.content_w, LEAD + 6, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(SANS_BOLD, SIZE)
        x = LEFT
        for heading, width in self.columns:
            c.drawString(x + 2, self.y - LEAD + 3, heading)
            x += width
        self.y -= LEAD + 4

    def row(self, cells: Sequence[str], image: bytes | None = None) -> None:
        wrapped = [
            _WRAPS.get(heading, wrap)(text, SANS, SIZE, width - 4)
            for text, (heading, width) in zip(cells, self.columns, strict=False)
        ]
        height = max(max(len(w) for w in wrapped) * LEAD, THUMB_H if image else 0) + 5
        if self.y - height < BOTTOM + 8 * mm:
            self.new_page()
        c = self.c
        c.setFont(SANS, SIZE)
        x = LEFT
        for lines, (_h, width) in zip(wrapped, self.columns, strict=False):
            y = self.y - LEAD + 1
            for line in lines:
                c.drawString(x + 2, y, line)
                y -= LEAD
            x += width
        if image:
            last_w = self.columns[-1][1]
            c.drawImage(
                ImageReader(thumbnail(image)),
                x - last_w + 2,
                self.y - THUMB_H - 2,
                min(THUMB_W, last_w - 4),
                THUMB_H,
                preserveAspectRatio=True,
                anchor="w",
            )
        self.y -= height
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.line(LEFT, self.y + 1, LEFT + self.content_w, self.y + 1)
        c.setStrokeGray(0)

    def text(self, line: str, font: str = SANS_BOLD, size: float = 10) -> None:
        if self.y - 2 * size < BOTTOM + 10 * mm:
            self.new_page()
        self.c.setFont(font, size)
        for part in wrap(line, font, size, self.content_w):
            self.c.drawString(LEFT, self.y - size, part)
            self.y -= size * 1.35
        self.y -= 4

    def finish(self) -> tuple[bytes, int]:
        self._footer()
        self.c.showPage()
        self.c.beginForm(TOTAL_FORM, lowerx=0, lowery=-2, upperx=40, uppery=12)
        self.c.setFont(SANS, 8)
        self.c.drawString(0, 0, str(self.page))
        self.c.endForm()
        self.c.save()
        return self.buf.getvalue(), self.page


def render(
    rows: Sequence[Row],
    missing: Sequence[Missing],
    head: Letterhead,
    info: RecapInfo,
    paper: str = "a4",
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, int]:
    """The recap sheet; returns (PDF bytes, number of pages). ``progress(done, total)`` per
    signed row; ``InterruptedError`` as soon as ``cancelled()`` is true."""
    sheet = _Sheet(paper, head, info)
    sheet.new_page()
    w = sheet.content_w
    sheet.table(
        [
            ("No", 7 * mm),
            ("Nama", w * 0.25),
            ("NIP / NIK", 37 * mm),
            ("Unit kerja", w * 0.17),
            ("Waktu " + info.zone, 29 * mm),  # "30-09-2024 09.16" on one line
            ("Tanda tangan", 0.0),
        ]
    )
    fixed = sum(width for _h, width in sheet.columns)
    sheet.columns[-1] = ("Tanda tangan", w - fixed)
    for number, row in enumerate(rows, 1):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        if progress is not None:
            progress(number, len(rows))
        sheet.row([str(number), row.name, row.nip, row.unit, row.time, ""], row.signature_png)
    refused = [m for m in missing if m.refused]
    not_yet = len(missing) - len(refused)
    sheet.y -= 6
    sheet.text(
        f"Jumlah: {len(rows)} telah menandatangani, {not_yet} belum menandatangani, "
        f"{len(refused)} menolak menandatangani.",
        SANS_BOLD,
        9.5,
    )
    sheet.y -= 8
    sheet.text("DAFTAR PEGAWAI YANG BELUM MENANDATANGANI ATAU MENOLAK", SERIF_BOLD, 11)
    if not missing:
        sheet.text("Tidak ada: semua pegawai telah menandatangani.", SANS, 9)
    else:
        sheet.table(
            [
                ("No", 8 * mm),
                ("Nama", w * 0.32),
                ("NIP / NIK", 36 * mm),
                ("Unit kerja", w * 0.22),
                ("Keterangan", 0.0),
            ]
        )
        fixed = sum(width for _h, width in sheet.columns)
        sheet.columns[-1] = ("Keterangan", w - fixed)
        for number, m in enumerate(missing, 1):
            note = (
                f"Menolak: {m.reason}"
                if m.refused and m.reason
                else ("Menolak" if m.refused else "Belum menandatangani")
            )
            sheet.row([str(number), m.name, m.nip, m.unit, note])
    if info.sign_off is not None:
        sheet.head_sign_off(info.sign_off)
    return sheet.finish()
