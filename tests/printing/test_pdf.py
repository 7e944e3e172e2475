"""The PDFs themselves: pages, paper, fonts, text, wrapping, and the QR read back from the
rendered page image (pdftoppm + zbarimg, installed by scripts/install-system-deps.sh)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop.services import printing
from desktop.services.context import AppContext
from tests.conftest import CliRunner
from tests.printing.conftest import LONG_NAME, World, as_dict


def _run(*argv: str) -> str:
    return subprocess.run(argv, check=True, capture_output=True, text=True).stdout


def _info(pdf: Path) -> dict[str, str]:
    out = _run("pdfinfo", str(pdf))
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


@pytest.mark.parametrize(
    ("paper", "size"), [("a4", "595.276 x 841.89"), ("f4", "609.449 x 935.433")]
)
def test_pages_paper_fonts_text(
    ctx: AppContext, world: World, tmp_path: Path, paper: str, size: str
) -> None:
    out = tmp_path / f"pakta-{paper}.pdf"
    result = printing.print_to_file(
        ctx, printing.Selection(event_id=world.event_id), out, paper=paper
    )
    assert (result.pages, result.signed, result.refused, result.not_signed) == (4, 4, 1, 1)
    info = _info(out)
    assert info["Pages"].strip() == "4"
    assert size in info["Page size"]
    fonts = _run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts), fonts
    text = _run("pdftotext", "-layout", str(out), "-")
    pages = text.split("\f")
    # stable order: unit, then name (Kantor Camat Wetar before SD Negeri 1 Ilwaki)
    assert "Agustina Ririmasse" in pages[0] and "NIK" in pages[0]
    assert "Frans Kainama" in pages[3] and "NI PPPK" in pages[3]
    assert "Ilwaki, 30 September 2024" in text
    assert "PEMERINTAH KABUPATEN MALUKU BARAT DAYA" in text
    assert "Mengetahui," in text and "Ketua Panwaslu Kecamatan Wetar" in text
    assert "Markus" not in text  # refused: no pact page


def test_long_name_wraps_inside_the_page(ctx: AppContext, world: World, tmp_path: Path) -> None:
    out = tmp_path / "one.pdf"
    printing.print_to_file(ctx, printing.Selection(nip="197901012005022003"), out)
    html = _run("pdftotext", "-bbox", str(out), "-")
    width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
    xmax = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert max(xmax) <= width - 20 * 72 / 25.4 + 1
    words = re.findall(r">([^<]+)</word>", html)
    for part in ("Wattimena-Lekipiouw", "Pattiasina,", "M.A.P."):
        assert words.count(part) >= 2  # identity block and under the signature
    assert LONG_NAME.split()[0] in words


def test_qr_from_page_image_verifies(ctx: AppContext, world: World, tmp_path: Path) -> None:
    out = tmp_path / "pakta.pdf"
    printing.print_to_file(ctx, printing.Selection(nip="198503152010011002"), out)
    _run("pdftoppm", "-png", "-r", "150", str(out), str(tmp_path / "page"))
    image = next(tmp_path.glob("page*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded.startswith("NETRA1")
    result = printing.verify(ctx, decoded)
    assert result.valid and result.name.startswith("Yohanis")
    changed = decoded[:50] + ("Q" if decoded[50] != "Q" else "R") + decoded[51:]
    assert not printing.verify(ctx, changed).valid
    short = printing.verify(ctx, decoded).short_code
    assert short in _run("pdftotext", str(out), "-")


def test_recap_sheet(ctx: AppContext, world: World, tmp_path: Path, cli: CliRunner) -> None:
    out = tmp_path / "rekap.pdf"
    res = cli(
        "pact",
        "print",
        "--out",
        str(out),
        "--event",
        world.event_id,
        "--recap",
        "--paper",
        "F4",
        "--json",
    )
    assert res.code == 0, res.err
    assert as_dict(res.json())["pages"] == 1 and as_dict(res.json())["recap"] is True
    text = _run("pdftotext", "-layout", str(out), "-")
    assert "DAFTAR PENANDATANGANAN" in text and "Halaman 1 dari 1" in text
    assert "4 telah menandatangani, 1 belum menandatangani, 1 menolak" in text
    assert "Oktovina Masela" in text and "Menolak: sedang sakit" in text
    assert "30-09-2024" in text and "WIT" in text


def test_cli_print_selections(world: World, tmp_path: Path, cli: CliRunner) -> None:
    out = tmp_path / "unit.pdf"
    res = cli("pact", "print", "--out", str(out), "--unit", "81.08.06.K02", "--json")
    assert res.code == 0, res.err
    assert as_dict(res.json())["pages"] == 1
    res = cli("pact", "print", "--out", str(out), "--all", "--paper", "f4")
    assert res.code == 0 and "4 halaman" in res.out
    assert cli("pact", "print", "--out", str(out), "--all", "--nip", "1").code == 2
    assert cli("pact", "print", "--out", str(out), "--unit", "X.99").code == 2
    assert cli("pact", "print", "--out", str(out), "--nip", "199010102019032004").code == 2


def test_event_without_units_covers_everyone(ctx: AppContext, world: World) -> None:
    from sqlalchemy import text

    with ctx.tx() as session:
        session.execute(text("UPDATE signing_event SET unit_codes_json = '[]'"))
    pdf, result = printing.build(ctx, printing.Selection(event_id=world.event_id), recap=True)
    assert pdf.startswith(b"%PDF")
    assert (result.signed, result.not_signed, result.refused) == (4, 1, 1)
