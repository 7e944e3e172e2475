"""Several laptops (devices) under one office (issue 17): enrolment of a second laptop,
chains per device, device list and revocation, sender authority per device."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services import audit, devices, sync
from desktop.services.context import AppContext
from desktop.store.models import SignatureRecord
from tests.sync.helpers import (
    HUB,
    PASSWORD,
    enrol_cli,
    make_install,
    run,
    run_json,
    seed_office,
    sign,
)

WETAR = "81.08.06"


def export_one(folder: Path, stick: Path) -> Path:
    [pkg] = run_json(folder, "sync", "export", "--out", str(stick))["packages"]
    return Path(pkg["path"])


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    one = make_install(tmp_path / "a", WETAR, "Kecamatan Wetar")
    two = make_install(tmp_path / "b", WETAR, "Kecamatan Wetar")
    stick = tmp_path / "usb"
    stick.mkdir()
    yield hub, one, two, stick
    for ctx in (hub, one, two):
        ctx.close()


def hub_signatures(hub: AppContext) -> list[tuple[str, str, int]]:
    with hub.read() as s:
        return sorted((r.origin, r.device, r.chain_seq) for r in s.scalars(select(SignatureRecord)))


def test_second_laptop_of_an_office_must_say_additional_or_replacement(env: Any) -> None:
    hub, one, two, stick = env
    first = enrol_cli(hub.data_dir, one.data_dir, stick)
    assert first["mode"] == "first"
    # The second laptop of the same office: refused with the explanation, nothing changed
    # (before issue 17 it silently replaced the first office key).
    err = enrol_cli(hub.data_dir, two.data_dir, stick, expect=2)
    message = err["message"]
    assert "sudah punya perangkat terdaftar" in message and "--additional-device" in message
    assert "--replace-device" in message
    listed = run_json(hub.data_dir, "device", "list")["devices"]
    assert len(listed) == 1 and listed[0]["state"] == "active"
    # The first laptop still works.
    sign(one, seed_office(one, 3))
    assert run_json(hub.data_dir, "sync", "import", str(export_one(one.data_dir, stick)))
    # Enrolled as an additional laptop: both keep their own chains, no collision.
    second = enrol_cli(hub.data_dir, two.data_dir, stick, "--additional-device")
    assert second["mode"] == "additional"
    seeded = seed_office(two, 2, nip_base=50)
    sign(two, seeded)
    code, out, err = run(hub.data_dir, "sync", "import", str(export_one(two.data_dir, stick)))
    # Its unit code clashes with the first laptop's (the same seed): a duplicate for a
    # person, but its signatures arrive on its own chain.
    assert code == 0, (out, err)
    rows = hub_signatures(hub)
    devices_seen = {d for _, d, _ in rows}
    assert len(devices_seen) == 2 and "" not in devices_seen
    assert sorted(s for _, _, s in rows) == [1, 1, 2, 2, 3]
    status = run_json(hub.data_dir, "sync", "status")
    [office] = [o for o in status["offices"] if o["office"] == WETAR]
    assert len(office["devices"]) == 2
    assert {d["state"] for d in office["devices"]} == {"active"}
    assert all(d["first_package"] for d in office["devices"])
    report = audit.verify(hub)
    assert report.ok, report.problems[:3]


def test_revoked_device_is_refused_with_its_own_reason_others_keep_working(env: Any) -> None:
    hub, one, two, stick = env
    enrol_cli(hub.data_dir, one.data_dir, stick)
    enrol_cli(hub.data_dir, two.data_dir, stick, "--additional-device")
    run_json(two.data_dir, "device", "name", "Kiosk 2")
    s1 = seed_office(one, 3)
    sign(one, s1, s1.employees[:2])
    s2 = seed_office(two, 3, nip_base=40)
    sign(two, s2, s2.employees[:2])
    run_json(hub.data_dir, "sync", "import", str(export_one(one.data_dir, stick)))
    run_json(hub.data_dir, "sync", "import", str(export_one(two.data_dir, stick)))
    listed = run_json(hub.data_dir, "device", "list")["devices"]
    kiosk = next(d for d in listed if d["name"] == "Kiosk 2")
    assert {"id", "office", "name", "fingerprint", "state"} <= set(kiosk)
    assert kiosk["office"] == WETAR and kiosk["last_package"]
    # A reason is required.
    code, _, err = run(hub.data_dir, "device", "revoke", kiosk["id"][:8], "--reason", " ")
    assert code == 2 and "Alasan" in err
    revoked = run_json(
        hub.data_dir, "device", "revoke", kiosk["id"][:8], "--reason", "laptop dicuri"
    )
    assert revoked["state"] == "revoked" and revoked["revoke_reason"] == "laptop dicuri"
    # The revoked kiosk signs again: refused as device_revoked (exit 2, kept as an alert).
    sign(one, s1, s1.employees[2:])
    sign(two, s2, s2.employees[2:])
    late = export_one(two.data_dir, stick)
    code, out, _ = run(hub.data_dir, "sync", "import", str(late), "--json")
    assert code == 2
    assert json.loads(out)["results"][0]["reason"] == "device_revoked"
    alerts = run_json(hub.data_dir, "sync", "refusals")["refusals"]
    assert alerts[0]["reason"] == "device_revoked" and alerts[0]["office"] == WETAR
    # The other laptop of the office keeps working.
    ok = run_json(hub.data_dir, "sync", "import", str(export_one(one.data_dir, stick)))
    assert ok["results"][0]["status"] == "applied"
    states = {d["name"]: d["state"] for d in run_json(hub.data_dir, "device", "list")["devices"]}
    assert states["Kiosk 2"] == "revoked" and "revoked" not in {
        v for k, v in states.items() if k != "Kiosk 2"
    }


def test_a_device_may_not_carry_another_devices_evidence(
    env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub, one, two, stick = env
    enrol_cli(hub.data_dir, one.data_dir, stick)
    enrol_cli(hub.data_dir, two.data_dir, stick, "--additional-device")
    sign(one, seed_office(one, 2))
    with one.read() as s:
        mine = one.office(s).device_code
    # Laptop 1's signature rows copied into laptop 2's database (as a sibling merge would
    # hold them), then sent by laptop 2 as rows it may carry: refused, nothing applied.
    monkeypatch.setattr(devices, "pending_handover", lambda ctx, s: {"body": {}, "signature": ""})
    monkeypatch.setattr(devices, "handover_chains", lambda cert: {mine: {}})
    seed_office(two, 1, nip_base=70)
    with sqlite3.connect(one.data_dir / "netra.sqlite3") as src:
        src.row_factory = sqlite3.Row
        rows = [dict(r) for r in src.execute("SELECT * FROM signature_record")]
    assert rows and all(r["device"] == mine for r in rows)
    with sqlite3.connect(two.data_dir / "netra.sqlite3") as dst:  # foreign keys off
        cols = list(rows[0])
        dst.executemany(
            f"INSERT INTO signature_record ({', '.join(cols)}) VALUES "
            f"({', '.join('?' for _ in cols)})",
            [tuple(r[c] for c in cols) for r in rows],
        )
    pkg = sync.export(two, stick)[0].path
    out = sync.import_file(hub, pkg)
    assert out.status == "rejected" and out.reason == "foreign_device", out.to_json()
    assert hub_signatures(hub) == []


def test_laptop_replaced_from_a_backup_continues_as_a_new_device(env: Any, tmp_path: Path) -> None:
    from desktop.services import backup
    from desktop.services.context import Actor

    hub, one, _two, stick = env
    enrol_cli(hub.data_dir, one.data_dir, stick)
    seeded = seed_office(one, 4)
    sign(one, seeded, seeded.employees[:1])
    run_json(hub.data_dir, "sync", "import", str(export_one(one.data_dir, stick)))
    sign(one, seeded, seeded.employees[1:2])  # in the backup, never sent by the old laptop
    saved = backup.create(one, tmp_path / "cadangan.netrabak", "frasa-cadangan-1").path
    with one.read() as s:
        old_device, old_key = one.office(s).device_code, one.office(s).signing_public_key
    # The laptop breaks; a new one is set up and the backup restored on it.
    new = make_install(tmp_path / "baru", WETAR, "Kecamatan Wetar")
    try:
        new.actor = Actor("admin", "admin")
        backup.restore(new, saved, "frasa-cadangan-1")
        new.engine.dispose()
        # Signed before its first package: still the old device's chain (#3), which the
        # handover certificate signs as that device's last head.
        sign(new, seeded, seeded.employees[2:3])
        package = sync.export(new, stick)[0].path
        with new.read() as s:
            me = new.office(s)
            mine, key = me.device_code, me.signing_public_key
        assert mine not in ("", old_device) and key != old_key
        out = sync.import_file(hub, package)
        assert out.status == "applied", out.to_json()
        listed = {d["device"]: d for d in run_json(hub.data_dir, "device", "list")["devices"]}
        assert listed[old_device]["state"] == "replaced"
        assert listed[mine]["replaces"] == listed[old_device]["id"]
        assert listed[old_device]["replaced_by"] == listed[mine]["id"]
        rows = hub_signatures(hub)
        # The old device's chain ends where the backup ended (#2, carried by the new
        # laptop, and #3 signed on it before it became a device of its own).
        assert (WETAR, old_device, 2) in rows and (WETAR, old_device, 3) in rows
        # The old laptop's later packages are refused (replaced); the new one's accepted.
        sign(one, seeded, seeded.employees[3:])
        late = sync.import_file(hub, sync.export(one, stick)[0].path)
        assert late.status == "rejected" and late.reason == "device_replaced"
        answer = sync.export(hub, tmp_path / "jawab", office=WETAR)
        for a in answer:
            if a.device == mine:
                assert sync.import_file(new, a.path).status == "applied"
        sign(new, seeded, seeded.employees[3:])  # now its own chain, #1
        again = sync.import_file(hub, sync.export(new, stick)[0].path)
        assert again.status == "applied", again.to_json()
        assert (WETAR, mine, 1) in hub_signatures(hub)
        report = audit.verify(hub)
        assert report.ok, report.problems[:3]
        assert audit.verify(new).ok
    finally:
        new.close()
