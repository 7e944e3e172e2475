"""Checking a printed pact's code (``netra pact verify``, the Verify dialog).

A full code (``NETRA1...``, from the QR) is signed by the laptop (device) that printed it, and
names only the office. It is checked in this order: format; the signing keys of the office the
code names, one per device (this laptop from the Office row; the devices enrolled here as
``SyncPeer`` rows: at a hub every laptop of its offices, at an office its hub and any other
laptop of this office it knows; then the roster of device keys received in answer packages,
``offices.json``, kept in the ``office_keys.roster`` setting), every key tried since the code
does not name the device; the Ed25519 signature; the state of the device whose key matched (a
device revoked or replaced before the pact was signed makes it not valid; revoked after, the
pact stays valid and is flagged ``device_revoked_later``); then, when the record is in this
database, that the office that signed the code is the office that made the record (its
``origin``: an office may only vouch for its own records), that it is the same record (its
stored hash, its recomputed chain hash, NIP, time and template) and that it was not voided.
An installation that does not hold the record still verifies the signature offline. No known
key of the office matching is "unknown" (sync with the hub: the laptop may be new), unless a
key of another office matches or the code contradicts the record held here (a bad signature).

A short code (``81.08.06-XXXX-XXXX-XXXX-XXXX``, printed under the QR) can only be looked up
in the database: no signature is checked, and the result says so. The office it names must be
the office that made the record, and that office must be known here.

A stored record whose values are damaged is reported as such (table and id), never raised.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import canonical_json, chain_hash, sha256_hex
from desktop.domain.office import TIMEZONES
from desktop.services import identity
from desktop.services.audit import stored_rows
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.models import Blob, SignatureRecord, SigningEvent, SyncPeer
from desktop.sync.format import reject, strict_json

# status codes (stable, for --json)
VALID = "valid"
SIGNATURE_ONLY = "valid_signature_only"
DATABASE_ONLY = "valid_database_only"
FORMAT = "format"
UNKNOWN_OFFICE = "unknown_office"
REVOKED = "revoked_office"
BAD_SIGNATURE = "bad_signature"
NOT_FOUND = "not_found"
MISMATCH = "record_mismatch"
VOIDED = "voided"
WRONG_OFFICE = "wrong_office"  # signed (or named) by an office other than the record's
DAMAGED = "damaged_record"  # the stored record cannot be read

# where a verifier knows an office's key from
KEY_OWN = "own"
KEY_ENROLLED = "enrolled"
KEY_ROSTER = "roster"

# the state of a device's key
STATE_ACTIVE = "active"
STATE_REVOKED = "revoked"
STATE_REPLACED = "replaced"

#: Setting holding the rosters of device keys received in answer packages (``offices.json``),
#: per issuer: ``{"version": 2, "issuers": {code: {"received_at", "entries": [...]}}}``.
ROSTER_SETTING = "office_keys.roster"
#: The roster part of an answer package (docs/sync-format.md, "Office key roster").
ROSTER_PART = "offices.json"
ROSTER_FORMAT = 1
MAX_ROSTER_ENTRIES = 5_000
MAX_ROSTER_BYTES = 4 * 1024 * 1024
_CODE = re.compile(r"^[0-9A-Za-z.\-]{1,32}$")
_KEY = re.compile(r"^[0-9a-f]{64}$")
_DEVICE = re.compile(r"^([0-9a-f]{12})?$")


@dataclass
class Verification:
    valid: bool
    status: str
    reasons: list[str] = field(default_factory=list)  # Indonesian, most important first
    record_id: str = ""
    office_code: str = ""
    nip: str = ""
    signed_at_utc: str = ""
    signed_at_local: str = ""
    name: str = ""
    unit: str = ""
    jabatan: str = ""
    event: str = ""
    place: str = ""
    image_sha256: str = ""
    signature_checked: bool = False
    in_database: bool = False
    voided_at: str = ""
    void_reason: str = ""
    short_code: str = ""
    # The office the code names (a full code is checked with its key; a short code has no
    # signature), its name where known, whether its key is known here and from where
    # (own | enrolled | roster).
    signer_office: str = ""
    signer_name: str = ""
    key_known: bool = False
    key_source: str = ""
    # The device whose key signed the code (a full code) or that made the record (a short
    # code), where known: its code, name, state (active | revoked | replaced) and when it
    # stopped being valid (UTC, ISO 8601).
    signer_device: str = ""
    signer_device_name: str = ""
    signer_device_state: str = ""
    signer_device_revoked_at: str = ""
    signer_device_revoked_local: str = ""  # the same, in this office's time zone
    # Signed before its device was revoked: still valid, shown as signed by a device since
    # revoked.
    device_revoked_later: bool = False
    # How many keys (devices) of the named office this installation knows.
    key_count: int = 0
    # The office that made the record, when the record is in this database.
    record_origin: str = ""
    code_kind: str = ""  # qr (a full, signed code) | short (looked up, nothing signed)
    # A case document (issue 16; QR record kind 1): its kind, title, case number, version.
    document_kind: str = ""
    document_title: str = ""
    case_number: str = ""
    document_version: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def key_description(self) -> str:
        """Indonesian: which office signed (or is named) and whether its key is known."""
        if not self.signer_office:
            return ""
        who = self.signer_office + (f" {self.signer_name}" if self.signer_name else "")
        if not self.key_known and self.key_count:
            return (
                f"{who} (kantor dikenal, tetapi kunci perangkat yang menandatangani kode ini "
                "tidak dikenal di instalasi ini; sinkronkan dengan kabupaten)"
            )
        if not self.key_known:
            return f"{who} (kunci kantor ini tidak dikenal di instalasi ini)"
        source = {
            KEY_OWN: "kantor ini sendiri",
            KEY_ENROLLED: "kantor terdaftar",
            KEY_ROSTER: "daftar kunci dari kabupaten",
        }.get(self.key_source, self.key_source)
        device = ""
        if self.signer_device_name or self.signer_device:
            device = f"; perangkat {self.signer_device_name or self.signer_device}"
            if self.signer_device_state == STATE_REVOKED:
                device += ", kemudian dicabut"
            elif self.signer_device_state == STATE_REPLACED:
                device += ", kemudian diganti"
        return f"{who} (kunci dikenal: {source}{device})"

    def document_line(self) -> str:
        """Indonesian: the case document the code belongs to ("" for a pact)."""
        if not self.document_kind:
            return ""
        return (
            f"dokumen perkara {self.document_title or self.document_kind} nomor "
            f"{self.case_number or '-'}, versi {self.document_version}"
        )

    def describe(self) -> str:
        head = "SAH" if self.valid else "TIDAK SAH"
        lines = [f"{head}: {self.reasons[0] if self.reasons else ''}".rstrip(": ")]
        lines += [f"  - {r}" for r in self.reasons[1:]]
        for label, value in (
            ("Nama", self.name),
            ("NIP/NIK", self.nip),
            ("Unit kerja", self.unit),
            ("Dokumen", self.document_line()),
            ("Acara", self.event),
            ("Waktu", self.signed_at_local),
            ("Kantor", self.office_code),
            ("Kunci", self.key_description()),
            ("Pembuat", self.record_origin),
            ("ID rekaman", self.record_id),
            ("Kode", self.short_code),
        ):
            if value:
                lines.append(f"  {label:<11}: {value}")
        return "\n".join(lines)


# ---------------------------------------------------------------------------- office keys
@dataclass(frozen=True)
class OfficeKey:
    """One signing key of an office: one of its devices (laptops), and where it is known
    from. ``revoked_at`` (UTC) is when a revoked or replaced device stopped being valid;
    ``None`` for an active one, or when the time is not known (then everything it signed is
    refused, as before devices)."""

    code: str
    name: str
    signing_key: str
    status: str  # active | revoked | replaced
    source: str  # own | enrolled | roster
    device: str = ""  # 12 hex, "" for an office's laptop set up before devices
    device_name: str = ""
    revoked_at: datetime | None = None

    def label(self) -> str:
        """How the device is named to a person (Indonesian)."""
        if self.device_name:
            return self.device_name
        return f"perangkat {self.device}" if self.device else "laptop awal"


_STATES = (STATE_ACTIVE, STATE_REVOKED, STATE_REPLACED)
_WORSE = {STATE_ACTIVE: 0, STATE_REPLACED: 1, STATE_REVOKED: 2}


def _utc(text: Any) -> datetime | None:
    if not isinstance(text, str) or not text or len(text) > 40:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else None


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:  # stored UTC read back naive on some backends
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _held_entries(ctx: AppContext, session: Session) -> list[dict[str, Any]]:
    """The roster entries this installation holds, from every issuer (a hub; another device of
    this office). A legacy office-level entry (kept before devices) has ``device`` None."""
    try:
        value = ctx.get_setting(session, ROSTER_SETTING, {})
    except (TypeError, ValueError):
        return []
    if not isinstance(value, dict):
        return []
    out: list[dict[str, Any]] = []
    issuers = value.get("issuers")
    if isinstance(issuers, dict):
        for block in issuers.values():
            entries = block.get("entries") if isinstance(block, dict) else None
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    out.append(entry)
    legacy = value.get("offices")  # the setting as kept before devices: {code: {...}}
    if isinstance(legacy, dict):
        for code, entry in legacy.items():
            if isinstance(entry, dict):
                out.append({**entry, "code": code, "device": None})
    return [e for e in out if _usable(e)]


def _usable(entry: dict[str, Any]) -> bool:
    return (
        isinstance(entry.get("code"), str)
        and bool(_CODE.match(entry["code"]))
        and isinstance(entry.get("signing_key"), str)
        and bool(_KEY.match(entry["signing_key"]))
        and (entry.get("device") is None or isinstance(entry.get("device"), str))
    )


def _roster_key(entry: dict[str, Any]) -> OfficeKey:
    status = entry.get("status")
    status = status if status in _STATES else STATE_ACTIVE
    return OfficeKey(
        code=entry["code"],
        name=str(entry.get("name") or "")[:200],
        signing_key=entry["signing_key"],
        status=status,
        source=KEY_ROSTER,
        device=str(entry.get("device") or ""),
        device_name=str(entry.get("device_name") or "")[:100],
        revoked_at=None if status == STATE_ACTIVE else _utc(entry.get("revoked_at")),
    )


def _first_hand(ctx: AppContext, session: Session) -> list[OfficeKey]:
    """Keys known first-hand: this laptop's own, and every enrolled ``SyncPeer`` (at a hub its
    offices' devices; at an office its hub, and other devices of this office it knows)."""
    office = ctx.office(session)
    out = [
        OfficeKey(
            office.code,
            office.name,
            office.signing_public_key,
            STATE_ACTIVE,
            KEY_OWN,
            office.device_code or "",
            office.device_name or "",
        )
    ]
    for peer in session.scalars(
        select(SyncPeer).order_by(SyncPeer.office_code, SyncPeer.enrolled_at, SyncPeer.id)
    ):
        status = peer.status if peer.status in _STATES else STATE_REVOKED
        out.append(
            OfficeKey(
                peer.office_code,
                peer.name,
                peer.signing_public_key,
                status,
                KEY_ENROLLED,
                peer.device_code or "",
                peer.device_name or "",
                None if status == STATE_ACTIVE else _aware(peer.revoked_at),
            )
        )
    return out


