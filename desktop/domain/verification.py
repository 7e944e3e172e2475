"""The compact, offline-verifiable payload printed as a QR code on every signed pact.

Format ``NETRA1`` followed by RFC 4648 base32 (A-Z, 2-7, no padding) of a fixed binary layout:

====== ===== ===========================================================
bytes  field meaning
====== ===== ===========================================================
1      ver   layout version (1, or 2 with the next byte)
1      kind  version 2 only: what the record is (0 = pact signature record, 1 = case document)
16     id    record UUID
1+8    nip   digit count (0: none) and the NIP / NI PPPK / NIK as an integer
4      time  signing time, UTC seconds since 1970 (unsigned)
8      tpl   first 8 bytes of the template SHA-256
16     rec   first 16 bytes of the record SHA-256 (the evidence-chain hash)
1+n    off   office code length and ASCII (``81.08.06``)
64     sig   Ed25519 signature of ``DOMAIN + everything above``
====== ===== ===========================================================

Pacts are still written in layout 1 (no kind byte, read as kind 0), so every code printed
before, and every older installation reading a pact, is unaffected; a case document
(issue 16) is written in layout 2 with kind 1, so a verifier knows which table holds it.

Only upper-case letters and digits, so the text survives a USB barcode scanner in keyboard
mode (``parse`` also accepts lower case from Caps Lock, spaces, hyphens and an optional
``:`` after the prefix) and fits the QR alphanumeric mode (about 210 characters: version 8-M).
The domain defines the bytes; services sign and verify them with the office key.
"""

from __future__ import annotations

import base64
import re
import struct
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime

PREFIX = "NETRA1"
VERSION = 1
VERSION_KIND = 2  # the layout with the record-kind byte
KIND_PACT = 0
KIND_CASE_DOCUMENT = 1
KINDS = (KIND_PACT, KIND_CASE_DOCUMENT)
DOMAIN = b"NETRA-PACT-QR\x00"
SIGNATURE_LEN = 64
TEMPLATE_PREFIX_LEN = 8
RECORD_PREFIX_LEN = 16
_HEAD = struct.Struct(">B16sBQI8s16sB")  # ver, id, nip digits, nip, time, tpl, rec, office len
_KIND = struct.Struct(">B")  # layout 2: the record kind after the version byte
_OFFICE = re.compile(r"^[0-9A-Za-z.\-]{1,32}$")
_NOISE = re.compile(r"[\s\-]+")


class PayloadError(ValueError):
    """The text is not a Netra verification code (wrong prefix, length, characters...)."""

    def __init__(self, reason_id: str, reason_en: str) -> None:
        super().__init__(reason_en)
        self.reason_id = reason_id
        self.reason_en = reason_en


@dataclass(frozen=True)
class QrPayload:
    record_id: str
    nip: str  # digits, "" when the signer has none
    signed_at: datetime  # UTC, whole seconds
    template_prefix: str  # hex, 16 digits
    record_prefix: str  # hex, 32 digits
    office_code: str
    signature: bytes = b""
    kind: int = KIND_PACT

    def matches_template(self, template_sha256: str) -> bool:
        return template_sha256.lower().startswith(self.template_prefix)

    def matches_record(self, record_sha256: str) -> bool:
        return record_sha256.lower().startswith(self.record_prefix)


def make_payload(
    record_id: str,
    nip: str | None,
    signed_at: datetime,
    template_sha256: str,
    record_sha256: str,
    office_code: str,
    kind: int = KIND_PACT,
) -> QrPayload:
    """The unsigned payload of a record (sign :func:`message` and :func:`with_signature`)."""
    if signed_at.tzinfo is None:
        raise ValueError("signed_at must be timezone-aware")
    digits = "".join(ch for ch in (nip or "") if ch.isdigit())
    if len(digits) > 19:
        raise ValueError(f"identifier too long for the payload: {nip!r}")
    if not _OFFICE.match(office_code):
        raise ValueError(f"office code not printable in the payload: {office_code!r}")
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind}")
    return QrPayload(
        record_id=str(uuid.UUID(record_id)),
        nip=digits,
        signed_at=signed_at.astimezone(UTC).replace(microsecond=0),
        template_prefix=template_sha256.lower()[: TEMPLATE_PREFIX_LEN * 2],
        record_prefix=record_sha256.lower()[: RECORD_PREFIX_LEN * 2],
        office_code=office_code,
        kind=kind,
    )


def with_signature(payload: QrPayload, signature: bytes) -> QrPayload:
    if len(signature) != SIGNATURE_LEN:
        raise ValueError("an Ed25519 signature has 64 bytes")
    return replace(payload, signature=signature)


def _body(p: QrPayload) -> bytes:
    office = p.office_code.encode("ascii")
    head = _HEAD.pack(
        VERSION if p.kind == KIND_PACT else VERSION_KIND,
        uuid.UUID(p.record_id).bytes,
        len(p.nip),
        int(p.nip) if p.nip else 0,
        int(p.signed_at.timestamp()),
        bytes.fromhex(p.template_prefix),
        bytes.fromhex(p.record_prefix),
        len(office),
    )
    if p.kind != KIND_PACT:  # layout 2: the kind byte after the version
        head = head[:1] + _KIND.pack(p.kind) + head[1:]
    return head + office


