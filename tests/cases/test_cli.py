"""``netra case ...`` contract: option names, JSON documents, exit codes, Indonesian errors."""

from __future__ import annotations

from pathlib import Path

from desktop.services.context import AppContext
from tests.cases.test_evidence import png_bytes
from tests.conftest import CliRunner


def test_case_cli_round_trip(
    cli: CliRunner,
    ctx: AppContext,
    people: dict[str, str],
    tmp_path: Path,
) -> None:
    ctx.close()  # the CLI opens its own context on the same folder
    photo = tmp_path / "tangkapan layar.png"
    photo.write_bytes(png_bytes())
    res = cli(
        "case",
        "new",
        "--source",
        "media_sosial",
        "--reporter",
        "Warga Ilwaki",
        "--contact",
        "0813-1111-2222",
        "--received",
        "2024-10-07",
        "--nip",
        "199001012015031001",
        "--place",
        "Facebook",
        "--act-date",
        "2024-10-06",
        "--description",
        "Membagikan poster calon.",
        "--code",
        "D2",
        "--code",
        "e4",
        "--evidence",
        str(photo),
        "--json",
    )
    assert res.code == 0, res.err
    case = res.json_object()
    number = case["number"]
    assert number == "81.08.06/2024/0001"
    assert case["alleged_codes"] == ["D2", "E4"] and case["evidence"][0]["mime"] == "image/png"

    assert cli("case", "advance", number, "--to", "pengecekan", "--note", "Lengkap").code == 0
    assert cli("case", "advance", case["id"], "--to", "verifikasi").code == 0
    bad = cli("case", "advance", number, "--to", "validasi")
    assert bad.code == 2 and "kode pelanggaran" in bad.err
    res = cli("case", "advance", number, "--to", "validasi", "--proven", "D2,E4", "--json")
    assert res.code == 0 and res.json_object()["proven_codes"] == ["D2", "E4"]

    res = cli("case", "recommend", number, "--json")
    assert res.code == 0, res.err
    rec = res.json_object()
    assert rec["output"]["minimum_type"] == 7 and rec["rulebook_sha256"]

    sched = ("case", "schedule", number, "--summons", "2024-12-02", "--examination")
    res = cli(*sched, "2024-12-20")
    assert res.code == 2 and "paling lama 7 hari kerja" in res.err
    res = cli(*sched, "2024-12-06", "--json")
    assert res.code == 0, res.err

    res = cli(
        "case",
        "decide",
        number,
        "--type",
        "5",
        "--sk-number",
        "800/4/2024",
        "--sk-date",
        "2024-12-16",
    )
    assert res.code == 2 and "alasan tertulis" in res.err
    res = cli(
        "case",
        "decide",
        number,
        "--type",
        "7",
        "--sk-number",
        "800/4/2024",
        "--sk-date",
        "2024-12-16",
        "--decided-by",
        "Bupati Maluku Barat Daya",
        "--json",
    )
    assert res.code == 0, res.err
    dec = res.json_object()
    assert dec["effective_date"] == "2025-01-09" and dec["end_date"] == "2026-01-09"

    res = cli("case", "show", number, "--json")
    assert res.code == 0, res.err
    shown = res.json_object()
    assert shown["state"] == "keputusan"
    assert shown["reporter_contact"] == "0813-1111-2222"
    assert [s["to"] for s in shown["timeline"]][-1] == "keputusan"
    text = cli("case", "show", number)
    assert text.code == 0 and "Riwayat" in text.out

    res = cli("case", "list", "--state", "keputusan", "--json")
    assert res.code == 0 and [c["number"] for c in res.json_list()] == [number]
    res = cli("case", "list", "--overdue", "--today", "2024-12-20", "--json")
    assert res.code == 0 and res.json() == []
    # the SK must be delivered within 14 working days (by 8 Jan 2025): not recorded -> overdue
    res = cli("case", "list", "--overdue", "--today", "2025-01-09", "--json")
    assert [c["number"] for c in res.json_list()] == [number]
    assert cli("case", "list").code == 0

    out = tmp_path / "nota.pdf"
    res = cli("case", "pdf", number, "--out", str(out), "--kind", "recommendation", "--json")
    assert res.code == 0 and out.read_bytes().startswith(b"%PDF")
    assert cli("case", "evidence", "add", number, str(photo)).code == 0


def test_case_cli_refusals(cli: CliRunner, tmp_path: Path) -> None:
    res = cli(
        "case",
        "new",
        "--source",
        "koran",
        "--reported-name",
        "X",
        "--description",
        "d",
        "--anonymous",
    )
    assert res.code == 2
    res = cli(
        "case",
        "new",
        "--source",
        "bawaslu",
        "--reported-name",
        "X",
        "--description",
        "d",
        "--anonymous",
        "--code",
        "Z9",
        "--json",
    )
    assert res.code == 2 and res.json_object()["error"] == "unknown_code"
    assert "Kode pelanggaran tidak dikenal" in res.err
    res = cli(
        "case",
        "new",
        "--source",
        "bawaslu",
        "--reported-name",
        "X",
        "--description",
        "d",
        "--anonymous",
        "--received",
        "07/10/2024",
    )
    assert res.code == 2 and "TTTT-BB-HH" in res.err
    exe = tmp_path / "foto.jpg"
    exe.write_bytes(b"MZ\x90\x00" + b"\0" * 64)
    res = cli(
        "case",
        "new",
        "--source",
        "bawaslu",
        "--reported-name",
        "X",
        "--description",
        "d",
        "--anonymous",
        "--evidence",
        str(exe),
    )
    assert res.code == 2 and "bukan foto" in res.err
    assert cli("case", "list", "--json").json() == []
    res = cli("case", "show", "81.08.06/2024/9999")
    assert res.code == 2 and "tidak ditemukan" in res.err
