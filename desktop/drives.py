"""Which mounted drives are USB sticks (or SD cards) the Sync page may offer. No Qt here.

Windows: GetLogicalDrives + GetDriveTypeW. DRIVE_REMOVABLE counts; a DRIVE_FIXED drive
counts only when its disk sits on the USB bus (IOCTL_STORAGE_QUERY_PROPERTY: a USB hard disk
or one of the sticks that report themselves as fixed). Left out: the system drive
(%SystemDrive%), internal partitions (an OEM laptop's D:), network, CD-ROM and RAM drives,
SUBST drives (QueryDosDeviceW target ``\\??\\...``), drives without a medium and read-only
volumes. Linux: mount points under /media or /run/media (where the desktop mounts sticks)
count for sure, those under /mnt are offered but not for sure.

Only a drive that is *certainly* removable may be preselected, and only when it is the only
one (:func:`preselect`): sending a package to the laptop's own disk is worse than asking.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop import winsec
from desktop.paths import NETWORK_FILESYSTEMS, PROC_MOUNTS, unescape_mount

LINUX_SURE = ("/media/", "/run/media/")
LINUX_MAYBE = ("/mnt/",)
LINUX_SKIP_FS = frozenset({"autofs", "tmpfs", "proc", "sysfs", "squashfs", "overlay"})


@dataclass(frozen=True)
class Drive:
    root: str  # "E:\\" or "/media/ani/KINGSTON"
    name: str  # the volume label, or the mount point's last part
    free_mb: int | None
    certain: bool  # surely a removable stick/card/USB disk
    usb_disk: bool = False  # a fixed disk on the USB bus (a USB hard disk)


def _free_mb(root: str) -> int | None:
    try:
        return shutil.disk_usage(root).free // (1024 * 1024)
    except OSError:
        return None


def _system_drive() -> str:
    return (os.environ.get("SYSTEMDRIVE") or "C:").rstrip("\\").upper()[:2]


def windows_drives() -> list[Drive]:
    found: list[Drive] = []
    system = _system_drive()
    for letter in winsec.logical_drive_letters():
        if f"{letter}:" == system:
            continue
        root = f"{letter}:\\"
        kind = winsec.drive_type(root)
        if kind not in (winsec.DRIVE_REMOVABLE, winsec.DRIVE_FIXED):
            continue  # network, CD-ROM, RAM disk, unknown, no root
        target = winsec.dos_device_target(letter) or ""
        if target.startswith("\\??\\"):
            continue  # SUBST X: C:\folder — a folder of a disk that is already listed
        usb_disk = False
        if kind == winsec.DRIVE_FIXED:
            usb_disk = winsec.is_usb_disk(letter) is True
            if not usb_disk:
                continue  # an internal partition (D: on many OEM laptops)
        volume = winsec.drive_volume(root)
        if volume is None:
            continue  # a card reader without a card
        label, _fs, read_only = volume
        if read_only:
            continue
        found.append(Drive(root, label or f"{letter}:", _free_mb(root), True, usb_disk))
    return found


def linux_drives(mounts_file: Path | None = None) -> list[Drive]:
    try:
        text = (mounts_file or PROC_MOUNTS).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found: dict[str, Drive] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4:
            continue
        device, point, fstype = unescape_mount(fields[0]), unescape_mount(fields[1]), fields[2]
        options = fields[3].split(",")
        if fstype in LINUX_SKIP_FS or fstype in NETWORK_FILESYSTEMS or "ro" in options:
            continue
        inside = point + "/"
        sure = inside.startswith(LINUX_SURE) and device.startswith("/dev/")
        if not sure and not inside.startswith(LINUX_MAYBE):
            continue
        found[point] = Drive(point, Path(point).name or point, _free_mb(point), sure)
    return list(found.values())


def removable_drives(mounts_file: Path | None = None) -> list[Drive]:
    """Drives a sync package may go to, the sure ones first."""
    if winsec.api() is not None:
        drives = windows_drives()
    else:
        drives = linux_drives(mounts_file)
    return sorted(drives, key=lambda d: (not d.certain, d.root))


def preselect(drives: list[Drive]) -> Drive | None:
    """The drive to choose for the user: the only certain one, otherwise none."""
    sure = [d for d in drives if d.certain]
    return sure[0] if len(sure) == 1 else None
