"""Kiosks of one office merging on the office's main laptop (issue 17, the transport part):
kiosk enrolment at the main laptop, kiosk <-> main exchange with authority checks at the
point of entry, the main laptop relaying its kiosks' rows to the hub with each kiosk's signed
statement (docs/sync-format.md, "Devices")."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services import audit, devices, sync
from desktop.services.context import AppContext
from desktop.services.sync import outgoing as sync_export
from desktop.store.models import Employee, SignatureRecord, SyncPeer
from tests.sync.helpers import (
    HUB,
    PASSWORD,
    edit_employee,
    enrol_cli,
    make_install,
    run,
    run_json,
    seed_office,
    sign,
)

WETAR = "81.08.06"


@dataclass
class Office:
    hub: AppContext
    main: AppContext
    k1: AppContext
    k2: AppContext
    stick: Path
    extra: list[AppContext] = field(default_factory=list)

    def device(self, ctx: AppContext) -> str:
        with ctx.read() as s:
            return ctx.office(s).device_code or ""


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    main = make_install(tmp_path / "utama", WETAR, "Kecamatan Wetar")
    k1 = make_install(tmp_path / "kiosk1", WETAR, "Kecamatan Wetar")
    k2 = make_install(tmp_path / "kiosk2", WETAR, "Kecamatan Wetar")
    stick = tmp_path / "usb"
    stick.mkdir()
    enrol_cli(hub.data_dir, main.data_dir, stick)
    office = Office(hub, main, k1, k2, stick)
    yield office
    for ctx in (hub, main, k1, k2, *office.extra):
        ctx.close()


def kiosks_enrolled(o: Office, *, at_hub: tuple[AppContext, ...] = ()) -> None:
    for k in (o.k1, o.k2):
        enrol_cli(o.main.data_dir, k.data_dir, o.stick, "--kiosk")
    for k in at_hub:
        enrol_cli(o.hub.data_dir, k.data_dir, o.stick, "--additional-device")


def package_for(o: Office, sender: AppContext, recipient: AppContext) -> Path:
    """Export at ``sender`` and return its package for ``recipient``."""
    out = o.stick / f"out-{sender.data_dir.name}"
    results = sync.export(sender, out)
    if recipient is o.hub:
        [path] = [r.path for r in results if r.peer == HUB[0]]
    elif sender is o.hub or sender is o.main:
        [path] = [r.path for r in results if r.device == o.device(recipient)]
    else:
        [path] = [r.path for r in results if r.peer == WETAR]
    return path


def deliver(o: Office, sender: AppContext, recipient: AppContext) -> sync.ImportOutcome:
    outcome = sync.import_file(recipient, package_for(o, sender, recipient))
    assert outcome.status == "applied", outcome.to_json()
    return outcome


def signatures(ctx: AppContext) -> set[tuple[str, int, str]]:
    with ctx.read() as s:
        return {(r.device, r.chain_seq, r.id) for r in s.scalars(select(SignatureRecord))}


# ---------------------------------------------------------------------------- step 1
def test_a_kiosk_is_enrolled_at_the_office_main_laptop(env: Office, tmp_path: Path) -> None:
    o = env
    # Another office's request at an office laptop: refused (before: not_hub, unchanged).
    other = make_install(tmp_path / "lain", "81.08.01", "Kecamatan Pulau-Pulau Terselatan")
    try:
        err = enrol_cli(o.main.data_dir, other.data_dir, o.stick, "--kiosk", expect=2)
        assert err["code"] == "not_hub" and "kiosk kantornya sendiri" in err["message"]
    finally:
        other.close()
    # A laptop of the same office without --kiosk: refused with its own code, nothing kept.
    err = enrol_cli(o.main.data_dir, o.k1.data_dir, o.stick, expect=2)
    assert err["code"] == "kiosk_unconfirmed" and "--kiosk" in err["message"]
    assert run_json(o.main.data_dir, "device", "list")["devices"] == []
    done = enrol_cli(o.main.data_dir, o.k1.data_dir, o.stick, "--kiosk")
    assert done["mode"] == "kiosk"
    # The kiosk is also enrolled directly at the hub, as any additional laptop.
    enrol_cli(o.hub.data_dir, o.k1.data_dir, o.stick, "--additional-device")
    with o.k1.read() as s:
        roles = {p.role: p.office_code for p in s.scalars(select(SyncPeer))}
    assert roles == {"hub": HUB[0], "main": WETAR}
    listed = run_json(o.main.data_dir, "device", "list")["devices"]
    assert [(d["role"], d["device"], d["state"]) for d in listed] == [
        ("kiosk", o.device(o.k1), "active")
    ]
    # A kiosk enrols no kiosks of its own.
    err = enrol_cli(o.k1.data_dir, o.k2.data_dir, o.stick, "--kiosk", expect=2)
    assert err["code"] == "not_main"
    # A broken kiosk is replaced by another laptop at the main laptop.
    enrol_cli(o.main.data_dir, o.k2.data_dir, o.stick, "--kiosk")
    first = next(d for d in run_json(o.main.data_dir, "device", "list")["devices"])
    spare = make_install(tmp_path / "kiosk3", WETAR, "Kecamatan Wetar")
    try:
        done = enrol_cli(
            o.main.data_dir, spare.data_dir, o.stick, "--replace-device", first["id"][:8]
        )
        assert done["mode"] == "replace" and done["replaced_device"] == first["id"]
    finally:
        spare.close()
    states = {d["id"]: d["state"] for d in run_json(o.main.data_dir, "device", "list")["devices"]}
    assert states[first["id"]] == "replaced" and sorted(states.values()).count("active") == 2


# ---------------------------------------------------------------------------- step 2
def test_kiosks_exchange_through_the_main_laptop(env: Office) -> None:
    o = env
    kiosks_enrolled(o)
    seeded = seed_office(o.main, 4)
    for k in (o.k1, o.k2):
        deliver(o, o.main, k)
        with k.read() as s:
            assert len(s.scalars(select(Employee)).all()) == 4  # the roster, from the main
    sign(o.k1, seeded, seeded.employees[:2])
    sign(o.k2, seeded, seeded.employees[2:3])
    sign(o.main, seeded, seeded.employees[3:])
    # Kiosk -> main: its own chain (and the office rows it holds).
    outcome = deliver(o, o.k1, o.main)
    assert outcome.merge["tables"]["signature_record"]["inserted"] == 2
    deliver(o, o.k2, o.main)
    held = signatures(o.main)
    assert {d for d, _, _ in held} == {o.device(o.main), o.device(o.k1), o.device(o.k2)}
    # Main -> kiosk: every other device's signatures reach each kiosk.
    for k in (o.k1, o.k2):
        deliver(o, o.main, k)
        assert signatures(k) == held
    # An answer for kiosk 2 is not kiosk 1's (said plainly: the office code is the same).
    other = sync.export_to(o.main, WETAR, o.stick / "lain", device=o.device(o.k2))
    wrong = sync.import_file(o.k1, other.path)
    assert wrong.reason == "not_for_us" and "laptop lain kantor" in wrong.message
    # Once kiosk 2 acknowledged what it holds, the next answer carries nothing again.
    deliver(o, o.k2, o.main)
    again = sync.export_to(o.main, WETAR, o.stick / "lagi", device=o.device(o.k2))
    assert set(again.counts) == {"blob", "receipt"}, again.counts
    for ctx in (o.main, o.k1, o.k2):
        report = audit.verify(ctx)
        assert report.ok, report.problems[:3]


def test_the_main_laptop_checks_what_a_kiosk_sends(
    env: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = env
    kiosks_enrolled(o)
    seeded = seed_office(o.main, 3)
    deliver(o, o.main, o.k1)
    deliver(o, o.main, o.k2)
    sign(o.k2, seeded, seeded.employees[:1])
    deliver(o, o.k2, o.main)
    deliver(o, o.main, o.k1)  # kiosk 1 now holds kiosk 2's signature
    # Kiosk 1 passes kiosk 2's row off as rows it may carry: foreign_device at the main.
    real = sync_export.collect

    def carrying(*args: Any, **kwargs: Any) -> Any:
        kwargs["handover_chains"] = {o.device(o.k2): {}}
        return real(*args, **kwargs)

    monkeypatch.setattr(sync_export, "collect", carrying)
    sign(o.k1, seeded, seeded.employees[1:2])
    forged = sync.import_file(o.main, package_for(o, o.k1, o.main))
    assert forged.status == "rejected" and forged.reason == "foreign_device", forged.to_json()
    monkeypatch.setattr(sync_export, "collect", real)
    # The main laptop sends kiosk 1 rows of kiosk 1's own chain: a forgery there.
    held_exclude, other_devices = sync_export._held_exclude, sync_export._other_devices
    monkeypatch.setattr(sync_export, "_held_exclude", lambda me, peer: set())
    monkeypatch.setattr(
        sync_export, "_other_devices", lambda s, office, exclude: {o.device(o.k1), o.device(o.k2)}
    )
    sign(o.k1, seeded, seeded.employees[2:3])
    deliver(o, o.k1, o.main)
    before = signatures(o.k1)
    own = sync.export_to(o.main, WETAR, o.stick / "palsu", device=o.device(o.k1), full=True)
    back = sync.import_file(o.k1, own.path)
    assert back.status == "rejected" and back.reason == "forged_own_chain", back.to_json()
    assert signatures(o.k1) == before
    monkeypatch.setattr(sync_export, "_held_exclude", held_exclude)
    monkeypatch.setattr(sync_export, "_other_devices", other_devices)
    # A kiosk revoked at the main laptop: its later packages are refused with its own reason.
    kiosk2 = next(
        d
        for d in run_json(o.main.data_dir, "device", "list")["devices"]
        if d["device"] == o.device(o.k2)
    )
    run_json(o.main.data_dir, "device", "revoke", kiosk2["id"][:8], "--reason", "laptop hilang")
    sign(o.k2, seeded, seeded.employees[1:2])
    code, out, _ = run(
        o.main.data_dir, "sync", "import", str(package_for(o, o.k2, o.main)), "--json"
    )
    refused = json.loads(out)["results"][0]
    assert code == 2 and refused["reason"] == "device_revoked"
    assert "dicabut di laptop utama" in refused["message"]
    deliver(o, o.k1, o.main)  # the other kiosk keeps working


def test_an_office_takes_nothing_from_another_office_laptop(env: Office, tmp_path: Path) -> None:
    o = env
    kiosks_enrolled(o)
    # A kiosk answer addressed to kiosk 1 but signed by a laptop that is not its main laptop:
    # kiosk 1 does not know that key (not_enrolled), nothing changes.
    stranger = make_install(tmp_path / "asing", WETAR, "Kecamatan Wetar")
    try:
        with stranger.tx() as s, o.k1.read() as s1:
            mine = o.k1.office(s1)
            s.add(
                SyncPeer(
                    office_code=WETAR,
                    device_code=mine.device_code,
                    name=mine.name,
                    role="kiosk",
                    kabupaten_code="81.08",
                    signing_public_key=mine.signing_public_key,
                    box_public_key=mine.box_public_key,
                    fingerprint="-",
                    status="active",
                )
            )
        seed_office(stranger, 2, nip_base=30)
        [pkg] = sync.export(stranger, o.stick / "asing")
        out = sync.import_file(o.k1, pkg.path)
        assert out.status == "rejected" and out.reason == "not_enrolled", out.to_json()
    finally:
        stranger.close()


# ---------------------------------------------------------------------------- step 3
def test_the_main_laptop_relays_its_kiosks_rows_to_the_hub(env: Office) -> None:
    o = env
    kiosks_enrolled(o, at_hub=(o.k1,))
    seeded = seed_office(o.main, 5)
    deliver(o, o.main, o.k1)
    deliver(o, o.main, o.k2)
    sign(o.k1, seeded, seeded.employees[:2])
    sign(o.k2, seeded, seeded.employees[2:3])
    deliver(o, o.k1, o.main)
    deliver(o, o.k2, o.main)
    # Kiosk 2 is not enrolled at the hub: its row is set aside with a clear reason, the rest
    # of the main laptop's package is applied.
    up = deliver(o, o.main, o.hub)
    assert up.merge["relayed"] == [o.device(o.k1)]
    [aside] = up.merge["set_aside"]
    assert aside["device"] == o.device(o.k2) and aside["reason"] == "kiosk_not_enrolled"
    assert aside["rows"] == 1
    assert {d for d, _, _ in signatures(o.hub)} == {o.device(o.k1)}
    alerts = sync.refusals(o.hub)
    assert alerts[0].reason == "kiosk_not_enrolled" and alerts[0].device == o.device(o.k2)
    # The hub's answer tells the main laptop what it holds; kiosk 1's rows are not sent again.
    deliver(o, o.hub, o.main)
    enrol_cli(o.hub.data_dir, o.k2.data_dir, o.stick, "--additional-device")
    again = deliver(o, o.main, o.hub)
    assert again.merge["relayed"] == [o.device(o.k2)]
    assert again.merge["tables"]["signature_record"]["inserted"] == 1
    # Kiosk 1 also sends directly (its rows already there by the relay): a union by id.
    sign(o.k1, seeded, seeded.employees[3:4])
    direct = deliver(o, o.k1, o.hub)
    assert direct.merge["tables"]["signature_record"]["inserted"] == 1
    assert signatures(o.hub) == signatures(o.k1) | signatures(o.k2)
    report = audit.verify(o.hub)
    assert report.ok, report.problems[:3]


def test_a_relayed_statement_must_verify_against_the_kiosk_key(
    env: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = env
    kiosks_enrolled(o, at_hub=(o.k1,))
    seeded = seed_office(o.main, 3)
    deliver(o, o.main, o.k1)
    sign(o.k1, seeded, seeded.employees[:2])
    deliver(o, o.k1, o.main)
    real = devices.kiosk_statements

    def tampered(ctx: AppContext, session: Any) -> dict[str, dict[str, Any]]:
        held = real(ctx, session)
        for statement in held.values():
            statement["body"] = dict(statement["body"], hub_seq=99)
        return held

    monkeypatch.setattr(devices, "kiosk_statements", tampered)
    out = sync.import_file(o.hub, package_for(o, o.main, o.hub))
    assert out.status == "rejected" and out.reason == "bad_kiosk_statement", out.to_json()
    assert signatures(o.hub) == set()
    # A refusal of what a signed package claims: kept as an alert.
    assert sync.refusals(o.hub)[0].reason == "bad_kiosk_statement"
    # The statement as the kiosk signed it: accepted; rows signed on the kiosk since then
    # are not relayed before the kiosk states them.
    monkeypatch.setattr(devices, "kiosk_statements", real)
    sign(o.k1, seeded, seeded.employees[2:3])
    with o.main.tx() as s:
        key = devices.KIOSK_STATEMENT + o.device(o.k1)
        statement = o.main.get_setting(s, key)
    assert statement["body"]["heads"]["signature_record"]["seq"] == 2
    ok = deliver(o, o.main, o.hub)
    assert ok.merge["relayed"] == [o.device(o.k1)]
    assert {s for _, s, _ in signatures(o.hub)} == {1, 2}


def test_a_kiosk_edit_older_than_what_the_hub_acknowledged_still_travels(env: Office) -> None:
    o = env
    kiosks_enrolled(o)
    seeded = seed_office(o.main, 3)
    deliver(o, o.main, o.k1)
    # The kiosk corrects a name first (an older revision) ...
    edit_employee(o.k1, seeded.employees[0], name="Nama Dibetulkan Di Kiosk")
    # ... then the main laptop edits another person, sends it, and the hub acknowledges.
    edit_employee(o.main, seeded.employees[1], name="Nama Dibetulkan Di Utama")
    deliver(o, o.main, o.hub)
    deliver(o, o.hub, o.main)
    # Only now does the kiosk's edit reach the main laptop; it must travel on to the hub.
    deliver(o, o.k1, o.main)
    deliver(o, o.main, o.hub)
    with o.hub.read() as s:
        names = {e.id: e.name for e in s.scalars(select(Employee))}
    assert names[seeded.employees[0]] == "Nama Dibetulkan Di Kiosk"
    assert names[seeded.employees[1]] == "Nama Dibetulkan Di Utama"


def test_answers_carry_the_roster_of_device_keys(env: Office) -> None:
    """The main laptop's answer carries offices.json (services/printing/pact_verification.py): kiosk 1
    learns kiosk 2's key from it, so it can verify kiosk 2's pacts."""
    from desktop.services import device_keys

    o = env
    kiosks_enrolled(o)

    def known(ctx: AppContext) -> set[str]:
        with ctx.read() as s:
            return {k.device for k in device_keys.office_keys(ctx, s, WETAR)}

    assert o.device(o.k2) not in known(o.k1)
    deliver(o, o.main, o.k1)
    assert o.device(o.k2) in known(o.k1)
    # The hub's answer carries it too: the main laptop learns the hub's key roster.
    deliver(o, o.main, o.hub)
    deliver(o, o.hub, o.main)


# ---------------------------------------------------------------------------- step 4
def test_near_live_through_a_shared_folder(env: Office, tmp_path: Path) -> None:
    """Kiosks and their main laptop on one share in the hall: a signature on kiosk 1
    reaches kiosk 2 in a few passes (every few seconds), and quiet laptops write nothing."""
    from desktop.services.sync import folder as sync_folder

    o = env
    kiosks_enrolled(o)
    share = tmp_path / "share-aula"
    share.mkdir()
    for ctx in (o.main, o.k1, o.k2):
        sync_folder.configure(ctx, str(share))
        assert sync_folder.interval_seconds(ctx) == sync_folder.KIOSK_INTERVAL_SECONDS
    seeded = seed_office(o.main, 4)

    def rounds(n: int) -> list[int]:
        written = []
        for _ in range(n):
            for ctx in (o.k1, o.main, o.k2):
                result = sync_folder.run_once(ctx)
                assert result.error is None, result
                assert all(i.status != "rejected" for i in result.imported), result
                written.append(len(result.exported))
        return written

    rounds(2)  # the roster reaches both kiosks
    for k in (o.k1, o.k2):
        with k.read() as s:
            assert len(s.scalars(select(Employee)).all()) == 4
    [first] = sign(o.k1, seeded, seeded.employees[:1])
    # kiosk 1 writes, the main laptop takes it and answers kiosk 2, kiosk 2 takes it.
    rounds(1)
    assert first in {i for _, _, i in signatures(o.k2)}
    rounds(3)
    assert rounds(2) == [0] * 6  # settled: nothing new, no package
    assert signatures(o.k1) == signatures(o.k2) == signatures(o.main)
    # Kiosk 2 signs two more; they reach kiosk 1 the same way.
    sign(o.k2, seeded, seeded.employees[1:3])
    rounds(2)  # kiosk 2 writes in round 1, the main laptop answers in round 2 ...
    assert len(signatures(o.k1)) == 1
    rounds(1)  # ... and kiosk 1 takes it in round 3 (15 s at the kiosk interval)
    assert signatures(o.k1) == signatures(o.k2) == signatures(o.main)
    assert len(signatures(o.k1)) == 3
    # The CLI runs the same passes: `netra sync folder --watch` (here: one round).
    sign(o.k1, seeded, seeded.employees[3:])
    code, out, err = run(o.k1.data_dir, "sync", "folder", "--watch", "--rounds", "1")
    assert code == 0 and "diekspor" in out, (out, err)


def test_an_office_folder_pass_does_not_repeat_for_rows_it_never_sends(
    env: Office, tmp_path: Path
) -> None:
    """A holiday the office edited (kabupaten reference data, never in an office's package)
    with the newest revision: one package, then quiet (before: a package every pass)."""
    from datetime import date

    from desktop.services.records import stamp_new
    from desktop.services.sync import folder as sync_folder
    from desktop.store.models import Holiday

    o = env
    share = tmp_path / "share"
    share.mkdir()
    sync_folder.configure(o.main, str(share))
    seed_office(o.main, 2)
    with o.main.tx() as s:
        stamp_new(o.main, s, Holiday(day=date(2026, 12, 31), name="Cuti bersama", kind="cuti"))
    assert len(sync_folder.run_once(o.main).exported) == 1
    assert sync_folder.run_once(o.main).exported == ()


def test_each_laptop_reads_only_its_own_answers_in_the_shared_hub_folder() -> None:
    from desktop.services.sync.folder import _for_me

    mine, other = "6fa3c144ce95", "67b3d1149f24"
    assert _for_me(f"81.08-81.08.06-{mine}_20261203_000001_8a5ca743c86c.netrasync", mine)
    assert not _for_me(f"81.08-81.08.06-{other}_20261203_000001_8a5ca743c86c.netrasync", mine)
    # An answer from a hub before devices names only the office: every laptop reads it.
    assert _for_me("81.08-81.08.06_20261203_000001_8a5ca743c86c.netrasync", mine)


def test_the_sync_page_runs_every_few_seconds_on_a_kiosk(
    env: Office, tmp_path: Path, qtbot: Any
) -> None:
    """The GUI's automatic folder sync takes its interval from the pass: 5 s on a kiosk (and
    its main laptop), 300 s on a laptop working with its hub alone."""
    from desktop.services.sync import folder as sync_folder
    from desktop.ui.context import UiContext
    from desktop.ui.sync.page import SyncPage
    from desktop.ui.tasks import TaskRunner

    o = env
    kiosks_enrolled(o)
    share = tmp_path / "share"
    share.mkdir()
    for ctx, seconds in ((o.k1, 5), (o.hub, sync_folder.INTERVAL_SECONDS)):
        sync_folder.configure(ctx, str(share))
        runner = TaskRunner()
        page = SyncPage(UiContext(ctx, runner))
        qtbot.addWidget(page)
        page.timer.stop()
        page.first_run.stop()
        page.timer.setInterval(1)
        page.auto_sync()
        qtbot.waitUntil(lambda p=page, s=seconds: p.timer.interval() == s * 1000, timeout=10000)
        runner.wait()


def test_a_kiosk_moves_to_a_new_main_laptop(env: Office, tmp_path: Path) -> None:
    o = env
    kiosks_enrolled(o)
    seeded = seed_office(o.main, 2)
    deliver(o, o.main, o.k1)
    old_answer = sync.export_to(o.main, WETAR, o.stick / "lama", device=o.device(o.k1))
    new_main = make_install(tmp_path / "utama-baru", WETAR, "Kecamatan Wetar")
    o.extra.append(new_main)
    request = o.stick / "kiosk1-baru.req"
    info = sync.write_request(o.k1, request)
    answer = o.stick / "kiosk1-baru.ans"
    sync.enrol(new_main, request, answer, info.fingerprint, kiosk=True)
    # Without --replace-main: refused, the kiosk keeps its main laptop.
    code, out, _ = run(o.k1.data_dir, "sync", "enroll-accept", str(answer), "--json")
    assert code == 2 and json.loads(out)["code"] == "main_exists"
    assert "--replace-main" in json.loads(out)["message"]
    with o.k1.read() as s:
        mains = [(p.device_code, p.status) for p in s.scalars(select(SyncPeer)) if p.role == "main"]
    assert mains == [(o.device(o.main), "active")], mains
    run_json(o.k1.data_dir, "sync", "enroll-accept", str(answer), "--replace-main")
    with o.k1.read() as s:
        mains = sorted(
            (p.device_code, p.status) for p in s.scalars(select(SyncPeer)) if p.role == "main"
        )
    assert sorted(mains) == sorted([(o.device(o.main), "replaced"), (o.device(new_main), "active")])
    # The old main laptop's answers are refused now; the new one's are taken.
    late = sync.import_file(o.k1, old_answer.path)
    assert late.status == "rejected" and late.reason == "device_replaced", late.to_json()
    sign(o.k1, seeded, seeded.employees[:1])
    [to_new] = [r for r in sync.export(o.k1, o.stick / "baru") if r.device == o.device(new_main)]
    assert sync.import_file(new_main, to_new.path).status == "applied"
