"""Who sent a package: the enrolled device whose key signed it (or a laptop restored from a
device's backup, enrolled by its handover certificate), the evidence chains it may grow,
and what a kiosk of the hub may sign for. What the sender may say row by row is
``authority.py``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.context import AppContext
from desktop.store.models import Office, SyncPeer
from desktop.sync import format as fmt
from desktop.sync import rows as sr
from desktop.sync.format import reject


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


def check_sender(
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


def check_hub_kiosk_signatures(session: Session, me: Office, opened: fmt.Opened) -> None:
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
