from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import CliRunner


def _init(cli: CliRunner, data: Path, *extra: str) -> object:
    return cli(
        "init",
        "--office-code",
        "81.72.04",
        "--office-name",
        "Kecamatan Pulau-Pulau Kur",
        "--kabupaten-code",
        "81.72",
        "--kabupaten-name",
        "Kota Tual",
        "--role",
        "office",
        "--timezone",
        "WIT",
        "--paper",
        "f4",
        "--admin",
        "admin",
        "--json",
        *extra,
        data=data,
    )


def test_init_creates_office_keys_and_admin(cli: CliRunner, tmp_path: Path) -> None:
    data = tmp_path / "kur"
    res = _init(cli, data)
    assert res.code == 0, res.err  # type: ignore[attr-defined]
    office = res.json()["office"]  # type: ignore[attr-defined]
    assert office["timezone"] == "Asia/Jayapura"
    assert office["paper"] == "f4"
    assert office["letterhead"][0] == "PEMERINTAH KOTA TUAL"
    keys = sorted(p.name for p in (data / "keys").iterdir())
    assert keys == ["office-ed25519.pem", "office-x25519.pem"]
    if os.name == "posix":  # Windows: an owner-only ACL and DPAPI instead (test_win_keys)
        assert ((data / "keys" / "office-ed25519.pem").stat().st_mode & 0o077) == 0
    again = _init(cli, data)
    assert again.code == 2  # type: ignore[attr-defined]


def test_init_rejects_bad_codes(cli: CliRunner, tmp_path: Path) -> None:
    res = cli(
        "init",
        "--office-code",
        "8108",
        "--office-name",
        "X",
        "--kabupaten-code",
        "81.72",
        "--kabupaten-name",
        "Kota Tual",
        "--role",
        "office",
        "--admin",
        "admin",
        data=tmp_path / "x",
    )
    assert res.code == 2
    assert "kode wilayah Kemendagri" in res.err


def test_commands_need_a_user(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETRA_USER")
    res = cli("user", "list")
    assert res.code == 2
    assert "NETRA_USER" in res.err


def test_wrong_password_exit_2(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_PASSWORD", "bukan-ini")
    res = cli("user", "list", "--json")
    assert res.code == 2
    assert res.json()["error"] == "login_failed"  # type: ignore[index]


def test_user_add_and_list(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_NEW_PASSWORD", "sandi-operator-1")
    assert cli("user", "add", "operator1", "--role", "operator").code == 0
    users = cli("user", "list", "--json").json_list()
    assert {"operator1", "admin"} <= {u["username"] for u in users}


def test_usage_error_exit_2(cli: CliRunner) -> None:
    assert cli("tidak-ada-perintah").code == 2
