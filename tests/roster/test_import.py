"""Import of messy office spreadsheets through the service (xlsx, csv 1252, ods)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import NetraError
from desktop.services import audit, roster
from desktop.services.context import AppContext
from desktop.services.roster import importer as roster_import
from desktop.store.models import AuditEntry, Employee, Unit
from tests.roster import messy


def _count(ctx: AppContext, model: type) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_messy_xlsx(ctx: AppContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "nominatif.xlsx")
    result = roster_import.import_file(ctx, path)
    rejected = {i.row: i.code for i in result.rejected}
    # Header is at sheet row 4 (title rows 1-2, blank 3, merged sub-header 5, numbers 6).
    assert result.header_row == 4
    assert rejected == {
        11: "nip_precision_lost",
        12: "missing_name",
        13: "duplicate_in_file",
        15: "nip_birth_date",
    }
    assert (result.created, result.updated, result.unchanged) == (6, 0, 0)
    assert {u["name"] for u in result.units_created} >= {
        "Kantor Camat Wetar",
        "SD Negeri 1 Ilwaki",
        "Puskesmas Ilwaki",
        "Desa Ilwaki",
    }
    page = roster.search(ctx, roster.RosterQuery(search="lewier", status="all"))
    assert page.total == 1
    camat = page.rows[0]
    assert (camat.nip, camat.golongan, camat.category) == (messy.NIP_CAMAT, "IV/a", "PNS")
    assert camat.name == "Drs. Yohanis Lewier, M.Si"
    sekcam = roster.search(ctx, roster.RosterQuery(search=messy.NIP_SEKCAM)).rows[0]
    assert sekcam.golongan == "III/d"  # "III d" from GOL. RUANG under the merged PANGKAT/GOL
    pppk = roster.search(ctx, roster.RosterQuery(search="simon kay")).rows[0]
    assert (pppk.category, pppk.golongan) == ("PPPK", "VII")
    honorer = roster.search(ctx, roster.RosterQuery(search="marthina")).rows[0]
    assert (honorer.category, honorer.nip) == ("NON_ASN", None)
    # One audit entry for the whole import, with counts; chains intact.
    with ctx.read() as session:
        entries = session.scalars(
            select(AuditEntry.detail_json).where(AuditEntry.action == "roster.import")
        ).all()
    assert len(entries) == 1
    detail = json.loads(entries[0])
    assert detail["created"] == 6 and len(detail["created_ids"]) == 6
    assert audit.verify(ctx).ok


def test_reimport_is_unchanged_then_updates(ctx: AppContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "a.xlsx")
    roster_import.import_file(ctx, path)
    again = roster_import.import_file(ctx, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    assert again.units_created == []
    csv_path = messy.write_csv_1252(tmp_path / "b.csv")
    result = roster_import.import_file(ctx, csv_path)
    assert result.created == 0 and result.updated == 2
    assert [(i.row, i.code) for i in result.rejected] == [(6, "nip_precision_lost")]
    guru = roster.search(ctx, roster.RosterQuery(search=messy.NIP_GURU)).rows[0]
    assert guru.name == "Ruth Mu'a" and guru.jabatan == "Guru"
    camat = roster.search(ctx, roster.RosterQuery(search="andreas")).rows[0]
    assert camat.name == "Andréas Sahetapy"  # Windows-1252 é decoded
    with ctx.read() as session:
        emp = session.scalars(select(Employee).where(Employee.nip == messy.NIP_GURU)).one()
        # Columns missing from the csv (birth date from the xlsx) are kept.
        assert emp.birth_date is not None and emp.base_revision > 0


def test_dry_run_stores_nothing(ctx: AppContext, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "a.xlsx")
    before = (_count(ctx, Employee), _count(ctx, Unit), _count(ctx, AuditEntry))
    result = roster_import.import_file(ctx, path, dry_run=True)
    assert result.created == 6 and result.units_created
    assert (_count(ctx, Employee), _count(ctx, Unit), _count(ctx, AuditEntry)) == before


def test_ods_and_default_unit(ctx: AppContext, tmp_path: Path) -> None:
    roster.add_unit(ctx, "81.08.06.01", "Desa Ilwaki", "desa")
    path = messy.write_ods(tmp_path / "pegawai.ods")
    result = roster_import.import_file(ctx, path, unit_code="81.08.06.01")
    assert result.created == 2
    assert [(i.row, i.code) for i in result.rejected] == [(5, "nip_precision_lost")]
    # "Desa Ilwaki" exists already (matched by name), the others are created under --unit.
    names = {u["name"] for u in result.units_created}
    assert names == {"Kantor Camat Wetar", "Puskesmas Ilwaki"}
    units = {u.code: u for u in roster.list_units(ctx)}
    parent = units["81.08.06.01"].id
    assert all(units[u["code"]].parent_id == parent for u in result.units_created)


def test_unreadable_and_headerless(ctx: AppContext, tmp_path: Path) -> None:
    junk = tmp_path / "x.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(NetraError) as err:
        roster_import.import_file(ctx, junk)
    assert err.value.code == "file_unreadable"
    headerless = tmp_path / "h.csv"
    headerless.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(NetraError) as err:
        roster_import.import_file(ctx, headerless)
    assert err.value.code == "no_header"


def test_mapping_override(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(
        "NAMA,KOLOM X,JABATAN\nBudi Leunufna,198609262015051001,Staf\n", encoding="utf-8"
    )
    preview = roster_import.read(path)
    assert "nip" not in preview.mapping
    parsed = roster_import.parse(preview, {**preview.mapping, "nip": 1})
    # A new preview is returned; the one read is as it was (the wizard parses it again when
    # the user goes back and maps the columns otherwise).
    assert parsed is not preview and parsed.mapping["nip"] == 1
    assert "nip" not in preview.mapping and preview.rows == [] and len(parsed.rows) == 1
    result = roster_import.run(ctx, parsed)
    assert result.created == 1
    assert roster.search(ctx, roster.RosterQuery(search="198609")).rows[0].category == "PNS"


def test_old_xls_from_fixture(ctx: AppContext) -> None:
    """Excel 97-2003 (.xls), still common in offices; made by fixtures/make_xls.py."""
    path = Path(__file__).parent / "fixtures" / "nominatif-lama.xls"
    result = roster_import.import_file(ctx, path)
    assert result.header_row == 3 and result.sheet == "DUK"
    assert result.created == 2
    assert [(i.row, i.code, i.nip) for i in result.rejected] == [
        (6, "nip_precision_lost", "198609262015051000")
    ]
    sekcam = roster.search(ctx, roster.RosterQuery(search="pattipeilohy")).rows[0]
    assert (sekcam.nip, sekcam.golongan) == ("198011022005012001", "III/d")


def test_header_repeated_on_each_printed_page_is_skipped(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "halaman.csv"
    path.write_text(
        "NO;NAMA;JABATAN\n1;Budi Leunufna;Staf\n   ;  ;\nNO;NAMA;JABATAN\n2;Yulius Kay;Staf\n"
        "Jumlah;2;\n",
        encoding="utf-8",
    )
    preview = roster_import.parse(roster_import.read(path))
    assert [p.row for p in preview.rows] == [2, 5]
    assert preview.skipped == [3, 4, 6] and preview.rejected == []


def test_roster_on_a_later_sheet_is_found(ctx: AppContext, tmp_path: Path) -> None:
    """Office templates often open with a cover or instructions sheet; without --sheet the
    first sheet that has a header row is used (and named in the result)."""
    from openpyxl import Workbook

    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Petunjuk"
    cover.append(["PETUNJUK PENGISIAN"])
    cover.append(["1. Isi NIP sebagai teks, 18 angka."])
    book.create_sheet("Rekap").append(["Jumlah pegawai", 2])
    data = book.create_sheet("Data Pegawai")
    data.append(["NO", "NAMA", "NIP", "JABATAN"])
    data.append([1, "Yohanis Lewier", "198609262015051001", "Staf"])
    data.append([2, "Berti Kay", "", "Tenaga Kontrak"])
    path = tmp_path / "template.xlsx"
    book.save(path)
    result = roster_import.import_file(ctx, path)
    assert (result.sheet, result.header_row, result.created) == ("Data Pegawai", 1, 2)
    with pytest.raises(NetraError) as err:  # a sheet asked for by name is not second-guessed
        roster_import.import_file(ctx, path, sheet="Petunjuk")
    assert err.value.code == "no_header"


def test_names_that_begin_like_total_words_are_people(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "nama.csv"
    path.write_text(
        "NAMA;JABATAN;UNIT KERJA\nTotalia Lewier;Staf;Desa Klis\nJmlina Kay;Staf;Desa Klis\n"
        "SUB TOTAL;2;\nGrand Total;2;\n",
        encoding="utf-8",
    )
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected) == (2, [])
    assert [(i.row, i.code) for i in result.skipped] == [(4, "total_row"), (5, "total_row")]
    assert result.to_json()["skipped"][0] == {
        "row": 4,
        "nip": "",
        "reason_code": "total_row",
        "message": "Baris jumlah/total; tidak diimpor.",
    }
    found = roster.search(ctx, roster.RosterQuery(status="all")).rows
    assert sorted(r.name for r in found) == ["Jmlina Kay", "Totalia Lewier"]


@pytest.mark.parametrize(
    "header",
    [
        "NO;NAMA;NIP LAMA;NIP BARU;JABATAN",
        "NO;NAMA;NIP BARU;NIP LAMA;JABATAN",
        "NO;NAMA;NIP;NIP ATASAN LANGSUNG;JABATAN",
    ],
)
def test_old_and_other_peoples_nip_columns_are_not_the_nip(
    ctx: AppContext, tmp_path: Path, header: str
) -> None:
    """SIMPEG sheets keep the old 9-digit NIP (NIP LAMA) and the supervisor's NIP beside the
    NIP itself; either one taken for it would reject every row."""
    columns = header.split(";")
    values = {"NO": "1", "NAMA": "Yohanis Lewier", "JABATAN": "Staf"}
    row = [
        values.get(c, "198609262015051001" if c in ("NIP", "NIP BARU") else "132456789")
        for c in columns
    ]
    path = tmp_path / "simpeg.csv"
    path.write_text(f"{header}\n{';'.join(row)}\n", encoding="utf-8")
    preview = roster_import.read(path)
    assert columns[preview.mapping["nip"]] in ("NIP", "NIP BARU")
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected) == (1, [])


SIASN_HEADER = [
    "PNS_ID", "NIP_BARU", "NIP_LAMA", "NAMA", "GELAR_DEPAN", "GELAR_BELAKANG",
    "TANGGAL_LAHIR", "JENIS_KELAMIN", "JENIS_PEGAWAI", "KEDUDUKAN_HUKUM", "TMT_CPNS",
    "GOL_AWAL", "GOL_AKHIR", "TMT_GOLONGAN", "JENIS_JABATAN", "JABATAN_NAMA", "TMT_JABATAN",
    "LOKASI_KERJA", "UNOR_NAMA", "UNOR_INDUK_NAMA",
]  # fmt: skip


def test_siasn_style_export(ctx: AppContext, tmp_path: Path) -> None:
    """The columns that name a field's date, decree, former value or a wider place do not
    take the field: GOL_AKHIR (not GOL_AWAL or TMT_GOLONGAN), UNOR_NAMA (not LOKASI_KERJA),
    JENIS_PEGAWAI 'PNS Daerah Kab/Kota' read as PNS, KEDUDUKAN_HUKUM 'Aktif' ignored."""
    row = [
        "A8ACA7E2", "198609262015051001", "132456789", "Yohanis Lewier", "Drs.", "M.Si",
        "26-09-1986", "Pria", "PNS Daerah Kab/Kota", "Aktif", "01-05-2015",
        "III/a", "III/c", "01-04-2023", "Jabatan Fungsional", "Analis Kebijakan", "01-01-2024",
        "KAB. MALUKU BARAT DAYA", "Kecamatan Wetar", "Sekretariat Daerah",
    ]  # fmt: skip
    path = tmp_path / "siasn.csv"
    path.write_text(",".join(SIASN_HEADER) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    preview = roster_import.read(path)
    named = {f: SIASN_HEADER[c] for f, c in preview.mapping.items()}
    assert (named["golongan"], named["unit"], named["nip"]) == (
        "GOL_AKHIR",
        "UNOR_NAMA",
        "NIP_BARU",
    )
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected, result.warnings) == (1, [], [])
    [emp] = roster.search(ctx, roster.RosterQuery(search="lewier")).rows
    assert (emp.name, emp.golongan, emp.jabatan) == (
        "Drs. Yohanis Lewier, M.Si",
        "III/c",
        "Analis Kebijakan",
    )
    assert (emp.category, emp.unit_name) == ("PNS", "Kecamatan Wetar")


def test_group_heading_rows_name_the_unit_of_the_rows_below(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Nominatif sheets often have no UNIT KERJA column: a heading row per unit instead
    ('A. KANTOR CAMAT WETAR', merged across the row), the people below it."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["NO", "NAMA", "NIP", "JABATAN"])
    ws.append(["A.", "KANTOR CAMAT WETAR", "", ""])
    ws.append([1, "Yohanis Lewier", "198609262015051001", "Camat"])
    ws.append([2, "Berti Kay", "", "Tenaga Kontrak"])
    ws.append(["Desa Ilwaki", None, None, None])
    ws.merge_cells("A5:D5")
    ws.append([3, "Marthina Lerrick", "198011022005012001", "Kepala Seksi"])
    ws.append([4, "Agus Leunufna", "", ""])  # a name alone: still a person
    path = tmp_path / "kelompok.xlsx"
    book.save(path)
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected) == (4, [])
    assert [(i.row, i.code) for i in result.skipped] == [(2, "section_row"), (5, "section_row")]
    units = {r.name: r.unit_name for r in roster.search(ctx, roster.RosterQuery()).rows}
    assert units == {
        "Yohanis Lewier": "KANTOR CAMAT WETAR",
        "Berti Kay": "KANTOR CAMAT WETAR",
        "Marthina Lerrick": "Desa Ilwaki",
        "Agus Leunufna": "Desa Ilwaki",
    }


def test_unit_cell_merged_down_a_group_applies_to_each_person(
    ctx: AppContext, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["NO", "NAMA", "JABATAN", "UNIT KERJA"])
    for i in range(6):
        ws.append([i + 1, f"Honorer Klis {i}", "Staf", "Desa Klis" if i == 0 else None])
    ws.append([7, "Honorer Patti", "Staf", "Desa Patti"])
    ws.merge_cells("D2:D7")  # one UNIT KERJA cell for six people
    ws["C10"] = "Tiakur, 1 Oktober 2024 - Camat Moa Lakor"
    ws.merge_cells("C10:D15")  # the signature box under the table: layout, not data
    path = tmp_path / "gabung.xlsx"
    book.save(path)
    result = roster_import.import_file(ctx, path)
    assert result.created == 7
    assert [(i.row, i.code) for i in result.rejected] == [(10, "missing_name")]
    units = {r.name: r.unit_name for r in roster.search(ctx, roster.RosterQuery()).rows}
    assert {units[f"Honorer Klis {i}"] for i in range(6)} == {"Desa Klis"}
    assert units["Honorer Patti"] == "Desa Patti"


def test_name_and_nip_stacked_in_one_cell(ctx: AppContext, tmp_path: Path) -> None:
    """DUK (Daftar Urut Kepangkatan) sheets write the name over the NIP in one cell."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["DAFTAR URUT KEPANGKATAN"])
    ws.append(["NO", "NAMA / NIP", "PANGKAT / GOL", "JABATAN"])
    ws.append([1, "Drs. Yohanis Lewier, M.Si\nNIP. 19860926 201505 1 001", "III/d", "Camat"])
    ws.append([2, "Maria Kay / 198011022005012001", "III/c", "Sekretaris"])
    ws.append([3, "Berti Leunufna", "", "Tenaga Kontrak"])  # no NIP: non-ASN
    ws.append([4, "Petrus Maahury\n19861326 201505 1 001", "II/a", "Staf"])  # a bad NIP
    path = tmp_path / "duk.xlsx"
    book.save(path)
    preview = roster_import.read(path)
    assert preview.mapping["name_nip"] == 1 and "name" not in preview.mapping
    result = roster_import.import_file(ctx, path)
    assert result.created == 3
    assert [(i.row, i.code) for i in result.rejected] == [(6, "nip_birth_date")]
    people = {r.name: r for r in roster.search(ctx, roster.RosterQuery()).rows}
    assert people["Drs. Yohanis Lewier, M.Si"].nip == "198609262015051001"
    assert people["Drs. Yohanis Lewier, M.Si"].golongan == "III/d"
    assert people["Maria Kay"].nip == "198011022005012001"
    assert people["Berti Leunufna"].category == "NON_ASN"


