"""Issue 13, sender authority: an office's package speaks only for that office.

Every forgery is a real package signed with office B's own enrolled key (the file is opened
with the hub's key, its rows changed, and sealed and signed again exactly as Netra does), so
it passes every check of the file itself and reaches the merge. Each is refused with its own
reason, nothing of it is applied, the hub's ``audit verify`` stays green, the refusal is an
alert in ``sync status`` and the file is not archived as if it had been accepted.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.domain.canonical import chain_hash, sha256_hex
from desktop.services import audit, identity, rules, sync
from desktop.services.context import AppContext
from desktop.services.office import store_blob
from desktop.services.records import append_evidence, stamp_edit, stamp_new
from desktop.store.models import (
    CaseEvidence,
    CaseFile,
    Election,
    Employee,
    PactTemplate,
    Rulebook,
    SignatureRecord,
)
from desktop.sync import format as fmt
from desktop.sync import rows as sr
from desktop.sync import rowset
from desktop.sync.rowset import RowSet
from tests.sync.conftest import Net
from tests.sync.helpers import HUB, edit_employee, seed_office, sign, table_state

WETAR, PPT = "81.08.06", "81.08.01"  # office A and office B
Change = Callable[[dict[str, RowSet], dict[str, bytes], dict[str, Any]], None]


# ---------------------------------------------------------------------------- forging
def reseal(package: Path, sender: AppContext, recipient: AppContext, change: Change) -> Path:
    """Open ``package`` with the recipient's key, let ``change`` edit its row sets, blobs and
    manifest, and seal and sign it again with the sender's own key."""
    parsed = fmt.parse(package.read_bytes())
    opened = fmt.open_payload(parsed, identity.load(recipient.keys_dir).box)
    manifest = dict(parsed.manifest)
    tables = {
        path[5:-5]: rowset.decode(data, path[5:-5], manifest["counts"][path[5:-5]])
        for path, data in opened.parts.items()
        if path.startswith("rows/")
    }
    blobs = {p[6:]: d for p, d in opened.parts.items() if p.startswith("blobs/")}
    change(tables, blobs, manifest)
    if blobs:
        listed = {r[0] for r in tables[sr.BLOB_TABLE].rows} if sr.BLOB_TABLE in tables else set()
        for sha in sorted(set(blobs) - listed):
            tables.setdefault(
                sr.BLOB_TABLE, RowSet(sr.BLOB_TABLE, "blob", ["id", "mime", "created_at"], [])
            )
            tables[sr.BLOB_TABLE].rows.append([sha, "application/pdf", "2026-10-01T00:00:00.000000Z"])  # fmt: skip
    counts = {k: v for k, v in manifest["counts"].items() if k in ("receipt",)}
    parts: list[tuple[str, bytes]] = []
    for name, rs in tables.items():
        parts.append((f"rows/{name}.json", rs.encode()))
        counts[name] = len(rs.rows)
    counts["blob"] = len(blobs)
    parts += [(f"blobs/{sha}", data) for sha, data in blobs.items()]
    if "receipt.json" in opened.parts:
        parts.append(("receipt.json", opened.parts["receipt.json"]))
    for key in ("format", "parts", "payload"):
        manifest.pop(key, None)
    manifest["counts"] = counts
    manifest["package_id"] = str(uuid.uuid4())
    with recipient.read() as s:
        box = recipient.office(s).box_public_key
    built = fmt.build(manifest, parts, identity.load(sender.keys_dir).signing, box)
    out = package.parent / f"palsu-{built.sha256[:12]}.{fmt.EXTENSION}"
    out.write_bytes(built.data)
    return out


def rows_of(ctx: AppContext, model: type[Any], ids: list[str] | None = None) -> RowSet:
    """Rows of ``model`` as a package carries them."""
    spec = sr.table_by_name()[model.__tablename__]
    with ctx.read() as s:
        stmt = select(spec.table)
        if ids is not None:
            stmt = stmt.where(spec.table.c.id.in_(ids))
        found = [dict(r) for r in s.execute(stmt).mappings()]
    return RowSet(
        spec.name,
        spec.kind,
        list(spec.columns),
        [sr.encode_row(r, spec.columns) for r in found],
        [0] * len(found) if spec.kind == "versioned" else [],
    )


