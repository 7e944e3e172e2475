"""The signed pact as PDF: one page per pact, A4 or F4, drawn straight on the canvas.

Pure: plain data in, PDF bytes out (no Qt, no database). Fast for batches: the letterhead
and title, and the template body (declaration, numbered commitments, consequence clause), are
drawn once as form XObjects and reused on every page; only the identity block, the date, the
signature image, witnesses and the QR code are drawn per page. Fonts and the logo are
embedded once per file.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import segno
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import fonts, pdf_meta
from desktop.documents.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, wrap
from desktop.documents.letterhead import LEFT, RIGHT, Letterhead, draw_letterhead
from desktop.domain.pact import tanggal

PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210 * mm, 297 * mm),
    "f4": (215 * mm, 330 * mm),
}

BOTTOM = 12 * mm
QR_SIZE = 24 * mm
QR_MASK = 4
SIGN_H = 18 * mm
BODY_SIZE = 11.0
SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PactText:
    """The static text of one template version (what every page of it shares)."""

    key: str  # e.g. the template SHA-256: pages with the same key share the body form
    title: tuple[str, ...]
    opening: str
    declaration: str
    commitments: tuple[str, ...]
    consequence: str
    closing: str = ""
    signer_label: str = "Yang membuat pernyataan,"
    witness_heading: str = "Mengetahui"


@dataclass(frozen=True)
class Witness:
    name: str
    position: str
    nip: str = ""


@dataclass(frozen=True)
class PactPage:
    text: PactText
    identity: tuple[tuple[str, str], ...]  # (label, value): Nama, NIP, Pangkat/Golongan...
    name: str
    id_line: str  # under the name: "NIP. 19850315 201001 1 002" (or "" for none)
    place_date: str  # "Tiakur, 30 September 2024"
    signature_png: bytes | None
    qr_text: str
    short_code: str
    signed_note: str = ""  # "Ditandatangani 30-09-2024 09.14 WIT"
    witnesses: tuple[Witness, ...] = ()


@dataclass
class _Doc:
    canvas: Canvas
    width: float
    height: float
    letterhead: Letterhead
    forms: dict[str, float] = field(default_factory=dict)  # form name -> height used

    @property
    def content_w(self) -> float:
        return float(self.width - LEFT - RIGHT)


def render(
    pages: Iterable[PactPage],
    letterhead: Letterhead,
    paper: str = "a4",
    *,
    total: int = 0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    title: str = "Pakta Integritas Netralitas",
    meta: pdf_meta.PdfMeta | None = None,
) -> bytes:
    """All pages into one PDF; ``progress(done, total)`` after each page; stops (raising
    ``InterruptedError``) as soon as ``cancelled()`` is true. ``meta`` is the document
    information (title, the office as author, creation date); by default the title only."""
    buf = io.BytesIO()
    canvas = start(buf, letterhead, paper, title, meta)
    for done, page in enumerate(pages, 1):
        if cancelled is not None and cancelled():
            raise InterruptedError("cancelled")
        draw_page(canvas, page)
        if progress is not None:
            progress(done, total)
    canvas.save()
    return buf.getvalue()


def start(
    out: io.BytesIO,
    letterhead: Letterhead,
    paper: str,
    title: str,
    meta: pdf_meta.PdfMeta | None = None,
) -> Canvas:
    fonts.register()
    size = PAPERS[paper]
    canvas = Canvas(
        out,
        pagesize=size,
        pageCompression=1,
        invariant=1,  # the same pages give the same bytes (the file id is a content digest)
        initialFontName=SERIF,
        initialFontSize=BODY_SIZE,
    )
    pdf_meta.apply(canvas, meta or pdf_meta.PdfMeta(title, "Netra"))
    canvas._netra_doc = _Doc(canvas, size[0], size[1], letterhead)
    return canvas


def draw_page(canvas: Canvas, page: PactPage) -> None:
    doc: _Doc = canvas._netra_doc
    head_bottom = _head_form(doc, page.text)
    floor = BOTTOM + QR_SIZE + 10 * mm  # the QR corner stays clear
    size = SIZES[-1]
    for size in SIZES:  # the largest type that fits the page
        need = (
            _identity_height(doc, page, size)
            + _body_height(doc, page.text, size)
            + 4 * mm
            + _signatures_height(doc, page, size)
        )
        if head_bottom - need >= floor:
            break
    y = _identity(doc, page, head_bottom, size)
    y = _body_form(doc, page.text, y, size)
    _signatures(doc, page, y - 4 * mm, size)
    _qr(doc, page)
    canvas.showPage()


def _lead(size: float) -> float:
    return size * 1.36


# ---------------------------------------------------------------- static forms
def _head_form(doc: _Doc, text: PactText) -> float:
    name = f"head-{text.key}"
    if name not in doc.forms:
        c = doc.canvas
        c.beginForm(name)
        y = draw_letterhead(c, doc.letterhead, doc.width, doc.height)
        y -= 9 * mm
        c.setFont(SERIF_BOLD, 12)
        for line in _wrap_all(text.title, SERIF_BOLD, 12, doc.content_w):
            c.drawCentredString(doc.width / 2, y, line)
            y -= _lead(11)
        y -= 9
        c.setFont(SERIF, BODY_SIZE)
        for line in wrap(text.opening, SERIF, BODY_SIZE, doc.content_w):
            c.drawString(LEFT, y, line)
            y -= _lead(BODY_SIZE)
        c.endForm()
        doc.forms[name] = y
    doc.canvas.doForm(name)
    return doc.forms[name]


def _body_parts(text: PactText, size: float, width: float) -> list[tuple[float, str, float]]:
    """(indent, paragraph, space after) for the body: declaration, numbered commitments,
    consequence, closing. A commitment's paragraph starts with its number and a tab."""
    parts = [(0.0, text.declaration, 4.0)]
    parts += [(11 * mm, f"{n}.\t{item}", 3.0) for n, item in enumerate(text.commitments, 1)]
    parts.append((0.0, text.consequence, 6.0))
    if text.closing:
        parts.append((0.0, text.closing, 0.0))
    return parts


