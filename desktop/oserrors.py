"""The one classifier of operating-system and database errors, used by file writes
(:mod:`desktop.fileio`), the CLI and the GUI's crash handler.

Windows first: CPython maps a sharing violation (a file open in Excel or Acrobat, or held by
the antivirus), a write-protected stick, a pulled stick and a device failure all to ``EACCES``
("permission denied"), so ``exc.winerror`` is checked before ``exc.errno``. No Qt, no database
import: every layer may use it.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

# Windows system error codes (winerror.h).
ERROR_ACCESS_DENIED = 5
ERROR_WRITE_PROTECT = 19
ERROR_NOT_READY = 21
ERROR_CRC = 23
ERROR_GEN_FAILURE = 31
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
ERROR_HANDLE_DISK_FULL = 39
ERROR_BAD_NETPATH = 53
ERROR_NETNAME_DELETED = 64
ERROR_BAD_NET_NAME = 67
ERROR_DISK_FULL = 112
ERROR_DEVICE_HARDWARE_ERROR = 483
ERROR_FILE_INVALID = 1006
ERROR_IO_DEVICE = 1117
ERROR_DEVICE_NOT_CONNECTED = 1167

#: Errors a short retry may clear: another program holds the file for a moment (the
#: antivirus scanning a file just written, Excel or Acrobat until the user closes it).
#: ``ERROR_ACCESS_DENIED`` is what ``MoveFileEx`` reports when the target is open without
#: delete sharing, which is how Excel holds a workbook.
SHARING_WINERRORS = frozenset({ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION, ERROR_ACCESS_DENIED})


@dataclass(frozen=True)
class Known:
    """A known problem of the computer. ``reason_*`` completes "Could not write X: ...";
    ``message_*`` is a whole sentence for a message box or the CLI."""

    code: str
    reason_id: str
    reason_en: str
    message_id: str
    message_en: str

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


DISK_FULL = Known(
    "disk_full",
    "ruang penyimpanan penuh",
    "the disk is full",
    "Ruang penyimpanan penuh. Kosongkan sebagian ruang disk lalu ulangi; data yang sudah "
    "tersimpan tetap aman.",
    "The disk is full. Free some space and try again; data already saved is safe.",
)
READ_ONLY = Known(
    "read_only",
    "media hanya-baca (flashdisk terkunci?)",
    "read-only medium",
    "Folder data tidak dapat ditulisi (hanya-baca atau tanpa izin). Periksa izin folder atau "
    "pindahkan Netra ke folder yang dapat ditulisi.",
    "The data folder cannot be written (read-only or no permission). Check the folder's "
    "permissions.",
)
NO_PERMISSION = Known(
    "no_permission",
    "tidak ada izin menulis",
    "permission denied",
    "Tidak ada izin menulis di folder itu. Periksa izin folder atau pilih folder lain; data "
    "yang sudah tersimpan tetap aman.",
    "No permission to write there. Check the folder's permissions or choose another folder.",
)
FILE_IN_USE = Known(
    "file_in_use",
    "berkas sedang dibuka di program lain (mis. Excel); tutup lalu ulangi",
    "the file is open in another program (e.g. Excel); close it and try again",
    "Berkas sedang dibuka di program lain (mis. Excel, Acrobat, atau antivirus). Tutup "
    "program itu lalu ulangi; data yang sudah tersimpan tetap aman.",
    "The file is open in another program (e.g. Excel, Acrobat or the antivirus). Close it "
    "and try again; data already saved is safe.",
)
ACCESS_DENIED = Known(
    "access_denied",
    "akses ditolak: berkas mungkin sedang dibuka di program lain (mis. Excel) atau "
    "hanya-baca; tutup lalu ulangi",
    "access denied: the file may be open in another program (e.g. Excel) or read-only",
    "Akses ditolak. Berkas itu mungkin sedang dibuka di program lain (mis. Excel atau "
    "Acrobat) atau bersifat hanya-baca. Tutup program itu atau pilih folder lain, lalu ulangi.",
    "Access denied. The file may be open in another program (e.g. Excel or Acrobat) or be "
    "read-only. Close it or choose another folder, then try again.",
)
WRITE_PROTECTED = Known(
    "write_protected",
    "flashdisk terkunci tulis; geser kunci pada flashdisk atau pakai flashdisk lain",
    "the stick is write-protected",
    "Flashdisk terkunci tulis. Geser kunci pada flashdisk (atau pakai flashdisk lain) lalu ulangi.",
    "The USB stick is write-protected. Slide its lock switch (or use another stick) and try again.",
)
DEVICE_GONE = Known(
    "device_gone",
    "flashdisk dicabut atau tidak siap; pasang kembali lalu ulangi",
    "the stick was removed or is not ready",
    "Flashdisk atau perangkat penyimpanan dicabut atau tidak siap. Pasang kembali lalu ulangi; "
    "berkas yang terputus di tengah jalan tidak dipakai.",
    "The USB stick or drive was removed or is not ready. Plug it in again and try again.",
)
DISK_ERROR = Known(
    "disk_error",
    "kesalahan baca/tulis (flashdisk dicabut atau rusak?)",
    "I/O error",
    "Terjadi gangguan baca/tulis pada disk atau flashdisk. Periksa perangkat penyimpanan lalu "
    "ulangi.",
    "A disk read/write error occurred. Check the storage device and try again.",
)
NETWORK_GONE = Known(
    "network_gone",
    "folder jaringan tidak dapat dijangkau",
    "the network folder cannot be reached",
    "Folder jaringan tidak dapat dijangkau. Periksa sambungan jaringan, atau simpan ke folder "
    "di laptop ini.",
    "The network folder cannot be reached. Check the network, or save on this laptop.",
)
DATABASE_LOCKED = Known(
    "database_locked",
    "basis data sedang dipakai program lain",
    "the database is in use by another program",
    "Basis data sedang dipakai program lain (mungkin Netra yang terbuka dua kali). Tutup "
    "program lain itu lalu ulangi.",
    "The database is in use by another program (perhaps Netra opened twice). Close it and "
    "try again.",
)
DB_AUTH = Known(
    "database_auth",
    "server basis data menolak nama pengguna atau kata sandi",
    "the database server refused the user name or password",
    "Server basis data menolak nama pengguna atau kata sandi pada --database-url. "
    "Tidak ada data yang berubah.",
    "The database server refused the user name or password. Nothing was changed.",
)
DB_MISSING = Known(
    "database_missing",
    "basis data belum ada di server",
    "the database does not exist on the server",
    "Basis data pada --database-url belum ada di server; buat dulu, lalu ulangi.",
    "The database in --database-url does not exist on the server; create it first.",
)
DB_UNREACHABLE = Known(
    "database_unreachable",
    "server basis data tidak dapat dihubungi",
    "the database server cannot be reached",
    "Server basis data tidak dapat dihubungi. Periksa bahwa PostgreSQL berjalan dan "
    "alamat --database-url benar. Tidak ada data yang berubah.",
    "The database server cannot be reached. Check that PostgreSQL runs and --database-url "
    "is right. Nothing was changed.",
)

_BY_WINERROR: dict[int, Known] = {
    ERROR_SHARING_VIOLATION: FILE_IN_USE,
    ERROR_LOCK_VIOLATION: FILE_IN_USE,
    ERROR_ACCESS_DENIED: ACCESS_DENIED,
    ERROR_WRITE_PROTECT: WRITE_PROTECTED,
    ERROR_NOT_READY: DEVICE_GONE,
    ERROR_GEN_FAILURE: DEVICE_GONE,
    ERROR_FILE_INVALID: DEVICE_GONE,
    ERROR_DEVICE_NOT_CONNECTED: DEVICE_GONE,
    ERROR_CRC: DISK_ERROR,
    ERROR_IO_DEVICE: DISK_ERROR,
    ERROR_DEVICE_HARDWARE_ERROR: DISK_ERROR,
    ERROR_DISK_FULL: DISK_FULL,
    ERROR_HANDLE_DISK_FULL: DISK_FULL,
    ERROR_BAD_NETPATH: NETWORK_GONE,
    ERROR_NETNAME_DELETED: NETWORK_GONE,
    ERROR_BAD_NET_NAME: NETWORK_GONE,
}

_BY_ERRNO: dict[int, Known] = {
    errno.ENOSPC: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EIO: DISK_ERROR,
    errno.ENODEV: DEVICE_GONE,
    errno.ENXIO: DEVICE_GONE,
    errno.EBUSY: FILE_IN_USE,
}
for _name, _known in (
    ("EDQUOT", DISK_FULL),
    ("ENOMEDIUM", DEVICE_GONE),
    ("ESTALE", NETWORK_GONE),
    ("ETXTBSY", FILE_IN_USE),
):
    if hasattr(errno, _name):
        _BY_ERRNO[getattr(errno, _name)] = _known

# Messages of SQLite (and the PostgreSQL driver) that name a problem of the computer.
_DB_TEXTS: tuple[tuple[tuple[str, ...], Known], ...] = (
    (("database or disk is full", "disk is full", "no space left"), DISK_FULL),
    (("readonly database", "read-only", "unable to open database"), READ_ONLY),
    (("database is locked", "database table is locked"), DATABASE_LOCKED),
    (("disk i/o error",), DISK_ERROR),
    (("password authentication failed",), DB_AUTH),
    (
        (
            "connection refused",
            "connection failed",
            "could not connect",
            "could not translate host name",
            "timeout expired",
        ),
        DB_UNREACHABLE,
    ),
)
_DB_ERROR_NAMES = frozenset({"OperationalError", "DatabaseError", "InterfaceError"})


def winerror(exc: BaseException) -> int | None:
    """The Windows error code of an ``OSError`` (``None`` elsewhere or when there is none)."""
    code = getattr(exc, "winerror", None)
    return code if isinstance(code, int) else None


def is_sharing_violation(exc: BaseException) -> bool:
    """Another program holds the file: worth retrying for a moment."""
    return isinstance(exc, OSError) and winerror(exc) in SHARING_WINERRORS


def classify_os(exc: OSError) -> Known | None:
    """One ``OSError``: its Windows code first, then its errno."""
    code = winerror(exc)
    if code is not None and code in _BY_WINERROR:
        return _BY_WINERROR[code]
    return _BY_ERRNO.get(exc.errno or 0)


def _classify_db(exc: BaseException) -> Known | None:
    if not (isinstance(exc, sqlite3.Error) or type(exc).__name__ in _DB_ERROR_NAMES):
        return None
    text = str(exc).lower()
    if "does not exist" in text and "database" in text:
        return DB_MISSING
    for needles, known in _DB_TEXTS:
        if any(needle in text for needle in needles):
            return known
    return None


def chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and what caused it (``__cause__``/``__context__``, SQLAlchemy's ``orig``)."""
    out: list[BaseException] = []
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        out.append(cur)
        orig = getattr(cur, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
        cur = orig if isinstance(orig, BaseException) else (cur.__cause__ or cur.__context__)
    return out


def classify_one(exc: BaseException) -> Known | None:
    """This exception alone (not its causes)."""
    if isinstance(exc, OSError):
        known = classify_os(exc)
        if known is not None:
            return known
    return _classify_db(exc)


def classify(exc: BaseException) -> Known | None:
    """The known problem behind ``exc`` or any of its causes; ``None`` when it is not one."""
    for item in chain(exc):
        known = classify_one(item)
        if known is not None:
            return known
    return None
