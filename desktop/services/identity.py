"""The installation's key pairs: Ed25519 signs what the office issues, X25519 receives
encrypted files. Private keys stay in the data folder, readable only by the user.

``cryptography`` is imported where keys are made, loaded or checked: the office's fingerprint
(shown at every start) needs only hashlib.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.errors import NetraError
from desktop.fileio import write_verified

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

SIGNING_KEY_FILE = "office-ed25519.pem"
BOX_KEY_FILE = "office-x25519.pem"


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(signing_public_hex: str, box_public_hex: str) -> str:
    """Short fingerprint to read aloud: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(bytes.fromhex(signing_public_hex + box_public_hex)).hexdigest()[:32]
    return " ".join(digest[i : i + 4].upper() for i in range(0, 32, 4))


@dataclass(frozen=True)
class OfficeKeys:
    signing: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def signing_public_hex(self) -> str:
        return _raw_public(self.signing.public_key()).hex()

    @property
    def box_public_hex(self) -> str:
        return _raw_public(self.box.public_key()).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.signing_public_hex, self.box_public_hex)


def _write_private(path: Path, pem: bytes) -> None:
    write_verified(path, pem, mode=0o600)


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def generate(keys_dir: Path) -> OfficeKeys:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    keys = OfficeKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    _write_private(keys_dir / SIGNING_KEY_FILE, _pem(keys.signing))
    _write_private(keys_dir / BOX_KEY_FILE, _pem(keys.box))
    if os.name == "posix":
        keys_dir.chmod(0o700)
    return keys


def load(keys_dir: Path) -> OfficeKeys:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        signing = serialization.load_pem_private_key(
            (keys_dir / SIGNING_KEY_FILE).read_bytes(), password=None
        )
        box = serialization.load_pem_private_key(
            (keys_dir / BOX_KEY_FILE).read_bytes(), password=None
        )
    except (OSError, ValueError) as exc:
        raise NetraError(
            "keys_missing",
            f"Kunci kantor tidak dapat dibaca di {keys_dir}: {exc}. Pulihkan dari cadangan.",
            f"The office keys cannot be read in {keys_dir}: {exc}. Restore from a backup.",
        ) from exc
    if not isinstance(signing, Ed25519PrivateKey) or not isinstance(box, X25519PrivateKey):
        raise NetraError(
            "keys_invalid", "Berkas kunci kantor rusak.", "Office key files are invalid."
        )
    return OfficeKeys(signing, box)


def verify_signature(public_hex: str, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
