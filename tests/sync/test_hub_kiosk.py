"""The hub as a kiosk (issue 17): the kabupaten BKPSDM runs its own kiosks at a
kabupaten-wide apel for every office's staff. Its signatures (records with the hub as
origin) count in the office each signer belongs to (the office that owns their unit,
through the unit tree), and a person who signed at their office's apel and again at the
hub's counts once.

A hub and two offices in separate data folders: the offices make their own roster, election
(mapped onto the hub's at import) and apel with the shipped pact template, sign with real
strokes and send real packages; the hub signs at its own event with ``signing.sign``."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.domain import handwriting
from desktop.domain.errors import NetraError
from desktop.services import signing, sync
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.services.signing import setup as signing_setup
from desktop.services.sync import hub_coverage, hub_recap
from desktop.store.models import Employee, SignatureRecord, SyncPeer, Unit
from tests.sync.conftest import Net, build_net
from tests.sync.helpers import PASSWORD

WETAR, TERSELATAN = "81.08.06", "81.08.01"
HUB_CODE = "81.08"
TEMPLATE = "pakta-netralitas-asn"


@dataclass
class Office:
    units: dict[str, str]  # code -> id
    people: list[str]  # employee ids
    event_id: str


def _strokes(seed: int) -> dict[str, Any]:
    return handwriting.signature(random.Random(seed))


def _add_person(ctx: AppContext, unit_id: str, name: str, nip: str | None, cat: str) -> str:
    with ctx.tx() as s:
        emp = stamp_new(
            ctx,
            s,
            Employee(
                name=name,
                name_key=name.lower(),
                nip=nip,
                category=cat,
                golongan="III/a" if cat != "NON_ASN" else None,
                jabatan="Staf",
                unit_id=unit_id,
                active=True,
            ),
        )
        return emp.id


def _add_unit(ctx: AppContext, code: str, name: str, parent_id: str | None = None) -> str:
    with ctx.tx() as s:
        unit = stamp_new(ctx, s, Unit(code=code, name=name, kind="kecamatan", parent_id=parent_id))
        return unit.id


def _office(ctx: AppContext, code: str, people: int, nip_base: int) -> Office:
    """A kecamatan office with a sub-unit (a puskesmas), its people and its own apel."""
    short = code.replace(".", "")
    kec = _add_unit(ctx, f"KEC-{short}", f"Kantor Kecamatan {code}")
    pkm = _add_unit(ctx, f"PKM-{short}", f"Puskesmas {code}", kec)
    ids = [
        _add_person(
            ctx,
            kec if i % 2 == 0 else pkm,
            f"Pegawai {code} {i}",
            f"19800101200{nip_base + i:07d}",
            "PNS",
        )
        for i in range(people)
    ]
    election = signing_setup.add_election(ctx, "Pilkada Serentak 2026", date(2026, 11, 27))
    event = signing_setup.create_event(
        ctx,
        name=f"Apel Netralitas {code}",
        election_id=election.id,
        template_code=TEMPLATE,
        event_date=date(2026, 10, 1),
        place="Ilwaki",
    )
    return Office({"KEC": kec, "PKM": pkm}, ids, event.id)


def _send(net: Net, code: str) -> None:
    [package] = sync.export(net.offices[code], net.usb(f"usb-{code}"))
    outcome = sync.import_file(net.hub, package.path)
    assert outcome.status == "applied", outcome.to_json()


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Net]:
    network = build_net(tmp_path, [WETAR, TERSELATAN])
    yield network
    network.close()


@pytest.fixture
def scene(two: Net) -> dict[str, Any]:
    """Wetar: 4 people, 0 and 1 signed at the office, all sent. Terselatan: 3 people, its
    roster sent before its apel, then 0 signed at the office (not sent yet). The hub sets up
    its kabupaten-wide apel with the same shipped template."""
    wetar = _office(two.offices[WETAR], WETAR, 4, 0)
    tersel = _office(two.offices[TERSELATAN], TERSELATAN, 3, 100)
    signing.sign(two.offices[WETAR], wetar.event_id, wetar.people[0], _strokes(1))
    signing.sign(two.offices[WETAR], wetar.event_id, wetar.people[1], _strokes(2))
    _send(two, WETAR)
    _send(two, TERSELATAN)
    signing.sign(two.offices[TERSELATAN], tersel.event_id, tersel.people[0], _strokes(3))
    hub = two.hub
    election = signing_setup.add_election(hub, "Pilkada Serentak 2026", date(2026, 11, 27))
    apel = signing_setup.create_event(
        hub,
        name="Apel Akbar Netralitas ASN Kabupaten",
        election_id=election.id,
        template_code=TEMPLATE,
        event_date=date(2026, 10, 5),
        place="Tiakur",
    )
    return {"wetar": wetar, "tersel": tersel, "election": election.id, "apel": apel.id}


def _counts(cov: hub_coverage.Coverage) -> dict[str, tuple[int, int, int, int]]:
    return {
        o.office: (o.counts.employees, o.counts.signed, o.counts.refused, o.counts.unsigned)
        for o in cov.offices
    }


def _origins(ctx: AppContext, employee_id: str) -> list[str]:
    with ctx.read() as s:
        return sorted(
            r.origin
            for r in s.query(SignatureRecord).filter_by(employee_id=employee_id, kind="signed")
        )


def test_hub_apel_covers_every_office_and_refuses_a_second_signature(
    two: Net, scene: dict[str, Any]
) -> None:
    """The hub's event with no units covers everyone the hub holds; a person whose office's
    record already arrived is refused at the hub's kiosk as already signed."""
    hub, wetar, tersel = two.hub, scene["wetar"], scene["tersel"]
    people = {p.employee_id for p in signing.people(hub, scene["apel"])}
    assert set(wetar.people) | set(tersel.people) <= people
    with pytest.raises(NetraError) as err:
        signing.sign(hub, scene["apel"], wetar.people[0], _strokes(10))
    assert err.value.code == "already_signed"
    done = signing.sign(hub, scene["apel"], wetar.people[2], _strokes(11))
    assert _origins(hub, wetar.people[2]) == [HUB_CODE]
    with hub.read() as s:
        rec = s.get(SignatureRecord, done.id)
        assert rec is not None and rec.origin == HUB_CODE
    # the hub's apel shows the office's earlier signatures too
    signed = {p.employee_id for p in signing.people(hub, scene["apel"]) if p.status == "signed"}
    assert {wetar.people[0], wetar.people[1], wetar.people[2]} <= signed


