""" ".xls" files that are not Excel 97-2003 workbooks: HTML tables, XML Spreadsheet 2003,
tab-separated text, and real workbooks under the wrong name, as personnel systems export them."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.documents import legacy_sheets as legacy
from desktop.documents.spreadsheets import read_sheet
from desktop.domain.errors import NetraError
from desktop.services import roster
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import
from desktop.store.models import Employee
from tests.conftest import CliRunner
from tests.roster import messy

HTML_XLS = f"""<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>.nip {{ mso-number-format:"\\@"; }}</style><script>var x = "<td>no</td>";</script></head>
<body>
<table><tr><td colspan="7"><b>DAFTAR NOMINATIF PEGAWAI</b><br>KECAMATAN WETAR</td></tr></table>
<table border="1">
<tr><th rowspan="2">NO</th><th rowspan="2">NAMA</th><th rowspan="2">NIP</th>
    <th colspan="2">PANGKAT / GOL</th><th rowspan="2">JABATAN</th><th rowspan="2">UNIT KERJA</th></tr>
<tr><th>PANGKAT</th><th>GOL. RUANG</th></tr>
<tr><td>1<td>Drs. Yohanis Lewier,&nbsp;M.Si<td class="nip">{messy.NIP_CAMAT}</td>
    <td>Pembina</td><td>IV/a</td><td>Camat</td><td>Kantor Camat &amp; Staf</td></tr>
<tr><td>2</td><td>Maria  Pattipeilohy</td><td class="nip">&nbsp;{messy.NIP_SEKCAM}&nbsp;</td>
    <td>Penata</td><td>III/c</td><td rowspan="2">Staf Pelaksana</td><td>Desa Ilwaki</td></tr>
<tr><td>3</td><td>Simon Kay</td><td>{messy.NI_PPPK}</td><td></td><td>VII</td>
    <td>Desa Ilwaki</td></tr>
<tr><td colspan="2">JUMLAH</td><td>3 orang</td></tr>
</table></body></html>
"""

XML_2003 = f"""<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="Keterangan"><Table/></Worksheet>
 <Worksheet ss:Name="Pegawai">
  <Table>
   <Row><Cell ss:MergeAcross="4"><Data ss:Type="String">DAFTAR PEGAWAI</Data></Cell></Row>
   <Row ss:Index="3">
    <Cell><Data ss:Type="String">NAMA</Data></Cell>
    <Cell><Data ss:Type="String">NIP</Data></Cell>
    <Cell><Data ss:Type="String">GOL</Data></Cell>
    <Cell><Data ss:Type="String">TGL LAHIR</Data></Cell>
    <Cell><Data ss:Type="String">UNIT KERJA</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">Agustina <Font>Ritiauw</Font></Data></Cell>
    <Cell><Data ss:Type="String">{messy.NIP_GURU}</Data></Cell>
    <Cell><Data ss:Type="String">III/b</Data></Cell>
    <Cell><Data ss:Type="DateTime">1988-06-30T00:00:00.000</Data></Cell>
    <Cell><Data ss:Type="String">SD Negeri 1 Ilwaki</Data></Cell>
   </Row>
   <Row>
    <Cell><Data ss:Type="String">Petrus Maahury</Data></Cell>
    <Cell><Data ss:Type="Number">{float(messy.NIP_LOST)!r}</Data></Cell>
    <Cell ss:Index="5"><Data ss:Type="String">SD Negeri 1 Ilwaki</Data></Cell>
   </Row>
  </Table>
 </Worksheet>
