"""The QR payload format: round trip, strict parsing, scanner noise, tampering."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.domain import verification as v
from desktop.services.identity import verify_signature


def _signed(key: Ed25519PrivateKey, nip: str | None = "198503152010011002") -> v.QrPayload:
    p = v.make_payload(
        str(uuid.uuid4()),
        nip,
        datetime(2024, 9, 30, 0, 14, 5, 999, UTC),
        hashlib.sha256(b"tpl").hexdigest(),
        hashlib.sha256(b"rec").hexdigest(),
        "81.08.06",
    )
    return v.with_signature(p, key.sign(v.message(p)))


def _public(key: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return (
        key.public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        .hex()
    )


def test_round_trip_and_alphabet() -> None:
    key = Ed25519PrivateKey.generate()
    p = _signed(key)
    text = v.encode(p)
    assert text.startswith("NETRA1")
    assert set(text) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567NETRA1")
    assert len(text) < 230
    q = v.parse(text)
    assert q == p
    assert q.signed_at == datetime(2024, 9, 30, 0, 14, 5, tzinfo=UTC)
    assert verify_signature(_public(key), q.signature, v.message(q))


def test_scanner_noise_is_tolerated() -> None:
    p = _signed(Ed25519PrivateKey.generate())
    text = v.encode(p)
    noisy = "  " + text[:6] + ":" + text[6:40].lower() + "\n" + text[40:] + " \r\n"
    assert v.parse(noisy) == p


@pytest.mark.parametrize("nip", [None, "", "8108064107900002", "199602012023211005"])
def test_identifiers_keep_their_length(nip: str | None) -> None:
    p = _signed(Ed25519PrivateKey.generate(), nip)
    assert v.parse(v.encode(p)).nip == (nip or "")


def test_every_single_character_change_is_caught() -> None:
    key = Ed25519PrivateKey.generate()
    public = _public(key)
    text = v.encode(_signed(key))
    for index in range(len(text)):
        other = "B" if text[index] != "B" else "C"
        changed = text[:index] + other + text[index + 1 :]
        try:
            q = v.parse(changed)
        except v.PayloadError:
            continue
        assert not verify_signature(public, q.signature, v.message(q)), index


@pytest.mark.parametrize(
    "bad",
    ["", "NETRA1", "NETRA2AAAA", "hello", "NETRA1AAAA!", "NETRA1" + "A" * 50, "NETRA1" + "A" * 201],
)
def test_malformed_codes_are_refused(bad: str) -> None:
    with pytest.raises(v.PayloadError):
        v.parse(bad)


def test_short_code_round_trip() -> None:
    p = _signed(Ed25519PrivateKey.generate())
    code = v.short_code(p)
    assert code.startswith("81.08.06-") and len(code.split("-")) == 5
    office, prefix = v.parse_short_code(code.lower()) or ("", "")
    assert office == "81.08.06" and p.record_prefix.startswith(prefix)
    assert v.parse_short_code("NETRA1ABC") is None