def put(tables: dict[str, RowSet], extra: RowSet) -> None:
    """Add (or replace by id) rows in a package's row set."""
    have = tables.get(extra.table)
    if have is None:
        tables[extra.table] = extra
        return
    idx = have.columns.index("id")
    by_id = {
        r[idx]: (r, b)
        for r, b in zip(have.rows, have.sync_base or [0] * len(have.rows), strict=True)
    }
    for r, b in zip(extra.rows, extra.sync_base or [0] * len(extra.rows), strict=True):
        by_id[r[idx]] = (r, b)
    have.rows = [r for r, _ in by_id.values()]
    if have.kind == "versioned":
        have.sync_base = [b for _, b in by_id.values()]


def setv(rs: RowSet, **values: Any) -> None:
    for row in rs.rows:
        for key, value in values.items():
            row[rs.columns.index(key)] = value


def reseal_evidence(rs: RowSet, model: type[Any]) -> None:
    """Recompute the hash of each evidence row after a change (a careful forger)."""
    for row in rs.rows:
        v = dict(zip(rs.columns, row, strict=True))
        decoded = sr.decode_rows(sr.table_by_name()[rs.table], rs.columns, [row])[0]
        row[rs.columns.index("sha256")] = chain_hash(model.canonical_of(decoded), v["prev_sha256"])


# ---------------------------------------------------------------------------- checks
def everything(ctx: AppContext) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with ctx.read() as s:
        for spec in sr.sync_tables():
            rows = s.execute(spec.table.select()).mappings().all()
            out[spec.name] = sorted(json.dumps(sr.encode_row(r, spec.columns)) for r in rows)
        for table in ("blob", "sync_alias", "sync_version", "sync_conflict", "sync_ledger"):
            out[table] = s.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()
    return out


def refused(net: Net, path: Path, reason: str) -> sync.ImportOutcome:
    before = everything(net.hub)
    out = sync.import_file(net.hub, path)
    assert out.status == "rejected" and out.reason == reason, out.to_json()
    assert everything(net.hub) == before  # nothing applied
    assert audit.verify(net.hub).ok
    alerts = sync.status(net.hub).refusals
    assert any(a.package_sha256 == sha256_hex(path.read_bytes()) for a in alerts)
    assert next(a for a in alerts if a.reason == reason).office == PPT
    archive = net.hub.data_dir / sync.ARCHIVE
    assert not (archive / path.name).exists()
    return out


def applied(ctx: AppContext, path: Path) -> sync.ImportOutcome:
    out = sync.import_file(ctx, path)
    assert out.status == "applied", out.to_json()
    return out


@pytest.fixture
def two(net: Net) -> tuple[Net, Any, Any]:
    """A's roster and signatures are at the hub; B has its own and an export ready."""
    a, b = net.offices[WETAR], net.offices[PPT]
    sign(a, seed_office(a, 3))
    sign(b, seed_office(b, 2, nip_base=50))
    [pa] = sync.export(a, net.usb("a"))
    applied(net.hub, pa.path)
    return net, a, b


def b_package(net: Net, b: AppContext) -> Path:
    [pb] = sync.export(b, net.usb("b"))
    return pb.path


# ---------------------------------------------------------------------------- findings
def test_a_genuine_package_of_b_is_applied_and_archived(two: tuple[Net, Any, Any]) -> None:
    net, _, b = two
    path = b_package(net, b)
    applied(net.hub, path)
    assert (net.hub.data_dir / sync.ARCHIVE / path.name).exists()
    assert sync.status(net.hub).refusals == ()


