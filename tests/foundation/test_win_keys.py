"""Private keys on Windows: chmod does nothing there, so the keys folder gets an owner-only
ACL and the key files are wrapped with the user's DPAPI. Windows is emulated by the Win32
stand-in of win_fake (real ctypes marshalling, per-user DPAPI secrets, per-file DACLs)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import winsec
from desktop.domain.errors import NetraError
from desktop.services import identity
from tests.foundation.win_fake import FakeWindows

OTHER_USER = "S-1-5-21-1004336348-1177238915-682003330-1002"
SYSTEM = "S-1-5-18"


@pytest.fixture
def windows() -> Iterator[FakeWindows]:
    fake = FakeWindows()
    with winsec.use(fake.api()):
        yield fake
    assert fake.live_allocations() == 0, "memory from Windows was not given back (LocalFree)"
    assert not fake.handles, "a Windows handle was left open"


def _pub(keys: identity.OfficeKeys) -> tuple[str, str]:
    return keys.signing_public_hex, keys.box_public_hex


def test_generated_keys_are_dpapi_wrapped_and_the_folder_owner_only(
    windows: FakeWindows, tmp_path: Path
) -> None:
    keys_dir = tmp_path / "data" / "keys"
    keys = identity.generate(keys_dir)
    for name in identity.KEY_FILES:
        stored = (keys_dir / name).read_bytes()
        assert stored.startswith(winsec.DPAPI_MAGIC)
        assert b"PRIVATE KEY" not in stored
        file_acl = windows.acls[str(keys_dir / name)]
        assert file_acl.protected
    acl = windows.acls[str(keys_dir)]
    assert acl.protected, "inherited entries (Authenticated Users: Modify) must not apply"
    assert [(a.sid, a.rights, a.inherit) for a in acl.aces] == [
        (windows.user_sid, "FA", "OICI"),
        ("SY", "FA", "OICI"),
    ]
    assert windows.may_access(str(keys_dir), windows.user_sid)
    assert windows.may_access(str(keys_dir), SYSTEM)
    assert not windows.may_access(str(keys_dir), OTHER_USER)
    assert _pub(identity.load(keys_dir)) == _pub(keys)


def test_another_windows_account_cannot_open_the_keys(windows: FakeWindows, tmp_path: Path) -> None:
    identity.generate(tmp_path / "keys")
    windows.user_sid = OTHER_USER
    with pytest.raises(NetraError) as err:
        identity.load(tmp_path / "keys")
    assert err.value.code == "keys_other_account"
    assert "akun Windows lain" in err.value.message_id


def test_a_copied_key_file_from_another_laptop_is_refused(tmp_path: Path) -> None:
    laptop = FakeWindows(machine_secret=b"laptop-a")
    with winsec.use(laptop.api()):
        identity.write_private_key(tmp_path / "k.pem", b"-----BEGIN PRIVATE KEY-----\n")
    thief = FakeWindows(machine_secret=b"laptop-b")  # same user name SID, other machine
    with winsec.use(thief.api()), pytest.raises(NetraError) as err:
        identity.read_private_key(tmp_path / "k.pem")
    assert err.value.code == "keys_other_account"


def test_an_altered_wrapped_file_is_refused(windows: FakeWindows, tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    identity.write_private_key(path, b"secret key bytes")
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(NetraError):
        identity.read_private_key(path)


def test_legacy_plain_keys_still_load_and_get_wrapped(tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    old = identity.generate(keys_dir)  # written as on Linux / by an older Netra: plain PEM
    assert (keys_dir / identity.SIGNING_KEY_FILE).read_bytes().startswith(b"-----BEGIN")
    fake = FakeWindows()
    with winsec.use(fake.api()):
        assert _pub(identity.load(keys_dir)) == _pub(old)
        for name in identity.KEY_FILES:
            assert winsec.is_wrapped((keys_dir / name).read_bytes())
        assert fake.acls[str(keys_dir)].protected
        assert _pub(identity.load(keys_dir)) == _pub(old)  # and read back wrapped
    assert fake.live_allocations() == 0


def test_backup_api_round_trip_gives_the_unwrapped_bytes(
    windows: FakeWindows, tmp_path: Path
) -> None:
    pem = b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"
    identity.write_private_key(tmp_path / "a.pem", pem)
    assert (tmp_path / "a.pem").read_bytes() != pem
    assert identity.read_private_key(tmp_path / "a.pem") == pem


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_on_posix_keys_stay_plain_files_with_mode_0600(tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    identity.generate(keys_dir)
    path = keys_dir / identity.SIGNING_KEY_FILE
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert path.stat().st_mode & 0o077 == 0
    assert keys_dir.stat().st_mode & 0o077 == 0
    assert identity.read_private_key(path) == path.read_bytes()


def test_a_wrapped_key_copied_to_linux_is_explained(tmp_path: Path) -> None:
    with winsec.use(FakeWindows().api()):
        identity.write_private_key(tmp_path / "k.pem", b"x")
    with pytest.raises(NetraError) as err:
        identity.read_private_key(tmp_path / "k.pem")
    assert err.value.code == "keys_windows_only"
    assert "cadangan" in err.value.message_id


def test_no_acl_support_still_wraps_and_a_dpapi_failure_stores_nothing(
    tmp_path: Path,
) -> None:
    fake = FakeWindows()

    def fat32_refuses(path: str, info: int, descriptor: object) -> int:
        fake.error = 1  # ERROR_INVALID_FUNCTION: the volume keeps no ACLs
        return 0

    fake.advapi32.SetFileSecurityW = fat32_refuses
    with winsec.use(fake.api()):
        identity.generate(tmp_path / "keys")
        assert winsec.is_wrapped((tmp_path / "keys" / identity.BOX_KEY_FILE).read_bytes())

        def profile_broken(*_args: object) -> int:
            fake.error = 0x8009000B
            return 0

        fake.crypt32.CryptProtectData = profile_broken
        with pytest.raises(NetraError) as err:
            identity.write_private_key(tmp_path / "new.pem", b"key")
    assert err.value.code == "keys_protect_failed"
    assert not (tmp_path / "new.pem").exists()
    assert fake.live_allocations() == 0
