"""Bulk reads and writes (the merge, the roster import), inside the session's own transaction.

On SQLite the statements go straight to the DBAPI connection the session is using (same
transaction, same ``BEGIN``): one ``executemany`` per table and one ``IN (?, ...)`` query per
chunk, with the column types' own bind and result processors applied, so the stored values
and the values read back are exactly what SQLAlchemy Core would store and return. This skips
Core's per-statement compilation, the expansion of every ``IN`` value into a named bind
parameter and the per-row parameter dictionaries, which dominated a hub import. Any other
database (PostgreSQL) goes through Core unchanged.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Date, Table, insert, select, tuple_
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from desktop.store.base import UTCDateTime

CHUNK = 500
Processor = Callable[[Any], Any]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for one bulk job (restored after, even on error).

    Reading 100,000 roster rows or applying a hub package makes hundreds of thousands of
    container objects that live until the job ends; every automatic full collection walks all
    of them again, which cost a third of an import's parse time and about as much as a merge
    itself. These jobs make no reference cycles worth collecting; reference counting still
    frees everything else, and the collector catches up when it resumes. The one place the
    process-wide switch is made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


#: SQLAlchemy's storage format of SQLite ``DATE``.
SQLITE_DATE_FORMAT = "%(year)04d-%(month)02d-%(day)02d"
#: SQLAlchemy's storage format of SQLite ``DATETIME`` (what :func:`sqlite_datetime` writes).
SQLITE_DATETIME_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)


def sqlite_datetime(value: datetime | None) -> str | None:
    """A ``UTCDateTime`` value as SQLite stores it: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``.

    The same text as the column type's bind processing followed by SQLite ``DATETIME``'s,
    in one step; naive datetimes are refused as there. The one datetime encoder of the bulk
    paths (the merge's raw inserts and the roster import's)."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        if value.tzinfo is None:
            raise ValueError("naive datetime: Netra stores UTC-aware times only")
        value = value.astimezone(UTC)
    return "%04d-%02d-%02d %02d:%02d:%02d.%06d" % (  # noqa: UP031 - SQLAlchemy's format
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )


@cache
def _bind(column: Column[Any], dialect: Dialect) -> Processor | None:
    """The column type's own bind processor (Core's)."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


@cache
def bind_processor(column: Column[Any], dialect: Dialect) -> Processor | None:
    """The processor the bulk paths apply to a value of ``column``: :func:`sqlite_datetime`
    for a ``UTCDateTime`` on SQLite (when SQLAlchemy's storage format is the usual one: the
    result is then identical), else the column type's own."""
    if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
        impl = getattr(column.type.dialect_impl(dialect), "impl", None)
        if getattr(impl, "_storage_format", None) == SQLITE_DATETIME_FORMAT:
            return sqlite_datetime
    core = _bind(column, dialect)
    if (
        core is not None
        and dialect.name == "sqlite"
        and isinstance(column.type, Date)
        and getattr(column.type.dialect_impl(dialect), "_storage_format", None)
        == SQLITE_DATE_FORMAT
    ):
        return _sqlite_date(core)
    return core


def _sqlite_date(core: Processor) -> Processor:
    """SQLite ``DATE``'s bind processing: ``date.isoformat()`` for a date (the same text as
    its ``YYYY-MM-DD`` storage format, for every year), the type's own for anything else."""

    def process(value: Any) -> Any:
        if type(value) is date:
            return value.isoformat()
        return core(value)

    return process


@cache
def _result(column: Column[Any], dialect: Dialect) -> Processor | None:
    impl = column.type.dialect_impl(dialect)
    return impl.result_processor(dialect, None)


def _quote(dialect: Dialect, name: str) -> str:
    return dialect.identifier_preparer.quote(name)


