"""Make ``tests/fixtures/netra-<REV>/``: a demo office stored by an OLD schema revision.

    python scripts/make_old_db_fixture.py 0001

The folder (database + office keys) is committed, like Electrum's old wallet files, so the
upgrade test always starts from bytes that an earlier Netra really wrote.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import demo
from desktop.services.context import AppContext
from desktop.store import migrate

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    revision = sys.argv[1] if len(sys.argv) > 1 else "0001"
    target = ROOT / "tests" / "fixtures" / f"netra-{revision}"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        ctx = AppContext.open(data, upgrade=False)
        migrate.upgrade(ctx.engine, revision)
        demo.populate(ctx, employees=30)
        ctx.close()
        conn = sqlite3.connect(data / "netra.sqlite3", isolation_level=None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
        conn.close()
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        shutil.copy(data / "netra.sqlite3", target / "netra.sqlite3")
        shutil.copytree(data / "keys", target / "keys")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
