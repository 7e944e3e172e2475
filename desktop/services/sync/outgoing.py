"""Building packages: an office's changes for its hub, the hub's answer for one office, and a
hub's package for the province above it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, false, func, or_, select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.services import anchor as sync_anchor
from desktop.services import audit, device_keys, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.sync.authority import KABUPATEN_TABLES, is_above
from desktop.store.base import new_id, utcnow
from desktop.store.models import Blob, Office, SyncLedger, SyncPeer
from desktop.store.models.sync import SyncVersion
from desktop.sync import format as fmt
from desktop.sync import rows as sr
from desktop.sync.rowset import RowSet

Progress = Callable[[int, int], None]

#: Key in ``acknowledged``/``received.chains``: the highest ``sync_version`` id (arrival order
#: at a main laptop) of the versions it relayed that the recipient applied.
VERSIONS_MARK = "@versions"


#: The roster of device keys an answer carries (docs/sync-format.md, "Office key roster").
ROSTER_PART = device_keys.ROSTER_PART


def device_mark(table: str, device: str) -> str:
    """Key in ``received.chains`` for another device's chain of the office: ``table@device``."""
    return f"{table}@{device}"


@dataclass
class ExportResult:
    path: Path
    peer: str
    seq: int
    counts: dict[str, int]
    size: int
    sha256: str
    kind: str
    full: bool
    device: str = ""
    # what the GUI reloads (not in to_json): the export log and the peers' state
    changes: frozenset[Area] = field(default=frozenset({Area.SYNC}), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "to": self.peer,
            "device": self.device,
            "seq": self.seq,
            "counts": self.counts,
            "size": self.size,
            "sha256": self.sha256,
            "kind": self.kind,
            "full": self.full,
        }


