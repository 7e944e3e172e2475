"""What a package tells about the other side: how far we have received from the sender
(``recv_*`` marks) and how far it has received from us (``acked_*`` marks, its receipt),
which acknowledges our outgoing packages in the ledger (docs/sync-format.md).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.sync.outgoing import VERSIONS_MARK
from desktop.services.sync.sender import sender_device
from desktop.store.base import chain_key, utcnow
from desktop.store.models import SyncLedger, SyncPeer
from desktop.sync import format as fmt
from desktop.sync.format import reject
from desktop.sync.merge import MergeReport


def read_receipt(opened: fmt.Opened) -> dict[str, Any] | None:
    data = opened.parts.get("receipt.json")
    if data is None:
        return None
    doc = fmt.strict_json(data, "receipt.json")
    if not isinstance(doc, dict) or not isinstance(doc.get("applied"), list):
        raise reject("bad_receipt", "tanda terima tidak sah", "bad receipt")
    return doc


def _merge_marks(current_json: str, incoming: dict[str, int]) -> str:
    current = json.loads(current_json or "{}")
    for key, value in incoming.items():
        current[key] = max(int(current.get(key, 0)), int(value))
    return json.dumps(current, sort_keys=True)


def update_watermarks(
    session: Session,
    peer: SyncPeer,
    m: dict[str, Any],
    report: MergeReport,
    receipt: dict[str, Any] | None,
) -> None:
    sender = peer.office_code
    chain_owner = chain_key(sender, sender_device(m, peer.device_code or ""))
    since = m["acknowledged"]
    if m["full"] or int(since["revision"]) <= int(peer.recv_revision or 0):
        peer.recv_revision = max(
            int(peer.recv_revision or 0), report.max_revision_by.get(sender, 0)
        )
    recv_chains = json.loads(peer.recv_chains_json or "{}")
    for table, seq in report.max_chain_by.get(chain_owner, {}).items():
        if m["full"] or int(since["chains"].get(table, 0)) <= int(recv_chains.get(table, 0)):
            recv_chains[table] = max(int(recv_chains.get(table, 0)), seq)
    through = m.get("versions_through")
    # Versions relayed by a main laptop, by their arrival there (docs/sync-format.md).
    if (
        isinstance(through, int)
        and not isinstance(through, bool)
        and (
            m["full"]
            or int(since["chains"].get(VERSIONS_MARK, 0)) <= int(recv_chains.get(VERSIONS_MARK, 0))
        )
    ):
        recv_chains[VERSIONS_MARK] = max(int(recv_chains.get(VERSIONS_MARK, 0)), through)
    peer.recv_chains_json = json.dumps(recv_chains, sort_keys=True)
    received = m["received"]
    peer.acked_revision = max(int(peer.acked_revision or 0), int(received["revision"]))
    peer.acked_chains_json = _merge_marks(peer.acked_chains_json, received["chains"])
    name = m["from"].get("device_name")
    if peer.role in ("office", "kiosk") and isinstance(name, str) and name.strip():
        peer.device_name = name.strip()[:100]  # named (again) on the laptop (a kiosk too)
    peer.last_seq_in = max(int(peer.last_seq_in or 0), int(m["seq"]))
    peer.last_in_at = utcnow()
    if peer.first_in_at is None:
        peer.first_in_at = peer.last_in_at
    acked_chains = json.loads(peer.acked_chains_json)
    receipted = set()
    if receipt:
        receipted = {
            a.get("package_sha256") for a in receipt.get("applied", []) if isinstance(a, dict)
        }
    for entry in session.scalars(
        select(SyncLedger).where(
            SyncLedger.direction == "out",
            SyncLedger.peer_code == sender,
            SyncLedger.peer_device == (peer.device_code or ""),
            SyncLedger.acknowledged_at.is_(None),
        )
    ):
        chains = json.loads(entry.chains_json or "{}")
        covered = entry.max_revision <= peer.acked_revision and all(
            int(acked_chains.get(t, 0)) >= int(s) for t, s in chains.items()
        )
        if covered or entry.package_sha256 in receipted:
            entry.acknowledged_at = utcnow()
