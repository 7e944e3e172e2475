"""Evidence files of a case: photos, screenshots and PDFs, stored by SHA-256 in the Blob table.

The type is decided from the first bytes (magic numbers), never from the file name, so a
renamed executable cannot pass as a photo; the size is capped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.domain.roles import allowed
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence
from desktop.store.models import Blob, CaseEvidence, CaseFile

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf")


def sniff_mime(data: bytes) -> str | None:
    """The evidence type from magic bytes, or None when it is not an accepted type."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:1024].lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-"):
        return "application/pdf"
    return None


def check_file(filename: str, data: bytes) -> str:
    """Refuse empty, too large or unaccepted files; return the detected MIME type."""
    if not data:
        raise NetraError(
            "evidence_empty",
            f"Berkas bukti '{filename}' kosong.",
            f"Evidence file '{filename}' is empty.",
        )
    if len(data) > MAX_EVIDENCE_BYTES:
        mb = len(data) / (1024 * 1024)
        raise NetraError(
            "evidence_too_large",
            f"Berkas bukti '{filename}' terlalu besar ({mb:.1f} MB; maksimal "
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB).",
            f"Evidence file '{filename}' is too large ({mb:.1f} MB; at most "
            f"{MAX_EVIDENCE_BYTES // (1024 * 1024)} MB).",
            size=len(data),
        )
    mime = sniff_mime(data)
    if mime is None:
        raise NetraError(
            "evidence_type",
            f"Berkas '{filename}' bukan foto (JPEG, PNG, GIF, WebP) atau PDF. Jenis berkas "
            "diperiksa dari isinya, bukan dari nama/ekstensinya.",
            f"'{filename}' is not a photo (JPEG, PNG, GIF, WebP) or a PDF. The type is "
            "checked from the content, not the file name.",
        )
    return mime


def add_in(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    filename: str,
    data: bytes,
    description: str = "",
) -> CaseEvidence:
    """Attach a file inside an open transaction (used by intake and by :func:`add`)."""
    actor = ctx.actor
    if actor is None or not (
        allowed(actor.role, "case.intake") or allowed(actor.role, "case.check")
    ):
        actor = ctx.require("case.check")  # raises PermissionDenied with the usual message
    mime = check_file(filename, data)
    sha = store_blob(session, data, mime)
    row = append_evidence(
        ctx,
        session,
        CaseEvidence(
            case_id=case.id,
            filename=Path(filename).name[:255],
            mime=mime,
            size=len(data),
            blob_sha256=sha,
            added_by=actor.username,
            description=description.strip(),
        ),
    )
    audit.record(
        ctx,
        session,
        "case.evidence",
        "case_file",
        case.id,
        {
            "evidence_id": row.id,
            "filename": row.filename,
            "sha256": sha,
            "size": len(data),
            "mime": mime,
        },
    )
    return row


def add(ctx: AppContext, ref: str, path: str | Path, description: str = "") -> dict[str, Any]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NetraError(
            "evidence_unreadable",
            f"Berkas '{path}' tidak dapat dibaca: {exc}.",
            f"Cannot read '{path}': {exc}.",
        ) from exc
    return add_bytes(ctx, ref, path.name, data, description)


def add_bytes(
    ctx: AppContext, ref: str, filename: str, data: bytes, description: str = ""
) -> dict[str, Any]:
    from desktop.services.cases import find_case

    with ctx.tx() as session:
        case = find_case(session, ref)
        if case.state in ("selesai", "tidak_terbukti", "ditolak"):
            raise NetraError(
                "case_closed",
                "Laporan sudah ditutup; bukti tidak dapat ditambah.",
                "The case is closed; evidence cannot be added.",
            )
        row = add_in(ctx, session, case, filename, data, description)
        return evidence_json(row)


def evidence_json(row: CaseEvidence) -> dict[str, Any]:
    return {
        "id": row.id,
        "filename": row.filename,
        "mime": row.mime,
        "size": row.size,
        "sha256": row.blob_sha256,
        "added_by": row.added_by,
        "added_at": row.created_at,
        "description": row.description,
    }


def list_json(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(CaseEvidence).where(CaseEvidence.case_id == case_id).order_by(CaseEvidence.chain_seq)
    )
    return [evidence_json(r) for r in rows]


def content(ctx: AppContext, evidence_id: str) -> tuple[str, str, bytes]:
    """(filename, mime, bytes) of one evidence file, its hash re-checked."""
    from desktop.domain.canonical import sha256_hex

    ctx.require("view")
    with ctx.read() as session:
        row = session.get(CaseEvidence, evidence_id)
        blob = session.get(Blob, row.blob_sha256) if row else None
        if row is None or blob is None:
            raise NetraError(
                "evidence_not_found", "Berkas bukti tidak ditemukan.", "Evidence file not found."
            )
        if sha256_hex(blob.data) != row.blob_sha256:
            raise NetraError(
                "evidence_tampered",
                "Isi berkas bukti tidak cocok dengan hash-nya (telah diubah).",
                "The evidence file does not match its hash (altered).",
            )
        return row.filename, row.mime, bytes(blob.data)
