"""CLI contract: netra roster import/export/list (keys, exit codes, storing nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from tests.conftest import PASSWORD, CliRunner
from tests.roster import messy


def test_import_json_contract(cli: CliRunner, tmp_path: Path) -> None:
    path = messy.write_xlsx(tmp_path / "nominatif.xlsx")
    res = cli("roster", "import", str(path), "--dry-run", "--json")
    assert res.code == 0, res.err
    data: Any = res.json()
    assert set(data) >= {"created", "updated", "unchanged", "rejected", "warnings", "units_created"}
    assert data["created"] == 6
    assert {
        "row": 11,
        "nip": "198609262015051000",
        "reason_code": "nip_precision_lost",
    }.items() <= data["rejected"][0].items()
    assert all(set(r) == {"row", "nip", "reason_code", "message"} for r in data["rejected"])
    listed: Any = cli("roster", "list", "--json").json()
    assert listed["items"] == []  # dry run stored nothing
    res = cli("roster", "import", str(path), "--json")
    assert res.code == 0 and res.json()["created"] == 6  # type: ignore[index]
    listed = cli("roster", "list", "--search", "lewier", "--json").json()
    item = listed["items"][0]
    assert set(item) == {
        "id",
        "nip",
        "name",
        "category",
        "golongan",
        "jabatan",
        "unit_code",
        "unit_name",
        "active",
    }
    assert item["unit_name"] == "Kantor Camat Wetar" and item["active"] is True


def test_unreadable_and_headerless_exit_2(cli: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "rusak.xls"
    bad.write_bytes(b"\x00garbage")
    res = cli("roster", "import", str(bad), "--json")
    assert res.code == 2 and "tidak dapat dibaca" in res.err
    empty = tmp_path / "kosong.csv"
    empty.write_text("hanya teks\n1;2;3\n", encoding="utf-8")
    res = cli("roster", "import", str(empty))
    assert res.code == 2 and "judul kolom" in res.err
    assert cli("roster", "import", str(tmp_path / "tidak-ada.xlsx")).code == 2
    assert cli("roster", "list", "--json").json() == {"total": 0, "items": []}


def test_export_keeps_formulas_as_text(cli: CliRunner, tmp_path: Path) -> None:
    assert cli("roster", "import", str(messy.write_xlsx(tmp_path / "m.xlsx"))).code == 0
    xlsx, csv_path = tmp_path / "out.xlsx", tmp_path / "out.csv"
    assert cli("roster", "export", str(xlsx)).code == 0
    assert cli("roster", "export", str(csv_path)).code == 0
    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    names = [r[1] for r in rows]
    assert '=HYPERLINK("http://x")' in names  # the text itself, not a formula result
    assert messy.NIP_CAMAT in [r[0] for r in rows]  # NIP kept as 18-digit text
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text
    # The export reads back through the import unchanged.
    again: Any = cli("roster", "import", str(xlsx), "--json").json()
    assert again["created"] == 0 and again["rejected"] == []
    assert cli("roster", "export", str(tmp_path / "out.pdf")).code == 2


def test_unit_add_transfer_deactivate(cli: CliRunner) -> None:
    assert (
        cli("roster", "unit", "add", "81.08.06", "Kecamatan Wetar", "--kind", "kecamatan").code == 0
    )
    assert (
        cli(
            "roster",
            "unit",
            "add",
            "81.08.06.2001",
            "Desa Ilwaki",
            "--kind",
            "desa",
            "--parent",
            "81.08.06",
        ).code
        == 0
    )
    res = cli(
        "roster",
        "add",
        "--name",
        "Budi",
        "--unit",
        "81.08.06",
        "--nip",
        "19860926 201505 1 001",
        "--golongan",
        "III/a",
    )
    assert res.code == 0, res.err
    bad = cli("roster", "add", "--name", "X", "--unit", "81.08.06", "--nip", "123")
    assert bad.code == 2 and "18 angka" in bad.err
    assert cli("roster", "transfer", "198609262015051001", "--unit", "81.08.06.2001").code == 0
    assert cli("roster", "deactivate", "198609262015051001", "--reason", "mutasi").code == 0
    item: Any = cli("roster", "list", "--json").json()
    assert item["items"][0]["unit_code"] == "81.08.06.2001"
    assert item["items"][0]["active"] is False


def test_reader_closing_the_pipe_early_gets_no_traceback(
    cli: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    """``netra roster list --json | head``: the list is longer than a pipe holds, the reader
    stops after a few bytes; netra ends quietly with 141 (128 + SIGPIPE), no traceback."""
    import os
    import subprocess
    import sys

    lines = ["NAMA;JABATAN;UNIT KERJA"] + [
        f"Pegawai Honorer {i};Staf;Desa Klis" for i in range(900)
    ]
    sheet = tmp_path / "honorer.csv"
    sheet.write_text("\n".join(lines), encoding="utf-8")
    assert cli("roster", "import", str(sheet)).code == 0
    env = {**os.environ, "NETRA_USER": "admin", "NETRA_PASSWORD": PASSWORD}
    env.pop("NETRA_DATABASE_URL", None)
    command = ["-m", "desktop.cli.main", "--data-dir", str(data_dir), "roster", "list", "--json"]
    proc = subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(50).startswith(b"{")
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 141, err
    assert "Traceback" not in err


def test_export_to_a_full_stick_fails_cleanly(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 2 with the reason in Indonesian, and neither the export nor a partial file left;
    an earlier export of the same name stays as it was."""
    from desktop import fileio

    assert cli("roster", "import", str(messy.write_xlsx(tmp_path / "m.xlsx"))).code == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "pegawai.csv").write_bytes(b"ekspor lama")
    monkeypatch.setattr(fileio, "free_space", lambda _folder: 200 * 1024)
    for name in ("pegawai.xlsx", "pegawai.csv"):
        result = cli("roster", "export", str(stick / name))
        assert result.code == 2, result.err
        assert "ruang kosong" in result.err
    assert sorted(p.name for p in stick.iterdir()) == ["pegawai.csv"]
    assert (stick / "pegawai.csv").read_bytes() == b"ekspor lama"


def test_exported_csv_and_xlsx_import_back_unchanged(cli: CliRunner, tmp_path: Path) -> None:
    """The kabupaten exports, an office edits nothing and imports it back: no change, even
    for the name written as '=... to keep it from becoming a formula."""
    assert cli("roster", "import", str(messy.write_xlsx(tmp_path / "m.xlsx"))).code == 0
    for name in ("balik.csv", "balik.xlsx"):
        assert cli("roster", "export", str(tmp_path / name)).code == 0
        again = cli("roster", "import", str(tmp_path / name), "--json")
        doc = again.json()
        assert isinstance(doc, dict)
        assert (doc["created"], doc["updated"], doc["unchanged"]) == (0, 0, 6), name
