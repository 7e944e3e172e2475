"""Kiosks of the hub (issue 17, "The hub as a kiosk"; docs/sync-format.md, "Kiosks of the
hub"): the BKPSDM runs several kiosk laptops at a kabupaten-wide apel. Each is an
installation set up with the hub's own code (role hub), enrolled at the hub with
``--kiosk``; it takes the hub's event kit (every office's people), signs offline and
exchanges packages with the hub as an office's kiosk does with its main laptop.

A hub, two hub kiosks and two offices in separate data folders, real packages by files."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain import handwriting
from desktop.domain.errors import NetraError
from desktop.services import signing, sync
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.services.signing import setup as signing_setup
from desktop.services.sync import event_kit
from desktop.store.models import Employee, SignatureRecord, Unit
from tests.sync.helpers import (
    HUB,
    OFFICES,
    PASSWORD,
    edit_employee,
    enrol,
    enrol_cli,
    make_install,
    run,
    run_json,
)

WETAR, TERSELATAN = "81.08.06", "81.08.01"
TEMPLATE = "pakta-netralitas-asn"


@dataclass
class Scene:
    base: Path
    hub: AppContext
    k1: AppContext
    k2: AppContext
    offices: dict[str, AppContext]
    people: dict[str, list[str]] = field(default_factory=dict)  # office -> employee ids
    apel: str = ""
    election: str = ""

    def stick(self, name: str) -> Path:
        folder = self.base / "usb" / name
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def all(self) -> list[AppContext]:
        return [self.hub, self.k1, self.k2, *self.offices.values()]


def device(ctx: AppContext) -> str:
    with ctx.read() as s:
        return ctx.office(s).device_code or ""


def _strokes(seed: int) -> dict[str, Any]:
    return handwriting.signature(random.Random(seed))


def _roster(ctx: AppContext, code: str, n: int, nip_base: int) -> list[str]:
    short = code.replace(".", "")
    with ctx.tx() as s:
        unit = stamp_new(
            ctx, s, Unit(code=f"KEC-{short}", name=f"Kecamatan {code}", kind="kecamatan")
        )
        ids = []
        for i in range(n):
            name = f"Pegawai {code} {i}"
            emp = stamp_new(
                ctx,
                s,
                Employee(
                    name=name,
                    name_key=name.lower(),
                    nip=f"19800101200{nip_base + i:07d}",
                    category="PNS",
                    golongan="III/a",
                    jabatan="Staf",
                    unit_id=unit.id,
                    active=True,
                ),
            )
            ids.append(emp.id)
        return ids


def send(sender: AppContext, recipient: AppContext, stick: Path) -> sync.ImportOutcome:
    """Export at ``sender``; import its package for ``recipient`` (must be applied)."""
    outcome = sync.import_file(recipient, package(sender, recipient, stick))
    assert outcome.status == "applied", outcome.to_json()
    return outcome


def package(sender: AppContext, recipient: AppContext, stick: Path) -> Path:
    with recipient.read() as s:
        me = recipient.office(s)
        code, dev = me.code, me.device_code or ""
    results = sync.export(sender, stick)
    found = [r.path for r in results if r.peer == code and (r.device or "") in (dev, "")]
    if len(found) > 1:
        found = [r.path for r in results if r.peer == code and r.device == dev]
    [path] = found
    return path


@pytest.fixture
def scene(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Scene]:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub = make_install(tmp_path, HUB[0], HUB[1], "hub")
    k1 = make_install(tmp_path / "hk1", HUB[0], HUB[1], "hub")
    k2 = make_install(tmp_path / "hk2", HUB[0], HUB[1], "hub")
    offices = {code: make_install(tmp_path, code, OFFICES[code]) for code in (WETAR, TERSELATAN)}
    sc = Scene(tmp_path, hub, k1, k2, offices)
    for ctx in offices.values():
        enrol(hub, ctx, sc.stick("enrol"))
    sc.people[WETAR] = _roster(offices[WETAR], WETAR, 4, 0)
    sc.people[TERSELATAN] = _roster(offices[TERSELATAN], TERSELATAN, 3, 100)
    for code, ctx in offices.items():
        send(ctx, hub, sc.stick(f"to-hub-{code}"))
    election = signing_setup.add_election(hub, "Pilkada Serentak 2026", date(2026, 11, 27))
    apel = signing_setup.create_event(
        hub,
        name="Apel Akbar Netralitas ASN Kabupaten",
        election_id=election.id,
        template_code=TEMPLATE,
        event_date=date(2026, 10, 5),
        place="Tiakur",
    )
    sc.apel, sc.election = apel.id, election.id
    yield sc
    for ctx in sc.all():
        ctx.close()


def kiosks_ready(sc: Scene) -> None:
    """Both hub kiosks enrolled at the hub with --kiosk and holding the hub's kit."""
    for k in (sc.k1, sc.k2):
        done = enrol_cli(sc.hub.data_dir, k.data_dir, sc.stick("enrol"), "--kiosk")
        assert done["mode"] == "kiosk"
    kit = event_kit.write_kit(sc.hub, sc.apel, sc.stick("kit") / "apel.kit")
    assert kit.signer["code"] == HUB[0]
    for k in (sc.k1, sc.k2):
        got = event_kit.import_kit(k, Path(kit.path))
        assert got.people >= 7


