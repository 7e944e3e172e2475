"""The direct .xlsx writer, read back by two independent readers (python-calamine, openpyxl)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
from python_calamine import CalamineWorkbook

from desktop.documents import spreadsheets, xlsx_table

HEADER = ["NIP", "NAMA", "JUMLAH", "AKTIF", "CATATAN"]
ROWS: list[list[object]] = [
    ["198609262015051001", "Drs. Yohanis Lewier, M.Si", 3, True, ""],
    ["", '=HYPERLINK("http://x")', 2.5, False, "@SUM(A1)"],
    ["", "Marthina <Léwier> & Kay", None, True, "  dua spasi  "],
    ["", "kontrol\x00\x07\x1f dibuang", -1, True, "baris\nbaru\ttab"],
    ["", "x" * 40_000, 0, True, "\ud800 pengganti"],
]


def _write(tmp_path: Path, title: str | None = "DAFTAR PEGAWAI") -> Path:
    path = tmp_path / "tabel.xlsx"
    assert spreadsheets.write_xlsx(path, HEADER, ROWS, "Pegawai: [Desa]/1", title) == len(ROWS)
    return path


def test_calamine_reads_every_value_back(tmp_path: Path) -> None:
    book = CalamineWorkbook.from_path(str(_write(tmp_path)))
    assert book.sheet_names == ["Pegawai Desa 1"]
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    assert rows[0][0] == "DAFTAR PEGAWAI" and rows[2] == HEADER
    data = rows[3:]
    assert data[0] == ["198609262015051001", "Drs. Yohanis Lewier, M.Si", 3.0, True, ""]
    assert data[1] == ["", '=HYPERLINK("http://x")', 2.5, False, "@SUM(A1)"]
    assert data[2][1:3] == ["Marthina <Léwier> & Kay", ""]
    assert data[2][4] == "  dua spasi  "  # spaces kept
    assert data[3][1] == "kontrol dibuang" and data[3][4] == "baris\nbaru\ttab"
    long_text = data[4][1]
    assert isinstance(long_text, str) and len(long_text) == xlsx_table.MAX_CELL_TEXT


def test_openpyxl_sees_text_not_formulas_and_a_frozen_bold_header(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_write(tmp_path))
    ws = book.active
    assert ws is not None
    formula_like = ws.cell(row=5, column=2)
    assert formula_like.value == '=HYPERLINK("http://x")' and formula_like.data_type == "s"
    assert ws.cell(row=5, column=5).data_type == "s"
    assert ws.freeze_panes == "A4"  # title, blank row and header stay in view
    assert ws.cell(row=3, column=1).font.b and not ws.cell(row=4, column=1).font.b
    assert ws.column_dimensions["B"].width > ws.column_dimensions["D"].width


def test_without_title_only_the_header_is_frozen(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_write(tmp_path, title=None))
    ws = book.active
    assert ws is not None
    assert ws.freeze_panes == "A2" and ws.cell(row=1, column=2).value == "NAMA"


def test_every_part_is_well_formed_xml() -> None:
    data, count = xlsx_table.build("Pegawai", HEADER, ROWS, "Judul")
    assert count == len(ROWS)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert "[Content_Types].xml" in names and "xl/worksheets/sheet1.xml" in names
        for name in names:
            ElementTree.fromstring(archive.read(name))  # raises on bad XML


def test_empty_table_and_sheet_name_rules() -> None:
    data, count = xlsx_table.build("", ["NAMA"], [])
    assert count == 0
    rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()
    assert rows == [["NAMA"]]
    assert xlsx_table.sheet_name("a" * 40) == "a" * 31
    assert xlsx_table.sheet_name("?*") == "Sheet1"
