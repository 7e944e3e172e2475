"""The event kit file (``.netrakit``, docs/event-kit.md): its format, its bounds, and reading
and verifying one with no database (:func:`read_kit`).

File: one line of canonical JSON ``{"netra_event_kit": 1, "body": {...}, "signature": hex}``;
the signature is Ed25519 over the canonical JSON of ``body``. The body carries the signer,
``created_at``, a summary of the event and, per table, the complete synced rows
(``{"columns": [...], "rows": [[...], ...]}``, values encoded as in sync packages).

Reading is bounded (file size, rows per table, strict JSON: no duplicate keys, no NaN), the
signature is checked against the signer's key, the signer's fingerprint and device code
against its keys, the columns against this Netra's models, and the kit must be complete: one
event and every row it needs (nothing would be held back). Whether the signer is trusted
here and what it may carry is decided when the kit is imported (``event_kit.py``).
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.domain.pact import TemplateBody
from desktop.services import identity
from desktop.store.models.core import device_code_for
from desktop.sync import crypto
from desktop.sync import rows as sr
from desktop.sync.format import MAGIC as SYNC_MAGIC
from desktop.sync.format import OTHER_MAGICS, PackageRejected

KIT_KEY = "netra_event_kit"
KIT_FORMAT = 1
EXTENSION = "netrakit"
#: Bounds of what an import reads (a kabupaten-wide apel of 20,000 people is about 12 MB).
MAX_KIT_BYTES = 64 * 1024 * 1024
MAX_ROWS = {
    "unit": 20_000,
    "election": 1,
    "pact_template": 2,
    "employee": 200_000,
    "signing_event": 1,
}
KIT_TABLES = tuple(MAX_ROWS)
SIGNER_FIELDS = (
    "code",
    "name",
    "kabupaten_code",
    "role",
    "device",
    "device_name",
    "signing_key",
    "box_key",
    "fingerprint",
)
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FP_CHARS = re.compile(r"[^0-9A-F]")


# ---------------------------------------------------------------------------- errors
def _unreadable(path: Path, why: str, why_en: str) -> NetraError:
    return NetraError(
        "kit_unreadable",
        f"Berkas {path.name} bukan kit acara Netra yang sah: {why}. Tidak ada yang diubah.",
        f"{path.name} is not a valid Netra event kit: {why_en}. Nothing was changed.",
        path=str(path),
    )


def _bad_content(path: Path, why: str, why_en: str) -> NetraError:
    return NetraError(
        "kit_bad_content",
        f"Isi kit acara {path.name} tidak sah: {why}. Tidak ada yang diubah.",
        f"The event kit {path.name} is invalid: {why_en}. Nothing was changed.",
        path=str(path),
    )


def count_text(value: int) -> str:
    """A count as Indonesians write it: 200.000."""
    return f"{value:,}".replace(",", ".")


def too_large(path: Path, what: str, limit: int) -> NetraError:
    return NetraError(
        "kit_too_large",
        f"Kit acara {path.name} melebihi batas ({what}, paling banyak {count_text(limit)}). "
        "Tidak ada yang diubah.",
        f"The event kit {path.name} exceeds a limit ({what}, at most {limit:,}).",
        path=str(path),
        limit=limit,
    )


def laptop_label(signer: dict[str, str]) -> str:
    """``laptop 'Kios 2'`` (its name, else its device code), or the office's original laptop."""
    name = signer.get("device_name") or signer.get("device") or ""
    return f"laptop '{name}'" if name else "laptop awal kantor"


def normal_fingerprint(text: str) -> str:
    """``"a1b2 c3d4 ..."``, ``A1B2-C3D4...`` or without separators -> ``A1B2 C3D4 ...``."""
    digits = _FP_CHARS.sub("", text.upper())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


# ---------------------------------------------------------------------------- reading
def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"kunci '{key}' muncul dua kali")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"nilai {name} tidak diperbolehkan")


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KIT_BYTES + 1)
    except FileNotFoundError as exc:
        raise _unreadable(path, "berkas tidak ditemukan", "file not found") from exc
    except IsADirectoryError as exc:
        raise _unreadable(path, "ini sebuah folder, bukan berkas", "a folder") from exc
    except PermissionError as exc:
        raise _unreadable(path, "tidak ada izin membaca berkas ini", "no permission") from exc
    except OSError as exc:
        raise _unreadable(path, f"tidak dapat dibaca ({exc.strerror or exc})", str(exc)) from exc
    if len(data) > MAX_KIT_BYTES:
        raise too_large(path, "ukuran berkas dalam bita", MAX_KIT_BYTES)
    return data