def test_dapodik_style_school_staff_export(ctx: AppContext, tmp_path: Path) -> None:
    """Dapodik (school staff) exports: JENIS PTK is the post, NAMA SEKOLAH the unit, and
    statuses like 'Honor Daerah TK.II Kab/Kota' or 'GTY/PTY' are non-ASN, not a warning."""
    path = tmp_path / "dapodik.csv"
    path.write_text(
        "No,Nama,NUPTK,JK,Tempat Lahir,Tanggal Lahir,NIP,Status Kepegawaian,Jenis PTK,"
        "Pangkat Golongan,Nama Ibu Kandung,Nama Sekolah\n"
        "1,Agustina Ritiauw,1234567890123456,P,Tiakur,1988-06-30,198806302011022003,PNS,"
        "Guru Kelas,III/b,Maria,SD Negeri 1 Tiakur\n"
        "2,Simon Kay,,L,Wonreli,1995-01-01,,Honor Daerah TK.II Kab/Kota,Guru Mapel,,Ester,"
        "SD Negeri 1 Tiakur\n"
        "3,Yakob Lerrick,,L,Ilwaki,1990-05-05,,GTY/PTY,Tenaga Administrasi Sekolah,,Ruth,"
        "SD Negeri 1 Tiakur\n",
        encoding="utf-8",
    )
    result = roster_import.import_file(ctx, path)
    assert (result.created, result.rejected, result.warnings) == (3, [], [])
    people = {r.name: r for r in roster.search(ctx, roster.RosterQuery()).rows}
    assert people["Agustina Ritiauw"].jabatan == "Guru Kelas"
    assert people["Agustina Ritiauw"].unit_name == "SD Negeri 1 Tiakur"
    assert (
        people["Simon Kay"].category == "NON_ASN" and people["Yakob Lerrick"].category == "NON_ASN"
    )


