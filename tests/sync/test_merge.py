"""Merging at the hub and at the office: idempotence, conflicts, tamper alerts, order."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select, text

from desktop.services import audit, sync
from desktop.store.models import Employee, Holiday, SignatureRecord, SyncLedger
from desktop.sync import rows as sr
from tests.sync.conftest import Net
from tests.sync.helpers import edit_employee, seed_office, sign, table_state

WETAR, PPT, MOA = "81.08.06", "81.08.01", "81.08.03"


def _state(ctx: Any) -> dict[str, Any]:
    """Everything sync may change, as comparable plain data."""
    out: dict[str, Any] = {}
    with ctx.read() as s:
        for spec in sr.sync_tables():
            rows = s.execute(spec.table.select()).mappings().all()
            out[spec.name] = sorted(json.dumps(sr.encode_row(r, spec.columns)) for r in rows)
        out["blob"] = sorted(s.scalars(text("SELECT sha256 FROM blob")))
    return out


def _applied(outcome: sync.ImportOutcome) -> sync.ImportOutcome:
    assert outcome.status == "applied", outcome.to_json()
    return outcome


def test_round_trip_every_field(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 4)
    sign(office, seeded)
    edit_employee(
        office,
        seeded.employees[0],
        jabatan="Sekretaris Camat",
        golongan="III/d",
        birth_date=date(1980, 1, 1),
        sex="P",
        notes="catatan\nbaris dua",
    )
    [package] = sync.export(office, net.usb())
    _applied(sync.import_file(net.hub, package.path))
    for spec in sr.sync_tables():
        with office.read() as s:
            mine = {
                r["id"]: dict(r)
                for r in s.execute(
                    spec.table.select().where(spec.table.c.origin == WETAR)
                ).mappings()
            }
        with net.hub.read() as s:
            theirs = {
                r["id"]: dict(r)
                for r in s.execute(
                    spec.table.select().where(spec.table.c.origin == WETAR)
                ).mappings()
            }
        if spec.name in ("holiday", "rulebook"):
            continue  # the office's seeded reference rows are aliased to the hub's own
        if spec.name == "pact_template":
            mine = {k: v for k, v in mine.items() if k in theirs}
        assert mine == theirs, spec.name
    assert audit.verify(net.hub).ok


def test_reimport_is_a_noop_that_says_when(net: Net) -> None:
    office = net.offices[WETAR]
    sign(office, seed_office(office, 2))
    [package] = sync.export(office, net.usb())
    _applied(sync.import_file(net.hub, package.path))
    before = _state(net.hub)
    again = sync.import_file(net.hub, package.path)
    assert again.status == "duplicate"
    assert again.message.startswith("sudah diimpor pada ")
    assert _state(net.hub) == before


def test_same_edit_by_two_routes_is_applied_once(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 2)
    sign(office, seeded)
    edit_employee(office, seeded.employees[0], jabatan="Kasi Pemerintahan")
    [first] = sync.export(office, net.usb("a"))
    [full] = sync.export(office, net.usb("b"), full=True)
    assert first.sha256 != full.sha256
    _applied(sync.import_file(net.hub, first.path))
    before = _state(net.hub)
    second = _applied(sync.import_file(net.hub, full.path))
    assert _state(net.hub) == before
    tables = second.merge["tables"]
    assert sum(t["inserted"] + t["updated"] for t in tables.values()) == 0
    assert second.merge["conflicts"] == 0 and second.merge["tamper"] == 0


def _edit_holiday(ctx: Any, day: date, name: str) -> None:
    from desktop.services.records import stamp_edit

    with ctx.tx() as s:
        row = s.scalars(select(Holiday).where(Holiday.day == day)).one()
        row.name = name
        stamp_edit(ctx, s, row)


def test_conflict_kept_with_deterministic_winner(net: Net) -> None:
    # The hub corrects an office's employee while the office edits the same person (the
    # only rows two installations may both change: issue 13's sender authority). Holidays
    # are the kabupaten's: an office's rename stays on the laptop and never travels.
    with net.hub.read() as s:
        day = s.scalars(select(Holiday.day).order_by(Holiday.day)).first()
    assert day is not None
    a = net.offices[WETAR]
    seeded = seed_office(a, 1)
    [first] = sync.export(a, net.usb("first"))
    _applied(sync.import_file(net.hub, first.path))
    _edit_holiday(a, day, "Tahun Baru Masehi (Wetar)")
    edit_employee(net.hub, seeded.employees[0], jabatan="Sekretaris (koreksi BKPSDM)")
    edit_employee(a, seeded.employees[0], jabatan="Kasi Pemerintahan")  # later: winner
    [pa] = sync.export(a, net.usb("a"))
    assert "holiday" not in pa.counts
    other = net.hub_copy("hub2")
    for hub in (net.hub, other):
        _applied(sync.import_file(hub, pa.path))
    assert _state(net.hub) == _state(other)
    with net.hub.read() as s:
        assert s.scalars(select(Holiday.name).where(Holiday.day == day)).one() != (
            "Tahun Baru Masehi (Wetar)"
        )
    emp = table_state(net.hub, Employee)[seeded.employees[0]]
    assert emp["jabatan"] == "Kasi Pemerintahan"
    open_ = [c for c in sync.conflicts(net.hub) if c.kind == "conflict"]
    assert len(open_) == 1
    both = {(open_[0].local or {})["jabatan"], (open_[0].incoming or {})["jabatan"]}
    assert both == {"Sekretaris (koreksi BKPSDM)", "Kasi Pemerintahan"}
    # A person keeps the losing version: it becomes a new edit at the hub.
    loser = "local" if open_[0].provisional_winner == "incoming" else "incoming"
    sync.resolve(net.hub, open_[0].id, loser)
    emp = table_state(net.hub, Employee)[seeded.employees[0]]
    assert emp["jabatan"] == "Sekretaris (koreksi BKPSDM)" and emp["revised_by"] == "81.08"
    assert all(c.kind != "conflict" for c in sync.conflicts(net.hub))


def test_evidence_tamper_alert_is_kept_and_local_row_stays(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 2)
    [good_id, _] = sign(office, seeded)
    [p1] = sync.export(office, net.usb("a"))
    _applied(sync.import_file(net.hub, p1.path))
    # Someone edits a signed record in the office database behind Netra's back.
    with office.tx() as s:
        s.execute(
            text("UPDATE signature_record SET operator = 'palsu' WHERE id = :i"), {"i": good_id}
        )
    [p2] = sync.export(office, net.usb("b"), full=True)
    out = _applied(sync.import_file(net.hub, p2.path))
    assert out.merge["tamper"] == 1
    alerts = [c for c in sync.conflicts(net.hub) if c.kind == "tamper"]
    assert len(alerts) == 1 and alerts[0].entity_id == good_id
    assert table_state(net.hub, SignatureRecord)[good_id]["operator"] == "admin"
    # A fresh hub that never saw the genuine row refuses the forged one too (hash check).
    fresh = net.hub_copy("hub-fresh")
    with fresh.tx() as s:
        s.execute(text("DELETE FROM signature_record"))
        s.execute(text("DELETE FROM sync_ledger"))
    out = _applied(sync.import_file(fresh, p2.path))
    assert out.merge["tamper"] == 1
    assert good_id not in table_state(fresh, SignatureRecord)


def test_out_of_order_packages_and_gaps(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 3)
    sign(office, seeded, seeded.employees[:1])
    [p1] = sync.export(office, net.usb("1"))
    sign(office, seeded, seeded.employees[1:2])
    edit_employee(office, seeded.employees[0], jabatan="Lurah")
    [p2] = sync.export(office, net.usb("2"))
    sign(office, seeded, seeded.employees[2:])
    [p3] = sync.export(office, net.usb("3"))
    ordered = net.hub_copy("hub-ordered")
    for p in (p1, p2, p3):
        _applied(sync.import_file(ordered, p.path))
    for p in (p3, p1):
        _applied(sync.import_file(net.hub, p.path))
    peer = next(x for x in sync.status(net.hub).peers if x.office == WETAR)
    assert peer.gaps == (2,) and peer.sequence == 3
    _applied(sync.import_file(net.hub, p2.path))
    assert _state(net.hub) == _state(ordered)
    peer = next(x for x in sync.status(net.hub).peers if x.office == WETAR)
    assert peer.gaps == ()


def test_held_rows_wait_for_what_they_refer_to(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 2)
    sign(office, seeded, seeded.employees[:1])
    [p1] = sync.export(office, net.usb("1"))
    # The hub answers p1; the office takes the answer, so p2 carries only the new signature.
    _applied(sync.import_file(net.hub, p1.path))
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    _applied(sync.import_file(office, answer.path))
    sign(office, seeded, seeded.employees[1:])
    [p2] = sync.export(office, net.usb("2"))
    assert p2.counts.get("employee", 0) == 0 and p2.counts["signature_record"] == 1
    # A hub restored from an old backup (without p1) gets p2 first: the signature is held.
    other = net.hub_copy("hub-restored")
    with other.tx() as s:
        for table in (
            "signature_record",
            "employee",
            "signing_event",
            "unit",
            "sync_ledger",
            "sync_version",
        ):
            s.execute(text(f"DELETE FROM {table} WHERE 1=1"))
    out = _applied(sync.import_file(other, p2.path))
    assert out.merge["held"] == 1
    assert any(c.kind == "held" for c in sync.conflicts(other))
    out = sync.import_file(other, p1.path)
    assert out.status == "applied" and out.merge["released"] == 1
    assert len(table_state(other, SignatureRecord)) == 2
    assert not any(c.kind == "held" for c in sync.conflicts(other))


def test_hub_answer_moves_records_to_acknowledged(net: Net) -> None:
    office = net.offices[WETAR]
    sign(office, seed_office(office, 3))

    def hub_peer() -> sync.PeerStatus:
        return sync.status(office).peers[0]

    [p1] = sync.export(office, net.usb("1"))
    assert hub_peer().pending_records > 0
    assert hub_peer().unacknowledged_packages == 1
    _applied(sync.import_file(net.hub, p1.path))
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    assert answer.counts["receipt"] == 1
    _applied(sync.import_file(office, answer.path))
    assert hub_peer().pending_records == 0
    assert hub_peer().unacknowledged_packages == 0
    with office.read() as s:
        ledger = s.scalars(select(SyncLedger).where(SyncLedger.direction == "out")).one()
        assert ledger.acknowledged_at is not None
    # Nothing new: the next package carries no rows, only the acknowledgement of the answer.
    [p2] = sync.export(office, net.usb("2"))
    assert sum(v for k, v in p2.counts.items() if k != "blob") == 0


def test_office_never_loses_unacknowledged_local_edit(net: Net) -> None:
    office = net.offices[WETAR]
    seeded = seed_office(office, 1)
    emp = seeded.employees[0]
    [p1] = sync.export(office, net.usb("1"))
    _applied(sync.import_file(net.hub, p1.path))
    # The kabupaten corrects the golongan; meanwhile the office edits the jabatan.
    edit_employee(net.hub, emp, golongan="III/b")
    edit_employee(office, emp, jabatan="Kepala Seksi")
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    out = _applied(sync.import_file(office, answer.path))
    assert out.merge["conflicts"] == 1
    local = table_state(office, Employee)[emp]
    assert local["jabatan"] == "Kepala Seksi" and local["golongan"] == "III/a"
    [conflict] = [c for c in sync.conflicts(office) if c.kind == "conflict"]
    assert (conflict.incoming or {})["golongan"] == "III/b"
    assert conflict.provisional_winner == "local"
    # The office's edit reaches the hub as a conflict too; nothing is dropped there either.
    [p2] = sync.export(office, net.usb("2"))
    out = _applied(sync.import_file(net.hub, p2.path))
    assert out.merge["conflicts"] == 1
    [hub_conflict] = [c for c in sync.conflicts(net.hub) if c.kind == "conflict"]
    versions = {(hub_conflict.local or {})["golongan"], (hub_conflict.incoming or {})["golongan"]}
    assert versions == {"III/a", "III/b"}


def test_hub_exports_upward_with_the_same_format(net: Net, tmp_path: Any) -> None:
    from tests.sync.helpers import make_install

    office = net.offices[WETAR]
    sign(office, seed_office(office, 2))
    [p1] = sync.export(office, net.usb("1"))
    _applied(sync.import_file(net.hub, p1.path))
    province = make_install(tmp_path / "prov", "81.90", "BKD Provinsi Maluku", "hub")
    try:
        # The kabupaten enrols with the province exactly as an office enrols with it.
        req, ans = tmp_path / "kab-req.json", tmp_path / "kab-ans.json"
        info = sync.write_request(net.hub, req)
        sync.enrol(province, req, ans, info.fingerprint)
        sync.accept(net.hub, ans)
        [up] = sync.export(net.hub, net.usb("up"), office="81.90")
        assert up.kind == "package" and up.full
        out = sync.import_file(province, up.path)
        assert out.status == "applied", out.to_json()
        assert len(table_state(province, SignatureRecord)) == 2
        # Offices still get answers, not the province package.
        assert {r.peer for r in sync.export(net.hub, net.usb("ans"))} == set(net.offices)
    finally:
        province.close()


def test_case_decision_made_at_the_kabupaten_reaches_only_its_office(net: Net) -> None:
    from desktop.services.records import append_evidence, stamp_new
    from desktop.store.models import CaseDecision, CaseFile, CaseStep

    def new_case(ctx: Any, number: str) -> str:
        with ctx.tx() as s:
            case = stamp_new(ctx, s, CaseFile(
                number=number, source="masyarakat", reporter_name="Warga", reporter_contact="",
                anonymous=False, received_date=date(2026, 10, 2), reported_name="X",
                reported_unit="", act_place="", description="Kampanye", alleged_codes_json="[]",
                state="diterima"))  # fmt: skip
            s.flush()
            append_evidence(
                ctx,
                s,
                CaseStep(
                    case_id=case.id,
                    from_state=None,
                    to_state="diterima",
                    actor="admin",
                    note="",
                    proven_codes_json="[]",
                    data_json="{}",
                ),
            )
            return case.id

    a, b = net.offices[WETAR], net.offices[PPT]
    case_a, case_b = new_case(a, "WTR/1/2026"), new_case(b, "PPT/1/2026")
    for office in (a, b):
        [p] = sync.export(office, net.usb("1"))
        _applied(sync.import_file(net.hub, p.path))
    with net.hub.tx() as s:
        for case_id, sk in ((case_a, "800/1/2026"), (case_b, "800/2/2026")):
            append_evidence(net.hub, s, CaseDecision(
                case_id=case_id, sanction_type="moral_tertutup", moral="tertutup",
                justification="Terbukti", sk_number=sk, sk_date=date(2026, 11, 2),
                decided_by="Bupati", recorded_by="admin", delivered_date=None,
                effective_date=None, end_date=None, rulebook_version="", supersedes_id=None))  # fmt: skip
    [answer] = sync.export(net.hub, net.usb("ans"), office=WETAR)
    assert answer.counts["case_decision"] == 1
    _applied(sync.import_file(a, answer.path))
    decisions = table_state(a, CaseDecision)
    assert [d["sk_number"] for d in decisions.values()] == ["800/1/2026"]
    assert audit.verify(a).ok
