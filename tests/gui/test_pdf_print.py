"""Printing without an external PDF program: the real pact PDF rasterised by PDFium and printed
through Qt's print dialog and QPrinter (here to a PDF file, read back with poppler), the print
preview, and a clear message when no PDF viewer exists."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QRectF, QSizeF, QTimer
from PySide6.QtGui import QDesktopServices, QPageRanges, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.documents import pdf_raster
from desktop.domain.errors import NetraError
from desktop.services import printing
from desktop.services.context import AppContext
from desktop.ui import crash, pdf_print
from desktop.ui.context import UiContext
from desktop.ui.printing.page import EVENT, PrintingPage
from tests.printing.conftest import PEOPLE, WITNESSES, World, make_world

ROOT = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("NETRA_SCREENSHOTS")
A4 = (595.3, 841.9)
F4 = (609.4, 935.4)  # 215 x 330 mm: Qt prints it as 8.5 x 13 in, 612 x 935.4 pt


def is_f4(size: tuple[float, float]) -> bool:
    return abs(size[0] - F4[0]) <= 3 and abs(size[1] - F4[1]) <= 1


@pytest.fixture
def world(ctx: AppContext) -> World:
    return make_world(ctx, PEOPLE, WITNESSES)


def pact_pdf(ctx: AppContext, world: World, tmp_path: Path, paper: str = "a4") -> Path:
    out = tmp_path / f"pakta-{paper}.pdf"
    printing.print_to_file(ctx, printing.Selection(event_id=world.event_id), out, paper=paper)
    return out


def pdf_pages(path: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    assert size is not None
    return pages, (float(size.group(1)), float(size.group(2)))


def _zbar(png: Path) -> str:
    return subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()


def printed_order(source: Path, printed: Path, tmp_path: Path) -> list[int]:
    """Which source page (0-based) each printed page shows, told apart by each pact's own QR
    code: read from the source through PDFium, from the printed PDF through poppler."""
    originals = []
    with pdf_raster.open_pdf(source) as doc:
        for index in range(doc.page_count):
            png = tmp_path / f"source-{index}.png"
            doc.render(index, 150, grayscale=True).to_pil().save(png)
            originals.append(_zbar(png))
    assert len(set(originals)) == len(originals) and all(originals)
    subprocess.run(
        ["pdftoppm", "-r", "150", "-gray", "-png", str(printed), str(tmp_path / "printed")],
        check=True,
    )
    return [originals.index(_zbar(png)) for png in sorted(tmp_path.glob("printed-*.png"))]


def pdf_printer(out: Path, paper: str = "a4", dpi: int = 150) -> QPrinter:
    """A PDF-file printer; 150 dpi keeps the tests quick (the QR still reads)."""
    printer = pdf_print.make_printer(paper)
    printer.setResolution(dpi)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def test_no_printto_or_lp_left() -> None:
    """The shell's ``printto`` verb (no such verb with Edge) and ``lp`` are gone for good."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "desktop").rglob("*.py")
        if re.search(r"[\"']printto[\"']|[\"']lpr?[\"']", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_fit_keeps_aspect_and_centres() -> None:
    placed = pdf_print.fit(QSizeF(*A4), QRectF(0, 0, *F4))
    assert abs(placed.width() / placed.height() - A4[0] / A4[1]) < 1e-6
    assert abs(placed.width() - F4[0]) < 1e-6 and placed.x() == 0
    assert abs(placed.y() - (F4[1] - placed.height()) / 2) < 1e-6
    assert pdf_print.sheet_order([1, 2], 2, collate=True) == [1, 2, 1, 2]
    assert pdf_print.sheet_order([1, 2], 2, collate=False) == [1, 1, 2, 2]


@pytest.mark.parametrize("collate", [True, False])
def test_copies_and_page_range_to_a_pdf_printer(
    qapp: QApplication, ctx: AppContext, world: World, tmp_path: Path, collate: bool
) -> None:
    source = pact_pdf(ctx, world, tmp_path, "f4")
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, "f4")
    assert not printer.supportsMultipleCopies()  # so Netra draws the copies itself
    printer.setCopyCount(2)
    printer.setCollateCopies(collate)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-3"))
    outcome = pdf_print.paint_document(source, printer, progress=False)
    assert (outcome.pages, outcome.sheets, outcome.copies) == (2, 4, 2)
    pages, size = pdf_pages(out)
    assert pages == 4  # copies x range
    assert is_f4(size)
    expected = [0, 2, 0, 2] if collate else [0, 0, 2, 2]
    assert printed_order(source, out, tmp_path) == expected


def test_a4_pact_on_a4_paper_is_sharp_and_true_size(
    qapp: QApplication, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    source = pact_pdf(ctx, world, tmp_path, "a4")
    out = tmp_path / "printed.pdf"
    outcome = pdf_print.paint_document(source, pdf_printer(out, dpi=1200), progress=False)
    assert outcome.sheets == 4
    pages, size = pdf_pages(out)
    assert pages == 4 and abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1
    assert printed_order(source, out, tmp_path) == [0, 1, 2, 3]
    # the QR code, printed at 300 dpi, still reads and verifies
    assert printing.verify(ctx, _zbar(tmp_path / "printed-1.png")).valid


def test_grayscale_chosen_in_the_dialog_prints_gray_pages(
    qapp: QApplication, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    source = pact_pdf(ctx, world, tmp_path)
    out = tmp_path / "gray.pdf"
    printer = pdf_printer(out)
    printer.setColorMode(QPrinter.ColorMode.GrayScale)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2"))
    pdf_print.paint_document(source, printer, progress=False)
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 1 and listing[0].split()[5] == "gray", listing
    assert printed_order(source, out, tmp_path) == [1]


def test_range_outside_the_document_is_refused(
    qapp: QApplication, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    source = pact_pdf(ctx, world, tmp_path)
    printer = pdf_printer(tmp_path / "x.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("7-9"))
    with pytest.raises(NetraError, match="di luar dokumen"):
        pdf_print.paint_document(source, printer, progress=False)
    assert not (tmp_path / "x.pdf").exists()


def test_cancel_and_failure_leave_no_half_job(
    qtbot: QtBot,
    ctx: AppContext,
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = pact_pdf(ctx, world, tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    # the user presses Cancel in the progress dialog while page 2 is being prepared
    answers = iter([False, True])
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: next(answers))
    out = tmp_path / "cancelled.pdf"
    outcome = pdf_print.paint_document(source, pdf_printer(out), parent)
    assert outcome.cancelled and outcome.sheets == 1
    assert not out.exists()  # Qt's PDF writer would have left the first page
    monkeypatch.undo()

    # a page that cannot be rendered half-way through: the job is aborted, not finished
    broken = pdf_raster.RasterDocument.render

    def render(
        doc: pdf_raster.RasterDocument, index: int, dpi: float, grayscale: bool = False
    ) -> pdf_raster.Raster:
        if index == 2:
            raise NetraError("pdf_unreadable", "PDF rusak")
        return broken(doc, index, dpi, grayscale)

    monkeypatch.setattr(pdf_raster.RasterDocument, "render", render)
    out = tmp_path / "failed.pdf"
    with pytest.raises(NetraError):
        pdf_print.paint_document(source, pdf_printer(out), progress=False)
    assert not out.exists()


W = TypeVar("W", bound=QWidget)


def _child(dialog: QWidget, kind: type[W], name: str) -> W:
    """The dialog's ``kind`` child called ``name`` (Qt's print dialog names its fields)."""
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def _drive_print_dialog(
    out: Path, copies: int, pages: tuple[int, int], seen: list[str]
) -> Callable[[], None]:
    """Fill Qt's own print dialog as a user would (printer, file, copies, pages) and press OK."""

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog.windowTitle())
        printers = _child(dialog, QComboBox, "printers")
        printers.setCurrentIndex(printers.count() - 1)  # "Print to File (PDF)" comes last
        _child(dialog, QLineEdit, "filename").setText(str(out))
        _child(dialog, QSpinBox, "copies").setValue(copies)
        _child(dialog, QCheckBox, "collate").setChecked(True)
        _child(dialog, QRadioButton, "printRange").setChecked(True)
        _child(dialog, QSpinBox, "from").setValue(pages[0])
        _child(dialog, QSpinBox, "to").setValue(pages[1])
        dialog.accept()

    return go


def test_print_button_uses_the_qt_dialog_and_prints(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=20_000)
    page.mode.button(EVENT).setChecked(True)
    page.paper.setCurrentIndex(page.paper.findData("f4"))
    page.build_button.click()
    qtbot.waitUntil(lambda: page._pdf is not None and not ui.tasks.busy, timeout=20_000)
    assert page.print_button.isEnabled() and page.preview_button.isEnabled()
    out = tmp_path / "kertas.pdf"
    seen: list[str] = []
    QTimer.singleShot(100, _drive_print_dialog(out, 2, (2, 3), seen))
    outcome = page.print_pdf()
    assert seen, "the print dialog was not shown"
    assert outcome is not None and outcome.sheets == 4 and outcome.copies == 2
    pages, size = pdf_pages(out)
    assert pages == 4  # 2 copies x pages 2-3
    assert is_f4(size)  # the office's F4 preselected, kept through Qt's dialog
    assert page._pdf is not None
    assert printed_order(page._pdf, out, tmp_path) == [1, 2, 1, 2]
    assert "2 page(s), 2 copies" in page.status.text() or "2 halaman" in page.status.text()


def test_preview_builds_pages_and_prints_from_it(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, world: World, tmp_path: Path
) -> None:
    source = pact_pdf(ctx, world, tmp_path, "f4")
    dialog = pdf_print.PdfPreviewDialog(source)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 740)
    dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 4, timeout=10_000)
    paper = dialog.printer().pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert abs(paper.width() - 215) < 1 and abs(paper.height() - 330) < 1
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "print-preview.png"))
    image = widget.grab().toImage()
    assert not image.isNull()
    # printing from the preview sends the real job through the same renderer
    out = tmp_path / "from-preview.pdf"
    dialog.printer().setOutputFileName(str(out))
    widget.print_()
    assert dialog.outcome is not None and dialog.outcome.sheets == 4
    assert pdf_pages(out)[0] == 4