def message(p: QrPayload) -> bytes:
    """The exact bytes the office key signs (domain-separated)."""
    return DOMAIN + _body(p)


def encode(p: QrPayload) -> str:
    if len(p.signature) != SIGNATURE_LEN:
        raise ValueError("payload is not signed")
    raw = _body(p) + p.signature
    return PREFIX + base64.b32encode(raw).decode("ascii").rstrip("=")


def normalise(text: str) -> str:
    """Undo what scanners and people do to the text: case, spaces, hyphens, a ``:``."""
    cleaned = _NOISE.sub("", text).upper()
    if cleaned.startswith(PREFIX + ":"):
        cleaned = PREFIX + cleaned[len(PREFIX) + 1 :]
    return cleaned


def parse(text: str) -> QrPayload:
    """Strict parse of a code (after :func:`normalise`); raises :class:`PayloadError`."""
    cleaned = normalise(text)
    if not cleaned.startswith(PREFIX):
        raise PayloadError(
            "bukan kode verifikasi Netra (awalan NETRA1 tidak ada)",
            "not a Netra verification code (no NETRA1 prefix)",
        )
    body = cleaned[len(PREFIX) :]
    if not body or not re.fullmatch(r"[A-Z2-7]+", body):
        raise PayloadError(
            "kode memuat karakter yang tidak sah", "the code contains invalid characters"
        )
    try:
        raw = base64.b32decode(body + "=" * (-len(body) % 8))
    except ValueError as exc:
        raise PayloadError("panjang kode tidak sah", "invalid code length") from exc
    if base64.b32encode(raw).decode("ascii").rstrip("=") != body:
        raise PayloadError("panjang kode tidak sah", "invalid code length")
    kind = KIND_PACT
    if raw and raw[0] == VERSION_KIND:  # layout 2: drop the kind byte, then as layout 1
        if len(raw) < 2 or raw[1] not in KINDS:
            found = raw[1] if len(raw) > 1 else "-"
            raise PayloadError(
                f"jenis rekaman {found} dalam kode tidak dikenal",
                f"unknown record kind {found} in the code",
            )
        kind, raw = raw[1], raw[:1] + raw[2:]
    if len(raw) < _HEAD.size + 1 + SIGNATURE_LEN:
        raise PayloadError("kode terlalu pendek", "the code is too short")
    ver, rid, nip_len, nip_num, secs, tpl, rec, off_len = _HEAD.unpack_from(raw)
    if ver not in (VERSION, VERSION_KIND):
        raise PayloadError(f"versi kode {ver} tidak dikenal", f"unknown code version {ver}")
    if len(raw) != _HEAD.size + off_len + SIGNATURE_LEN:
        raise PayloadError("panjang kode tidak sesuai isinya", "code length does not match")
    nip = str(nip_num).zfill(nip_len) if nip_len else ""
    if nip_len > 19 or len(nip) != nip_len or (not nip_len and nip_num):
        raise PayloadError("NIP dalam kode tidak sah", "invalid NIP in the code")
    office = raw[_HEAD.size : _HEAD.size + off_len].decode("ascii", errors="replace")
    if not _OFFICE.match(office):
        raise PayloadError("kode kantor dalam kode tidak sah", "invalid office code in the code")
    return QrPayload(
        record_id=str(uuid.UUID(bytes=rid)),
        nip=nip,
        signed_at=datetime.fromtimestamp(secs, UTC),
        template_prefix=tpl.hex(),
        record_prefix=rec.hex(),
        office_code=office,
        signature=raw[_HEAD.size + off_len :],
        kind=kind,
    )


def short_code(p: QrPayload) -> str:
    """Human-readable code under the QR: office code, then the first 80 bits of the record
    hash as 16 base32 characters in groups of 4 (``81.08.06-7KQ4-M2XA-9PD3-XT5B``).

    An operator can type it to find the record in the database (no signature check)."""
    return short_code_for(p.office_code, p.record_prefix)


def short_code_for(office_code: str, record_sha256: str) -> str:
    b32 = base64.b32encode(bytes.fromhex(record_sha256[:20])).decode("ascii")
    return f"{office_code}-" + "-".join(b32[i : i + 4] for i in range(0, 16, 4))


_SHORT = re.compile(r"^([0-9.]{2,32})-?((?:[A-Z2-7]{4}-?){4})$")


def parse_short_code(text: str) -> tuple[str, str] | None:
    """(office code, record-hash hex prefix of 20 digits) or None if not a short code."""
    match = _SHORT.match(re.sub(r"\s+", "", text).upper())
    if not match:
        return None
    b32 = match.group(2).replace("-", "")
    return match.group(1), base64.b32decode(b32).hex()


__all__ = [
    "KIND_CASE_DOCUMENT",
    "KIND_PACT",
    "PREFIX",
    "PayloadError",
    "QrPayload",
    "encode",
    "make_payload",
    "message",
    "normalise",
    "parse",
    "parse_short_code",
    "short_code",
    "short_code_for",
    "with_signature",
]
