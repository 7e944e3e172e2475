"""The office letterhead (kop surat), the one every Netra PDF carries: the pact, the signing
recap, the hub's recaps, the case documents and the examination documents.

One place for what the kop is made of (the stored lines and the logo), how it is drawn (logo
left, lines bold and centred, a double rule) and the page margins it spans. Pure: plain data
in, drawing on a ReportLab canvas out.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import fonts
from desktop.documents.fonts import SERIF, SERIF_BOLD, wrap

# The page's side margins (the rule runs between them) and the top margin the kop starts at.
LEFT, RIGHT, TOP = 25 * mm, 20 * mm, 12 * mm
# What a flowing document (platypus) leaves free at the top of every page for the kop.
HEAD_SPACE = 48 * mm
LOGO_W, LOGO_H = 22 * mm, 24 * mm


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    logo: bytes | None = None  # PNG or JPEG

    @classmethod
    def stored(
        cls, lines_json: str | None, logo: bytes | None, *, default_line: str | None = None
    ) -> Letterhead:
        """The kop from an office's stored settings: its lines as the JSON list kept in the
        database and its logo. ``default_line`` stands in when no line was set up (the hub's
        recaps name the hub then)."""
        lines = tuple(str(line) for line in json.loads(lines_json or "[]"))
        if not lines and default_line:
            lines = (default_line,)
        return cls(lines, bytes(logo) if logo is not None else None)


def draw_letterhead(c: Canvas, head: Letterhead, width: float, height: float) -> float:
    """Kop surat: logo left, lines bold and centred, a double rule. Returns the y below it."""
    top = height - TOP
    logo_w = LOGO_W if head.logo else 0.0
    if head.logo:
        reader = ImageReader(io.BytesIO(head.logo))
        c.drawImage(
            reader,
            LEFT,
            top - LOGO_H,
            logo_w,
            LOGO_H,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
    avail = width - LEFT - RIGHT - 2 * (logo_w + 2 * mm)
    y = top - 5 * mm
    uppers = 0
    for line in head.lines:
        if line.upper() == line:
            size = 13.0 if uppers == 0 else 15.0
            font = SERIF_BOLD
            uppers += 1
        else:
            size, font = 9.5, SERIF
        while size > 10 and fonts.width(line, font, size) > avail:
            size -= 0.5
        c.setFont(font, size)
        for part in wrap(line, font, size, avail):
            c.drawCentredString(width / 2, y, part)
            y -= size * 1.25
    y = min(y + 2, top - 26 * mm) if head.logo else y + 2
    c.setLineWidth(2.2)
    c.line(LEFT, y, width - RIGHT, y)
    c.setLineWidth(0.7)
    c.line(LEFT, y - 3, width - RIGHT, y - 3)
    return float(y - 3)


__all__ = ["HEAD_SPACE", "LEFT", "RIGHT", "TOP", "Letterhead", "draw_letterhead"]
