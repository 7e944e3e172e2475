"""Evidence opened outside Netra: the type is re-detected from the whole content (a .bat or
.hta that merely starts with %PDF- is refused), and the file is written as
<evidence id>.<detected extension> in Netra's temp folder, never under its stored name
(on Windows the shell would run a stored 'surat.hta')."""

from __future__ import annotations

import io
import os
import time

import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from desktop import paths
from desktop.domain.errors import NetraError
from desktop.services import cases
from desktop.services.cases import evidence as case_evidence
from desktop.services.context import AppContext
from desktop.store import evidence as store_evidence
from tests.cases.conftest import intake

BAT = b"%PDF-1.4\r\n@echo off\r\nstart calc.exe\r\n%%EOF\r\n"
HTA = b"%PDF-1.7\n<html><script>new ActiveXObject('WScript.Shell').Run('calc')</script>"


def real_pdf() -> bytes:
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.drawString(72, 720, "Tangkapan layar unggahan")
    page.save()
    return buf.getvalue()


def image(fmt: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 120, 200)).save(buf, fmt)
    return buf.getvalue()


def test_only_well_formed_files_pass_the_type_check() -> None:
    assert store_evidence.detect_type(real_pdf()) == "application/pdf"
    assert store_evidence.detect_type(image("PNG")) == "image/png"
    assert store_evidence.detect_type(image("JPEG")) == "image/jpeg"
    assert store_evidence.detect_type(image("GIF")) == "image/gif"
    for hostile in (
        BAT,
        HTA,
        b"%PDF-1.4\n" + b"A" * 500 + b"\nstartxref\n9999999\n%%EOF\n",  # offset off the end
        b"%PDF-1.4\n" + b"A" * 500 + b"\nstartxref\n20\n%%EOF\n",  # not at an xref
        image("PNG")[:40] + b"@echo off\r\nstart calc.exe\r\n",  # PNG header, then a script
        b"\xff\xd8\xff\xe0" + b"\x00" * 64,  # a JPEG header and nothing decodable
    ):
        assert store_evidence.detect_type(hostile) is None


def test_intake_refuses_a_script_that_starts_like_a_pdf(ctx: AppContext) -> None:
    case = cases.new_case(ctx, intake(reported_name="X"))
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case.case_id, "laporan.pdf", BAT)
    assert err.value.code == "evidence_type"


def test_sync_check_names_the_problem() -> None:
    assert store_evidence.check_evidence_blob("a.pdf", real_pdf(), "application/pdf") is None
    assert store_evidence.check_evidence_blob("a.png", image("PNG")) is None
    reason = store_evidence.check_evidence_blob("surat.hta", HTA, "application/pdf")
    assert reason is not None and "surat.hta" in reason
    mismatch = store_evidence.check_evidence_blob("a.pdf", image("PNG"), "application/pdf")
    assert mismatch is not None and "image/png" in mismatch
    assert "kosong" in (store_evidence.check_evidence_blob("a.pdf", b"") or "")
    big = b"%PDF-1.4\n" + b"0" * store_evidence.MAX_EVIDENCE_BYTES
    assert "terlalu besar" in (store_evidence.check_evidence_blob("a.pdf", big) or "")


def test_viewing_uses_the_id_and_the_detected_type_not_the_stored_name(
    ctx: AppContext,
) -> None:
    case = cases.new_case(ctx, intake(reported_name="X"))
    pdf = real_pdf()
    row = case_evidence.add_bytes(ctx, case.case_id, "surat undangan.pdf.hta", pdf)
    path = case_evidence.evidence_file_for_viewing(ctx, row.id)
    assert path.name == f"{row.id}.pdf"
    assert path.read_bytes() == pdf
    assert path.parent.parent == paths.temp_root()
    photo = case_evidence.add_bytes(ctx, case.case_id, "foto.bat", image("JPEG"))
    assert case_evidence.evidence_file_for_viewing(ctx, photo.id).name == (f"{photo.id}.jpg")


def test_a_hostile_row_already_stored_is_not_written_out(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if it came through sync from a Netra without the content check."""
    case = cases.new_case(ctx, intake(reported_name="X"))
    monkeypatch.setattr(case_evidence, "check_file", lambda _n, _d: "application/pdf")
    row = case_evidence.add_bytes(ctx, case.case_id, "laporan.bat", BAT)
    monkeypatch.undo()
    before = set(paths.temp_root().rglob("*"))
    with pytest.raises(NetraError) as err:
        case_evidence.evidence_file_for_viewing(ctx, row.id)
    assert err.value.code == "evidence_unsafe"
    assert not [p for p in set(paths.temp_root().rglob("*")) - before if p.is_file()]


def test_temp_folders_are_removed_at_exit_and_stale_ones_at_start() -> None:
    mine = paths.make_temp_dir("bukti")
    (mine / "x.pdf").write_bytes(b"x")
    old = paths.temp_root() / "cetak-1-old"
    old.mkdir(exist_ok=True)
    (old / "pakta.pdf").write_bytes(b"signed")
    fresh = paths.temp_root() / "cetak-2-fresh"
    fresh.mkdir(exist_ok=True)
    long_ago = time.time() - 7 * 3600
    for p in (old, old / "pakta.pdf"):
        os.utime(p, (long_ago, long_ago))
    assert paths.clean_stale_temp() >= 1
    assert not old.exists() and fresh.exists() and mine.exists()  # ours is in use
    assert paths.remove_own_temp_dirs() >= 1
    assert not mine.exists()
    fresh.rmdir()
