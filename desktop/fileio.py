"""Durable file writes for everything Netra writes outside its database (sync packages, PDFs,
backups, exports to a USB stick or a share): temporary name, flush + fsync, rename, fsync the
folder, read back and compare the hash. A full disk or a pulled stick never leaves a half file
that looks complete. No Qt, no database: every layer may use it.

Windows: ``FlushFileBuffers`` (what ``os.fsync`` calls) needs a handle opened for writing, a
folder cannot be opened to be flushed, and a file held by another program (Excel, Acrobat,
the antivirus) cannot be replaced for a moment: the replace is retried for about 2 s.
Reasons come from :mod:`desktop.oserrors`, which reads ``winerror`` before ``errno``."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from pathlib import Path

from desktop import oserrors
from desktop.domain.errors import NetraError

MARGIN = 1024 * 1024
REPLACE_RETRY_SECONDS = 2.0


def _fail(path: Path, why: str, why_en: str, **details: str) -> NetraError:
    return NetraError(
        "write_failed",
        f"Gagal menulis {path}: {why}. Berkas tidak dibuat.",
        f"Could not write {path}: {why_en}. No file was created.",
        path=str(path),
        **details,
    )


def os_fail(path: Path, exc: OSError) -> NetraError:
    """The ``write_failed`` refusal for ``exc``, with the plain reason when it is known."""
    known = oserrors.classify_os(exc)
    if known is None:
        return _fail(path, exc.strerror or str(exc), str(exc))
    return _fail(path, known.reason_id, known.reason_en, reason=known.code)


def fsync_file(path: Path) -> None:
    """Flush a finished file to the disk. Opened for writing (``r+b``), never ``rb``:
    Windows refuses to flush a read-only handle (EBADF)."""
    with path.open("r+b") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable where the system allows it. Windows cannot open a
    folder as a file (NTFS journals renames itself), so nothing is done there."""
    if os.name == "nt" or not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse to sync a folder; the file itself is synced
    finally:
        os.close(fd)


def replace_retrying(source: Path, target: Path, seconds: float | None = None) -> None:
    """``os.replace`` that waits up to ``seconds`` (:data:`REPLACE_RETRY_SECONDS`) while
    another program holds ``target`` (a sharing violation on Windows), then gives up with
    the last error."""
    deadline = time.monotonic() + (REPLACE_RETRY_SECONDS if seconds is None else seconds)
    delay = 0.05
    while True:
        try:
            source.replace(target)
            return
        except OSError as exc:
            if not oserrors.is_sharing_violation(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.4)


def discard(path: Path) -> None:
    """Delete ``path`` if it exists; a file held by another program (Windows) stays."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


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
        raise os_fail(path, exc) from exc
    free = free_space(folder)
    if free is not None and free < len(data) + MARGIN:
        raise _fail(
            path,
            f"ruang kosong {free // 1024**2} MB, perlu {len(data) // 1024**2 + 1} MB",
            "not enough free space",
            reason="disk_full",
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
        replace_retrying(tmp, path)
        fsync_dir(folder)
        with path.open("rb") as fh:
            actual = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError as exc:
        discard(tmp)
        raise os_fail(path, exc) from exc
    if actual != expected:
        discard(path)
        raise _fail(
            path,
            "isi yang dibaca kembali berbeda (flashdisk rusak atau palsu?)",
            "read-back check failed (faulty or fake-capacity stick?)",
        )
    return actual


def copy_verified(source: Path, target: Path, mode: int = 0o644) -> str:
    """Copy ``source`` to ``target`` through :func:`write_verified` (saving a PDF made in a
    temporary folder to where the user chose)."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise os_fail(target, exc) from exc
    return write_verified(target, data, mode)
