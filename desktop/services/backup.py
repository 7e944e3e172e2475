"""Encrypted backups of the whole installation (database + office keys) and their restore.

File format (``.netrabak``): ``MAGIC`` (13 bytes), format version (1 byte), scrypt salt
(16 bytes), AES-GCM nonce (12 bytes), then the AES-256-GCM ciphertext of a ZIP archive that
holds ``manifest.json``, ``netra.sqlite3`` and ``keys/*.pem``. The header bytes are the
associated data, so any changed byte makes the file unreadable rather than half-restored.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from desktop import __version__, oserrors
from desktop.domain import jsontext
from desktop.domain.canonical import sha256_hex
from desktop.domain.errors import NetraError
from desktop.fileio import free_space, os_fail, write_verified
from desktop.paths import DB_FILENAME, ensure_keys_dir
from desktop.services import audit, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.store.backup import (
    SwitchNotStarted,
    backup_sqlite,
    check_sqlite_file,
    checkpoint,
    read_only_uri,
    remove_staging,
    sqlite_path,
    staging_dir,
    switch_in,
)
from desktop.store.migrate import current_revision

MAGIC = b"NETRA-BACKUP\x00"
FORMAT = 1
HEADER_LEN = len(MAGIC) + 1 + 16 + 12
MIN_PASSPHRASE = 8
#: Largest database a restore unpacks, whatever the free space (an office database is tens
#: of megabytes; a kabupaten hub's a few gigabytes at most).
MAX_RESTORE_BYTES = 16 * 1024**3
#: Free space left in the data folder after a restore's copies.
RESTORE_MARGIN = 64 * 1024 * 1024
#: Largest backup file read (it is decrypted in memory).
MAX_BACKUP_FILE = 4 * 1024**3
#: Manifest and key files: a few kilobytes each.
MAX_SMALL_MEMBER = 1024 * 1024
#: ``read_backup`` holds every member in memory.
MAX_READ_IN_MEMORY = 512 * 1024 * 1024
CHUNK = 1024 * 1024


def _key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        passphrase.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024, dklen=32
    )


def _not_backup(reason: str) -> NetraError:
    return NetraError(
        "backup_invalid",
        f"Berkas ini bukan cadangan Netra yang sah: {reason}. Data yang ada tidak diubah.",
        f"This file is not a valid Netra backup: {reason}. Nothing was changed.",
    )


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    sha256: str
    office_code: str
    schema_revision: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "size": self.size,
            "sha256": self.sha256,
            "office_code": self.office_code,
            "schema_revision": self.schema_revision,
        }


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore` did: the backup it came from, its office, the safety copy of
    the data it replaced. ``changes`` (not in :meth:`to_json`): everything, so every page
    reloads."""

    restored_from: str
    office_code: str | None
    safety_copy: str
    new_device_pending: bool = True
    changes: frozenset[Area] = field(default=frozenset({Area.ALL}), compare=False)

    def to_json(self) -> dict[str, object]:
        """``netra backup restore --json`` (the keys are a contract)."""
        return {
            "restored_from": self.restored_from,
            "office_code": self.office_code,
            "safety_copy": self.safety_copy,
            "new_device_pending": self.new_device_pending,
        }


def _require_sqlite(ctx: AppContext) -> None:
    if ctx.engine.dialect.name != "sqlite":
        raise NetraError(
            "backup_unsupported",
            "Cadangan bawaan hanya untuk basis data SQLite; gunakan pg_dump untuk PostgreSQL.",
            "Built-in backups are for SQLite only; use pg_dump for PostgreSQL.",
        )


