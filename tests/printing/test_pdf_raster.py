"""PDFium rasterising of the app's own pacts (no Qt): pages not blank, paper aspect kept, the
QR still readable from the bitmap, and hostile or absurd files refused before any rendering."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from desktop.documents import pdf_raster
from desktop.domain.errors import NetraError
from desktop.services import printing
from desktop.services.context import AppContext
from tests.printing.conftest import World


def pact_pdf(ctx: AppContext, world: World, tmp_path: Path, paper: str) -> Path:
    out = tmp_path / f"pakta-{paper}.pdf"
    printing.print_to_file(ctx, printing.Selection(event_id=world.event_id), out, paper=paper)
    return out


def ink(image: Image.Image) -> float:
    """Share of pixels that are not (near) white."""
    gray = image.convert("L").point(lambda v: 255 if v < 200 else 0)
    return ImageStat.Stat(gray).mean[0] / 255


@pytest.mark.parametrize(("paper", "ratio"), [("a4", 210 / 297), ("f4", 215 / 330)])
def test_pact_pages_render_with_the_paper_aspect(
    ctx: AppContext, world: World, tmp_path: Path, paper: str, ratio: float
) -> None:
    path = pact_pdf(ctx, world, tmp_path, paper)
    with pdf_raster.open_pdf(path) as doc:
        assert doc.page_count == 4
        assert {size.paper() for size in doc.sizes} == {paper}
        for index in range(doc.page_count):
            page = doc.render(index, 60)
            assert abs(page.width / page.height - ratio) < 0.01
            assert abs(page.width - doc.sizes[index].width_mm / 25.4 * 60) <= 1
            image = page.to_pil()
            assert image.size == (page.width, page.height)
            # a pact page is mostly white paper with text, lines, QR and a signature
            assert 0.02 < ink(image) < 0.5, ink(image)
        gray = doc.render(0, 60, grayscale=True)
        assert gray.mode == "L" and (gray.width, gray.height) == (page.width, page.height)
        assert len(gray.data) < len(doc.render(0, 60).data) / 2
        assert 0.02 < ink(gray.to_pil()) < 0.5
        # different people: different pages
        first, second = doc.render(0, 40).data, doc.render(1, 40).data
        assert first != second


def test_qr_is_readable_from_the_rendered_bitmap(
    ctx: AppContext, world: World, tmp_path: Path
) -> None:
    out = tmp_path / "one.pdf"
    printing.print_to_file(ctx, printing.Selection(nip="198503152010011002"), out)
    with pdf_raster.open_pdf(out) as doc:
        png = tmp_path / "page.png"
        doc.render(0, 150).to_pil().save(png)
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True, check=True
    ).stdout.strip()
    result = printing.verify(ctx, decoded)
    assert result.valid and result.name.startswith("Yohanis")


def test_pixels_are_bounded(
    ctx: AppContext, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = pact_pdf(ctx, world, tmp_path, "a4")
    monkeypatch.setattr(pdf_raster, "MAX_PIXELS", 500_000)
    with pdf_raster.open_pdf(path) as doc:
        page = doc.render(0, 600)  # 600 dpi A4 would be 35 million pixels
        assert page.width * page.height <= 500_000
        assert abs(page.width / page.height - 210 / 297) < 0.01
        assert page.dpi < 100
        with pytest.raises(IndexError):
            doc.render(4, 72)


def _pdf(path: Path, sizes: list[tuple[float, float]]) -> Path:
    c = canvas.Canvas(str(path))
    for width, height in sizes:
        c.setPageSize((width, height))
        c.drawString(20, 20, "x")
        c.showPage()
    c.save()
    return path


def test_absurd_documents_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = _pdf(tmp_path / "huge.pdf", [(210 * mm, 297 * mm), (3000 * mm, 3000 * mm)])
    with pytest.raises(NetraError) as err:
        pdf_raster.open_pdf(huge)
    assert err.value.code == "pdf_page_size" and "Halaman 2" in err.value.message_id
    tiny = _pdf(tmp_path / "tiny.pdf", [(5, 5)])
    with pytest.raises(NetraError, match="tidak wajar"):
        pdf_raster.open_pdf(tiny)

    many = _pdf(tmp_path / "many.pdf", [(210 * mm, 297 * mm)] * 5)
    monkeypatch.setattr(pdf_raster, "MAX_PAGES", 4)
    with pytest.raises(NetraError) as err:
        pdf_raster.open_pdf(many)
    assert err.value.code == "pdf_too_many_pages" and "5 halaman" in err.value.message_id

    for name, data in (
        ("not.pdf", b"@echo off\r\nformat c:\r\n"),
        ("empty.pdf", b""),
        ("cut.pdf", (tmp_path / "huge.pdf").read_bytes()[:400]),
    ):
        bad = tmp_path / name
        bad.write_bytes(data)
        with pytest.raises(NetraError) as err:
            pdf_raster.open_pdf(bad)
        assert err.value.code == "pdf_unreadable" and name in err.value.message_id
