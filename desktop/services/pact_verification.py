"""Checking a printed pact's code (``netra pact verify``, the Verify dialog).

A full code (``NETRA1...``, from the QR) is checked in this order: format; the issuing office's
public key (this office from the Office row, others from enrolled ``SyncPeer`` rows); the
Ed25519 signature; then, when the record is in this database, that it is the same record (its
stored hash, its recomputed chain hash, NIP, time and template) and that it was not voided.
An installation that does not hold the record still verifies the signature offline.

A short code (``81.08.06-XXXX-XXXX-XXXX-XXXX``, printed under the QR) can only be looked up
in the database: no signature is checked, and the result says so.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import verification
from desktop.domain.canonical import chain_hash, sha256_hex
from desktop.domain.office import TIMEZONES
from desktop.services import identity
from desktop.services.context import AppContext
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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        head = "SAH" if self.valid else "TIDAK SAH"
        lines = [f"{head}: {self.reasons[0] if self.reasons else ''}".rstrip(": ")]
        lines += [f"  - {r}" for r in self.reasons[1:]]
        for label, value in (
            ("Nama", self.name),
            ("NIP/NIK", self.nip),
            ("Unit kerja", self.unit),
            ("Acara", self.event),
            ("Waktu", self.signed_at_local),
            ("Kantor", self.office_code),
            ("ID rekaman", self.record_id),
            ("Kode", self.short_code),
        ):
            if value:
                lines.append(f"  {label:<11}: {value}")
        return "\n".join(lines)


def _public_key(session: Session, ctx: AppContext, code: str) -> tuple[str | None, str]:
    office = ctx.office(session)
    if code == office.code:
        return office.signing_public_key, "active"
    peer = session.scalars(select(SyncPeer).where(SyncPeer.office_code == code)).first()
    if peer is None:
        return None, ""
    return peer.signing_public_key, peer.status


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
        )
        key, status = _public_key(session, ctx, payload.office_code)
        if key is None:
            result.status = UNKNOWN_OFFICE
            result.reasons.append(
                f"Kunci publik kantor {payload.office_code} tidak dikenal di "
                "instalasi ini (kantor belum terdaftar)."
            )
            return result
        if status != "active":
            result.status = REVOKED
            result.reasons.append(f"Kunci kantor {payload.office_code} telah dicabut.")
            return result
        if not identity.verify_signature(key, payload.signature, verification.message(payload)):
            result.short_code = ""  # derived from a forged or damaged code: not shown
            result.reasons.append(
                "Tanda tangan digital tidak cocok: kode telah diubah atau "
                "bukan diterbitkan oleh kantor ini."
            )
            return result
        result.signature_checked = True
        record = session.get(SignatureRecord, payload.record_id)
        if record is None:
            result.valid, result.status = True, SIGNATURE_ONLY
            result.reasons.append(
                "Tanda tangan digital kantor sah; rekaman tidak ada di basis "
                "data ini, sehingga hanya tanda tangan yang diperiksa."
            )
            return result
        return _check_record(ctx, session, record, result, payload)


def _check_record(
    ctx: AppContext,
    session: Session,
    record: SignatureRecord,
    result: Verification,
    payload: verification.QrPayload | None,
) -> Verification:
    result.in_database = True
    _describe_record(ctx, session, record, result)
    problems = _record_problems(session, record, payload)
    if problems:
        result.valid, result.status = False, MISMATCH
        result.reasons += problems
        return result
    void = session.scalars(
        select(SignatureRecord).where(
            SignatureRecord.kind == "void", SignatureRecord.supersedes_id == record.id
        )
    ).first()
    if void is not None:
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
            "Tanda tangan digital kantor sah dan rekaman di basis data "
            "cocok serta tidak dibatalkan."
        )
    return result


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
        blob = session.get(Blob, record.image_sha256)
        if blob is None or sha256_hex(blob.data) != record.image_sha256:
            out.append("Gambar tanda tangan di basis data hilang atau telah berubah.")
    if payload is None:
        return out
    who = json.loads(record.identity_json)
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
    who = json.loads(record.identity_json)
    result.record_id = record.id
    result.name = str(who.get("name") or "")
    result.unit = str(who.get("unit_name") or "")
    result.jabatan = str(who.get("jabatan") or "")
    result.nip = result.nip or str(who.get("nip") or who.get("nik") or "")
    result.image_sha256 = record.image_sha256 or ""
    result.signed_at_local = _local(ctx, session, record)
    result.signed_at_utc = result.signed_at_utc or record.created_at.isoformat()
    event = session.get(SigningEvent, record.event_id)
    if event is not None:
        result.event, result.place = event.name, event.place


def _verify_short(ctx: AppContext, session: Session, office: str, prefix: str) -> Verification:
    result = Verification(False, NOT_FOUND, office_code=office)
    matches = session.scalars(
        select(SignatureRecord).where(SignatureRecord.sha256.like(prefix + "%"))
    ).all()
    if len(matches) != 1:
        result.reasons.append("Kode pendek tidak ditemukan di basis data ini.")
        return result
    result.short_code = verification.short_code_for(office, matches[0].sha256)
    return _check_record(ctx, session, matches[0], result, None)


def signature_image(ctx: AppContext, image_sha256: str) -> bytes | None:
    """The stored signature PNG (for the Verify dialog)."""
    ctx.require("pact.verify")
    with ctx.read() as session:
        blob = session.get(Blob, image_sha256)
        return blob.data if blob is not None else None
