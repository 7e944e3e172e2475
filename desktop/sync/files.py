"""Writing a file to a USB stick or a share so that a pulled stick never leaves a half file
that looks complete: temporary name, flush + fsync, rename, fsync the folder, read back."""

from __future__ import annotations

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
    )


def free_space(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def write_verified(path: Path, data: bytes) -> str:
    """Write ``data`` durably and return its SHA-256 after reading it back."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fail(path, f"folder tidak dapat dibuat ({exc.strerror or exc})", str(exc)) from exc
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
        with tmp.open("wb") as fh:
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
        raise _fail(path, exc.strerror or str(exc), str(exc)) from exc
    if actual != expected:
        path.unlink(missing_ok=True)
        raise _fail(
            path,
            "isi yang dibaca kembali berbeda (flashdisk rusak atau palsu?)",
            "read-back check failed (faulty or fake-capacity stick?)",
        )
    return actual
