"""Databases written by an earlier revision upgrade in place, keep every row and stay verifiable.

The fixtures in tests/fixtures/netra-<rev>/ were written by scripts/make_old_db_fixture.py at
that revision (a demo office with staff, signatures and cases) and are committed as bytes.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services import accounts, audit
from desktop.services.context import AppContext
from desktop.store.migrate import current_revision, head_revision

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("netra-*"))


def test_there_is_an_old_database_to_upgrade() -> None:
    revisions = [p.name.removeprefix("netra-") for p in FIXTURES]
    assert revisions, "no old-revision database fixture"
    assert any(r != head_revision() for r in revisions)


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_upgrade_keeps_data(fixture: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(fixture, data)
    before = _counts(data / "netra.sqlite3")
    assert before["employee"] > 0

    ctx = AppContext.open(data)  # upgrades, after a backup
    try:
        assert current_revision(ctx.engine) == head_revision()
        backups = list((data / "backups").glob("pre-upgrade-*.sqlite3"))
        assert len(backups) == 1
        after = _counts(data / "netra.sqlite3")
        for table, n in before.items():
            assert after[table] >= n, table
        accounts.login(ctx, "admin", "netra-demo")
        report = audit.verify(ctx)
        assert report.ok, report.problems[:3]
    finally:
        ctx.close()


def _signed_before(db: Path) -> dict[str, int]:
    """Signed people per event, counted from the old database's rows themselves."""
    with sqlite3.connect(db) as conn:
        voided = {
            r[0]
            for r in conn.execute("SELECT supersedes_id FROM signature_record WHERE kind = 'void'")
        }
        out: dict[str, set[str]] = {}
        for rid, event, employee in conn.execute(
            "SELECT id, event_id, employee_id FROM signature_record WHERE kind = 'signed'"
        ):
            if rid not in voided:
                out.setdefault(event, set()).add(employee)
    return {event: len(people) for event, people in out.items()}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_upgrade_gives_reference_rows_one_identity(fixture: Path, tmp_path: Path) -> None:
    """Shipped rows move to the ids every installation gives them; evidence keeps its hashes
    (audit verify is green) and every signature record still finds its template."""
    from sqlalchemy import select

    from desktop.services import printing, reference, signing
    from desktop.store import aliases
    from desktop.store.models import Holiday, PactTemplate, Rulebook, SignatureRecord

    data = tmp_path / "data"
    shutil.copytree(fixture, data)
    db = data / "netra.sqlite3"
    with sqlite3.connect(db) as conn:
        hashes = dict(conn.execute("SELECT id, sha256 FROM signature_record").fetchall())
        old_templates = {r[0] for r in conn.execute("SELECT id FROM pact_template")}
    signed = _signed_before(db)
    assert signed, "the fixture has signatures"

    ctx = AppContext.open(data)
    try:
        accounts.login(ctx, "admin", "netra-demo")
        assert audit.verify(ctx).ok
        with ctx.read() as s:
            templates = s.scalars(select(PactTemplate)).all()
            assert templates
            for t in templates:
                assert t.id == reference.template_id(t.code, t.version)
            assert not old_templates & {t.id for t in templates}, "ids were random before"
            for rb in s.scalars(select(Rulebook)):
                assert rb.id == reference.rulebook_id(rb.sha256)
            for h in s.scalars(select(Holiday)):
                assert h.id == reference.holiday_id(h.day, h.name)
            records = s.scalars(select(SignatureRecord)).all()
            assert {r.id: r.sha256 for r in records} == hashes
            for r in records:
                row = s.get(PactTemplate, aliases.resolve(s, "pact_template", r.template_id))
                assert row is not None and row.sha256 == r.template_sha256
        for event_id, n in signed.items():
            assert signing.progress(ctx, event_id)[0].signed == n
            out = tmp_path / f"{event_id}.pdf"
            result = printing.print_to_file(ctx, printing.Selection(event_id=event_id), out)
            assert result.signed == n and out.read_bytes().startswith(b"%PDF")
    finally:
        ctx.close()


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.name for p in FIXTURES])
def test_upgrade_keeps_the_laptop_as_the_offices_original_device(
    fixture: Path, tmp_path: Path
) -> None:
    """Devices (issue 17): an upgraded laptop is its office's original device ``""``; every
    evidence row keeps its hash, the chains verify, and the next row continues its chain
    (``chain_seq`` after the last, linked to it) without a device in its hash."""
    from sqlalchemy import func, select

    from desktop.domain.canonical import chain_hash
    from desktop.services import records
    from desktop.store.models import AuditEntry, Office, SignatureRecord

    data = tmp_path / "data"
    shutil.copytree(fixture, data)
    with sqlite3.connect(data / "netra.sqlite3") as conn:
        last_audit = conn.execute(
            "SELECT chain_seq, sha256 FROM audit_entry ORDER BY chain_seq DESC LIMIT 1"
        ).fetchone()
        signatures = conn.execute("SELECT count(*) FROM signature_record").fetchone()[0]
    ctx = AppContext.open(data)
    try:
        accounts.login(ctx, "admin", "netra-demo")
        with ctx.read() as s:
            office = s.scalar(select(Office))
            assert office is not None and office.device_code == ""
            code = office.code
            assert s.scalar(select(func.count()).where(SignatureRecord.device != "")) == 0
            assert s.scalar(select(func.count()).select_from(SignatureRecord)) == signatures
        with ctx.tx() as s:
            row = records.append_evidence(
                ctx,
                s,
                AuditEntry(actor="admin", action="test.after_upgrade", entity="x", entity_id=""),
            )
            assert row.device == ""
            tail = records.chain_tail(s, AuditEntry, code, "")
            assert tail == (row.chain_seq, row.sha256)
            assert row.chain_seq > last_audit[0]
            assert "device" not in row.canonical_content()
            assert chain_hash(row.canonical_content(), row.prev_sha256) == row.sha256
        report = audit.verify(ctx)
        assert report.ok, report.problems[:3]
    finally:
        ctx.close()
