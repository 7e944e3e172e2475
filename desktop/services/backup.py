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
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.domain.canonical import sha256_hex
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.paths import DB_FILENAME
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.store.backup import backup_sqlite, check_sqlite_file
from desktop.store.migrate import current_revision

MAGIC = b"NETRA-BACKUP\x00"
FORMAT = 1
HEADER_LEN = len(MAGIC) + 1 + 16 + 12
MIN_PASSPHRASE = 8


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
    with tempfile.TemporaryDirectory() as tmp:
        db_copy = Path(tmp) / DB_FILENAME
        backup_sqlite(ctx.engine, db_copy)
        files: dict[str, bytes] = {DB_FILENAME: db_copy.read_bytes()}
        for pem in sorted(ctx.keys_dir.glob("*.pem")):
            files[f"keys/{pem.name}"] = pem.read_bytes()
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


def read_backup(path: Path, passphrase: str) -> tuple[dict[str, object], dict[str, bytes]]:
    """Decrypt and check a backup file; nothing is written. Raises NetraError if invalid."""
    try:
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
        plain = AESGCM(_key(passphrase, salt)).decrypt(nonce, raw[HEADER_LEN:], header)
    except InvalidTag as exc:
        raise _not_backup("frasa sandi salah atau berkas rusak") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(plain)) as zf:
            manifest = json.loads(zf.read("manifest.json"))
            files = {name: zf.read(name) for name in manifest["files"]}
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _not_backup("isi arsip tidak lengkap") from exc
    for name, data in files.items():
        if sha256_hex(data) != manifest["files"][name]:
            raise _not_backup(f"{name} tidak cocok dengan manifes")
        if name.startswith("/") or ".." in Path(name).parts:
            raise _not_backup(f"nama berkas tidak aman: {name}")
    if DB_FILENAME not in files:
        raise _not_backup("basis data tidak ada di dalam cadangan")
    return manifest, files


def restore(ctx: AppContext, path: Path, passphrase: str) -> dict[str, object]:
    """Replace the database and keys with a backup's, after checking it completely.

    The current database is itself backed up first into ``backups/``.
    """
    ctx.require("backup.restore")
    _require_sqlite(ctx)
    manifest, files = read_backup(path, passphrase)
    with tempfile.TemporaryDirectory(dir=ctx.data_dir) as tmp:
        candidate = Path(tmp) / DB_FILENAME
        candidate.write_bytes(files[DB_FILENAME])
        problems = check_sqlite_file(candidate)
        if problems:
            raise _not_backup("basis data di dalamnya rusak: " + "; ".join(problems[:3]))
        live = Path(ctx.engine.url.database or "")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = ctx.backup_dir / f"pre-restore-{stamp}.sqlite3"
        backup_sqlite(ctx.engine, safety)
        ctx.engine.dispose()
        for suffix in ("-wal", "-shm"):
            Path(str(live) + suffix).unlink(missing_ok=True)
        shutil.copyfile(candidate, Path(tmp) / "ready")
        (Path(tmp) / "ready").replace(live)
    for name, data in files.items():
        if name.startswith("keys/"):
            target = ctx.keys_dir / Path(name).name
            ctx.keys_dir.mkdir(parents=True, exist_ok=True)
            write_verified(target, data, mode=0o600)
    ctx.upgrade_schema()
    with ctx.tx() as session:
        audit.record(
            ctx,
            session,
            "backup.restore",
            "backup",
            path.name,
            {"office_code": manifest.get("office_code"), "safety_copy": safety.name},
        )
    return {
        "restored_from": str(path),
        "office_code": manifest.get("office_code"),
        "safety_copy": str(safety),
    }