def test_hub_signatures_count_in_the_employees_office(two: Net, scene: dict[str, Any]) -> None:
    hub, wetar, tersel = two.hub, scene["wetar"], scene["tersel"]
    before = _counts(hub_coverage.coverage(hub, scene["election"]))
    assert before == {WETAR: (4, 2, 0, 2), TERSELATAN: (3, 0, 0, 3)}
    _send(two, TERSELATAN)  # Terselatan 0's signature at the office arrives
    # the hub's kiosks: Wetar 2 and 3 sign, Terselatan 0 is refused (signed at the
    # office), 1 signs, 2 refuses
    signing.sign(hub, scene["apel"], wetar.people[2], _strokes(20))
    signing.sign(hub, scene["apel"], wetar.people[3], _strokes(21))
    with pytest.raises(NetraError) as err:
        signing.sign(hub, scene["apel"], tersel.people[0], _strokes(22))
    assert err.value.code == "already_signed"
    signing.sign(hub, scene["apel"], tersel.people[1], _strokes(23))
    signing.refuse(hub, scene["apel"], tersel.people[2], "tidak bersedia")
    cov = hub_coverage.coverage(hub, scene["election"])
    # nothing counted in the hub as if its kiosks' signers were the hub's own staff
    assert _counts(cov) == {WETAR: (4, 4, 0, 0), TERSELATAN: (3, 2, 1, 0)}
    assert (cov.totals.employees, cov.totals.signed, cov.totals.refused) == (7, 6, 1)
    # per unit: the puskesmas people (1 and 3) count in Wetar's sub-unit
    wetar_row = next(o for o in cov.offices if o.office == WETAR)
    units = {u.unit_code: u.counts for u in wetar_row.units}
    assert (units["PKM-810806"].employees, units["PKM-810806"].signed) == (2, 2)
    drill = hub_coverage.people(hub, scene["election"], TERSELATAN)
    assert {p.employee_id: p.status for p in drill} == {
        tersel.people[0]: "signed",
        tersel.people[1]: "signed",
        tersel.people[2]: "refused",
    }