def test_preview_is_bounded(
    qtbot: QtBot, ctx: AppContext, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_print, "PREVIEW_PAGES", 2)
    source = pact_pdf(ctx, world, tmp_path)
    dialog = pdf_print.PdfPreviewDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == 2, timeout=10_000)
    assert "2" in dialog.windowTitle() and "4" in dialog.windowTitle()


def test_open_in_viewer_without_viewer_says_so(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = tmp_path / "pakta.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    # what Windows' ShellExecute reports when no application is associated with .pdf
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert pdf_print.open_in_viewer(None, pdf) is False
    shown = crash.handler().shown
    assert shown and "penampil PDF" in shown[-1]
    # a PDF that is gone (temp folder cleaned) is not handed to the shell at all
    calls: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url))
    assert pdf_print.open_in_viewer(None, tmp_path / "gone.pdf") is False
    assert calls == [] and "penampil PDF" in crash.handler().shown[-1]


def test_broken_pdf_gives_a_message_not_a_crash(
    qtbot: QtBot, ui: UiContext, tmp_path: Path
) -> None:
    bad = tmp_path / "pakta.pdf"
    bad.write_bytes(b"%PDF-1.4\n@echo off\n")
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page._pdf = bad
    assert page.print_pdf() is None
    assert page.preview_pdf() is None
    assert "tidak dapat dibaca" in page.status.text()


def test_save_onto_a_file_held_open_says_so_and_keeps_it(
    qtbot: QtBot, ui: UiContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Acrobat holds the old PDF: Windows refuses the replace with a sharing violation
    (winerror 32, errno EACCES). The old file stays whole and the message says why."""
    import os as _os

    source = tmp_path / "pakta.pdf"
    source.write_bytes(b"%PDF-1.4\nnew\n%%EOF\n")
    target = tmp_path / "Simpan di sini" / "pakta 100% #1.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old pact")

    def held(src: object, dst: object) -> None:
        exc = PermissionError(13, "Permission denied")
        exc.winerror = 32  # type: ignore[attr-defined]
        raise exc

    monkeypatch.setattr(_os, "replace", held)
    monkeypatch.setattr(time, "sleep", lambda _s: None)  # the time module fileio.py uses
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page._pdf = source
    page.save()
    assert target.read_bytes() == b"old pact"
    assert "dibuka di program lain" in page.status.text()
    assert not [p for p in target.parent.iterdir() if p.name != target.name]