</Workbook>
"""


def test_sniff_tells_the_kinds_apart_by_content() -> None:
    assert legacy.sniff(b"PK\x03\x04rest") == legacy.ZIP
    assert legacy.sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest") == legacy.OLE
    assert legacy.sniff(HTML_XLS.encode()) == legacy.HTML
    assert legacy.sniff(b"\xef\xbb\xbf\r\n<TABLE><TR><TD>x") == legacy.HTML
    assert legacy.sniff(XML_2003.encode()) == legacy.XML_2003
    assert legacy.sniff(b'<?xml version="1.0"?><note/>') == legacy.TEXT
    assert legacy.sniff(b"NAMA\tNIP\nBudi\t1\n") == legacy.TEXT


def test_html_table_rows_spans_and_entities() -> None:
    rows = legacy.read_html_rows(HTML_XLS)
    assert rows[0][:2] == ["DAFTAR NOMINATIF PEGAWAI KECAMATAN WETAR"] * 2  # colspan filled
    head = ["NO", "NAMA", "NIP", "PANGKAT / GOL", "PANGKAT / GOL", "JABATAN", "UNIT KERJA"]
    assert rows[1] == head
    # the second header row: rowspan cells carried down, around the two new ones
    assert rows[2] == ["NO", "NAMA", "NIP", "PANGKAT", "GOL. RUANG", "JABATAN", "UNIT KERJA"]
    assert rows[3][1:3] == ["Drs. Yohanis Lewier, M.Si", messy.NIP_CAMAT]  # &nbsp; folded
    assert rows[3][6] == "Kantor Camat & Staf"
    assert rows[4][1:3] == ["Maria Pattipeilohy", messy.NIP_SEKCAM]
    pppk = ["3", "Simon Kay", messy.NI_PPPK, "", "VII", "Staf Pelaksana", "Desa Ilwaki"]
    assert rows[5] == pppk
    assert rows[6][:3] == ["JUMLAH", "JUMLAH", "3 orang"]
    assert all(len(r) == 7 for r in rows)


def test_html_named_xls_imports_like_a_workbook(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "nominatif-simpeg.xls"
    path.write_text(HTML_XLS, encoding="utf-8")
    preview = roster_import.read(path)
    assert preview.header_row == 2  # the two-row header, as for a real workbook
    assert {"name", "nip", "golongan", "jabatan", "unit"} <= set(preview.mapping)
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected) == (3, [])
    camat = roster.search(ctx, roster.RosterQuery(search="lewier")).rows[0]
    assert (camat.nip, camat.golongan, camat.jabatan) == (messy.NIP_CAMAT, "IV/a", "Camat")
    pppk = roster.search(ctx, roster.RosterQuery(search="simon kay")).rows[0]
    assert (pppk.category, pppk.golongan, pppk.jabatan) == ("PPPK", "VII", "Staf Pelaksana")


def test_xml_spreadsheet_2003_cells_types_and_sheets(tmp_path: Path) -> None:
    sheets = legacy.read_xml_2003(XML_2003.encode())
    assert [name for name, _rows in sheets] == ["Keterangan", "Pegawai"]
    rows = dict(sheets)["Pegawai"]
    assert rows[0] == ["DAFTAR PEGAWAI"] * 5
    assert rows[1] == [""] * 5  # row 2 is skipped by ss:Index="3"
    assert rows[3][:4] == ["Agustina Ritiauw", messy.NIP_GURU, "III/b", datetime(1988, 6, 30)]
    assert rows[4] == ["Petrus Maahury", float(messy.NIP_LOST), "", "", "SD Negeri 1 Ilwaki"]
    path = tmp_path / "ekspor.xls"
    path.write_text(XML_2003, encoding="utf-8")
    sheet = read_sheet(path)
    assert (sheet.name, sheet.sheet_names) == ("Pegawai", ["Keterangan", "Pegawai"])
    with pytest.raises(NetraError) as err:
        read_sheet(path, "Rekap")
    assert err.value.code == "sheet_not_found"


def test_xml_2003_import_rejects_the_nip_excel_cut_short(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "ekspor.xml"
    path.write_text(XML_2003, encoding="utf-8")
    with pytest.raises(NetraError):  # .xml is not a spreadsheet name Netra takes
        roster_import.import_file(ctx, path)
    path = path.rename(tmp_path / "ekspor.xls")
    result = roster_import.import_file(ctx, path)
    assert result.created == 1
    [lost] = result.rejected
    assert (lost.row, lost.code) == (5, "nip_precision_lost")
    with ctx.read() as session:
        born = session.scalars(select(Employee.birth_date).where(Employee.nip == messy.NIP_GURU))
        assert list(born) == [date(1988, 6, 30)]


def test_tab_separated_text_named_xls(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "daftar.xls"
    text = f"NAMA\tNIP\tJABATAN\r\nBudi Leunufna\t{messy.NIP_CAMAT}\tStaf\r\n"
    path.write_bytes(text.encode("cp1252"))
    assert roster_import.import_file(ctx, path).created == 1


def test_workbook_under_another_name(ctx: AppContext, tmp_path: Path) -> None:
    xlsx = messy.write_xlsx(tmp_path / "m.xlsx")
    renamed = tmp_path / "nominatif.xls"
    shutil.copy(xlsx, renamed)
    assert roster_import.import_file(ctx, renamed).created == 6


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("rusak.xlsx", b"bukan arsip zip"),
        ("rusak.ods", b""),
        ("kosong.xls", b""),
        ("biner.xls", b"\x00\x01\x02\x03garbage"),
        ("putus.xls", XML_2003.encode()[:400]),
    ],
)
def test_broken_files_are_unreadable(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(NetraError) as err:
        read_sheet(path)
    assert err.value.code == "file_unreadable"
    assert "tidak dapat dibaca" in err.value.message("id")


def test_cli_imports_an_html_xls(cli: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "simpeg.xls"
    path.write_text(HTML_XLS, encoding="utf-8")
    result = cli("roster", "import", str(path), "--json")
    assert result.code == 0, result.err
    doc = result.json()
    assert isinstance(doc, dict) and doc["created"] == 3 and doc["rejected"] == []


@pytest.mark.parametrize("name", ["unicode.txt", "unicode.xls"])
def test_excel_unicode_text_export(ctx: AppContext, tmp_path: Path, name: str) -> None:
    """Excel's 'Unicode Text' is UTF-16 with a BOM, tab-separated."""
    path = tmp_path / name
    text = f"NAMA\tNIP\tJABATAN\r\nYohanis Léwier\t{messy.NIP_CAMAT}\tStaf\r\n"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    assert roster_import.import_file(ctx, path).created == 1
    assert roster.search(ctx, roster.RosterQuery(search="lewier")).rows[0].name == "Yohanis Léwier"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAMA;NIP;ALAMAT\nDr. Maria Lewier, S.Sos., M.Si;1;Jl. Pattimura, No. 3, Tiakur\n"
            "Yohanis Kay, S.Pd;2;Jl. Kakialy, RT 2, RW 3\n",
            ";",
        ),
        ('NAMA,NIP,JABATAN\n"Lewier, Yohanis",1,Staf\n"Kay; Berti",2,Staf\n', ","),
        ("DAFTAR PEGAWAI\n\nNAMA\tNIP\tJABATAN\nBudi, S.Pd\t1\tGuru\n", "\t"),
        ("NAMA\nBudi\n", ","),
    ],
)
def test_csv_delimiter_is_the_one_that_gives_even_rows(text: str, expected: str) -> None:
    from desktop.documents.spreadsheets import sniff_delimiter

    assert sniff_delimiter(text) == expected


