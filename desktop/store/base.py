"""Declarative base, column types and the mixins every synced or evidence table uses.

Data-model rules (ARCHITECTURE.md): synced rows have a UUID key made where they are created,
the origin office, UTC ``created_at``/``updated_at``, a hybrid-logical-clock ``revision`` with
the ``base_revision`` the edit started from, and tombstones (``deleted_at``). Evidence rows are
append-only and hash-chained per origin office.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

from sqlalchemy import BigInteger, Date, DateTime, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

if TYPE_CHECKING:
    from desktop.store.evidence import EvidenceColumns

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as UTC; refuses naive ones; returns aware UTC datetimes."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Netra stores UTC-aware times only")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    """A new primary key: a random (version 4) UUID as 36-character text.

    Time-ordered version-7 ids were tried (2026-11-22): 100,000 bare inserts got about 15 %
    faster, but the hub's package import only 3 % (its merge work dominates), so its
    same-run ratio to a bare insert of the same rows went from 2.96 to 3.89, past the sync
    target of 3. Random ids stayed."""
    return str(uuid.uuid4())


def new_ids(n: int) -> list[str]:
    """``n`` random (version 4) UUID strings from one urandom call (``uuid.uuid4()`` per row
    is a measurable share of a 100,000-row import)."""
    if n < 1:
        raise ValueError("at least one id")
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * n, 32)
    ]


UUIDStr = Annotated[str, mapped_column(String(36))]
UUIDPk = Annotated[str, mapped_column(String(36), primary_key=True, default=new_id)]
Sha256 = Annotated[str, mapped_column(String(64))]
OfficeCode = Annotated[str, mapped_column(String(32))]
Timestamp = Annotated[datetime, mapped_column(UTCDateTime())]
JsonText = Annotated[str, mapped_column(Text)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        date: Date(),
        int: Integer(),
    }


class SyncedMixin:
    """Versioned rows that offices edit and the hub merges (roster, cases, events...)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Hybrid-logical-clock revision of this version of the row, and the office that made it.
    revision: Mapped[int] = mapped_column(BigInteger, default=0)
    revised_by: Mapped[str] = mapped_column(String(32), default="")
    # Revision this edit was based on (0 for a new row): the hub detects conflicts with it.
    base_revision: Mapped[int] = mapped_column(BigInteger, default=0)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    # Columns that sync and conflict detection ignore when comparing content.
    SYNC_META: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "updated_at", "revision", "revised_by", "base_revision"}
    )


class EvidenceMixin:
    """Append-only rows chained per (origin office, device): ``sha256 = H(content,
    prev_sha256)``.

    ``device`` is the laptop of the office that made the row (docs/sync-format.md, "Devices"):
    every installation has its own chains, so two laptops of one office never write the same
    ``(origin, chain_seq)``. ``""`` is an office's original laptop from before devices (its
    rows' hashes never covered a device); the hash covers ``device`` only when it is set, so
    those rows verify unchanged.

    Subclasses declare their columns once in ``EVIDENCE_COLUMNS`` (hashed, and deliberately
    excluded with a reason); ``desktop/store/evidence.py`` owns the canonical content, the
    hash, appending and checking. Rows are never updated; a correction is a new row that
    references the one it supersedes.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    origin: Mapped[str] = mapped_column(String(32))
    device: Mapped[str] = mapped_column(String(16), default="", server_default="")
    chain_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    prev_sha256: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)

    #: What the row hash seals and what it deliberately leaves out (desktop/store/evidence.py).
    EVIDENCE_COLUMNS: ClassVar[EvidenceColumns]

    def canonical_content(self) -> dict[str, Any]:
        """What the row's hash covers (``evidence.canonical_content`` of this row)."""
        from desktop.store import evidence

        return evidence.canonical_content(type(self), evidence.row_values(self))

    @classmethod
    def canonical_of(cls, values: Mapping[str, Any]) -> dict[str, Any]:
        """The same, from plain column values (sync checks rows before they are objects)."""
        from desktop.store import evidence

        return evidence.canonical_content(cls, values)


def chain_key(origin: str, device: str = "") -> str:
    """One evidence chain's owner as one string: the office, or ``office/device`` for a
    device's own chains (the original laptop's device ``""`` is the office alone)."""
    return f"{origin}/{device}" if device else origin


def split_chain_key(key: str) -> tuple[str, str]:
    origin, _, device = key.partition("/")
    return origin, device


def text_or_empty(value: str | None) -> str:
    return value or ""


__all__ = [
    "Base",
    "BigInteger",
    "EvidenceMixin",
    "JsonText",
    "OfficeCode",
    "Sha256",
    "String",
    "SyncedMixin",
    "Text",
    "Timestamp",
    "UTCDateTime",
    "UUIDPk",
    "UUIDStr",
    "chain_key",
    "new_id",
    "split_chain_key",
    "utcnow",
]
