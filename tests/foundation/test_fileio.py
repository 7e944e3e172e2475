"""Durable writes: a full disk or a pulled stick leaves no file that looks complete."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from desktop.domain.errors import NetraError
from desktop.fileio import write_verified


def test_write_is_verified_and_private_mode_applies(tmp_path: Path) -> None:
    target = tmp_path / "stick" / "kunci.pem"
    sha = write_verified(target, b"rahasia", mode=0o600)
    assert target.read_bytes() == b"rahasia"
    assert len(sha) == 64
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(target.parent.glob(".*partial"))


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.ENOSPC, "penuh"), (errno.EIO, "dicabut"), (errno.EROFS, "hanya-baca")],
)
def test_failed_write_leaves_nothing_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    def broken_fsync(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", broken_fsync)
    target = tmp_path / "paket.netra"
    with pytest.raises(NetraError) as err:
        write_verified(target, b"x" * 1000)
    assert err.value.code == "write_failed"
    assert words in err.value.message_id
    assert list(tmp_path.iterdir()) == []


def test_existing_file_survives_a_failed_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pakta.pdf"
    write_verified(target, b"versi lama")

    def broken_fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(NetraError):
        write_verified(target, b"versi baru yang lebih panjang")
    assert target.read_bytes() == b"versi lama"