def test_duk_two_rows_a_person_nip_under_the_name(ctx: AppContext, tmp_path: Path) -> None:
    """Printed DUKs give each person two rows: the name, and under it the NIP in the same
    column. The NIP row belongs to the row above; a number left alone is not a name."""
    path = tmp_path / "duk2.csv"
    path.write_text(
        "NO;NAMA / NIP;GOL;JABATAN\n"
        "1;Drs. Yohanis Lewier, M.Si;III/d;Camat\n"
        ";NIP. 19860926 201505 1 001;;\n"
        "2;Maria Kay;III/c;Sekretaris\n"
        ";198011022005012001;;\n"
        "3;Berti Leunufna;;Tenaga Kontrak\n"
        "4;12345;;Staf\n",
        encoding="utf-8",
    )
    result = roster_import.import_file(ctx, path)
    assert result.created == 3
    assert [(i.row, i.code) for i in result.rejected] == [(7, "name_not_text")]
    people = {r.name: r for r in roster.search(ctx, roster.RosterQuery()).rows}
    assert people["Drs. Yohanis Lewier, M.Si"].nip == "198609262015051001"
    assert people["Drs. Yohanis Lewier, M.Si"].category == "PNS"
    assert people["Maria Kay"].nip == "198011022005012001"
    assert people["Berti Leunufna"].category == "NON_ASN"