def signed_ids(ctx: AppContext) -> list[tuple[str, str, str]]:
    with ctx.read() as s:
        return sorted(
            (r.employee_id, r.origin, r.device)
            for r in s.scalars(select(SignatureRecord).where(SignatureRecord.kind == "signed"))
        )


def coverage(sc: Scene) -> dict[str, tuple[int, int, int]]:
    doc = run_json(sc.hub.data_dir, "hub", "coverage", "--election", sc.election)
    return {o["office"]: (o["employees"], o["signed"], o["unsigned"]) for o in doc["offices"]}


def test_a_hub_kiosk_is_enrolled_at_the_hub(scene: Scene) -> None:
    sc = scene
    stick = sc.stick("enrol")
    # Without --kiosk: refused with its own code, nothing enrolled.
    err = enrol_cli(sc.hub.data_dir, sc.k1.data_dir, stick, expect=2)
    assert err["code"] == "kiosk_unconfirmed" and "--kiosk" in err["message"]
    done = enrol_cli(sc.hub.data_dir, sc.k1.data_dir, stick, "--kiosk")
    assert done["mode"] == "kiosk"
    listed = run_json(sc.hub.data_dir, "device", "list")
    kiosks = [d for d in listed["devices"] if d.get("role") == "kiosk"]
    assert [(d["office"], d["state"]) for d in kiosks] == [(HUB[0], "active")]
    # The hub's own request at the hub (same device): still refused.
    req = sc.stick("self") / "hub.req"
    info = sync.write_request(sc.hub, req)
    with pytest.raises(NetraError) as exc:
        sync.enrol(sc.hub, req, sc.stick("self") / "hub.ans", info.fingerprint, kiosk=True)
    assert exc.value.code == "self_enrol"
    # The kiosk's own laptop lists the hub as its main.
    status = run_json(sc.k1.data_dir, "device", "list")
    assert status["role"] == "hub"