def default_backup_name(office_code: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"netra-{office_code}-{stamp}.netrabak"


def create(ctx: AppContext, out: Path | None, passphrase: str) -> BackupResult:
    ctx.require("backup.create")
    _require_sqlite(ctx)
    if len(passphrase) < MIN_PASSPHRASE:
        raise NetraError(
            "passphrase_weak",
            f"Frasa sandi cadangan minimal {MIN_PASSPHRASE} karakter.",
            f"The backup passphrase needs at least {MIN_PASSPHRASE} characters.",
        )
    with ctx.read() as session:
        office_code = ctx.office(session).code
    if out is None:
        out = ctx.backup_dir / default_backup_name(office_code)
    elif out.is_dir():
        out = out / default_backup_name(office_code)
    with tempfile.TemporaryDirectory(dir=ctx.data_dir, ignore_cleanup_errors=True) as tmp:
        db_copy = Path(tmp) / DB_FILENAME
        backup_sqlite(ctx.engine, db_copy)
        files: dict[str, bytes] = {DB_FILENAME: db_copy.read_bytes()}
    for name, pem in _key_files(ctx.keys_dir).items():
        files[f"keys/{name}"] = pem
    manifest = {
        "format": FORMAT,
        "app_version": __version__,
        "office_code": office_code,
        "created_at": datetime.now(UTC).isoformat(),
        "schema_revision": current_revision(ctx.engine),
        "files": {name: sha256_hex(data) for name, data in files.items()},
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, indent=2))
        for name, data in files.items():
            zf.writestr(name, data)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + bytes([FORMAT]) + salt + nonce
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    blob = header + AESGCM(_key(passphrase, salt)).encrypt(nonce, buf.getvalue(), header)
    write_verified(out, blob)
    with ctx.tx() as session:
        audit.record(
            ctx,
            session,
            "backup.create",
            "backup",
            out.name,
            {"sha256": sha256_hex(blob), "size": len(blob)},
        )
    return BackupResult(out, len(blob), sha256_hex(blob), office_code, manifest["schema_revision"])  # type: ignore[arg-type]


def _too_large(size: int, cap: int, free: bool) -> NetraError:
    mb = 1024 * 1024
    where = "ruang kosong di folder data" if free else "batas ukuran pemulihan Netra"
    return NetraError(
        "backup_too_large",
        f"Cadangan ini mengembang menjadi {size // mb + 1} MB saat dibuka, lebih dari {where} "
        f"({cap // mb} MB). Pemulihan ditolak; data yang ada tidak diubah.",
        f"This backup inflates to {size // mb + 1} MB, more than "
        f"{'the free space in the data folder' if free else 'the restore size limit'} "
        f"({cap // mb} MB). Nothing was changed.",
        size=size,
        limit=cap,
    )


def restore_limit(data_dir: Path) -> tuple[int, bool]:
    """How many bytes a restore may unpack into ``data_dir``, and whether the free space (not
    :data:`MAX_RESTORE_BYTES`) is what limits it. The staged copy, the safety copy and the
    live database must fit side by side."""
    free = free_space(data_dir)
    if free is None:
        return MAX_RESTORE_BYTES, False
    room = max(0, (free - RESTORE_MARGIN) // 2)
    return (room, True) if room < MAX_RESTORE_BYTES else (MAX_RESTORE_BYTES, False)


def _decrypt(path: Path, passphrase: str) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_FILE:
            raise _not_backup(f"berkas lebih besar dari {MAX_BACKUP_FILE // 1024**3} GB")
        raw = path.read_bytes()
    except OSError as exc:
        raise _not_backup(f"tidak dapat dibaca ({exc.strerror or exc})") from exc
    if len(raw) < HEADER_LEN + 16 or not raw.startswith(MAGIC):
        raise _not_backup("tanda pengenal berkas tidak ada")
    if raw[len(MAGIC)] != FORMAT:
        raise _not_backup(f"versi format {raw[len(MAGIC)]} tidak dikenal; perbarui Netra")
    header = raw[:HEADER_LEN]
    salt = header[len(MAGIC) + 1 : len(MAGIC) + 17]
    nonce = header[len(MAGIC) + 17 :]
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, raw[HEADER_LEN:], header)
    except InvalidTag as exc:
        raise _not_backup("frasa sandi salah atau berkas rusak") from exc


