"""Devices under an office (docs/sync-format.md, "Devices").

Every installation is a device with its own key pair and its own evidence chains (rows carry
``origin`` = the office and ``device`` = the laptop). At the hub each enrolled laptop is its
own ``sync_peer`` row: listed with its name, fingerprint, first and last package and state,
revoked alone with a reason (its later packages are refused as ``device_revoked``), or
replaced.

A laptop restored from an office backup continues as a NEW device of the same office
(:func:`continue_as_new_device`): it makes a new key pair, and the old device's key (inside
the backup) signs a handover certificate naming the new device and the old device's chain
heads at the moment of the backup. The new device's packages carry the certificate until the
hub acknowledges one; the hub (:func:`accept_handover`) enrols the new device, marks the old
one ``replaced`` (its later packages are refused as ``device_replaced``) and takes the old
device's rows up to the certified heads. A lost or stolen laptop is revoked at the hub
instead; its backup can then not hand over (the replacement is enrolled with
``sync enroll --replace-device``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.canonical import canonical_json
from desktop.domain.errors import NetraError
from desktop.services import audit, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.lookup import by_id_or_prefix
from desktop.store.models import Office, Setting, SyncLedger, SyncPeer
from desktop.store.models.core import device_code_for
from desktop.sync import crypto
from desktop.sync.format import reject

OFFICE_REVOKED = "pendaftaran kantor dicabut"


#: What a device command changed (the sync page lists the devices).
DEVICE_CHANGES: frozenset[Area] = frozenset({Area.SYNC})


@dataclass(frozen=True)
class DeviceNamed:
    """:func:`set_name`: this laptop's office, device code and new name."""

    office: str
    device: str
    name: str
    changes: frozenset[Area] = field(default=DEVICE_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        """``netra device name --json`` (the keys are a contract)."""
        return {"office": self.office, "device": self.device, "name": self.name}


@dataclass(frozen=True)
class EnrolledDevice:
    """One enrolled device (a ``sync_peer`` row), as ``device list --json`` shows it."""

    id: str
    office: str
    office_name: str
    name: str  # its name, else "perangkat <code>", else "laptop awal"
    device: str  # 12 hex; "" an office's laptop from before devices
    role: str
    fingerprint: str
    state: str  # active | revoked | replaced
    enrolled_at: str | None  # ISO
    revoked_at: str | None
    revoke_reason: str
    replaces: str | None  # id of the device this one replaced
    replaced_by: str | None
    packages_in: int
    first_package: str | None
    first_package_at: str | None
    last_package: str | None
    last_package_at: str | None
    last_seq: int

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` keys (a contract), in this order."""
        return {f: getattr(self, f) for f in _DEVICE_FIELDS}


_DEVICE_FIELDS = tuple(EnrolledDevice.__dataclass_fields__)


@dataclass(frozen=True)
class EnrolledOffice:
    """An enrolled office (or hub, main laptop) with its devices (``sync status --json``'s
    ``offices``)."""

    office: str
    name: str
    role: str
    devices: tuple[EnrolledDevice, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "name": self.name,
            "role": self.role,
            "devices": [d.to_json() for d in self.devices],
        }


@dataclass(frozen=True)
class ThisDevice:
    office: str
    device: str
    name: str
    fingerprint: str

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "device": self.device,
            "name": self.name,
            "fingerprint": self.fingerprint,
        }


@dataclass(frozen=True)
class DeviceList:
    """:func:`list_devices` (``device list --json``)."""

    role: str  # this installation's: hub | office
    this_device: ThisDevice
    devices: tuple[EnrolledDevice, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "this_device": self.this_device.to_json(),
            "devices": [d.to_json() for d in self.devices],
        }


@dataclass(frozen=True)
class DeviceRevoked:
    """:func:`revoke_device`: the revoked device, ``row`` as ``device list --json`` shows
    it (which ``netra device revoke --json`` prints)."""

    id: str
    office: str
    name: str
    reason: str
    row: EnrolledDevice = field(compare=False)
    changes: frozenset[Area] = field(default=DEVICE_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return self.row.to_json()


@dataclass(frozen=True)
class DeviceSwitched:
    """:func:`continue_as_new_device`: this laptop's new device code and fingerprint
    (this laptop's own keys, code and name changed too: the office's identity)."""

    office: str
    old_device: str
    device: str
    fingerprint: str
    changes: frozenset[Area] = field(default=frozenset({Area.SYNC, Area.OFFICE}), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "old_device": self.old_device,
            "device": self.device,
            "fingerprint": self.fingerprint,
        }


def device_label(peer: SyncPeer) -> str:
    """How a device is named to a person: its name, else its code, else "laptop awal"."""
    return peer.device_name or (
        f"perangkat {peer.device_code}" if peer.device_code else "laptop awal"
    )


def find_device(session: Session, device_id: str) -> SyncPeer:
    """An enrolled device by its id (or a unique prefix of it)."""
    peer = by_id_or_prefix(session, SyncPeer, device_id)
    if peer is None:
        raise NetraError(
            "unknown_device",
            f"Perangkat {device_id} tidak terdaftar di sini (lihat: netra device list).",
            f"Device {device_id} is not enrolled here.",
        )
    return peer


HANDOVER_KEY = "device.handover"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_DEVICE = re.compile(r"^([0-9a-f]{12})?$")


# ---------------------------------------------------------------------------- listing
def _local(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def enrolled_device(session: Session, peer: SyncPeer) -> EnrolledDevice:
    """One enrolled device as `device list --json` shows it."""
    mine = (
        (SyncLedger.direction == "in")
        & (SyncLedger.peer_code == peer.office_code)
        & (SyncLedger.peer_device == (peer.device_code or ""))
    )
    first = session.scalar(select(SyncLedger).where(mine).order_by(SyncLedger.created_at).limit(1))
    last = session.scalar(
        select(SyncLedger).where(mine).order_by(SyncLedger.created_at.desc()).limit(1)
    )
    count = int(session.scalar(select(func.count()).select_from(SyncLedger).where(mine)) or 0)
    return EnrolledDevice(
        id=peer.id,
        office=peer.office_code,
        office_name=peer.name,
        name=device_label(peer),
        device=peer.device_code or "",
        role=peer.role,
        fingerprint=peer.fingerprint,
        state=peer.status,
        enrolled_at=_local(peer.enrolled_at),
        revoked_at=_local(peer.revoked_at),
        revoke_reason=peer.revoke_reason or "",
        replaces=peer.replaces_id,
        replaced_by=peer.replaced_by_id,
        packages_in=count,
        first_package=first.file_name if first else None,
        first_package_at=_local(first.created_at) if first else None,
        last_package=last.file_name if last else None,
        last_package_at=_local(last.created_at) if last else None,
        last_seq=int(peer.last_seq_in or 0),
    )


def by_office(session: Session) -> list[EnrolledOffice]:
    """The enrolled offices, each with its devices (for `sync status --json`)."""
    heads: dict[str, SyncPeer] = {}
    found: dict[str, list[EnrolledDevice]] = {}
    for peer in session.scalars(
        select(SyncPeer).order_by(SyncPeer.office_code, SyncPeer.enrolled_at, SyncPeer.id)
    ):
        heads.setdefault(peer.office_code, peer)  # the office's name and role: its first
        found.setdefault(peer.office_code, []).append(enrolled_device(session, peer))
    return [
        EnrolledOffice(code, first.name, first.role, tuple(found[code]))
        for code, first in heads.items()
    ]


def list_devices(ctx: AppContext) -> DeviceList:
    """At a hub: every enrolled device of every office. At an office: this laptop."""
    ctx.require("view")
    with ctx.read() as session:
        me = ctx.office(session)
        this = ThisDevice(
            office=me.code,
            device=me.device_code or "",
            name=this_device_name(me),
            fingerprint=identity.fingerprint(me.signing_public_key, me.box_public_key),
        )
        devices = tuple(
            enrolled_device(session, p)
            for p in session.scalars(
                select(SyncPeer)
                .where(SyncPeer.role.in_(("office", "kiosk", "main")))
                .order_by(SyncPeer.office_code, SyncPeer.enrolled_at, SyncPeer.id)
            )
        )
        return DeviceList(me.role, this, devices)


def this_device_name(me: Office) -> str:
    if me.device_name:
        return me.device_name
    return f"perangkat {me.device_code}" if me.device_code else "laptop awal"


def set_name(ctx: AppContext, name: str) -> DeviceNamed:
    """Name this laptop (e.g. "Kiosk 2"): shown at the hub and in double-signing notes."""
    ctx.require("office.configure")
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise NetraError(
            "bad_name",
            "Nama perangkat harus diisi (paling banyak 100 karakter).",
            "A device name of 1..100 characters is required.",
        )
    with ctx.tx() as session:
        me = ctx.office(session)
        me.device_name = name
        audit.record(ctx, session, "device.rename", "office", me.code, {"name": name})
        return DeviceNamed(me.code, me.device_code or "", name)


def revoke_device(ctx: AppContext, device_id: str, reason: str) -> DeviceRevoked:
    """Hub: revoke one device (lost, stolen) with a reason; the office's other devices keep
    working. Its later packages are refused as ``device_revoked``. A main laptop revokes
    one of its kiosks the same way."""
    ctx.require("sync.enroll")
    reason = " ".join(reason.split())
    if not reason:
        raise NetraError(
            "reason_required",
            "Alasan pencabutan harus diisi (mis. 'laptop hilang').",
            "A reason is required.",
        )
    with ctx.tx() as session:
        role = ctx.office(session).role
        peer = find_device(session, device_id)
        if role != "hub" and peer.role != "kiosk":
            raise NetraError(
                "not_hub",
                "Hanya kabupaten (hub) yang dapat mencabut perangkat; laptop utama kantor "
                "hanya mencabut kiosknya.",
                "Only a hub revokes devices; a main laptop revokes its kiosks.",
            )
        if peer.role not in ("office", "kiosk"):
            raise NetraError(
                "unknown_device",
                f"{device_id} bukan perangkat kantor.",
                "Not an office device.",
            )
        if peer.status != "active":
            raise NetraError(
                "device_not_active",
                f"Perangkat {device_label(peer)} kantor {peer.office_code} sudah "
                f"{'dicabut' if peer.status == 'revoked' else 'diganti'}.",
                "The device is not active.",
            )
        peer.status, peer.revoked_at, peer.revoke_reason = "revoked", utcnow(), reason
        audit.record(
            ctx,
            session,
            "device.revoke",
            "sync_peer",
            peer.id,
            {"office": peer.office_code, "device": peer.device_code, "reason": reason},
        )
        row = enrolled_device(session, peer)
        return DeviceRevoked(peer.id, peer.office_code, row.name, reason, row)


def refuse_inactive(peer: SyncPeer) -> None:
    """A package from a device that is not active: its own reason code."""
    label = device_label(peer)
    if peer.status == "replaced":
        raise reject(
            "device_replaced",
            f"perangkat {label} kantor {peer.office_code} sudah diganti laptop lain; paketnya "
            "tidak diterima lagi",
            "the sending device was replaced",
        )
    if peer.revoke_reason == OFFICE_REVOKED:
        raise reject(
            "revoked", f"pendaftaran {peer.office_code} telah dicabut", "the sender was revoked"
        )
    # A kiosk of the hub (office code = its kabupaten's) is revoked at the hub.
    at_main = peer.role == "kiosk" and peer.office_code != peer.kabupaten_code
    where = "di laptop utama kantor" if at_main else "di kabupaten"
    raise reject(
        "device_revoked",
        f"perangkat {label} kantor {peer.office_code} dicabut {where} "
        f"({peer.revoke_reason}); paket dari laptop itu tidak diterima",
        "the sending device was revoked",
    )


# ---------------------------------------------------------------------------- handover
def _bad_handover(why: str) -> Exception:
    return reject("bad_handover", f"serah terima perangkat tidak sah: {why}", "bad handover")


RESTORED_KEY = "device.restored"
NEXT_KEYS = "next-device"


def mark_restored(ctx: AppContext, session: Session, backup_name: str) -> None:
    """Inside the restore's own transaction: this database was restored from a backup; the
    laptop becomes a new device before it sends its next package (:func:`ensure_device`)."""
    ctx.set_setting(session, RESTORED_KEY, {"backup": backup_name, "at": utcnow().isoformat()})


def _finish_key_switch(ctx: AppContext) -> None:
    """A key switch interrupted after the database named the new keys: finish moving the
    files; interrupted before: drop the unused new keys."""
    import shutil

    staged = ctx.keys_dir / NEXT_KEYS
    if not staged.is_dir():
        return
    try:
        new = identity.load(staged)
    except NetraError:
        shutil.rmtree(staged, ignore_errors=True)
        return
    with ctx.read() as session:
        named = ctx.office(session).signing_public_key
    if named == new.signing_public_hex:
        for file in identity.KEY_FILES:
            if (staged / file).exists():
                (staged / file).replace(ctx.keys_dir / file)
    shutil.rmtree(staged, ignore_errors=True)


def ensure_device(ctx: AppContext) -> DeviceSwitched | None:
    """Before a package is built: finish an interrupted key switch, and turn a laptop
    restored from a backup into a new device of its office. Returns the switch made."""
    _finish_key_switch(ctx)
    with ctx.read() as session:
        restored = ctx.get_setting(session, RESTORED_KEY, None)
    if restored is None:
        return None
    return continue_as_new_device(ctx)


def continue_as_new_device(ctx: AppContext, name: str = "") -> DeviceSwitched:
    """After a backup was restored: this laptop becomes a new device of the same office.

    A new key pair replaces the restored one; the restored (old) key signs the handover
    certificate first. The old device's chains end where the backup ended; this laptop's own
    chains start at #1; what the hub had acknowledged of the old device is kept in the
    certificate so the new device carries the old device's later rows."""
    old_keys = identity.load(ctx.keys_dir)
    with ctx.read() as session:
        me = ctx.office(session)
        from desktop.services import anchor as sync_anchor

        old_device = me.device_code or ""
        heads = sync_anchor.own_heads(session, me.code, old_device)
        hub = session.scalar(select(SyncPeer).where(SyncPeer.role == "hub"))
        acked = json.loads(hub.acked_chains_json or "{}") if hub is not None else {}
        code = me.code
    # The new keys are staged first; the database names them in one transaction; then the
    # files replace the old ones (an interruption is finished by _finish_key_switch).
    import shutil

    staged = ctx.keys_dir / NEXT_KEYS
    shutil.rmtree(staged, ignore_errors=True)
    new_keys = identity.generate(staged)
    new_device = device_code_for(new_keys.signing_public_hex)
    body = {
        "office": code,
        "old_device": old_device,
        "old_signing_key": old_keys.signing_public_hex,
        "new_device": new_device,
        "new_signing_key": new_keys.signing_public_hex,
        "new_box_key": new_keys.box_public_hex,
        "heads": heads,
        "acked": {str(k): int(v) for k, v in acked.items()},
        "created_at": utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    certificate = {
        "body": body,
        "signature": crypto.sign(old_keys.signing, canonical_json(body)).hex(),
    }
    with ctx.tx() as session:
        me = ctx.office(session)
        me.signing_public_key = new_keys.signing_public_hex
        me.box_public_key = new_keys.box_public_hex
        me.device_code = new_device
        if name:
            me.device_name = name[:100]
        # The stored chain heads were the old device's: this laptop's chains start anew.
        session.execute(delete(Setting).where(Setting.key.like("chain_head.%")))
        session.execute(delete(Setting).where(Setting.key.like("chain_break.%")))
        ctx.set_setting(session, HANDOVER_KEY, certificate)
        session.execute(delete(Setting).where(Setting.key == RESTORED_KEY))
        for peer in session.scalars(select(SyncPeer)):
            # A new sender to the hub: its own sequence numbers and chain watermarks.
            peer.last_seq_out = 0
            peer.acked_chains_json = "{}"
        audit.record(
            ctx,
            session,
            "device.continue",
            "office",
            code,
            {
                "old_device": old_device,
                "new_device": new_device,
                "fingerprint": new_keys.fingerprint,
            },
        )
    _finish_key_switch(ctx)
    return DeviceSwitched(code, old_device, new_device, new_keys.fingerprint)


def pending_handover(ctx: AppContext, session: Session) -> dict[str, Any] | None:
    """The handover certificate this laptop still sends (until the hub acknowledged a
    package carrying it)."""
    cert = ctx.get_setting(session, HANDOVER_KEY, None)
    if not isinstance(cert, dict):
        return None
    delivered = session.scalars(
        select(SyncLedger.chains_json).where(
            SyncLedger.direction == "out", SyncLedger.acknowledged_at.is_not(None)
        )
    )
    if any('"handover"' in (c or "") for c in delivered):
        return None
    return cert


def handover_chains(cert: dict[str, Any]) -> dict[str, dict[str, int]]:
    """{old device: {chain: last seq the hub had acknowledged}}: its rows after that travel."""
    body = cert.get("body", {})
    return {str(body.get("old_device", "")): dict(body.get("acked", {}))}


def _certificate(m: dict[str, Any]) -> dict[str, Any]:
    cert = m.get("handover")
    body = cert.get("body") if isinstance(cert, dict) else None
    sender = m["from"]
    if not isinstance(cert, dict) or set(cert) != {"body", "signature"}:
        raise _bad_handover("bentuk sertifikat salah")
    if not isinstance(body, dict) or not isinstance(cert["signature"], str):
        raise _bad_handover("isi sertifikat tidak lengkap")
    for key in ("office", "old_device", "old_signing_key", "new_device", "new_signing_key"):
        if not isinstance(body.get(key), str):
            raise _bad_handover(f"'{key}' tidak ada")
    if not _DEVICE.match(body["old_device"]) or not _HEX64.match(body["old_signing_key"]):
        raise _bad_handover("perangkat lama tidak sah")
    if (
        body["office"] != sender["code"]
        or body["new_signing_key"] != sender["signing_key"]
        or body.get("new_box_key") != sender["box_key"]
        or body["new_device"] != sender.get("device", "")
    ):
        raise _bad_handover("sertifikat bukan untuk laptop pengirim")
    if not isinstance(body.get("acked"), dict) or not all(
        isinstance(v, int) for v in body["acked"].values()
    ):
        raise _bad_handover("'acked' tidak sah")
    try:
        signature = bytes.fromhex(cert["signature"])
    except ValueError as exc:
        raise _bad_handover("tanda tangan rusak") from exc
    if not crypto.verify(body["old_signing_key"], signature, canonical_json(body)):
        raise _bad_handover("tanda tangan perangkat lama tidak cocok")
    return body


def inherited_chains(session: Session, peer: SyncPeer, m: dict[str, Any]) -> frozenset[str]:
    """A package of an enrolled device still carrying its handover: the replaced device's
    chains it may carry (the certificate must name the device this one replaced)."""
    if "handover" not in m or not peer.replaces_id:
        return frozenset()
    body = _certificate(m)
    old = session.get(SyncPeer, peer.replaces_id)
    if old is None or (old.device_code or "") != body["old_device"]:
        raise _bad_handover("perangkat lama di sertifikat bukan yang digantikan")
    return frozenset({body["old_device"]})


def accept_handover(
    ctx: AppContext, session: Session, me: Office, m: dict[str, Any]
) -> tuple[SyncPeer, frozenset[str]]:
    """Hub: a package from an unknown device of an enrolled office carrying a handover
    certificate signed by one of its active devices: enrol the new device, end the old."""
    body = _certificate(m)
    old = session.scalar(
        select(SyncPeer).where(
            SyncPeer.office_code == body["office"], SyncPeer.device_code == body["old_device"]
        )
    )
    if old is None or old.signing_public_key != body["old_signing_key"]:
        raise _bad_handover(
            f"perangkat lama {body['old_device'] or '(laptop awal)'} kantor {body['office']} "
            "tidak terdaftar dengan kunci itu"
        )
    if old.status == "revoked":
        raise reject(
            "device_revoked",
            f"laptop ini dipulihkan dari cadangan perangkat {device_label(old)} yang sudah "
            f"dicabut ({old.revoke_reason}); daftarkan laptop pengganti dengan "
            f"'netra sync enroll --replace-device {old.id[:8]}'",
            "the device handing over was revoked",
        )
    if old.status != "active":
        refuse_inactive(old)
    sender = m["from"]
    new = SyncPeer(
        office_code=old.office_code,
        device_code=body["new_device"],
        device_name=str(sender.get("device_name") or "")[:100],
        name=old.name,
        role=old.role,
        kabupaten_code=old.kabupaten_code,
        signing_public_key=sender["signing_key"],
        box_public_key=sender["box_key"],
        fingerprint=identity.fingerprint(sender["signing_key"], sender["box_key"]),
        status="active",
        enrolled_at=utcnow(),
        replaces_id=old.id,
        last_seq_in=0,
        last_seq_out=0,
        acked_revision=0,
        recv_revision=0,
        acked_chains_json="{}",
        recv_chains_json="{}",
    )
    session.add(new)
    session.flush()
    old.status, old.replaced_by_id, old.revoked_at = "replaced", new.id, utcnow()
    audit.record(
        ctx,
        session,
        "device.handover",
        "sync_peer",
        new.id,
        {
            "office": old.office_code,
            "old_device": old.device_code,
            "new_device": new.device_code,
            "fingerprint": new.fingerprint,
        },
    )
    return new, frozenset({body["old_device"]})


def verify_handover_heads(
    session: Session,
    peer: SyncPeer,
    old_device: str,
    m: dict[str, Any],
    package_sha: str,
    carried: dict[str, dict[str, int]],
) -> None:
    """The old device's rows in a package of its successor end at the heads its certificate
    signed (``carried``: the package's highest chain_seq per chain owner)."""
    from desktop.services import anchor as sync_anchor
    from desktop.store.base import chain_key

    body = _certificate(m)
    heads = sync_anchor.parse_heads(body.get("heads", {}), "sertifikat serah terima")
    sync_anchor.verify_inherited(
        session,
        origin=peer.office_code,
        device=old_device,
        heads=heads,
        carried=carried.get(chain_key(peer.office_code, old_device), {}),
        package_sha=package_sha,
    )


# ---------------------------------------------------------------------------- kiosks
#: At a main laptop: the latest signed statement of each kiosk (key + device code).
KIOSK_STATEMENT = "device.kiosk_statement."


def _bad_statement(why: str) -> Exception:
    return reject(
        "bad_kiosk_statement", f"pernyataan kiosk tidak sah: {why}", "bad kiosk statement"
    )


def kiosk_statement(ctx: AppContext, session: Session, me: Office) -> dict[str, Any]:
    """A kiosk's statement for its main laptop (docs/sync-format.md, "Devices"): its key
    signs its chain heads, and the sequence number of its last package to its hub (so the
    hub orders the statement among the kiosk's own packages)."""
    from desktop.services import anchor as sync_anchor

    hub = session.scalar(select(SyncPeer).where(SyncPeer.role == "hub"))
    body = {
        "office": me.code,
        "device": me.device_code or "",
        "signing_key": me.signing_public_key,
        "heads": sync_anchor.own_heads(session, me.code, me.device_code or ""),
        "hub_seq": int(hub.last_seq_out or 0) if hub is not None else 0,
        "created_at": utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    keys = identity.load(ctx.keys_dir)
    return {"body": body, "signature": crypto.sign(keys.signing, canonical_json(body)).hex()}


def statement_body(statement: Any, key: str | None = None) -> dict[str, Any]:
    """The checked body of a kiosk statement; ``key``: the kiosk's enrolled signing key
    (None: the key the statement names)."""
    if not isinstance(statement, dict) or set(statement) != {"body", "signature"}:
        raise _bad_statement("bentuk salah")
    body = statement["body"]
    if not isinstance(body, dict) or not isinstance(statement["signature"], str):
        raise _bad_statement("isi tidak lengkap")
    for name in ("office", "device", "signing_key", "created_at"):
        if not isinstance(body.get(name), str):
            raise _bad_statement(f"'{name}' tidak ada")
    if not _DEVICE.match(body["device"]) or not _HEX64.match(body["signing_key"]):
        raise _bad_statement("perangkat atau kunci tidak sah")
    seq = body.get("hub_seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise _bad_statement("'hub_seq' tidak sah")
    from desktop.services import anchor as sync_anchor

    sync_anchor.parse_heads(body.get("heads"), "pernyataan kiosk")
    if key is not None and body["signing_key"] != key:
        raise _bad_statement(
            f"kunci perangkat {body['device']} berbeda dengan kunci yang terdaftar di sini"
        )
    try:
        signature = bytes.fromhex(statement["signature"])
    except ValueError as exc:
        raise _bad_statement("tanda tangan rusak") from exc
    if not crypto.verify(body["signing_key"], signature, canonical_json(body)):
        raise _bad_statement("tanda tangan kiosk tidak cocok")
    return body


def keep_kiosk_statement(
    ctx: AppContext, session: Session, peer: SyncPeer, m: dict[str, Any]
) -> None:
    """At the main laptop, a kiosk's package: keep its statement (the latest one) to forward
    with the kiosk's rows to the hub."""
    if "kiosk_statement" not in m:
        return
    body = statement_body(m["kiosk_statement"], peer.signing_public_key)
    if body["office"] != peer.office_code or body["device"] != (peer.device_code or ""):
        raise _bad_statement("bukan pernyataan kiosk pengirim")
    key = KIOSK_STATEMENT + (peer.device_code or "")
    held = ctx.get_setting(session, key, None)
    if isinstance(held, dict):
        old = held.get("body", {})
        old_rank = (int(old.get("hub_seq", 0)), str(old.get("created_at", "")))
        if old_rank >= (body["hub_seq"], body["created_at"]):
            return
    ctx.set_setting(session, key, m["kiosk_statement"])


def kiosk_statements(ctx: AppContext, session: Session) -> dict[str, dict[str, Any]]:
    """At the main laptop: {kiosk device: its latest statement} of the active kiosks."""
    out: dict[str, dict[str, Any]] = {}
    for peer in session.scalars(
        select(SyncPeer).where(SyncPeer.role == "kiosk", SyncPeer.status == "active")
    ):
        held = ctx.get_setting(session, KIOSK_STATEMENT + (peer.device_code or ""), None)
        if isinstance(held, dict):
            out[peer.device_code or ""] = held
    return out


def relayed_kiosks(
    session: Session, peer: SyncPeer, m: dict[str, Any]
) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str, str]]]:
    """At the hub, a main laptop's package carrying its kiosks' rows: the statements each
    checked against that kiosk's enrolled key. Returns ({device: statement body} accepted,
    {device: (reason, message)} whose rows are set aside: a kiosk not enrolled here or no
    longer active). A statement that does not verify refuses the package."""
    relayed = m.get("relayed")
    if not isinstance(relayed, list):
        raise _bad_statement("'relayed' bukan daftar")
    accepted: dict[str, dict[str, Any]] = {}
    refused: dict[str, tuple[str, str]] = {}
    for statement in relayed:
        body = statement_body(statement)
        device = body["device"]
        if body["office"] != peer.office_code or device == (peer.device_code or ""):
            raise _bad_statement("bukan pernyataan kiosk kantor pengirim")
        if device in accepted or device in refused:
            raise _bad_statement(f"perangkat {device} tercantum dua kali")
        kiosk = session.scalar(
            select(SyncPeer).where(
                SyncPeer.office_code == peer.office_code, SyncPeer.device_code == device
            )
        )
        if kiosk is None:
            refused[device] = (
                "kiosk_not_enrolled",
                f"bukti kiosk {device} kantor {peer.office_code} (dibawa laptop "
                f"{device_label(peer)}) disisihkan: kiosk itu belum terdaftar di kabupaten "
                "(daftarkan dengan sync enroll --additional-device, lalu bukti dikirim lagi)",
            )
            continue
        statement_body(statement, kiosk.signing_public_key)
        if kiosk.status != "active":
            refused[device] = (
                "device_replaced" if kiosk.status == "replaced" else "device_revoked",
                f"bukti kiosk {device_label(kiosk)} kantor {peer.office_code} disisihkan: "
                f"perangkat itu {'diganti' if kiosk.status == 'replaced' else 'dicabut'}",
            )
            continue
        accepted[device] = body
    return accepted, refused
