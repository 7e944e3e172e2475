"""The paragraph styles the flowing case documents share (the case summary and nota dinas,
and the examination documents): body text, small print, table cells, headings, bullets and
warnings, all derived from each document's own body style."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from desktop.documents import fonts
from desktop.documents.fonts import SANS, SANS_BOLD, SERIF_BOLD


def case_styles(base: ParagraphStyle) -> dict[str, ParagraphStyle]:
    """The shared styles on top of ``base`` (the body); a document adds its title and its own."""
    fonts.register()
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontName=SANS, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontName=SANS, fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=SANS_BOLD, fontSize=9, leading=11.5),
        "sub": ParagraphStyle("sub", parent=base, alignment=1, spaceAfter=8),
        "h": ParagraphStyle(
            "h",
            parent=base,
            fontName=SERIF_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2),
        "warn": ParagraphStyle(
            "warn",
            parent=base,
            fontSize=9.5,
            leading=12.5,
            leftIndent=12,
            bulletIndent=2,
            textColor=colors.HexColor("#8a4b00"),
        ),
    }


__all__ = ["case_styles"]
