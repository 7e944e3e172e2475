"""Sync bookkeeping: enrolled peers, the applied-package ledger, conflicts, alerts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, new_id, utcnow


class SyncPeer(Base):
    """An enrolled office (at the hub) or the hub (at an office)."""

    __tablename__ = "sync_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(8))  # office | hub
    kabupaten_code: Mapped[str] = mapped_column(String(32), default="")
    signing_public_key: Mapped[str] = mapped_column(String(64))
    box_public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(8), default="active")  # active | revoked
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Highest sequence number of this peer's packages applied here, and what we last sent it.
    last_seq_in: Mapped[int] = mapped_column(Integer, default=0)
    last_seq_out: Mapped[int] = mapped_column(Integer, default=0)
    # Revision watermark: our rows with a revision above it are not yet acknowledged by the peer.
    acked_revision: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncLedger(Base):
    """Every package applied (in) or written (out). Re-importing a package is a no-op."""

    __tablename__ = "sync_ledger"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    peer_code: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    max_revision: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SyncConflict(Base):
    """Two versions of a versioned row that a person must reconcile. Nothing is dropped."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | tamper
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    local_json: Mapped[str] = mapped_column(Text)
    incoming_json: Mapped[str] = mapped_column(Text)
    incoming_origin: Mapped[str] = mapped_column(String(32))
    package_sha256: Mapped[str] = mapped_column(String(64))
    provisional_winner: Mapped[str] = mapped_column(String(8))  # local | incoming
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolution: Mapped[str | None] = mapped_column(String(8), default=None)  # local|incoming
