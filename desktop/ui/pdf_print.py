"""Print a PDF through Qt, with no external PDF reader: PDFium draws each page, QPainter puts it
on the ``QPrinter`` (or the in-app print preview).

Why not hand the file to the system: Windows' default PDF app (Edge) has no ``printto`` verb
and Acrobat ignores paper, copies and page range. Here the printer, paper (A4, or F4 =
215 × 330 mm), copies, collation and page range come from Qt's print dialog and are honoured
by Netra itself. Pages are rendered one at a time (``desktop.documents.pdf_raster``), at the
printer's resolution up to :data:`PRINT_DPI`, and drawn at their true size on the full sheet
(the pact PDFs carry their own 20 mm margins); a page on other paper is fitted, keeping its
aspect, and centred. The preview renders at :data:`PREVIEW_DPI` and shows at most
:data:`PREVIEW_PAGES` pages, so a large batch cannot fill the memory.

"Open in PDF viewer" stays as a secondary action: when no viewer opens, the user is told so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.documents import pdf_raster
from desktop.domain.errors import NetraError
from desktop.ui.crash import show_error

log = logging.getLogger(__name__)

PRINT_DPI = 300.0  # sharp text and a readable QR; 35 MB of RGB for an A4 page at most
PREVIEW_DPI = 110.0
PREVIEW_PAGES = 40


# ---------------------------------------------------------------- paper and printer set-up
def page_size(paper: str) -> QPageSize:
    """QPageSize for ``"a4"`` or ``"f4"``.

    F4 (215 × 330 mm) is no ISO size. Qt matches it, within its tolerance, to its standard
    8.5 × 13 in size (215.9 × 330 mm, Windows' ``DMPAPER_FANFOLD_LGL_GERMAN``), which is what
    printer drivers offer as "F4"/"Folio"; the pact is then drawn true to size, centred
    (0.45 mm each side). An exact custom size is not used: Qt's own print dialog (Linux)
    replaces a named custom size by Letter, and many Windows drivers ignore custom sizes.
    """
    if paper == "f4":
        return QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _printer_size(printer: QPrinter, wanted: QPageSize) -> QPageSize:
    """The printer's own paper of that size when it has one (a driver's "F4"/"Folio 8.5x13"),
    so the driver picks the right tray; else the size itself."""
    target = wanted.size(QPageSize.Unit.Millimeter)
    info = QPrinterInfo(printer)
    for candidate in info.supportedPageSizes() if not info.isNull() else []:
        size = candidate.size(QPageSize.Unit.Millimeter)
        if (
            abs(size.width() - target.width()) <= 1.5
            and abs(size.height() - target.height()) <= 1.5
        ):
            return candidate
    return wanted


def set_paper(printer: QPrinter, paper: str, landscape: bool = False) -> None:
    printer.setPageSize(_printer_size(printer, page_size(paper)))
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def make_printer(paper: str | None, landscape: bool = False) -> QPrinter:
    """A high-resolution printer on the default device, preset to the document's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # our coordinates are the sheet's; the PDF has its own margins
    printer.setColorMode(QPrinter.ColorMode.Color)
    set_paper(printer, paper or "a4", landscape)
    return printer


# ---------------------------------------------------------------- what to print
def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """0-based pages from the dialog's range (all when none); refuses a range outside."""
    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.pageRanges().isEmpty():
        return list(range(count))
    ranges = printer.pageRanges()
    pages = [n - 1 for n in range(1, count + 1) if ranges.contains(n)]
    if not pages:
        raise NetraError(
            "page_range",
            f"Rentang halaman yang dipilih ({ranges.toString()}) di luar dokumen ini "
            f"(halaman 1–{count}).",
            f"The chosen page range ({ranges.toString()}) is outside this document "
            f"(pages 1–{count}).",
        )
    return pages


