"""The signing keys of offices, one per device (laptop), and the roster of device keys that
answer packages carry (``offices.json``; docs/sync-format.md, "Office key roster").

A pact's QR code is signed by the laptop that printed it and names only the office; a
verifier (:mod:`desktop.services.printing.pact_verification`) tries every key it knows for that office.
Keys are known first-hand (this laptop; the devices enrolled here as ``SyncPeer`` rows: at a
hub every laptop of its offices, at an office its hub and any other laptop of this office)
or from a roster received from this installation's hub (or from another laptop of this
office), kept per sender in the ``office_keys.roster`` setting. A roster never replaces a key
known first-hand, and a revocation from any sender wins over a stale "active".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.canonical import canonical_json
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.models import SyncPeer
from desktop.sync.format import reject, strict_json

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


def iso_utc(moment: datetime | None) -> str | None:
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
                None if status == STATE_ACTIVE else aware_utc(peer.revoked_at),
            )
        )
    return out


def aware_utc(moment: datetime | None) -> datetime | None:
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


def all_keys(ctx: AppContext, session: Session) -> list[OfficeKey]:
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
    keys = [k for k in all_keys(ctx, session) if k.code == code]
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
                "revoked_at": iso_utc(revoked),
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
    keys = all_keys(ctx, session)
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
            "revoked_at": None if k.status == STATE_ACTIVE else iso_utc(k.revoked_at),
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
    doc = strict_json(data, "offices.json")  # nested too deep ("[[[[…") is bad_json there
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
