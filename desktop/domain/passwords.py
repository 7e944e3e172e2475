"""Password hashing with scrypt (memory-hard, in the standard library)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

# 2**15 * 8 * 128 bytes = 32 MiB per hash: slow for an attacker, ~0.1 s for a login.
N, R, P = 2**15, 8, 1
MAXMEM = 64 * 1024 * 1024
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P, maxmem=MAXMEM, dklen=32)
    return (
        f"scrypt${N}${R}${P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"
    )


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode(),
        salt=base64.b64decode(salt_b64),
        n=int(n),
        r=int(r),
        p=int(p),
        maxmem=MAXMEM,
        dklen=32,
    )
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def password_problem(password: str) -> str | None:
    """Indonesian reason a new password is refused, or None."""
    if len(password) < MIN_LENGTH:
        return f"Kata sandi minimal {MIN_LENGTH} karakter."
    if password.isdigit() or password.lower() in {"password", "12345678", "katasandi"}:
        return "Kata sandi terlalu mudah ditebak."
    return None
