"""The Netra sync package (``.netrasync``), format version 1: writing and strict parsing.

Layout (all integers big-endian; see docs/sync-format.md for the full specification)::

    MAGIC (10 bytes "NETRASYNC\\0") | version u16 | manifest length u32 | manifest (canonical
    JSON) | Ed25519 signature (64 bytes) over everything before it | chunk* where each chunk is
    length u32 + AES-GCM ciphertext of at most 1 MiB of the zlib-compressed payload.

The payload is the concatenation of the parts listed in the manifest, in manifest order. The
parser refuses anything unexpected before a single row is applied (Electrum's PSBT rules):
wrong magic, newer version, duplicate keys or parts, bad paths, size limits, counts and hashes
that disagree, trailing bytes.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import CheckFailed
from desktop.sync import crypto

MAGIC = b"NETRASYNC\x00"
FORMAT_VERSION = 1
MIN_FORMAT_VERSION = 1
EXTENSION = "netrasync"
HEADER = struct.Struct(">HI")
PREFIX_LEN = len(MAGIC) + HEADER.size
SIGNATURE_LEN = 64
MAX_MANIFEST = 8 * 1024 * 1024
FAT32_MAX = 4 * 1024**3 - 1
MAX_ROWS_PART = 1024**3
MAX_BLOB_PART = 64 * 1024 * 1024
MAX_RECEIPT_PART = 64 * 1024 * 1024
EXPANSION_RATIO = 60
EXPANSION_SLACK = 4 * 1024 * 1024
KINDS = ("package", "answer")

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_TABLE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
OTHER_MAGICS = {b"NETRA-BACKUP\x00": "berkas cadangan (.netrabak), bukan paket sinkronisasi"}


class PackageRejected(CheckFailed):
    """A package refused before anything was applied. ``reason`` is a stable code."""

    def __init__(self, reason: str, message_id: str, message_en: str, **details: Any) -> None:
        super().__init__("package_rejected", message_id, message_en, reason=reason, **details)
        self.reason = reason


def reject(reason: str, message_id: str, message_en: str, **details: Any) -> PackageRejected:
    return PackageRejected(
        reason,
        f"Paket ditolak: {message_id}. Tidak ada data yang diubah.",
        f"Package rejected: {message_en}. Nothing was changed.",
        **details,
    )


# ---------------------------------------------------------------------------- parts
def part_limit(path: str) -> int:
    if path.startswith("rows/"):
        return MAX_ROWS_PART
    if path.startswith("blobs/"):
        return MAX_BLOB_PART
    return MAX_RECEIPT_PART


def check_path(path: Any) -> str:
    """Only the known kinds of part names are allowed; nothing that could escape a folder."""
    if not isinstance(path, str) or not path:
        raise reject("bad_path", "nama bagian kosong", "empty part name")
    if (
        path.startswith(("/", "\\"))
        or ".." in path.split("/")
        or "\\" in path
        or ":" in path
        or "\x00" in path
    ):
        raise reject(
            "bad_path",
            f"nama bagian '{path}' berisi '..' atau jalur mutlak",
            f"part name '{path}' contains '..' or an absolute path",
            path=path,
        )
    if path in ("receipt.json", "offices.json"):  # offices.json: the roster of device keys
        return path
    if path.startswith("rows/") and path.endswith(".json") and _TABLE.match(path[5:-5]):
        return path
    if path.startswith("blobs/") and _HEX64.match(path[6:]):
        return path
    raise reject(
        "bad_path", f"nama bagian '{path}' tidak dikenal", f"unknown part '{path}'", path=path
    )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise reject(
                "duplicate_key",
                f"kunci '{key}' muncul dua kali",
                f"key '{key}' appears twice",
                key=key,
            )
        out[key] = value
    return out


def strict_json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except PackageRejected:
        raise
    except (UnicodeDecodeError, ValueError) as exc:
        raise reject(
            "bad_json", f"{what} bukan JSON yang sah ({exc})", f"{what} is not valid JSON ({exc})"
        ) from exc
    except RecursionError as exc:  # "[[[[…" nested past the interpreter's limit: hostile
        raise reject(
            "bad_json",
            f"{what} bersarang terlalu dalam untuk dibaca",
            f"{what} is nested too deeply",
        ) from exc


# ---------------------------------------------------------------------------- writing
@dataclass
class Built:
    data: bytes
    manifest: dict[str, Any]
    sha256: str


def build(
    manifest: dict[str, Any],
    parts: list[tuple[str, bytes]],
    signing: Ed25519PrivateKey,
    recipient_box_hex: str,
) -> Built:
    """Seal ``parts`` for the recipient and sign the manifest (which gains parts/payload)."""
    seen: set[str] = set()
    listing = []
    for path, data in parts:
        check_path(path)
        if path in seen:
            raise ValueError(f"duplicate part {path}")
        seen.add(path)
        listing.append({"path": path, "size": len(data), "sha256": sha256_hex(data)})
    container = b"".join(data for _, data in parts)
    compressed = zlib.compress(container, 6)
    sealer = crypto.Sealer(recipient_box_hex)
    binding = _binding(str(manifest["package_id"]))
    chunks = list(sealer.seal(compressed, binding))
    body = b"".join(struct.pack(">I", len(c)) + c for c in chunks)
    manifest = dict(manifest)
    manifest["format"] = FORMAT_VERSION
    manifest["parts"] = listing
    manifest["payload"] = {
        "cipher": crypto.CIPHER_NAME,
        "compression": "zlib",
        "ephemeral_key": sealer.ephemeral_public.hex(),
        "nonce_prefix": sealer.nonce_prefix.hex(),
        "chunk_size": crypto.CHUNK_SIZE,
        "chunks": len(chunks),
        "compressed_size": len(compressed),
        "expanded_size": len(container),
        "ciphertext_sha256": sha256_hex(b"".join(chunks)),
    }
    manifest_bytes = canonical_json(manifest)
    head = MAGIC + HEADER.pack(FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes
    data = head + crypto.sign(signing, head) + body
    if len(data) > FAT32_MAX:
        raise reject(
            "too_large_fat32",
            "paket lebih dari 4 GB, batas berkas FAT32 di flashdisk; ekspor per bagian "
            "(tanpa --full) atau pakai flashdisk exFAT/NTFS",
            "the package exceeds 4 GB, the FAT32 file limit",
            size=len(data),
        )
    return Built(data, manifest, sha256_hex(data))


def _binding(package_id: str) -> bytes:
    return b"netra-sync/1 " + package_id.encode("utf-8")


def file_name(
    office_code: str, when: datetime, seq: int, sha256: str, recipient: str | None = None
) -> str:
    """``<office>_<date>_<seq>_<hash>.netrasync``; a hub's answer names its recipient too
    (``<hub>-<office>``) so each office picks its own file from a shared stick."""
    code = f"{office_code}-{recipient}" if recipient else office_code
    safe = re.sub(r"[^0-9A-Za-z.-]", "-", code)
    return f"{safe}_{when.astimezone(UTC):%Y%m%d}_{seq:06d}_{sha256[:12]}.{EXTENSION}"


# ---------------------------------------------------------------------------- parsing
@dataclass
class Parsed:
    """A structurally valid package whose signature and payload are not yet checked."""

    head: bytes
    manifest: dict[str, Any]
    signature: bytes
    chunks: list[bytes]
    sha256: str
    size: int

    @property
    def sender(self) -> dict[str, Any]:
        return dict(self.manifest["from"])

    def verify_signature(self, public_hex: str) -> None:
        if not crypto.verify(public_hex, self.signature, self.head):
            raise reject(
                "bad_signature",
                "tanda tangan digital paket tidak cocok dengan kunci kantor terdaftar "
                "(berkas diubah atau bukan dari kantor itu)",
                "the package signature does not match the enrolled key",
            )


def _need(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise reject(
            "bad_manifest",
            f"isian '{where}{key}' tidak ada atau salah jenis",
            f"field '{where}{key}' is missing or of the wrong type",
            field=key,
        )
    return value


def _check_version(version: int) -> None:
    if version > FORMAT_VERSION:
        raise reject(
            "newer_format",
            f"paket memakai format versi {version}, lebih baru dari Netra ini (versi "
            f"{FORMAT_VERSION}); samakan versi aplikasi: perbarui Netra di laptop ini, atau "
            f"bila laptop ini sudah terbaru, perbarui Netra di laptop lain",
            f"format version {version} is newer than this Netra knows ({FORMAT_VERSION}); "
            "update Netra so both laptops match",
            version=version,
        )
    if version < MIN_FORMAT_VERSION:
        raise reject(
            "old_format",
            f"format versi {version} tidak didukung lagi; perbarui Netra di laptop lain",
            f"format version {version} is no longer supported; update Netra on the other laptop",
            version=version,
        )


def parse(data: bytes) -> Parsed:
    """Check the structure of a package file; no key is needed and nothing is applied."""
    if len(data) < PREFIX_LEN:
        raise reject("truncated", "berkas terlalu pendek (terpotong?)", "file too short")
    if not data.startswith(MAGIC):
        for magic, what in OTHER_MAGICS.items():
            if data.startswith(magic):
                raise reject("wrong_magic", f"ini {what}", "this is not a sync package")
        raise reject(
            "wrong_magic",
            "bukan paket sinkronisasi Netra (tanda pengenal salah)",
            "not a Netra sync package (wrong magic)",
        )
    version, mlen = HEADER.unpack_from(data, len(MAGIC))
    _check_version(version)
    if mlen > MAX_MANIFEST:
        raise reject("too_large", "manifes melebihi batas 8 MB", "manifest over 8 MB")
    end_manifest = PREFIX_LEN + mlen
    if len(data) < end_manifest + SIGNATURE_LEN:
        raise reject("truncated", "berkas terpotong di manifes", "file cut short in manifest")
    manifest = strict_json(data[PREFIX_LEN:end_manifest], "manifes")
    if not isinstance(manifest, dict):
        raise reject("bad_manifest", "manifes bukan objek", "manifest is not an object")
    if canonical_json(manifest) != data[PREFIX_LEN:end_manifest]:
        raise reject(
            "bad_manifest", "manifes tidak dalam bentuk kanonik", "manifest is not canonical JSON"
        )
    _check_manifest(manifest, version)
    signature = data[end_manifest : end_manifest + SIGNATURE_LEN]
    chunks = _read_chunks(data, end_manifest + SIGNATURE_LEN, manifest["payload"])
    expanded = int(manifest["payload"]["expanded_size"])
    if expanded > EXPANSION_RATIO * len(data) + EXPANSION_SLACK:
        raise reject(
            "expansion",
            f"isi mengembang {expanded} bita dari berkas {len(data)} bita (tidak wajar)",
            "expanded size out of proportion",
            size=expanded,
        )
    return Parsed(data[:end_manifest], manifest, signature, chunks, sha256_hex(data), len(data))


def _check_manifest(m: dict[str, Any], version: int) -> None:
    if m.get("format") != version:
        raise reject(
            "bad_manifest",
            "versi di manifes berbeda dengan kepala berkas",
            "manifest version differs from the header",
        )
    kind = _need(m, "kind", str, "")
    if kind not in KINDS:
        raise reject("bad_manifest", f"jenis paket '{kind}' tidak dikenal", "unknown kind")
    _need(m, "package_id", str, "")
    _need(m, "created_at", str, "")
    seq = _need(m, "seq", int, "")
    if seq < 1:
        raise reject("bad_manifest", "nomor urut paket harus >= 1", "seq must be >= 1")
    sender = _need(m, "from", dict, "")
    for key in ("code", "name", "kabupaten_code", "role", "signing_key", "box_key"):
        _need(sender, key, str, "from.")
    to = _need(m, "to", dict, "")
    for key in ("code", "box_key"):
        _need(to, key, str, "to.")
    for key in ("acknowledged", "received"):
        mark = _need(m, key, dict, "")
        _need(mark, "revision", int, f"{key}.")
        _need(mark, "seq", int, f"{key}.")
        chains = _need(mark, "chains", dict, f"{key}.")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in chains.values()):
            raise reject("bad_manifest", f"{key}.chains salah jenis", f"bad {key}.chains")
    counts = _need(m, "counts", dict, "")
    for key, value in counts.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise reject("bad_manifest", f"jumlah '{key}' tidak sah", f"bad count '{key}'")
    _check_parts(_need(m, "parts", list, ""), counts)
    payload = _need(m, "payload", dict, "")
    for key in ("cipher", "compression", "ephemeral_key", "nonce_prefix", "ciphertext_sha256"):
        _need(payload, key, str, "payload.")
    for key in ("chunk_size", "chunks", "compressed_size", "expanded_size"):
        if _need(payload, key, int, "payload.") < 0:
            raise reject("bad_manifest", f"payload.{key} negatif", f"negative payload.{key}")
    if payload["cipher"] != crypto.CIPHER_NAME or payload["compression"] != "zlib":
        raise reject("bad_manifest", "sandi atau kompresi tidak dikenal", "unknown cipher")
    if payload["chunk_size"] != crypto.CHUNK_SIZE or payload["chunks"] < 1:
        raise reject("bad_manifest", "ukuran potongan tidak sah", "bad chunking")
    total = sum(int(p["size"]) for p in m["parts"])
    if total != payload["expanded_size"]:
        raise reject(
            "count_mismatch",
            "jumlah ukuran bagian tidak sama dengan ukuran isi",
            "part sizes do not add up to the payload size",
        )


def _check_parts(parts: list[Any], counts: dict[str, int]) -> None:
    seen: set[str] = set()
    blobs = 0
    tables: set[str] = set()
    for entry in parts:
        if not isinstance(entry, dict) or set(entry) != {"path", "size", "sha256"}:
            raise reject("bad_manifest", "entri bagian tidak sah", "bad part entry")
        path = check_path(entry["path"])
        if path in seen:
            raise reject(
                "duplicate_part",
                f"bagian '{path}' tercantum dua kali",
                f"part '{path}' listed twice",
                path=path,
            )
        seen.add(path)
        size = entry["size"]
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise reject("bad_manifest", f"ukuran '{path}' tidak sah", "bad size")
        if size > part_limit(path):
            raise reject(
                "part_too_large",
                f"bagian '{path}' ({size} bita) melebihi batas {part_limit(path)} bita",
                f"part '{path}' over its limit",
                path=path,
            )
        if not isinstance(entry["sha256"], str) or not _HEX64.match(entry["sha256"]):
            raise reject("bad_manifest", f"hash '{path}' tidak sah", "bad hash")
        if path.startswith("blobs/"):
            blobs += 1
            if entry["sha256"] != path[6:]:
                raise reject(
                    "hash_mismatch",
                    f"berkas '{path}' tidak beralamat hash-nya",
                    "blob not content-addressed",
                    path=path,
                )
        elif path.startswith("rows/"):
            tables.add(path[5:-5])
    if counts.get("blob", 0) != blobs:
        raise reject(
            "count_mismatch",
            f"manifes menyebut {counts.get('blob', 0)} berkas, ada {blobs}",
            "blob count differs from the manifest",
        )
    for table in tables:
        if table not in counts:
            raise reject(
                "count_mismatch",
                f"tabel '{table}' tanpa jumlah di manifes",
                "table without a count",
                table=table,
            )


def _read_chunks(data: bytes, offset: int, payload: dict[str, Any]) -> list[bytes]:
    chunks: list[bytes] = []
    limit = crypto.CHUNK_SIZE + crypto.TAG
    for _ in range(int(payload["chunks"])):
        if offset + 4 > len(data):
            raise reject(
                "truncated", "berkas terpotong (flashdisk dicabut saat menulis?)", "file cut short"
            )
        (length,) = struct.unpack_from(">I", data, offset)
        if length < crypto.TAG or length > limit:
            raise reject("bad_chunk", "panjang potongan data tidak sah", "bad chunk length")
        offset += 4
        if offset + length > len(data):
            raise reject(
                "truncated", "berkas terpotong (flashdisk dicabut saat menulis?)", "file cut short"
            )
        chunks.append(data[offset : offset + length])
        offset += length
    if offset != len(data):
        raise reject(
            "trailing_bytes",
            f"ada {len(data) - offset} bita tambahan di akhir berkas",
            "extra bytes at the end of the file",
            extra=len(data) - offset,
        )
    if sha256_hex(b"".join(chunks)) != payload["ciphertext_sha256"]:
        raise reject(
            "hash_mismatch",
            "isi terenkripsi tidak cocok dengan hash di manifes (berkas rusak atau diubah)",
            "ciphertext hash mismatch",
        )
    return chunks


# ---------------------------------------------------------------------------- opening
@dataclass
class Opened:
    parsed: Parsed
    parts: dict[str, bytes] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.parsed.manifest


def open_payload(parsed: Parsed, box_private: X25519PrivateKey) -> Opened:
    """Decrypt, decompress within the declared size, split and hash-check every part."""
    payload = parsed.manifest["payload"]
    try:
        compressed = crypto.open_chunks(
            box_private,
            payload["ephemeral_key"],
            payload["nonce_prefix"],
            parsed.chunks,
            _binding(str(parsed.manifest["package_id"])),
        )
    except crypto.CryptoFailure as exc:
        raise reject(
            "decrypt_failed",
            "isi tidak dapat dibuka (bukan untuk kantor ini, atau rusak)",
            "the payload cannot be decrypted",
        ) from exc
    if len(compressed) != payload["compressed_size"]:
        raise reject(
            "count_mismatch",
            "ukuran isi terkompresi berbeda dengan manifes",
            "compressed size differs",
        )
    expanded = int(payload["expanded_size"])
    inflater = zlib.decompressobj()
    try:
        container = inflater.decompress(compressed, expanded + 1)
    except zlib.error as exc:
        raise reject("bad_payload", f"isi rusak ({exc})", "corrupt payload") from exc
    if (
        len(container) != expanded
        or inflater.unconsumed_tail
        or not inflater.eof
        or inflater.unused_data
    ):
        raise reject(
            "expansion",
            "ukuran isi setelah diurai berbeda dengan manifes",
            "expanded size differs from the manifest",
        )
    opened = Opened(parsed)
    offset = 0
    for entry in parsed.manifest["parts"]:
        data = container[offset : offset + entry["size"]]
        offset += entry["size"]
        if sha256_hex(data) != entry["sha256"]:
            raise reject(
                "hash_mismatch",
                f"bagian '{entry['path']}' tidak cocok dengan hash-nya",
                "part hash mismatch",
                path=entry["path"],
            )
        opened.parts[entry["path"]] = data
    return opened
