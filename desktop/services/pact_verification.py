"""Checking a printed pact's code (``netra pact verify``, the Verify dialog).

A full code (``NETRA1...``, from the QR) is checked in this order: format; the public key of
the office the code names (this office from the Office row; enrolled offices, and the hub, from
``SyncPeer`` rows; other offices of the kabupaten from the roster of office keys the hub sends,
kept in the ``office_keys.roster`` setting); the Ed25519 signature; then, when the record is in
this database, that the office that signed the code is the office that made the record (its
``origin``: an office may only vouch for its own records), that it is the same record (its
stored hash, its recomputed chain hash, NIP, time and template) and that it was not voided.
An installation that does not hold the record still verifies the signature offline.

A short code (``81.08.06-XXXX-XXXX-XXXX-XXXX``, printed under the QR) can only be looked up
in the database: no signature is checked, and the result says so. The office it names must be
the office that made the record, and that office must be known here.

A stored record whose values are damaged is reported as such (table and id), never raised.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import chain_hash, sha256_hex
from desktop.domain.office import TIMEZONES
from desktop.services import identity
from desktop.services.audit import stored_rows
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.models import Blob, SignatureRecord, SigningEvent, SyncPeer

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

#: Setting holding the roster of office keys the hub sends in its answer packages.
ROSTER_SETTING = "office_keys.roster"
_CODE = re.compile(r"^[0-9A-Za-z.\-]{1,32}$")
_KEY = re.compile(r"^[0-9a-f]{64}$")


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
        if not self.key_known:
            return f"{who} (kunci kantor ini tidak dikenal di instalasi ini)"
        source = {
            KEY_OWN: "kantor ini sendiri",
            KEY_ENROLLED: "kantor terdaftar",
            KEY_ROSTER: "daftar kunci dari kabupaten",
        }.get(self.key_source, self.key_source)
        return f"{who} (kunci dikenal: {source})"

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
    code: str
    name: str
    signing_key: str
    status: str  # active | revoked
    source: str  # own | enrolled | roster


def _roster(ctx: AppContext, session: Session) -> dict[str, Any]:
    try:
        value = ctx.get_setting(session, ROSTER_SETTING, {})
    except (TypeError, ValueError):
        return {}
    offices = value.get("offices") if isinstance(value, dict) else None
    return offices if isinstance(offices, dict) else {}


def office_key(ctx: AppContext, session: Session, code: str) -> OfficeKey | None:
    """The signing key this installation knows for office ``code``, and from where: its own
    identity, an enrolment (``SyncPeer``), else the hub's roster of office keys."""
    office = ctx.office(session)
    if code == office.code:
        return OfficeKey(code, office.name, office.signing_public_key, "active", KEY_OWN)
    peer = session.execute(
        select(SyncPeer.name, SyncPeer.signing_public_key, SyncPeer.status).where(
            SyncPeer.office_code == code
        )
    ).first()
    if peer is not None:
        return OfficeKey(code, str(peer[0]), str(peer[1]), str(peer[2]), KEY_ENROLLED)
    entry = _roster(ctx, session).get(code)
    if (
        isinstance(entry, dict)
        and isinstance(entry.get("signing_key"), str)
        and _KEY.match(entry["signing_key"])
    ):
        status = "revoked" if entry.get("status") == "revoked" else "active"
        return OfficeKey(
            code, str(entry.get("name") or ""), entry["signing_key"], status, KEY_ROSTER
        )
    return None


def save_office_roster(
    ctx: AppContext, session: Session, hub_code: str, offices: list[dict[str, Any]]
) -> int:
    """Keep the roster of office keys from a hub's answer package (already authenticated by
    the hub's signature on the package). Entries for this office, or for offices enrolled
    here, are ignored: those keys are known first-hand. Returns how many entries were kept.

    Each entry: ``{"code", "name", "signing_key" (Ed25519, hex), "status" (active|revoked)}``.
    """
    office = ctx.office(session)
    enrolled = set(session.scalars(select(SyncPeer.office_code)))
    kept: dict[str, dict[str, str]] = {}
    for entry in offices:
        if not isinstance(entry, dict):
            continue
        code, key = entry.get("code"), entry.get("signing_key")
        if not (isinstance(code, str) and _CODE.match(code)):
            continue
        if not (isinstance(key, str) and _KEY.match(key)):
            continue
        if code == office.code or code in enrolled:
            continue
        kept[code] = {
            "name": str(entry.get("name") or "")[:200],
            "signing_key": key,
            "status": "revoked" if entry.get("status") == "revoked" else "active",
        }
    ctx.set_setting(
        session,
        ROSTER_SETTING,
        {"hub": hub_code, "received_at": utcnow().isoformat(), "offices": kept},
    )
    return len(kept)


def _signer(result: Verification, code: str, key: OfficeKey | None) -> None:
    result.signer_office = code
    if key is not None:
        result.signer_name = key.name
        result.key_known = True
        result.key_source = key.source


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
        key = office_key(ctx, session, payload.office_code)
        _signer(result, payload.office_code, key)
        if key is None:
            result.status = UNKNOWN_OFFICE
            result.reasons.append(
                f"Kunci publik kantor {payload.office_code} tidak dikenal di "
                "instalasi ini (kantor belum terdaftar)."
            )
            return result
        if key.status != "active":
            result.status = REVOKED
            result.reasons.append(f"Kunci kantor {payload.office_code} telah dicabut.")
            return result
        if not identity.verify_signature(
            key.signing_key, payload.signature, verification.message(payload)
        ):
            result.short_code = ""  # derived from a forged or damaged code: not shown
            result.reasons.append(
                "Tanda tangan digital tidak cocok: kode telah diubah atau "
                "bukan diterbitkan oleh kantor ini."
            )
            return result
        result.signature_checked = True
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
    key = office_key(ctx, session, office)
    _signer(result, office, key)
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
            "ini (kantor belum terdaftar)."
        )
        return result
    if key.status != "active":
        result.in_database = True
        result.status = REVOKED
        result.reasons.append(f"Kunci kantor {office} telah dicabut.")
        return result
    return _check_record(ctx, session, record, result, None)


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
