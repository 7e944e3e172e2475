"""Case PDFs: on the letterhead, Indonesian, timeline and explanation present, contact never."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from desktop.services.cases import documents as case_documents
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from tests.cases.conftest import Driver


def pdf_text(data: bytes, tmp_path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.fail("pdftotext (poppler-utils) is needed for the PDF tests")
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run([exe, "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_summary_and_nota_dinas(
    ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    case = drive(people["pns"], ["D2", "E4"], reporter_contact="0812-9999-0000")
    case_sanctions.decide(
        ctx,
        case["id"],
        "7",
        "800/5/BKPSDM/2024",
        date(2024, 12, 16),
        decided_by="Bupati Maluku Barat Daya",
    )
    summary = pdf_text(
        case_documents.render(ctx, case["id"], "summary", date(2024, 12, 17)), tmp_path
    )
    for expected in (
        "KECAMATAN WETAR",
        "RINGKASAN LAPORAN",
        case["number"],
        "Riwayat penanganan",
        "Yohanis Leunufna",
        "Verifikasi",
        "Keputusan",
        "800/5/BKPSDM/2024",
        "9 Januari 2025",
        "Ilwaki, 17 Desember 2024",
    ):
        assert expected in summary, expected
    assert "0812-9999-0000" not in summary
    nota = pdf_text(
        case_documents.render(ctx, case["id"], "recommendation", date(2024, 12, 17)), tmp_path
    )
    for expected in (
        "NOTA DINAS",
        "Perihal",
        "Penjelasan langkah demi langkah",
        "R1",
        "PP 94/2021",
        "berat",
        "pernyataan secara tertutup",
        "SHA-256",
    ):
        assert expected in nota, expected
    assert "0812-9999-0000" not in nota


def test_nota_dinas_needs_recommendation(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["D2"], until="validasi")
    with pytest.raises(Exception, match="rekomendasi"):
        case_documents.render(ctx, case["id"], "recommendation")
    assert case_documents.render(ctx, case["id"], "summary").startswith(b"%PDF")
