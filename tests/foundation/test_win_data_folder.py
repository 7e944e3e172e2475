"""A data folder on FAT/exFAT (no permissions at all) or on a network share (SQLite's locks
and WAL are unsafe there) is refused by ``netra init``. Windows asks the volume through
GetVolumePathNameW/GetDriveTypeW/GetVolumeInformationW (emulated by win_fake); Linux reads
/proc/mounts (a written mounts table here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import paths, winsec
from desktop.paths import folder_risk
from tests.conftest import CliRunner
from tests.foundation.test_cli_init import _init
from tests.foundation.win_fake import FakeDrive, FakeWindows


def _mounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    table = tmp_path / "mounts"
    table.write_text(
        "\n".join(["/dev/sda2 / ext4 rw,relatime 0 0", "tmpfs /tmp tmpfs rw 0 0", *lines]) + "\n"
    )
    monkeypatch.setattr(paths, "PROC_MOUNTS", table)


@pytest.mark.parametrize(
    ("fstype", "kind"),
    [("vfat", "fat"), ("exfat", "fat"), ("cifs", "network"), ("nfs4", "network"),
     ("fuse.sshfs", "network"), ("smb3", "network"), ("ext4", None), ("ntfs3", None)],
)  # fmt: skip
def test_linux_risk_from_the_mount_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fstype: str, kind: str | None
) -> None:
    stick = tmp_path / "USB STICK"  # a space: /proc/mounts writes it as \040
    stick.mkdir()
    escaped = str(stick).replace(" ", "\\040")
    _mounts(tmp_path, monkeypatch, f"/dev/sdb1 {escaped} {fstype} rw 0 0")
    risk = folder_risk(stick / "netra" / "data")  # not made yet: its parent decides
    assert (risk.kind if risk else None) == kind
    assert folder_risk(tmp_path / "elsewhere") is None


def test_init_refuses_a_fat_stick_and_writes_nothing(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    _mounts(tmp_path, monkeypatch, f"/dev/sdb1 {stick} vfat rw,uid=1000 0 0")
    data = stick / "netra"
    res = _init(cli, data)
    assert res.code == 2, res.err  # type: ignore[attr-defined]
    assert "flashdisk" in res.err and "vfat" in res.err  # type: ignore[attr-defined]
    assert "Traceback" not in res.err  # type: ignore[attr-defined]
    assert res.json()["error"] == "data_folder_unsafe"  # type: ignore[attr-defined]
    assert not data.exists()
    forced = _init(cli, data, "--allow-unsafe-folder")
    assert forced.code == 0, forced.err  # type: ignore[attr-defined]
    assert (data / "keys" / "office-ed25519.pem").exists()


def test_init_refuses_a_network_share(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    _mounts(tmp_path, monkeypatch, f"//server/netra {share} cifs rw,vers=3.0 0 0")
    res = _init(cli, share / "kantor")
    assert res.code == 2  # type: ignore[attr-defined]
    assert "folder jaringan" in res.err  # type: ignore[attr-defined]


def test_windows_risk_from_the_volume() -> None:
    fake = FakeWindows(
        drives={
            "C": FakeDrive(winsec.DRIVE_FIXED, "NTFS"),
            "E": FakeDrive(winsec.DRIVE_REMOVABLE, "FAT32", "KINGSTON"),
            "F": FakeDrive(winsec.DRIVE_REMOVABLE, "exFAT"),
            "G": FakeDrive(winsec.DRIVE_REMOVABLE, "NTFS"),
            "Z": FakeDrive(winsec.DRIVE_REMOTE, "NTFS"),
        }
    )
    with winsec.use(fake.api()):
        assert folder_risk(Path("C:\\Users\\Ani Lewier\\AppData\\Local\\netra")) is None
        fat = folder_risk(Path("E:\\netra"))
        assert fat is not None and (fat.kind, fat.filesystem, fat.volume) == (
            "fat",
            "FAT32",
            "E:\\",
        )
        assert getattr(folder_risk(Path("F:\\data")), "kind", None) == "fat"
        assert folder_risk(Path("G:\\data")) is None  # an NTFS stick has permissions
        assert getattr(folder_risk(Path("Z:\\netra")), "kind", None) == "network"
        unc = folder_risk(Path("\\\\server\\kantor\\netra"))
        assert unc is not None and unc.kind == "network" and unc.volume == "\\\\server\\kantor"
        long_unc = folder_risk(Path("\\\\?\\UNC\\server\\kantor\\netra"))
        assert long_unc is not None and long_unc.kind == "network"
    assert fake.live_allocations() == 0
