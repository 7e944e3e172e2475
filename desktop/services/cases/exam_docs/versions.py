"""Printing a document as versioned evidence: the same content reuses its version and PDF, any
change makes a new version (record, QR signed with the office key, PDF) that supersedes the
old; listing and reading them.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.fileio import write_verified
from desktop.services import audit, identity
from desktop.services.cases.exam_docs.content import build_content
from desktop.services.cases.exam_docs.kinds import KINDS, check_kind
from desktop.services.cases.model import DocumentMade, DocumentWritten
from desktop.services.cases.records import bad, find_case
from desktop.services.context import AppContext
from desktop.services.office import letterhead, store_blob
from desktop.services.records import append_evidence
from desktop.store.models import Blob, CaseDocumentRecord


def latest_document(session: Session, case_id: str, kind: str) -> CaseDocumentRecord | None:
    """The newest version of a case's document of ``kind``."""
    return session.scalars(
        select(CaseDocumentRecord)
        .where(CaseDocumentRecord.case_id == case_id, CaseDocumentRecord.kind == kind)
        .order_by(CaseDocumentRecord.version.desc())
    ).first()


def _qr(ctx: AppContext, session: Session, row: CaseDocumentRecord, nip: str) -> tuple[str, str]:
    payload = verification.make_payload(
        row.id,
        nip,
        row.created_at,
        row.content_sha256,
        row.sha256,
        ctx.office(session).code,
        kind=verification.KIND_CASE_DOCUMENT,  # a verifier looks in case_document, not pacts
    )
    key = identity.load(ctx.keys_dir).signing
    signed = verification.with_signature(payload, key.sign(verification.message(payload)))
    return verification.encode(signed), verification.short_code(signed)


def produce(ctx: AppContext, ref: str, kind: str) -> DocumentMade:
    """The document's current version: reused when the content is unchanged (nothing
    changes), else a new version (its record, QR and PDF) in one transaction. Returns the
    record (its JSON with ``qr_text``, ``reused``, ``seconds``) and the PDF."""
    from desktop.documents import case_exam_pdf

    actor = ctx.require("case.recommend")
    kind = check_kind(kind)
    started = time.perf_counter()
    with ctx.tx() as session:
        case = find_case(session, ref)
        content, images = build_content(ctx, session, case, kind)
        content_sha = sha256_hex(canonical_json(content))
        previous = latest_document(session, case.id, kind)
        if previous is not None and previous.content_sha256 == content_sha and previous.pdf_sha256:
            blob = session.get(Blob, previous.pdf_sha256)
            if blob is not None:
                out = document_json(previous)
                who = json.loads(previous.content_json)["examined"]
                out["qr_text"] = _qr(
                    ctx, session, previous, who.get("nip") or who.get("nik") or ""
                )[0]
                out.update(reused=True, seconds=round(time.perf_counter() - started, 3))
                return DocumentMade(out, bytes(blob.data), changes=frozenset())
        row = append_evidence(
            ctx,
            session,
            CaseDocumentRecord(
                case_id=case.id,
                kind=kind,
                version=(previous.version + 1) if previous else 1,
                title=content["title"],
                content_json=canonical_json(content).decode("utf-8"),
                content_sha256=content_sha,
                actor=actor.username,
                supersedes_id=previous.id if previous else None,
            ),
        )
        who = content["examined"]
        qr_text, short = _qr(ctx, session, row, who.get("nip") or who.get("nik") or "")
        office = ctx.office(session)
        pdf = case_exam_pdf.render(
            case_exam_pdf.ExamPrint(
                letterhead=letterhead(session, office),
                paper=office.paper,
                content={**content, "version": row.version},
                qr_text=qr_text,
                short_code=short,
                images=images,
            )
        )
        pdf_sha = store_blob(session, pdf, "application/pdf")
        session.flush()  # the blob first: the foreign key is checked at the update
        row.pdf_sha256 = pdf_sha
        session.flush()
        audit.record(
            ctx,
            session,
            "case.document",
            "case_document",
            row.id,
            {
                "case_id": case.id,
                "kind": kind,
                "version": row.version,
                "content_sha256": content_sha,
                "pdf_sha256": row.pdf_sha256,
            },
        )
        out = document_json(row)
        out["qr_text"] = qr_text
        out.update(reused=False, seconds=round(time.perf_counter() - started, 3))
        return DocumentMade(out, pdf)


def write_document(ctx: AppContext, ref: str, kind: str, out: Path) -> DocumentWritten:
    """The current version of ``kind`` (as :func:`produce`) written to ``out``."""
    doc = produce(ctx, ref, kind)
    write_verified(out, doc.pdf)
    written = {**doc.to_json(), "path": str(out), "size": len(doc.pdf)}
    return DocumentWritten(written, changes=doc.changes)


def document_json(row: CaseDocumentRecord) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "title": row.title,
        "version": row.version,
        "created_at": row.created_at,
        "actor": row.actor,
        "content_sha256": row.content_sha256,
        "sha256": row.sha256,
        "pdf_sha256": row.pdf_sha256,
        "supersedes_id": row.supersedes_id,
        "short_code": verification.short_code_for(row.origin, row.sha256),
    }


def list_documents_in(session: Session, case_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(CaseDocumentRecord)
        .where(CaseDocumentRecord.case_id == case_id)
        .order_by(CaseDocumentRecord.kind, CaseDocumentRecord.version)
    ).all()
    newest = {r.kind: r.version for r in rows}
    return [
        {**document_json(r), "current": newest[r.kind] == r.version}
        for r in sorted(rows, key=lambda r: (KINDS.index(r.kind), r.version))
    ]


def document_pdf(ctx: AppContext, document_id: str) -> bytes:
    ctx.require("view")
    with ctx.read() as session:
        row = session.get(CaseDocumentRecord, document_id)
        blob = session.get(Blob, row.pdf_sha256) if row and row.pdf_sha256 else None
        if blob is None:
            raise bad("document_not_found", "Dokumen tidak ditemukan.", "Document not found.")
        return bytes(blob.data)
