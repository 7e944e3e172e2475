"""The hub's recap documents: the multi-sheet workbook writer, the election recap and the case
recap (PDF read back with pdftotext, .xlsx with openpyxl)."""

from __future__ import annotations

import io

import openpyxl
from python_calamine import CalamineWorkbook

from desktop.documents import xlsx_table


def test_workbook_with_several_sheets_reads_back() -> None:
    data, counts = xlsx_table.build_workbook(
        [
            xlsx_table.Sheet(
                "Ringkasan", ["KANTOR", "JUMLAH"], [["81.08.06", 3], ["81.08.01", 2]], "REKAP"
            ),
            xlsx_table.Sheet("81.08.06 Kecamatan Wetar", ["NAMA"], [["A"], ["B"], ["C"]]),
            xlsx_table.Sheet("81.08.06 kecamatan wetar", ["NAMA"], []),  # same name, other case
            xlsx_table.Sheet("x" * 40 + "[]", ["NAMA"], [["D"]]),
        ]
    )
    assert counts == [2, 3, 0, 1]
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    names = book.sheetnames
    assert names[:2] == ["Ringkasan", "81.08.06 Kecamatan Wetar"]
    assert names[2] == "81.08.06 kecamatan wetar (2)"
    assert len(names[3]) == 31 and "[" not in names[3]
    rows = [list(r) for r in book["Ringkasan"].iter_rows(values_only=True)]
    assert rows[0][0] == "REKAP" and rows[2] == ["KANTOR", "JUMLAH"] and rows[3] == ["81.08.06", 3]
    assert [r[0] for r in book[names[1]].iter_rows(values_only=True)] == ["NAMA", "A", "B", "C"]
    book.close()
    cal = CalamineWorkbook.from_filelike(io.BytesIO(data))
    assert cal.sheet_names == names
    # the one-sheet form is unchanged
    single, n = xlsx_table.build("Pegawai", ["A"], [[1]])
    assert n == 1 and openpyxl.load_workbook(io.BytesIO(single)).sheetnames == ["Pegawai"]
