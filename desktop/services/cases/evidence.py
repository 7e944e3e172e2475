"""Evidence files of a case: photos, screenshots and PDFs, stored by SHA-256 in the Blob table.

The type is decided from the content, never from the file name, and not from the first bytes
alone (``desktop/store/evidence.py``, ``detect_type``): a PDF must also end like one and its last ``startxref`` must
point at a cross-reference; an image must decode with Pillow. So a ``.bat`` or ``.hta`` that
merely starts with ``%PDF-`` is refused at intake and again on sync import
(``desktop/store/evidence.py``, ``check_evidence_blob``). A file is opened outside Netra only as
``<evidence id>.<extension of the detected type>`` in Netra's own temp folder
(:func:`evidence_file_for_viewing`), never under the name it was stored with; the size is
capped.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import workflow
from desktop.domain.case_view import EvidenceItem
from desktop.domain.errors import NetraError
from desktop.paths import make_temp_dir
from desktop.services import audit
from desktop.services.cases.model import EvidenceAdded
from desktop.services.cases.records import find_case
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence
from desktop.store.evidence import EXTENSIONS, detect_type, file_size_problem
from desktop.store.models import Blob, CaseEvidence, CaseFile


def check_file(filename: str, data: bytes) -> str:
    """Refuse empty, too large or unaccepted files; return the detected MIME type."""
    problem = file_size_problem(filename, data)
    if problem is not None:
        raise problem
    mime = detect_type(data)
    if mime is None:
        raise NetraError(
            "evidence_type",
            f"Berkas '{filename}' bukan foto (JPEG, PNG, GIF, WebP) atau PDF yang utuh. Jenis "
            "berkas diperiksa dari seluruh isinya, bukan dari nama/ekstensinya.",
            f"'{filename}' is not a well-formed photo (JPEG, PNG, GIF, WebP) or PDF. The type "
            "is checked from the whole content, not the file name.",
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
    # the stage's owner only: an operator at intake, a verifier while it is being checked
    actor = ctx.require(workflow.evidence_permission(case.state) or "case.closed")
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


def add(ctx: AppContext, ref: str, path: str | Path, description: str = "") -> EvidenceAdded:
    """Attach the file at ``path`` to the case (its content checked, stored by hash)."""
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
) -> EvidenceAdded:
    with ctx.tx() as session:
        case = find_case(session, ref)
        if case.state in ("selesai", "tidak_terbukti", "ditolak"):
            raise NetraError(
                "case_closed",
                "Laporan sudah ditutup; bukti tidak dapat ditambah.",
                "The case is closed; evidence cannot be added.",
            )
        row = add_in(ctx, session, case, filename, data, description)
        return EvidenceAdded(*_fields(row))


def _fields(row: CaseEvidence) -> tuple[str, str, str, int, str, str, datetime, str]:
    return (row.id, row.filename, row.mime, row.size, row.blob_sha256, row.added_by,
            row.created_at, row.description)  # fmt: skip


def items_of(session: Session, case_id: str) -> tuple[EvidenceItem, ...]:
    """The case's evidence files, in the order they were added."""
    rows = session.scalars(
        select(CaseEvidence).where(CaseEvidence.case_id == case_id).order_by(CaseEvidence.chain_seq)
    )
    return tuple(EvidenceItem(*_fields(r)) for r in rows)


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


def evidence_file_for_viewing(ctx: AppContext, evidence_id: str) -> Path:
    """Write one evidence file for an outside viewer and return its path.

    The type is detected again from the stored bytes (whatever the row or its file name say;
    the row may have come through sync) and the file is named ``<evidence id>.<extension of
    that type>`` in a new folder under Netra's temp root: the shell opens it with the photo
    or PDF viewer, never as a program. Refused when the content is not a well-formed photo or
    PDF. The folder is removed when Netra exits (or at a later start)."""
    _name, _mime, data = content(ctx, evidence_id)
    mime = detect_type(data)
    if mime is None:
        raise NetraError(
            "evidence_unsafe",
            "Berkas bukti ini bukan foto atau PDF yang utuh, sehingga tidak dibuka di luar "
            "Netra (mungkin berbahaya).",
            "This evidence file is not a well-formed photo or PDF, so it is not opened "
            "outside Netra (it may be harmful).",
        )
    stem = evidence_id if re.fullmatch(r"[0-9A-Za-z-]{1,64}", evidence_id) else "bukti"
    target = make_temp_dir("bukti") / f"{stem}.{EXTENSIONS[mime]}"
    with target.open("xb") as fh:
        fh.write(data)
    return target
