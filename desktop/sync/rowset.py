"""The ``rows/<table>.json`` part: one table's rows in a compact columnar form.

``{"table": name, "kind": "versioned"|"evidence"|"blob", "columns": [...], "rows": [[...], ...],
"sync_base": [...]}``. ``sync_base`` (versioned tables only) is, per row, the revision of that
row the sender last received from the recipient's side (0 if none): the hub uses it to tell a
clean edit from a conflicting one. Values are JSON: datetimes as ``YYYY-MM-DDTHH:MM:SS.ffffffZ``,
dates as ``YYYY-MM-DD``. The ``blob`` table lists the content-addressed files (``id`` is the
SHA-256, with ``mime`` and ``created_at``); their bytes are the ``blobs/<sha256>`` parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.domain.canonical import canonical_json
from desktop.sync.format import reject, strict_json

ROW_KINDS = ("versioned", "evidence", "blob")


@dataclass
class RowSet:
    table: str
    kind: str
    columns: list[str]
    rows: list[list[Any]]
    sync_base: list[int] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Any]]:
        cols = self.columns
        return [dict(zip(cols, row, strict=True)) for row in self.rows]

    def encode(self) -> bytes:
        doc: dict[str, Any] = {
            "table": self.table,
            "kind": self.kind,
            "columns": self.columns,
            "rows": self.rows,
        }
        if self.kind == "versioned":
            doc["sync_base"] = self.sync_base
        return canonical_json(doc)


def decode(data: bytes, table: str, expected: int) -> RowSet:
    """Strictly decode a rows part; ``expected`` is the manifest's count for the table."""
    doc = strict_json(data, f"rows/{table}.json")
    if not isinstance(doc, dict) or doc.get("table") != table:
        raise reject(
            "bad_rows", f"bagian rows/{table}.json tidak sah", "bad rows part", table=table
        )
    kind = doc.get("kind")
    columns = doc.get("columns")
    rows = doc.get("rows")
    if kind not in ROW_KINDS or not isinstance(columns, list) or not isinstance(rows, list):
        raise reject(
            "bad_rows", f"struktur rows/{table}.json tidak sah", "bad rows structure", table=table
        )
    allowed = {"table", "kind", "columns", "rows"} | (
        {"sync_base"} if kind == "versioned" else set()
    )
    if set(doc) - allowed:
        raise reject(
            "bad_rows", f"kunci tak dikenal di rows/{table}.json", "unknown keys", table=table
        )
    if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
        raise reject("duplicate_key", f"kolom ganda di {table}", "duplicate column", table=table)
    if "id" not in columns:
        raise reject("bad_rows", f"tabel {table} tanpa kolom id", "no id column", table=table)
    if len(rows) != expected:
        raise reject(
            "count_mismatch",
            f"manifes menyebut {expected} baris {table}, isi {len(rows)}",
            "row count differs from the manifest",
            table=table,
        )
    width = len(columns)
    index = columns.index("id")
    ids: set[Any] = set()
    for row in rows:
        if not isinstance(row, list) or len(row) != width:
            raise reject(
                "bad_rows", f"baris {table} tidak selebar kolomnya", "bad row width", table=table
            )
        ident = row[index]
        if not isinstance(ident, str) or ident in ids:
            raise reject(
                "duplicate_entry",
                f"id {ident} muncul dua kali di {table}",
                "duplicate row id",
                table=table,
                id=str(ident),
            )
        ids.add(ident)
    sync_base: list[int] = []
    if kind == "versioned":
        raw = doc.get("sync_base")
        if (
            not isinstance(raw, list)
            or len(raw) != len(rows)
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
        ):
            raise reject("bad_rows", f"sync_base {table} tidak sah", "bad sync_base", table=table)
        sync_base = raw
    return RowSet(table, kind, columns, rows, sync_base)
