"""Installation-local tables: the office identity, user accounts, the audit trail, blobs."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, EvidenceMixin, UTCDateTime, new_id, utcnow
from desktop.store.evidence import EvidenceColumns


def device_code_for(signing_public_hex: str) -> str:
    """A device's code in its evidence rows: the first 12 hex digits of SHA-256 of its
    Ed25519 public key (a new key pair, e.g. a laptop restored from a backup, is a new
    device)."""
    return hashlib.sha256(bytes.fromhex(signing_public_hex)).hexdigest()[:12]


def _device_default(context: Any) -> str:
    key = context.get_current_parameters().get("signing_public_key")
    return device_code_for(key) if isinstance(key, str) and key else ""


class Office(Base):
    """This installation's identity (exactly one row). Not synced: each laptop has its own.

    ``device_code`` names this laptop's own evidence chains (``EvidenceMixin.device``); an
    office's laptop set up before devices existed keeps ``""``."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kabupaten_code: Mapped[str] = mapped_column(String(32))
    kabupaten_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(8))  # "office" | "hub"
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Jayapura")
    paper: Mapped[str] = mapped_column(String(4), default="a4")  # "a4" | "f4"
    place: Mapped[str] = mapped_column(String(120), default="")  # printed before the date
    letterhead_json: Mapped[str] = mapped_column(Text, default="[]")  # list of lines
    logo_sha256: Mapped[str | None] = mapped_column(String(64), default=None)
    signing_public_key: Mapped[str] = mapped_column(String(64))  # Ed25519, hex
    box_public_key: Mapped[str] = mapped_column(String(64))  # X25519, hex
    device_code: Mapped[str] = mapped_column(String(16), default=_device_default, server_default="")
    device_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    hlc_last: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UserAccount(Base):
    """A local login. Not synced: accounts belong to one laptop."""

    __tablename__ = "user_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))  # admin | operator | verifier | viewer
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuditEntry(EvidenceMixin, Base):
    """Who did what, when, on which record. Append-only, hash-chained."""

    __tablename__ = "audit_entry"

    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    detail_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_audit_entry_chain", "origin", "device", "chain_seq", unique=True),)

    EVIDENCE_COLUMNS = EvidenceColumns(
        hashed=("actor", "action", "entity", "entity_id", "detail_json"),
    )


class Blob(Base):
    """Content-addressed bytes: signature images, case evidence files, the letterhead logo.

    Immutable by construction: the key is the SHA-256 of ``data``.
    """

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Setting(Base):
    """Installation settings that services need (the GUI's own prefs live in QSettings)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
