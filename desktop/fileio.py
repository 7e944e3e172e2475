"""Durable file writes for everything Netra writes outside its database (sync packages, PDFs,
backups, exports to a USB stick or a share): temporary name, flush + fsync, rename, fsync the
folder, read back and compare the hash. A full disk or a pulled stick never leaves a half file
that looks complete. No Qt, no database: every layer may use it."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from pathlib import Path

from desktop.domain.errors import NetraError

MARGIN = 1024 * 1024


def _fail(path: Path, why: str, why_en: str) -> NetraError:
    return NetraError(
        "write_failed",
        f"Gagal menulis {path}: {why}. Berkas tidak dibuat.",
        f"Could not write {path}: {why_en}. No file was created.",
        path=str(path),
    )


_REASONS = {
    errno.ENOSPC: ("ruang penyimpanan penuh", "the disk is full"),
    errno.EROFS: ("media hanya-baca (flashdisk terkunci?)", "read-only medium"),
    errno.EACCES: ("tidak ada izin menulis", "permission denied"),
    errno.EIO: ("kesalahan baca/tulis (flashdisk dicabut?)", "I/O error"),
}


def _os_fail(path: Path, exc: OSError) -> NetraError:
    why, why_en = _REASONS.get(exc.errno or 0, (exc.strerror or str(exc), str(exc)))
    return _fail(path, why, why_en)


def free_space(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def write_verified(path: Path, data: bytes, mode: int = 0o644) -> str:
    """Write ``data`` durably and return its SHA-256 after reading it back.

    ``mode`` applies from the first byte (0o600 for private keys: never readable by others,
    not even for a moment)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _os_fail(path, exc) from exc
    free = free_space(folder)
    if free is not None and free < len(data) + MARGIN:
        raise _fail(
            path,
            f"ruang kosong {free // 1024**2} MB, perlu {len(data) // 1024**2 + 1} MB",
            "not enough free space",
        )
    tmp = folder / f".{path.name}.partial"
    expected = hashlib.sha256(data).hexdigest()
    try:
        tmp.unlink(missing_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        with os.fdopen(os.open(tmp, flags, mode), "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(folder, os.O_DIRECTORY)
            try:
                os.fsync(fd)
            except OSError:
                pass
            finally:
                os.close(fd)
        with path.open("rb") as fh:
            actual = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_fail(path, exc) from exc
    if actual != expected:
        path.unlink(missing_ok=True)
        raise _fail(
            path,
            "isi yang dibaca kembali berbeda (flashdisk rusak atau palsu?)",
            "read-back check failed (faulty or fake-capacity stick?)",
        )
    return actual
