"""Hostile spreadsheets are refused quickly, in little memory, with an Indonesian message (issue 13).

Each file is made here (nothing big is committed) and imported with the real CLI in a child
process under an address-space limit of 1.5 GB (a normal import needs under 400 MB of it): exit 2,
the limit named in Indonesian, no traceback, in under 10 s and under 500 MB resident. Before the
limits, the far cell aborted the process (the native reader allocating 512 GB), the XML 2003 and
HTML spans ran into MemoryError or past a minute, and the CSV fields ended in a traceback.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from desktop.documents import sheet_limits, spreadsheets, xlsx_table
from tests.conftest import ADMIN, PASSWORD

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses resource.setrlimit")

ADDRESS_SPACE = 1536 * 1024 * 1024
MAX_SECONDS = 10.0
MAX_RESIDENT_MB = 500

# Runs the CLI in a grandchild under RLIMIT_AS and reports its exit code and peak resident size
# (ru_maxrss of the only child this small wrapper ever has).
_WRAPPER = """
import json, resource, subprocess, sys
limit = int(sys.argv[1])
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
done = subprocess.run(sys.argv[2:], preexec_fn=cap, capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr, "mb": peak}))
"""

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_HEADER_CELLS = '<c r="A1" t="inlineStr"><is><t>NAMA</t></is></c><c r="B1" t="inlineStr"><is><t>NIP</t></is></c>'
_X2003 = (
    '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>'
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
    'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Pegawai"><Table>'
    '<Row><Cell><Data ss:Type="String">NAMA</Data></Cell>'
    '<Cell><Data ss:Type="String">NIP</Data></Cell></Row>{}</Table></Worksheet></Workbook>'
)


def _xlsx(path: Path, sheet_xml: str | Callable[[IO[bytes]], None]) -> Path:
    """A real workbook (Netra's own writer) whose sheet XML is replaced (or streamed)."""
    data, _count = xlsx_table.build("Pegawai", ["NAMA", "NIP"], [["A", "1"]], None)
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                book.writestr(info.filename, source.read(info))
            elif isinstance(sheet_xml, str):
                book.writestr(info.filename, sheet_xml.encode())
            else:
                with book.open(info.filename, "w", force_zip64=True) as member:
                    sheet_xml(member)
    return path


def far_cell_xlsx(folder: Path) -> Path:
    return _xlsx(
        folder / "sel-jauh.xlsx",
        f'<?xml version="1.0"?><worksheet {_NS}><sheetData><row r="1">{_HEADER_CELLS}</row>'
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        "</sheetData></worksheet>",
    )


def far_row_xlsx(folder: Path) -> Path:
    """A far cell in a near row (the cell's own reference is what the reader uses)."""
    return _xlsx(
        folder / "baris-jauh.xlsx",
        f'<?xml version="1.0"?><worksheet {_NS}><sheetData><row r="1">{_HEADER_CELLS}</row>'
        '<row r="2"><c r="ZZ900000"><v>1</v></c></row></sheetData></worksheet>',
    )


def implicit_wide_xlsx(folder: Path) -> Path:
    """Cells without references: their places are counted (600 wide, 20,000 down)."""
    wide = "<c><v>1</v></c>" * 600
    rows = "<row><c><v>2</v></c></row>" * 20_000
    return _xlsx(
        folder / "tanpa-alamat.xlsx",
        f'<?xml version="1.0"?><worksheet {_NS}><sheetData><row r="1">{_HEADER_CELLS}</row>'
        f"<row>{wide}</row>{rows}</sheetData></worksheet>",
    )


def zip_bomb_xlsx(folder: Path) -> Path:
    """About 0.4 MB on disk, 420 MB of sheet XML once inflated."""

    def write(member: IO[bytes]) -> None:
        member.write(f"<worksheet {_NS}><sheetData>".encode())
        block = b" " * (1 << 20)
        for _ in range(420):
            member.write(block)
        member.write(b"</sheetData></worksheet>")

    return _xlsx(folder / "bom.xlsx", write)


def many_members_xlsx(folder: Path) -> Path:
    path = _xlsx(folder / "banyak.xlsx", f"<worksheet {_NS}><sheetData/></worksheet>")
    with zipfile.ZipFile(path, "a") as book:
        for i in range(sheet_limits.MAX_ZIP_MEMBERS + 1):
            book.writestr(f"xl/media/image{i}.png", b"")
    return path


def far_cell_biff_xls(folder: Path) -> Path:
    """The Excel 97-2003 fixture with one text cell moved to IV65536, the last cell there is."""
    data = bytearray((Path(__file__).parent / "fixtures" / "nominatif-lama.xls").read_bytes())
    at = data.find(b"\xfd\x00\x0a\x00")  # a LABELSST record: row, column, style, string
    assert at > 0
    data[at + 4 : at + 8] = b"\xff\xff\xff\x00"
    path = folder / "sel-jauh.xls"
    path.write_bytes(bytes(data))
    return path


def xml_index_xls(folder: Path) -> Path:
    path = folder / "indeks.xls"
    path.write_text(
        _X2003.format(
            '<Row ss:Index="100000000"><Cell ss:Index="100000"><Data ss:Type="String">x'
            "</Data></Cell></Row>"
        )
    )
    return path


def xml_merge_down_xls(folder: Path) -> Path:
    path = folder / "gabung-bawah.xls"
    path.write_text(
        _X2003.format(
            '<Row><Cell ss:MergeDown="100000000" ss:MergeAcross="3"><Data ss:Type="String">x'
            "</Data></Cell></Row>"
        )
    )
    return path


def xml_merge_many_xls(folder: Path) -> Path:
    """Many merged blocks, each allowed alone: together past the cell limit."""
    cell = '<Cell ss:MergeDown="240000"><Data ss:Type="String">x</Data></Cell>'
    path = folder / "gabung-banyak.xls"
    path.write_text(_X2003.format(f"<Row>{cell * 40}</Row>"))
    return path


def html_span_xls(folder: Path) -> Path:
    cells = '<td rowspan="1000" colspan="1000">x</td>' * 200
    path = folder / "rentang.xls"
    path.write_text(
        "<html><table><tr><td>NAMA</td><td>NIP</td></tr><tr>"
        + cells
        + "</tr>"
        + "<tr><td>y</td></tr>" * 1000
        + "</table></html>"
    )
    return path


def big_field_csv(folder: Path) -> Path:
    path = folder / "sel-besar.csv"
    path.write_text('NAMA;NIP\n"' + "x" * 1_000_000 + '";1\n')
    return path


def wide_csv(folder: Path) -> Path:
    path = folder / "lebar.csv"
    path.write_text("NAMA;NIP;" + ";".join(f"k{i}" for i in range(100_000)) + "\nA;1\n")
    return path


def long_csv(folder: Path) -> Path:
    path = folder / "panjang.csv"
    path.write_text("NAMA;NIP\n" + "A;1\n" * (sheet_limits.MAX_ROWS + 1))
    return path


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "far_cell_xlsx": (far_cell_xlsx, "kolom"),
    "far_row_xlsx": (far_row_xlsx, "baris"),
    "far_cell_biff_xls": (far_cell_biff_xls, "sel"),
    "implicit_wide_xlsx": (implicit_wide_xlsx, "sel"),
    "zip_bomb_xlsx": (zip_bomb_xlsx, "setelah dibuka"),
    "many_members_xlsx": (many_members_xlsx, "berkas di dalam arsip"),
    "xml_index_xls": (xml_index_xls, "baris"),
    "xml_merge_down_xls": (xml_merge_down_xls, "baris"),
    "xml_merge_many_xls": (xml_merge_many_xls, "sel"),
    "html_span_xls": (html_span_xls, "kolom"),
    "big_field_csv": (big_field_csv, "karakter dalam satu sel"),
    "wide_csv": (wide_csv, "dalam satu sel"),  # 100,000 columns on a line the sniffer reads
    "long_csv": (long_csv, "baris"),
}