@dataclass
class Collected:
    parts: list[tuple[str, bytes]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    max_revision: int = 0
    chains: dict[str, int] = field(default_factory=dict)
    #: main laptop: the highest sync_version id the package's relayed versions cover.
    versions_through: int | None = None
    #: main laptop -> hub: the kiosk statements whose rows the package carries.
    relayed: list[dict[str, Any]] = field(default_factory=list)


def mode_for(me: Office, peer: SyncPeer) -> str:
    """office -> hub: own rows; hub -> office: answer; hub -> higher hub: everything;
    kiosk -> main laptop: own rows; main laptop -> kiosk: ``kiosk`` (the office's rows of
    its other devices and what the main laptop holds of the hub, relayed)."""
    if peer.role == "kiosk":
        return "kiosk"  # also the hub to a kiosk of its own (docs: "Kiosks of the hub")
    if me.role == "office" or peer.role == "main":
        return "own"
    return "answer" if peer.role == "office" else "upward"


#: What a kiosk of the hub sends the hub: the signatures (and refusals) made on it, nothing
#: else (services/sync/authority.py refuses any other table from it: ``kiosk_scope``).
HUB_KIOSK_SENDS = frozenset({"signature_record"})
#: Tables the hub never sends its kiosks (cases stay at the hub; a kiosk signs at an apel).
HUB_KIOSK_SKIPS = frozenset(
    {
        "case_file",
        "case_decision",
        "case_document",
        "case_evidence",
        "case_exam_entry",
        "case_recommendation",
        "case_signature",
        "case_step",
    }
)


def office_mark(table: str, origin: str, device: str) -> str:
    """``<table>@<office>/<device>``: between the hub and its kiosks, how far the kiosk holds
    an office device's chain (docs/sync-format.md, "Kiosks of the hub")."""
    return f"{table}@{origin}/{device}"


def _office_chains(session: Session, hub: str, spec: sr.SyncTable) -> list[tuple[str, str]]:
    """(office, device) of the offices' chains of ``spec`` held at the hub ``hub``."""
    t = spec.table
    return [
        (str(origin), str(code or ""))
        for origin, code in session.execute(
            select(t.c.origin, t.c.device).where(t.c.origin.like(hub + ".%")).distinct()
        )
    ]


def _in_kabupaten(code: str) -> Any:
    """A column predicate: the hub ``code`` itself or one of its offices."""

    def predicate(column: Any) -> Any:
        return or_(column == code, column.like(code + ".%"))

    return predicate


def _sync_bases(session: Session, table: str, ids: list[str], me: str) -> dict[str, int]:
    vt = SyncVersion.__table__
    out: dict[str, int] = {}
    for part in sr.chunks(ids):
        stmt = (
            select(vt.c.row_id, func.max(vt.c.revision))
            .where(
                vt.c.entity == table,
                vt.c.row_id.in_(part),
                vt.c.applied.is_(True),
                vt.c.revised_by != me,
            )
            .group_by(vt.c.row_id)
        )
        for row_id, rev in session.execute(stmt):
            out[row_id] = int(rev)
    return out


def _origins(
    session: Session, spec: sr.SyncTable, column: str, target: str, rows: list[dict[str, Any]]
) -> dict[str, str]:
    table = sr.table_by_name()[target].table
    ids = list({r[column] for r in rows if r.get(column)})
    out: dict[str, str] = {}
    for part in sr.chunks(ids):
        for ident, origin in session.execute(
            select(table.c.id, table.c.origin).where(table.c.id.in_(part))
        ):
            out[ident] = origin
    return out


def _relevant(
    session: Session, spec: sr.SyncTable, rows: list[dict[str, Any]], allowed: set[str]
) -> list[dict[str, Any]]:
    """Answer mode: keep rows that only point at rows of the office or of the hub."""
    for column, target in spec.references:
        origins = _origins(session, spec, column, target, rows)
        rows = [
            r
            for r in rows
            if r.get(column) is None or origins.get(r[column], next(iter(allowed))) in allowed
        ]
    return rows


def collect(
    session: Session,
    me: Office,
    peer: SyncPeer,
    full: bool,
    progress: Progress | None = None,
    handover_chains: dict[str, dict[str, int]] | None = None,
    kiosks: dict[str, dict[str, Any]] | None = None,
) -> Collected:
    """``handover_chains``: {device code: {chain: last seq the hub acknowledged}} of the
    devices this laptop took over, whose later rows it carries. ``kiosks`` (a main laptop's
    package to its hub): {kiosk device: its latest statement}, whose rows it relays."""
    mode = mode_for(me, peer)
    kiosks = kiosks or {}
    device = me.device_code or ""
    handover_chains = handover_chains or {}
    full = full or mode == "upward"
    acked = 0 if full else int(peer.acked_revision or 0)
    acked_chains: dict[str, int] = {} if full else json.loads(peer.acked_chains_json or "{}")
    allowed = {peer.office_code, me.code}
    # Going up (an office to its hub, a hub to the province above it) a package carries only
    # what the sender may speak for (services/sync/authority.py): never the kabupaten's
    # rulebooks and calendar; an office's own elections and templates, not the hub's it
    # edited; of other installations' rows only employees of its own units (delegated).
    upward_to_above = mode == "upward" and is_above(me.code, peer.office_code)
    out = Collected()
    # A main laptop relays versions by their arrival here (sync_version ids): a kiosk's edit
    # may carry an older revision than what the recipient acknowledged already.
    relaying = mode == "kiosk" or (mode == "own" and bool(kiosks))
    vt = SyncVersion.__table__
    if relaying:
        out.versions_through = int(session.scalar(select(func.max(vt.c.id))) or 0)
    versions_from = 0 if full else int(acked_chains.get(VERSIONS_MARK, 0))
    if mode == "kiosk":
        allowed = {me.code, me.kabupaten_code}
    # The hub and its kiosks (docs/sync-format.md, "Kiosks of the hub"): a kiosk of the hub
    # sends its own chains only; the hub sends it the kabupaten's rows a kabupaten-wide kit
    # carries (every office's roster, the hub's events and reference data), never cases.
    hub_kiosk = me.role == "hub" and peer.role in ("kiosk", "main")
    kabupaten = _in_kabupaten(me.code)
    others = (
        _other_devices(session, me.code, {device, peer.device_code or ""})
        if mode == "kiosk"
        else _other_devices(session, me.code, {device})
        if mode == "answer"
        else set()
    )
    blob_ids: set[str] = set()
    specs = sr.sync_tables()
    for step, spec in enumerate(specs):
        t = spec.table
        stmt: Select[Any] = select(t)
        if spec.name in KABUPATEN_TABLES and (mode == "own" or upward_to_above):
            continue
        if hub_kiosk and (
            spec.name in HUB_KIOSK_SKIPS if mode == "kiosk" else spec.name not in HUB_KIOSK_SENDS
        ):
            continue
        if spec.kind == "versioned" and mode == "kiosk":
            arrived = select(vt.c.row_id).where(
                vt.c.entity == spec.name, vt.c.id > versions_from, vt.c.applied.is_(True)
            )
            stmt = stmt.where(
                kabupaten(t.c.origin) if hub_kiosk else t.c.origin.in_(allowed),
                or_(
                    (t.c.revised_by == me.code) & (t.c.revision > acked),
                    t.c.id.in_(arrived),
                ),
            ).order_by(t.c.revision, t.c.id)
        elif spec.kind == "versioned":
            if mode == "own" and spec.name == "employee":
                units = sr.table_by_name()["unit"].table
                own_units = select(units.c.id).where(units.c.origin == me.code)
                stmt = stmt.where(or_(t.c.origin == me.code, t.c.unit_id.in_(own_units)))
            elif mode == "own":
                stmt = stmt.where(t.c.origin == me.code)
            if mode != "upward" and relaying:
                arrived = select(vt.c.row_id).where(
                    vt.c.entity == spec.name,
                    vt.c.id > versions_from,
                    vt.c.applied.is_(True),
                    vt.c.revised_by == me.code,
                )
                stmt = stmt.where(
                    t.c.revised_by == me.code, or_(t.c.revision > acked, t.c.id.in_(arrived))
                )
            elif mode != "upward":
                stmt = stmt.where(t.c.revised_by == me.code, t.c.revision > acked)
            if mode == "answer":
                stmt = stmt.where(t.c.origin.in_(allowed))
            stmt = stmt.order_by(t.c.revision, t.c.id)
        elif mode == "kiosk":
            # Every chain of the office but the kiosk's own, each from what it holds.
            stmt = stmt.where(
                or_(
                    false(),
                    *[
                        (t.c.origin == me.code)
                        & (t.c.device == code)
                        & (t.c.chain_seq > int(acked_chains.get(device_mark(spec.name, code), 0)))
                        for code in others | {device}
                    ],
                    # The hub to its kiosk: the offices' signatures too (a person who signed
                    # at the office's apel is refused at the kabupaten's), each chain from
                    # what the kiosk holds.
                    *[
                        (t.c.origin == origin)
                        & (t.c.device == code)
                        & (
                            t.c.chain_seq
                            > int(acked_chains.get(office_mark(spec.name, origin, code), 0))
                        )
                        for origin, code in (
                            _office_chains(session, me.code, spec)
                            if hub_kiosk and spec.name in HUB_KIOSK_SENDS
                            else []
                        )
                    ],
                )
            ).order_by(t.c.origin, t.c.device, t.c.chain_seq)
        else:
            if mode != "upward":
                # This laptop's own chains only (per office and device), and those of a
                # device it took over (restored from that device's backup) not yet delivered.
                own = (
                    (t.c.origin == me.code)
                    & (t.c.device == device)
                    & (t.c.chain_seq > int(acked_chains.get(spec.name, 0)))
                )
                inherited = [
                    (t.c.origin == me.code)
                    & (t.c.device == code)
                    & (t.c.chain_seq > int(marks.get(spec.name, 0)))
                    for code, marks in handover_chains.items()
                ]
                # The hub's answer: its kiosks' chains too, each from what the office holds.
                hub_devices = [
                    (t.c.origin == me.code)
                    & (t.c.device == code)
                    & (t.c.chain_seq > int(acked_chains.get(device_mark(spec.name, code), 0)))
                    for code in sorted(others)
                ]
                # A main laptop's kiosks' chains, up to the heads their statements signed.
                relayed = [
                    (t.c.origin == me.code)
                    & (t.c.device == code)
                    & (t.c.chain_seq > int(acked_chains.get(device_mark(spec.name, code), 0)))
                    & (t.c.chain_seq <= _head_seq(statement, spec.name))
                    for code, statement in kiosks.items()
                ]
                stmt = stmt.where(or_(own, *inherited, *hub_devices, *relayed))
            stmt = stmt.order_by(t.c.origin, t.c.device, t.c.chain_seq)
        rows = [dict(r) for r in session.execute(stmt).mappings()]
        if mode in ("answer", "kiosk") and not hub_kiosk:
            rows = _relevant(session, spec, rows, allowed)
        if progress is not None:
            progress(step + 1, len(specs) + 1)
        if not rows:
            continue
        bases: list[int] = []
        if spec.kind == "versioned":
            known = _sync_bases(session, spec.name, [r["id"] for r in rows], me.code)
            bases = [known.get(r["id"], 0) for r in rows]
            out.max_revision = max(
                out.max_revision,
                max(int(r["revision"]) for r in rows if r["revised_by"] == me.code)
                if any(r["revised_by"] == me.code for r in rows)
                else 0,
            )
        else:
            mine = [
                int(r["chain_seq"])
                for r in rows
                if r["origin"] == me.code and (r.get("device") or "") == device
            ]
            if mine:
                out.chains[spec.name] = max(mine)
            carried = {str(r.get("device") or "") for r in rows if r["origin"] == me.code}
            for code in sorted(carried & set(kiosks)):
                if kiosks[code] not in out.relayed:
                    out.relayed.append(kiosks[code])
        for column in spec.blob_columns:
            blob_ids.update(r[column] for r in rows if r.get(column))
        rs = RowSet(
            spec.name,
            spec.kind,
            list(spec.columns),
            [sr.encode_row(r, spec.columns) for r in rows],
            bases,
        )
        out.parts.append((f"rows/{spec.name}.json", rs.encode()))
        out.counts[spec.name] = len(rows)
    _collect_blobs(session, sorted(blob_ids), out)
    return out


def _received_chains(session: Session, me: Office, peer: SyncPeer) -> dict[str, int]:
    """``received.chains`` of a package for ``peer``: how far its own chains were applied
    here, and (between the laptops of an office, and in a hub's answer) what this laptop
    holds of the office's other devices' chains, so a main laptop sends only what lies
    beyond."""
    received: dict[str, int] = json.loads(peer.recv_chains_json or "{}")
    if peer.role in ("kiosk", "main") or (me.role == "hub" and peer.role == "office"):
        office = me.code if me.role == "office" else peer.office_code
        received |= held_marks(session, office, _held_exclude(me, peer))
    if me.role == "hub" and peer.role == "main":
        # A kiosk of the hub: what it holds of the offices' signatures, per office and device.
        for spec in sr.sync_tables():
            if spec.name in HUB_KIOSK_SENDS and spec.kind == "evidence":
                t = spec.table
                for origin, code, top in session.execute(
                    select(t.c.origin, t.c.device, func.max(t.c.chain_seq))
                    .where(t.c.origin.like(me.code + ".%"))
                    .group_by(t.c.origin, t.c.device)
                ):
                    if top:
                        received[office_mark(spec.name, origin, str(code or ""))] = int(top)
    elif me.role == "office" and peer.role == "hub":
        # What this office holds of the hub's kiosks' chains (signatures of its people at
        # a kabupaten-wide apel): the hub's next answer sends each from there.
        received |= held_marks(session, peer.office_code, {peer.device_code or ""})
    return received


def pending(
    ctx: AppContext, peer_code: str, device: str | None, *, with_marks: bool = False
) -> tuple[int, str]:
    """What a package for the peer would carry now, without writing it: (rows, digest of
    its row parts, and with ``with_marks`` of what it would acknowledge). The folder sync
    compares the digest with its last package's to send nothing twice."""
    from desktop.domain.canonical import canonical_json, sha256_hex
    from desktop.services import devices

    with ctx.read() as session:
        me = ctx.office(session)
        peer = _peer_for(session, peer_code, device)
        if peer is None:
            return 0, ""
        to_hub = mode_for(me, peer) == "own" and peer.role == "hub"
        collected = collect(
            session,
            me,
            peer,
            False,
            kiosks=devices.kiosk_statements(ctx, session) if to_hub else None,
        )
        listing = [[name, sha256_hex(data)] for name, data in collected.parts]
        marks = _received_chains(session, me, peer) if with_marks else {}
    rows = sum(n for table, n in collected.counts.items() if table != "blob")
    return rows, sha256_hex(canonical_json({"parts": listing, "received": marks}))


def _held_exclude(me: Office, peer: SyncPeer) -> set[str]:
    """Whose chains ``held_marks`` leaves out: the sender's own (a kiosk's package to its
    main laptop), or the recipient's (a hub's or main laptop's answer)."""
    if peer.role == "main":
        return {me.device_code or ""}
    return {me.device_code or "", peer.device_code or ""}


def _head_seq(statement: dict[str, Any], chain: str) -> int:
    head = statement.get("body", {}).get("heads", {}).get(chain)
    return int(head["seq"]) if isinstance(head, dict) else 0


def _other_devices(session: Session, office: str, exclude: set[str]) -> set[str]:
    """The devices of ``office`` whose evidence rows are held here, but ``exclude``."""
    out: set[str] = set()
    for spec in sr.sync_tables():
        if spec.kind == "evidence":
            t = spec.table
            out |= {
                str(d or "")
                for d in session.scalars(select(t.c.device).where(t.c.origin == office).distinct())
            }
    return out - exclude


def held_marks(session: Session, office: str, exclude: set[str]) -> dict[str, int]:
    """{``table@device``: highest chain_seq held here} of the office's other devices: the
    recipient (a main laptop) sends only what lies beyond."""
    out: dict[str, int] = {}
    for spec in sr.sync_tables():
        if spec.kind != "evidence":
            continue
        t = spec.table
        for code, top in session.execute(
            select(t.c.device, func.max(t.c.chain_seq))
            .where(t.c.origin == office)
            .group_by(t.c.device)
        ):
            if str(code or "") not in exclude and top:
                out[device_mark(spec.name, str(code or ""))] = int(top)
    return out


def _collect_blobs(session: Session, ids: list[str], out: Collected) -> None:
    listing: list[list[Any]] = []
    files: list[tuple[str, bytes]] = []
    for part in sr.chunks(ids):
        for blob in session.scalars(select(Blob).where(Blob.sha256.in_(part))):
            listing.append(
                [blob.sha256, blob.mime, sr.encode_row({"c": blob.created_at}, ["c"])[0]]
            )
            files.append((f"blobs/{blob.sha256}", blob.data))
    out.counts["blob"] = len(files)
    if files:
        rs = RowSet(sr.BLOB_TABLE, "blob", ["id", "mime", "created_at"], listing)
        out.parts.append((f"rows/{sr.BLOB_TABLE}.json", rs.encode()))
        out.parts.extend(files)


def _receipt(session: Session, peer: SyncPeer) -> bytes:
    """Which of the peer's packages we applied (latest 200), so it can mark them received,
    and the heads of its chains we hold verified (it keeps them as its anchors)."""
    rows = session.scalars(
        select(SyncLedger)
        .where(
            SyncLedger.direction == "in",
            SyncLedger.peer_code == peer.office_code,
            SyncLedger.peer_device == (peer.device_code or ""),
        )
        .order_by(SyncLedger.seq.desc())
        .limit(200)
    ).all()
    from desktop.domain.canonical import canonical_json

    return canonical_json(
        {
            "applied": [
                {
                    "seq": r.seq,
                    "package_sha256": r.package_sha256,
                    "applied_at": r.created_at,
                    "counts": json.loads(r.counts_json),
                }
                for r in rows
            ],
            "heads": sync_anchor.acknowledged_for(
                session, peer.office_code, peer.device_code or ""
            ),
        }
    )


def _identity(office: Office) -> dict[str, str]:
    return {
        "code": office.code,
        "name": office.name,
        "kabupaten_code": office.kabupaten_code,
        "role": office.role,
        "signing_key": office.signing_public_key,
        "box_key": office.box_public_key,
        "device": office.device_code or "",
        "device_name": office.device_name or "",
    }


def _peer_for(session: Session, peer_code: str, device: str | None) -> SyncPeer | None:
    """The active peer ``peer_code`` (at a hub: the office's device ``device``; None: its
    only active device)."""
    stmt = select(SyncPeer).where(SyncPeer.office_code == peer_code, SyncPeer.status == "active")
    if device is not None:
        stmt = stmt.where(SyncPeer.device_code == device)
    found = session.scalars(stmt).all()
    return found[0] if len(found) == 1 else None


def export_to(
    ctx: AppContext,
    peer_code: str,
    out_dir: Path,
    *,
    device: str | None = None,
    full: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """One package for ``peer_code`` (at a hub: for one device of that office)."""
    from desktop.services import devices

    keys = identity.load(ctx.keys_dir)
    with ctx.read() as session:
        me = ctx.office(session)
        peer = _peer_for(session, peer_code, device)
        if peer is None:
            raise NetraError(
                "not_enrolled",
                f"{peer_code} belum terdaftar atau dicabut.",
                f"{peer_code} is not enrolled or revoked.",
            )
        peer_device = peer.device_code or ""
        mode = mode_for(me, peer)
        to_hub = mode == "own" and peer.role == "hub"
        handover = devices.pending_handover(ctx, session) if to_hub else None
        collected = collect(
            session,
            me,
            peer,
            full,
            progress,
            handover_chains=devices.handover_chains(handover) if handover else None,
            kiosks=devices.kiosk_statements(ctx, session) if to_hub else None,
        )
        parts = list(collected.parts)
        received_chains = _received_chains(session, me, peer)
        if mode in ("answer", "kiosk"):
            roster = device_keys.roster_part(ctx, session)
            if roster is not None:
                # The device keys this installation knows, for verifying pacts' QR codes.
                parts.append((ROSTER_PART, roster))
            receipt = _receipt(session, peer)
            parts.append(("receipt.json", receipt))
            collected.counts["receipt"] = 1
        seq = int(peer.last_seq_out or 0) + 1
        now = utcnow()
        manifest: dict[str, Any] = {
            "kind": "answer" if mode in ("answer", "kiosk") else "package",
            "package_id": new_id(),
            "created_at": now.isoformat(),
            "app_version": __version__,
            "from": _identity(me),
            "to": {"code": peer.office_code, "box_key": peer.box_public_key},
            "seq": seq,
            "full": bool(full or mode == "upward"),
            "acknowledged": {
                "revision": 0 if full else int(peer.acked_revision or 0),
                "chains": {} if full else json.loads(peer.acked_chains_json or "{}"),
                "seq": int(peer.last_seq_out or 0),
            },
            "received": {
                "revision": int(peer.recv_revision or 0),
                "chains": received_chains,
                "seq": int(peer.last_seq_in or 0),
            },
            "counts": collected.counts,
            # The sender's own chain heads, signed with the manifest (anchored at the hub).
            "heads": sync_anchor.own_heads(session, me.code, me.device_code or ""),
        }
        if handover:
            # This laptop continues a device restored from its backup: the certificate that
            # device's key signed (docs/sync-format.md, "Devices").
            manifest["handover"] = handover
        if collected.versions_through is not None:
            manifest["versions_through"] = collected.versions_through
        if collected.relayed:
            # A main laptop relays its kiosks' rows with each kiosk's signed statement.
            manifest["relayed"] = collected.relayed
        if peer.role == "main":
            # A kiosk's chain heads signed by its own key, for its main laptop to forward.
            manifest["kiosk_statement"] = devices.kiosk_statement(ctx, session, me)
        recipient_box, my_code, peer_role = peer.box_public_key, me.code, peer.role
    built = fmt.build(manifest, parts, keys.signing, recipient_box)
    recipient = None
    if mode == "kiosk":
        recipient = f"kiosk-{peer_device}"
    elif peer_role == "main":
        recipient = "utama"
    elif manifest["kind"] == "answer":
        recipient = f"{peer_code}-{peer_device}" if peer_device else peer_code
    path = out_dir / fmt.file_name(my_code, now, seq, built.sha256, recipient)
    write_verified(path, built.data)
    with ctx.tx() as session:
        peer = _peer_for(session, peer_code, peer_device)
        assert peer is not None
        peer.last_seq_out = max(int(peer.last_seq_out or 0), seq)
        peer.last_out_at = now
        chains_out = dict(collected.chains)
        if handover:
            chains_out["handover"] = 1  # acknowledged: the hub holds the handover
        session.add(
            SyncLedger(
                package_sha256=built.sha256,
                package_id=manifest["package_id"],
                direction="out",
                peer_code=peer_code,
                peer_device=peer_device,
                seq=seq,
                file_name=path.name,
                counts_json=json.dumps(collected.counts, sort_keys=True),
                max_revision=collected.max_revision,
                chains_json=json.dumps(chains_out, sort_keys=True),
            )
        )
        audit.record(
            ctx,
            session,
            "sync.export",
            "sync_package",
            built.sha256,
            {
                "to": peer_code,
                "device": peer_device,
                "seq": seq,
                "file": path.name,
                "full": full,
                "counts": collected.counts,
            },
        )
    if progress is not None:
        progress(1, 1)
    return ExportResult(
        path,
        peer_code,
        seq,
        collected.counts,
        len(built.data),
        built.sha256,
        str(manifest["kind"]),
        bool(manifest["full"]),
        peer_device,
    )


def export(
    ctx: AppContext,
    out_dir: Path,
    *,
    full: bool = False,
    office: str | None = None,
    progress: Progress | None = None,
    roles: frozenset[str] | None = None,
) -> list[ExportResult]:
    """Office: one package for its hub (and, between the laptops of one office, one for
    its main laptop / one answer per kiosk). Hub: one answer per enrolled device of every
    office (or of ``office``). ``roles``: only to peers of these roles."""
    ctx.require("sync.export")
    from desktop.services import devices

    devices.ensure_device(ctx)
    with ctx.read() as session:
        me = ctx.office(session)
        peers = [
            p
            for p in session.scalars(
                select(SyncPeer)
                .where(SyncPeer.status == "active")
                .order_by(SyncPeer.office_code, SyncPeer.role, SyncPeer.device_code)
            )
            if roles is None or p.role in roles
        ]
        targets: list[tuple[str, str | None]]
        if office is not None:
            targets = [(p.office_code, p.device_code) for p in peers if p.office_code == office]
            if not targets:
                raise NetraError(
                    "not_enrolled",
                    f"Kantor {office} belum terdaftar atau dicabut.",
                    f"Office {office} is not enrolled or revoked.",
                )
        elif me.role == "office":
            targets = [
                (p.office_code, None if p.role == "hub" else p.device_code)
                for p in peers
                if p.role in ("hub", "main", "kiosk")
            ]
            if not targets:
                raise NetraError(
                    "no_hub",
                    "Laptop ini belum terdaftar di kabupaten: buat "
                    "permintaan pendaftaran dulu (sync enroll-request).",
                    "This laptop is not enrolled with a hub yet.",
                )
        else:
            # The hub: one answer per device of every office and per kiosk of its own; a
            # kiosk of the hub: one package for the hub (its main).
            targets = [
                (p.office_code, p.device_code)
                for p in peers
                if p.role in ("office", "kiosk", "main")
            ]
            if not targets:
                raise NetraError(
                    "no_offices",
                    "Belum ada kantor yang terdaftar di hub ini.",
                    "No office is enrolled at this hub.",
                )
    return [
        export_to(ctx, code, out_dir, device=device, full=full, progress=progress)
        for code, device in targets
    ]
