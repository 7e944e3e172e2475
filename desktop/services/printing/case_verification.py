"""Checking a printed case document's code (``netra case verify``).

The QR text (``NETRA1...``) goes through the pact verifier first (the office signature,
offline); when this database holds the record, :mod:`case_documents` checks that it is intact,
matches the code, and whether a newer version exists. A short code can only be looked up in
the database: no signature is checked, and the result says so.
"""

from __future__ import annotations

from typing import Any

from desktop.domain import verification
from desktop.services.context import AppContext
from desktop.services.printing import pact_verification
from desktop.services.printing.case_documents import find_by_hash, with_record
from desktop.store.models import CaseDocumentRecord


def verify_document(ctx: AppContext, text: str) -> dict[str, Any]:
    """Check a case document's QR text (``NETRA1...``) or its short code: the office signature
    offline (through the pact verifier), then, when this database holds the record, that it
    is intact, matches the code, and whether a newer version exists."""
    ctx.require("view")
    cleaned = verification.normalise(text)
    short = verification.parse_short_code(text)
    with ctx.read() as session:
        if short is not None and not cleaned.startswith(verification.PREFIX):
            _office, prefix = short
            rows = find_by_hash(session, prefix)
            if len(rows) != 1:
                return {
                    "valid": False,
                    "status": "not_found",
                    "signature_checked": False,
                    "reasons": ["Kode pendek tidak ditemukan di basis data ini."],
                }
            return with_record(session, rows[0], None, {"signature_checked": False})
    result = pact_verification.verify(ctx, text).to_json()
    if not result.get("signature_checked"):
        return {**result, "document": None}
    payload = verification.parse(text)
    with ctx.read() as session:
        row = session.get(CaseDocumentRecord, payload.record_id)
        if row is None:
            result["reasons"] = [
                "Tanda tangan digital kantor sah; dokumen tidak ada di basis data ini, sehingga "
                "hanya tanda tangan yang diperiksa."
            ]
            return {**result, "document": None}
        return with_record(session, row, payload, result)


__all__ = ["verify_document"]
