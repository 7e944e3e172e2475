"""The whole trip through the CLI, as a new user would: three offices and a hub in separate
data folders; enrol, sign, export, carry, import scrambled with one file twice and one
tampered, answer back, offices see their records acknowledged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.sync.helpers import (
    HUB,
    OFFICES,
    PASSWORD,
    make_install,
    run,
    run_json,
    seed_office,
    sign,
)


def test_three_offices_and_a_hub_through_the_cli(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    offices = {code: make_install(tmp_path, code, name) for code, name in OFFICES.items()}
    dirs = {code: ctx.data_dir for code, ctx in offices.items()}
    hub_dir = hub.data_dir
    stick = tmp_path / "flashdisk"
    # Enrolment by files, fingerprint compared.
    for code, folder in dirs.items():
        req = run_json(folder, "sync", "enroll-request", "--out", str(stick / f"{code}.req"))
        code_, _, err = run(
            hub_dir,
            "sync",
            "enroll",
            req["path"],
            "--out",
            str(stick / f"{code}.ans"),
            "--fingerprint",
            "0000 1111",
        )
        assert code_ == 1 and "TIDAK didaftarkan" in err
        run_json(
            hub_dir,
            "sync",
            "enroll",
            req["path"],
            "--out",
            str(stick / f"{code}.ans"),
            "--fingerprint",
            req["fingerprint"].lower(),
        )
        accepted = run_json(folder, "sync", "enroll-accept", str(stick / f"{code}.ans"))
        assert accepted["hub"] == HUB[0]
    # Sign at every office (signature records straight into each office database).
    for i, ctx in enumerate(offices.values()):
        sign(ctx, seed_office(ctx, 3 + i, nip_base=100 * i))
    packages = {}
    for code, folder in dirs.items():
        result = run_json(folder, "sync", "export", "--out", str(stick))
        [pkg] = result["packages"]
        assert pkg["seq"] == 1 and pkg["counts"]["signature_record"] >= 3
        packages[code] = Path(pkg["path"])
    # Carry: copy to the hub's inbox; one file twice, one tampered.
    inbox = tmp_path / "hub-inbox"
    inbox.mkdir()
    carried = [shutil.copy(p, inbox / p.name) for p in packages.values()]
    tampered = inbox / ("rusak-" + packages["81.08.01"].name)
    data = bytearray(packages["81.08.01"].read_bytes())
    data[len(data) // 2] ^= 0x40
    tampered.write_bytes(bytes(data))
    order = [carried[2], tampered, carried[0], carried[2], carried[1]]
    result = run_json(hub_dir, "sync", "import", *map(str, order), expect=1)
    statuses = [(Path(r["file"]).name, r["status"]) for r in result["results"]]
    assert [s for _, s in statuses] == ["applied", "rejected", "applied", "duplicate", "applied"]
    assert result["results"][1]["reason"] in ("hash_mismatch", "bad_signature")
    assert result["results"][3]["message"].startswith("sudah diimpor pada")
    # Re-running the same import: everything is a duplicate now -> exit 0.
    again = run_json(hub_dir, "sync", "import", *map(str, carried))
    assert {r["status"] for r in again["results"]} == {"duplicate"}
    status = run_json(hub_dir, "sync", "status")
    assert {p["office"]: p["sequence"] for p in status["peers"]} == dict.fromkeys(OFFICES, 1)
    assert run_json(hub_dir, "sync", "conflicts")["conflicts"] == []
    # The hub answers every office; each takes its answer and sees its records acknowledged.
    answers = run_json(hub_dir, "sync", "export", "--out", str(stick / "jawaban"))["packages"]
    assert {a["to"] for a in answers} == set(OFFICES)
    for a in answers:
        folder = dirs[a["to"]]
        before = run_json(folder, "sync", "status")["peers"][0]
        assert before["pending_records"] > 0
        res = run_json(folder, "sync", "import", a["path"])
        assert res["results"][0]["status"] == "applied"
        after = run_json(folder, "sync", "status")["peers"][0]
        assert after["pending_records"] == 0 and after["unacknowledged_packages"] == 0
    # Text output is Indonesian and names the sender.
    rc, out, _ = run(hub_dir, "sync", "review", str(carried[0]))
    assert rc == 0 and "sudah diimpor" in out
    for ctx in [hub, *offices.values()]:
        ctx.close()