def test_kabupaten_apel_on_two_hub_kiosks(scene: Scene) -> None:
    sc = scene
    kiosks_ready(sc)
    w, t = sc.people[WETAR], sc.people[TERSELATAN]
    # Offline: kiosk 1 signs Wetar 0, 1 and Terselatan 0; kiosk 2 Wetar 2 and Terselatan 1;
    # Terselatan 2 signs on both (neither had the other's record yet).
    for i, emp in enumerate([w[0], w[1], t[0], t[2]]):
        signing.sign(sc.k1, sc.apel, emp, _strokes(i))
    for i, emp in enumerate([w[2], t[1], t[2]]):
        signing.sign(sc.k2, sc.apel, emp, _strokes(10 + i))
    # Kiosk 1 -> hub: its rows are the hub's origin and kiosk 1's device.
    run_json(sc.k1.data_dir, "device", "name", "Kios Aula 1")
    out = send(sc.k1, sc.hub, sc.stick("k1-hub"))
    assert out.counts.get("signature_record") == 4
    assert "Kios Aula 1" in out.sender_name
    names = {d["device"]: d["name"] for d in run_json(sc.hub.data_dir, "device", "list")["devices"]}
    assert names[device(sc.k1)] == "Kios Aula 1"
    assert {(o, d) for _, o, d in signed_ids(sc.hub)} == {(HUB[0], device(sc.k1))}
    # Hub -> kiosk 2: kiosk 1's evidence arrives; a second signing there is refused and names
    # the laptop it was made on.
    answer = send(sc.hub, sc.k2, sc.stick("hub-k2"))
    assert answer.counts.get("signature_record") == 4
    assert answer.counts.get("case_file", 0) == 0
    with pytest.raises(NetraError) as exc:
        signing.sign(sc.k2, sc.apel, w[0], _strokes(30))
    assert exc.value.code == "already_signed"
    assert "sudah menandatangani di laptop" in exc.value.message_id
    # Kiosk 2 -> hub: its own three only (kiosk 1's rows it holds are not sent back).
    out = send(sc.k2, sc.hub, sc.stick("k2-hub"))
    assert out.counts.get("signature_record") == 3
    # Terselatan 2 signed on both kiosks: both records kept, one flagged, counted once.
    assert len([r for r in signed_ids(sc.hub) if r[0] == t[2]]) == 2
    doubles = signing.double_signings(sc.hub, sc.apel)
    assert [d.employee_id for d in doubles] == [t[2]]
    # Coverage at the hub: in the employees' offices, each person once.
    assert coverage(sc) == {WETAR: (4, 3, 1), TERSELATAN: (3, 3, 0)}
    # The hub's answer to kiosk 1 carries kiosk 2's rows (a near-live round closes).
    answer = send(sc.hub, sc.k1, sc.stick("hub-k1"))
    assert answer.counts.get("signature_record") == 3
    assert signed_ids(sc.k1) == signed_ids(sc.hub) and len(signed_ids(sc.hub)) == 7
    # Nothing more to send either way once acknowledged.
    send(sc.k1, sc.hub, sc.stick("k1-hub-2"))
    again = send(sc.hub, sc.k1, sc.stick("hub-k1-2"))
    assert again.counts.get("signature_record", 0) == 0


def test_offices_learn_their_people_signed_at_the_kabupaten_apel(scene: Scene) -> None:
    sc = scene
    kiosks_ready(sc)
    w, t = sc.people[WETAR], sc.people[TERSELATAN]
    signing.sign(sc.k1, sc.apel, w[0], _strokes(1))
    signing.sign(sc.k1, sc.apel, t[0], _strokes(2))
    signing.sign(sc.k2, sc.apel, w[1], _strokes(3))
    signing.sign(sc.hub, sc.apel, w[2], _strokes(4))  # at the hub's own laptop too
    send(sc.k1, sc.hub, sc.stick("k1"))
    send(sc.k2, sc.hub, sc.stick("k2"))
    # Each office gets its own people's signatures from every hub laptop, no other office's.
    send(sc.hub, sc.offices[WETAR], sc.stick("hub-w"))
    send(sc.hub, sc.offices[TERSELATAN], sc.stick("hub-t"))
    got_w = signed_ids(sc.offices[WETAR])
    assert got_w == sorted(
        [
            (w[0], HUB[0], device(sc.k1)),
            (w[1], HUB[0], device(sc.k2)),
            (w[2], HUB[0], device(sc.hub)),
        ]
    )
    assert signed_ids(sc.offices[TERSELATAN]) == [(t[0], HUB[0], device(sc.k1))]
    # The office says what it holds; the hub's next answer carries none of it again, but a
    # later signature on a hub kiosk arrives.
    send(sc.offices[WETAR], sc.hub, sc.stick("w-hub"))
    signing.sign(sc.k2, sc.apel, w[3], _strokes(5))
    send(sc.k2, sc.hub, sc.stick("k2-2"))
    answer = send(sc.hub, sc.offices[WETAR], sc.stick("hub-w-2"))
    assert answer.counts.get("signature_record") == 1
    assert (w[3], HUB[0], device(sc.k2)) in signed_ids(sc.offices[WETAR])


