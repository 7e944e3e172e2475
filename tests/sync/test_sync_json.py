"""Issue 15: the sync read models and results are typed, and their JSON is unchanged.

The ``--json`` documents of ``netra sync status / conflicts / resolve / refusals /
refusal-seen / enroll-request / enroll-accept / revoke / folder / checkpoint`` and ``netra
device list``, and ``devices.continue_as_new_device``, are a contract. The golden file was
written from the dicts these commands printed before they were typed (one realistic network:
a hub, three offices, a new office enrolled through the CLI, a conflict, a refused forged
package, a sync folder), with ids, hashes, fingerprints, clock times and the temporary folder
replaced by placeholders; key order and value types are kept."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services import anchor, devices, sync
from desktop.services.changes import Area, Changes, changes_of
from desktop.services.sync import folder as sync_folder
from desktop.store.models import Holiday, SignatureRecord
from tests.sync.conftest import Net
from tests.sync.helpers import (
    HUB,
    PASSWORD,
    Seeded,
    edit_employee,
    make_install,
    run,
    run_json,
    seed_office,
    sign,
)
from tests.sync.test_authority import reseal, reseal_evidence, setv

GOLDEN = Path(__file__).parent / "data" / "sync_json_golden.json"
WETAR, PPT, MOA = "81.08.06", "81.08.01", "81.08.03"
NEW = ("81.08.05", "Kecamatan Mdona Hyera")

_PATTERNS = [
    (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<uuid>"),
    (re.compile(r"\b[0-9a-f]{64}\b"), "<sha256>"),
    (re.compile(r"\b(?:[0-9A-F]{4} ){7}[0-9A-F]{4}\b"), "<fingerprint>"),
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?"), "<time>"),
    (re.compile(r"\d\d-\d\d-\d{4} \d\d:\d\d"), "<local>"),
    (re.compile(r"_\d{8}_(\d{6})_[0-9a-f]{12}\."), r"_<date>_\1_<sha>."),
    (re.compile(r"(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])"), "<device>"),
    (re.compile(r"(?<![0-9a-f])[0-9a-f]{8}(?![0-9a-f])"), "<id8>"),  # short ids in text
]


def normalised(value: Any, base: str) -> Any:
    """Key order kept, each leaf as ``type:value``, volatile values as placeholders."""
    if isinstance(value, dict):
        return [
            [str(k), "int:<size>" if k == "size" else normalised(v, base)]  # compressed
            for k, v in value.items()
        ]
    if isinstance(value, list | tuple):
        return [type(value).__name__, *[normalised(v, base) for v in value]]
    if isinstance(value, str):
        text = value.replace(base, "<base>")
        for pattern, placeholder in _PATTERNS:
            text = pattern.sub(placeholder, text)
        return f"str:{text}"
    if isinstance(value, int) and not isinstance(value, bool) and value > 10**12:
        return "int:<revision>"  # revisions are clock-based
    return f"{type(value).__name__}:{value}"


def _conflict(net: Net) -> Seeded:
    """An employee edited at the hub and at Wetar after the hub had it: one conflict."""
    a = net.offices[WETAR]
    seeded = seed_office(a, 2)
    sign(a, seeded)
    [first] = sync.export(a, net.usb("first"))
    assert sync.import_file(net.hub, first.path).status == "applied"
    edit_employee(net.hub, seeded.employees[0], jabatan="Sekretaris (koreksi BKPSDM)")
    edit_employee(a, seeded.employees[0], jabatan="Kasi Pemerintahan")
    [second] = sync.export(a, net.usb("second"))
    assert sync.import_file(net.hub, second.path).status == "applied"
    return seeded


def _refusal(net: Net) -> None:
    """A package of PPT whose signature records claim Wetar's origin: refused, an alert."""
    b = net.offices[PPT]
    sign(b, seed_office(b, 2, nip_base=50))
    [pb] = sync.export(b, net.usb("b"))

    def forge(tables: dict[str, Any], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        rs = tables["signature_record"]
        setv(rs, origin=WETAR)
        for i, row in enumerate(rs.rows):
            row[rs.columns.index("chain_seq")] = 1000 + i
        reseal_evidence(rs, SignatureRecord)

    forged = reseal(pb.path, b, net.hub, forge)
    assert sync.import_file(net.hub, forged).reason == "foreign_origin"


def scenario(net: Net, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Every document, in the order the commands ran."""
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub, wetar = net.hub.data_dir, net.offices[WETAR].data_dir
    stick = net.usb("stick")
    docs: dict[str, Any] = {}
    # A new office enrols through the CLI.
    new = make_install(net.base, *NEW)
    new_dir = new.data_dir
    new.close()
    docs["enroll-request"] = run_json(
        new_dir, "sync", "enroll-request", "--out", str(stick / "req.json")
    )
    run_json(
        hub,
        "sync",
        "enroll",
        str(stick / "req.json"),
        "--out",
        str(stick / "ans.json"),
        "--fingerprint",
        docs["enroll-request"]["fingerprint"],
    )
    docs["enroll-accept"] = run_json(new_dir, "sync", "enroll-accept", str(stick / "ans.json"))
    seeded = _conflict(net)
    _refusal(net)
    with net.hub.read() as s:
        assert s.scalars(select(Holiday)).first() is not None
    docs["status-hub"] = run_json(hub, "sync", "status")
    docs["status-office"] = run_json(wetar, "sync", "status")
    docs["conflicts"] = run_json(hub, "sync", "conflicts")
    docs["refusals"] = run_json(hub, "sync", "refusals")
    docs["device-list-hub"] = run_json(hub, "device", "list")
    docs["device-list-office"] = run_json(wetar, "device", "list")
    [conflict] = docs["conflicts"]["conflicts"]
    loser = "local" if conflict["provisional_winner"] == "incoming" else "incoming"
    # The text of the read commands (the mutating ones' text is read in the CLI's code).
    for name, where, argv in (
        ("status-hub", hub, ("sync", "status")),
        ("status-office", wetar, ("sync", "status")),
        ("conflicts", hub, ("sync", "conflicts")),
        ("refusals", hub, ("sync", "refusals")),
        ("device-list-hub", hub, ("device", "list")),
        ("device-list-office", wetar, ("device", "list")),
        ("folder-unset", wetar, ("sync", "folder")),
    ):
        code, out, err = run(where, *argv)
        assert code == 0, err
        docs[f"text:{name}"] = out
    docs["resolve"] = run_json(hub, "sync", "resolve", conflict["id"], "--keep", loser)
    docs["conflicts-all"] = run_json(hub, "sync", "conflicts", "--all")
    [refusal] = docs["refusals"]["refusals"]
    docs["refusal-seen"] = run_json(hub, "sync", "refusal-seen", refusal["id"])
    docs["refusals-all"] = run_json(hub, "sync", "refusals", "--all")
    docs["checkpoint"] = run_json(wetar, "sync", "checkpoint", "--out", str(stick / "titik.json"))
    share = net.usb("share")
    docs["folder-unset"] = run_json(wetar, "sync", "folder")
    docs["folder-set"] = run_json(wetar, "sync", "folder", "--set", str(share))
    edit_employee(net.offices[WETAR], seeded.employees[1], jabatan="Kasi Trantib")
    docs["folder-run-office"] = run_json(wetar, "sync", "folder", "--run")
    docs["folder-run-hub"] = run_json(hub, "sync", "folder", "--set", str(share), "--run")
    docs["folder-run-office-back"] = run_json(wetar, "sync", "folder", "--run")
    docs["folder-unreachable"] = run_json(
        hub, "sync", "folder", "--set", str(net.base / "missing"), "--run"
    )
    docs["revoke"] = run_json(hub, "sync", "revoke", MOA)
    docs["status-hub-after"] = run_json(hub, "sync", "status")
    moa = net.offices[MOA]
    docs["continue-as-new-device"] = devices.continue_as_new_device(moa, "Laptop pengganti")
    return docs


def test_json_documents_are_unchanged(net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = scenario(net, monkeypatch)
    switched = docs["continue-as-new-device"]
    assert isinstance(switched, devices.DeviceSwitched)
    docs["continue-as-new-device"] = switched.to_json()
    got = normalised(docs, str(net.base))
    if not GOLDEN.exists():  # written once, from the dicts of before the typing
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", "utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for key, doc in expected:
        assert [key, doc] in got, key
    assert got == expected


def test_results_are_typed_and_name_their_changes(
    net: Net, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each mutating sync service says what it changed (what the task runner announces to
    the pages); the read models are dataclasses whose to_json is the --json document."""
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub, stick = net.hub, net.usb("stick")
    sync_only = Changes.of(Area.SYNC)
    new = make_install(net.base, *NEW)
    try:
        written = sync.write_request(new, stick / "req.json")
        assert isinstance(written, sync.RequestWritten) and changes_of(written) == Changes()
        enrolled = sync.enrol(hub, stick / "req.json", stick / "ans.json", written.fingerprint)
        assert changes_of(enrolled) == sync_only
        accepted = sync.accept(new, stick / "ans.json")
        assert isinstance(accepted, sync.Accepted) and changes_of(accepted) == sync_only
        assert accepted.to_json() == {
            "hub": HUB[0],
            "hub_name": HUB[1],
            "fingerprint": accepted.fingerprint,
            "reference": {"rulebook": 0},  # the shipped rulebook is there already
        }
    finally:
        new.close()
    _conflict(net)
    [conflict] = sync.conflicts(hub)
    assert isinstance(conflict, sync.Conflict) and changes_of(conflict) is None
    loser = "local" if conflict.provisional_winner == "incoming" else "incoming"
    resolved = sync.resolve(hub, conflict.id, loser)
    # the other version is re-applied as an edit here: the employee's area reloads too
    assert changes_of(resolved) == sync.IMPORT_CHANGES and Area.ROSTER in sync.IMPORT_CHANGES
    [listed] = sync.conflicts(hub, include_resolved=True)
    assert resolved.to_json() == listed.to_json() and resolved.resolution == loser
    _refusal(net)
    [refusal] = sync.status(hub).refusals
    seen = sync.acknowledge_refusal(hub, refusal.id[:8])
    assert isinstance(seen, sync.RefusalSeen) and changes_of(seen) == sync_only
    [kept] = sync.refusals(hub, include_acknowledged=True)
    assert seen.to_json() == kept.to_json() and seen.acknowledged_by == "admin"
    assert changes_of(sync.revoke(hub, MOA)) == sync_only
    wetar = net.offices[WETAR]
    checkpoint = anchor.write_checkpoint(wetar, stick / "titik.json")
    assert changes_of(checkpoint) == Changes() and checkpoint.office == WETAR  # a file only
    share = net.usb("share")
    sync_folder.configure(wetar, str(net.base / "missing"))
    assert changes_of(sync_folder.run_once(wetar)) == Changes()  # unreachable: nothing ran
    sync_folder.configure(wetar, str(share))
    sync_folder.configure(hub, str(share))
    edit_employee(wetar, _first_employee(wetar), jabatan="Kasi Trantib")
    sent = sync_folder.run_once(wetar)
    assert len(sent.exported) == 1 and not sent.imported
    assert changes_of(sent) == sync_only  # the ledger: packages out
    heard = sync_folder.run_once(hub)
    assert [o.status for o in heard.imported] == ["applied"]
    assert changes_of(heard) == sync.IMPORT_CHANGES
    switched = devices.continue_as_new_device(net.offices[PPT])
    assert changes_of(switched) == Changes.of(Area.SYNC, Area.OFFICE)
    listed_devices = devices.list_devices(hub)
    assert all(isinstance(d, devices.EnrolledDevice) for d in listed_devices.devices)
    assert {o.office for o in sync.status(hub).offices} == {PPT, WETAR, MOA, NEW[0]}


def _first_employee(ctx: Any) -> str:
    from desktop.store.models import Employee

    with ctx.read() as s:
        found = s.scalars(select(Employee.id).order_by(Employee.name)).first()
    assert found is not None
    return str(found)