def _body_height(doc: _Doc, text: PactText, size: float) -> float:
    total = 8.0
    for indent, para, after in _body_parts(text, size, doc.content_w):
        body = para.split("\t", 1)[-1]
        total += len(wrap(body, SERIF, size, doc.content_w - indent)) * _lead(size) + after
    return total


def _body_form(doc: _Doc, text: PactText, top: float, size: float) -> float:
    """Draw (creating once per type size) the template body at ``top``; returns the y below."""
    name = f"body-{text.key}-{size}"
    ref = doc.height  # the form is drawn with its top at the page top, then shifted
    if name not in doc.forms:
        c = doc.canvas
        c.beginForm(name)
        y = ref - 8
        for indent, para, after in _body_parts(text, size, doc.content_w):
            if "\t" in para:
                number, para = para.split("\t", 1)
                c.setFont(SERIF, size)
                c.drawString(LEFT + 4 * mm, y, number)
            y = _justified(c, para, LEFT + indent, y, doc.content_w - indent, size) - after
        c.endForm()
        doc.forms[name] = ref - y
    c = doc.canvas
    c.saveState()
    c.translate(0, top - ref)
    c.doForm(name)
    c.restoreState()
    return top - doc.forms[name]


def _justified(c: Canvas, text: str, x: float, y: float, width: float, size: float) -> float:
    """Justified paragraph (last line left-aligned); returns the y of the next line."""
    c.setFont(SERIF, size)
    lines = wrap(text, SERIF, size, width)
    for index, line in enumerate(lines):
        words = line.split()
        if index == len(lines) - 1 or len(words) < 2:
            c.drawString(x, y, line)
        else:
            used = sum(fonts.width(w, SERIF, size) for w in words)
            gap = (width - used) / (len(words) - 1)
            cursor = x
            for word in words:
                c.drawString(cursor, y, word)
                cursor += fonts.width(word, SERIF, size) + gap
        y -= _lead(size)
    return y


def _wrap_all(lines: Iterable[str], font: str, size: float, width: float) -> list[str]:
    return [part for line in lines for part in wrap(line, font, size, width)]


# ---------------------------------------------------------------- wrapping names, numbers
_NUMBER = re.compile(r"^(?P<label>\D*?)\s*(?P<number>\d[\d ]*\d|\d)$")
_FRONT_TITLE = re.compile(r"^[A-Za-z]{1,5}\.$")  # Dr. Drs. Hj. Ir. H.


