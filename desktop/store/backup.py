"""SQLite online backups (consistent while the app runs) and validation of backup files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("not a SQLite file database")
    return Path(engine.url.database)


def backup_file(source: Path, target: Path) -> None:
    """Copy a live SQLite file with the online backup API, durably, via a temp name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    tmp.replace(target)


def backup_sqlite(engine: Engine, target: Path) -> None:
    backup_file(sqlite_path(engine), target)


def check_sqlite_file(path: Path) -> list[str]:
    """Return problems found in a SQLite file (empty list when it passes integrity_check)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [r[0] for r in rows if r[0] != "ok"]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "office" not in tables:
            problems.append("not a Netra database (tables missing)")
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