def _import_capped(data_dir: Path, path: Path) -> tuple[dict[str, object], float]:
    netra = [sys.executable, "-m", "desktop.cli.main", "--data-dir", str(data_dir)]
    env = {**os.environ, "NETRA_USER": ADMIN, "NETRA_PASSWORD": PASSWORD}
    env.pop("NETRA_DATABASE_URL", None)
    start = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _WRAPPER,
            str(ADDRESS_SPACE),
            *netra,
            "roster",
            "import",
            str(path),
            "--dry-run",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout), time.monotonic() - start


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_file_refused_quickly(kind: str, data_dir: Path, tmp_path: Path) -> None:
    make, words = HOSTILE[kind]
    folder = tmp_path / "berkas"
    folder.mkdir()
    path = make(folder)
    result, seconds = _import_capped(data_dir, path)
    err = str(result["err"])
    assert result["code"] == 2, result
    assert "Traceback" not in err and "panicked" not in err, err
    assert f"Berkas {path.name} tidak" in err and words in err, err
    assert seconds < MAX_SECONDS, seconds
    assert int(str(result["mb"])) < MAX_RESIDENT_MB, result["mb"]


def test_normal_import_fits_the_same_cap(data_dir: Path, tmp_path: Path) -> None:
    """The cap is not what refuses the files above: a normal roster imports under it."""
    from tests.roster import messy

    path = messy.write_xlsx(tmp_path / "nominatif.xlsx")
    result, _seconds = _import_capped(data_dir, path)
    assert result["code"] == 0, result


def test_limits_leave_ordinary_big_rosters_alone(tmp_path: Path) -> None:
    """Wide (60 columns) and long (rows past 100,000 in the cell references) sheets read."""
    header = ["NAMA", "NIP", *(f"KOLOM {i}" for i in range(58))]
    rows = [[f"Pegawai {i}", f"1980010120050110{i:02d}", *("v",) * 58] for i in range(40)]
    data, _count = xlsx_table.build("Pegawai", header, rows, None)
    wide = tmp_path / "lebar.xlsx"
    wide.write_bytes(data)
    sheet = spreadsheets.read_sheet(wide)
    assert len(sheet.rows) == 41 and len(sheet.rows[0]) == 60

    tall = _xlsx(
        tmp_path / "tinggi.xlsx",
        f'<?xml version="1.0"?><worksheet {_NS}><sheetData><row r="1">{_HEADER_CELLS}</row>'
        '<row r="120000"><c r="A120000" t="inlineStr"><is><t>Akhir</t></is></c></row>'
        "</sheetData></worksheet>",
    )
    sheet = spreadsheets.read_sheet(tall)
    assert len(sheet.rows) == 120_000 and sheet.rows[-1][0] == "Akhir"


def test_refusal_is_a_netra_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(sheet_limits.SheetTooLarge) as err:
        spreadsheets.read_sheet(far_cell_xlsx(tmp_path))
    assert err.value.code == "file_too_large" and err.value.exit_code == 2
    assert "sel-jauh.xlsx" in err.value.message_id and "702 kolom" in err.value.message_id
