"""Windows file errors, emulated on Linux: CPython reports a sharing violation (a file open
in Excel or Acrobat, or held by the antivirus), access denied, a write-protected stick, a
drive that is not ready and a device failure all as ``PermissionError``/EACCES; only
``exc.winerror`` tells them apart. Here the errors are raised with that attribute set."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from desktop import fileio, oserrors
from desktop.domain.errors import NetraError
from desktop.services import diagnostics
from tests.conftest import CliRunner


def win_error(winerror: int) -> PermissionError:
    """What CPython raises on Windows for these codes: EACCES, the real code in ``winerror``."""
    exc = PermissionError(errno.EACCES, "Access is denied")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("winerror", "code", "words"),
    [
        (32, "file_in_use", "sedang dibuka di program lain"),
        (33, "file_in_use", "sedang dibuka di program lain"),
        (5, "access_denied", "dibuka di program lain"),
        (19, "write_protected", "terkunci tulis"),
        (21, "device_gone", "dicabut"),
        (31, "device_gone", "dicabut"),
    ],
)
def test_winerror_is_read_before_errno(winerror: int, code: str, words: str) -> None:
    known = oserrors.classify(win_error(winerror))
    assert known is not None and known.code == code
    assert words in known.reason_id
    assert "izin menulis" not in known.reason_id
    # The GUI's crash handler gives the same diagnosis, also when the error is wrapped.
    try:
        try:
            raise win_error(winerror)
        except OSError as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert diagnostics.classify(outer).code == code


def test_errno_still_classifies_without_winerror() -> None:
    assert oserrors.classify(PermissionError(errno.EACCES, "denied")) is oserrors.NO_PERMISSION
    assert oserrors.classify(OSError(errno.ENOSPC, "full")) is oserrors.DISK_FULL
    assert oserrors.classify(OSError(errno.EROFS, "ro")) is oserrors.READ_ONLY
    assert oserrors.classify(ValueError("x")) is None


def test_replace_is_retried_while_another_program_holds_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pegawai.xlsx"
    target.write_bytes(b"versi lama")
    real_replace = os.replace
    refusals = {"left": 3}

    def held_by_excel(src: object, dst: object) -> None:
        if refusals["left"]:
            refusals["left"] -= 1
            raise win_error(32)
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held_by_excel)
    fileio.write_verified(target, b"versi baru")
    assert target.read_bytes() == b"versi baru"
    assert refusals["left"] == 0
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_file_held_open_fails_after_the_retry_with_a_plain_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int
) -> None:
    target = tmp_path / "pakta.pdf"
    target.write_bytes(b"versi lama")
    calls: list[float] = []

    def always_held(src: object, dst: object) -> None:
        calls.append(time.monotonic())
        raise win_error(winerror)

    monkeypatch.setattr(os, "replace", always_held)
    monkeypatch.setattr(fileio, "REPLACE_RETRY_SECONDS", 0.3)
    with pytest.raises(NetraError) as err:
        fileio.write_verified(target, b"versi baru")
    assert err.value.code == "write_failed"
    assert "dibuka di program lain" in err.value.message_id
    assert "tidak ada izin menulis" not in err.value.message_id
    assert len(calls) > 1 and calls[-1] - calls[0] >= 0.25  # it waited before giving up
    assert target.read_bytes() == b"versi lama"
    assert not list(tmp_path.glob(".*partial"))


def test_plain_permission_error_is_not_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def denied(src: object, dst: object) -> None:
        calls.append(1)
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    with pytest.raises(NetraError) as err:
        fileio.write_verified(tmp_path / "x.bin", b"x")
    assert calls == [1]
    assert "tidak ada izin menulis" in err.value.message_id


@pytest.mark.parametrize(
    ("winerror", "words"), [(19, "terkunci tulis"), (21, "dicabut"), (31, "dicabut")]
)
def test_stick_errors_while_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int, words: str
) -> None:
    def failing_fsync(_fd: int) -> None:
        raise win_error(winerror)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(NetraError) as err:
        fileio.write_verified(tmp_path / "paket.netra", b"x" * 100)
    assert words in err.value.message_id
    assert list(tmp_path.iterdir()) == []


def test_roster_export_onto_a_file_open_in_excel(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pegawai.xlsx"
    assert cli("roster", "export", str(target)).code == 0
    before = target.read_bytes()

    def held(src: object, dst: object) -> None:
        raise win_error(32)

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(fileio, "REPLACE_RETRY_SECONDS", 0.2)
    res = cli("roster", "export", str(target))
    assert res.code == 2
    assert "sedang dibuka di program lain" in res.err and "Traceback" not in res.err
    assert target.read_bytes() == before
    res = cli("roster", "export", str(target), "--json")
    assert res.json()["reason"] == "file_in_use"  # type: ignore[index]


def test_cli_names_a_sharing_violation_outside_file_writes(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OSError that escapes a command (not through write_verified) gets the same reason."""
    from desktop.services.roster import export as roster_export

    def held(*_args: object, **_kwargs: object) -> int:
        raise win_error(32)

    monkeypatch.setattr(roster_export, "export", held)
    res = cli("roster", "export", "pegawai.xlsx")
    assert res.code == 2
    assert "sedang dibuka di program lain" in res.err
