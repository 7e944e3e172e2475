"""Engine and session factory. SQLite gets WAL, foreign keys, FULL sync and a busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # pysqlite's own transaction handling is disabled so that SQLAlchemy's BEGIN is the real one
    # (SQLAlchemy docs, "Serializable isolation / Savepoints / Transactional DDL").
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed signature survives a power cut (evidence writes must be durable).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


#: Execution option of a session that only reads (``read_session``): its transaction stays
#: deferred, so reading never waits for a writer (WAL readers see the last commit).
READ_ONLY = "netra_read_only"


def _on_sqlite_begin(conn: Any) -> None:
    """A write transaction takes SQLite's write lock at its start (BEGIN IMMEDIATE), so a second
    writer waits up to the busy timeout for the first to commit. A deferred BEGIN would read
    first and fail at once with "database is locked" on its first write if another writer
    committed in between: SQLite cannot upgrade a read snapshot that is no longer the newest,
    and it does not apply the busy timeout to that case."""
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(url, future=True, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


def read_session(factory: sessionmaker[Session]) -> Session:
    """A session for reading only: on SQLite its transaction is deferred (no write lock), so a
    screen refresh never waits behind a sync import. Roll it back when done."""
    session = factory()
    session.connection(execution_options={READ_ONLY: True})
    return session


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action = one transaction: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
