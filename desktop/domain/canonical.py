"""Canonical serialisation and hashing, shared by evidence chains, templates and sync."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

GENESIS = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in canonical content")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not canonicalisable: {type(value).__name__}")


def canonical_json(obj: Any) -> bytes:
    """UTF-8 JSON with sorted keys and no whitespace: the same bytes on every machine."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(obj: Any) -> str:
    return sha256_hex(canonical_json(obj))


def chain_hash(content: dict[str, Any], prev_sha256: str) -> str:
    """Hash of one evidence row: its canonical content bound to the previous row's hash."""
    return content_hash({"content": content, "prev": prev_sha256})
