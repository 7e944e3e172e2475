"""The installation's key pairs: Ed25519 signs what the office issues, X25519 receives
encrypted files. Private keys stay in the data folder, readable only by the user.

On POSIX the keys folder is mode 0700 and the key files 0600. On Windows, where chmod does
nothing, the folder gets an owner-only ACL and each key file is wrapped with the user's DPAPI
(``desktop.winsec``): a copy of the file is useless to another Windows account or laptop.
:func:`write_private_key` and :func:`read_private_key` are the only way key bytes go to and
come from disk (the backup service carries the unwrapped bytes inside its encrypted file).

``cryptography`` is imported where keys are made, loaded or checked: the office's fingerprint
(shown at every start) needs only hashlib.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import winsec
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.paths import ensure_keys_dir

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

log = logging.getLogger(__name__)

SIGNING_KEY_FILE = "office-ed25519.pem"
BOX_KEY_FILE = "office-x25519.pem"
KEY_FILES = (SIGNING_KEY_FILE, BOX_KEY_FILE)


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


def write_private_key(path: Path, raw: bytes) -> None:
    """Store a private key's bytes (PEM) durably: mode 0600 on POSIX; on Windows wrapped with
    the current user's DPAPI and given an owner-only ACL."""
    if winsec.api() is None:
        write_verified(path, raw, mode=0o600)
        return
    try:
        wrapped = winsec.wrap(raw)
    except winsec.Win32Error as exc:
        raise NetraError(
            "keys_protect_failed",
            f"Kunci kantor tidak dapat dilindungi dengan DPAPI Windows (kode {exc.code}); "
            "kunci tidak disimpan. Masuk ulang ke Windows lalu coba lagi.",
            f"The office key could not be protected with Windows DPAPI (code {exc.code}); "
            "it was not stored. Sign in to Windows again and retry.",
        ) from exc
    write_verified(path, wrapped, mode=0o600)
    try:
        winsec.restrict_to_owner(path, folder=False)
    except OSError:  # the file already inherited the keys folder's owner-only entries
        log.warning("could not set the owner-only ACL on %s", path, exc_info=True)


def read_private_key(path: Path) -> bytes:
    """A private key's bytes (PEM) as :func:`write_private_key` was given them. A file from
    before DPAPI wrapping is returned as it is (and wrapped by :func:`load`). ``OSError``
    when the file cannot be read; ``NetraError`` when it is wrapped for someone else."""
    data = path.read_bytes()
    if not winsec.is_wrapped(data):
        return data
    if winsec.api() is None:
        raise NetraError(
            "keys_windows_only",
            f"Berkas kunci {path} dilindungi DPAPI Windows dan hanya dapat dibuka di laptop "
            "dan akun Windows yang membuatnya. Pindahkan kantor dengan cadangan Netra "
            "(netra backup create), bukan dengan menyalin folder data.",
            f"The key file {path} is protected with Windows DPAPI and opens only on the "
            "laptop and Windows account that made it. Move an office with a Netra backup, "
            "not by copying the data folder.",
        )
    try:
        return winsec.unwrap(data)
    except OSError as exc:
        raise NetraError(
            "keys_other_account",
            f"Kunci kantor di {path.parent} dilindungi untuk akun Windows lain (atau laptop "
            "lain) dan tidak dapat dibuka oleh akun ini. Masuk dengan akun Windows yang "
            "menyiapkan Netra, atau pulihkan dari cadangan Netra.",
            f"The office keys in {path.parent} are protected for another Windows account (or "
            "another laptop) and cannot be opened by this account. Sign in with the Windows "
            "account that set Netra up, or restore a Netra backup.",
        ) from exc


def _wrap_legacy_keys(keys_dir: Path, raw: dict[str, bytes]) -> None:
    """On Windows, key files written before DPAPI wrapping (plain PEM) are wrapped now, and
    the folder gets its owner-only ACL. A failure leaves them readable as they were."""
    if winsec.api() is None:
        return
    legacy = [name for name in KEY_FILES if not winsec.is_wrapped((keys_dir / name).read_bytes())]
    if not legacy:
        return
    try:
        ensure_keys_dir(keys_dir)
        for name in legacy:
            write_private_key(keys_dir / name, raw[name])
    except (OSError, NetraError):
        log.warning("could not protect the legacy key files in %s", keys_dir, exc_info=True)


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
    ensure_keys_dir(keys_dir)  # before the files: on Windows they inherit its ACL
    write_private_key(keys_dir / SIGNING_KEY_FILE, _pem(keys.signing))
    write_private_key(keys_dir / BOX_KEY_FILE, _pem(keys.box))
    return keys


def load(keys_dir: Path) -> OfficeKeys:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        raw = {name: read_private_key(keys_dir / name) for name in KEY_FILES}
        signing = serialization.load_pem_private_key(raw[SIGNING_KEY_FILE], password=None)
        box = serialization.load_pem_private_key(raw[BOX_KEY_FILE], password=None)
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
    _wrap_legacy_keys(keys_dir, raw)
    return OfficeKeys(signing, box)


def verify_signature(public_hex: str, signature: bytes, message: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True
