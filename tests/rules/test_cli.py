"""CLI contract: netra rules check|show|load, netra calendar list|add|remove."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.services import rules
from tests.conftest import CliRunner


def _case(tmp_path: Path, data: Any, name: str = "case.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


def test_check_json_contract(cli: CliRunner, tmp_path: Path) -> None:
    path = _case(
        tmp_path,
        {
            "category": "PNS",
            "violations": ["D13"],
            "prior": [{"type": 6, "same_nature": True, "date": "2024-03-01"}],
        },
    )
    res = cli("rules", "check", "--case", path, "--json")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict)
    for key in (
        "rulebook",
        "rulebook_sha256",
        "track",
        "level",
        "reference_level",
        "minimum_type",
        "allowed_types",
        "moral",
        "authority",
        "process",
        "warnings",
        "explanation",
    ):
        assert key in out
    assert (out["level"], out["minimum_type"], out["allowed_types"]) == ("berat", 7, [7, 8, 9])
    assert out["rulebook"] == "netralitas-2022"


def test_check_text_is_indonesian(cli: CliRunner, tmp_path: Path) -> None:
    res = cli(
        "rules", "check", "--case", _case(tmp_path, {"category": "PPPK", "violations": ["D1"]})
    )
    assert res.code == 0
    assert "pemutusan hubungan perjanjian kerja" in res.out and "Peringatan" in res.out


def test_unknown_code_exit_2_lists_valid(cli: CliRunner, tmp_path: Path) -> None:
    res = cli(
        "rules",
        "check",
        "--case",
        _case(tmp_path, {"category": "PNS", "violations": ["D2", "D99"]}),
        "--json",
    )
    assert res.code == 2
    err = res.json()
    assert isinstance(err, dict) and err["error"] == "unknown_code"
    assert "D16" in err["valid"] and "E7" in err["valid"]
    assert "D99" in res.err and "E1" in res.err


def test_unknown_category_exit_2(cli: CliRunner, tmp_path: Path) -> None:
    res = cli(
        "rules", "check", "--case", _case(tmp_path, {"category": "HONORER", "violations": ["D2"]})
    )
    assert res.code == 2
    assert "NON_ASN" in res.err and res.out == ""


def test_bad_files_exit_2(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("rules", "check", "--case", str(tmp_path / "nope.json")).code == 2
    res = cli("rules", "check", "--case", _case(tmp_path, "{not json"))
    assert res.code == 2 and "JSON" in res.err


def test_check_without_office_or_login(cli: CliRunner, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.delenv("NETRA_USER")
    monkeypatch.delenv("NETRA_PASSWORD")
    path = _case(tmp_path, {"category": "NON_ASN", "violations": ["E1", "D4"]})
    res = cli("rules", "check", "--case", path, "--json", data=tmp_path / "fresh")
    assert res.code == 0, res.err
    out = res.json()
    assert isinstance(out, dict)
    assert (out["track"], out["reference_level"]) == ("contract", "berat")
    assert out["rulebook_sha256"] == rules.shipped_rulebook().sha256


def test_show(cli: CliRunner) -> None:
    res = cli("rules", "show", "--json")
    assert res.code == 0
    out = res.json()
    assert isinstance(out, dict)
    assert out["codes"][:2] == ["E1", "E2"] and len(out["codes"]) == 25  # E8, D17: catch-alls
    assert out["source"] == "office" and out["stored_versions"][0]["active"] is True
    text = cli("rules", "show").out
    assert "D16" in text and "pemberhentian tidak dengan hormat" in text


def test_load_new_and_refuse_invalid(cli: CliRunner, tmp_path: Path) -> None:
    data = json.loads(rules.shipped_rulebook_text())
    data["version"] = "2023.1"
    res = cli("rules", "load", _case(tmp_path, data, "new.json"), "--json")
    assert res.code == 0, res.err
    assert cli("rules", "show", "--json").json()["version"] == "2023.1"  # type: ignore[index]
    del data["violations"]
    res = cli("rules", "load", _case(tmp_path, data, "bad.json"))
    assert res.code == 2 and "ditolak" in res.err and "violations" in res.err


def test_calendar_commands(cli: CliRunner) -> None:
    res = cli("calendar", "list", "--year", "2026", "--json")
    assert res.code == 0
    days = res.json()
    assert isinstance(days, list)
    assert {
        "date": "2026-03-23",
        "name": "Cuti bersama Idul Fitri 1447 H",
        "kind": "cuti_bersama",
        "weekday": 1,
    } in days
    assert cli("calendar", "add", "2026-12-01", "HUT Kabupaten MBD").code == 0
    assert "2026-12-01" in cli("calendar", "list", "--year", "2026").out
    assert cli("calendar", "add", "2026-12-01", "lagi").code == 2
    assert cli("calendar", "add", "2026-13-01", "salah").code == 2
    assert cli("calendar", "remove", "2026-12-01", "--json").code == 0
    assert cli("calendar", "remove", "2026-12-01").code == 2
