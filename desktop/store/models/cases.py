"""Violation reports (cases), their append-only history, evidence, recommendations and
decisions; plus the reference data they need (rulebooks, the holiday calendar)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, EvidenceMixin, SyncedMixin
from desktop.store.evidence import EvidenceColumns


class CaseFile(SyncedMixin, Base):
    """A laporan dugaan pelanggaran. ``state`` mirrors the newest CaseStep."""

    __tablename__ = "case_file"

    number: Mapped[str] = mapped_column(String(64), unique=True)  # office-prefixed, readable
    source: Mapped[str] = mapped_column(String(16))  # masyarakat|bawaslu|bkn|internal|media_sosial
    reporter_name: Mapped[str] = mapped_column(String(200), default="")
    reporter_contact: Mapped[str] = mapped_column(String(200), default="")  # private
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    received_date: Mapped[date] = mapped_column(Date)
    employee_id: Mapped[str | None] = mapped_column(
        ForeignKey("employee.id", ondelete="RESTRICT"), default=None, index=True
    )
    reported_name: Mapped[str] = mapped_column(String(200), default="")  # free text if unknown
    reported_unit: Mapped[str] = mapped_column(String(200), default="")
    election_id: Mapped[str | None] = mapped_column(
        ForeignKey("election.id", ondelete="RESTRICT"), default=None
    )
    act_place: Mapped[str] = mapped_column(String(300), default="")
    act_date: Mapped[date | None] = mapped_column(Date, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    alleged_codes_json: Mapped[str] = mapped_column(Text, default="[]")
    state: Mapped[str] = mapped_column(String(16), default="diterima", index=True)


class CaseStep(EvidenceMixin, Base):
    """One transition of a case's workflow. Append-only."""

    __tablename__ = "case_step"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    from_state: Mapped[str | None] = mapped_column(String(16), default=None)
    to_state: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    proven_codes_json: Mapped[str] = mapped_column(Text, default="[]")
    data_json: Mapped[str] = mapped_column(Text, default="{}")  # step-specific facts

    __table_args__ = (
        Index("ix_case_step_case", "case_id"),
        Index("ix_case_step_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "from_state",
            "to_state",
            "actor",
            "note",
            "proven_codes_json",
            "data_json",
        ),
    )


class CaseEvidence(EvidenceMixin, Base):
    """A file attached to a case (photo, screenshot, PDF). Content lives in ``blob``."""

    __tablename__ = "case_evidence"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256", ondelete="RESTRICT"))
    added_by: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_case_evidence_case", "case_id"),
        Index("ix_case_evidence_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "filename",
            "mime",
            "size",
            "blob_sha256",
            "added_by",
            "description",
        ),
        files={"blob_sha256": "berkas bukti"},
    )


class CaseRecommendation(EvidenceMixin, Base):
    """The engine's recommendation, stored with the rulebook version and hash it used."""

    __tablename__ = "case_recommendation"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    rulebook_version: Mapped[str] = mapped_column(String(64))
    rulebook_sha256: Mapped[str] = mapped_column(String(64))
    input_json: Mapped[str] = mapped_column(Text)
    output_json: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_case_recommendation_case", "case_id"),
        Index("ix_case_recommendation_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "rulebook_version",
            "rulebook_sha256",
            "input_json",
            "output_json",
            "actor",
        ),
    )


class CaseDecision(EvidenceMixin, Base):
    """The competent official's decision (SK). A correction is a new row superseding it."""

    __tablename__ = "case_decision"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    sanction_type: Mapped[str] = mapped_column(String(32))  # "1".."9" | ptdh | moral_* | contract
    moral: Mapped[str | None] = mapped_column(String(16), default=None)
    justification: Mapped[str] = mapped_column(Text, default="")
    sk_number: Mapped[str] = mapped_column(String(100))
    sk_date: Mapped[date] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(64))
    delivered_date: Mapped[date | None] = mapped_column(Date, default=None)
    effective_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    rulebook_version: Mapped[str] = mapped_column(String(64), default="")
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (
        Index("ix_case_decision_case", "case_id"),
        Index("ix_case_decision_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "sanction_type",
            "moral",
            "justification",
            "sk_number",
            "sk_date",
            "decided_by",
            "recorded_by",
            "delivered_date",
            "effective_date",
            "end_date",
            "rulebook_version",
            "supersedes_id",
        ),
    )