def _safe_name(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return (
        bool(parts)
        and not name.startswith(("/", "\\"))
        and ".." not in parts
        and (
            name == DB_FILENAME
            or (len(parts) == 2 and parts[0] == "keys" and "\\" not in parts[1] and ":" not in name)
        )
    )


class _Archive:
    """The decrypted archive, read member by member with every size checked before it is
    unpacked (a backup that inflates to gigabytes is refused, never unpacked into memory)."""

    def __init__(self, plain: bytes, limit: int, limit_is_free_space: bool) -> None:
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(plain))
            info = self.zf.getinfo("manifest.json")
            if info.file_size > MAX_SMALL_MEMBER:
                raise _not_backup("manifes terlalu besar")
            manifest = jsontext.loads(self.zf.read(info))
            listed = manifest["files"]
            if not isinstance(listed, dict):
                raise ValueError("files")
            self.members = {name: self.zf.getinfo(name) for name in listed}
        except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
            raise _not_backup("isi arsip tidak lengkap") from exc
        for name in listed:
            if not _safe_name(name):
                raise _not_backup(f"nama berkas tidak aman: {name}")
        if DB_FILENAME not in listed:
            raise _not_backup("basis data tidak ada di dalam cadangan")
        for name, member in self.members.items():
            if name != DB_FILENAME and member.file_size > MAX_SMALL_MEMBER:
                raise _not_backup(f"{name} terlalu besar")
        total = sum(m.file_size for m in self.members.values())
        if total > limit:
            raise _too_large(total, limit, limit_is_free_space)
        self.manifest: dict[str, object] = manifest
        self.hashes: dict[str, str] = {str(k): str(v) for k, v in listed.items()}

    def _chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, at most its declared size, its hash checked at the end."""
        member = self.members[name]
        digest = hashlib.sha256()
        seen = 0
        try:
            with self.zf.open(member) as fh:
                while chunk := fh.read(CHUNK):
                    seen += len(chunk)
                    if seen > member.file_size:
                        raise _not_backup(f"{name} lebih besar dari yang tercatat")
                    digest.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError) as exc:  # zlib errors are zlib.error
            raise _not_backup(f"{name} rusak") from exc
        except zlib.error as exc:
            raise _not_backup(f"{name} rusak") from exc
        if digest.hexdigest() != self.hashes[name]:
            raise _not_backup(f"{name} tidak cocok dengan manifes")

    def read_small(self, name: str) -> bytes:
        return b"".join(self._chunks(name))

    def extract_to(self, name: str, target: Path) -> None:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        first = True
        try:
            with os.fdopen(os.open(target, flags, 0o600), "wb") as out:
                for chunk in self._chunks(name):
                    if first:
                        _check_sqlite_header(chunk, self.members[name].file_size)
                        first = False
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise os_fail(target, exc) from exc

    def close(self) -> None:
        self.zf.close()


SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_sqlite_header(head: bytes, size: int) -> None:
    """Before more than the first chunk is unpacked: the database member must start like a
    SQLite file whose own header gives its size (page size x page count, which SQLite keeps
    exact in every file an online backup writes). Zeros, or a file padded out to gigabytes,
    are refused here."""
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise _not_backup("basis data di dalamnya bukan berkas SQLite")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = pages != 0 and head[24:28] == head[92:96]
    if valid and page_size * pages != size:
        raise _not_backup(
            f"ukuran basis data di dalamnya ({size} bita) tidak cocok dengan kepalanya "
            f"({page_size * pages} bita)"
        )


def read_backup(path: Path, passphrase: str) -> tuple[dict[str, object], dict[str, bytes]]:
    """Decrypt and check a backup file in memory; nothing is written. Raises NetraError if
    invalid. For inspection and tests: :func:`restore` never holds the database in memory."""
    archive = _Archive(_decrypt(path, passphrase), MAX_READ_IN_MEMORY, False)
    try:
        return archive.manifest, {name: archive.read_small(name) for name in archive.members}
    finally:
        archive.close()


def _key_files(keys_dir: Path) -> dict[str, bytes]:
    """The office's private keys as the unwrapped PEM bytes (on Windows the files on disk are
    DPAPI-wrapped for this account; the backup must open on another laptop)."""
    identity.load(keys_dir)  # a clear refusal when they are missing or not this account's
    try:
        return {name: identity.read_private_key(keys_dir / name) for name in identity.KEY_FILES}
    except OSError as exc:
        raise os_fail(keys_dir, exc) from exc


def _check_pair(database: Path, keys_dir: Path) -> None:
    """The staged keys must be the keys of the staged database's office."""
    keys = identity.load(keys_dir)
    conn = sqlite3.connect(read_only_uri(database), uri=True)
    try:
        row = conn.execute("SELECT signing_public_key, box_public_key FROM office").fetchone()
    except sqlite3.Error as exc:
        raise _not_backup(f"basis data di dalamnya tidak dapat dibaca ({exc})") from exc
    finally:
        conn.close()
    if row is not None and (row[0], row[1]) != (keys.signing_public_hex, keys.box_public_hex):
        raise _not_backup("kunci kantor di dalamnya bukan kunci basis datanya")


