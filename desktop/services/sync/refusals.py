"""Packages refused for what an enrolled sender's signed package claims: kept as alerts for a
person (listed until acknowledged) and in the audit trail, the import itself being rolled
back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Self
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.domain.office import TIMEZONES
from desktop.services import audit
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.sync.authority import REASONS as AUTHORITY_REASONS
from desktop.store.base import utcnow
from desktop.store.lookup import by_id_or_prefix
from desktop.store.models.sync import SyncRefusal
from desktop.sync import format as fmt
from desktop.sync.format import PackageRejected

#: Refusals of what an enrolled sender's signed package claims: an alert for a person at the
#: sync screen, and exit 2 from ``netra sync import`` (a refused action, not a damaged file).
ALERT_REASONS = frozenset(
    {
        *AUTHORITY_REASONS,
        "chain_head_mismatch",
        "chain_shortened",
        "bad_evidence_file",
        "device_revoked",
        "device_replaced",
        "bad_handover",
        "bad_kiosk_statement",
    }
)


def record_refusal(ctx: AppContext, parsed: fmt.Parsed, path: Path, exc: PackageRejected) -> None:
    """Keep the refusal (the import's own transaction was rolled back) as an alert, and in
    the audit trail. The same file refused again is counted, not listed twice."""
    m = parsed.manifest
    with ctx.tx() as session:
        row = session.scalar(select(SyncRefusal).where(SyncRefusal.package_sha256 == parsed.sha256))
        now = utcnow()
        if row is None:
            device = m["from"].get("device", "")
            row = SyncRefusal(
                package_sha256=parsed.sha256,
                peer_code=str(m["from"]["code"])[:32],
                peer_device=device[:16] if isinstance(device, str) else "",
                seq=int(m["seq"]),
                file_name=path.name[:255],
                reason=exc.reason,
                message=_bare(exc.message_id),
                detected_at=now,
                last_seen_at=now,
                times_seen=1,
            )
            session.add(row)
        else:
            row.times_seen = int(row.times_seen or 0) + 1
            row.last_seen_at = now
            row.acknowledged_at, row.acknowledged_by = None, None
        audit.record(
            ctx,
            session,
            "sync.refused",
            "sync_package",
            parsed.sha256,
            {"from": row.peer_code, "seq": row.seq, "file": path.name, "reason": exc.reason},
        )


def _bare(message: str) -> str:
    """The reason itself, without the "Paket ditolak: ... Tidak ada data yang diubah." frame."""
    text = message.removeprefix("Paket ditolak: ").removesuffix(" Tidak ada data yang diubah.")
    return text.removesuffix(".")


def _local_stamp(value: datetime, timezone: str) -> str:
    when = value.astimezone(ZoneInfo(timezone))
    return f"{when:%d-%m-%Y %H:%M} {TIMEZONES.get(timezone, timezone)}"


@dataclass(frozen=True)
class Refusal:
    """A package refused for what it claims, as ``sync refusals --json`` lists it."""

    detected_local: str  # "03-12-2026 14:05 WIT", in the office's time zone
    id: str
    office: str
    device: str
    seq: int
    file: str
    package_sha256: str
    reason: str
    message: str
    detected_at: str  # ISO
    last_seen_at: str
    times_seen: int
    acknowledged_at: str | None
    acknowledged_by: str | None

    @classmethod
    def of(cls, r: SyncRefusal, timezone: str = "UTC") -> Self:
        return cls(
            detected_local=_local_stamp(r.detected_at, timezone),
            id=r.id,
            office=r.peer_code,
            device=r.peer_device or "",
            seq=r.seq,
            file=r.file_name,
            package_sha256=r.package_sha256,
            reason=r.reason,
            message=r.message,
            detected_at=r.detected_at.isoformat(),
            last_seen_at=r.last_seen_at.isoformat(),
            times_seen=r.times_seen,
            acknowledged_at=r.acknowledged_at.isoformat() if r.acknowledged_at else None,
            acknowledged_by=r.acknowledged_by,
        )

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` keys (a contract), in this order."""
        return {f: getattr(self, f) for f in _REFUSAL_FIELDS}


_REFUSAL_FIELDS = tuple(Refusal.__dataclass_fields__)


@dataclass(frozen=True)
class RefusalSeen(Refusal):
    """:func:`acknowledge_refusal`: the alert as it is now (``sync refusal-seen --json``)."""

    changes: frozenset[Area] = field(default=frozenset({Area.SYNC}), compare=False)


def refusals(ctx: AppContext, *, include_acknowledged: bool = False) -> list[Refusal]:
    """Packages refused for what they claim (newest first): alerts for a person."""
    ctx.require("view")
    with ctx.read() as session:
        tz = ctx.office(session).timezone
        stmt = select(SyncRefusal).order_by(SyncRefusal.last_seen_at.desc(), SyncRefusal.id)
        if not include_acknowledged:
            stmt = stmt.where(SyncRefusal.acknowledged_at.is_(None))
        return [Refusal.of(r, tz) for r in session.scalars(stmt)]


def acknowledge_refusal(ctx: AppContext, refusal_id: str) -> RefusalSeen:
    """A person has seen the alert (it stays listed with ``--all``)."""
    actor = ctx.require("sync.resolve")
    with ctx.tx() as session:
        row = by_id_or_prefix(session, SyncRefusal, refusal_id)
        if row is None:
            raise NetraError(
                "unknown_refusal",
                f"Peringatan paket ditolak {refusal_id} tidak ditemukan.",
                f"Refusal {refusal_id} not found.",
            )
        if row.acknowledged_at is None:
            row.acknowledged_at, row.acknowledged_by = utcnow(), actor.username
            audit.record(ctx, session, "sync.refusal_seen", "sync_package", row.package_sha256, {})
        return RefusalSeen.of(row, ctx.office(session).timezone)
