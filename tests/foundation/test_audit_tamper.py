"""Issue 13: deletions and damage that `audit verify` must report, and never a traceback.

Every tampering here is done with SQL on the database file, as an attacker with the laptop
would, then ``netra audit verify`` (which logs in, and so appends, first) must exit 1 naming
what is wrong; ``netra pact verify`` must name a damaged record instead of crashing."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop.domain import verification
from desktop.domain.canonical import chain_hash
from desktop.services import audit, cases, printing
from desktop.services.cases import evidence as case_evidence
from desktop.services.context import Actor, AppContext
from desktop.store.models import AuditEntry, SignatureRecord
from tests.builders import add_void
from tests.cases.conftest import intake
from tests.conftest import CliRunner
from tests.printing.conftest import PEOPLE, make_world, qr_code


def _db(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / "netra.sqlite3")


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


def _operator_case(ctx: AppContext) -> str:
    """An operator registers a case and adds evidence; a verifier moves it on: the newest
    audit entries are case.new, case.evidence, case.advance."""
    ctx.actor = Actor("operator1", "operator")
    case = cases.new_case(ctx, intake(reported_name="Simon Kay"))
    case_evidence.add_bytes(ctx, case.case_id, "foto.png", _png(), "Foto unggahan")
    ctx.actor = Actor("verifikator", "verifier")
    cases.advance(ctx, case.case_id, "pengecekan", "Lengkap.")
    ctx.actor = Actor("admin", "admin")
    return str(case.case_id)


def _verify_json(cli: CliRunner) -> dict[str, object]:
    res = cli("audit", "verify", "--json")
    assert "Traceback" not in res.err, res.err
    assert res.code == 1, (res.out, res.err)
    doc = res.json()
    assert isinstance(doc, dict) and doc["ok"] is False
    return doc


def _reasons(doc: dict[str, object]) -> list[str]:
    problems = doc["problems"]
    assert isinstance(problems, list)
    return [f"{p['table']} {p['row_id']} #{p['chain_seq']}: {p['reason']}" for p in problems]


# ---------------------------------------------------------------------------- deletions
@pytest.mark.parametrize("removed", [1, 5])
def test_deleting_newest_audit_entries_is_reported(
    ctx: AppContext, cli: CliRunner, data_dir: Path, removed: int
) -> None:
    _operator_case(ctx)
    with _db(data_dir) as conn:
        last = conn.execute("SELECT max(chain_seq) FROM audit_entry").fetchone()[0]
        actions = [
            a
            for (a,) in conn.execute(
                "SELECT action FROM audit_entry WHERE chain_seq > ? ORDER BY chain_seq",
                (last - removed,),
            )
        ]
        conn.execute("DELETE FROM audit_entry WHERE chain_seq > ?", (last - removed,))
    assert actions[-1] == "case.advance"
    if removed == 5:
        assert {"case.new", "case.evidence", "case.advance"} <= set(actions)
    first_missing = last - removed + 1
    gap = f"#{first_missing}" if removed == 1 else f"#{first_missing}–#{last}"
    for _ in range(2):  # each run logs in (appends) first; the hole stays reported
        doc = _verify_json(cli)
        assert any(
            r.startswith("audit_entry") and gap in r and "hilang" in r for r in _reasons(doc)
        ), _reasons(doc)
    res = cli("audit", "verify")
    assert res.code == 1 and "audit_entry" in res.err and gap in res.err


def test_login_after_deletion_appends_after_the_stored_head(
    ctx: AppContext, data_dir: Path
) -> None:
    """The next entry takes the position after the stored head, not the freed one."""
    _operator_case(ctx)
    with _db(data_dir) as conn:
        last = conn.execute("SELECT max(chain_seq) FROM audit_entry").fetchone()[0]
        conn.execute("DELETE FROM audit_entry WHERE chain_seq = ?", (last,))
    from desktop.services import accounts

    accounts.login(ctx, "admin", "rahasia-123")
    with ctx.read() as session:
        entry = session.query(AuditEntry).order_by(AuditEntry.chain_seq.desc()).first()
        assert entry is not None and entry.action == "user.login"
        assert entry.chain_seq == last + 1
    report = audit.verify(ctx)
    assert any(f"#{last}" in p.describe() and "hilang" in p.reason for p in report.problems)


def test_deleting_the_last_signature_record_is_reported(
    ctx: AppContext, cli: CliRunner, data_dir: Path
) -> None:
    make_world(ctx, PEOPLE)
    with _db(data_dir) as conn:
        last, rid = conn.execute(
            "SELECT chain_seq, id FROM signature_record ORDER BY chain_seq DESC LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM signature_record WHERE id = ?", (rid,))
        head = conn.execute(
            "SELECT value_json FROM setting WHERE key = 'chain_head.signature_record'"
        ).fetchone()[0]
    assert json.loads(head)[0] == last  # the chain-head record is left intact
    doc = _verify_json(cli)
    assert any(r.startswith(f"signature_record - #{last}") for r in _reasons(doc)), _reasons(doc)
    # A new record appended afterwards does not take the freed position: the hole stays.
    with ctx.tx() as session:
        old = session.query(SignatureRecord).order_by(SignatureRecord.chain_seq).first()
        assert old is not None
        rec = add_void(ctx, session, old, "uji")
        assert rec.chain_seq == last + 1
    doc = _verify_json(cli)
    assert any(
        r.startswith("signature_record") and f"#{last} hilang" in r for r in _reasons(doc)
    ), _reasons(doc)


def test_rows_added_behind_the_head_are_reported(ctx: AppContext, cli: CliRunner) -> None:
    """Rows appended to the chain without moving its head (written outside Netra): the next
    append does not adopt them silently."""
    with ctx.tx() as session:
        head = ctx.get_setting(session, "chain_head.audit_entry")
    audit_rows = 3
    for i in range(audit_rows):
        with ctx.tx() as session:
            audit.record(ctx, session, "uji.luar", "x", str(i))
    with ctx.tx() as session:
        ctx.set_setting(session, "chain_head.audit_entry", head)  # as if never recorded
    doc = _verify_json(cli)  # logs in: appends after the last row, notes the mismatch
    reasons = _reasons(doc)
    assert any(
        "rantai berakhir di" in r and f"kepala rantai tersimpan #{head[0]}" in r for r in reasons
    ), reasons
    assert _verify_json(cli)["ok"] is False  # and it stays reported


def test_case_state_must_match_its_newest_step(
    ctx: AppContext, cli: CliRunner, data_dir: Path
) -> None:
    case_id = _operator_case(ctx)
    assert audit.verify(ctx).ok
    with _db(data_dir) as conn:
        conn.execute("UPDATE case_file SET state = 'selesai' WHERE id = ?", (case_id,))
    doc = _verify_json(cli)
    reasons = _reasons(doc)
    assert any(
        r.startswith(f"case_file {case_id}") and "'selesai'" in r and "'pengecekan'" in r
        for r in reasons
    ), reasons


# ---------------------------------------------------------------------------- damaged values
DAMAGE = [
    ("audit_entry", "created_at", "'bukan tanggal'", "created_at tidak dapat dibaca"),
    ("audit_entry", "created_at", "12345", "created_at"),
    (
        "signature_record",
        "identity_json",
        "substr(identity_json, 1, 20)",
        "identity_json bukan JSON",
    ),
    ("case_step", "sha256", "'zz' || substr(sha256, 3)", "sha256 bukan hash SHA-256"),
    ("case_step", "prev_sha256", "upper(prev_sha256)", "prev_sha256 bukan hash"),
    ("signature_record", "chain_seq", "'tujuh'", "chain_seq bertipe salah"),
    ("audit_entry", "detail_json", "X'00FF'", "detail_json bertipe salah"),
    ("case_evidence", "size", "'besar'", "size bertipe salah"),
    ("audit_entry", "chain_seq", "'akhir'", "chain_seq bertipe salah"),  # the newest entry
]


@pytest.mark.parametrize(("table", "column", "value", "expected"), DAMAGE)
def test_malformed_value_is_a_damaged_entry(
    ctx: AppContext,
    cli: CliRunner,
    data_dir: Path,
    table: str,
    column: str,
    value: str,
    expected: str,
) -> None:
    make_world(ctx, PEOPLE)
    _operator_case(ctx)
    with _db(data_dir) as conn:
        row_id = conn.execute(f"SELECT id FROM {table} ORDER BY chain_seq DESC LIMIT 1").fetchone()[
            0
        ]
        conn.execute(
            f"UPDATE {table} SET {column} = {value} WHERE id = ?",
            (row_id,),
        )
    doc = _verify_json(cli)
    reasons = _reasons(doc)
    assert any(
        r.startswith(f"{table} {row_id}") and "entri rusak" in r and expected in r for r in reasons
    ), reasons
    res = cli("audit", "verify")  # the text form names it too
    assert res.code == 1 and row_id in res.out and "Traceback" not in res.err


def test_damaged_chain_head_setting_is_reported(
    ctx: AppContext, cli: CliRunner, data_dir: Path
) -> None:
    with _db(data_dir) as conn:
        conn.execute(
            "UPDATE setting SET value_json = '[3, \"ab' WHERE key = 'chain_head.audit_entry'"
        )
    before = audit.verify(ctx)  # nothing appended yet: the setting itself is named
    assert any(
        p.table == "setting" and p.row_id == "chain_head.audit_entry" for p in before.problems
    ), before.problems
    # The login of `audit verify` appends: it must not quietly write a fresh head.
    for _ in range(2):
        reasons = _reasons(_verify_json(cli))
        assert any("kepala rantai tersimpan hilang atau rusak" in r for r in reasons), reasons


def test_deleted_chain_head_setting_is_reported(
    ctx: AppContext, cli: CliRunner, data_dir: Path
) -> None:
    with _db(data_dir) as conn:
        conn.execute("DELETE FROM setting WHERE key = 'chain_head.audit_entry'")
    assert any("kepala rantai tersimpan" in p.reason for p in audit.verify(ctx).problems)
    reasons = _reasons(_verify_json(cli))
    assert any("kepala rantai tersimpan hilang atau rusak" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("created_at", "'30-09-2024 jam 9'", "created_at tidak dapat dibaca"),
        ("identity_json", "substr(identity_json, 1, 25)", "identity_json bukan JSON"),
        ("identity_json", "'[1, 2]'", "identity_json bukan data identitas"),
        ("sha256", "'g' || substr(sha256, 2)", "sha256 bukan hash"),
    ],
)
def test_pact_verify_names_a_damaged_record(
    ctx: AppContext, cli: CliRunner, data_dir: Path, column: str, value: str, expected: str
) -> None:
    world = make_world(ctx, PEOPLE)
    record_id = world.records[0]
    code = qr_code(ctx, record_id)
    with _db(data_dir) as conn:
        conn.execute(
            f"UPDATE signature_record SET {column} = {value} WHERE id = ?",
            (record_id,),
        )
    result = printing.verify(ctx, code)
    assert not result.valid and result.status == "damaged_record"
    assert f"signature_record {record_id}" in result.reasons[0] and expected in result.reasons[0]
    res = cli("pact", "verify", code)
    assert res.code == 1 and "Traceback" not in res.err
    assert "TIDAK SAH" in res.out and record_id in res.out
    if column != "sha256":  # the short code finds the record by its hash
        short = verification.short_code(verification.parse(code))
        assert printing.verify(ctx, short).status == "damaged_record"


def test_pact_verify_names_a_damaged_void(ctx: AppContext, data_dir: Path) -> None:
    from tests.printing.conftest import void

    world = make_world(ctx, PEOPLE)
    code = qr_code(ctx, world.records[0])
    void(ctx, world.records[0])
    with _db(data_dir) as conn:
        conn.execute(
            "UPDATE signature_record SET created_at = 'x' WHERE kind = 'void' AND supersedes_id = ?",
            (world.records[0],),
        )
    result = printing.verify(ctx, code)
    assert not result.valid and result.status == "damaged_record"
    assert "signature_record" in result.reasons[0]


# ---------------------------------------------------------------------------- at the hub
@pytest.fixture
def hub_net(tmp_path: Path) -> Iterator[Any]:
    from tests.sync.conftest import build_net

    network = build_net(tmp_path / "net", ["81.08.06"])
    yield network
    network.close()


def _hub_with_office_chain(net: Any) -> tuple[AppContext, str]:
    from desktop.services import sync
    from tests.sync.helpers import seed_office, sign

    office = net.offices["81.08.06"]
    sign(office, seed_office(office, 5))
    [package] = sync.export(office, net.usb())
    sync.import_file(net.hub, package.path)
    assert audit.verify(net.hub).ok, audit.verify(net.hub).problems
    return net.hub, "81.08.06"


@pytest.mark.parametrize(("where", "expected"), [("middle", "terputus"), ("end", "tidak lengkap")])
def test_hub_reports_a_deleted_row_of_an_office_chain(
    hub_net: Any, cli: CliRunner, where: str, expected: str
) -> None:
    hub, office = _hub_with_office_chain(hub_net)
    seq = 3 if where == "middle" else 5
    with _db(hub.data_dir) as conn:
        conn.execute(
            "DELETE FROM signature_record WHERE origin = ? AND chain_seq = ?", (office, seq)
        )
    res = cli("audit", "verify", "--json", data=hub.data_dir)
    assert res.code == 1 and "Traceback" not in res.err, res.err
    reasons = _reasons(res.json())  # type: ignore[arg-type]
    assert any(
        r.startswith("signature_record") and office in r and expected in r and f"#{seq}" in r
        for r in reasons
    ), reasons


def test_hub_reports_a_hole_at_the_start_of_an_office_chain(hub_net: Any) -> None:
    hub, office = _hub_with_office_chain(hub_net)
    with _db(hub.data_dir) as conn:
        conn.execute("DELETE FROM signature_record WHERE origin = ? AND chain_seq = 1", (office,))
    problems = audit.verify(hub).problems
    assert any(
        p.table == "signature_record" and "#1 hilang" in p.reason and office in p.reason
        for p in problems
    ), problems


def test_office_does_not_expect_the_hubs_chain_complete(ctx: AppContext) -> None:
    """An office holds only the hub's rows that concern it: gaps there are not holes."""
    with ctx.tx() as session:
        prev = "0" * 64
        for seq in (3, 7):
            entry = AuditEntry(
                id=f"00000000-0000-4000-8000-00000000000{seq}",
                origin="81.08",
                chain_seq=seq,
                created_at=datetime(2026, 1, 1, tzinfo=UTC),
                actor="hub",
                action="x",
                entity="y",
                entity_id="",
                detail_json="{}",
                prev_sha256=prev,
            )
            entry.sha256 = chain_hash(entry.canonical_content(), prev)
            session.add(entry)
    assert audit.verify(ctx).ok, audit.verify(ctx).problems


