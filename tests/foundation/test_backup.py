from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import accounts
from desktop.services.context import AppContext
from tests.conftest import CliRunner

PASS = "frasa-cadangan-1"


def test_backup_round_trip(
    ctx: AppContext, cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", PASS)
    out = tmp_path / "cadangan.netrabak"
    res = cli("backup", "create", "--out", str(out), "--json")
    assert res.code == 0, res.err
    assert out.exists()
    accounts.add_user(ctx, "setelah", "sandi-kuat-123", "viewer")
    res = cli("backup", "restore", str(out), "--json")
    assert res.code == 0, res.err
    ctx.engine.dispose()
    names = [u.username for u in accounts.list_users(ctx)]
    assert "setelah" not in names


def test_restore_refuses_wrong_passphrase_and_garbage(
    ctx: AppContext, cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", PASS)
    out = tmp_path / "cadangan.netrabak"
    assert cli("backup", "create", "--out", str(out)).code == 0
    accounts.add_user(ctx, "tetap", "sandi-kuat-123", "viewer")

    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", "frasa-yang-salah")
    res = cli("backup", "restore", str(out))
    assert res.code == 2
    assert "bukan cadangan Netra yang sah" in res.err

    junk = tmp_path / "foto.jpg"
    junk.write_bytes(b"\xff\xd8" + b"x" * 500)
    res = cli("backup", "restore", str(junk))
    assert res.code == 2

    monkeypatch.setenv("NETRA_BACKUP_PASSPHRASE", PASS)
    flipped = bytearray(out.read_bytes())
    flipped[len(flipped) // 2] ^= 0x01
    bad = tmp_path / "rusak.netrabak"
    bad.write_bytes(bytes(flipped))
    assert cli("backup", "restore", str(bad)).code == 2
    # Nothing was lost: the user added after the backup is still there.
    assert "tetap" in [u.username for u in accounts.list_users(ctx)]
