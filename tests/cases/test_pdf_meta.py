"""Case PDFs carry real document information (issue 14, point 6): the case title, the office
as author, a subject with the case number, today's creation date and "Netra x.y"."""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

from desktop import __version__
from desktop.services.cases import documents as case_documents
from desktop.services.context import AppContext
from tests.cases.conftest import Driver


def pdfinfo(data: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "meta.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {k.strip(): v.strip() for k, v in (ln.split(":", 1) for ln in out.splitlines())}


def test_case_summary_metadata(
    ctx: AppContext, drive: Driver, people: dict[str, str], tmp_path: Path
) -> None:
    case = drive(people["pns"], ["D2"], until="validasi")
    info = pdfinfo(case_documents.render(ctx, case["id"], "summary", date(2024, 12, 17)), tmp_path)
    assert info["Author"] == "Kecamatan Wetar"
    assert info["Producer"] == info["Creator"] == f"Netra {__version__}"
    assert case["number"] in info["Subject"]
    assert info["Title"] and info["Title"] != "untitled"
    created = datetime.fromisoformat(info["CreationDate"])
    assert created.date() >= date(2025, 1, 1)  # the real date, not ReportLab's 2000-01-01
    assert abs((datetime.now(created.tzinfo) - created).total_seconds()) < 600
