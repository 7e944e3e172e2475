"""Files a user hands in, saved by Windows PowerShell 5.1 (``Out-File``/``Set-Content -Encoding
UTF8``) or an old Notepad, start with a UTF-8 byte order mark: each reader accepts them."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.services import reference
from desktop.services.context import AppContext
from desktop.services.sync import enrolment as sync_enrol
from tests.conftest import CliRunner
from tests.signing.conftest import strokes_for
from tests.signing.test_cli import CAMAT, event_id  # noqa: F401  (fixture)

ROOT = Path(__file__).resolve().parents[2]


def with_bom(path: Path, doc: Any) -> Path:
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    return path


def test_strokes_file_with_bom(cli: CliRunner, event_id: str, tmp_path: Path) -> None:  # noqa: F811
    strokes = with_bom(tmp_path / "ttd.json", strokes_for(3))
    res = cli("pact", "sign", "--event", event_id, "--nip", CAMAT, "--strokes", str(strokes))
    assert res.code == 0, res.err


def test_template_file_with_bom(cli: CliRunner, tmp_path: Path) -> None:
    body = json.loads((ROOT / "resources/templates/pakta-netralitas-asn.json").read_bytes())
    body["subtitle"] = "PADA PEMILU DAN PEMILIHAN TAHUN 2029"
    res = cli("template", "add", str(with_bom(tmp_path / "pakta.json", body)), "--json")
    assert res.code == 0, res.err


def test_shipped_template_edited_in_notepad(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "resources" / "templates"
    folder.mkdir(parents=True)
    source = ROOT / "resources/templates/pakta-netralitas-asn.json"
    with_bom(folder / source.name, json.loads(source.read_bytes()))
    monkeypatch.setattr(
        reference, "resource_path", lambda *parts: tmp_path.joinpath("resources", *parts)
    )
    bodies = reference.shipped_templates()
    assert [b.code for b in bodies] == ["pakta-netralitas-asn"]


def test_enrolment_request_with_bom(ctx: AppContext, tmp_path: Path) -> None:
    request = tmp_path / "kantor.req"
    sync_enrol.write_request(ctx, request)
    resaved = tmp_path / "kantor-notepad.req"
    resaved.write_bytes(codecs.BOM_UTF8 + request.read_bytes())
    who = sync_enrol.read_request(resaved)
    assert who["code"] == "81.08.06"


def test_roster_csv_with_bom(cli: CliRunner, tmp_path: Path) -> None:
    sheet = tmp_path / "pegawai.csv"
    sheet.write_bytes(
        codecs.BOM_UTF8 + "NAMA;JABATAN;UNIT KERJA\nAndré Lumintang;Staf;Desa Klis\n".encode()
    )
    res = cli("roster", "import", str(sheet), "--json")
    assert res.code == 0, res.err
    listed: Any = cli("roster", "list", "--json").json()
    assert "André Lumintang" in {item["name"] for item in listed["items"]}
