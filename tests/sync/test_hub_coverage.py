"""Coverage at the kabupaten hub: people not records, refusals, voided-then-re-signed once,
inactive staff left out, ASN and non-ASN apart, offices not reporting, the CLI document.

The offices' data is made at the offices (their own election, template and event, as before
the hub issues elections) and reaches the hub in real packages, so every row at the hub has
``origin`` = the office code exactly as imported rows do."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import update

from desktop.domain.errors import NetraError
from desktop.services import sync
from desktop.services.context import AppContext
from desktop.services.records import append_evidence
from desktop.services.sync import hub_coverage
from desktop.store.base import utcnow
from desktop.store.models import Employee, SignatureRecord, SigningEvent, SyncPeer
from tests.sync.conftest import Net
from tests.sync.helpers import PASSWORD, Seeded, edit_employee, run, seed_office, sign

WETAR, TERSELATAN, MOA = "81.08.06", "81.08.01", "81.08.03"


def _record(ctx: AppContext, seeded: Seeded, emp_id: str, kind: str, **extra: Any) -> str:
    with ctx.tx() as s:
        event = s.get(SigningEvent, seeded.event_id)
        assert event is not None
        emp = s.get(Employee, emp_id)
        assert emp is not None
        rec = append_evidence(
            ctx,
            s,
            SignatureRecord(
                kind=kind,
                employee_id=emp.id,
                event_id=event.id,
                election_id=event.election_id,
                template_id=event.template_id,
                template_sha256="0" * 64,
                identity_json=json.dumps({"name": emp.name, "nip": emp.nip}),
                image_sha256=None,
                operator="admin",
                strokes_json=None,
                strokes_sha256=None,
                supersedes_id=extra.get("supersedes_id"),
                reason=extra.get("reason", ""),
            ),
        )
        return rec.id


def _send(net: Net, code: str) -> None:
    [package] = sync.export(net.offices[code], net.usb(f"usb-{code}"))
    outcome = sync.import_file(net.hub, package.path)
    assert outcome.status == "applied", outcome.to_json()


def _election_of(ctx: AppContext, seeded: Seeded) -> str:
    with ctx.read() as s:
        event = s.get(SigningEvent, seeded.event_id)
        assert event is not None
        return event.election_id


@pytest.fixture
def scene(net: Net) -> dict[str, Any]:
    """Wetar: 6 people (2 non-ASN, 1 inactive); Terselatan: 3 people; Moa never sends."""
    wetar = net.offices[WETAR]
    w = seed_office(wetar, 6, nip_base=0)
    edit_employee(wetar, w.employees[4], category="NON_ASN", nip=None)
    edit_employee(wetar, w.employees[5], category="NON_ASN", nip=None)
    edit_employee(wetar, w.employees[3], active=False, inactive_reason="pensiun")
    # 0: signed twice over (voided, then signed again) -> one signed person
    first = sign(wetar, w, [w.employees[0]])[0]
    _record(wetar, w, w.employees[0], "void", supersedes_id=first, reason="salah orang")
    sign(wetar, w, [w.employees[0]])
    # 1: refused, then signed -> signed; 2: refused -> refused
    _record(wetar, w, w.employees[1], "refused", reason="menolak")
    sign(wetar, w, [w.employees[1]])
    _record(wetar, w, w.employees[2], "refused", reason="menolak")
    # 3: inactive but signed -> not counted; 4 (non-ASN): signed; 5 (non-ASN): voided only
    sign(wetar, w, [w.employees[3], w.employees[4]])
    only = sign(wetar, w, [w.employees[5]])[0]
    _record(wetar, w, w.employees[5], "void", supersedes_id=only, reason="keliru")
    t = seed_office(net.offices[TERSELATAN], 3, nip_base=100)
    sign(net.offices[TERSELATAN], t, t.employees[:1])
    _send(net, WETAR)
    _send(net, TERSELATAN)
    return {"wetar": w, "terselatan": t, "election": _election_of(wetar, w)}


def test_counts_people_not_records(net: Net, scene: dict[str, Any]) -> None:
    cov = hub_coverage.coverage(net.hub, scene["election"])
    assert cov.level == "kabupaten"
    by = {o.office: o for o in cov.offices}
    wetar = by[WETAR]
    assert wetar.status == "active" and wetar.name == "Kecamatan Wetar"
    c = wetar.counts
    # 5 active people (the inactive one is out): 3 ASN, 2 non-ASN
    assert (c.employees, c.asn, c.non_asn) == (5, 3, 2)
    assert (c.signed, c.refused, c.unsigned) == (3, 1, 1)
    assert (c.signed_non_asn, c.refused_non_asn) == (1, 0)
    assert c.percent == 60.0
    [unit] = wetar.units
    assert unit.unit_code == f"U-{WETAR}" and unit.counts == c
    # the other office's election (same level and voting day) was mapped onto the one the
    # hub holds when its package was imported: its signature counts under it
    assert by[TERSELATAN].counts.employees == 3 and by[TERSELATAN].counts.signed == 1
    assert cov.totals.employees == 8 and cov.totals.signed == 4


def test_alias_maps_an_office_election_onto_the_hub_one(net: Net, scene: dict[str, Any]) -> None:
    """Once sync maps an office's election onto the hub's (an alias, or the event's
    election rewritten), that office's people count under the hub's election."""
    from desktop.store.models.sync import SyncAlias

    mine = _election_of(net.offices[TERSELATAN], scene["terselatan"])
    with net.hub.tx() as s:  # the import made the alias already
        assert s.query(SyncAlias).filter_by(entity="election", incoming_id=mine).one()
    cov = hub_coverage.coverage(net.hub, scene["election"])
    assert {o.office: o.counts.signed for o in cov.offices} == {WETAR: 3, TERSELATAN: 1, MOA: 0}
    with net.hub.tx() as s:
        s.execute(
            update(SigningEvent)
            .where(SigningEvent.id == scene["terselatan"].event_id)
            .values(election_id=scene["election"])
        )
        s.query(SyncAlias).delete()
    cov = hub_coverage.coverage(net.hub, scene["election"])
    assert {o.office: o.counts.signed for o in cov.offices}[TERSELATAN] == 1


def test_drill_down_office_unit_unsigned(net: Net, scene: dict[str, Any]) -> None:
    w: Seeded = scene["wetar"]
    people = hub_coverage.people(net.hub, scene["election"], WETAR)
    status = {p.employee_id: p.status for p in people}
    assert status == {
        w.employees[0]: "signed",
        w.employees[1]: "signed",
        w.employees[2]: "refused",
        w.employees[4]: "signed",
        w.employees[5]: "unsigned",
    }
    unsigned = hub_coverage.people(
        net.hub, scene["election"], WETAR, unit_code=f"U-{WETAR}", status="unsigned"
    )
    assert [p.employee_id for p in unsigned] == [w.employees[5]]
    assert unsigned[0].category == "NON_ASN"
    assert hub_coverage.people(net.hub, scene["election"], WETAR, unit_code="NOPE") == []


def test_not_reporting_threshold(net: Net, scene: dict[str, Any]) -> None:
    now = utcnow()
    cov = hub_coverage.coverage(net.hub, scene["election"], now=now)
    assert [o.office for o in cov.not_reporting] == [MOA]  # enrolled, never sent
    assert cov.stale_days == 14
    moa = {o.office: o for o in cov.offices}[MOA]
    assert moa.last_package_at is None and moa.counts.employees == 0
    with net.hub.tx() as s:
        s.execute(
            update(SyncPeer)
            .where(SyncPeer.office_code == WETAR)
            .values(last_in_at=now - timedelta(days=15))
        )
    cov = hub_coverage.coverage(net.hub, scene["election"], now=now)
    assert [o.office for o in cov.not_reporting] == [MOA, WETAR]
    assert {o.office: o.age_days for o in cov.offices}[WETAR] == 15
    hub_coverage.set_stale_days(net.hub, 20)
    cov = hub_coverage.coverage(net.hub, scene["election"], now=now)
    assert [o.office for o in cov.not_reporting] == [MOA]
    with pytest.raises(NetraError):
        hub_coverage.set_stale_days(net.hub, 0)


def test_default_is_latest_election_and_unknown_is_refused(net: Net, scene: dict[str, Any]) -> None:
    """The default is the latest election the hub lists: not an office's copy that was
    mapped onto it (which would count nobody); an office's id resolves to the hub's."""
    mine = _election_of(net.offices[TERSELATAN], scene["terselatan"])
    assert mine != scene["election"]
    assert [e.id for e in hub_coverage.elections(net.hub)] == [scene["election"]]
    default = hub_coverage.coverage(net.hub)
    assert default.election.id == scene["election"] and default.totals.signed == 4
    via_office_id = hub_coverage.coverage(net.hub, mine)
    assert via_office_id.election.id == scene["election"]
    assert {o.office: o.counts.signed for o in via_office_id.offices}[TERSELATAN] == 1
    with pytest.raises(NetraError) as err:
        hub_coverage.coverage(net.hub, "no-such-election")
    assert err.value.code == "election_unknown"


def test_office_installation_is_refused(net: Net) -> None:
    with pytest.raises(NetraError) as err:
        hub_coverage.coverage(net.offices[WETAR])
    assert err.value.code == "not_hub"


# ---------------------------------------------------------------------------- CLI
def test_cli_json_has_exactly_the_keys(
    net: Net, scene: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    code, out, err = run(
        net.hub.data_dir, "hub", "coverage", "--election", scene["election"], "--json"
    )
    assert code == 0, err
    doc = json.loads(out)
    assert set(doc) == {"election", "offices", "not_reporting", "totals"}
    assert set(doc["election"]) == {"id", "name", "voting_date"}
    assert doc["election"]["id"] == scene["election"]
    office_keys = {"office", "name", "employees", "signed", "refused", "unsigned", "percent",
                   "last_package_at", "units"}  # fmt: skip
    unit_keys = {"unit_code", "unit_name", "employees", "signed", "refused", "unsigned"}
    for office in doc["offices"]:
        assert set(office) == office_keys
        for unit in office["units"]:
            assert set(unit) == unit_keys
    assert all(set(o) == {"office", "name", "last_package_at"} for o in doc["not_reporting"])
    assert set(doc["totals"]) == {"employees", "signed", "refused", "unsigned", "percent"}
    wetar = next(o for o in doc["offices"] if o["office"] == WETAR)
    assert (wetar["employees"], wetar["signed"], wetar["refused"], wetar["unsigned"]) == (
        5,
        3,
        1,
        1,
    )
    assert wetar["percent"] == 60.0 and wetar["last_package_at"] is not None
    assert [o["office"] for o in doc["not_reporting"]] == [MOA]
    # default election, human text
    code, out, err = run(net.hub.data_dir, "hub", "coverage")
    assert code == 0, err
    assert "Kecamatan Wetar" in out


def test_cli_exit_2_on_an_office(net: Net, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    code, out, err = run(net.offices[WETAR].data_dir, "hub", "coverage", "--json")
    assert code == 2
    assert "hub" in err and "Traceback" not in err
    assert json.loads(out)["error"] == "not_hub"