def test_signed_at_the_office_and_at_the_hub_counts_once(two: Net, scene: dict[str, Any]) -> None:
    """Terselatan 0 signed at the office; before that package arrives the hub's kiosk signs
    the same person again (the hub could not know). Both records are kept; one person."""
    hub, tersel = two.hub, scene["tersel"]
    signing.sign(hub, scene["apel"], tersel.people[0], _strokes(30))
    signing.sign(hub, scene["apel"], tersel.people[1], _strokes(31))
    assert _counts(hub_coverage.coverage(hub, scene["election"]))[TERSELATAN] == (3, 2, 0, 1)
    _send(two, TERSELATAN)  # now the office's own signature of person 0 arrives
    assert _origins(hub, tersel.people[0]) == sorted([HUB_CODE, TERSELATAN])
    cov = hub_coverage.coverage(hub, scene["election"])
    assert _counts(cov)[TERSELATAN] == (3, 2, 0, 1)
    assert cov.totals.signed == 4
    unsigned = hub_coverage.people(hub, scene["election"], TERSELATAN, status="unsigned")
    assert [p.employee_id for p in unsigned] == [tersel.people[2]]
    # a record voided at the hub leaves the office's record in force: still signed, once
    with hub.read() as s:
        at_hub = (
            s.query(SignatureRecord.id)
            .filter_by(employee_id=tersel.people[0], origin=HUB_CODE, kind="signed")
            .scalar()
        )
    signing.void(hub, at_hub, "ditandatangani dua kali")
    assert _counts(hub_coverage.coverage(hub, scene["election"]))[TERSELATAN] == (3, 2, 0, 1)


def test_person_the_hub_added_to_an_office_unit_counts_in_that_office(
    two: Net, scene: dict[str, Any]
) -> None:
    """A walk-in the hub adds at its apel into an office's unit (or into a sub-unit the hub
    made under it) belongs to that office, not to the hub: the row's origin is the hub's."""
    hub, wetar = two.hub, scene["wetar"]
    walk_in = _add_person(hub, wetar.units["KEC"], "Pegawai Baru Wetar", None, "NON_ASN")
    sub = _add_unit(hub, "SD-WETAR-1", "SD Inpres Wetar 1", wetar.units["PKM"])
    teacher = _add_person(hub, sub, "Guru SD Wetar", "198001012005011999", "PNS")
    with hub.read() as s:
        row = s.get(Employee, walk_in)
        assert row is not None and row.origin == HUB_CODE
    signing.sign(hub, scene["apel"], walk_in, _strokes(40))
    signing.sign(hub, scene["apel"], teacher, _strokes(41))
    cov = hub_coverage.coverage(hub, scene["election"])
    counts = _counts(cov)
    assert counts[WETAR] == (6, 4, 0, 2)
    assert HUB_CODE not in counts
    wetar_row = next(o for o in cov.offices if o.office == WETAR)
    assert (wetar_row.counts.non_asn, wetar_row.counts.signed_non_asn) == (1, 1)
    assert "SD-WETAR-1" in {u.unit_code for u in wetar_row.units}
    drill = {p.employee_id for p in hub_coverage.people(hub, scene["election"], WETAR)}
    assert {walk_in, teacher} <= drill
    assert hub_coverage.people(hub, scene["election"], HUB_CODE) == []


def test_hub_own_staff_still_count_in_the_hub(two: Net, scene: dict[str, Any]) -> None:
    """The BKPSDM's own people (a unit the hub made at the top of the tree) stay the hub's."""
    hub = two.hub
    bkpsdm = _add_unit(hub, "BKPSDM", "BKPSDM Kabupaten")
    staff = _add_person(hub, bkpsdm, "Kepala Bidang", "197501012000031001", "PNS")
    signing.sign(hub, scene["apel"], staff, _strokes(50))
    row = next(
        o for o in hub_coverage.coverage(hub, scene["election"]).offices if o.status == "hub"
    )
    assert row.office == HUB_CODE and (row.counts.employees, row.counts.signed) == (1, 1)