def _wrap_units(units: list[str], font: str, size: float, width: float) -> list[str]:
    """Greedy wrap of unbreakable pieces (each may hold spaces), one space between them; a
    piece wider than the line alone is wrapped at its own spaces."""
    lines: list[str] = []
    current = ""
    for unit in units:
        candidate = f"{current} {unit}" if current else unit
        if fonts.width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if fonts.width(unit, font, size) <= width:
            current = unit
        else:
            *full, current = wrap(unit, font, size, width)
            lines += full
    lines.append(current)
    return lines


def wrap_number(text: str, font: str, size: float, width: float) -> list[str]:
    """An identity number line ("NIP 19850315 201001 1 002", "NI PPPK 19960201 2023 2 1 1
    005", or the bare number): never broken inside the number's groups; the label may go on
    the line above when the whole does not fit."""
    match = _NUMBER.match(text.strip())
    if match is None:
        return wrap(text, font, size, width)
    units = [x for x in (match["label"].strip(), match["number"]) if x]
    return _wrap_units(units, font, size, width)


def wrap_name(text: str, font: str, size: float, width: float) -> list[str]:
    """A name with its titles: "Drs. Agustinus Lewerissa, M.Si" breaks only at the spaces of
    the name itself; a front title stays with the word after it and the degrees after the
    comma with the last word of the name ("Drs. Agustinus / Lewerissa, M.Si"). Degrees are
    split from each other (after their commas) only when they cannot fit on one line."""
    text = " ".join(text.split())
    name, comma, degrees = text.partition(", ")
    words = name.split()
    if not words:
        return wrap(text, font, size, width)
    front: list[str] = []  # the titles before the name go with its first word
    while len(words) > 1 and _FRONT_TITLE.match(words[0]):
        front.append(words.pop(0))
    units = [" ".join([*front, words[0]]), *words[1:]]
    if comma:
        tail = f"{units[-1]}, {degrees}"
        if fonts.width(tail, font, size) <= width:
            units[-1] = tail
        else:
            pieces = [f"{units[-1]},", *(d for d in degrees.split(" ") if d)]
            units[-1:] = pieces
    return _wrap_units(units, font, size, width)


# ---------------------------------------------------------------- per page
_LABEL_X, _COLON_X, _VALUE_X = 6 * mm, 48 * mm, 51 * mm
_NUMBER_LABELS = ("NIP", "NI PPPK", "NIK", "NIP / NI PPPK")


def _value_lines(label: str, value: str, size: float, width: float) -> list[str]:
    if label == "Nama":
        return wrap_name(value or "-", SERIF_BOLD, size, width)
    if label in _NUMBER_LABELS:
        return wrap_number(value or "-", SERIF, size, width)
    return wrap(value or "-", SERIF, size, width)


def _identity_lines(doc: _Doc, page: PactPage, size: float) -> list[tuple[str, list[str]]]:
    width = doc.content_w - _VALUE_X
    return [(label, _value_lines(label, value, size, width)) for label, value in page.identity]


def _identity_height(doc: _Doc, page: PactPage, size: float) -> float:
    return 3 + sum(len(lines) for _l, lines in _identity_lines(doc, page, size)) * _lead(size)


def _identity(doc: _Doc, page: PactPage, top: float, size: float) -> float:
    c = doc.canvas
    y = top - 3
    for label, lines in _identity_lines(doc, page, size):
        c.setFont(SERIF, size)
        c.drawString(LEFT + _LABEL_X, y, label)
        c.drawString(LEFT + _COLON_X, y, ":")
        c.setFont(SERIF_BOLD if label == "Nama" else SERIF, size)
        for line in lines:
            c.drawString(LEFT + _VALUE_X, y, line)
            y -= _lead(size)
    return y


_Person = tuple[str, str, str, bytes | None]


def _sign_rows(page: PactPage) -> tuple[int, list[list[_Person]]]:
    """Columns and rows: witnesses ("Mengetahui,") on the left, the signer on the right of
    the first row; a fourth or further witness goes on another row."""
    people: list[_Person] = [  # "NIP 1970…" as under the signer's name (no full stop)
        (w.position, w.name, f"NIP {w.nip}" if w.nip else "", None) for w in page.witnesses
    ]
    signer: _Person = (page.text.signer_label, page.name, page.id_line, page.signature_png)
    columns = 2 if len(people) <= 1 else 3
    rows = [[*people[: columns - 1], signer]]
    rest = people[columns - 1 :]
    rows += [rest[i : i + columns] for i in range(0, len(rest), columns)]
    return columns, rows


