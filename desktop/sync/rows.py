"""Which tables sync and how their values travel: generic over the models.

Synced tables are the SyncedMixin subclasses (versioned rows), evidence tables the
EvidenceMixin subclasses except the installation's own audit trail; blobs travel when a synced
row refers to them. A new column in any model flows through without a change here.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import Session

from desktop.domain.canonical import sha256_hex
from desktop.store.base import Base, EvidenceMixin, SyncedMixin, UTCDateTime
from desktop.store.models import Blob
from desktop.sync.format import PackageRejected, reject

# Installation-local evidence: every laptop keeps its own audit trail (not merged).
LOCAL_ONLY_TABLES = frozenset({"audit_entry"})
BLOB_TABLE = "blob"
CHUNK = 500

Decoder = Callable[[Any], Any]
#: Checks a whole column of raw values that the decoder would return unchanged (text).
ColumnCheck = Callable[[Sequence[Any]], bool]


@dataclass(frozen=True)
class SyncTable:
    model: type[Any]
    table: Table
    kind: str  # versioned | evidence
    columns: tuple[str, ...]
    decoders: tuple[Decoder, ...]
    blob_columns: tuple[str, ...]
    references: tuple[tuple[str, str], ...]  # (column, target table) to synced tables
    unique_columns: tuple[tuple[str, ...], ...]
    #: Per column: a check of a whole column whose values decode to themselves, or None.
    checks: tuple[ColumnCheck | None, ...] = ()

    @property
    def name(self) -> str:
        return self.table.name


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _bad(column: str, value: Any) -> Exception:
    return reject(
        "bad_value",
        f"nilai kolom {column} tidak sah: {str(value)[:40]!r}",
        f"bad value for column {column}",
        column=column,
    )


def _decoder(column: Column[Any]) -> Decoder:
    name = column.name
    kind = column.type
    nullable = bool(column.nullable)

    def wrap(fn: Decoder) -> Decoder:
        def decode(value: Any) -> Any:
            if value is None:
                if nullable:
                    return None
                raise _bad(name, value)
            try:
                return fn(value)
            except (TypeError, ValueError) as exc:
                raise _bad(name, value) from exc

        return decode

    if isinstance(kind, UTCDateTime):

        def to_dt(v: Any) -> datetime:
            # Exactly YYYY-MM-DDTHH:MM:SS.ffffffZ (fromisoformat is ~20x faster than strptime).
            if not isinstance(v, str) or len(v) != 27 or v[10] != "T" or v[26] != "Z":
                raise ValueError(v)
            return datetime.fromisoformat(v[:26]).replace(tzinfo=UTC)

        return wrap(to_dt)
    if isinstance(kind, Date):

        def to_date(v: Any) -> date:
            if not isinstance(v, str) or len(v) != 10:
                raise ValueError(v)
            return date.fromisoformat(v)

        return wrap(to_date)
    if isinstance(kind, Boolean):

        def to_bool(v: Any) -> bool:
            if not isinstance(v, bool):
                raise ValueError(v)
            return v

        return wrap(to_bool)
    if isinstance(kind, Integer):  # BigInteger is a subclass

        def to_int(v: Any) -> int:
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError(v)
            return v

        return wrap(to_int)
    if isinstance(kind, LargeBinary):
        return wrap(lambda v: base64.b64decode(v, validate=True))
    if isinstance(kind, (String, Text)):
        # The most common kind: one flat function (this runs for every text cell).
        limit = getattr(kind, "length", None) or 1 << 62

        def decode_str(v: Any) -> Any:
            if type(v) is str and len(v) <= limit:
                return v
            if v is None and nullable:
                return None
            raise _bad(name, v)

        return decode_str
    return wrap(lambda v: v)


def _column_check(column: Column[Any]) -> ColumnCheck | None:
    """For text columns: the decoder's test over a whole column at once (values unchanged)."""
    kind = column.type
    if isinstance(kind, UTCDateTime) or not isinstance(kind, (String, Text)):
        return None
    limit = getattr(kind, "length", None) or 1 << 62
    if column.nullable:
        return lambda values: all((type(v) is str and len(v) <= limit) or v is None for v in values)
    return lambda values: all(type(v) is str and len(v) <= limit for v in values)


