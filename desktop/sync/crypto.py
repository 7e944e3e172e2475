"""Sealing a package payload for one recipient and signing its manifest.

Encryption: a fresh X25519 key pair per package; ECDH with the recipient's X25519 public key;
HKDF-SHA256 (salt = ephemeral public key || recipient public key, info = ``INFO``) gives a
256-bit AES-GCM key. The payload is cut into chunks of ``CHUNK_SIZE`` bytes; chunk ``i`` uses
nonce ``nonce_prefix (8 bytes) || i (u32 BE)`` and associated data
``manifest_binding || i (u32 BE) || last flag (1 byte)``, so chunks cannot be reordered,
dropped or truncated without the tag failing (the STREAM construction).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

INFO = b"netra-sync/1 payload key"
CIPHER_NAME = "X25519-HKDF-SHA256-AES-256-GCM-STREAM"
CHUNK_SIZE = 1 << 20
TAG = 16


class CryptoFailure(Exception):
    """The payload could not be decrypted (wrong recipient, tampered or cut short)."""


def _raw(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_pub + recipient_pub, info=INFO)
    return hkdf.derive(shared)


def _aad(binding: bytes, index: int, last: bool) -> bytes:
    return binding + struct.pack(">IB", index, 1 if last else 0)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


class Sealer:
    """Holds the per-package key; ``seal`` yields the encrypted chunks."""

    def __init__(self, recipient_box_hex: str) -> None:
        recipient = X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_box_hex))
        ephemeral = X25519PrivateKey.generate()
        self.ephemeral_public = _raw(ephemeral.public_key())
        self.nonce_prefix = os.urandom(8)
        key = _derive(ephemeral.exchange(recipient), self.ephemeral_public, _raw(recipient))
        self._aead = AESGCM(key)

    def chunk_count(self, size: int) -> int:
        return max(1, -(-size // CHUNK_SIZE))

    def seal(self, plaintext: bytes, binding: bytes) -> Iterator[bytes]:
        count = self.chunk_count(len(plaintext))
        for index in range(count):
            piece = plaintext[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
            yield self._aead.encrypt(
                _nonce(self.nonce_prefix, index), piece, _aad(binding, index, index == count - 1)
            )


def open_chunks(
    box_private: X25519PrivateKey,
    ephemeral_hex: str,
    nonce_prefix_hex: str,
    chunks: list[bytes],
    binding: bytes,
) -> bytes:
    try:
        ephemeral = bytes.fromhex(ephemeral_hex)
        prefix = bytes.fromhex(nonce_prefix_hex)
        if len(ephemeral) != 32 or len(prefix) != 8:
            raise ValueError("bad key or nonce length")
        shared = box_private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        key = _derive(shared, ephemeral, _raw(box_private.public_key()))
        aead = AESGCM(key)
        out = bytearray()
        for index, chunk in enumerate(chunks):
            out += aead.decrypt(
                _nonce(prefix, index), chunk, _aad(binding, index, index == len(chunks) - 1)
            )
        return bytes(out)
    except (InvalidTag, ValueError) as exc:
        raise CryptoFailure(str(exc) or exc.__class__.__name__) from exc


def sign(private: Ed25519PrivateKey, message: bytes) -> bytes:
    return private.sign(message)


def verify(public_hex: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