def restore(ctx: AppContext, path: Path, passphrase: str) -> RestoreResult:
    """Replace the database and keys with a backup's, after checking it completely.

    The backup is unpacked into a staging folder beside the database with every size capped
    (:func:`restore_limit`); the database and the keys are then switched as one unit
    (:func:`desktop.store.backup.switch_in`). The current database is itself backed up first
    into ``backups/``."""
    ctx.require("backup.restore")
    _require_sqlite(ctx)
    live = sqlite_path(ctx.engine)
    limit, limit_is_free_space = restore_limit(live.parent)
    archive = _Archive(_decrypt(path, passphrase), limit, limit_is_free_space)
    manifest = archive.manifest
    staging = staging_dir(live)
    try:
        remove_staging(live)
        staging.mkdir(mode=0o700)
        staged_db = staging / DB_FILENAME
        archive.extract_to(DB_FILENAME, staged_db)
        problems = check_sqlite_file(staged_db)
        if problems:
            raise _not_backup("basis data di dalamnya rusak: " + "; ".join(problems[:3]))
        pems = {
            PurePosixPath(name).name: archive.read_small(name)
            for name in archive.members
            if name.startswith("keys/")
        }
        staged_keys = staging / "keys"
        identity_files = _stage_keys(staged_keys, pems)
        _check_pair(staged_db, staged_keys)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = ctx.backup_dir / f"pre-restore-{stamp}.sqlite3"
        backup_sqlite(ctx.engine, safety)
        ensure_keys_dir(ctx.keys_dir)
        ctx.engine.dispose()
        checkpoint(live)
    except BaseException as exc:
        if isinstance(exc, Exception):  # a kill leaves it for the next start to discard
            remove_staging(live)
        if isinstance(exc, OSError):
            raise os_fail(live, exc) from exc
        raise
    finally:
        archive.close()
    moves = [(staged_db, live)] + [(staged_keys / n, ctx.keys_dir / n) for n in identity_files]
    suffixes = {Path(n).suffix for n in identity_files}
    removals = [
        p
        for p in (sorted(ctx.keys_dir.iterdir()) if ctx.keys_dir.is_dir() else [])
        if p.is_file() and p.name not in identity_files and p.suffix in suffixes
    ]
    try:
        switch_in(live, moves, removals)
    except SwitchNotStarted as exc:
        if isinstance(exc.error, OSError):
            raise os_fail(live, exc.error) from exc
        raise exc.error from exc
    except OSError as exc:
        raise NetraError(
            "restore_incomplete",
            "Pemulihan belum selesai: sebagian berkas belum dapat diganti ("
            + (oserrors.classify_os(exc) or oserrors.DISK_ERROR).reason_id
            + "). Tutup program lain yang memakai folder data, lalu buka Netra lagi: "
            "pemulihan diselesaikan otomatis saat Netra dibuka.",
            "The restore is not finished: some files could not be replaced yet. Close other "
            "programs using the data folder and open Netra again: it completes the restore.",
        ) from exc
    ctx.upgrade_schema()
    from desktop.services import devices

    with ctx.tx() as session:
        audit.record(
            ctx,
            session,
            "backup.restore",
            "backup",
            path.name,
            {"office_code": manifest.get("office_code"), "safety_copy": safety.name},
        )
        # This laptop continues as a NEW device of the office (docs/sync-format.md,
        # "Devices"): before its next package it makes its own keys and the backup's device
        # hands over to it (services/devices.py).
        devices.mark_restored(ctx, session, path.name)
    office_code = manifest.get("office_code")
    return RestoreResult(
        restored_from=str(path),
        office_code=None if office_code is None else str(office_code),
        safety_copy=str(safety),
    )


def _stage_keys(keys_dir: Path, pems: dict[str, bytes]) -> list[str]:
    """Write the backup's keys into the staging folder the way the office keeps them
    (through :mod:`desktop.services.identity`: DPAPI-wrapped with an owner-only ACL on
    Windows, mode 0600 elsewhere) and return the file names written there."""
    if set(pems) != set(identity.KEY_FILES):
        raise _not_backup("kunci kantor tidak lengkap di dalam cadangan")
    ensure_keys_dir(keys_dir)
    for name in identity.KEY_FILES:
        identity.write_private_key(keys_dir / name, pems[name])
    return sorted(p.name for p in keys_dir.iterdir() if p.is_file())