def _signatures_height(doc: _Doc, page: PactPage, size: float) -> float:
    columns, rows = _sign_rows(page)
    col_w = doc.content_w / columns
    small = size if columns == 2 else size - 1.5
    return _lead(small) + sum(
        _row(doc.canvas, row, 0, col_w, small, None, draw=False) for row in rows
    )


def _signatures(doc: _Doc, page: PactPage, top: float, size: float) -> None:
    c = doc.canvas
    columns, rows = _sign_rows(page)
    col_w = doc.content_w / columns
    small = size if columns == 2 else size - 1.5
    c.setFont(SERIF, small)
    signer_x = doc.width - RIGHT - col_w
    c.drawString(signer_x, top, page.place_date)
    if page.witnesses:
        c.drawString(LEFT, top, page.text.witness_heading.rstrip(",:") + ",")
    y = top - _lead(small)
    for index, row in enumerate(rows):
        y -= _row(c, row, y, col_w, small, signer_x if index == 0 else None)


def _row(
    c: Canvas,
    row: list[_Person],
    top: float,
    col_w: float,
    size: float,
    last_x: float | None,
    *,
    draw: bool = True,
) -> float:
    """People side by side, their names aligned on one baseline; returns the height used."""
    lead = _lead(size)
    width = col_w - 4 * mm
    roles = [wrap(p[0], SERIF, size, width) for p in row]
    names_y = top - max(len(r) for r in roles) * lead - SIGN_H - 10
    low = names_y
    for index, ((_role, name, id_line, signature), role_lines) in enumerate(
        zip(row, roles, strict=False)
    ):
        names = wrap_name(name, SERIF_BOLD, size, width)
        ids = wrap_number(id_line, SERIF, size, width) if id_line else []
        low = min(low, names_y - (len(names) + len(ids)) * lead)
        if not draw:
            continue
        x = last_x if last_x is not None and index == len(row) - 1 else LEFT + index * col_w
        y = top
        c.setFont(SERIF, size)
        for line in role_lines:
            c.drawString(x, y, line)
            y -= lead
        if signature:
            reader = ImageReader(io.BytesIO(signature))
            c.drawImage(
                reader,
                x,
                names_y + 12,
                min(width, 55 * mm),
                SIGN_H,
                mask="auto",
                preserveAspectRatio=True,
                anchor="sw",
            )
        y = names_y
        c.setFont(SERIF_BOLD, size)
        c.setLineWidth(0.6)
        for line in names:
            c.drawString(x, y, line)
            c.line(x, y - 1.5, x + fonts.width(line, SERIF_BOLD, size), y - 1.5)
            y -= lead
        c.setFont(SERIF, size)
        for line in ids:
            c.drawString(x, y, line)
            y -= lead
    return float(top - low + 6)


def qr_png(text: str) -> bytes:
    """The QR code as a small 1-bit PNG (4 pixels a module, no quiet zone).

    The mask pattern is fixed: segno's search for the best of eight masks is pure Python and
    cost most of the page time; any mask decodes (checked by the tests with zbarimg)."""
    out = io.BytesIO()
    segno.make(text, error="m", micro=False, mask=QR_MASK).save(out, kind="png", scale=4, border=0)
    return out.getvalue()


def _qr(doc: _Doc, page: PactPage) -> None:
    c = doc.canvas
    x, y = LEFT, BOTTOM + 4 * mm
    c.drawImage(ImageReader(io.BytesIO(qr_png(page.qr_text))), x, y, QR_SIZE, QR_SIZE)
    c.setFont(SERIF, 7.5)
    c.drawString(x, y - 10, page.short_code)
    c.setFont(SERIF_ITALIC, 7)
    note_x = x + QR_SIZE + 4 * mm
    lines = [page.signed_note] if page.signed_note else []
    lines += wrap(
        "Dokumen ini ditandatangani secara elektronik dan dicetak dari aplikasi "
        "Netra. Keasliannya dapat diperiksa dengan memindai kode QR atau mengetik "
        "kode di bawahnya pada menu Verifikasi.",
        SERIF_ITALIC,
        7,
        70 * mm,
    )
    ny = y + QR_SIZE - 8
    for line in lines:
        c.drawString(note_x, ny, line)
        ny -= 9


__all__ = [
    "PAPERS",
    "PactPage",
    "PactText",
    "Witness",
    "draw_page",
    "qr_png",
    "render",
    "start",
    "tanggal",
    "wrap_name",
    "wrap_number",
]
