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
