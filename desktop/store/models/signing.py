"""Elections, pact templates, signing events and the append-only signature records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, EvidenceMixin, SyncedMixin
from desktop.store.evidence import EvidenceColumns


class Election(SyncedMixin, Base):
    __tablename__ = "election"

    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16), default="pilkada")  # pemilu | pilkada
    voting_date: Mapped[date] = mapped_column(Date)


class PactTemplate(SyncedMixin, Base):
    """One version of a pact text. Never edited once a signature refers to it."""

    __tablename__ = "pact_template"

    code: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    audience: Mapped[str] = mapped_column(String(8))  # asn | non_asn
    body_json: Mapped[str] = mapped_column(Text)  # canonical JSON of the structured text
    sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("uq_pact_template_code_version", "code", "version", unique=True),)


class SigningEvent(SyncedMixin, Base):
    """An apel / acara penandatanganan."""

    __tablename__ = "signing_event"

    name: Mapped[str] = mapped_column(String(300))
    election_id: Mapped[str] = mapped_column(ForeignKey("election.id", ondelete="RESTRICT"))
    template_id: Mapped[str] = mapped_column(ForeignKey("pact_template.id", ondelete="RESTRICT"))
    # Template used for non-ASN signers (None: same as template_id).
    template_non_asn_id: Mapped[str | None] = mapped_column(
        ForeignKey("pact_template.id", ondelete="RESTRICT"), default=None
    )
    event_date: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    unit_codes_json: Mapped[str] = mapped_column(Text, default="[]")  # units covered
    witnesses_json: Mapped[str] = mapped_column(Text, default="[]")  # [{name, position, nip}]


class SignatureRecord(EvidenceMixin, Base):
    """One signing, refusal or void. Append-only; a void is a new row naming the voided one."""

    __tablename__ = "signature_record"

    kind: Mapped[str] = mapped_column(String(8))  # signed | refused | void
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id", ondelete="RESTRICT"))
    event_id: Mapped[str] = mapped_column(ForeignKey("signing_event.id", ondelete="RESTRICT"))
    election_id: Mapped[str] = mapped_column(String(36))
    template_id: Mapped[str] = mapped_column(String(36))
    template_sha256: Mapped[str] = mapped_column(String(64))
    identity_json: Mapped[str] = mapped_column(Text)  # snapshot: name, nip, golongan, ...
    strokes_json: Mapped[str | None] = mapped_column(Text, default=None)
    strokes_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    image_sha256: Mapped[str | None] = mapped_column(
        ForeignKey("blob.sha256", ondelete="RESTRICT"), default=None
    )
    operator: Mapped[str] = mapped_column(String(64))
    supersedes_id: Mapped[str | None] = mapped_column(String(36), default=None)
    reason: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_signature_record_event", "event_id", "employee_id"),
        Index("ix_signature_record_employee", "employee_id"),
        Index("ix_signature_record_chain", "origin", "device", "chain_seq", unique=True),
        # Hub coverage (services/sync/hub_coverage.py): the election's records per event and kind,
        # covering the person and the id a void names; and the voids by what they supersede.
        Index("ix_signature_record_coverage", "event_id", "kind", "employee_id", "id"),
        Index("ix_signature_record_supersedes", "supersedes_id", "kind"),
    )

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=(
            "kind",
            "employee_id",
            "event_id",
            "election_id",
            "template_id",
            "template_sha256",
            "identity_json",
            "strokes_sha256",
            "image_sha256",
            "operator",
            "supersedes_id",
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
