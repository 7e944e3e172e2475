from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.services import accounts, audit
from desktop.services.context import AppContext
from tests.conftest import CliRunner


def _db(data_dir: Path) -> sqlite3.Connection:
    return sqlite3.connect(data_dir / "netra.sqlite3")


def _make_entries(ctx: AppContext, n: int = 4) -> None:
    for i in range(n):
        accounts.add_user(ctx, f"user{i}", "sandi-kuat-123", "viewer")


def test_intact_chain_verifies(ctx: AppContext, cli: CliRunner) -> None:
    _make_entries(ctx)
    assert audit.verify(ctx).ok
    res = cli("audit", "verify", "--json")
    assert res.code == 0, res.err
    assert res.json()["ok"] is True  # type: ignore[index]


def test_altered_entry_is_named(ctx: AppContext, cli: CliRunner, data_dir: Path) -> None:
    _make_entries(ctx)
    with _db(data_dir) as conn:
        conn.execute(
            "UPDATE audit_entry SET detail_json = replace(detail_json, 'viewer', 'admin') "
            "WHERE action = 'user.create' AND detail_json LIKE '%user2%'"
        )
        seq = conn.execute(
            "SELECT chain_seq FROM audit_entry WHERE detail_json LIKE '%user2%'"
        ).fetchone()[0]
    res = cli("audit", "verify")
    assert res.code == 1
    assert f"audit_entry #{seq}" in res.err


def test_removed_middle_entry_detected(ctx: AppContext, cli: CliRunner, data_dir: Path) -> None:
    _make_entries(ctx)
    with _db(data_dir) as conn:
        conn.execute("DELETE FROM audit_entry WHERE chain_seq = 2")
    res = cli("audit", "verify", "--json")
    assert res.code == 1
    assert "#2" in res.json()["first_bad"]  # type: ignore[index]


def test_removed_last_entry_detected(ctx: AppContext, data_dir: Path) -> None:
    _make_entries(ctx)
    with _db(data_dir) as conn:
        last = conn.execute("SELECT max(chain_seq) FROM audit_entry").fetchone()[0]
        conn.execute("DELETE FROM audit_entry WHERE chain_seq = ?", (last,))
    report = audit.verify(ctx)
    assert not report.ok
    assert f"#{last}" in report.problems[0].describe()


def test_altered_blob_detected(ctx: AppContext, data_dir: Path) -> None:
    from desktop.services.office import store_blob

    with ctx.tx() as session:
        sha = store_blob(session, b"\x89PNG\r\n\x1a\nisi gambar", "image/png")
    with _db(data_dir) as conn:
        conn.execute("UPDATE blob SET data = ? WHERE sha256 = ?", (b"lain", sha))
    assert any(p.table == "blob" for p in audit.verify(ctx).problems)


def test_evidence_hash_covers_column_defaults(ctx: AppContext) -> None:
    """A row appended without every field set hashes the defaults that will be stored."""
    from desktop.services.records import append_evidence
    from desktop.store.models import AuditEntry

    with ctx.tx() as session:
        entry = AuditEntry(actor="admin", action="test.defaults", entity="x")
        append_evidence(ctx, session, entry)
        assert entry.entity_id == ""
        assert entry.detail_json == "{}"
    assert audit.verify(ctx).ok