def sheet_order(pages: list[int], copies: int, collate: bool) -> list[int]:
    """The pages in the order they leave the printer: 1,2,3,1,2,3 collated, 1,1,2,2,3,3 not."""
    copies = max(1, copies)
    if collate:
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def fit(page: QSizeF, sheet: QRectF) -> QRectF:
    """``page`` scaled to fit ``sheet`` with its aspect kept, centred."""
    scale = min(sheet.width() / page.width(), sheet.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        sheet.x() + (sheet.width() - width) / 2,
        sheet.y() + (sheet.height() - height) / 2,
        width,
        height,
    )


def _printer_failed(printer: QPrinter) -> NetraError:
    name = printer.printerName() or printer.outputFileName() or "-"
    return NetraError(
        "printer_failed",
        f"Printer {name} tidak dapat dipakai (mati, tidak terhubung, atau kertas/antrean "
        "bermasalah). Periksa printer lalu cetak ulang.",
        f"The printer {name} cannot be used (off, disconnected, or a paper/queue problem). "
        "Check the printer and print again.",
    )


@dataclass(frozen=True)
class PrintOutcome:
    printer: str
    pages: int  # distinct pages of the document chosen
    sheets: int  # pages Netra drew (copies included unless the driver makes them)
    copies: int
    cancelled: bool = False


def is_preview(printer: QPrinter) -> bool:
    """Whether ``printer`` is the preview's recording device, not a real job."""
    engine = printer.paintEngine()
    return engine is not None and engine.type() == QPaintEngine.Type.Picture


