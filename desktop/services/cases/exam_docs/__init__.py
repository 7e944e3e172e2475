"""The examination documents as versioned evidence: build, print, bundle.

A document's printed content is a plain dict built from the case's records; its SHA-256 is
sealed in a ``CaseDocumentRecord`` (hash-chained). Printing again with the same content gives
the same version (and the stored PDF); any change makes a new version that supersedes the old.
The QR on every page is the pact's payload (``desktop.domain.verification``) signed with the
office key: record id = the document record, "template" hash = the content hash, record hash =
the chain hash; any installation knowing the office key checks the signature offline.
Checking a printed code is printing's (``desktop.services.printing.case_verification``).

The I'DIS/SIASN bundle (:func:`bundle`) is one folder per decided case with its PDFs plus
``index.csv`` and ``index.json`` for the BKPSDM's upload.

This package's ``__init__`` is the API; the modules: ``kinds``, ``parts`` (what every document
shares), one content builder per kind (``summons_content``, ``bap_content``, ``lhp_content``,
``decision_content`` for the SK and its tanda terima, ``suspension_content``), ``content``
(by kind), ``versions`` (printing as versioned evidence) and ``siasn_bundle``.
"""

from __future__ import annotations

from desktop.services.cases.exam_docs.content import available_kinds, build_content
from desktop.services.cases.exam_docs.kinds import FILE_NAMES, KINDS, TITLES
from desktop.services.cases.exam_docs.lhp_content import TRACK_LABELS
from desktop.services.cases.exam_docs.siasn_bundle import INDEX_KEYS, bundle, index_row
from desktop.services.cases.exam_docs.versions import (
    document_json,
    document_pdf,
    latest_document,
    list_documents_in,
    produce,
    write_document,
)

__all__ = [
    "FILE_NAMES",
    "INDEX_KEYS",
    "KINDS",
    "TITLES",
    "TRACK_LABELS",
    "available_kinds",
    "build_content",
    "bundle",
    "document_json",
    "document_pdf",
    "index_row",
    "latest_document",
    "list_documents_in",
    "produce",
    "write_document",
]