def _unique_sets(table: Table) -> tuple[tuple[str, ...], ...]:
    found: list[tuple[str, ...]] = []
    for col in table.columns:
        if col.unique and not col.primary_key:
            found.append((col.name,))
    for index in table.indexes:
        if index.unique:
            names = tuple(c.name for c in index.columns)
            if names not in found:
                found.append(names)
    for constraint in table.constraints:
        cols = tuple(c.name for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and cols and cols not in found:
            found.append(cols)
    return tuple(found)


@cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every synced table in foreign-key order (referenced tables first)."""
    by_table: dict[str, type[Any]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        by_table[cls.__tablename__] = cls
    synced = {
        name
        for name, cls in by_table.items()
        if issubclass(cls, (SyncedMixin, EvidenceMixin)) and name not in LOCAL_ONLY_TABLES
    }
    out = []
    for table in Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        model = by_table[table.name]
        kind = "versioned" if issubclass(model, SyncedMixin) else "evidence"
        blobs, refs = [], []
        for col in table.columns:
            for fk in col.foreign_keys:
                target = fk.column.table.name
                if target == BLOB_TABLE:
                    blobs.append(col.name)
                elif target in synced:
                    refs.append((col.name, target))
        cols = tuple(c.name for c in table.columns)
        out.append(
            SyncTable(
                model,
                table,
                kind,
                cols,
                tuple(_decoder(table.c[c]) for c in cols),
                tuple(blobs),
                tuple(refs),
                _unique_sets(table),
                tuple(_column_check(table.c[c]) for c in cols),
            )
        )
    return tuple(out)


def table_by_name() -> dict[str, SyncTable]:
    return {t.name: t for t in sync_tables()}


def encode_row(row: Any, columns: Sequence[str]) -> list[Any]:
    return [_encode(row[c]) for c in columns]


def decode_rows(spec: SyncTable, columns: list[str], rows: list[list[Any]]) -> list[dict[str, Any]]:
    """Typed values for every incoming row; unknown columns mean a newer sender."""
    unknown = [c for c in columns if c not in spec.columns]
    if unknown:
        raise reject(
            "unknown_column",
            f"tabel {spec.name} memuat kolom yang tidak dikenal ({', '.join(unknown)}): "
            "paket dari Netra yang lebih baru, perbarui Netra di laptop ini",
            f"unknown columns in {spec.name}",
            table=spec.name,
        )
    decoders = dict(zip(spec.columns, spec.decoders, strict=True))
    pairs = [(c, decoders[c]) for c in columns]
    fast = _decode_columns(spec, columns, rows, [dec for _, dec in pairs])
    if fast is not None:
        return fast
    out = []
    for raw in rows:
        out.append({c: dec(v) for (c, dec), v in zip(pairs, raw, strict=True)})
    return out


def _decode_columns(
    spec: SyncTable, columns: list[str], rows: list[list[Any]], decoders: list[Decoder]
) -> list[dict[str, Any]] | None:
    """Column by column: text columns are checked in one pass and kept as they are. None
    when anything is wrong: the row-by-row pass then reports the first bad value."""
    width = len(columns)
    if not rows or any(len(raw) != width for raw in rows):
        return None
    checks = dict(zip(spec.columns, spec.checks, strict=True))
    decoded: list[Sequence[Any]] = []
    try:
        for name, dec, values in zip(columns, decoders, zip(*rows, strict=True), strict=True):
            check = checks[name]
            if check is not None:
                if not check(values):
                    return None
                decoded.append(values)
            else:
                decoded.append([dec(v) for v in values])
    except PackageRejected:
        return None
    return [dict(zip(columns, values, strict=True)) for values in zip(*decoded, strict=True)]


def content_hash(spec: SyncTable, values: dict[str, Any]) -> str:
    """Hash of a versioned row's content (its id, origin and sync bookkeeping left out): the
    values in the table's column order, as JSON (stable on every machine)."""
    skip = _SKIP_IN_CONTENT
    doc = [[c, values[c]] for c in spec.columns if c in values and c not in skip]
    return sha256_hex(_CONTENT_JSON.encode(doc).encode())


_SKIP_IN_CONTENT = SyncedMixin.SYNC_META | {"id", "origin"}
# The same as json.dumps(doc, ensure_ascii=False, separators=(",", ":"), default=_encode),
# without building an encoder for every row.
_CONTENT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_encode)


def same_content(spec: SyncTable, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal apart from id, origin and sync bookkeeping (two edits that agree)."""
    skip = SyncedMixin.SYNC_META | {"id", "origin"}
    return all(_encode(a.get(c)) == _encode(b.get(c)) for c in spec.columns if c not in skip)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def fetch_by_ids(
    session: Session, table: Table, ids: Iterable[str], key: str = "id"
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    id_list = list(ids)
    for part in chunks(id_list):
        for row in session.execute(table.select().where(table.c[key].in_(part))).mappings():
            found[row[key]] = dict(row)
    return found


def blob_table() -> Table:
    return Blob.__table__  # type: ignore[return-value]
