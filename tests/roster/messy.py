"""A deliberately messy office spreadsheet, as kecamatan staff really send them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.domain.nip import make_ni_pppk, make_nip

NIP_CAMAT = make_nip(date(1975, 3, 14), 2000, 3, "L", 2)
NIP_SEKCAM = make_nip(date(1980, 11, 2), 2005, 1, "P", 1)
NIP_GURU = make_nip(date(1988, 6, 30), 2011, 2, "P", 3)
NIP_LOST = make_nip(date(1986, 9, 26), 2015, 5, "L", 1)
NI_PPPK = make_ni_pppk(date(1996, 1, 29), 2023, 1, "L", 10)
NIP_BAD_DATE = "19861326 201505 1 001"

TITLE = ["DAFTAR NOMINATIF PEGAWAI KECAMATAN WETAR"]
SUBTITLE = ["KABUPATEN MALUKU BARAT DAYA TAHUN 2024"]
HEAD1 = ["NO", "NAMA LENGKAP", "NIP BARU", "PANGKAT/GOL", "", "JABATAN", "UNIT KERJA", "TGL LAHIR"]
HEAD2 = ["", "", "", "PANGKAT", "GOL. RUANG", "", "", ""]
NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8"]


def data_rows() -> list[list[object]]:
    """Cells of the data rows (NIP as text; one as an Excel float)."""
    return [
        [
            1,
            "Drs. Yohanis Lewier, M.Si",
            f"'{NIP_CAMAT}",
            "Pembina",
            "IV/a",
            "Camat",
            "Kantor Camat Wetar",
            date(1975, 3, 14),
        ],
        [
            2,
            "Maria Ratu Pattipeilohy, S.Sos",
            f"NIP. {NIP_SEKCAM[:8]} {NIP_SEKCAM[8:14]} {NIP_SEKCAM[14]} {NIP_SEKCAM[15:]}",
            "Penata Tk. I",
            "III d",
            "Sekretaris Camat",
            "Kantor Camat Wetar",
            "02-11-1980",
        ],
        [],
        [
            3,
            "Agustina Ritiauw, S.Pd",
            NIP_GURU,
            "",
            "IIIb",
            "Guru Kelas",
            "SD Negeri 1 Ilwaki",
            "30/06/1988",
        ],
        [
            4,
            "Petrus Maahury",
            float(NIP_LOST),
            "",
            "II/c",
            "Pengadministrasi Umum",
            "Desa Ilwaki",
            "",
        ],
        [5, "", "197001012000011001", "", "III/a", "Staf", "Desa Ilwaki", ""],
        [
            6,
            "Agustina Ritiauw, S.Pd",
            NIP_GURU,
            "",
            "III/b",
            "Guru Kelas",
            "SD Negeri 1 Ilwaki",
            "",
        ],
        [7, "Simon Kay, A.Md.Kep", NI_PPPK, "", "VII", "Perawat Terampil", "Puskesmas Ilwaki", ""],
        [8, "Yakob Leunufna", NIP_BAD_DATE, "", "II/a", "Staf", "Desa Ilwaki", ""],
        [
            9,
            "Marthina Lerrick",
            "",
            "",
            "",
            "Tenaga Kebersihan (honorer)",
            "Desa Ilwaki",
            "1990-05-05",
        ],
        [10, '=HYPERLINK("http://x")', "", "", "", "Honorer", "Desa Ilwaki", ""],
        [],
        ["JUMLAH", "10 orang", "", "", "", "", "", ""],
    ]


def write_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "Nominatif"
    for row in (TITLE, SUBTITLE, [], HEAD1, HEAD2, NUMBERS):
        ws.append(row)
    for col in (1, 2, 3, 6, 7, 8):  # NO, NAMA, NIP... span the two header rows
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=5)  # PANGKAT/GOL
    ws.merge_cells("A1:H1")
    for data in data_rows():
        cells: list[object] = [
            c.lstrip("'") if isinstance(c, str) and c.startswith("'") else c for c in data
        ]
        ws.append(cells)
        if cells and isinstance(cells[1], str) and cells[1].startswith("="):
            ws.cell(ws.max_row, 2).data_type = "s"
    book.save(path)
    return path


def write_csv_1252(path: Path) -> Path:
    """Windows-1252, semicolons, one header row, names with é and ' and a total row."""
    lines = [
        "Daftar Pegawai Desa Ilwaki;;;;;",
        ";;;;;",
        "NO;NAMA;NIP;GOL;JABATAN;UNIT KERJA",
        f"1;Andréas Sahetapy;{NIP_CAMAT};IV/a;Camat;Kantor Camat Wetar",
        f"2;Ruth Mu'a;{NIP_GURU};III/b;Guru;SD Negeri 1 Ilwaki",
        "3;Yulius Kay;1,98609E+17;II/c;Staf;Desa Ilwaki",
        ";;;;;",
        ";Jumlah;3;;;",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def write_ods(path: Path) -> Path:
    """A minimal OpenDocument spreadsheet (as LibreOffice saves it), written by hand."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if isinstance(value, float | int):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        if value in ("", None):
            return "<table:table-cell/>"
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>"
        )

    rows: list[list[object]] = [
        list(TITLE),
        [],
        ["NO", "NAMA", "NIP", "GOL", "JABATAN", "UNIT KERJA"],
        [1, "Drs. Yohanis Lewier, M.Si", NIP_CAMAT, "IV/a", "Camat", "Kantor Camat Wetar"],
        [2, "Petrus Maahury", float(NIP_LOST), "II/c", "Staf", "Desa Ilwaki"],
        [3, "Simon Kay", NI_PPPK, "VII", "Perawat Terampil", "Puskesmas Ilwaki"],
    ]
    body = "".join(
        "<table:table-row>" + "".join(cell(c) for c in row) + "</table:table-row>" for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Pegawai">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
