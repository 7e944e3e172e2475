"""Violation reports (cases), their append-only history, evidence, recommendations and
decisions; plus the reference data they need (rulebooks, the holiday calendar)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, EvidenceMixin, SyncedMixin


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
        Index("ix_case_step_chain", "origin", "chain_seq", unique=True),
    )

    CANONICAL_FIELDS = (
        "case_id",
        "from_state",
        "to_state",
        "actor",
        "note",
        "proven_codes_json",
        "data_json",
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
        Index("ix_case_evidence_chain", "origin", "chain_seq", unique=True),
    )

    CANONICAL_FIELDS = (
        "case_id",
        "filename",
        "mime",
        "size",
        "blob_sha256",
        "added_by",
        "description",
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
        Index("ix_case_recommendation_chain", "origin", "chain_seq", unique=True),
    )

    CANONICAL_FIELDS = (
        "case_id",
        "rulebook_version",
        "rulebook_sha256",
        "input_json",
        "output_json",
        "actor",
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
        Index("ix_case_decision_chain", "origin", "chain_seq", unique=True),
    )

    CANONICAL_FIELDS = (
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
