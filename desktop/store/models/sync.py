"""Sync bookkeeping: enrolled peers, the applied-package ledger, seen versions, conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, new_id, utcnow


class SyncPeer(Base):
    """An enrolled device of an office (at the hub) or the hub (at an office).

    At a hub every laptop of an office is its own peer row (``device_code``: the device's
    code in its evidence rows, ``""`` for an office's laptop enrolled before devices), with
    its own keys, sequence numbers and watermarks. ``status``: ``active``, ``revoked`` (lost,
    stolen: ``revoke_reason``) or ``replaced`` (its successor is ``replaced_by_id``).

    Watermarks, seen from this installation: ``acked_*`` is how far the peer has confirmed
    receiving OUR rows (moves our records to "acknowledged"); ``recv_*`` is how far we have
    applied the PEER's rows (we tell the peer in every package we send it).
    """

    __tablename__ = "sync_peer"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    office_code: Mapped[str] = mapped_column(String(32))
    device_code: Mapped[str] = mapped_column(String(16), default="", server_default="")
    device_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(8))  # office | hub (hub = our upstream)
    kabupaten_code: Mapped[str] = mapped_column(String(32), default="")
    signing_public_key: Mapped[str] = mapped_column(String(64))
    box_public_key: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(8), default="active")  # active|revoked|replaced
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    revoke_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    replaces_id: Mapped[str | None] = mapped_column(String(36), default=None)
    replaced_by_id: Mapped[str | None] = mapped_column(String(36), default=None)
    first_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Highest sequence number of this peer's packages applied here, and what we last sent it.
    last_seq_in: Mapped[int] = mapped_column(Integer, default=0)
    last_seq_out: Mapped[int] = mapped_column(Integer, default=0)
    last_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Revision watermark: our rows with a revision above it are not yet acknowledged by the peer.
    acked_revision: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_chains_json: Mapped[str] = mapped_column(Text, default="{}")
    # Highest revision / evidence chain position of the peer's own rows applied here.
    recv_revision: Mapped[int] = mapped_column(BigInteger, default=0)
    recv_chains_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("uq_sync_peer_device", "office_code", "device_code", unique=True),)


class SyncLedger(Base):
    """Every package applied (in) or written (out). Re-importing a package is a no-op."""

    __tablename__ = "sync_ledger"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    package_id: Mapped[str] = mapped_column(String(36), default="", index=True)
    direction: Mapped[str] = mapped_column(String(3))  # in | out
    peer_code: Mapped[str] = mapped_column(String(32), index=True)
    peer_device: Mapped[str] = mapped_column(String(16), default="", server_default="")
    seq: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    max_revision: Mapped[int] = mapped_column(BigInteger, default=0)
    chains_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # For packages we sent: when the peer's receipt confirmed it.
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class SyncVersion(Base):
    """Every version of a versioned row received from elsewhere: the same edit arriving by two
    routes is recognised and applied once; ``applied`` is False when it lost a conflict or was
    already superseded."""

    __tablename__ = "sync_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(BigInteger)
    revised_by: Mapped[str] = mapped_column(String(32))
    content_sha256: Mapped[str] = mapped_column(String(64))
    applied: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        Index("uq_sync_version_row", "entity", "row_id", "revision", "revised_by", unique=True),
    )


class SyncConflict(Base):
    """Two versions of a row that a person must reconcile, a tamper alert, or a held row.

    kind: conflict (two edits of a versioned row) | tamper (same id or version, different
    content) | duplicate (a natural key such as a NIP already used by another row) | held
    (a row whose referenced row has not arrived yet). Nothing is dropped.
    """

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    local_json: Mapped[str] = mapped_column(Text)
    incoming_json: Mapped[str] = mapped_column(Text)
    incoming_origin: Mapped[str] = mapped_column(String(32))
    package_sha256: Mapped[str] = mapped_column(String(64))
    provisional_winner: Mapped[str] = mapped_column(String(8))  # local | incoming
    reason: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    resolution: Mapped[str | None] = mapped_column(String(8), default=None)  # local|incoming


class SyncAlias(Base):
    """An incoming row that is the same reference row we already hold under another id (e.g. a
    pact template or holiday seeded independently on both laptops). References to the incoming
    id in versioned rows are translated to the local id."""

    __tablename__ = "sync_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    incoming_id: Mapped[str] = mapped_column(String(36))
    local_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("uq_sync_alias_incoming", "entity", "incoming_id", unique=True),)


class SyncAnchor(Base):
    """Evidence chain heads anchored outside this laptop (docs/sync-format.md, "Anchored
    chains"), one row per (kind, origin, device, chain):

    - ``signed`` (at a hub): the head an office signed in its latest package's manifest;
    - ``verified`` (at a hub): how far the hub holds that office's chain contiguously, every
      row linked to the one before and the signed head matched; returned in its answers;
    - ``acknowledged`` (at an office): the head of our own chain that the hub's receipt says
      it holds. ``audit verify`` reports a chain that is now shorter or different.
    """

    __tablename__ = "sync_anchor"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(12))  # signed | verified | acknowledged
    origin: Mapped[str] = mapped_column(String(32))  # whose chain
    device: Mapped[str] = mapped_column(String(16), default="", server_default="")
    chain: Mapped[str] = mapped_column(String(64))  # the evidence table
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    peer_code: Mapped[str] = mapped_column(String(32))  # who signed / acknowledged it
    package_seq: Mapped[int] = mapped_column(Integer, default=0)
    package_sha256: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        Index("uq_sync_anchor_chain", "kind", "origin", "device", "chain", unique=True),
    )


class SyncRefusal(Base):
    """A package from an enrolled installation refused for what it claims (sender authority,
    chain heads, a disguised evidence file): an alert for a person at the sync screen.
    Nothing of the package was applied; one row per package file (seen again: counted)."""

    __tablename__ = "sync_refusal"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    package_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    peer_code: Mapped[str] = mapped_column(String(32), index=True)
    peer_device: Mapped[str] = mapped_column(String(16), default="", server_default="")
    seq: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    reason: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text, default="")
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    times_seen: Mapped[int] = mapped_column(Integer, default=1)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(64), default=None)