def _parse(path: Path, data: bytes) -> tuple[dict[str, Any], bytes]:
    """The kit document, strictly: one JSON object, no duplicate keys, no NaN."""
    if data.startswith(SYNC_MAGIC):
        raise _unreadable(path, "ini paket sinkronisasi (.netrasync)", "this is a sync package")
    for magic, what in OTHER_MAGICS.items():
        if data.startswith(magic):
            raise _unreadable(path, f"ini {what.split(',')[0]}", "this is another Netra file")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        doc = json.loads(
            data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = str(exc)[:200] if isinstance(exc, ValueError) else exc.__class__.__name__
        raise _unreadable(path, f"bukan JSON yang sah ({reason})", "not valid JSON") from exc
    if not isinstance(doc, dict) or set(doc) != {KIT_KEY, "body", "signature"}:
        raise _unreadable(path, "tidak ada tanda kit acara", "not an event kit")
    version = doc[KIT_KEY]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _unreadable(path, "versi format tidak sah", "bad format version")
    if version > KIT_FORMAT:
        raise NetraError(
            "kit_newer_format",
            f"Kit acara {path.name} dibuat dengan format versi {version}, lebih baru dari "
            f"Netra ini (versi {KIT_FORMAT}). Perbarui Netra di laptop ini.",
            f"The event kit uses format {version}, newer than this Netra ({KIT_FORMAT}).",
            path=str(path),
            version=version,
        )
    body, signature = doc["body"], doc["signature"]
    if not isinstance(body, dict) or not isinstance(signature, str):
        raise _unreadable(path, "isi atau tanda tangan tidak lengkap", "body or signature missing")
    try:
        raw_sig = bytes.fromhex(signature)
    except ValueError as exc:
        raise _unreadable(path, "tanda tangan rusak", "damaged signature") from exc
    return body, raw_sig


def _need(path: Path, obj: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _bad_content(
            path, f"isian '{where}{key}' tidak ada atau salah jenis", f"field '{where}{key}'"
        )
    return value


def _read_signer(path: Path, body: dict[str, Any]) -> dict[str, str]:
    who = _need(path, body, "signer", dict)
    for key in SIGNER_FIELDS:
        _need(path, who, key, str, "signer.")
    if not _HEX64.match(who["signing_key"]) or not _HEX64.match(who["box_key"]):
        raise _bad_content(path, "kunci penanda tangan tidak sah", "bad signer keys")
    if identity.fingerprint(who["signing_key"], who["box_key"]) != who["fingerprint"]:
        raise _bad_content(path, "sidik jari tidak cocok dengan kuncinya", "fingerprint mismatch")
    if who["device"] not in ("", device_code_for(who["signing_key"])):
        raise _bad_content(path, "kode perangkat tidak cocok dengan kuncinya", "device mismatch")
    if who["role"] not in ("office", "hub"):
        raise _bad_content(path, "peran penanda tangan tidak dikenal", "unknown signer role")
    return {key: who[key] for key in SIGNER_FIELDS}


@dataclass
class Kit:
    path: Path
    sha256: str
    body: dict[str, Any]
    signer: dict[str, str]
    rows: dict[str, list[dict[str, Any]]]
    event: dict[str, Any]


def _decode_tables(path: Path, body: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables = _need(path, body, "tables", dict)
    unknown = sorted(set(tables) - set(KIT_TABLES))
    if unknown:
        raise _bad_content(
            path,
            f"tabel tidak dikenal ({', '.join(unknown)[:200]}); bila kit dari Netra yang lebih "
            "baru, perbarui Netra di laptop ini",
            "unknown tables",
        )
    specs = sr.table_by_name()
    out: dict[str, list[dict[str, Any]]] = {}
    for name in KIT_TABLES:
        part = _need(path, tables, name, dict, "tables.")
        columns = _need(path, part, "columns", list, f"tables.{name}.")
        rows = _need(path, part, "rows", list, f"tables.{name}.")
        if len(rows) > MAX_ROWS[name]:
            raise too_large(path, f"{count_text(len(rows))} baris {name}", MAX_ROWS[name])
        spec = specs[name]
        if sorted(map(str, columns)) != sorted(spec.columns) or len(columns) != len(spec.columns):
            raise _bad_content(
                path,
                f"kolom tabel {name} tidak sama dengan Netra ini; samakan versi Netra di "
                "kedua laptop",
                f"the columns of {name} differ from this Netra",
            )
        if not all(isinstance(r, list) and len(r) == len(columns) for r in rows):
            raise _bad_content(path, f"baris tabel {name} tidak lengkap", f"bad {name} rows")
        try:
            values = sr.decode_rows(spec, [str(c) for c in columns], rows) if rows else []
        except PackageRejected as exc:
            raise _bad_content(path, f"nilai di tabel {name} tidak sah", "bad value") from exc
        ids = [v["id"] for v in values]
        if len(set(ids)) != len(ids):
            raise _bad_content(path, f"id ganda di tabel {name}", f"duplicate id in {name}")
        out[name] = values
    return out


def _check_consistency(kit: Kit) -> None:
    """One event, and every row it needs is in the kit (nothing would be held back)."""
    path, rows, summary = kit.path, kit.rows, kit.event
    events = rows["signing_event"]
    if len(events) != 1 or events[0]["id"] != summary.get("id"):
        raise _bad_content(path, "kit harus memuat tepat satu acara", "exactly one event")
    event = events[0]
    if [e["id"] for e in rows["election"]] != [event["election_id"]]:
        raise _bad_content(path, "pemilihan acara tidak ada di kit", "the election is missing")
    wanted = {event["template_id"], event["template_non_asn_id"]} - {None}
    if {t["id"] for t in rows["pact_template"]} != wanted:
        raise _bad_content(path, "templat pakta acara tidak ada di kit", "templates missing")
    for tpl in rows["pact_template"]:
        try:
            text = TemplateBody.from_json(json.loads(tpl["body_json"]))
        except (NetraError, ValueError, TypeError, RecursionError) as exc:
            raise _bad_content(path, "teks templat rusak", "damaged template text") from exc
        if (text.code, text.version, text.sha256()) != (tpl["code"], tpl["version"], tpl["sha256"]):
            raise _bad_content(
                path,
                f"teks templat {tpl['code']} v{tpl['version']} tidak cocok dengan hash-nya",
                "template text does not match its hash",
            )
    units = {u["id"] for u in rows["unit"]}
    if any(u["parent_id"] is not None and u["parent_id"] not in units for u in rows["unit"]):
        raise _bad_content(path, "induk unit kerja tidak ada di kit", "a parent unit is missing")
    if any(e["unit_id"] not in units for e in rows["employee"]):
        raise _bad_content(path, "unit kerja pegawai tidak ada di kit", "a unit is missing")
    codes = {u["code"] for u in rows["unit"]}
    try:
        listed = json.loads(event["unit_codes_json"] or "[]")
        witnesses = json.loads(event["witnesses_json"] or "[]")
    except (ValueError, RecursionError) as exc:
        raise _bad_content(path, "daftar unit atau saksi rusak", "damaged lists") from exc
    if not isinstance(listed, list) or not all(isinstance(c, str) for c in listed):
        raise _bad_content(path, "daftar unit acara rusak", "damaged unit list")
    if any(c not in codes for c in listed):
        raise _bad_content(path, "unit kerja acara tidak ada di kit", "event units missing")
    if not isinstance(witnesses, list) or not all(
        isinstance(w, dict) and all(isinstance(v, str) for v in w.values()) for w in witnesses
    ):
        raise _bad_content(path, "daftar saksi rusak", "damaged witness list")


def read_kit(path: Path) -> Kit:
    """Read and check a kit file (bounded, strict, signature verified); no database."""
    data = _read_bytes(path)
    body, signature = _parse(path, data)
    signer = _read_signer(path, body)
    if not crypto.verify(signer["signing_key"], signature, canonical_json(body)):
        raise NetraError(
            "kit_bad_signature",
            f"Tanda tangan digital kit acara {path.name} tidak cocok: berkas diubah sesudah "
            "ditandatangani, atau rusak. Tidak ada yang diubah; minta kit baru.",
            f"The signature of {path.name} does not match: the file was changed or damaged.",
            path=str(path),
        )
    event = _need(path, body, "event", dict)
    _need(path, event, "id", str, "event.")
    kit = Kit(path, sha256_hex(canonical_json(body)), body, signer, {}, event)
    kit.rows = _decode_tables(path, body)
    _check_consistency(kit)
    return kit