def test_office_audit_verify_reports_a_chain_shorter_than_the_hubs_receipt(
    hub_net: Any, cli: CliRunner
) -> None:
    """The last signature deleted and the chain head moved back to cover it: only the heads
    the hub acknowledged in its receipt can tell, and `netra audit verify` says so."""
    from desktop.services import sync
    from tests.sync.helpers import seed_office, sign

    office = hub_net.offices["81.08.06"]
    sign(office, seed_office(office, 4))
    [package] = sync.export(office, hub_net.usb("up"))
    sync.import_file(hub_net.hub, package.path)
    [answer] = sync.export(hub_net.hub, hub_net.usb("down"), office="81.08.06")
    sync.import_file(office, answer.path)
    res = cli("audit", "verify", data=office.data_dir)
    assert res.code == 0, res.err
    with _db(office.data_dir) as conn:
        prev = conn.execute(
            "SELECT chain_seq, sha256 FROM signature_record ORDER BY chain_seq DESC LIMIT 1 OFFSET 1"
        ).fetchone()
        conn.execute("DELETE FROM signature_record WHERE chain_seq > ?", (prev[0],))
        conn.execute(
            "UPDATE setting SET value_json = ? WHERE key = 'chain_head.signature_record'",
            (json.dumps([prev[0], prev[1]]),),
        )
    assert audit.verify(office).problems  # the receipt's anchor
    res = cli("audit", "verify", "--json", data=office.data_dir)
    assert res.code == 1 and "Traceback" not in res.err
    reasons = _reasons(res.json())  # type: ignore[arg-type]
    assert any(
        r.startswith("signature_record") and "tanda terima kabupaten" in r for r in reasons
    ), reasons
