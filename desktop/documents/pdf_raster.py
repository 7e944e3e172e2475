"""Rasterise a PDF's pages with PDFium (pypdfium2), for printing without a PDF reader.

Netra prints its pacts and recap sheets through Qt's ``QPrinter``; PySide6-Essentials has no
QtPdf, so the pages are drawn by PDFium into plain RGB bitmaps here and painted onto the printer
(or the print preview) by ``desktop.ui.pdf_print``. This module knows nothing of Qt.

Bounded work: a document with more than :data:`MAX_PAGES` pages or a page side outside
:data:`MIN_SIDE_PT`..:data:`MAX_SIDE_PT` is refused before anything is rendered, and one bitmap
never exceeds :data:`MAX_PIXELS` (the scale is lowered to fit), so memory stays at one page.
PDFium is not thread-safe: use one :class:`RasterDocument` from one thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pypdfium2 as pdfium
from PIL import Image

from desktop.domain.errors import NetraError

POINTS_PER_INCH = 72.0
POINTS_PER_MM = POINTS_PER_INCH / 25.4
MAX_PAGES = 20_000  # an office prints a few thousand pacts at most; beyond this is not a pact file
MIN_SIDE_PT = 10 * POINTS_PER_MM
MAX_SIDE_PT = 1200 * POINTS_PER_MM  # A0's long side is 1189 mm
MAX_PIXELS = 48_000_000  # ~F4 at 550 dpi; 3 bytes each: 144 MB for the largest bitmap
MAX_DPI = 600.0

PAPER_MM: dict[str, tuple[float, float]] = {"a4": (210.0, 297.0), "f4": (215.0, 330.0)}


def _unreadable(path: Path) -> NetraError:
    return NetraError(
        "pdf_unreadable",
        f"Berkas PDF {path.name} tidak dapat dibaca (rusak, terkunci sandi, atau bukan PDF).",
        f"The PDF {path.name} cannot be read (damaged, password-protected or not a PDF).",
    )


@dataclass(frozen=True)
class Raster:
    """One rendered page: rows of 8-bit RGB (or gray, ``mode`` "L"), ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    data: bytes
    dpi: float
    mode: str = "RGB"

    def to_pil(self) -> Image.Image:
        return Image.frombuffer(
            self.mode, (self.width, self.height), self.data, "raw", self.mode, self.stride, 1
        )


@dataclass(frozen=True)
class PageSize:
    width_pt: float
    height_pt: float

    @property
    def width_mm(self) -> float:
        return self.width_pt / POINTS_PER_MM

    @property
    def height_mm(self) -> float:
        return self.height_pt / POINTS_PER_MM

    def paper(self, tolerance_mm: float = 2.0) -> str | None:
        """``"a4"``/``"f4"`` when the page is that paper (either orientation), else None."""
        sides = sorted((self.width_mm, self.height_mm))
        for name, (short, long) in PAPER_MM.items():
            if abs(sides[0] - short) <= tolerance_mm and abs(sides[1] - long) <= tolerance_mm:
                return name
        return None


class RasterDocument:
    """An open PDF. Use as a context manager: the file stays open (and locked on Windows)
    until :meth:`close`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._doc = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError, ValueError) as exc:
            raise _unreadable(self.path) from exc
        try:
            self.page_count = len(self._doc)
            if self.page_count < 1:
                raise _unreadable(self.path)
            if self.page_count > MAX_PAGES:
                raise NetraError(
                    "pdf_too_many_pages",
                    f"PDF ini berisi {self.page_count} halaman, lebih dari batas {MAX_PAGES} "
                    "halaman yang dapat dicetak sekaligus. Cetak per unit atau per kegiatan.",
                    f"This PDF has {self.page_count} pages, more than the {MAX_PAGES} that can "
                    "be printed at once. Print per unit or per event.",
                )
            self.sizes = [self._size(i) for i in range(self.page_count)]
        except BaseException:
            self._doc.close()
            raise

    def _size(self, index: int) -> PageSize:
        try:
            width, height = self._doc.get_page_size(index)
        except (pdfium.PdfiumError, ValueError) as exc:
            raise _unreadable(self.path) from exc
        for side in (width, height):
            if not (math.isfinite(side) and MIN_SIDE_PT <= side <= MAX_SIDE_PT):
                raise NetraError(
                    "pdf_page_size",
                    f"Halaman {index + 1} PDF ini berukuran tidak wajar "
                    f"({width / POINTS_PER_MM:.0f} × {height / POINTS_PER_MM:.0f} mm); "
                    "tidak dicetak.",
                    f"Page {index + 1} of this PDF has an unreasonable size "
                    f"({width / POINTS_PER_MM:.0f} × {height / POINTS_PER_MM:.0f} mm); "
                    "not printed.",
                )
        return PageSize(float(width), float(height))

    def render(self, index: int, dpi: float, grayscale: bool = False) -> Raster:
        """Page ``index`` (0-based) at ``dpi``, lowered so the bitmap stays within bounds;
        ``grayscale`` gives one byte a pixel (a third of the memory and of the print spool)."""
        if not 0 <= index < self.page_count:
            raise IndexError(f"page {index} of {self.page_count}")
        size = self.sizes[index]
        dpi = min(max(dpi, 1.0), MAX_DPI)
        scale = dpi / POINTS_PER_INCH
        pixels = math.ceil(size.width_pt * scale) * math.ceil(size.height_pt * scale)
        if pixels > MAX_PIXELS:
            scale *= math.sqrt(MAX_PIXELS / pixels) * 0.999
        page = self._doc[index]
        try:
            bitmap = page.render(
                scale=scale,
                rev_byteorder=True,  # RGB, not PDFium's native BGR
                fill_color=(255, 255, 255, 255),
                draw_annots=True,
                grayscale=grayscale,
            )
            try:
                return Raster(
                    width=int(bitmap.width),
                    height=int(bitmap.height),
                    stride=int(bitmap.stride),
                    data=bytes(bitmap.buffer),
                    dpi=scale * POINTS_PER_INCH,
                    mode="L" if grayscale else "RGB",
                )
            finally:
                bitmap.close()
        except pdfium.PdfiumError as exc:
            raise _unreadable(self.path) from exc
        finally:
            page.close()

    def close(self) -> None:
        self._doc.close()

    def __enter__(self) -> RasterDocument:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_pdf(path: Path) -> RasterDocument:
    return RasterDocument(path)
