"""Where the user's data lives, whether that place is safe, the keys folder's protection and
Netra's temporary folders. No Qt here: the CLI and the GUI resolve it the same way."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import winsec
from desktop.domain.errors import NetraError

log = logging.getLogger(__name__)

DB_FILENAME = "netra.sqlite3"


def default_data_dir() -> Path:
    """``%LOCALAPPDATA%\\Netra`` on Windows, ``~/.local/share/netra`` on Linux."""
    return Path(platformdirs.user_data_dir("netra", appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``NETRA_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("NETRA_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def sqlite_url(data_dir: Path, filename: str = DB_FILENAME) -> str:
    """The SQLAlchemy URL of the database file in ``data_dir``, with the path quoted.

    SQLAlchemy un-quotes ``%XX`` in a URL and cuts it at ``?``: a folder named ``Data %41``
    would otherwise open ``Data A`` and ``Kantor #2?`` a file named ``Kantor #2``.
    """
    from sqlalchemy.engine import URL

    path = (data_dir / filename).as_posix()
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def resolve_database_url(data_dir: Path, explicit: str | None = None) -> str:
    """``--database-url`` wins, then ``NETRA_DATABASE_URL``, then the SQLite file in the data dir."""
    return explicit or os.environ.get("NETRA_DATABASE_URL") or sqlite_url(data_dir)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def ensure_keys_dir(path: Path) -> Path:
    """The folder of the office's private keys, open to this user only: mode 0700 on POSIX;
    on Windows (where chmod does nothing) a protected DACL granting full control to the
    current user and SYSTEM only, inherited by the files created inside it."""
    path.mkdir(parents=True, exist_ok=True)
    if winsec.api() is not None:
        try:
            winsec.restrict_to_owner(path, folder=True)
        except winsec.Win32Error:  # FAT/exFAT has no ACLs; the DPAPI wrapping still holds
            log.warning("could not set the owner-only ACL on %s", path, exc_info=True)
    elif os.name == "posix":
        path.chmod(0o700)
    return path


# ---------------------------------------------------------------------- unsafe data folders
FAT_FILESYSTEMS = frozenset({"vfat", "msdos", "umsdos", "fat", "exfat", "fuse.exfat"})
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
    }
)
WINDOWS_FAT = frozenset({"FAT", "FAT12", "FAT16", "FAT32", "EXFAT"})
PROC_MOUNTS = Path("/proc/mounts")


@dataclass(frozen=True)
class FolderRisk:
    """Why a data folder is unsafe: ``kind`` is ``fat`` (no permissions at all, a stick that
    may be pulled) or ``network`` (SQLite's locking and WAL are unsafe there; the keys sit
    on a share)."""

    kind: str
    filesystem: str
    volume: str

    def message(self, folder: Path) -> str:
        if self.kind == "fat":
            return (
                f"Folder data {folder} berada di sistem berkas {self.filesystem} "
                f"(flashdisk atau kartu memori, {self.volume}). Sistem berkas ini tidak "
                "mengenal izin akses: kunci privat kantor dapat dibaca siapa saja, dan basis "
                "data rusak bila media dicabut saat Netra menulis. Pilih folder di disk laptop."
            )
        return (
            f"Folder data {folder} berada di folder jaringan ({self.volume}, "
            f"{self.filesystem}). Basis data Netra tidak aman di folder jaringan (dapat rusak "
            "bila jaringan putus atau dua komputer menulis), dan kunci privat kantor ikut "
            "tersimpan di sana. Pilih folder di disk laptop."
        )

    def message_en(self, folder: Path) -> str:
        if self.kind == "fat":
            return (
                f"The data folder {folder} is on a {self.filesystem} file system (a flash "
                f"drive or memory card, {self.volume}). It has no access permissions: the "
                "office's private keys are readable by anyone, and the database is damaged "
                "when the medium is pulled during a write. Choose a folder on the laptop's disk."
            )
        return (
            f"The data folder {folder} is on a network folder ({self.volume}, "
            f"{self.filesystem}). Netra's database is not safe there (it can be damaged when "
            "the network drops or two computers write), and the office's private keys would "
            "sit on the share. Choose a folder on the laptop's disk."
        )


def _existing(path: Path) -> Path:
    """``path`` itself or its nearest existing parent (the folder may not exist yet)."""
    current = path.absolute()
    while not current.exists() and current.parent != current:
        current = current.parent
    return current.resolve()


def unescape_mount(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mount_of(path: Path, mounts_file: Path | None = None) -> tuple[str, str, str] | None:
    """(mount point, file system type, device) of the mount holding ``path`` (Linux)."""
    try:
        lines = (
            (mounts_file or PROC_MOUNTS).read_text(encoding="utf-8", errors="replace").splitlines()
        )
    except OSError:
        return None
    target = str(_existing(path))
    best: tuple[str, str, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fstype = unescape_mount(fields[0]), unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype, device)  # a later mount over the same point wins
    return best


def _windows_risk(path: Path) -> FolderRisk | None:
    text = str(path)
    if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return FolderRisk("network", "SMB", "\\\\" + "\\".join(text[2:].split("\\")[:2]))
    if text.upper().startswith("\\\\?\\UNC\\"):
        return FolderRisk("network", "SMB", "\\\\" + "\\".join(text[8:].split("\\")[:2]))
    try:
        volume = winsec.volume_of(text)
    except OSError:
        return None
    if volume.drive_type == winsec.DRIVE_REMOTE or volume.root.startswith("\\\\"):
        return FolderRisk("network", volume.filesystem or "SMB", volume.root)
    if volume.filesystem.upper() in WINDOWS_FAT:
        return FolderRisk("fat", volume.filesystem, volume.root)
    return None


def folder_risk(path: Path, mounts_file: Path | None = None) -> FolderRisk | None:
    """None when ``path`` is a sound place for Netra's data; otherwise why not. Windows asks
    the volume (GetDriveTypeW, GetVolumeInformationW); Linux reads /proc/mounts."""
    if winsec.api() is not None:
        return _windows_risk(path)
    found = mount_of(path, mounts_file)
    if found is None:
        return None
    point, fstype, _device = found
    if fstype in FAT_FILESYSTEMS:
        return FolderRisk("fat", fstype, point)
    if fstype in NETWORK_FILESYSTEMS or fstype.startswith(("smb", "nfs")):
        return FolderRisk("network", fstype, point)
    return None


# ---------------------------------------------------------------------- temporary files
STALE_TEMP_HOURS = 6
LEGACY_TEMP_PREFIXES = ("netra-bukti-", "netra-cetak-")  # before the temp root existed
_own_temp_dirs: list[Path] = []


def temp_root() -> Path:
    """Netra's own folder under the system temp folder (per user: ``%TEMP%`` is per user on
    Windows; on POSIX the user id is in the name and the folder must be ours, mode 0700)."""
    base = Path(tempfile.gettempdir())
    if os.name != "posix":
        root = base / "netra"
        root.mkdir(exist_ok=True)
        return root
    root = base / f"netra-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        root.mkdir(mode=0o700)
    info = root.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise NetraError(
            "temp_unsafe",
            f"Folder sementara {root} bukan milik pengguna ini; Netra tidak memakainya.",
            f"The temporary folder {root} does not belong to this user; Netra will not use it.",
        )
    root.chmod(0o700)
    return root


def make_temp_dir(kind: str) -> Path:
    """A new folder for one batch of temporary files (``kind``: ``bukti``, ``cetak``, ...),
    removed when Netra exits (:func:`remove_own_temp_dirs`) or, if Netra was killed, at a
    later start once it is :data:`STALE_TEMP_HOURS` old (:func:`clean_stale_temp`)."""
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=temp_root()))
    _own_temp_dirs.append(folder)
    return folder


def remove_own_temp_dirs() -> int:
    """Delete the temp folders this process made; a file still held open (a viewer on
    Windows) keeps its folder until a later start. Returns how many went."""
    removed = 0
    for folder in list(_own_temp_dirs):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            _own_temp_dirs.remove(folder)
            removed += 1
    return removed


def _newest_mtime(folder: Path) -> float:
    newest = folder.lstat().st_mtime
    for child in folder.rglob("*"):
        try:
            newest = max(newest, child.lstat().st_mtime)
        except OSError:
            continue
    return newest


def clean_stale_temp(max_age_hours: float = STALE_TEMP_HOURS, now: float | None = None) -> int:
    """Delete Netra temp folders left by earlier runs: those in the temp root, and the
    ``netra-bukti-*``/``netra-cetak-*`` folders older versions left in the temp folder,
    when nothing in them changed for ``max_age_hours`` (a running Netra's folders are
    younger, and on Windows a file open in a viewer cannot be deleted anyway)."""
    cutoff = (time.time() if now is None else now) - max_age_hours * 3600
    candidates: list[Path] = []
    with contextlib.suppress(OSError, NetraError):
        candidates += [p for p in temp_root().iterdir() if p.is_dir()]
    with contextlib.suppress(OSError):
        candidates += [
            p
            for p in Path(tempfile.gettempdir()).iterdir()
            if p.name.startswith(LEGACY_TEMP_PREFIXES) and p.is_dir() and not p.is_symlink()
        ]
    removed = 0
    for folder in candidates:
        if folder in _own_temp_dirs:
            continue
        try:
            if (os.name == "posix" and folder.lstat().st_uid != os.getuid()) or (
                _newest_mtime(folder) > cutoff
            ):
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed
