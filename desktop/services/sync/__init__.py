"""USB sync use cases: import (with review), status, conflicts; export and enrolment live in
``sync_export`` / ``sync_enrol`` and are re-exported here so callers use one module."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.domain.office import TIMEZONES
from desktop.services import anchor as sync_anchor
from desktop.services import audit, device_keys, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit
from desktop.services.sync.authority import REASONS as AUTHORITY_REASONS
from desktop.services.sync.authority import authority_for
from desktop.services.sync.enrolment import accept, enrol, read_request, revoke, write_request
from desktop.services.sync.outgoing import (
    ROSTER_PART,
    VERSIONS_MARK,
    ExportResult,
    export,
    export_to,
)
from desktop.store.base import chain_key, utcnow
from desktop.store.bulk import collector_paused
from desktop.store.lookup import by_id_or_prefix
from desktop.store.models import Office, SyncConflict, SyncLedger, SyncPeer
from desktop.store.models.sync import SyncRefusal
from desktop.sync import format as fmt
from desktop.sync import rows as sr
from desktop.sync.format import PackageRejected, reject
from desktop.sync.merge import Merger, MergeReport, retry_held

__all__ = [
    "ExportResult",
    "accept",
    "enrol",
    "export",
    "export_to",
    "read_request",
    "revoke",
    "write_request",
]

ARCHIVE = "sync-archive"
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


#: What importing a package may change (see :mod:`desktop.services.changes`).
IMPORT_CHANGES = frozenset({Area.SYNC, Area.ROSTER, Area.SIGNING, Area.CASES})


@dataclass
class ImportOutcome:
    file: str
    status: str  # applied | duplicate | rejected | review
    reason: str = ""
    message: str = ""
    sender: str = ""
    sender_name: str = ""
    seq: int = 0
    kind: str = ""
    counts: dict[str, Any] = field(default_factory=dict)
    merge: dict[str, Any] = field(default_factory=dict)
    imported_at: str = ""
    # what the GUI reloads (not in to_json): a package may bring any of these
    changes: frozenset[Area] = field(default=IMPORT_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.file, "status": self.status}
        if self.status == "rejected":
            out.update(reason=self.reason, message=self.message)
        else:
            out.update(sender=self.sender, seq=self.seq, kind=self.kind, counts=self.counts)
            if self.merge:
                out["merge"] = self.merge
            if self.status == "duplicate":
                out.update(message=self.message, imported_at=self.imported_at)
        return out

    def summary(self) -> str:
        """One Indonesian sentence: what this package adds and changes."""
        if self.status == "rejected":
            return f"{Path(self.file).name}: DITOLAK ({self.reason}) — {self.message}"
        if self.status == "duplicate":
            return f"{Path(self.file).name}: {self.message}"
        return f"{Path(self.file).name}: {describe_merge(self.sender_name, self.merge)}"


TABLE_LABELS = {
    "signature_record": "tanda tangan",
    "employee": "data pegawai",
    "unit": "unit kerja",
    "case_file": "laporan",
    "case_step": "langkah laporan",
    "case_evidence": "bukti",
    "case_decision": "keputusan",
    "signing_event": "acara penandatanganan",
    "rulebook": "aturan sanksi",
    "pact_template": "templat pakta",
    "election": "pemilihan",
    "holiday": "hari libur",
    "case_recommendation": "rekomendasi sanksi",
}


def describe_merge(sender: str, merge: dict[str, Any]) -> str:
    tables = merge.get("tables", {})
    added = {t: c["inserted"] for t, c in tables.items() if c.get("inserted")}
    changed = {t: c["updated"] for t, c in tables.items() if c.get("updated")}
    labels = TABLE_LABELS
    parts = [f"menambah {n} {labels.get(t, t)}" for t, n in added.items()]
    parts += [f"mengubah {n} {labels.get(t, t)}" for t, n in changed.items()]
    extra = [
        f"{merge.get(k, 0)} {label}"
        for k, label in (
            ("conflicts", "konflik"),
            ("tamper", "peringatan perubahan tidak sah"),
            ("held", "baris ditahan"),
            ("duplicate", "duplikat kunci"),
        )
        if merge.get(k)
    ]
    body = ", ".join(parts + extra) or "tidak ada perubahan baru"
    return f"berkas dari {sender} ini {body}"


def sender_device(m: dict[str, Any], default: str = "") -> str:
    """The sending device's code from a manifest (absent: a Netra from before devices, whose
    device is known by its key: ``default``)."""
    device = m["from"].get("device", default)
    if not isinstance(device, str) or not (
        device == "" or (len(device) == 12 and all(c in "0123456789abcdef" for c in device))
    ):
        raise reject("bad_manifest", "kode perangkat pengirim tidak sah", "bad from.device")
    return device


def _peer(session: Session, code: str, device: str | None, key: str) -> SyncPeer | None:
    """The enrolled peer that sent a package: the device of an office (at a hub) known by
    its signing key (else by the device it claims to be), or the hub above (one row)."""
    peers = session.scalars(select(SyncPeer).where(SyncPeer.office_code == code)).all()
    if len(peers) == 1 and peers[0].role == "hub":
        return peers[0]
    by_key = next((p for p in peers if p.signing_public_key == key), None)
    if by_key is not None:
        return by_key
    if device is None:
        return peers[0] if len(peers) == 1 else None
    return next((p for p in peers if (p.device_code or "") == device), None)


def _check_sender(
    ctx: AppContext, session: Session, me: Office, parsed: fmt.Parsed
) -> tuple[SyncPeer, frozenset[str], str]:
    """The enrolled device that sent the package (signature checked) and the evidence
    chains (device codes) it may grow: its own and those of a device it took over."""
    from desktop.services import devices

    m = parsed.manifest
    sender = m["from"]
    if m["to"]["code"] == me.code and m["to"]["box_key"] != me.box_public_key:
        raise reject(
            "not_for_us",
            f"paket ini untuk laptop lain kantor {me.code}, bukan untuk laptop ini",
            "the package is addressed to another laptop of this office",
        )
    if m["to"]["code"] != me.code or m["to"]["box_key"] != me.box_public_key:
        raise reject(
            "not_for_us",
            f"paket ini ditujukan ke {m['to']['code']}, bukan ke {me.code} di laptop ini",
            "the package is addressed to someone else",
        )
    claimed = sender_device(m, "") if "device" in sender else None
    peer = _peer(session, sender["code"], claimed, str(sender["signing_key"]))
    if peer is None and "handover" in m and me.role == "hub":
        # A laptop restored from a device's backup: enrolled by the certificate that
        # device's key signed (docs/sync-format.md, "Devices").
        parsed.verify_signature(str(sender["signing_key"]))
        peer, inherited = devices.accept_handover(ctx, session, me, m)
        device = peer.device_code or ""
        return peer, frozenset({device}) | inherited, device
    device = claimed or ""
    if peer is None:
        known = session.scalar(select(SyncPeer.id).where(SyncPeer.office_code == sender["code"]))
        raise reject(
            "not_enrolled",
            f"{sender['code']} ({sender['name']}) belum terdaftar di sini"
            if known is None
            else f"laptop ini ({device or 'perangkat tanpa kode'}) kantor {sender['code']} belum "
            "terdaftar di sini (daftarkan dengan sync enroll --additional-device)",
            "the sender is not enrolled",
        )
    if peer.status != "active":
        if sender["signing_key"] == peer.signing_public_key:
            parsed.verify_signature(peer.signing_public_key)
        devices.refuse_inactive(peer)
    if peer.role in ("office", "kiosk", "main"):
        device = peer.device_code or ""
        if claimed is not None and claimed != device:
            raise reject(
                "key_mismatch",
                f"paket mengaku dari perangkat {claimed}, padahal kuncinya milik perangkat "
                f"{device or '(laptop awal)'} kantor {peer.office_code}",
                "the device code does not match the key",
            )
    else:
        device = sender_device(m, peer.device_code or "")
    chains = frozenset({device})
    if "handover" in m and me.role == "hub" and peer.role == "office":
        chains = chains | devices.inherited_chains(session, peer, m)
    if sender["signing_key"] != peer.signing_public_key:
        raise reject(
            "key_mismatch",
            f"kunci {peer.office_code} di paket berbeda dengan kunci "
            "terdaftar (laptop diganti? daftarkan ulang)",
            "unexpected sender key",
        )
    parsed.verify_signature(peer.signing_public_key)
    if me.role == "office" and not (
        peer.role == "hub" or (peer.role in ("kiosk", "main") and peer.office_code == me.code)
    ):
        raise reject(
            "wrong_direction",
            "kantor hanya menerima paket dari kabupaten, dari laptop utamanya atau dari kiosknya",
            "an office only takes packages from its hub, its main laptop or its kiosks",
        )
    return peer, chains, device


def _merge_marks(current_json: str, incoming: dict[str, int]) -> str:
    current = json.loads(current_json or "{}")
    for key, value in incoming.items():
        current[key] = max(int(current.get(key, 0)), int(value))
    return json.dumps(current, sort_keys=True)


def _update_watermarks(
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


def _set_aside(
    opened: fmt.Opened, office: str, devices: frozenset[str]
) -> tuple[fmt.Opened, dict[str, int]]:
    """The package without the evidence rows of kiosks whose rows the hub does not take
    (not enrolled here, revoked): {device: rows set aside}. The rest is applied as usual."""
    from dataclasses import replace

    from desktop.sync import rowset

    specs = sr.table_by_name()
    counts = dict(opened.manifest["counts"])
    parts = dict(opened.parts)
    dropped: dict[str, int] = {}
    # files (signature images, evidence) named by the rows set aside, and by the rows kept:
    # a file only the set-aside rows name is set aside with them, never stored
    files_dropped: set[str] = set()
    files_kept: set[str] = set()
    for path, data in opened.parts.items():
        name = path[5:-5] if path.startswith("rows/") else ""
        spec = specs.get(name)
        if spec is None:
            continue
        rs = rowset.decode(data, name, int(counts.get(name, -1)))
        files = [rs.columns.index(c) for c in spec.blob_columns if c in rs.columns]
        if spec.kind != "evidence":
            files_kept.update(str(row[i]) for row in rs.rows for i in files if row[i])
            continue
        origin, dev = rs.columns.index("origin"), rs.columns.index("device")
        keep = []
        for row in rs.rows:
            named = {str(row[i]) for i in files if row[i]}
            if row[origin] == office and row[dev] in devices:
                dropped[str(row[dev])] = dropped.get(str(row[dev]), 0) + 1
                files_dropped |= named
            else:
                keep.append(row)
                files_kept |= named
        if len(keep) != len(rs.rows):
            rs.rows = keep
            parts[path] = rs.encode()
            counts[name] = len(keep)
    orphans = files_dropped - files_kept
    listing_path = f"rows/{sr.BLOB_TABLE}.json"
    if orphans and listing_path in parts:
        listing = rowset.decode(parts[listing_path], sr.BLOB_TABLE, int(counts.get("blob", -1)))
        ident = listing.columns.index("id")
        listing.rows = [r for r in listing.rows if str(r[ident]) not in orphans]
        for sha in orphans:
            parts.pop(f"blobs/{sha}", None)
        counts["blob"] = len(listing.rows)
        if listing.rows:
            parts[listing_path] = listing.encode()
        else:
            del parts[listing_path]
    manifest = dict(opened.manifest) | {"counts": counts}
    return fmt.Opened(replace(opened.parsed, manifest=manifest), parts), dropped


def _note_set_aside(
    ctx: AppContext,
    session: Session,
    parsed: fmt.Parsed,
    path: Path,
    peer: SyncPeer,
    set_aside: dict[str, tuple[str, str]],
    dropped: dict[str, int],
) -> None:
    """An applied package some of whose relayed kiosk rows were set aside: an alert for a
    person (the kiosk's rows arrive again once it is enrolled) and an audit entry."""
    now = utcnow()
    reasons = sorted({r for r, _ in set_aside.values()})
    text = "; ".join(
        f"{msg} ({dropped.get(d, 0)} baris)" for d, (_, msg) in sorted(set_aside.items())
    )
    session.add(
        SyncRefusal(
            package_sha256=parsed.sha256,
            peer_code=peer.office_code,
            peer_device=sorted(set_aside)[0][:16],
            seq=int(parsed.manifest["seq"]),
            file_name=path.name[:255],
            reason=reasons[0],
            message=text,
            detected_at=now,
            last_seen_at=now,
            times_seen=1,
        )
    )
    audit.record(
        ctx,
        session,
        "sync.relay_set_aside",
        "sync_package",
        parsed.sha256,
        {
            "from": peer.office_code,
            "devices": {
                d: {"reason": r, "rows": dropped.get(d, 0)} for d, (r, _) in set_aside.items()
            },
        },
    )


def _check_hub_kiosk_signatures(session: Session, me: Office, opened: fmt.Opened) -> None:
    """A kiosk of the hub signs for the hub's events only, for people the hub holds (the
    people its kit carried): anything else refuses the package (``kiosk_scope``,
    docs/sync-format.md "Kiosks of the hub")."""
    from desktop.store.models import Employee, SigningEvent
    from desktop.sync import rowset

    data = opened.parts.get("rows/signature_record.json")
    if data is None:
        return
    count = int(opened.manifest["counts"].get("signature_record", -1))
    rows = rowset.decode(data, "signature_record", count).dicts()
    events = {str(r.get("event_id")) for r in rows}
    people = {str(r.get("employee_id")) for r in rows}
    held_events = dict(
        session.execute(
            select(SigningEvent.id, SigningEvent.origin).where(SigningEvent.id.in_(events))
        ).all()
    )
    held_people = {
        str(i)
        for part in sr.chunks(sorted(people))
        for i in session.scalars(select(Employee.id).where(Employee.id.in_(part)))
    }
    for r in rows:
        event, person = str(r.get("event_id")), str(r.get("employee_id"))
        if held_events.get(event) != me.code or person not in held_people:
            raise reject(
                "kiosk_scope",
                f"catatan {r.get('id')} dari kiosk kabupaten bukan untuk acara kabupaten "
                "atau untuk pegawai yang dikenal di sini; kiosk kabupaten hanya "
                "menandatangani acara kabupaten untuk pegawai dari kit acaranya",
                "a kiosk of the hub signs the hub's events for people the hub holds only",
                table="signature_record",
                row=str(r.get("id")),
            )


def _receipt(opened: fmt.Opened) -> dict[str, Any] | None:
    data = opened.parts.get("receipt.json")
    if data is None:
        return None
    doc = fmt.strict_json(data, "receipt.json")
    if not isinstance(doc, dict) or not isinstance(doc.get("applied"), list):
        raise reject("bad_receipt", "tanda terima tidak sah", "bad receipt")
    return doc


def _apply(
    ctx: AppContext, session: Session, parsed: fmt.Parsed, path: Path, record: bool
) -> ImportOutcome:
    me = ctx.office(session)
    m = parsed.manifest
    done = session.scalar(select(SyncLedger).where(SyncLedger.package_sha256 == parsed.sha256))
    if done is not None:
        when = done.created_at.astimezone(ZoneInfo(me.timezone))
        stamp = f"{when:%d-%m-%Y %H:%M} {TIMEZONES.get(me.timezone, me.timezone)}"
        return ImportOutcome(
            str(path),
            "duplicate",
            message=f"sudah diimpor pada {stamp}",
            sender=m["from"]["code"],
            sender_name=m["from"]["name"],
            seq=m["seq"],
            kind=m["kind"],
            counts=m["counts"],
            imported_at=done.created_at.isoformat(),
        )
    from desktop.services import devices

    peer, chains, device = _check_sender(ctx, session, me, parsed)
    owner = chain_key(peer.office_code, device)
    heads = sync_anchor.parse_heads(m["heads"], "manifes heads") if "heads" in m else None
    relayed: dict[str, dict[str, Any]] = {}
    set_aside: dict[str, tuple[str, str]] = {}
    if me.role == "hub" and peer.role == "office" and "relayed" in m:
        # A main laptop carries its kiosks' rows, each kiosk's statement signed by its key.
        relayed, set_aside = devices.relayed_kiosks(session, peer, m)
        chains = chains | frozenset(relayed)
    if peer.role == "kiosk":
        devices.keep_kiosk_statement(ctx, session, peer, m)
    opened = fmt.open_payload(parsed, identity.load(ctx.keys_dir).box)
    if me.role == "hub" and peer.role == "kiosk":
        _check_hub_kiosk_signatures(session, me, opened)
    dropped: dict[str, int] = {}
    if set_aside:
        opened, dropped = _set_aside(opened, peer.office_code, frozenset(set_aside))
    receipt = _receipt(opened)
    acknowledged = sync_anchor.receipt_heads(receipt) if receipt else None
    # An office protects its unacknowledged edits from its hub's answer; the laptops of one
    # office are one writer (the newer revision applies, docs/sync-format.md "Devices").
    protect = int(peer.acked_revision or 0) if me.role == "office" and peer.role == "hub" else None
    authority = authority_for(me, peer, chains)
    if me.role == "hub":
        issuer: str | None = me.code
    elif peer.role == "hub":
        issuer = peer.office_code
    else:
        issuer = me.kabupaten_code
    merger = Merger(
        session,
        package_sha=parsed.sha256,
        sender=peer.office_code,
        local=me.code,
        protect_after=protect,
        issuer=issuer,
        authority=authority,
    )
    report = merger.apply(opened)
    if authority.direction == "below":
        sync_anchor.verify_package_heads(
            session,
            sender=peer.office_code,
            device=device,
            package_seq=int(m["seq"]),
            package_sha=parsed.sha256,
            heads=heads,
            carried=report.max_chain_by.get(owner, {}),
        )
        for old in sorted(chains - {device} - set(relayed)):
            # The rows of a device taken over end at the heads its certificate signed.
            devices.verify_handover_heads(session, peer, old, m, parsed.sha256, report.max_chain_by)
        for kiosk, body in sorted(relayed.items()):
            # A kiosk's rows relayed by its main laptop end at the heads the kiosk signed.
            kiosk_heads = sync_anchor.parse_heads(body["heads"], "pernyataan kiosk")
            sync_anchor.verify_inherited(
                session,
                origin=peer.office_code,
                device=kiosk,
                heads=kiosk_heads,
                carried=report.max_chain_by.get(chain_key(peer.office_code, kiosk), {}),
                package_sha=parsed.sha256,
            )
            sync_anchor.anchor_statement(
                session,
                origin=peer.office_code,
                device=kiosk,
                heads=kiosk_heads,
                hub_seq=int(body["hub_seq"]),
                package_sha=parsed.sha256,
            )
    elif authority.direction == "above" and acknowledged:
        sync_anchor.store_acknowledged(
            session, me.code, peer.office_code, acknowledged, me.device_code or ""
        )
    roster = opened.parts.get(ROSTER_PART)
    if roster is not None:
        # The roster of device keys in an answer (its sender checked there).
        device_keys.apply_roster_part(ctx, session, peer.office_code, roster)
    released = retry_held(session, local=me.code, protect_after=protect)
    top = max(report.max_revision_by.values(), default=0)
    if top:
        ctx.observe_revision(session, top)
    _update_watermarks(session, peer, m, report, receipt)
    merge = report.to_json() | {"released": released}
    if relayed or set_aside:
        merge["relayed"] = sorted(relayed)
        merge["set_aside"] = [
            {"device": d, "reason": r, "message": text, "rows": dropped.get(d, 0)}
            for d, (r, text) in sorted(set_aside.items())
        ]
        if record and set_aside:
            _note_set_aside(ctx, session, parsed, path, peer, set_aside, dropped)
    if record:
        session.add(
            SyncLedger(
                package_sha256=parsed.sha256,
                package_id=m["package_id"],
                direction="in",
                peer_code=peer.office_code,
                peer_device=peer.device_code or "",
                seq=m["seq"],
                file_name=path.name,
                counts_json=json.dumps(m["counts"]),
                max_revision=report.max_revision_by.get(peer.office_code, 0),
                chains_json=json.dumps(report.max_chain_by.get(owner, {}), sort_keys=True),
            )
        )
        audit.record(
            ctx,
            session,
            "sync.import",
            "sync_package",
            parsed.sha256,
            {
                "from": peer.office_code,
                "device": device,
                "seq": m["seq"],
                "file": path.name,
                "conflicts": merge["conflicts"],
                "tamper": merge["tamper"],
            },
        )
    return ImportOutcome(
        str(path),
        "applied" if record else "review",
        sender=peer.office_code,
        sender_name=peer.name
        + (f" ({peer.device_name or device})" if device and me.role == "hub" else ""),
        seq=m["seq"],
        kind=m["kind"],
        counts=m["counts"],
        merge=merge,
    )


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > fmt.FAT32_MAX:
            raise reject("too_large", "berkas lebih dari 4 GB", "file over 4 GB")
        return path.read_bytes()
    except OSError as exc:
        raise reject(
            "unreadable",
            f"berkas tidak dapat dibaca ({exc.strerror or exc})",
            "the file cannot be read",
        ) from exc


def _archive(ctx: AppContext, path: Path, data: bytes, sha: str) -> None:
    folder = ctx.data_dir / ARCHIVE
    target = folder / (
        path.name if path.name.endswith(fmt.EXTENSION) else f"{sha[:16]}.{fmt.EXTENSION}"
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_bytes(data)
    except OSError:
        pass


def _record_refusal(ctx: AppContext, parsed: fmt.Parsed, path: Path, exc: PackageRejected) -> None:
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


def _refusal_json(r: SyncRefusal, timezone: str = "UTC") -> dict[str, Any]:
    return {
        "detected_local": _local_stamp(r.detected_at, timezone),
        "id": r.id,
        "office": r.peer_code,
        "device": r.peer_device or "",
        "seq": r.seq,
        "file": r.file_name,
        "package_sha256": r.package_sha256,
        "reason": r.reason,
        "message": r.message,
        "detected_at": r.detected_at.isoformat(),
        "last_seen_at": r.last_seen_at.isoformat(),
        "times_seen": r.times_seen,
        "acknowledged_at": r.acknowledged_at.isoformat() if r.acknowledged_at else None,
        "acknowledged_by": r.acknowledged_by,
    }


def refusals(ctx: AppContext, *, include_acknowledged: bool = False) -> list[dict[str, Any]]:
    """Packages refused for what they claim (newest first): alerts for a person."""
    ctx.require("view")
    with ctx.read() as session:
        tz = ctx.office(session).timezone
        stmt = select(SyncRefusal).order_by(SyncRefusal.last_seen_at.desc(), SyncRefusal.id)
        if not include_acknowledged:
            stmt = stmt.where(SyncRefusal.acknowledged_at.is_(None))
        return [_refusal_json(r, tz) for r in session.scalars(stmt)]


def acknowledge_refusal(ctx: AppContext, refusal_id: str) -> dict[str, Any]:
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
        return _refusal_json(row, ctx.office(session).timezone)


def _rejected(path: Path, exc: NetraError) -> ImportOutcome:
    reason = exc.reason if isinstance(exc, PackageRejected) else exc.code
    return ImportOutcome(str(path), "rejected", reason=reason, message=exc.message_id)


def import_file(ctx: AppContext, path: Path) -> ImportOutcome:
    """Verify, decrypt, validate and apply one package in ONE transaction (or not at all)."""
    with collector_paused():
        return _import_file(ctx, path)


def _import_file(ctx: AppContext, path: Path) -> ImportOutcome:
    ctx.require("sync.import")
    try:
        data = _read(path)
        parsed = fmt.parse(data)
    except NetraError as exc:
        return _rejected(path, exc)
    try:
        with ctx.tx() as session:
            outcome = _apply(ctx, session, parsed, path, record=True)
    except NetraError as exc:
        if isinstance(exc, PackageRejected) and exc.reason in ALERT_REASONS:
            _record_refusal(ctx, parsed, path, exc)
        return _rejected(path, exc)
    except IntegrityError:
        # Another import of the same package won the race: it is a duplicate now.
        with ctx.read() as session:
            if session.scalar(
                select(SyncLedger.id).where(SyncLedger.package_sha256 == parsed.sha256)
            ):
                return ImportOutcome(
                    str(path),
                    "duplicate",
                    message="sudah diimpor",
                    sender=parsed.manifest["from"]["code"],
                )
        raise
    if outcome.status == "applied":
        # Only a package that was applied is archived (parse() hashed the whole file).
        _archive(ctx, path, data, parsed.sha256)
    return outcome


def sha256_of(data: bytes) -> str:
    from desktop.domain.canonical import sha256_hex

    return sha256_hex(data)


def import_files(ctx: AppContext, paths: list[Path]) -> list[ImportOutcome]:
    return [import_file(ctx, p) for p in paths]


def review(ctx: AppContext, path: Path) -> ImportOutcome:
    """What a package would change, computed by applying it and rolling back."""
    ctx.require("sync.import")
    try:
        parsed = fmt.parse(_read(path))
    except NetraError as exc:
        return _rejected(path, exc)
    try:
        with collector_paused(), ctx.read() as session:
            return _apply(ctx, session, parsed, path, record=False)
    except NetraError as exc:
        if isinstance(exc, PackageRejected) and exc.reason in ALERT_REASONS:
            _record_refusal(ctx, parsed, path, exc)  # the alert, even before any apply
        return _rejected(path, exc)


# ---------------------------------------------------------------------------- status
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
            _refusal_json(r, me.timezone)
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


# ---------------------------------------------------------------------------- conflicts
def _conflict_json(c: SyncConflict) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "entity": c.entity,
        "entity_id": c.entity_id,
        "incoming_origin": c.incoming_origin,
        "provisional_winner": c.provisional_winner,
        "reason": c.reason,
        "detected_at": c.detected_at.isoformat(),
        "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None,
        "resolution": c.resolution,
        "resolved_by": c.resolved_by,
        "local": json.loads(c.local_json) if c.local_json else None,
        "incoming": json.loads(c.incoming_json) if c.incoming_json else None,
        "package_sha256": c.package_sha256,
    }


def conflicts(ctx: AppContext, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    ctx.require("view")
    with ctx.read() as session:
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        return [_conflict_json(c) for c in session.scalars(stmt)]


def resolve(ctx: AppContext, conflict_id: str, keep: str) -> dict[str, Any]:
    """A person decides. Keeping the version that is not current re-applies it as a new edit
    here (new revision), so it travels onward like any other change."""
    actor = ctx.require("sync.resolve")
    if keep not in ("local", "incoming"):
        raise NetraError(
            "bad_choice",
            "Pilih --keep local atau --keep incoming.",
            "Choose --keep local or --keep incoming.",
        )
    with ctx.tx() as session:
        c = by_id_or_prefix(session, SyncConflict, conflict_id)
        if c is None:
            raise NetraError(
                "unknown_conflict",
                f"Konflik {conflict_id} tidak ditemukan.",
                f"Conflict {conflict_id} not found.",
            )
        if c.resolved_at is not None:
            raise NetraError(
                "already_resolved",
                "Konflik ini sudah diselesaikan.",
                "This conflict is already resolved.",
            )
        if keep == "incoming" and c.kind != "conflict":
            raise NetraError(
                "cannot_keep_incoming",
                "Versi masuk dari peringatan ini tidak dapat dipakai: catatan bukti "
                "tidak pernah diubah. Simpan versi di sini; versi masuk tetap "
                "tercatat.",
                "The incoming version cannot be kept for this kind.",
            )
        if keep != c.provisional_winner and c.kind == "conflict":
            chosen = json.loads(c.local_json if keep == "local" else c.incoming_json)
            _reapply(ctx, session, c.entity, c.entity_id, chosen)
        c.resolved_at, c.resolved_by, c.resolution = utcnow(), actor.username, keep
        audit.record(
            ctx,
            session,
            "sync.resolve",
            c.entity,
            c.entity_id,
            {"conflict": c.id, "kind": c.kind, "keep": keep},
        )
        return _conflict_json(c)


def _reapply(
    ctx: AppContext, session: Session, entity: str, row_id: str, chosen: dict[str, Any]
) -> None:
    spec = sr.table_by_name()[entity]
    row = session.get(spec.model, row_id)
    if row is None:
        raise NetraError("row_missing", "Baris yang berkonflik tidak ada lagi.", "Row missing.")
    meta = {"id", "origin", "_sync_base"} | set(type(row).SYNC_META)
    cols = [c for c in chosen if c in spec.columns and c not in meta]
    values = sr.decode_rows(spec, cols, [[chosen[c] for c in cols]])[0]
    for key, value in values.items():
        setattr(row, key, value)
    stamp_edit(ctx, session, row)


def archived_at(value: datetime) -> str:
    return value.isoformat()


def copy_to(path: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.copy2(path, target)
    return target