def test_cli_and_recap_count_the_hub_kiosk(
    two: Net, scene: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    hub, wetar = two.hub, scene["wetar"]
    _send(two, TERSELATAN)
    signing.sign(hub, scene["apel"], wetar.people[2], _strokes(60))
    walk_in = _add_person(hub, wetar.units["PKM"], "Pegawai Baru Puskesmas", None, "NON_ASN")
    signing.sign(hub, scene["apel"], walk_in, _strokes(61))
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(
            ["--data-dir", str(hub.data_dir), "hub", "coverage", "--election",
             scene["election"], "--json"]
        )  # fmt: skip
    assert code == 0, err.getvalue()
    doc = json.loads(out.getvalue())
    by = {o["office"]: o for o in doc["offices"]}
    assert (by[WETAR]["employees"], by[WETAR]["signed"], by[WETAR]["unsigned"]) == (5, 4, 1)
    assert (by[TERSELATAN]["employees"], by[TERSELATAN]["signed"]) == (3, 1)
    assert HUB_CODE not in by
    assert doc["totals"]["signed"] == 5
    # the recap workbook: Wetar's sheet lists the hub's walk-in as signed
    book = tmp_path / "rekap.xlsx"
    hub_recap.election_recap(hub, scene["election"], book)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    sheet = next(ws for ws in wb.worksheets if WETAR in ws.title or WETAR in str(ws["A1"].value))
    text = "\n".join(" ".join(str(c) for c in row if c is not None) for row in sheet.values)
    assert "Pegawai Baru Puskesmas" in text


def test_the_office_sees_its_people_signed_at_the_hub(two: Net, scene: dict[str, Any]) -> None:
    """The hub's answer carries its kiosks' records of the office's people: the office's
    own apel shows them signed and refuses a second signature; other offices' people's
    records stay at the hub."""
    hub, wetar, tersel = two.hub, scene["wetar"], scene["tersel"]
    signing.sign(hub, scene["apel"], wetar.people[2], _strokes(70))
    signing.sign(hub, scene["apel"], tersel.people[1], _strokes(71))
    office = two.offices[WETAR]
    [answer] = sync.export(hub, two.usb("answer-wetar"), office=WETAR)
    outcome = sync.import_file(office, answer.path)
    assert outcome.status == "applied", outcome.to_json()
    assert _origins(office, wetar.people[2]) == [HUB_CODE]
    assert _origins(office, tersel.people[1]) == []  # not Wetar's: not sent there
    signed = {p.employee_id for p in signing.people(office, wetar.event_id) if p.status == "signed"}
    assert signed == {wetar.people[0], wetar.people[1], wetar.people[2]}
    with pytest.raises(NetraError) as err:
        signing.sign(office, wetar.event_id, wetar.people[2], _strokes(72))
    assert err.value.code == "already_signed"


def test_an_office_with_two_laptops_is_one_row(two: Net, scene: dict[str, Any]) -> None:
    """An office with a second laptop enrolled at the hub is one coverage row: active while
    one of its laptops is, its last package the latest of any; revoking one laptop neither
    hides the office nor lists it as not reporting."""
    from desktop.services import devices
    from tests.sync.test_device_tab import second_laptop, send

    hub = two.hub
    kiosk = second_laptop(two, WETAR, "Kiosk 2")
    try:
        send(two, kiosk, "kiosk-1")
        listed = {d.name: d for d in devices.list_devices(hub).devices}
        kiosk_row = listed["Kiosk 2"]
        devices.revoke_device(hub, kiosk_row.id, "laptop hilang")
        cov = hub_coverage.coverage(hub, scene["election"])
        assert [o.office for o in cov.offices] == [TERSELATAN, WETAR]
        wetar = next(o for o in cov.offices if o.office == WETAR)
        assert wetar.status == "active" and not wetar.stale
        with hub.read() as s:
            lasts = [p.last_in_at for p in s.query(SyncPeer).filter_by(office_code=WETAR).all()]
        assert len(lasts) == 2 and wetar.last_package_at == max(t for t in lasts if t)
        assert wetar.counts.employees == 4
    finally:
        kiosk.close()