@pytest.mark.parametrize("claimed", [WETAR, HUB[0]])
def test_signature_records_claiming_another_origin(two: tuple[Net, Any, Any], claimed: str) -> None:
    net, _, b = two

    def forge(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        rs = tables["signature_record"]
        setv(rs, origin=claimed)
        for i, row in enumerate(rs.rows):
            row[rs.columns.index("chain_seq")] = 1000 + i
        reseal_evidence(rs, SignatureRecord)

    forged = reseal(b_package(net, b), b, net.hub, forge)
    refused(net, forged, "foreign_origin")


@pytest.mark.parametrize("claim", ["revised_by_a", "origin_b", "plain"])
def test_b_editing_a_employees(two: tuple[Net, Any, Any], claim: str) -> None:
    net, a, b = two
    with net.hub.read() as s:
        a_ids = list(s.scalars(select(Employee.id).where(Employee.origin == WETAR)))
    edit_employee(a, a_ids[0], jabatan="Diubah di kantor A")  # a genuine version of A

    def forge(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        rs = rows_of(a, Employee, a_ids[:1])
        setv(rs, jabatan="Diubah oleh kantor B", revision=2**50)
        if claim == "revised_by_a":
            setv(rs, revised_by=WETAR)
        else:
            setv(rs, revised_by=PPT)
        if claim == "origin_b":
            setv(rs, origin=PPT)
        put(tables, rs)

    forged = reseal(b_package(net, b), b, net.hub, forge)
    refused(net, forged, "foreign_edit")
    assert table_state(net.hub, Employee)[a_ids[0]]["jabatan"] != "Diubah oleh kantor B"


def _home_made_rulebook(b: AppContext) -> str:
    doc = json.loads(Path("resources/rulebook/netralitas-2022.json").read_text("utf-8"))
    doc["version"] = "2026.9-kantor-b"
    doc["title"] = "Aturan buatan kantor B"
    info = rules.load_new_rulebook(b, json.dumps(doc))
    return info.sha256


def test_rules_load_at_an_office_never_reaches_the_hub(two: tuple[Net, Any, Any]) -> None:
    net, _, b = two
    hub_rulebook = rules.active_rulebook(net.hub).sha256
    sha = _home_made_rulebook(b)
    assert rules.active_rulebook(b).sha256 == sha
    # Netra's own export leaves the kabupaten's reference data out: applied, rules unchanged.
    [genuine] = sync.export(b, net.usb("b"))
    assert "rulebook" not in genuine.counts
    applied(net.hub, genuine.path)
    assert rules.active_rulebook(net.hub).sha256 == hub_rulebook
    # A package that carries them anyway (an older Netra, a forger) is refused whole.
    edit_employee(b, seed_office_ids(b)[0], jabatan="Kasi")
    [later] = sync.export(b, net.usb("b2"))

    def forge(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        put(tables, rows_of(b, Rulebook))

    forged = reseal(later.path, b, net.hub, forge)
    refused(net, forged, "reference_not_from_hub")
    assert rules.active_rulebook(net.hub).sha256 == hub_rulebook


def seed_office_ids(ctx: AppContext) -> list[str]:
    with ctx.read() as s:
        me = ctx.office(s).code
        return list(s.scalars(select(Employee.id).where(Employee.origin == me)))


def test_b_changing_the_hubs_election_or_sending_a_hub_template(
    two: tuple[Net, Any, Any],
) -> None:
    net, _, b = two
    with net.hub.tx() as s:
        hub_election = stamp_new(
            net.hub, s, Election(name="Pemilu 2029", level="pemilu", voting_date=date(2029, 2, 14))
        ).id
    [answer] = sync.export(net.hub, net.usb("ans"), office=PPT)
    applied(b, answer.path)
    with b.tx() as s:
        row = s.get(Election, hub_election)
        assert row is not None and row.origin == HUB[0]
        row.voting_date = date(2029, 3, 1)
        stamp_edit(b, s, row)
    [genuine] = sync.export(b, net.usb("b"))  # an office's edit of the hub's row stays home
    applied(net.hub, genuine.path)
    with net.hub.read() as s:
        held = s.get(Election, hub_election)
        assert held is not None and held.voting_date == date(2029, 2, 14)

    def edit_election(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        put(tables, rows_of(b, Election, [hub_election]))

    edit_employee(b, seed_office_ids(b)[0], jabatan="Kasi")
    [p2] = sync.export(b, net.usb("b2"))
    refused(net, reseal(p2.path, b, net.hub, edit_election), "reference_not_from_hub")
    with net.hub.read() as s:
        held = s.get(Election, hub_election)
        assert held is not None and held.voting_date == date(2029, 2, 14)

    def hub_template(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        body = json.dumps({"code": "PAKTA-KAB"})
        rs = rows_of(b, PactTemplate)
        rs.rows = rs.rows[:1]
        rs.sync_base = [0]
        setv(rs, id=str(uuid.uuid4()), origin=HUB[0], code="PAKTA-KAB", version=7,
             body_json=body, sha256=sha256_hex(body.encode()))  # fmt: skip
        put(tables, rs)

    refused(net, reseal(p2.path, b, net.hub, hub_template), "reference_not_from_hub")
    # B's own elections and templates stay its own rows (its events and signatures need
    # them): the genuine package is still accepted.
    applied(net.hub, p2.path)


def test_an_answer_carrying_a_third_offices_rows_is_refused_at_the_office(
    two: tuple[Net, Any, Any],
) -> None:
    net, _a, b = two
    [answer] = sync.export(net.hub, net.usb("ans"), office=PPT)
    with net.hub.read() as s:
        a_emp = s.scalars(select(Employee.id).where(Employee.origin == WETAR)).first()
    assert a_emp is not None

    def third(by: str) -> Change:
        def change(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
            rs = rows_of(net.hub, Employee, [a_emp])
            setv(rs, revised_by=by)
            put(tables, rs)

        return change

    before = everything(b)
    for by, reason in ((WETAR, "foreign_edit"), (HUB[0], "foreign_origin")):
        forged = reseal(answer.path, net.hub, b, third(by))
        out = sync.import_file(b, forged)
        assert out.status == "rejected" and out.reason == reason, out.to_json()
        assert everything(b) == before
    applied(b, answer.path)  # the genuine answer still applies


def test_employee_of_bs_unit_added_by_the_hub_is_delegated(two: tuple[Net, Any, Any]) -> None:
    net, _, b = two
    applied(net.hub, b_package(net, b))
    with net.hub.tx() as s:
        unit = s.scalars(select(Employee.unit_id).where(Employee.origin == PPT)).first()
        added = stamp_new(net.hub, s, Employee(nip="198001012000000999", name="Ditambah BKPSDM",
                                               name_key="ditambah", category="PNS",
                                               unit_id=unit)).id  # fmt: skip
    [answer] = sync.export(net.hub, net.usb("ans"), office=PPT)
    applied(b, answer.path)
    edit_employee(b, added, jabatan="Staf Kecamatan")
    [p2] = sync.export(b, net.usb("b2"))
    assert p2.counts.get("employee") == 1
    applied(net.hub, p2.path)
    assert table_state(net.hub, Employee)[added]["jabatan"] == "Staf Kecamatan"


def _disguised_bat() -> bytes:
    return b"%PDF-1.4\r\n@echo off\r\nstart calc.exe\r\n%%EOF\r\n"


def test_a_bat_file_disguised_as_pdf_evidence_is_refused(two: tuple[Net, Any, Any]) -> None:
    net, _, b = two
    # The office database was changed behind Netra's back (intake would refuse the file).
    with b.tx() as s:
        case = stamp_new(b, s, CaseFile(number="PPT/9/2026", source="masyarakat",
                                         received_date=date(2026, 10, 2), reported_name="X"))  # fmt: skip
        s.flush()
        data = _disguised_bat()
        sha = store_blob(s, data, "application/pdf")
        append_evidence(b, s, CaseEvidence(case_id=case.id, filename="surat.pdf",
                                           mime="application/pdf", size=len(data),
                                           blob_sha256=sha, added_by="admin"))  # fmt: skip
    path = b_package(net, b)
    out = refused(net, path, "bad_evidence_file")
    assert "surat.pdf" in out.message


def test_cli_import_exits_2_naming_the_reason_and_lists_the_alert(
    two: tuple[Net, Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli.main import main
    from tests.sync.helpers import PASSWORD

    net, _, b = two

    def forge(tables: dict[str, RowSet], _b: dict[str, bytes], _m: dict[str, Any]) -> None:
        setv(tables["signature_record"], origin=WETAR)

    forged = reseal(b_package(net, b), b, net.hub, forge)
    monkeypatch.setenv("NETRA_USER", "admin")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--data-dir", str(net.hub.data_dir), *argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
        return code, out.getvalue(), err.getvalue()

    code, _, err = run("sync", "import", str(forged))
    assert code == 2 and "foreign_origin" in err and "Traceback" not in err
    code, out, _ = run("sync", "status")
    assert code == 0 and "PERINGATAN" in out and "foreign_origin" in out
    code, out, _ = run("sync", "refusals", "--json")
    [alert] = json.loads(out)["refusals"]
    code, _, _ = run("sync", "refusal-seen", alert["id"][:8])
    assert code == 0 and sync.status(net.hub).refusals == ()
    # Importing it again is refused again and alerts again (counted on the same row).
    code, _, _ = run("sync", "import", str(forged))
    assert code == 2
    [again] = sync.status(net.hub).refusals
    assert again.times_seen == 2