def test_sheet_option_ignores_case_and_spaces(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Petunjuk"
    book.create_sheet("Data Pegawai ").append(["NAMA", "NIP"])
    path = tmp_path / "lembar.xlsx"
    book.save(path)
    assert read_sheet(path, "data pegawai").name == "Data Pegawai "
    xml = tmp_path / "ekspor.xls"
    xml.write_text(XML_2003, encoding="utf-8")
    assert read_sheet(xml, "PEGAWAI").name == "Pegawai"
    with pytest.raises(NetraError) as err:
        read_sheet(path, "Rekap")
    assert err.value.details["sheets"] == ["Petunjuk", "Data Pegawai "]


def test_a_tall_and_wide_span_is_layout_not_data() -> None:
    html = (
        "<table><tr><td>NAMA</td><td>UNIT</td><td>KET</td></tr>"
        "<tr><td>Budi</td><td rowspan='6'>Desa Klis</td><td colspan='1'></td></tr>"
        + "<tr><td>Ani</td><td></td></tr>" * 5
        + "<tr><td colspan='2' rowspan='5'>Tiakur, Camat</td><td></td></tr>"
        + "<tr><td></td></tr>" * 4
        + "</table>"
    )
    rows = legacy.read_html_rows(html)
    assert [r[1] for r in rows[1:7]] == ["Desa Klis"] * 6  # one column: data, filled
    assert rows[7][:2] == ["Tiakur, Camat", ""]  # two columns, five rows: a signature box
    assert all(r[:2] == ["", ""] for r in rows[8:12])
