"""The sync status read model: this installation, each enrolled peer (packages in and out,
gaps, what is still unacknowledged), open conflicts and refusal alerts.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services import identity
from desktop.services.context import AppContext
from desktop.services.sync.refusals import refusal_json
from desktop.store.models import SyncConflict, SyncLedger, SyncPeer
from desktop.store.models.sync import SyncRefusal
from desktop.sync import rows as sr


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


def status(ctx: AppContext) -> dict[str, Any]:
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
                {
                    "office": peer.office_code,
                    "device_id": peer.id,
                    "device": peer.device_code or "",
                    "device_name": peer.device_name or "",
                    "name": peer.name,
                    "role": peer.role,
                    "status": peer.status,
                    "fingerprint": peer.fingerprint,
                    "last_package": last.file_name if last else None,
                    "last_import_at": last.created_at.isoformat() if last else None,
                    "sequence": int(peer.last_seq_in or 0),
                    "gaps": _gaps([e.seq for e in ins]),
                    "packages_in": len(ins),
                    "packages_out": len(outs),
                    "last_seq_out": int(peer.last_seq_out or 0),
                    "unacknowledged_packages": sum(1 for e in outs if e.acknowledged_at is None),
                    "pending_records": _pending_mine(session, me.code, me.device_code or "", peer),
                    "pending_conflicts": open_by_origin.get(peer.office_code, 0),
                }
            )
        open_total = int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.resolved_at.is_(None))
            )
            or 0
        )
        alerts = [
            refusal_json(r, me.timezone)
            for r in session.scalars(
                select(SyncRefusal)
                .where(SyncRefusal.acknowledged_at.is_(None))
                .order_by(SyncRefusal.last_seen_at.desc(), SyncRefusal.id)
            )
        ]
        for p in peers:
            p["refusals"] = sum(1 for a in alerts if a["office"] == p["office"])
        from desktop.services import devices

        return {
            "office": me.code,
            "name": me.name,
            "role": me.role,
            "device": me.device_code or "",
            "device_name": me.device_name or "",
            "fingerprint": identity.fingerprint(me.signing_public_key, me.box_public_key),
            "peers": peers,
            "offices": devices.by_office(session),
            "open_conflicts": open_total,
            "refusals": alerts,
        }
