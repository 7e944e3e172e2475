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
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import chain_hash, sha256_hex
from desktop.domain.office import TIMEZONES
from desktop.services import device_keys, identity
from desktop.services.audit import stored_rows
from desktop.services.context import AppContext
from desktop.services.device_keys import (
    KEY_ENROLLED,
    KEY_OWN,
    KEY_ROSTER,
    STATE_ACTIVE,
    STATE_REPLACED,
    STATE_REVOKED,
    OfficeKey,
    all_keys,
    aware_utc,
    iso_utc,
    office_keys,
)
from desktop.services.printing import case_documents
from desktop.store.base import utcnow
from desktop.store.models import Blob, CaseDocumentRecord, SignatureRecord, SigningEvent, SyncPeer

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

# The keys of offices' devices and the roster part live in device_keys; their names here too
# (callers and tests use them from this module).
office_key = device_keys.office_key
save_office_roster = device_keys.save_office_roster
roster_part = device_keys.roster_part
apply_roster_part = device_keys.apply_roster_part
ROSTER_SETTING = device_keys.ROSTER_SETTING
ROSTER_PART = device_keys.ROSTER_PART
ROSTER_FORMAT = device_keys.ROSTER_FORMAT
MAX_ROSTER_ENTRIES = device_keys.MAX_ROSTER_ENTRIES
MAX_ROSTER_BYTES = device_keys.MAX_ROSTER_BYTES
parse_roster_part = device_keys.parse_roster_part


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


def _signer(result: Verification, code: str, key: OfficeKey | None) -> None:
    result.signer_office = code
    if key is not None:
        result.signer_name = key.name
        result.key_known = True
        result.key_source = key.source
        result.signer_device = key.device
        result.signer_device_name = key.label()
        result.signer_device_state = key.status
        result.signer_device_revoked_at = iso_utc(key.revoked_at) or ""


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
            moment = aware_utc(created)
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
    others = [k for k in all_keys(ctx, session) if k.code != payload.office_code]
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
        documents = case_documents.find_by_hash(session, prefix)
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
    created = aware_utc(record.created_at) or utcnow()
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
    looked up in ``case_document`` and checked by :mod:`case_documents`, never reported as a
    pact record missing from this database."""
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
    checked = case_documents.check_record(session, row, payload)
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