class Rulebook(SyncedMixin, Base):
    """A loaded sanction rulebook version (reference data, distributed by the hub)."""

    __tablename__ = "rulebook"

    name: Mapped[str] = mapped_column(String(64))  # e.g. netralitas-2022
    version: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content_json: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=False)


class Holiday(SyncedMixin, Base):
    """A non-working day: libur nasional or cuti bersama (editable reference data)."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16), default="libur")  # libur | cuti_bersama


class CaseExamEntry(EvidenceMixin, Base):
    """One fact of the PP 94/2021 / PP 42/2004 examination or of the national path, append-only.

    ``kind``: ``team`` (tim pemeriksa or Majelis Kode Etik, the whole composition), ``absent``
    (a missed examination), ``bap`` (Berita Acara Pemeriksaan: questions and answers), ``lhp``
    (Laporan Hasil Pemeriksaan), ``reference`` (Bawaslu / SBT / BKN numbers), ``receipt``
    (tanda terima or sent-by-post record), ``objection`` (keberatan / banding filed),
    ``suspension`` (pembebasan sementara). A newer entry of a kind supersedes the older one
    (``supersedes_id``); nothing is updated in place."""

    __tablename__ = "case_exam_entry"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    data_json: Mapped[str] = mapped_column(Text, default="{}")
    actor: Mapped[str] = mapped_column(String(64))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)

    __table_args__ = (
        Index("ix_case_exam_entry_case", "case_id", "kind"),
        Index("ix_case_exam_entry_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=("case_id", "kind", "data_json", "actor", "supersedes_id"),
    )


class CaseSignature(EvidenceMixin, Base):
    """A signature (or a refusal to sign) on a case document such as the BAP, with the raw
    pen points and the rendered image, sealed like a pact's ``SignatureRecord``."""

    __tablename__ = "case_signature"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    entry_id: Mapped[str] = mapped_column(String(36))  # the CaseExamEntry signed (the BAP)
    role: Mapped[str] = mapped_column(String(16))  # examiner | examined
    kind: Mapped[str] = mapped_column(String(8))  # signed | refused
    identity_json: Mapped[str] = mapped_column(Text)  # name, nip, peran
    strokes_json: Mapped[str | None] = mapped_column(Text, default=None)
    strokes_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    image_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("blob.sha256", ondelete="RESTRICT"), default=None
    )
    operator: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_case_signature_entry", "entry_id"),
        Index("ix_case_signature_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "entry_id",
            "role",
            "kind",
            "identity_json",
            "strokes_sha256",
            "image_sha256",
            "operator",
            "reason",
        ),
        excluded={
            "strokes_json": "sealed through strokes_sha256, which the hash covers: every check "
            "of a row (audit verify, the sync merge) compares the points with it",
        },
        digests={"strokes_json": "strokes_sha256"},
        digest_names={"strokes_json": "coretan tanda tangan"},
        files={"image_sha256": "gambar tanda tangan"},
    )


class CaseDocumentRecord(EvidenceMixin, Base):
    """One printed version of a case document (summons, BAP, LHP, SK draft, receipt).

    The hash seals the printed content (``content_json``); printing again with the same
    content reuses the version, a change makes a new version superseding the old. The PDF
    itself is kept as a blob (``pdf_sha256``, set in the same transaction: the PDF carries
    the QR of this row's hash, so it cannot be inside it)."""

    __tablename__ = "case_document"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    content_json: Mapped[str] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(64))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    pdf_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("blob.sha256", ondelete="RESTRICT"), default=None
    )

    __table_args__ = (
        Index("ix_case_document_case", "case_id", "kind"),
        Index("ix_case_document_chain", "origin", "device", "chain_seq", unique=True),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "case_id",
            "kind",
            "version",
            "title",
            "content_json",
            "content_sha256",
            "actor",
            "supersedes_id",
        ),
        excluded={
            "pdf_sha256": "set after the row is sealed: the PDF prints this row's hash in its "
            "QR code, so its own hash cannot be inside the row's; `case document verify` "
            "checks the file against it",
        },
        digests={"content_json": "content_sha256"},
        digest_names={"content_json": "isi dokumen"},
        files={"pdf_sha256": "PDF dokumen"},
    )
