"""The hub's recap documents: the multi-sheet workbook writer, the election recap and the case
recap (PDF read back with pdftotext, .xlsx with openpyxl)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from desktop.documents import xlsx_table
from desktop.domain.errors import NetraError
from desktop.services import cases
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.sync import hub_recap
from tests.sync.conftest import Net
from tests.sync.helpers import PASSWORD, run
from tests.sync.test_hub_coverage import TERSELATAN, WETAR, _send
from tests.sync.test_hub_coverage import scene as scene  # the fixture


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


# ---------------------------------------------------------------------------- across offices
def _case(ctx: AppContext, employee_id: str | None, codes: list[str], **kw: Any) -> str:
    base: dict[str, Any] = {
        "source": "masyarakat",
        "received": date(2024, 10, 7),
        "description": "Mengunggah foto bersama calon bupati di Facebook.",
        "reporter_name": "Lukas Maahury",
        "act_place": "Ilwaki",
        "act_date": date(2024, 10, 5),
        "alleged_codes": codes,
        "employee_id": employee_id,
    }
    base.update(kw)
    return cases.new_case(ctx, cases.Intake(**base)).case_id


def _decided(ctx: AppContext, employee_id: str) -> str:
    ref = _case(ctx, employee_id, ["D7"])
    cases.advance(ctx, ref, "pengecekan", "Berkas lengkap.")
    cases.advance(ctx, ref, "verifikasi", "Diteruskan ke satgas.")
    cases.advance(ctx, ref, "validasi", "Terbukti.", ["D7"])
    case_sanctions.recommend(ctx, ref)
    case_sanctions.decide(
        ctx, ref, "7", "800/12/BKPSDM/2024", date(2024, 11, 1), "Bupati",
        delivered=date(2024, 11, 4), today=date(2024, 11, 5),
    )  # fmt: skip
    return ref


@pytest.fixture
def with_cases(net: Net, scene: dict[str, Any]) -> dict[str, Any]:
    wetar, terselatan = net.offices[WETAR], net.offices[TERSELATAN]
    decided = _decided(wetar, scene["wetar"].employees[0])
    fresh = _case(wetar, None, ["E1"], reported_name="Kepala Desa X",
                  received=date(2024, 11, 8))  # fmt: skip
    other = _case(
        terselatan,
        scene["terselatan"].employees[1],
        ["D7"],
        received=date(2024, 10, 1),
        act_date=date(2024, 9, 28),
    )
    _send(net, WETAR)
    _send(net, TERSELATAN)
    return {**scene, "decided": decided, "fresh": fresh, "other": other}


TODAY = date(2024, 11, 12)


def test_case_list_at_the_hub_names_every_office(net: Net, with_cases: dict[str, Any]) -> None:
    listed = cases.list_cases(net.hub, today=TODAY)
    by_id = {c["id"]: c for c in listed}
    assert set(by_id) == {with_cases["decided"], with_cases["fresh"], with_cases["other"]}
    assert by_id[with_cases["other"]]["office"] == TERSELATAN
    assert by_id[with_cases["fresh"]]["office"] == WETAR
    # overdue first: the Terselatan case received 1 Oct is long past its verification limit
    assert by_id[with_cases["other"]]["deadline"]["overdue"]
    assert listed[0]["id"] == with_cases["other"]
    only = cases.list_cases(net.hub, office=WETAR, today=TODAY)
    assert {c["id"] for c in only} == {with_cases["decided"], with_cases["fresh"]}
    assert [c["id"] for c in cases.list_cases(net.hub, category="pns", today=TODAY)] == [
        with_cases["other"], with_cases["decided"],
    ]  # fmt: skip
    assert [c["id"] for c in cases.list_cases(net.hub, code="E1", today=TODAY)] == [
        with_cases["fresh"]
    ]
    counts = cases.case_counts(listed)
    assert counts["total"] == 3 and counts["by_office"] == {TERSELATAN: 1, WETAR: 2}
    assert counts["by_code"] == {"D7": 2, "E1": 1}
    assert counts["by_state"] == {"diterima": 2, "keputusan": 1}
    # the decision's follow-up: delivered 4 Nov, in force after 15 working days, the
    # objection window (14 working days from delivery) still open on 12 Nov
    f = by_id[with_cases["decided"]]["follow_up"]
    assert f["sk_number"] == "800/12/BKPSDM/2024" and f["delivered"]
    assert f["objection_open"] and not f["effective"]
    assert f["objection_until"] > TODAY and f["effective_date"] > TODAY
    later = cases.list_cases(net.hub, office=WETAR, state="keputusan", today=date(2025, 1, 6))
    assert later[0]["follow_up"]["effective"] and not later[0]["follow_up"]["objection_open"]
    assert by_id[with_cases["fresh"]]["follow_up"] is None


def test_cli_case_list_office_key_and_filter(
    net: Net, with_cases: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    code, out, err = run(net.hub.data_dir, "case", "list", "--today", "2024-11-12", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert {c["office"] for c in doc} == {WETAR, TERSELATAN}
    # every key the list had before is still there
    for key in ("id", "number", "state", "state_label", "received", "employee", "deadline",
                "alleged_codes", "proven_codes", "reported_name", "reported_unit"):  # fmt: skip
        assert all(key in c for c in doc)
    code, out, err = run(net.hub.data_dir, "case", "list", "--office", TERSELATAN, "--json")
    assert code == 0 and [c["office"] for c in json.loads(out)] == [TERSELATAN]
    code, out, err = run(net.hub.data_dir, "case", "list", "--counts", "--json")
    assert code == 0 and json.loads(out)["by_office"] == {TERSELATAN: 1, WETAR: 2}


# ---------------------------------------------------------------------------- documents
def _pdftext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_election_recap_pdf_and_xlsx(net: Net, scene: dict[str, Any], tmp_path: Path) -> None:
    pdf = hub_recap.election_recap(net.hub, scene["election"], tmp_path / "rekap.pdf")
    assert pdf.format == "pdf" and pdf.pages and pdf.offices == 3
    text = _pdftext(pdf.out)
    words = " ".join(text.split())
    assert "REKAPITULASI PENANDATANGANAN PAKTA INTEGRITAS NETRALITAS ASN" in words
    assert "Kepala BKPSDM Kabupaten Maluku Barat Daya" in words
    assert "KANTOR YANG TIDAK MELAPOR" in text and "Kecamatan Moa Lakor" in text
    wetar_line = next(line for line in text.splitlines() if WETAR in line and "Wetar" in line
                      and "%" not in line)  # fmt: skip
    assert wetar_line.split()[-8:-1] == ["5", "3", "2", "3", "1", "1", "60.0"]
    xlsx = hub_recap.election_recap(net.hub, scene["election"], tmp_path / "rekap.xlsx")
    book = openpyxl.load_workbook(xlsx.out, read_only=True)
    assert book.sheetnames[0] == "Ringkasan" and len(book.sheetnames) == 4
    summary = [list(r) for r in book["Ringkasan"].iter_rows(values_only=True)]
    wetar = next(r for r in summary if r and r[0] == WETAR)
    assert wetar[2:9] == [5, 3, 2, 3, 1, 1, 60.0]
    sheet = next(n for n in book.sheetnames if n.startswith(WETAR))
    people = [list(r) for r in book[sheet].iter_rows(values_only=True)][3:]
    assert len(people) == 5
    assert sorted(r[7] for r in people) == sorted(
        ["Sudah menandatangani"] * 3 + ["Menolak", "Belum"]
    )
    book.close()
    with pytest.raises(NetraError):
        hub_recap.election_recap(net.hub, scene["election"], tmp_path / "rekap.docx")
    assert not (tmp_path / "rekap.docx").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_case_recap_pdf_and_xlsx(net: Net, with_cases: dict[str, Any], tmp_path: Path) -> None:
    pdf = hub_recap.case_recap(net.hub, tmp_path / "kasus.pdf", today=TODAY)
    assert pdf.rows == 3 and pdf.offices == 2
    text = " ".join(_pdftext(pdf.out).split())
    assert "REKAPITULASI LAPORAN DUGAAN PELANGGARAN NETRALITAS ASN" in text
    assert "800/12/BKPSDM/2024" in text and "TERLAMBAT" in text and TERSELATAN in text
    xlsx = hub_recap.case_recap(net.hub, tmp_path / "kasus.xlsx", today=TODAY)
    book = openpyxl.load_workbook(xlsx.out, read_only=True)
    rows = [list(r) for r in book["Laporan"].iter_rows(values_only=True)]
    header = rows[2]
    data = [r + [None] * (len(header) - len(r)) for r in rows[3:]]  # trailing blanks left out
    assert header[0] == "KANTOR" and len(data) == 3
    assert data[0][0] == TERSELATAN and data[0][header.index("TERLAMBAT")] == "YA"
    decided = next(r for r in data if r[header.index("NOMOR SK")])
    assert decided[header.index("NOMOR SK")] == "800/12/BKPSDM/2024"
    assert decided[header.index("DISAMPAIKAN")] == "04-11-2024"
    assert decided[header.index("KEBERATAN TERBUKA")] == "YA"
    book.close()


def test_recap_refused_on_an_office(net: Net, tmp_path: Path) -> None:
    with pytest.raises(NetraError) as err:
        hub_recap.case_recap(net.offices[WETAR], tmp_path / "x.pdf")
    assert err.value.code == "not_hub"