def _aware(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _merge_roster(entries: list[dict[str, Any]]) -> list[tuple[OfficeKey, bool]]:
    """One key per (office, signing key) over every issuer: the worst state wins (a device
    revoked by one issuer stays revoked), with the earliest time it ended. The flag: every
    entry of that key is a legacy office-level one (no device code)."""
    merged: dict[tuple[str, str], tuple[OfficeKey, bool]] = {}
    for entry in entries:
        key, legacy = _roster_key(entry), entry.get("device") is None
        ident = (key.code, key.signing_key)
        if ident not in merged:
            merged[ident] = (key, legacy)
            continue
        seen, seen_legacy = merged[ident]
        legacy = legacy and seen_legacy
        if _WORSE[key.status] > _WORSE[seen.status] or (
            key.status == seen.status != STATE_ACTIVE
            and key.revoked_at is not None
            and (seen.revoked_at is None or key.revoked_at < seen.revoked_at)
        ):
            seen = key
        merged[ident] = (seen, legacy)
    return list(merged.values())


def _all_keys(ctx: AppContext, session: Session) -> list[OfficeKey]:
    """Every key this installation knows, first-hand ones first. A roster entry for a key or
    a device known first-hand is left out, and so is a legacy office-level roster entry (no
    device code) for an office known first-hand."""
    first = _first_hand(ctx, session)
    keys = {k.signing_key for k in first}
    devices = {(k.code, k.device) for k in first}
    codes = {k.code for k in first}
    out = list(first)
    for key, legacy in _merge_roster(_held_entries(ctx, session)):
        if key.signing_key in keys:
            continue
        if (key.code in codes) if legacy else ((key.code, key.device) in devices):
            continue
        keys.add(key.signing_key)
        out.append(key)
    return out


def office_keys(ctx: AppContext, session: Session, code: str) -> list[OfficeKey]:
    """Every signing key this installation knows for office ``code`` (one per device): its
    own, the enrolled devices (``SyncPeer`` rows of that code: at a hub every enrolled laptop
    of the office; at an office its hub, or another laptop of this office), then the roster
    of device keys received from the hub. Active keys first, in that order."""
    keys = [k for k in _all_keys(ctx, session) if k.code == code]
    return sorted(keys, key=lambda k: k.status != STATE_ACTIVE)


def office_key(ctx: AppContext, session: Session, code: str) -> OfficeKey | None:
    """The preferred key known for office ``code`` (its first active device, else its first
    key), or None. Verification tries every key (:func:`office_keys`)."""
    keys = office_keys(ctx, session, code)
    return keys[0] if keys else None


# ---------------------------------------------------------------------------- the roster part
def _store_roster(
    ctx: AppContext, session: Session, issuer: str, entries: list[dict[str, Any]]
) -> None:
    try:
        value = ctx.get_setting(session, ROSTER_SETTING, {})
    except (TypeError, ValueError):
        value = {}
    issuers = value.get("issuers") if isinstance(value, dict) else None
    issuers = dict(issuers) if isinstance(issuers, dict) else {}
    if isinstance(value, dict) and isinstance(value.get("offices"), dict):
        # the legacy office-level roster (one issuer, the hub): kept as that issuer's block
        old_hub = str(value.get("hub") or "")
        if old_hub and old_hub != issuer and old_hub not in issuers:
            issuers[old_hub] = {
                "received_at": value.get("received_at"),
                "entries": [
                    {**e, "code": c, "device": None}
                    for c, e in value["offices"].items()
                    if isinstance(e, dict)
                ],
            }
    issuers[issuer] = {"received_at": utcnow().isoformat(), "entries": entries}
    ctx.set_setting(session, ROSTER_SETTING, {"version": 2, "issuers": issuers})


def save_office_roster(
    ctx: AppContext, session: Session, hub_code: str, offices: list[dict[str, Any]]
) -> int:
    """Keep a roster of office keys from ``hub_code`` (already authenticated by the hub's
    signature on the package), replacing what that issuer sent before. Returns how many
    entries were kept.

    Each entry: ``{"code", "name", "signing_key" (Ed25519, hex), "status"
    (active|revoked|replaced)}``, and per device ``"device"``, ``"device_name"``,
    ``"revoked_at"``. An entry without ``device`` is an office-level key (as sent before
    devices): ignored for this office and for offices enrolled here. An entry with
    ``device`` is ignored when that device or its key is known first-hand. Malformed
    entries are skipped (:func:`apply_roster_part` is the strict reader of a package part).
    """
    first = _first_hand(ctx, session)
    codes = {k.code for k in first}
    devices = {(k.code, k.device) for k in first}
    keys = {k.signing_key for k in first}
    kept: list[dict[str, Any]] = []
    for entry in offices:
        if not isinstance(entry, dict):
            continue
        code, key, device = entry.get("code"), entry.get("signing_key"), entry.get("device")
        if not (isinstance(code, str) and _CODE.match(code)):
            continue
        if not (isinstance(key, str) and _KEY.match(key)):
            continue
        if device is not None and not (isinstance(device, str) and _DEVICE.match(device)):
            continue
        if key in keys or (device is None and code in codes) or (code, device) in devices:
            continue
        status = entry.get("status") if entry.get("status") in _STATES else STATE_ACTIVE
        revoked = _utc(entry.get("revoked_at")) if status != STATE_ACTIVE else None
        kept.append(
            {
                "code": code,
                "name": str(entry.get("name") or "")[:200],
                "device": device,
                "device_name": str(entry.get("device_name") or "")[:100],
                "signing_key": key,
                "status": status,
                "revoked_at": _iso(revoked),
            }
        )
        keys.add(key)
    _store_roster(ctx, session, hub_code, kept)
    return len(kept)


def roster_part(ctx: AppContext, session: Session) -> bytes | None:
    """The ``offices.json`` part of an answer package: every device key this installation
    knows (docs/sync-format.md, "Office key roster"). At a hub: every enrolled device of
    every office, and the hub's own; at an office's main laptop: its own devices (itself and
    the laptops of this office it knows) and the roster it holds. None when it knows no key
    but its own (nothing to tell)."""
    office = ctx.office(session)
    keys = _all_keys(ctx, session)
    if len(keys) <= 1:
        return None
    entries: list[dict[str, Any]] = [
        {
            "code": k.code,
            "name": k.name[:200],
            "device": k.device,
            "device_name": k.device_name[:100],
            "signing_key": k.signing_key,
            "status": k.status,
            "revoked_at": None if k.status == STATE_ACTIVE else _iso(k.revoked_at),
        }
        for k in keys
    ]
    # one entry per (office, device): a first-hand device shadows a roster entry with the
    # same device code (already left out by _all_keys); a legacy entry without a device code
    # is sent only when the office has no device "" of its own here.
    seen: set[tuple[str, str]] = set()
    unique = []
    for entry in entries:
        ident = (str(entry["code"]), str(entry["device"]))
        if ident in seen:
            continue
        seen.add(ident)
        unique.append(entry)
    unique.sort(key=lambda e: (e["code"], e["device"], e["signing_key"]))
    doc = {
        "netra_office_keys": ROSTER_FORMAT,
        "issued_by": office.code,
        "offices": unique[:MAX_ROSTER_ENTRIES],
    }
    return canonical_json(doc)


def _bad_roster(why: str, where: str = "") -> Exception:
    at = f" (entri {where})" if where else ""
    return reject(
        "bad_roster",
        f"daftar kunci kantor (offices.json) tidak sah{at}: {why}",
        f"the office key roster (offices.json) is malformed{at}: {why}",
    )


_ENTRY_KEYS = frozenset(
    {"code", "name", "device", "device_name", "signing_key", "status", "revoked_at"}
)


def _check_entry(index: int, entry: Any) -> dict[str, Any]:
    where = str(index + 1)
    if not isinstance(entry, dict):
        raise _bad_roster("bukan objek", where)
    if set(entry) != _ENTRY_KEYS:
        missing = sorted(_ENTRY_KEYS - set(entry))
        extra = sorted(set(entry) - _ENTRY_KEYS)
        raise _bad_roster(
            "kolom "
            + ", ".join(
                [
                    *(f"'{k}' tidak ada" for k in missing),
                    *(f"'{k}' tidak dikenal" for k in extra[:5]),
                ]
            ),
            where,
        )
    code, device, key = entry["code"], entry["device"], entry["signing_key"]
    if not (isinstance(code, str) and _CODE.match(code)):
        raise _bad_roster("kode kantor tidak sah", where)
    if not (isinstance(device, str) and _DEVICE.match(device)):
        raise _bad_roster("kode perangkat harus 12 digit heksadesimal atau kosong", where)
    if not (isinstance(key, str) and _KEY.match(key)):
        raise _bad_roster("kunci penanda tangan harus 64 digit heksadesimal", where)
    for field_name, limit in (("name", 200), ("device_name", 100)):
        value = entry[field_name]
        if not isinstance(value, str) or len(value) > limit:
            raise _bad_roster(f"'{field_name}' harus teks paling banyak {limit} karakter", where)
    status, revoked = entry["status"], entry["revoked_at"]
    if status not in _STATES:
        raise _bad_roster(f"status '{str(status)[:20]}' tidak dikenal", where)
    if status == STATE_ACTIVE and revoked is not None:
        raise _bad_roster("perangkat aktif tidak boleh punya waktu pencabutan", where)
    if revoked is not None and _utc(revoked) is None:
        raise _bad_roster("waktu pencabutan bukan waktu ISO 8601 dengan zona", where)
    return dict(entry)


def parse_roster_part(data: bytes, sender_code: str) -> list[dict[str, Any]]:
    """Strict, bounded read of an ``offices.json`` part: its entries, or
    :class:`~desktop.sync.format.PackageRejected` (reason ``bad_roster``, or ``bad_json`` /
    ``duplicate_key``) naming what is wrong."""
    if len(data) > MAX_ROSTER_BYTES:
        raise _bad_roster(f"lebih dari {MAX_ROSTER_BYTES // (1024 * 1024)} MiB")
    try:
        doc = strict_json(data, "offices.json")
    except RecursionError as exc:  # e.g. "[[[[...": nested deeper than Python's JSON reader
        raise _bad_roster("JSON bersarang terlalu dalam") from exc
    if not isinstance(doc, dict):
        raise _bad_roster("bukan objek JSON")
    version = doc.get("netra_office_keys")
    if type(version) is not int:
        raise _bad_roster("'netra_office_keys' tidak ada")
    if version > ROSTER_FORMAT:
        raise _bad_roster(
            f"versi {version} lebih baru dari yang dikenal Netra ini ({ROSTER_FORMAT}); "
            "perbarui Netra"
        )
    if version < 1:
        raise _bad_roster(f"versi {version} tidak sah")
    if set(doc) != {"netra_office_keys", "issued_by", "offices"}:
        raise _bad_roster("kolom tingkat atas harus netra_office_keys, issued_by, offices")
    if doc["issued_by"] != sender_code:
        raise _bad_roster(
            f"diterbitkan oleh '{str(doc['issued_by'])[:32]}', bukan pengirim paket {sender_code}"
        )
    offices = doc["offices"]
    if not isinstance(offices, list):
        raise _bad_roster("'offices' bukan daftar")
    if len(offices) > MAX_ROSTER_ENTRIES:
        raise _bad_roster(f"lebih dari {MAX_ROSTER_ENTRIES} entri ({len(offices)})")
    entries = [_check_entry(i, e) for i, e in enumerate(offices)]
    devices: set[tuple[str, str]] = set()
    keys: dict[str, int] = {}
    for i, entry in enumerate(entries):
        ident = (entry["code"], entry["device"])
        if ident in devices:
            raise _bad_roster(
                f"perangkat '{entry['device'] or '(laptop awal)'}' kantor {entry['code']} "
                "muncul dua kali",
                str(i + 1),
            )
        devices.add(ident)
        if entry["signing_key"] in keys:
            raise _bad_roster(
                f"kunci yang sama dengan entri {keys[entry['signing_key']] + 1}", str(i + 1)
            )
        keys[entry["signing_key"]] = i
    return entries


def apply_roster_part(ctx: AppContext, session: Session, sender_code: str, data: bytes) -> int:
    """Keep the roster of device keys (``offices.json``) from an authenticated package of
    ``sender_code``: this installation's hub above, or another device of this office (its
    main laptop). Strict: a malformed part, or one from any other sender, is refused with
    :class:`~desktop.sync.format.PackageRejected` (nothing kept, the caller's transaction
    rolls back). Entries for devices (or keys) known first-hand here are ignored; the rest
    replace what that sender sent before. Returns how many entries were kept."""
    office = ctx.office(session)
    entries = parse_roster_part(data, sender_code)
    above = session.scalar(
        select(SyncPeer.id).where(SyncPeer.office_code == sender_code, SyncPeer.role == "hub")
    )
    if sender_code != office.code and above is None:
        raise reject(
            "roster_not_from_hub",
            f"daftar kunci kantor hanya diterima dari kabupaten (hub) atau laptop kantor ini "
            f"sendiri, bukan dari {sender_code}",
            f"the office key roster is only taken from the hub or this office, not {sender_code}",
        )
    return save_office_roster(ctx, session, sender_code, entries)


def _signer(result: Verification, code: str, key: OfficeKey | None) -> None:
    result.signer_office = code
    if key is not None:
        result.signer_name = key.name
        result.key_known = True
        result.key_source = key.source
        result.signer_device = key.device
        result.signer_device_name = key.label()
        result.signer_device_state = key.status
        result.signer_device_revoked_at = _iso(key.revoked_at) or ""


def _matching_key(keys: list[OfficeKey], payload: verification.QrPayload) -> OfficeKey | None:
    """The key among ``keys`` whose signature the code carries (the layout does not name the
    device: every key of the office is tried)."""
    message = verification.message(payload)
    for key in keys:
        if identity.verify_signature(key.signing_key, payload.signature, message):
            return key
    return None


def _ended_before(key: OfficeKey, moment: datetime) -> bool:
    """Whether ``key``'s device had stopped being valid (revoked, replaced) by ``moment``
    (the signing time); an end of unknown time counts as before everything."""
    if key.status == STATE_ACTIVE:
        return False
    return key.revoked_at is None or moment >= key.revoked_at


def _held_record(session: Session, payload: verification.QrPayload) -> tuple[str, datetime] | None:
    """The hash and time of the code's pact record when this database holds it, read value by
    value (a damaged row is reported later by the record check, never raised here)."""
    if payload.kind != verification.KIND_PACT:
        return None
    for values, _damage in stored_rows(
        session, SignatureRecord, SignatureRecord.id == payload.record_id
    ):
        sha, created = values.get("sha256"), values.get("created_at")
        if isinstance(sha, str) and isinstance(created, datetime):
            moment = _aware(created)
            if moment is not None:
                return sha, moment
    return None


def _signing_time(session: Session, payload: verification.QrPayload) -> datetime:
    """When the code's record was signed, as precisely as this installation knows: the stored
    record's time (checked against the code later), else the code's time, which is cut to the
    second: the end of that second, so a pact possibly signed after a revocation is not taken
    for one signed before it."""
    held = _held_record(session, payload)
    if (
        held is not None
        and payload.matches_record(held[0])
        and int(held[1].timestamp()) == int(payload.signed_at.timestamp())
    ):
        return held[1]
    return payload.signed_at + timedelta(seconds=1)


def _local_at(ctx: AppContext, session: Session, moment: datetime | None) -> str:
    return _local_time(ctx, session, moment) if moment is not None else "waktu tidak diketahui"


def _refuse_ended(
    ctx: AppContext, session: Session, result: Verification, key: OfficeKey, what: str
) -> Verification:
    """A code (or record) from after its device was revoked or replaced: not valid."""
    result.valid, result.status = False, REVOKED
    result.signer_device_revoked_local = _local_at(ctx, session, key.revoked_at)
    office = key.code
    if key.status == STATE_REPLACED:
        head = f"Perangkat {key.label()} kantor {office} telah diganti laptop lain"
    elif key.device or len(office_keys(ctx, session, office)) > 1:
        head = f"Kunci perangkat {key.label()} kantor {office} telah dicabut"
    else:
        head = f"Kunci kantor {office} telah dicabut"
    if key.revoked_at is None:
        result.reasons.append(f"{head}.")
    else:
        result.reasons.append(
            f"{head} pada {_local_at(ctx, session, key.revoked_at)}; {what} sesudahnya tidak sah."
        )
    return result


def _note_ended_later(
    ctx: AppContext, session: Session, result: Verification, key: OfficeKey
) -> Verification:
    """A valid code whose device was revoked (or replaced) only after it signed."""
    if key.status == STATE_ACTIVE or not result.valid:
        return result
    when = result.signer_device_revoked_local = _local_at(ctx, session, key.revoked_at)
    if key.status == STATE_REVOKED:
        result.device_revoked_later = True
        note = (
            f"Ditandatangani oleh perangkat {key.label()} kantor {key.code} yang kemudian "
            f"dicabut ({when}); pakta ini ditandatangani sebelum pencabutan sehingga tetap sah."
        )
        if not result.in_database:
            note += (
                " Rekamannya tidak ada di basis data ini, jadi waktu pada kode tidak dapat "
                "dicocokkan: periksa rekamannya di kabupaten."
            )
    else:
        note = (
            f"Ditandatangani oleh perangkat {key.label()} kantor {key.code} sebelum perangkat "
            f"itu diganti laptop lain ({when})."
        )
    result.reasons.insert(1 if result.reasons else 0, note)
    return result


def _foreign_signer(
    ctx: AppContext, session: Session, payload: verification.QrPayload
) -> OfficeKey | None:
    """A key of ANOTHER office known here that signed the code (a re-signed code)."""
    others = [k for k in _all_keys(ctx, session) if k.code != payload.office_code]
    return _matching_key(others, payload)


def _contradicts_record(session: Session, payload: verification.QrPayload) -> bool:
    """Whether this database holds the code's record and the code's fields differ from it
    (then the code was changed, not printed on a device unknown here)."""
    held = _held_record(session, payload)
    if held is None:
        return False
    return not payload.matches_record(held[0]) or int(held[1].timestamp()) != int(
        payload.signed_at.timestamp()
    )


def vouching_hub(ctx: AppContext, session: Session, signer: str, origin: str) -> bool:
    """Whether ``signer`` is the kabupaten (or province) hub above office ``origin`` whose key
    this installation knows first-hand (its own, or the hub it is enrolled with).

    A hub prints the pacts of its offices' records with its own key (it never holds an
    office's private key); such a code is the kabupaten's attestation of a record it holds,
    and is valid. Any other office signing or naming a record it did not make is not.
    """
    if not origin.startswith(signer + "."):
        return False
    office = ctx.office(session)
    if signer == office.code:
        return office.role == "hub"
    role = session.scalar(select(SyncPeer.role).where(SyncPeer.office_code == signer))
    return role == "hub"


# ---------------------------------------------------------------------------- stored records
class _Damaged(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _damage_reason(values: dict[str, Any], damage: list[str]) -> str:
    ident = values.get("id")
    return (
        f"Rekaman signature_record {ident if isinstance(ident, str) else '?'} di basis data "
        f"rusak ({'; '.join(damage)}); jalankan 'netra audit verify'."
    )


def _records(session: Session, *where: Any) -> list[SignatureRecord]:
    """Signature records matching ``where``, each read value by value first: a damaged one
    raises :class:`_Damaged` naming it instead of failing inside the ORM."""
    ids: list[str] = []
    for values, damage in stored_rows(session, SignatureRecord, *where):
        if damage:
            raise _Damaged(_damage_reason(values, damage))
        try:
            who = json.loads(values["identity_json"])
        except (TypeError, ValueError):
            who = None
        if not isinstance(who, dict):
            raise _Damaged(_damage_reason(values, ["identity_json bukan data identitas"]))
        ids.append(values["id"])
    out = []
    for ident in ids:
        row = session.get(SignatureRecord, ident)
        if row is not None:
            out.append(row)
    return out


def _who(record: SignatureRecord) -> dict[str, Any]:
    who = json.loads(record.identity_json)  # checked to be an object by _records
    return who if isinstance(who, dict) else {}


def _damaged(result: Verification, reason: str) -> Verification:
    result.valid, result.status = False, DAMAGED
    result.reasons.insert(0, reason)
    return result


# ---------------------------------------------------------------------------- checking
def verify(ctx: AppContext, text: str) -> Verification:
    ctx.require("pact.verify")
    with ctx.read() as session:
        short = verification.parse_short_code(text)
        if short is not None and not verification.normalise(text).startswith(verification.PREFIX):
            return _verify_short(ctx, session, *short)
        try:
            payload = verification.parse(text)
        except verification.PayloadError as exc:
            return Verification(False, FORMAT, [f"Kode tidak dapat dibaca: {exc.reason_id}."])
        result = Verification(
            False,
            BAD_SIGNATURE,
            record_id=payload.record_id,
            office_code=payload.office_code,
            nip=payload.nip,
            signed_at_utc=payload.signed_at.isoformat(),
            short_code=verification.short_code(payload),
            code_kind="qr",
        )
        keys = office_keys(ctx, session, payload.office_code)
        result.signer_office, result.key_count = payload.office_code, len(keys)
        if not keys:
            result.status = UNKNOWN_OFFICE
            result.reasons.append(
                f"Kunci publik kantor {payload.office_code} tidak dikenal di instalasi ini "
                "(kantor belum terdaftar, atau daftar kunci kantor dari kabupaten belum "
                "diterima). Sinkronkan dengan kabupaten (hub), lalu periksa lagi."
            )
            return result
        result.signer_name = keys[0].name
        key = _matching_key(keys, payload)
        if key is None:
            return _no_known_key(ctx, session, result, payload, len(keys))
        _signer(result, payload.office_code, key)
        if _ended_before(key, _signing_time(session, payload)):
            return _refuse_ended(ctx, session, result, key, "kode yang ditandatangani")
        result.signature_checked = True
        return _note_ended_later(ctx, session, _signed(ctx, session, result, payload), key)


def _no_known_key(
    ctx: AppContext,
    session: Session,
    result: Verification,
    payload: verification.QrPayload,
    known: int,
) -> Verification:
    """No key of the named office known here verifies the code: re-signed by another office
    or changed (a bad signature), else printed on a device of that office this installation
    does not know yet (unknown key: sync with the hub)."""
    result.short_code = ""  # derived from a forged, damaged or unverified code: not shown
    foreign = _foreign_signer(ctx, session, payload)
    if foreign is not None or _contradicts_record(session, payload):
        result.status = BAD_SIGNATURE
        result.reasons.append(
            "Tanda tangan digital tidak cocok: kode telah diubah atau "
            "bukan diterbitkan oleh kantor ini."
        )
        if foreign is not None:
            result.reasons.append(
                f"Kode ditandatangani dengan kunci kantor {foreign.code}, bukan kunci kantor "
                f"{payload.office_code}."
            )
        return result
    result.status = UNKNOWN_OFFICE
    result.reasons.append(
        f"Kode ini tidak ditandatangani oleh kunci perangkat mana pun dari kantor "
        f"{payload.office_code} yang dikenal di instalasi ini ({known} perangkat). Mungkin "
        "dicetak di laptop kantor itu yang belum dikenal di sini: sinkronkan dengan "
        "kabupaten (hub), lalu periksa lagi. Jika sesudah sinkron tetap tidak cocok, kode "
        "ini telah diubah atau palsu."
    )
    return result


def _signed(
    ctx: AppContext, session: Session, result: Verification, payload: verification.QrPayload
) -> Verification:
    """A code whose signature is a key of the office it names: check the record."""
    if payload.kind == verification.KIND_CASE_DOCUMENT:
        return _case_document(ctx, session, result, payload.record_id, payload)
    try:
        found = _records(session, SignatureRecord.id == payload.record_id)
    except _Damaged as exc:
        return _damaged(result, exc.reason)
    if not found:
        result.valid, result.status = True, SIGNATURE_ONLY
        result.reasons.append(
            f"Tanda tangan digital kantor {payload.office_code} sah; rekaman tidak ada di "
            "basis data ini, sehingga hanya tanda tangan yang diperiksa."
        )
        return result
    record = found[0]
    result.record_origin = record.origin
    vouched = record.origin != payload.office_code and vouching_hub(
        ctx, session, payload.office_code, record.origin
    )
    if record.origin != payload.office_code and not vouched:
        result.in_database = True
        result.short_code = ""  # not a code of this record: not shown as one
        result.status = WRONG_OFFICE
        result.reasons.append(
            f"Kode ditandatangani oleh kantor {payload.office_code}, tetapi rekaman ini "
            f"dibuat oleh kantor {record.origin}: hanya kantor pembuat rekaman yang dapat "
            "menerbitkan kode verifikasinya."
        )
        return result
    checked = _check_record(ctx, session, record, result, payload)
    if vouched and checked.valid and checked.status == VALID:
        checked.reasons = [
            f"Tanda tangan digital kabupaten {payload.office_code} sah dan rekaman kantor "
            f"{record.origin} di basis data cocok serta tidak dibatalkan.",
            f"Kode diterbitkan oleh kabupaten {payload.office_code} untuk rekaman kantor "
            f"{record.origin} yang tersimpan di basis data kabupaten.",
        ]
    return checked


def _check_record(
    ctx: AppContext,
    session: Session,
    record: SignatureRecord,
    result: Verification,
    payload: verification.QrPayload | None,
) -> Verification:
    result.in_database = True
    result.record_origin = record.origin
    _describe_record(ctx, session, record, result)
    problems = _record_problems(session, record, payload)
    if problems:
        result.valid, result.status = False, MISMATCH
        result.reasons += problems
        return result
    try:
        voids = _records(
            session, SignatureRecord.kind == "void", SignatureRecord.supersedes_id == record.id
        )
    except _Damaged as exc:
        return _damaged(result, exc.reason)
    if voids:
        void = voids[0]
        result.valid, result.status = False, VOIDED
        result.voided_at = _local(ctx, session, void)
        result.void_reason = void.reason
        result.reasons.append(
            f"Pakta ini telah DIBATALKAN pada {result.voided_at}"
            + (f" dengan alasan: {void.reason}" if void.reason else "")
            + "."
        )
        return result
    result.valid = True
    if payload is None:
        result.status = DATABASE_ONLY
        result.reasons.append(
            "Rekaman ditemukan dan utuh di basis data (kode pendek: tanda "
            "tangan digital tidak diperiksa; pindai kode QR untuk itu)."
        )
    else:
        result.status = VALID
        result.reasons.append(
            f"Tanda tangan digital kantor {record.origin} sah dan rekaman di basis data "
            "cocok serta tidak dibatalkan."
        )
    return result


def _blob(session: Session, sha: str) -> bytes | None:
    data = session.scalar(select(Blob.data).where(Blob.sha256 == sha))
    return bytes(data) if isinstance(data, (bytes, memoryview)) else None


def _record_problems(
    session: Session, record: SignatureRecord, payload: verification.QrPayload | None
) -> list[str]:
    out: list[str] = []
    if chain_hash(record.canonical_content(), record.prev_sha256) != record.sha256:
        out.append(
            "Isi rekaman di basis data telah berubah sejak ditandatangani (hash tidak cocok)."
        )
    if record.kind != "signed":
        out.append(f"Rekaman ini bukan penandatanganan (jenis: {record.kind}).")
    if record.image_sha256:
        data = _blob(session, record.image_sha256)
        if data is None or sha256_hex(data) != record.image_sha256:
            out.append("Gambar tanda tangan di basis data hilang atau telah berubah.")
    if payload is None:
        return out
    who = _who(record)
    digits = "".join(ch for ch in str(who.get("nip") or who.get("nik") or "") if ch.isdigit())
    if not payload.matches_record(record.sha256):
        out.append("Hash rekaman pada kode berbeda dengan rekaman di basis data.")
    if payload.nip != digits:
        out.append("NIP pada kode berbeda dengan rekaman di basis data.")
    if int(payload.signed_at.timestamp()) != int(record.created_at.timestamp()):
        out.append("Waktu penandatanganan pada kode berbeda dengan rekaman di basis data.")
    if not payload.matches_template(record.template_sha256):
        out.append("Versi templat pada kode berbeda dengan rekaman di basis data.")
    return out


def _local(ctx: AppContext, session: Session, record: SignatureRecord) -> str:
    tz = ctx.office(session).timezone
    local = record.created_at.astimezone(ZoneInfo(tz))
    return f"{local:%d-%m-%Y %H.%M} {TIMEZONES.get(tz, tz)}"


def _describe_record(
    ctx: AppContext, session: Session, record: SignatureRecord, result: Verification
) -> None:
    who = _who(record)
    result.record_id = record.id
    result.name = str(who.get("name") or "")
    result.unit = str(who.get("unit_name") or "")
    result.jabatan = str(who.get("jabatan") or "")
    result.nip = result.nip or str(who.get("nip") or who.get("nik") or "")
    result.image_sha256 = record.image_sha256 or ""
    result.signed_at_local = _local(ctx, session, record)
    result.signed_at_utc = result.signed_at_utc or record.created_at.isoformat()
    event = session.execute(
        select(SigningEvent.name, SigningEvent.place).where(SigningEvent.id == record.event_id)
    ).first()
    if event is not None:
        result.event, result.place = str(event[0] or ""), str(event[1] or "")


def _verify_short(ctx: AppContext, session: Session, office: str, prefix: str) -> Verification:
    result = Verification(False, NOT_FOUND, office_code=office, code_kind="short")
    _signer(result, office, None)  # named by the code; no signature to check
    try:
        matches = _records(session, SignatureRecord.sha256.like(prefix + "%"))
    except _Damaged as exc:
        return _damaged(result, exc.reason)
    if not matches:
        from desktop.services import case_exam_docs

        documents = case_exam_docs.find_by_hash(session, prefix)
        if len(documents) == 1:
            return _case_document(ctx, session, result, documents[0].id, None)
    if len(matches) != 1:
        result.reasons.append("Kode pendek tidak ditemukan di basis data ini.")
        return result
    record = matches[0]
    result.record_origin = record.origin
    result.short_code = verification.short_code_for(office, record.sha256)
    keys = office_keys(ctx, session, office)
    result.key_count = len(keys)
    # The device that made the record, when it is a device of the office the code names.
    maker = next(
        (k for k in keys if record.origin == office and k.device == (record.device or "")),
        None,
    )
    key = maker or (keys[0] if keys else None)
    _signer(result, office, key)
    if maker is None:  # the device is not known: name the office only
        result.signer_device = result.signer_device_name = ""
        result.signer_device_state = result.signer_device_revoked_at = ""
    if record.origin != office and not vouching_hub(ctx, session, office, record.origin):
        result.in_database = True
        result.short_code = ""  # not a code of this record: not shown as one
        result.status = WRONG_OFFICE
        result.reasons.append(
            f"Kode pendek menyebut kantor {office}, tetapi rekaman dengan hash ini dibuat "
            f"oleh kantor {record.origin}."
        )
        return result
    if key is None:
        result.in_database = True
        result.status = UNKNOWN_OFFICE
        result.reasons.append(
            f"Rekaman dibuat oleh kantor {office}, yang kuncinya tidak dikenal di instalasi "
            "ini (kantor belum terdaftar). Sinkronkan dengan kabupaten (hub), lalu periksa "
            "lagi."
        )
        return result
    created = _aware(record.created_at) or utcnow()
    ended = maker if maker is not None else key
    if (maker is not None or key.status != STATE_ACTIVE) and _ended_before(ended, created):
        result.in_database = True
        return _refuse_ended(ctx, session, result, ended, "rekaman yang dibuat")
    checked = _check_record(ctx, session, record, result, None)
    return _note_ended_later(ctx, session, checked, ended) if maker is not None else checked


def signature_image(ctx: AppContext, image_sha256: str) -> bytes | None:
    """The stored signature PNG (for the Verify dialog)."""
    ctx.require("pact.verify")
    with ctx.read() as session:
        return _blob(session, image_sha256)


def _case_document(
    ctx: AppContext,
    session: Session,
    result: Verification,
    document_id: str,
    payload: verification.QrPayload | None,
) -> Verification:
    """A code of a case document (record kind 1, or a short code matching one): the record is
    looked up in ``case_document`` and checked by :mod:`case_exam_docs`, never reported as a
    pact record missing from this database."""
    from desktop.services import case_exam_docs
    from desktop.store.models import CaseDocumentRecord

    row = session.get(CaseDocumentRecord, document_id)
    if row is None:
        result.valid, result.status = result.signature_checked, SIGNATURE_ONLY
        result.document_kind = "case_document"
        result.reasons.append(
            f"Tanda tangan digital kantor {result.office_code} sah pada kode dokumen perkara; "
            "dokumen itu tidak ada di basis data ini, sehingga hanya tanda tangan yang diperiksa."
        )
        return result
    content = json.loads(row.content_json)
    result.in_database = True
    result.record_origin = row.origin
    result.record_id = row.id
    result.document_kind = row.kind
    result.document_title = row.title
    result.case_number = content.get("case_number", "")
    result.document_version = row.version
    result.name = (content.get("examined") or {}).get("name", "")
    result.unit = (content.get("examined") or {}).get("unit", "")
    result.signed_at_local = _local_time(ctx, session, row.created_at)
    office = result.office_code
    if row.origin != office:
        result.short_code = ""
        result.status = WRONG_OFFICE
        result.reasons.append(
            f"Kode menyebut kantor {office}, tetapi dokumen perkara ini dibuat oleh kantor "
            f"{row.origin}."
        )
        return result
    result.short_code = verification.short_code_for(office, row.sha256)
    checked = case_exam_docs.check_record(session, row, payload)
    result.valid = bool(checked["valid"])
    if not result.valid:
        result.status = MISMATCH
    else:
        result.status = VALID if payload is not None else DATABASE_ONLY
    head = (
        f"Dokumen perkara {row.kind} nomor {result.case_number} ({row.title}, versi {row.version})"
    )
    result.reasons = [
        head + (": utuh." if result.valid else ": TIDAK cocok dengan basis data."),
        *checked["reasons"],
    ]
    return result


def _local_time(ctx: AppContext, session: Session, moment: Any) -> str:
    zone = ctx.office(session).timezone
    local = moment.astimezone(ZoneInfo(zone)) if zone else moment
    return f"{local:%d-%m-%Y %H.%M} {TIMEZONES.get(zone, zone) if zone else 'UTC'}".strip()
