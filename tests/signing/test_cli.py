"""CLI contract of the signing commands, and tampering caught by ``netra audit verify``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.services.context import AppContext
from tests.conftest import CliRunner
from tests.signing.conftest import make_roster

CAMAT = "197003121995031004"


@pytest.fixture
def event_id(ctx: AppContext, cli: CliRunner) -> str:
    make_roster(ctx)
    res = cli(
        "election",
        "add",
        "--name",
        "Pilkada Serentak 2024",
        "--date",
        "2024-11-27",
        "--level",
        "pilkada",
        "--json",
    )
    assert res.code == 0, res.err
    election: Any = res.json()
    assert election["id"] and election["voting_date"] == "2024-11-27"
    res = cli(
        "event",
        "create",
        "--name",
        "Apel Netralitas ASN",
        "--election",
        election["id"],
        "--template",
        "pakta-netralitas-asn",
        "--date",
        "2024-09-30",
        "--place",
        "Ilwaki",
        "--unit",
        "KEC",
        "--witness",
        "Drs. Yohanis Letelay|Camat Wetar",
        "--witness",
        "Markus Lerrick|Ketua Panwaslu Kecamatan|",
        "--json",
    )
    assert res.code == 0, res.err
    event: Any = res.json()
    assert event["witnesses"][0] == {
        "name": "Drs. Yohanis Letelay",
        "position": "Camat Wetar",
        "nip": "",
    }
    assert event["unit_codes"] == ["KEC"] and event["template_version"] == 1
    return str(event["id"])


def test_template_list(cli: CliRunner) -> None:
    res = cli("template", "list", "--json")
    assert res.code == 0
    items: Any = res.json()
    by_code = {i["code"]: i for i in items}
    assert by_code["pakta-netralitas-non-asn"]["audience"] == "non_asn"
    for item in items:
        assert {"code", "version", "title", "audience", "sha256"} <= set(item)
        assert len(item["sha256"]) == 64
    assert "pakta-netralitas-asn" in cli("template", "list").out


def test_sign_contract(cli: CliRunner, event_id: str, strokes_file: Path, tmp_path: Path) -> None:
    res = cli(
        "pact",
        "sign",
        "--event",
        event_id,
        "--nip",
        CAMAT,
        "--strokes",
        str(strokes_file),
        "--json",
    )
    assert res.code == 0, res.err
    out: Any = res.json()
    assert set(out) >= {"id", "sha256"} and len(out["sha256"]) == 64
    again = cli(
        "pact",
        "sign",
        "--event",
        event_id,
        "--nip",
        CAMAT,
        "--strokes",
        str(strokes_file),
        "--json",
    )
    assert again.code == 2 and "sudah menandatangani" in again.err
    err: Any = again.json()
    assert err["error"] == "already_signed" and err["record"]["id"] == out["id"]
    blank = tmp_path / "kosong.json"
    blank.write_text(json.dumps({"width": 900, "height": 300, "strokes": []}))
    tiny = tmp_path / "kecil.json"
    tiny.write_text(
        json.dumps(
            {
                "width": 900,
                "height": 300,
                "strokes": [[[100 + 3 * i, 100 + 9 * (i % 2), i * 8, 0.5] for i in range(15)]],
            }
        )
    )
    broken = tmp_path / "rusak.json"
    broken.write_text("{ini bukan json")
    for path, phrase in ((blank, "kosong"), (tiny, "terlalu kecil"), (broken, "JSON")):
        res = cli(
            "pact",
            "sign",
            "--event",
            event_id,
            "--nip",
            "198405172009022003",
            "--strokes",
            str(path),
        )
        assert res.code == 2 and phrase in res.err
    res = cli(
        "pact",
        "sign",
        "--event",
        event_id,
        "--nip",
        "199999999999999999",
        "--strokes",
        str(strokes_file),
    )
    assert res.code == 2 and "tidak ditemukan" in res.err
    res = cli("pact", "sign", "--event", event_id, "--strokes", str(strokes_file))
    assert res.code == 2  # --nip or --employee-id is required


def test_list_and_unsigned(cli: CliRunner, event_id: str, strokes_file: Path) -> None:
    assert (
        cli(
            "pact", "sign", "--event", event_id, "--nip", CAMAT, "--strokes", str(strokes_file)
        ).code
        == 0
    )
    res = cli("pact", "list", "--event", event_id, "--json")
    records: Any = res.json()
    assert [r["nip"] for r in records] == [CAMAT] and records[0]["kind"] == "signed"
    res = cli("pact", "list", "--event", event_id, "--unsigned", "--json")
    unsigned: Any = res.json()
    assert len(unsigned) == 5 and CAMAT not in {p["nip"] for p in unsigned}
    assert cli("pact", "list", "--unsigned").code == 2
    assert "TTD" in cli("pact", "list").out


def _verify(cli: CliRunner) -> tuple[int, str]:
    res = cli("audit", "verify", "--json")
    data: Any = res.json()
    return res.code, str(data["first_bad"])


@pytest.mark.parametrize("target", ["record", "strokes", "image"])
def test_tampering_detected(
    ctx: AppContext, cli: CliRunner, event_id: str, strokes_file: Path, target: str
) -> None:
    res = cli(
        "pact",
        "sign",
        "--event",
        event_id,
        "--nip",
        CAMAT,
        "--strokes",
        str(strokes_file),
        "--json",
    )
    rec: Any = res.json()
    assert _verify(cli)[0] == 0
    with ctx.engine.begin() as conn:
        row = conn.execute(
            text(
                "SELECT identity_json, strokes_json, image_sha256 FROM "
                "signature_record WHERE id = :id"
            ),
            {"id": rec["id"]},
        ).one()
        if target == "record":  # one byte of the identity snapshot: golongan IV/a -> IV/b
            conn.execute(
                text("UPDATE signature_record SET identity_json = :v WHERE id = :id"),
                {"v": row[0].replace("IV/a", "IV/b"), "id": rec["id"]},
            )
        elif target == "strokes":  # one digit of one point
            changed = row[1].replace("[", "[9", 3).replace("[9[9[9", "[[[9", 1)
            assert changed != row[1]
            conn.execute(
                text("UPDATE signature_record SET strokes_json = :v WHERE id = :id"),
                {"v": changed, "id": rec["id"]},
            )
        else:  # one byte of the PNG
            data = conn.execute(
                text("SELECT data FROM blob WHERE sha256 = :s"), {"s": row[2]}
            ).scalar_one()
            flipped = bytes(data[:100]) + bytes([data[100] ^ 1]) + bytes(data[101:])
            conn.execute(
                text("UPDATE blob SET data = :d WHERE sha256 = :s"), {"d": flipped, "s": row[2]}
            )
    code, first_bad = _verify(cli)
    assert code == 1
    expected = {"record": "signature_record", "strokes": "coretan", "image": "blob"}[target]
    assert expected in first_bad


def test_template_add_event_list_and_progress(
    cli: CliRunner, event_id: str, strokes_file: Path, tmp_path: Path
) -> None:
    listed: Any = cli("template", "list", "--json").json()
    current = next(t for t in listed if t["code"] == "pakta-netralitas-asn")
    body = json.loads(
        (Path(__file__).parents[2] / "resources/templates/pakta-netralitas-asn.json").read_text()
    )
    body["subtitle"] = "PADA PEMILU DAN PEMILIHAN TAHUN 2029"
    path = tmp_path / "pakta-2029.json"
    path.write_text(json.dumps(body), encoding="utf-8")
    res = cli("template", "add", str(path), "--json")
    assert res.code == 0, res.err
    added: Any = res.json()
    assert added["version"] == 2 and added["sha256"] != current["sha256"]
    assert cli("template", "add", str(path)).code == 2  # the same text again: refused
    events: Any = cli("event", "list", "--json").json()
    assert [e["id"] for e in events] == [event_id]
    elections: Any = cli("election", "list", "--json").json()
    assert elections[0]["name"] == "Pilkada Serentak 2024"
    assert cli("pact", "sign", "--event", event_id, "--nip", CAMAT, "--strokes",
               str(strokes_file)).code == 0  # fmt: skip
    rows: Any = cli("event", "progress", "--event", event_id, "--json").json()
    assert rows[0]["signed"] == 1 and rows[0]["unsigned"] == 5
    assert cli("election", "add", "--name", "X", "--date", "27-11-2024").code == 2
    assert cli("event", "create", "--name", "Apel", "--election", "nope", "--template",
               "pakta-netralitas-asn", "--date", "2024-09-30", "--place", "Ilwaki").code == 2  # fmt: skip
    bad_witness = cli("event", "create", "--name", "Apel", "--election", elections[0]["id"],
                      "--template", "pakta-netralitas-asn", "--date", "2024-09-30",
                      "--place", "Ilwaki", "--witness", "Tanpa jabatan")  # fmt: skip
    assert bad_witness.code == 2 and "Nama|Jabatan" in bad_witness.err
