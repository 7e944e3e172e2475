"""The database side of checking a printed case document's code (issue 16).

A case document (Surat Panggilan, BAP, LHP, keputusan, tanda terima, pembebasan sementara)
is versioned evidence: a ``CaseDocumentRecord`` sealing the SHA-256 of its content and of its
PDF in the hash chain. Its QR is the pact's payload (record kind 1), so the pact verifier
(:mod:`desktop.services.printing.pact_verification`) checks the office signature and asks this
module whether the record held here is intact, matches the code and is the newest version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import chain_hash, sha256_hex
from desktop.services.cases.exam_docs import document_json, latest_document
from desktop.store.models import Blob, CaseDocumentRecord, CaseFile


def _record_problems(session: Session, row: CaseDocumentRecord) -> list[str]:
    out: list[str] = []
    if chain_hash(row.canonical_content(), row.prev_sha256) != row.sha256:
        out.append("Isi rekaman dokumen di basis data telah berubah (hash tidak cocok).")
    if sha256_hex(row.content_json.encode("utf-8")) != row.content_sha256:
        out.append("Isi dokumen tidak cocok dengan hash isinya.")
    if row.pdf_sha256:
        blob = session.get(Blob, row.pdf_sha256)
        if blob is None or sha256_hex(blob.data) != row.pdf_sha256:
            out.append("Berkas PDF dokumen di basis data hilang atau telah berubah.")
    return out


def find_by_hash(session: Session, prefix: str) -> list[CaseDocumentRecord]:
    """Case documents whose record hash starts with ``prefix`` (a short code's)."""
    return list(
        session.scalars(
            select(CaseDocumentRecord).where(CaseDocumentRecord.sha256.like(prefix + "%"))
        )
    )


def check_record(
    session: Session, row: CaseDocumentRecord, payload: verification.QrPayload | None
) -> dict[str, Any]:
    """The database side of a case document's verification (``valid``, ``reasons``,
    ``document``, ``superseded``), for ``pact verify`` once the office signature was checked
    (``payload``) or for a short code (``None``)."""
    return with_record(session, row, payload, {})


def with_record(
    session: Session,
    row: CaseDocumentRecord,
    payload: verification.QrPayload | None,
    result: dict[str, Any],
) -> dict[str, Any]:
    """``result`` (the signature side, possibly empty) completed with the record's check."""
    problems = _record_problems(session, row)
    if payload is not None:
        if not payload.matches_record(row.sha256):
            problems.append("Hash rekaman pada kode berbeda dengan dokumen di basis data.")
        if not payload.matches_template(row.content_sha256):
            problems.append("Hash isi pada kode berbeda dengan dokumen di basis data.")
    newest = latest_document(session, row.case_id, row.kind)
    case = session.get(CaseFile, row.case_id)
    doc = {
        **document_json(row),
        "case_number": case.number if case else "",
        "newest_version": newest.version if newest else row.version,
    }
    reasons = list(problems)
    if not problems:
        reasons.append(
            f"{row.title} versi {row.version} laporan {doc['case_number']} utuh di basis data"
            + (
                " dan cocok dengan kode bertanda tangan kantor."
                if payload
                else " (kode pendek: tanda tangan digital tidak diperiksa)."
            )
        )
        if newest is not None and newest.version > row.version:
            reasons.append(
                f"PERHATIAN: sudah ada versi {newest.version} yang lebih baru dari dokumen ini."
            )
    return {
        **result,
        "valid": not problems,
        "status": "valid" if not problems else "record_mismatch",
        "reasons": reasons,
        "document": doc,
        "superseded": newest is not None and newest.version > row.version,
    }


__all__ = ["check_record", "find_by_hash", "with_record"]