def paint_document(
    path: Path, printer: QPrinter, parent: QWidget | None = None, *, progress: bool = True
) -> PrintOutcome:
    """Draw the PDF onto ``printer``: its page range and copies for a real job, the first
    :data:`PREVIEW_PAGES` pages at a lower resolution for the preview."""
    preview = is_preview(printer)
    with pdf_raster.open_pdf(path) as doc:
        if preview:
            pages = list(range(min(doc.page_count, PREVIEW_PAGES)))
            order, copies, dpi_cap = pages, 1, PREVIEW_DPI
        else:
            pages = chosen_pages(printer, doc.page_count)
            copies = max(1, printer.copyCount())
            # a driver that makes the copies itself (Windows, CUPS) gets each page once
            drawn = 1 if printer.supportsMultipleCopies() else copies
            order = sheet_order(pages, drawn, printer.collateCopies())
            dpi_cap = PRINT_DPI
        gray = printer.colorMode() == QPrinter.ColorMode.GrayScale
        resolution = printer.resolution()
        sheet = printer.pageLayout().fullRectPixels(resolution).toRectF()
        sheet.moveTo(0, 0)
        dialog = None
        if progress and not preview and len(order) > 1:
            dialog = QProgressDialog(
                QCoreApplication.translate("pdf_print", "Printing…"),
                QCoreApplication.translate("pdf_print", "Cancel"),
                0,
                len(order),
                parent,
            )
            dialog.setWindowTitle(QCoreApplication.translate("pdf_print", "Printing"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
        aborted = False
        painter = QPainter()
        if not painter.begin(printer):
            raise _printer_failed(printer)
        try:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            for sheet_no, index in enumerate(order):
                if dialog is not None:
                    dialog.setLabelText(
                        QCoreApplication.translate(
                            "pdf_print", "Printing page {n} of {total}…"
                        ).format(n=sheet_no + 1, total=len(order))
                    )
                    dialog.setValue(sheet_no)
                    if dialog.wasCanceled():
                        printer.abort()
                        aborted = True
                        return PrintOutcome(
                            printer.printerName(), len(pages), sheet_no, copies, cancelled=True
                        )
                if sheet_no and not printer.newPage():
                    raise _printer_failed(printer)
                size = doc.sizes[index]
                target = fit(QSizeF(size.width_pt, size.height_pt), sheet)
                # device pixels per inch of the page as placed on the sheet
                dpi = target.width() / (size.width_pt / pdf_raster.POINTS_PER_INCH)
                raster = doc.render(index, min(dpi, dpi_cap), grayscale=gray)
                image = QImage(
                    raster.data, raster.width, raster.height, raster.stride,
                    QImage.Format.Format_Grayscale8 if gray else QImage.Format.Format_RGB888,
                )  # fmt: skip
                painter.drawImage(target, image)
                del image, raster  # one page in memory at a time
        except BaseException:
            printer.abort()  # no half job on the printer
            aborted = True
            raise
        finally:
            if painter.isActive():
                painter.end()
            if aborted:
                _discard_file(printer)
            if dialog is not None:
                dialog.setValue(len(order))
                dialog.deleteLater()
    return PrintOutcome(printer.printerName(), len(pages), len(order), copies)


def _discard_file(printer: QPrinter) -> None:
    """Qt's PDF writer cannot abort: it finishes the file on ``end()``. Remove that partial
    copy so no half-printed PDF is left where the user asked for a whole one."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        try:
            Path(printer.outputFileName()).unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the partial %s", printer.outputFileName())


# ---------------------------------------------------------------- dialogs
def _document_paper(path: Path) -> tuple[str, bool, int]:
    with pdf_raster.open_pdf(path) as doc:
        first = doc.sizes[0]
        return first.paper() or "a4", first.width_pt > first.height_pt, doc.page_count


def print_with_dialog(
    parent: QWidget | None, path: Path, paper: str | None = None
) -> PrintOutcome | None:
    """Qt's print dialog (printer, paper, copies, collate, range) then the job; None when the
    user closes the dialog. A refusal (unreadable PDF, range, printer) raises NetraError."""
    found, landscape, count = _document_paper(path)
    printer = make_printer(paper or found, landscape)
    printer.setDocName(path.stem)  # the job's name in the Windows print queue
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf_print", "Print"))
    dialog.setMinMax(1, count)
    dialog.setFromTo(1, count)
    for option in (
        QAbstractPrintDialog.PrintDialogOption.PrintPageRange,
        QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies,
        QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize,
    ):
        dialog.setOption(option, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return paint_document(path, printer, parent)


class PdfPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview fed by the same renderer; its Print button prints the real job."""

    def __init__(self, path: Path, paper: str | None = None, parent: QWidget | None = None):
        found, landscape, count = _document_paper(path)
        self.path = path
        self.page_count = count
        self.outcome: PrintOutcome | None = None
        self.error: BaseException | None = None
        # the dialog does not own the printer: keep it alive as long as the dialog
        self._printer = make_printer(paper or found, landscape)
        self._printer.setDocName(path.stem)
        super().__init__(self._printer, parent)
        title = QCoreApplication.translate("pdf_print", "Print preview: {name}").format(
            name=path.name
        )
        if count > PREVIEW_PAGES:
            title = QCoreApplication.translate(
                "pdf_print", "Print preview: {name} (first {shown} of {total} pages)"
            ).format(name=path.name, shown=PREVIEW_PAGES, total=count)
        self.setWindowTitle(title)
        self.resize(1000, 700)
        # the app theme pads line edits; inside the toolbar's small zoom box that clips the text
        self.setStyleSheet("QToolBar QComboBox, QToolBar QComboBox QLineEdit { padding: 0 4px; }")
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        try:
            outcome = paint_document(self.path, printer, self)
        except (NetraError, OSError) as exc:
            self.error = exc
            show_error(self, exc)
            return
        if not is_preview(printer):
            self.outcome = outcome


def open_in_viewer(parent: QWidget | None, path: Path) -> bool:
    """Open the PDF in the system viewer; tell the user plainly when that is impossible."""
    opened = path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not opened:
        log.warning("no PDF viewer opened %s", path)
        show_error(
            parent,
            NetraError(
                "no_pdf_viewer",
                "PDF tidak dapat dibuka: komputer ini tidak punya aplikasi penampil PDF, atau "
                "aplikasinya gagal dibuka. Gunakan tombol Cetak atau Pratinjau cetak di Netra, "
                "atau simpan PDF lalu buka di komputer lain.",
                "The PDF cannot be opened: this computer has no PDF viewer, or it failed to "
                "start. Use Netra's Print or Print preview, or save the PDF and open it on "
                "another computer.",
            ),
        )
    return bool(opened)
