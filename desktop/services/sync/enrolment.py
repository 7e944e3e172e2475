"""Enrolment by files: the office asks, the hub accepts after comparing the fingerprint, the
office takes the answer. Revocation at the hub. Both files are signed JSON documents."""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.canonical import canonical_json
from desktop.domain.errors import CheckFailed, NetraError
from desktop.fileio import write_verified
from desktop.services import audit, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.devices import OFFICE_REVOKED, device_label, find_device
from desktop.store.base import utcnow
from desktop.store.models import Office, SyncPeer
from desktop.sync import crypto
from desktop.sync import rows as sr
from desktop.sync.format import strict_json
from desktop.sync.merge import Incoming, Merger

ENROL_FORMAT = 1
MAX_ENROL_FILE = 16 * 1024 * 1024
REFERENCE_TABLES = ("rulebook",)

#: What enrolling, accepting or revoking changes: the peers the sync page lists.
ENROL_CHANGES: frozenset[Area] = frozenset({Area.SYNC})


@dataclass(frozen=True)
class RequestWritten:
    """:func:`write_request` (``sync enroll-request --json``): the file written and the
    fingerprint to read aloud. Nothing the pages show changed (an audit entry only)."""

    path: str
    office: str
    fingerprint: str
    changes: frozenset[Area] = field(default=frozenset(), compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "office": self.office, "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class Accepted:
    """:func:`accept` (``sync enroll-accept --json``): the hub (or, for a kiosk, its main
    laptop: ``role`` "main" and its ``device``) this laptop is enrolled with, and the
    reference rows taken from its answer ({table: rows inserted})."""

    hub: str
    hub_name: str
    fingerprint: str
    reference: dict[str, int]
    role: str | None = None  # "main": this laptop became a kiosk of that main laptop
    device: str | None = None
    # the peers; the rulebook (sanctions the case pages recommend) when rows were taken
    changes: frozenset[Area] = field(default=ENROL_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "hub": self.hub,
            "hub_name": self.hub_name,
            "fingerprint": self.fingerprint,
            "reference": self.reference,
        }
        if self.role is not None:
            out.update(role=self.role, device=self.device)
        return out


@dataclass(frozen=True)
class OfficeRevoked:
    """:func:`revoke` (``sync revoke --json``)."""

    office: str
    status: str = "revoked"
    changes: frozenset[Area] = field(default=ENROL_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"office": self.office, "status": self.status}


def _accept_changes(applied: dict[str, int]) -> frozenset[Area]:
    return ENROL_CHANGES | ({Area.CASES} if any(applied.values()) else set())


def _bad(reason: str) -> CheckFailed:
    return CheckFailed(
        "enrolment_invalid",
        f"Berkas pendaftaran tidak sah: {reason}. Tidak ada yang diubah.",
        f"Invalid enrolment file: {reason}.",
    )


def _identity(office: Office) -> dict[str, str]:
    return {
        "code": office.code,
        "name": office.name,
        "kabupaten_code": office.kabupaten_code,
        "kabupaten_name": office.kabupaten_name,
        "role": office.role,
        "installation_id": office.installation_id,
        "signing_key": office.signing_public_key,
        "box_key": office.box_public_key,
        "fingerprint": identity.fingerprint(office.signing_public_key, office.box_public_key),
        "device": office.device_code or "",
        "device_name": office.device_name or "",
    }


def _write_signed(ctx: AppContext, path: Path, kind: str, body: dict[str, Any]) -> Path:
    keys = identity.load(ctx.keys_dir)
    doc = {
        "netra_enrolment": ENROL_FORMAT,
        "type": kind,
        "body": body,
        "signature": crypto.sign(keys.signing, canonical_json(body)).hex(),
    }
    write_verified(path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
    return path


def _read_signed(path: Path, kind: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_ENROL_FILE:
            raise _bad("berkas terlalu besar")
        raw = path.read_bytes().removeprefix(codecs.BOM_UTF8)  # saved by Notepad/PowerShell
    except OSError as exc:
        raise _bad(f"tidak dapat dibaca ({exc.strerror or exc})") from exc
    try:
        doc = strict_json(raw, "berkas pendaftaran")
    except NetraError as exc:
        raise _bad(exc.message_id) from exc
    if not isinstance(doc, dict) or set(doc) != {"netra_enrolment", "type", "body", "signature"}:
        raise _bad("bukan berkas pendaftaran Netra")
    if doc["netra_enrolment"] != ENROL_FORMAT:
        raise _bad(f"versi {doc['netra_enrolment']} tidak dikenal; samakan versi Netra")
    if doc["type"] != kind:
        other = "permintaan" if doc["type"] == "request" else "jawaban"
        raise _bad(f"ini berkas {other}, bukan yang diharapkan di sini")
    body = doc["body"]
    if not isinstance(body, dict) or not isinstance(doc["signature"], str):
        raise _bad("isi tidak lengkap")
    return body


def _need_identity(body: dict[str, Any], key: str) -> dict[str, str]:
    who = body.get(key)
    fields = ("code", "name", "kabupaten_code", "role", "signing_key", "box_key", "fingerprint")
    if not isinstance(who, dict) or not all(isinstance(who.get(f), str) for f in fields):
        raise _bad(f"identitas '{key}' tidak lengkap")
    if identity.fingerprint(who["signing_key"], who["box_key"]) != who["fingerprint"]:
        raise _bad("sidik jari tidak cocok dengan kuncinya")
    return who


def _check_self_signature(path: Path, body: dict[str, Any], public_hex: str) -> None:
    doc = json.loads(path.read_text("utf-8-sig"))
    try:
        signature = bytes.fromhex(doc["signature"])
    except ValueError as exc:
        raise _bad("tanda tangan rusak") from exc
    if not crypto.verify(public_hex, signature, canonical_json(body)):
        raise _bad("tanda tangan digital tidak cocok (berkas diubah)")


# ---------------------------------------------------------------------------- office side
def write_request(ctx: AppContext, out: Path) -> RequestWritten:
    ctx.require("sync.enroll")
    with ctx.tx() as session:
        office = ctx.office(session)
        who = _identity(office)
        body: dict[str, Any] = {
            "office": who,
            "created_at": utcnow().isoformat(),
            "app_version": __version__,
        }
        _write_signed(ctx, out, "request", body)
        audit.record(ctx, session, "sync.enrol_request", "office", office.code, {"file": str(out)})
        return RequestWritten(str(out), office.code, who["fingerprint"])


def read_request(path: Path) -> dict[str, str]:
    """The office identity in a request (signature checked), for the operator to compare."""
    body = _read_signed(path, "request")
    who = _need_identity(body, "office")
    _check_self_signature(path, body, who["signing_key"])
    return who


# ---------------------------------------------------------------------------- hub side
@dataclass
class EnrolResult:
    office: dict[str, str]
    answer_path: Path
    re_enrolled: bool
    device_id: str = ""
    mode: str = "first"  # first | same | additional | replace
    replaced: str | None = None
    changes: frozenset[Area] = field(default=ENROL_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "answer": str(self.answer_path),
            "re_enrolled": self.re_enrolled,
            "device_id": self.device_id,
            "mode": self.mode,
            "replaced_device": self.replaced,
        }


#: ``revoke_reason`` of devices revoked with their whole office (``sync revoke CODE``):
#: their packages are refused as ``revoked``; a device revoked alone: ``device_revoked``.


def _new_peer(who: dict[str, str]) -> SyncPeer:
    return SyncPeer(
        office_code=who["code"],
        device_code=str(who.get("device") or ""),
        last_seq_in=0,
        last_seq_out=0,
        acked_revision=0,
        recv_revision=0,
        acked_chains_json="{}",
        recv_chains_json="{}",
    )


def _normal_fp(value: str) -> str:
    return "".join(value.split()).upper()


def enrol(
    ctx: AppContext,
    request: Path,
    out: Path,
    confirmed_fingerprint: str | None,
    *,
    confirmed: bool = False,
    additional: bool = False,
    replace: str | None = None,
    kiosk: bool = False,
) -> EnrolResult:
    """Hub: accept an office's laptop (a device) after the operator compared its fingerprint.

    An office with an enrolled device already: the same device (same keys) is enrolled
    again; another laptop only when the operator says whether it is an additional laptop
    (``additional``) or the replacement of the device ``replace`` (which is then ended,
    state ``replaced``); otherwise refused (``device_exists``), nothing changed.

    At an office's main laptop: a kiosk of the same office (``kiosk`` or ``additional``),
    enrolled as a peer of role ``kiosk`` (docs/sync-format.md, "Devices")."""
    ctx.require("sync.enroll")
    who = read_request(request)
    if confirmed_fingerprint is not None:
        if _normal_fp(confirmed_fingerprint) != _normal_fp(who["fingerprint"]):
            raise CheckFailed(
                "fingerprint_mismatch",
                f"Sidik jari tidak sama: berkas {who['fingerprint']}, yang "
                f"dibacakan {confirmed_fingerprint}. Kantor TIDAK didaftarkan.",
                "Fingerprints differ. The office was NOT enrolled.",
            )
    elif not confirmed:
        raise NetraError(
            "fingerprint_unconfirmed",
            f"Bandingkan sidik jari {who['fingerprint']} dengan yang tampil di "
            "laptop kantor (lewat telepon/radio), lalu ulangi dengan --fingerprint.",
            "Compare the fingerprint first, then repeat with --fingerprint.",
        )
    with ctx.tx() as session:
        hub = ctx.office(session)
        if hub.role != "hub":
            return _enrol_kiosk(ctx, session, hub, who, out, kiosk or additional, replace)
        additional = additional or kiosk
        if who["role"] == "office" and not who["code"].startswith(hub.kabupaten_code + "."):
            raise NetraError(
                "wrong_kabupaten",
                f"Kantor {who['code']} bukan bagian kabupaten {hub.kabupaten_code}.",
                "The office is not in this kabupaten.",
            )
        if who["code"] == hub.code:
            # A laptop set up with the hub's own code: a kiosk of the hub at a kabupaten-wide
            # apel (docs/sync-format.md, "Kiosks of the hub"); this laptop is its main.
            return _enrol_kiosk(ctx, session, hub, who, out, kiosk or additional, replace)
        peer, mode, old = _enrol_device(session, who, additional, replace)
        again = mode == "same"
        _take_request(session, peer, who, who["role"], old)
        body = {
            "hub": _identity(hub),
            "office": who,
            "accepted_at": utcnow().isoformat(),
            "reference": _reference_rows(session),
            "app_version": __version__,
        }
        _write_signed(ctx, out, "answer", body)
        audit.record(
            ctx,
            session,
            "sync.enrol",
            "sync_peer",
            who["code"],
            {
                "fingerprint": who["fingerprint"],
                "re_enrolled": again,
                "device": peer.device_code,
                "device_id": peer.id,
                "mode": mode,
                "replaced_device": old.id if old is not None else None,
            },
        )
        return EnrolResult(who, out, again, peer.id, mode, old.id if old is not None else None)


def _enrol_kiosk(
    ctx: AppContext,
    session: Session,
    me: Office,
    who: dict[str, str],
    out: Path,
    kiosk: bool,
    replace: str | None,
) -> EnrolResult:
    """At an office's main laptop: enrol a kiosk (another installation of the same office).
    At the hub: a kiosk of the hub (an installation set up with the hub's own code)."""
    if me.role == "hub" and who["role"] != "hub":
        raise NetraError(
            "not_hub",
            f"Permintaan ini memakai kode kabupaten {me.code} tetapi laptop itu disiapkan "
            "sebagai kantor. Kiosk kabupaten disiapkan sebagai kabupaten (hub) dengan kode "
            "yang sama, lalu didaftarkan di sini dengan --kiosk. Tidak ada yang diubah.",
            "A laptop with the hub's code set up as an office: a kiosk of the hub is set up "
            "as a hub with the same code.",
        )
    if who["code"] != me.code or who["role"] != me.role:
        raise NetraError(
            "not_hub",
            f"Permintaan ini dari {who['code']} {who['name']}. Laptop kantor hanya "
            f"mendaftarkan kiosk kantornya sendiri ({me.code}); kantor lain didaftarkan di "
            "kabupaten (hub). Tidak ada yang diubah.",
            "An office laptop enrols only kiosks of its own office; other offices enrol at "
            "the hub.",
        )
    if str(who.get("device") or "") == (me.device_code or ""):
        raise NetraError(
            "self_enrol", "Tidak dapat mendaftarkan diri sendiri.", "Cannot enrol itself."
        )
    if not kiosk and not replace and me.role == "hub":
        raise NetraError(
            "kiosk_unconfirmed",
            f"Permintaan ini dari laptop lain dengan kode kabupaten {me.code} (perangkat "
            f"{who.get('device') or '-'}). Jika laptop itu kiosk kabupaten untuk apel "
            "se-kabupaten, ulangi dengan --kiosk. Tidak ada yang diubah.",
            "A laptop set up with the hub's code: repeat with --kiosk to enrol it as a kiosk "
            "of the hub.",
        )
    if not kiosk and not replace:
        raise NetraError(
            "kiosk_unconfirmed",
            f"Permintaan ini dari laptop lain kantor {me.code} (perangkat "
            f"{who.get('device') or '-'}). Jika laptop ini laptop UTAMA kantor dan laptop itu "
            "kiosk yang bergabung di sini, ulangi dengan --kiosk. Tidak ada yang diubah.",
            "A laptop of the same office: repeat with --kiosk to enrol it as a kiosk of this "
            "main laptop.",
        )
    if session.scalar(select(SyncPeer.id).where(SyncPeer.role == "main")) is not None:
        raise NetraError(
            "not_main",
            "Laptop ini sendiri kiosk dari laptop utama lain; daftarkan kiosk di laptop utama "
            "kantor. Tidak ada yang diubah.",
            "This laptop is itself a kiosk; enrol kiosks at the office's main laptop.",
        )
    peer, mode, old = _enrol_device(session, who, not replace, replace, roles=("kiosk",))
    _take_request(session, peer, who, "kiosk", old)
    body = {
        "hub": _identity(me),
        "office": who,
        "relation": "kiosk",
        "accepted_at": utcnow().isoformat(),
        "reference": _reference_rows(session),
        "app_version": __version__,
    }
    _write_signed(ctx, out, "answer", body)
    audit.record(
        ctx,
        session,
        "sync.enrol_kiosk",
        "sync_peer",
        peer.id,
        {
            "fingerprint": who["fingerprint"],
            "device": peer.device_code,
            "mode": mode,
            "replaced_device": old.id if old is not None else None,
        },
    )
    shown = mode if mode in ("same", "replace") else "kiosk"
    return EnrolResult(
        who, out, mode == "same", peer.id, shown, old.id if old is not None else None
    )


def _enrol_device(
    session: Session,
    who: dict[str, str],
    additional: bool,
    replace: str | None,
    roles: tuple[str, ...] | None = None,
) -> tuple[SyncPeer, str, SyncPeer | None]:
    """The device row this request enrols: (row, mode, the device it replaces)."""
    if additional and replace:
        raise NetraError(
            "bad_choice",
            "Pilih salah satu: --additional-device atau --replace-device ID.",
            "Choose --additional-device or --replace-device, not both.",
        )
    device = str(who.get("device") or "")
    stmt = select(SyncPeer).where(SyncPeer.office_code == who["code"])
    if roles is not None:
        stmt = stmt.where(SyncPeer.role.in_(roles))
    devices = session.scalars(stmt.order_by(SyncPeer.enrolled_at)).all()
    same = next((d for d in devices if d.device_code == device), None)
    if same is not None and same.signing_public_key == who["signing_key"]:
        if same.status == "revoked" and same.revoke_reason != OFFICE_REVOKED:
            raise NetraError(
                "device_revoked",
                f"Perangkat ini ({device_label(same)}, kantor {who['code']}) sudah dicabut "
                f"({same.revoke_reason}); laptop yang dicabut tidak didaftarkan lagi. "
                "Siapkan laptop itu sebagai perangkat baru (pulihkan cadangan) lalu daftarkan.",
                "This device was revoked and is not enrolled again.",
            )
        if same.status == "replaced":
            raise NetraError(
                "device_replaced",
                f"Perangkat ini ({device_label(same)}, kantor {who['code']}) sudah diganti "
                "laptop lain dan tidak didaftarkan lagi.",
                "This device was replaced and is not enrolled again.",
            )
        return same, "same", None
    if same is not None:
        raise NetraError(
            "device_code_taken",
            f"Kode perangkat {device or '(laptop awal)'} kantor {who['code']} sudah dipakai "
            "laptop lain dengan kunci berbeda. Perbarui Netra di laptop baru (versi lama tidak "
            "mengenal perangkat) atau siapkan ulang laptop itu.",
            "The device code is already used by another laptop of this office.",
        )
    live = [d for d in devices if d.status == "active"]
    old: SyncPeer | None = None
    if replace:
        old = find_device(session, replace)
        if old.office_code != who["code"]:
            raise NetraError(
                "wrong_office",
                f"Perangkat {replace} milik kantor {old.office_code}, bukan {who['code']}.",
                "The device to replace belongs to another office.",
            )
        if old.status == "replaced":
            raise NetraError(
                "device_replaced",
                f"Perangkat {device_label(old)} sudah diganti sebelumnya.",
                "That device was already replaced.",
            )
        return _added(session, who), "replace", old
    if live and not additional:
        listed = "; ".join(
            f"{device_label(d)} (id {d.id[:8]}, sidik jari {d.fingerprint})" for d in live
        )
        raise NetraError(
            "device_exists",
            f"Kantor {who['code']} {who['name']} sudah punya perangkat terdaftar: {listed}. "
            "Laptop ini punya kunci lain. Jika ini laptop TAMBAHAN (mis. kiosk kedua), ulangi "
            "dengan --additional-device; jika laptop PENGGANTI, ulangi dengan "
            "--replace-device ID (perangkat lama berhenti menerima paket). Tidak ada yang "
            "diubah.",
            "The office already has an enrolled device: use --additional-device or "
            "--replace-device ID.",
            devices=[d.id for d in live],
        )
    return _added(session, who), "additional" if live else "first", None


def _take_request(
    session: Session, peer: SyncPeer, who: dict[str, str], role: str, old: SyncPeer | None
) -> None:
    """The enrolled device row takes the request's identity and keys (active again), and the
    device it replaces, if any, becomes ``replaced``."""
    peer.name, peer.role = who["name"], role
    peer.device_name = str(who.get("device_name") or "")[:100]
    peer.kabupaten_code = who["kabupaten_code"]
    peer.signing_public_key, peer.box_public_key = who["signing_key"], who["box_key"]
    peer.fingerprint, peer.status, peer.revoked_at = who["fingerprint"], "active", None
    peer.revoke_reason = ""
    peer.enrolled_at = utcnow()
    session.flush()
    if old is not None:
        old.status, old.replaced_by_id, old.revoked_at = "replaced", peer.id, utcnow()
        peer.replaces_id = old.id


def _added(session: Session, who: dict[str, str]) -> SyncPeer:
    peer = _new_peer(who)
    session.add(peer)
    return peer


def _reference_rows(session: Session) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for spec in sr.sync_tables():
        if spec.name in REFERENCE_TABLES:
            rows = (
                session.execute(spec.table.select().where(spec.table.c.deleted_at.is_(None)))
                .mappings()
                .all()
            )
            out[spec.name] = {
                "columns": list(spec.columns),
                "rows": [sr.encode_row(r, spec.columns) for r in rows],
            }
    return out


def revoke(ctx: AppContext, code: str) -> OfficeRevoked:
    """Hub: revoke an office's enrolment: every one of its devices."""
    ctx.require("sync.enroll")
    with ctx.tx() as session:
        peers = session.scalars(select(SyncPeer).where(SyncPeer.office_code == code)).all()
        if not peers:
            raise NetraError(
                "unknown_office",
                f"Kantor {code} belum terdaftar.",
                f"Office {code} is not enrolled.",
            )
        for peer in peers:
            if peer.status == "active":
                peer.status, peer.revoked_at = "revoked", utcnow()
                peer.revoke_reason = OFFICE_REVOKED
        audit.record(ctx, session, "sync.revoke", "sync_peer", code, {})
        return OfficeRevoked(code)


# ---------------------------------------------------------------------------- office again
def _answer_is_for(office: Office, mine: dict[str, str]) -> None:
    """An enrolment answer names this laptop (its office code and both keys), else refused."""
    if (
        mine["code"] != office.code
        or mine["signing_key"] != office.signing_public_key
        or mine["box_key"] != office.box_public_key
    ):
        raise _bad(
            f"jawaban ini untuk kantor {mine['code']} dengan kunci lain, bukan "
            f"untuk {office.code} di laptop ini"
        )


def accept(ctx: AppContext, answer: Path, *, replace_main: bool = False) -> Accepted:
    """Office: take the hub's answer; from now on only this hub's packages are accepted."""
    ctx.require("sync.enroll")
    body = _read_signed(answer, "answer")
    hub = _need_identity(body, "hub")
    mine = _need_identity(body, "office")
    _check_self_signature(answer, body, hub["signing_key"])
    if body.get("relation") == "kiosk":
        return _accept_main(ctx, body, hub, mine, replace_main)
    with ctx.tx() as session:
        office = ctx.office(session)
        _answer_is_for(office, mine)
        if hub["role"] != "hub":
            raise _bad("penerbit jawaban bukan hub")
        peer = session.scalar(select(SyncPeer).where(SyncPeer.office_code == hub["code"]))
        if peer is None:
            peer = _new_peer(hub)
            session.add(peer)
        peer.device_code = str(hub.get("device") or "")
        peer.device_name = str(hub.get("device_name") or "")[:100]
        peer.name, peer.role, peer.kabupaten_code = hub["name"], "hub", hub["kabupaten_code"]
        peer.signing_public_key, peer.box_public_key = hub["signing_key"], hub["box_key"]
        peer.fingerprint, peer.status, peer.enrolled_at = hub["fingerprint"], "active", utcnow()
        applied = _apply_reference(session, office.code, body.get("reference"))
        audit.record(
            ctx,
            session,
            "sync.enrol_accept",
            "sync_peer",
            hub["code"],
            {"fingerprint": hub["fingerprint"], "reference": applied},
        )
        return Accepted(
            hub["code"],
            hub["name"],
            hub["fingerprint"],
            applied,
            changes=_accept_changes(applied),
        )


def _accept_main(
    ctx: AppContext,
    body: dict[str, Any],
    main: dict[str, str],
    mine: dict[str, str],
    replace_main: bool = False,
) -> Accepted:
    """A kiosk takes its main laptop's answer: from now on it also exchanges packages with
    that laptop (peer role ``main``), besides its hub. Another main laptop than the one it
    has only with ``replace_main`` (the old one is then ``replaced``: its packages refused)."""
    with ctx.tx() as session:
        office = ctx.office(session)
        _answer_is_for(office, mine)
        if main["code"] != office.code or main["role"] != office.role:
            raise _bad("penerbit jawaban kiosk bukan laptop utama kantor ini")
        if session.scalar(select(SyncPeer.id).where(SyncPeer.role == "kiosk")) is not None:
            raise NetraError(
                "not_kiosk",
                "Laptop ini laptop utama (sudah punya kiosk); laptop utama tidak menjadi "
                "kiosk laptop lain. Tidak ada yang diubah.",
                "This laptop is a main laptop with kiosks; it does not become a kiosk.",
            )
        device = str(main.get("device") or "")
        old = session.scalar(
            select(SyncPeer).where(SyncPeer.role == "main", SyncPeer.status == "active")
        )
        if old is not None and old.device_code != device and not replace_main:
            raise NetraError(
                "main_exists",
                f"Laptop ini sudah kiosk dari laptop utama {device_label(old)} (sidik jari "
                f"{old.fingerprint}). Jika laptop utama itu diganti, ulangi dengan "
                "--replace-main (paket laptop utama lama tidak diterima lagi). Tidak ada yang "
                "diubah.",
                "This kiosk already has a main laptop: repeat with --replace-main.",
            )
        peer = session.scalar(
            select(SyncPeer).where(
                SyncPeer.office_code == office.code, SyncPeer.device_code == device
            )
        )
        if peer is not None and peer.role != "main":
            raise _bad("penerbit jawaban kiosk sudah terdaftar di sini dengan peran lain")
        if peer is None:
            peer = _new_peer(main)
            session.add(peer)
        peer.office_code, peer.device_code = office.code, device
        peer.device_name = str(main.get("device_name") or "")[:100]
        peer.name, peer.role, peer.kabupaten_code = main["name"], "main", main["kabupaten_code"]
        peer.signing_public_key, peer.box_public_key = main["signing_key"], main["box_key"]
        peer.fingerprint, peer.status = main["fingerprint"], "active"
        peer.enrolled_at = utcnow()
        if old is not None and old is not peer:
            session.flush()
            old.status, old.replaced_by_id, old.revoked_at = "replaced", peer.id, utcnow()
            peer.replaces_id = old.id
        applied = _apply_reference(session, office.code, body.get("reference"))
        audit.record(
            ctx,
            session,
            "sync.enrol_accept",
            "sync_peer",
            office.code,
            {"fingerprint": main["fingerprint"], "role": "main", "reference": applied},
        )
        return Accepted(
            main["code"],
            main["name"],
            main["fingerprint"],
            applied,
            role="main",
            device=device,
            changes=_accept_changes(applied),
        )


def _apply_reference(session: Session, local: str, reference: Any) -> dict[str, int]:
    if not isinstance(reference, dict):
        return {}
    specs = sr.table_by_name()
    applied: dict[str, int] = {}
    for name, block in reference.items():
        spec = specs.get(name)
        if spec is None or name not in REFERENCE_TABLES or not isinstance(block, dict):
            continue
        values = sr.decode_rows(spec, list(block["columns"]), list(block["rows"]))
        merger = Merger(
            session, package_sha="enrolment", sender="", local=local, protect_after=None
        )
        report = merger.apply_rows(spec, [Incoming(v) for v in values])
        applied[name] = report.tables.get(name, {}).get("inserted", 0)
    return applied
