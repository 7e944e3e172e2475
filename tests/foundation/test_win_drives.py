"""Drive discovery for the Sync page: the Windows way (GetLogicalDrives, GetDriveTypeW,
QueryDosDeviceW, the USB bus type from IOCTL_STORAGE_QUERY_PROPERTY; emulated by win_fake)
and the Linux mount points. The old page took every drive but C: for a stick and chose D:."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import drives, winsec
from tests.foundation.win_fake import FakeDrive, FakeWindows

BUS_SATA, BUS_NVME, BUS_USB = 11, 17, 7


def laptop(**extra: FakeDrive) -> FakeWindows:
    """An OEM laptop: C: system, D: the data partition on the same internal disk."""
    return FakeWindows(
        drives={
            "C": FakeDrive(winsec.DRIVE_FIXED, "NTFS", "Windows", bus=BUS_NVME),
            "D": FakeDrive(winsec.DRIVE_FIXED, "NTFS", "DATA", bus=BUS_NVME),
            **extra,
        }
    )


def found(fake: FakeWindows, monkeypatch: pytest.MonkeyPatch, system: str = "C:") -> list[str]:
    monkeypatch.setenv("SYSTEMDRIVE", system)
    with winsec.use(fake.api()):
        result = [d.root for d in drives.removable_drives()]
    assert fake.live_allocations() == 0 and not fake.handles
    return result


def test_internal_partition_alone_is_not_a_flash_drive(monkeypatch: pytest.MonkeyPatch) -> None:
    assert found(laptop(), monkeypatch) == []


def test_one_stick_is_found_and_preselected(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = laptop(E=FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", "KINGSTON"))
    monkeypatch.setenv("SYSTEMDRIVE", "C:")
    with winsec.use(fake.api()):
        listed = drives.removable_drives()
    assert [(d.root, d.name, d.certain) for d in listed] == [("E:\\", "KINGSTON", True)]
    chosen = drives.preselect(listed)
    assert chosen is not None and chosen.root == "E:\\"


def test_everything_that_is_not_a_stick_is_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = laptop(
        E=FakeDrive(winsec.DRIVE_REMOVABLE, "exFAT", "SANDISK"),
        F=FakeDrive(winsec.DRIVE_FIXED, "NTFS", "WD Passport", bus=BUS_USB),  # USB hard disk
        G=FakeDrive(winsec.DRIVE_CDROM, "CDFS"),
        H=FakeDrive(winsec.DRIVE_REMOVABLE, ready=False),  # card reader, no card
        I=FakeDrive(winsec.DRIVE_FIXED, "NTFS", "BACKUP", bus=BUS_SATA),  # second internal disk
        J=FakeDrive(winsec.DRIVE_FIXED, "NTFS", bus=None),  # the bus cannot be asked
        K=FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", read_only=True),  # write-protected
        R=FakeDrive(winsec.DRIVE_RAMDISK, "NTFS"),
        S=FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", subst="E:\\arsip"),  # SUBST S: E:\arsip
        Z=FakeDrive(winsec.DRIVE_REMOTE, "NTFS", "kantor"),
    )
    assert found(fake, monkeypatch) == ["E:\\", "F:\\"]
    with winsec.use(fake.api()):
        listed = drives.removable_drives()
    assert [d.usb_disk for d in listed] == [False, True]
    assert drives.preselect(listed) is None  # two sure drives: the user chooses


def test_the_system_drive_is_never_offered_even_when_not_c(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = FakeWindows(
        drives={
            "C": FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", "OLD"),
            "E": FakeDrive(winsec.DRIVE_FIXED, "NTFS", "Windows", bus=BUS_USB),  # Windows To Go
        }
    )
    assert found(fake, monkeypatch, system="E:") == ["C:\\"]


def test_linux_mount_points(tmp_path: Path) -> None:
    table = tmp_path / "mounts"
    table.write_text(
        "/dev/nvme0n1p2 / ext4 rw 0 0\n"
        "/dev/sdb1 /media/ani/KINGSTON\\040USB vfat rw,nosuid 0 0\n"
        "/dev/sdc1 /media/ani/LOCKED vfat ro,nosuid 0 0\n"
        "/dev/sdd1 /mnt/data ext4 rw 0 0\n"
        "//srv/share /mnt/share cifs rw 0 0\n"
        "tmpfs /run/media/ani tmpfs rw 0 0\n"
    )
    listed = drives.removable_drives(table)
    assert [(d.root, d.name, d.certain) for d in listed] == [
        ("/media/ani/KINGSTON USB", "KINGSTON USB", True),
        ("/mnt/data", "data", False),
    ]
    chosen = drives.preselect(listed)
    assert chosen is not None and chosen.root == "/media/ani/KINGSTON USB"
    assert drives.preselect([d for d in listed if not d.certain]) is None
