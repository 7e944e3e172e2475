"""Evidence files: type from magic bytes (not the name), size limit, SHA-256, audit chain."""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.services import audit, cases
from desktop.services.cases import evidence as case_evidence
from desktop.services.context import Actor, AppContext
from desktop.store import evidence as store_evidence
from desktop.store.models import Blob, CaseEvidence
from tests.cases.conftest import intake


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buf, "PNG")
    return buf.getvalue()


def test_sniff_by_content() -> None:
    assert store_evidence.sniff_mime(png_bytes()) == "image/png"
    assert store_evidence.sniff_mime(b"\xff\xd8\xff\xe0rest") == "image/jpeg"
    assert store_evidence.sniff_mime(b"%PDF-1.7\n...") == "application/pdf"
    assert store_evidence.sniff_mime(b"GIF89a....") == "image/gif"
    assert store_evidence.sniff_mime(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert store_evidence.sniff_mime(b"MZ\x90\x00 executable") is None
    assert store_evidence.sniff_mime(b"<html>") is None


def test_renamed_file_checked_by_content(ctx: AppContext) -> None:
    case = cases.show(ctx, cases.new_case(ctx, intake(reported_name="X")).case_id).to_json()
    # a PNG named .pdf is accepted as a PNG; an executable named .jpg is refused
    row = case_evidence.add_bytes(ctx, case["id"], "tangkapan.pdf", png_bytes())
    assert row.mime == "image/png"
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case["id"], "foto.jpg", b"MZ\x90\x00" + b"\0" * 100)
    assert err.value.code == "evidence_type"
    assert "isinya" in err.value.message_id


def test_size_limit_and_empty(ctx: AppContext) -> None:
    case = cases.show(ctx, cases.new_case(ctx, intake(reported_name="X")).case_id).to_json()
    big = b"%PDF-1.4\n" + b"0" * store_evidence.MAX_EVIDENCE_BYTES
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case["id"], "besar.pdf", big)
    assert err.value.code == "evidence_too_large"
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case["id"], "kosong.png", b"")
    assert err.value.code == "evidence_empty"
    with ctx.read() as session:
        assert session.scalars(select(CaseEvidence)).first() is None


def test_hash_blob_and_chain(ctx: AppContext) -> None:
    data = png_bytes()
    case = cases.show(
        ctx, cases.new_case(ctx, intake(reported_name="X"), files=[("foto.png", data)]).case_id
    ).to_json()
    ev = cases.show(ctx, case["id"]).to_json()["evidence"]
    assert len(ev) == 1
    assert ev[0]["sha256"] == hashlib.sha256(data).hexdigest()
    assert ev[0]["size"] == len(data) and ev[0]["added_by"] == "admin"
    name, mime, content = case_evidence.content(ctx, ev[0]["id"])
    assert (name, mime, content) == ("foto.png", "image/png", data)
    # the same bytes attached twice share one blob
    case_evidence.add_bytes(ctx, case["id"], "lagi.png", data)
    with ctx.read() as session:
        assert len(session.scalars(select(Blob).where(Blob.mime == "image/png")).all()) == 1
    assert audit.verify(ctx).ok


def test_intake_with_bad_file_writes_nothing(ctx: AppContext) -> None:
    with pytest.raises(NetraError):
        cases.new_case(ctx, intake(reported_name="X"), files=[("a.png", b"not an image")])
    assert cases.list_cases(ctx) == []


def test_viewer_cannot_add_evidence(ctx: AppContext) -> None:
    case = cases.show(ctx, cases.new_case(ctx, intake(reported_name="X")).case_id).to_json()
    ctx.actor = Actor("lihat", "viewer")
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case["id"], "foto.png", png_bytes())
    assert err.value.code == "permission_denied"
