"""Importing a package: read, verify, decrypt, validate and merge it in ONE transaction (or
not at all), archive what was applied; or review it (applied and rolled back).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.domain.office import TIMEZONES
from desktop.services import anchor as sync_anchor
from desktop.services import audit, device_keys, identity
from desktop.services.context import AppContext
from desktop.services.sync.authority import authority_for
from desktop.services.sync.outcome import ImportOutcome
from desktop.services.sync.outgoing import ROSTER_PART
from desktop.services.sync.refusals import ALERT_REASONS, record_refusal
from desktop.services.sync.sender import check_hub_kiosk_signatures, check_sender
from desktop.services.sync.set_aside import note_set_aside, set_aside_rows
from desktop.services.sync.watermarks import read_receipt, update_watermarks
from desktop.store.base import chain_key
from desktop.store.bulk import collector_paused
from desktop.store.models import SyncLedger
from desktop.sync import format as fmt
from desktop.sync.format import PackageRejected, reject
from desktop.sync.merge import Merger, retry_held

ARCHIVE = "sync-archive"


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

    peer, chains, device = check_sender(ctx, session, me, parsed)
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
        check_hub_kiosk_signatures(session, me, opened)
    dropped: dict[str, int] = {}
    if set_aside:
        opened, dropped = set_aside_rows(opened, peer.office_code, frozenset(set_aside))
    receipt = read_receipt(opened)
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
    update_watermarks(session, peer, m, report, receipt)
    merge = report.to_json() | {"released": released}
    if relayed or set_aside:
        merge["relayed"] = sorted(relayed)
        merge["set_aside"] = [
            {"device": d, "reason": r, "message": text, "rows": dropped.get(d, 0)}
            for d, (r, text) in sorted(set_aside.items())
        ]
        if record and set_aside:
            note_set_aside(ctx, session, parsed, path, peer, set_aside, dropped)
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
            record_refusal(ctx, parsed, path, exc)
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
            record_refusal(ctx, parsed, path, exc)  # the alert, even before any apply
        return _rejected(path, exc)