def test_a_hub_kiosk_speaks_only_for_its_own_signatures(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.sync import outgoing as sync_export
    from desktop.store.models import Election

    sc = scene
    kiosks_ready(sc)
    w = sc.people[WETAR]
    signing.sign(sc.k1, sc.apel, w[0], _strokes(1))
    send(sc.k1, sc.hub, sc.stick("k1"))
    send(sc.hub, sc.k2, sc.stick("hub-k2"))  # kiosk 2 now holds kiosk 1's record
    before = signed_ids(sc.hub)
    # Kiosk 2 passes kiosk 1's record off as a chain it may carry: foreign_device.
    real = sync_export.collect

    def carrying(*args: Any, **kwargs: Any) -> Any:
        kwargs["handover_chains"] = {device(sc.k1): {}}
        return real(*args, **kwargs)

    monkeypatch.setattr(sync_export, "collect", carrying)
    signing.sign(sc.k2, sc.apel, w[1], _strokes(2))
    forged = sync.import_file(sc.hub, package(sc.k2, sc.hub, sc.stick("forged")))
    assert forged.status == "rejected" and forged.reason == "foreign_device", forged.to_json()
    monkeypatch.setattr(sync_export, "collect", real)
    # Kiosk 2 renames the kabupaten's election and sends it: a kiosk of the hub carries its
    # signatures only (kiosk_scope), even though the row is the hub's own.
    with sc.k2.tx() as s:
        election = s.get(Election, sc.election)
        assert election is not None
        election.name = "Pilkada (diubah di kiosk)"
    monkeypatch.setattr(sync_export, "HUB_KIOSK_SENDS", frozenset({"signature_record", "election"}))
    edit = sync.import_file(sc.hub, package(sc.k2, sc.hub, sc.stick("edit")))
    assert edit.status == "rejected" and edit.reason == "kiosk_scope", edit.to_json()
    monkeypatch.setattr(sync_export, "HUB_KIOSK_SENDS", sync_export.HUB_KIOSK_SENDS)
    assert signed_ids(sc.hub) == before
    with sc.hub.read() as s:
        held = s.get(Election, sc.election)
        assert held is not None and held.name == "Pilkada Serentak 2026"


def test_a_revoked_hub_kiosk_is_refused_the_other_keeps_working(scene: Scene) -> None:
    sc = scene
    kiosks_ready(sc)
    w, t = sc.people[WETAR], sc.people[TERSELATAN]
    signing.sign(sc.k2, sc.apel, w[0], _strokes(1))
    send(sc.k2, sc.hub, sc.stick("k2"))
    k2 = next(
        d
        for d in run_json(sc.hub.data_dir, "device", "list")["devices"]
        if d["device"] == device(sc.k2)
    )
    run_json(sc.hub.data_dir, "device", "revoke", k2["id"][:8], "--reason", "laptop hilang")
    signing.sign(sc.k2, sc.apel, w[1], _strokes(2))
    code, out, _ = run(
        sc.hub.data_dir, "sync", "import", str(package(sc.k2, sc.hub, sc.stick("k2-2"))), "--json"
    )
    refused = json.loads(out)["results"][0]
    assert code == 2 and refused["reason"] == "device_revoked"
    assert "dicabut di kabupaten" in refused["message"]
    # What kiosk 2 sent before the revocation stays and counts; kiosk 1 keeps working.
    signing.sign(sc.k1, sc.apel, t[0], _strokes(3))
    send(sc.k1, sc.hub, sc.stick("k1"))
    assert coverage(sc) == {WETAR: (4, 1, 3), TERSELATAN: (3, 1, 2)}
    # The hub answers only its active kiosk.
    results = sync.export(sc.hub, sc.stick("answers"))
    assert device(sc.k2) not in {r.device for r in results}
    assert device(sc.k1) in {r.device for r in results}


def test_hub_kiosks_near_live_through_a_shared_folder(scene: Scene) -> None:
    """With a share in the hall, a signature on hub kiosk 1 reaches hub kiosk 2 in three
    passes (kiosk 1 writes, the hub answers, kiosk 2 reads); the offices' exchange in the
    same folder goes on."""
    from desktop.services.sync import folder as sync_folder

    sc = scene
    kiosks_ready(sc)
    share = sc.base / "share"
    share.mkdir()
    for ctx in (sc.hub, sc.k1, sc.k2):
        sync_folder.configure(ctx, str(share))
    w = sc.people[WETAR]
    assert sync_folder.interval_seconds(sc.k1) == sync_folder.interval_seconds(sc.hub) == 5
    signing.sign(sc.k1, sc.apel, w[0], _strokes(1))
    sent = sync_folder.run_once(sc.k1)
    assert [e.counts.get("signature_record") for e in sent.exported] == [1]
    at_hub = sync_folder.run_once(sc.hub)
    assert [o.status for o in at_hub.imported] == ["applied"]
    sync_folder.run_once(sc.k2)
    with pytest.raises(NetraError) as exc:
        signing.sign(sc.k2, sc.apel, w[0], _strokes(2))
    assert "sudah menandatangani di laptop" in exc.value.message_id
    # An office's package in the same share is still taken and answered by the hub.
    sync_folder.configure(sc.offices[WETAR], str(share))
    edit_employee(sc.offices[WETAR], w[3], jabatan="Kepala Seksi")
    sync_folder.run_once(sc.offices[WETAR])
    at_hub = sync_folder.run_once(sc.hub)
    assert WETAR in {o.sender for o in at_hub.imported}
    back = sync_folder.run_once(sc.offices[WETAR])
    assert (w[0], HUB[0], device(sc.k1)) in signed_ids(sc.offices[WETAR]), back


def test_a_signature_made_at_the_office_reaches_the_hub_kiosks(scene: Scene) -> None:
    """A person who signed at their office's apel (the record sent to the hub) is refused
    on a hub kiosk as already signed: the hub's answer to its kiosk carries the offices'
    signatures, each chain from what the kiosk said it holds."""
    sc = scene
    kiosks_ready(sc)
    t = sc.people[TERSELATAN]
    office = sc.offices[TERSELATAN]
    election = signing_setup.add_election(office, "Pilkada Serentak 2026", date(2026, 11, 27))
    event = signing_setup.create_event(
        office,
        name="Apel Netralitas Terselatan",
        election_id=election.id,
        template_code=TEMPLATE,
        event_date=date(2026, 10, 1),
        place="Ilwaki",
    )
    signing.sign(office, event.id, t[0], _strokes(1))
    send(office, sc.hub, sc.stick("t-hub"))
    answer = send(sc.hub, sc.k1, sc.stick("hub-k1"))
    assert answer.counts.get("signature_record") == 1
    with pytest.raises(NetraError) as exc:
        signing.sign(sc.k1, sc.apel, t[0], _strokes(2))
    assert exc.value.code == "already_signed"
    signing.sign(sc.k1, sc.apel, t[1], _strokes(3))
    # Kiosk 1 sends back only its own record; the hub then has nothing new for it.
    out = send(sc.k1, sc.hub, sc.stick("k1-hub"))
    assert out.counts.get("signature_record") == 1
    again = send(sc.hub, sc.k1, sc.stick("hub-k1-2"))
    assert again.counts.get("signature_record", 0) == 0
    assert coverage(sc)[TERSELATAN] == (3, 2, 1)
    # The kiosk holds the office's event now, but signs only the hub's events: a record
    # made there for the office's event refuses the package (kiosk_scope), nothing stored.
    signing.sign(sc.k1, event.id, t[2], _strokes(4))
    before = signed_ids(sc.hub)
    code, out_json, _ = run(
        sc.hub.data_dir, "sync", "import", str(package(sc.k1, sc.hub, sc.stick("k1-3"))), "--json"
    )
    refused = json.loads(out_json)["results"][0]
    assert code == 2 and refused["reason"] == "kiosk_scope", refused
    assert signed_ids(sc.hub) == before