class Bulk:
    """Raw executemany / IN lookups on SQLite, Core elsewhere (one instance per session)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.raw = self.dialect.name == "sqlite"

    def _bind(self, column: Column[Any]) -> Processor | None:
        return bind_processor(column, self.dialect)

    def _cursor(self) -> Any:
        # Pending ORM changes first (Core's autoflush does the same before a statement).
        self.session.flush()
        return self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    # ------------------------------------------------------------------ writes
    def insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        """INSERT every row (all rows carry the same keys, as Core's executemany requires)."""
        if not rows:
            return
        names = [c.name for c in table.columns if c.name in rows[0]]
        missing_defaults = any(
            c.default is not None and c.name not in rows[0] for c in table.columns
        )
        if not self.raw or missing_defaults or len(names) != len(rows[0]):
            self.session.execute(insert(table), list(rows))
            return
        dialect = self.dialect
        procs = [(i, p) for i, c in enumerate(names) if (p := self._bind(table.c[c]))]
        get = itemgetter(*names)
        if len(names) == 1:
            params: list[Any] = [(get(r),) for r in rows]
        else:
            params = [get(r) for r in rows]
        if procs:
            converted = []
            for values in params:
                row = list(values)
                for i, proc in procs:
                    row[i] = proc(row[i])
                converted.append(row)
            params = converted
        sql = (
            f"INSERT INTO {_quote(dialect, table.name)} "
            f"({', '.join(_quote(dialect, n) for n in names)}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        cursor = self._cursor()
        try:
            cursor.executemany(sql, params)
        finally:
            cursor.close()

    # ------------------------------------------------------------------ reads
    def select_in(
        self,
        table: Table,
        columns: Sequence[str],
        keys: Sequence[str],
        values: Iterable[Any],
        where: dict[str, Any] | None = None,
    ) -> list[tuple[Any, ...]]:
        """Rows (``columns``) whose ``keys`` are among ``values`` (scalars for one key column,
        tuples for several), optionally with equality filters ``where``. Values come back as
        Core returns them (result processors applied)."""
        wanted = list(values)
        if not wanted:
            return []
        where = where or {}
        if not self.raw:
            return self._select_core(table, columns, keys, wanted, where)
        dialect = self.dialect
        key_procs = [self._bind(table.c[k]) for k in keys]
        filter_params = []
        for name, value in where.items():
            proc = self._bind(table.c[name])
            filter_params.append(proc(value) if proc else value)
        out_procs = [(i, p) for i, c in enumerate(columns) if (p := _result(table.c[c], dialect))]
        head = (
            f"SELECT {', '.join(_quote(dialect, c) for c in columns)} "
            f"FROM {_quote(dialect, table.name)} WHERE "
        )
        head += "".join(f"{_quote(dialect, n)} = ? AND " for n in where)
        found: list[tuple[Any, ...]] = []
        cursor = self._cursor()
        try:
            for part in chunks(wanted):
                if len(keys) == 1:
                    proc = key_procs[0]
                    params = [proc(v) for v in part] if proc else list(part)
                    sql = f"{head}{_quote(dialect, keys[0])} IN ({', '.join('?' * len(part))})"
                else:
                    params = []
                    for key in part:
                        params.extend(p(v) if p else v for p, v in zip(key_procs, key, strict=True))
                    row_marks = "(" + ", ".join("?" * len(keys)) + ")"
                    sql = (
                        f"{head}({', '.join(_quote(dialect, k) for k in keys)}) "
                        f"IN (VALUES {', '.join([row_marks] * len(part))})"
                    )
                rows = cursor.execute(sql, [*filter_params, *params]).fetchall()
                if out_procs:
                    for raw in rows:
                        row = list(raw)
                        for i, rproc in out_procs:
                            row[i] = rproc(row[i])
                        found.append(tuple(row))
                else:
                    found.extend(rows)
        finally:
            cursor.close()
        return found

    def _select_core(
        self,
        table: Table,
        columns: Sequence[str],
        keys: Sequence[str],
        wanted: list[Any],
        where: dict[str, Any],
    ) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        cols = [table.c[c] for c in columns]
        filters = [table.c[n] == v for n, v in where.items()]
        for part in chunks(wanted):
            if len(keys) == 1:
                cond = table.c[keys[0]].in_(list(part))
            else:  # row-value IN: only the rows asked for, whatever the table's size
                cond = tuple_(*(table.c[k] for k in keys)).in_(list(part))
            stmt = select(*cols).where(*filters, cond)
            found.extend(tuple(r) for r in self.session.execute(stmt))
        return found

    def fetch_by_ids(
        self, table: Table, ids: Iterable[Any], key: str = "id"
    ) -> dict[Any, dict[str, Any]]:
        """Whole rows by key, as dictionaries of Core-typed values."""
        names = [c.name for c in table.columns]
        index = names.index(key)
        return {
            row[index]: dict(zip(names, row, strict=True))
            for row in self.select_in(table, names, [key], ids)
        }


# ---------------------------------------------------------------------- many new rows
def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    fixed: Mapping[str, Any] | None = None,
) -> None:
    """INSERT ``rows``, each a sequence of the values of ``columns`` (in that order), every
    one with the ``fixed`` column values as well (the same for all rows).

    On SQLite the values are converted by :func:`bind_processor` (the fixed ones once) and
    go to the driver's ``executemany`` on the transaction's own DBAPI connection: SQLAlchemy's
    per-row parameter dictionaries and bind processing would be most of the cost at 100,000
    rows. Elsewhere (PostgreSQL) through the typed Core ``insert()`` with a list of parameter
    sets. Column names are checked against ``table`` (a wrong one is a ``KeyError``)."""
    fixed = dict(fixed or {})
    names = [*columns, *fixed]
    typed = [table.c[name] for name in names]
    if len(set(names)) != len(names):
        raise ValueError(f"a column given twice: {names}")
    if conn.dialect.name != "sqlite":
        typed_rows = [{**fixed, **dict(zip(columns, row, strict=True))} for row in rows]
        if typed_rows:
            conn.execute(insert(table), typed_rows)
        return
    dialect = conn.dialect
    width = len(columns)
    tail = [
        proc(value) if (proc := bind_processor(column, dialect)) else value
        for column, value in zip(typed[width:], fixed.values(), strict=True)
    ]
    procs = [(i, proc) for i, c in enumerate(typed[:width]) if (proc := bind_processor(c, dialect))]
    params: list[Any] = []
    add = params.append
    for row in rows:
        if len(row) != width:
            raise ValueError(f"{len(row)} values for {width} columns {list(columns)}")
        values = list(row)
        for i, proc in procs:
            values[i] = proc(values[i])
        values.extend(tail)
        add(values)
    if not params:
        return
    sql = (
        f"INSERT INTO {_quote(dialect, table.name)} "
        f"({', '.join(_quote(dialect, n) for n in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    cursor = conn.connection.cursor()
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


@contextmanager
def indexes_rebuilt(conn: Connection, table: Table, names: Collection[str]) -> Iterator[None]:
    """On SQLite, the indexes ``names`` of ``table`` dropped for the block and built again
    after it, in the same transaction: one sorted build is several times cheaper than
    100,000 random index insertions. Not on error (the rollback restores them); a no-op on
    other databases. Only plain indexes belong here, never constraints."""
    if conn.dialect.name != "sqlite" or not names:
        yield
        return
    wanted = sorted(names)
    for name in wanted:
        index = next((i for i in table.indexes if i.name == name), None)
        if index is None or index.unique:
            raise ValueError(f"{name} is not a plain index of {table.name}")
    marks = ", ".join("?" * len(wanted))
    found = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        f"AND name IN ({marks}) AND sql IS NOT NULL",
        (table.name, *wanted),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f"DROP INDEX {_quote(conn.dialect, name)}")
    yield
    for _name, sql in found:
        conn.exec_driver_sql(sql)


@contextmanager
def bulk_page_cache(conn: Connection, kib: int = 131_072) -> Iterator[None]:
    """On SQLite, a bigger page cache (``kib``) for one bulk write, SQLite's default after
    it (not after an error: the connection's transaction is then being rolled back)."""
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    yield
    if sqlite:
        conn.exec_driver_sql("PRAGMA cache_size=-2000")
