"""SQLite online backups (consistent while the app runs), validation of backup files, and the
switch that puts a restored database and its key files in place as one unit.

The switch (used by ``services.backup.restore``): everything new is first staged in
``<data>/.restore-staging/``; then a journal naming every move is written durably next to the
database (``<db>.restore-journal``): that write is the commit point. The moves follow, each an
atomic rename, and the journal is deleted last. A kill at any moment leaves either the old pair
(no journal yet: the staging folder is discarded at the next start) or a journal that the next
start (:func:`finish_interrupted_restore`, called before the database is opened) completes.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

from desktop.domain.errors import NetraError
from desktop.fileio import discard, fsync_dir, fsync_file, replace_retrying, write_verified

STAGING_DIR = ".restore-staging"
JOURNAL_SUFFIX = ".restore-journal"
JOURNAL_FORMAT = 1


def sqlite_path(engine: Engine) -> Path:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        raise ValueError("not a SQLite file database")
    return Path(engine.url.database)


def read_only_uri(path: Path) -> str:
    """``file:`` URI opening ``path`` read-only. ``Path.as_uri`` percent-encodes what a
    folder name may hold (``#``, ``%``, ``?``, spaces, non-ASCII letters); pasted into an
    f-string, a ``#`` cut the path short."""
    return f"{path.absolute().as_uri()}?mode=ro"


def backup_file(source: Path, target: Path) -> None:
    """Copy a live SQLite file with the online backup API, durably, via a temp name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(tmp)
    replace_retrying(tmp, target)
    fsync_dir(target.parent)


def backup_sqlite(engine: Engine, target: Path) -> None:
    backup_file(sqlite_path(engine), target)


def check_sqlite_file(path: Path) -> list[str]:
    """Return problems found in a SQLite file (empty list when it passes integrity_check)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
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


# ---------------------------------------------------------------------- restore switch
def staging_dir(db: Path) -> Path:
    """Where a restore stages the new database and keys (same folder as the database, so
    every switch step is a rename on one volume)."""
    return db.parent / STAGING_DIR


def journal_path(db: Path) -> Path:
    return db.with_name(db.name + JOURNAL_SUFFIX)


def checkpoint(db: Path) -> None:
    """Fold the WAL into the database file so that deleting ``-wal`` loses nothing."""
    conn = sqlite3.connect(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _relative(base: Path, path: Path) -> str:
    return path.relative_to(base).as_posix()


class SwitchNotStarted(Exception):
    """The switch failed before anything was replaced: no journal stands, the old pair is
    intact and the staging folder has been discarded. ``error`` is the cause."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def switch_in(db: Path, moves: Sequence[tuple[Path, Path]], removals: Sequence[Path]) -> None:
    """Put staged files in place as one unit. ``moves`` are ``(staged, live)`` pairs under the
    data folder (the database first), ``removals`` live files that the new set does not have.

    The caller has closed every connection to ``db``. Raises :class:`SwitchNotStarted` when
    nothing was switched, or ``OSError`` when a step after the commit point failed (the
    journal stays and :func:`finish_interrupted_restore` completes it at the next start)."""
    base = db.parent
    doc = {
        "format": JOURNAL_FORMAT,
        "database": _relative(base, db),
        "moves": [[_relative(base, src), _relative(base, dst)] for src, dst in moves],
        "remove": [_relative(base, path) for path in removals],
    }
    journal = journal_path(db)
    try:
        for src, _dst in moves:
            fsync_file(src)
        fsync_dir(staging_dir(db))
        write_verified(journal, json.dumps(doc, indent=1).encode("utf-8"), mode=0o600)
    except (OSError, NetraError) as exc:
        discard(journal)
        if not journal.exists():
            remove_staging(db)
            raise SwitchNotStarted(exc) from exc
    try:
        _apply(db, doc)
    except OSError as exc:
        if all(src.exists() for src, _dst in moves):  # the first replace failed
            discard(journal)
            if not journal.exists():
                remove_staging(db)
                raise SwitchNotStarted(exc) from exc
        raise


def _apply(db: Path, doc: dict[str, object]) -> None:
    base = db.parent
    moves = doc.get("moves")
    removals = doc.get("remove")
    if not isinstance(moves, list) or not isinstance(removals, list):
        raise ValueError("restore journal is malformed")
    for src_name, dst_name in moves:
        src, dst = base / str(src_name), base / str(dst_name)
        if not src.exists():
            continue  # moved before the interruption
        if dst == db:
            # The old WAL must never be replayed onto the restored database.
            for suffix in ("-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        dst.parent.mkdir(parents=True, exist_ok=True)
        replace_retrying(src, dst)
        fsync_dir(dst.parent)
    for name in removals:
        (base / str(name)).unlink(missing_ok=True)
    # Everything is in place. A journal that cannot be deleted yet (held by the antivirus)
    # is harmless: applying it again at the next start moves nothing.
    discard(journal_path(db))
    fsync_dir(base)
    shutil.rmtree(staging_dir(db), ignore_errors=True)


def finish_interrupted_restore(db: Path) -> str | None:
    """Run before ``db`` is opened: complete a switch whose journal was written (returns
    ``"completed"``), or discard a staging folder left before the commit point (returns
    ``"discarded"``). ``None`` when there was nothing to do."""
    journal = journal_path(db)
    if journal.exists():
        doc = json.loads(journal.read_bytes())  # written atomically: complete or absent
        _apply(db, doc)
        return "completed"
    staging = staging_dir(db)
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
        return "discarded"
    return None


def remove_staging(db: Path) -> None:
    """Discard a restore that failed before its commit point."""
    shutil.rmtree(staging_dir(db), ignore_errors=True)
