"""The sync status read model: this installation, each enrolled peer (packages in and out,
gaps, what is still unacknowledged), open conflicts and refusal alerts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services import devices, identity
from desktop.services.context import AppContext
from desktop.services.sync.refusals import Refusal
from desktop.store.models import SyncConflict, SyncLedger, SyncPeer
from desktop.store.models.sync import SyncRefusal
from desktop.sync import rows as sr


@dataclass(frozen=True)
class PeerStatus:
    """One enrolled peer (a device of an office, the hub, a kiosk) seen from here."""

    office: str
    device_id: str
    device: str
    device_name: str
    name: str
    role: str  # hub | office | kiosk | main
    status: str  # active | revoked | replaced
    fingerprint: str
    last_package: str | None  # the last package received from it
    last_import_at: str | None  # ISO
    sequence: int  # its last sequence number received
    gaps: tuple[int, ...]  # sequence numbers missing before it
    packages_in: int
    packages_out: int
    last_seq_out: int
    unacknowledged_packages: int
    pending_records: int  # our rows it has not acknowledged
    pending_conflicts: int  # open conflicts with rows from its office
    refusals: int  # unacknowledged refusals of its office's packages

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` keys (a contract), in this order."""
        out = {f: getattr(self, f) for f in _PEER_FIELDS}
        out["gaps"] = list(self.gaps)
        return out


_PEER_FIELDS = tuple(PeerStatus.__dataclass_fields__)


@dataclass(frozen=True)
class SyncStatus:
    """:func:`status` (``sync status --json``): this installation, its peers, the offices
    enrolled here with their devices, open conflicts and unacknowledged refusals."""

    office: str
    name: str
    role: str
    device: str
    device_name: str
    fingerprint: str
    peers: tuple[PeerStatus, ...]
    offices: tuple[devices.EnrolledOffice, ...]
    open_conflicts: int
    refusals: tuple[Refusal, ...]

    @property
    def has_upstream(self) -> bool:
        """Enrolled with a hub (an office; a kabupaten hub with a province hub)."""
        return any(p.role == "hub" for p in self.peers)

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "name": self.name,
            "role": self.role,
            "device": self.device,
            "device_name": self.device_name,
            "fingerprint": self.fingerprint,
            "peers": [p.to_json() for p in self.peers],
            "offices": [o.to_json() for o in self.offices],
            "open_conflicts": self.open_conflicts,
            "refusals": [r.to_json() for r in self.refusals],
        }


def _gaps(seqs: list[int]) -> list[int]:
    if not seqs:
        return []
    have = set(seqs)
    return [s for s in range(1, max(seqs)) if s not in have]


def _pending_mine(session: Session, me: str, device: str, peer: SyncPeer) -> int:
    total = 0
    chains = json.loads(peer.acked_chains_json or "{}")
    for spec in sr.sync_tables():
        t = spec.table
        if spec.kind == "versioned":
            stmt = (
                select(func.count())
                .select_from(t)
                .where(t.c.revised_by == me, t.c.revision > int(peer.acked_revision or 0))
            )
        else:
            stmt = (
                select(func.count())
                .select_from(t)
                .where(
                    t.c.origin == me,
                    t.c.device == device,
                    t.c.chain_seq > int(chains.get(spec.name, 0)),
                )
            )
        total += int(session.scalar(stmt) or 0)
    return total


def status(ctx: AppContext) -> SyncStatus:
    ctx.require("view")
    with ctx.read() as session:
        me = ctx.office(session)
        open_by_origin: dict[str, int] = {}
        for origin, n in session.execute(
            select(SyncConflict.incoming_origin, func.count())
            .where(SyncConflict.resolved_at.is_(None))
            .group_by(SyncConflict.incoming_origin)
        ):
            open_by_origin[origin] = int(n)
        alerts = tuple(
            Refusal.of(r, me.timezone)
            for r in session.scalars(
                select(SyncRefusal)
                .where(SyncRefusal.acknowledged_at.is_(None))
                .order_by(SyncRefusal.last_seen_at.desc(), SyncRefusal.id)
            )
        )
        peers = []
        for peer in session.scalars(
            select(SyncPeer).order_by(SyncPeer.office_code, SyncPeer.enrolled_at)
        ):
            mine = (SyncLedger.peer_code == peer.office_code) & (
                SyncLedger.peer_device == (peer.device_code or "")
            )
            ins = session.scalars(
                select(SyncLedger)
                .where(SyncLedger.direction == "in", mine)
                .order_by(SyncLedger.created_at)
            ).all()
            outs = session.scalars(
                select(SyncLedger)
                .where(SyncLedger.direction == "out", mine)
                .order_by(SyncLedger.created_at)
            ).all()
            last = ins[-1] if ins else None
            peers.append(
                PeerStatus(
                    office=peer.office_code,
                    device_id=peer.id,
                    device=peer.device_code or "",
                    device_name=peer.device_name or "",
                    name=peer.name,
                    role=peer.role,
                    status=peer.status,
                    fingerprint=peer.fingerprint,
                    last_package=last.file_name if last else None,
                    last_import_at=last.created_at.isoformat() if last else None,
                    sequence=int(peer.last_seq_in or 0),
                    gaps=tuple(_gaps([e.seq for e in ins])),
                    packages_in=len(ins),
                    packages_out=len(outs),
                    last_seq_out=int(peer.last_seq_out or 0),
                    unacknowledged_packages=sum(1 for e in outs if e.acknowledged_at is None),
                    pending_records=_pending_mine(session, me.code, me.device_code or "", peer),
                    pending_conflicts=open_by_origin.get(peer.office_code, 0),
                    refusals=sum(1 for a in alerts if a.office == peer.office_code),
                )
            )
        open_total = int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
        return SyncStatus(
            office=me.code,
            name=me.name,
            role=me.role,
            device=me.device_code or "",
            device_name=me.device_name or "",
            fingerprint=identity.fingerprint(me.signing_public_key, me.box_public_key),
            peers=tuple(peers),
            offices=tuple(devices.by_office(session)),
            open_conflicts=open_total,
            refusals=alerts,
        )
