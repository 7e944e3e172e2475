"""Fonts embedded in every Netra PDF: DejaVu Serif (letters) and DejaVu Sans Condensed
(tables), shipped in ``resources/fonts`` with their licence. They cover Indonesian and
every Latin diacritic a name may carry. ReportLab embeds a subset of each font once per PDF.
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

SERIF = "NetraSerif"
SERIF_BOLD = "NetraSerif-Bold"
SERIF_ITALIC = "NetraSerif-Italic"
SANS = "NetraSans"
SANS_BOLD = "NetraSans-Bold"

_FILES = {
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
    SERIF_ITALIC: "DejaVuSerif-Italic.ttf",
    SANS: "DejaVuSansCondensed.ttf",
    SANS_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the fonts with ReportLab (idempotent, thread-safe)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        # Binary (not ASCII85) image streams: smaller files, and ReportLab's pure-Python
        # ASCII85 encoder was a large share of the time per page.
        rl_config.useA85 = 0
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD
        )
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD
        )
        _done = True


def width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap that also breaks a single word longer than the line, so nothing
    ever runs past ``max_width``."""
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split():
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= max_width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while width(word, font, size) > max_width:
                cut = _fit(word, font, size, max_width)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _fit(word: str, font: str, size: float, max_width: float) -> int:
    cut = len(word)
    while cut > 1 and width(word[:cut], font, size) > max_width:
        cut -= 1
    return cut
