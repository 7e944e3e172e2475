"""Roster import: read a sheet, detect its layout, preview, then commit in ONE transaction.

Three layers: the sheet's layout (which sheet, which header row, which column is which
field, which rows are people) is read by ``domain.roster_layout``; the plan (inserts,
updates, what the app changed after the sheet was imported and so is kept) is made by
``roster.import_plan``; the rows are written here, new people through ``store.bulk``'s
``insert_rows`` (the driver's ``executemany`` on SQLite) and updates through SQLAlchemy Core
with executemany parameter lists (the ORM's unit of work is ~15x slower at 100,000 rows).
The whole import is ONE audit entry.

Every step returns a new object: :func:`read` an :class:`ImportPreview`, :func:`parse` a new
preview with the rows read (the one given is left as it was), :func:`run` an
:class:`ImportResult`. Each runs with the cyclic garbage collector paused
(``store.bulk.collector_paused``): 100,000 rows make many long-lived objects.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from desktop.documents import spreadsheets
from desktop.domain import roster_layout as layout
from desktop.domain.roster_layout import UPDATABLE
from desktop.domain.roster_rows import Issue, ParsedRow
from desktop.services import audit
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.services.records import stamp_new
from desktop.services.roster import import_plan
from desktop.services.roster import sources as roster_sources
from desktop.services.roster.import_plan import INSERT_FIELDS, FieldChange, Plan
from desktop.store.base import new_ids, utcnow
from desktop.store.bulk import bulk_page_cache, collector_paused, indexes_rebuilt, insert_rows
from desktop.store.models import Employee, Unit

__all__ = [
    "INSERT_FIELDS",
    "UPDATABLE",
    "FieldChange",
    "ImportPreview",
    "ImportResult",
    "import_file",
    "parse",
    "read",
    "run",
]

EMPLOYEE = cast(Table, Employee.__table__)

Progress = Callable[[int, int], None]
CHUNK = 5000
AUDIT_ID_LIMIT = 5000
#: From this many new people on, the employee table's plain indexes (name search, coverage:
#: every index that is not a constraint) are dropped and built again after the writes
#: (SQLite): one sorted build is several times cheaper than 100,000 insertions into each.
BULK_REBUILD_THRESHOLD = 20_000
REBUILT_INDEXES = tuple(sorted(str(i.name) for i in EMPLOYEE.indexes if not i.unique and i.name))
#: The columns of a new person's row: its id and revision, then the planned values ...
NEW_ROW_COLUMNS = ("id", "revision", *INSERT_FIELDS)
#: ... and those an update of a person's row sets.
UPDATED_COLUMNS = (*UPDATABLE, "active", "inactive_reason", "name_key", "revision")
UPDATED_COLUMNS += ("base_revision", "revised_by", "updated_at")


@dataclass(frozen=True)
class ImportPreview:
    """A sheet as read: its layout and, once :func:`parse` has run, its rows."""

    path: str
    sheet: str
    sheet_names: list[str]
    header_row: int  # 1-based
    headers: list[str]
    mapping: dict[str, int]
    data_start: int  # 0-based index into ``cells``
    cells: list[list[Any]]
    rows: list[ParsedRow] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # blank, total, heading, header rows
    set_aside: list[Issue] = field(default_factory=list)  # the skipped rows that were not blank
    file_sha256: str = ""  # the file's identity: a re-import of the same file is recognised

    def status_by_row(self) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {p.row: ("ok", "") for p in self.rows}
        for w in self.warnings:
            out[w.row] = ("warning", w.message)
        for rej in self.rejected:
            out[rej.row] = ("rejected", rej.message)
        for aside in self.set_aside:
            out[aside.row] = ("skipped", aside.message)
        return out


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    units_created: list[dict[str, str]] = field(default_factory=list)
    # rows read as a total row, a unit heading or a repeated header, and so not imported (blank
    # rows are not listed): shown so that a person's row taken for one would not go unnoticed
    skipped: list[Issue] = field(default_factory=list)
    dry_run: bool = False
    sheet: str = ""
    header_row: int = 0
    # per person and field: what this import changes (or would change, in a dry run) ...
    field_changes: list[FieldChange] = field(default_factory=list)
    # ... and what it keeps because the app changed it after the sheet was imported
    kept_local: list[FieldChange] = field(default_factory=list)
    file_sha256: str = ""
    previous_import: dict[str, str] | None = None  # the last import of this very file

    @property
    def changes(self) -> frozenset[Area]:
        """What the pages reload: the roster, unless this was a dry run."""
        return frozenset() if self.dry_run else frozenset({Area.ROSTER})

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [i.to_json() for i in self.rejected],
            "warnings": [i.to_json("code") for i in self.warnings],
            "units_created": self.units_created,
            "skipped": [i.to_json() for i in self.skipped],
            "changes": [c.to_json() for c in self.field_changes],
            "kept_local": [c.to_json() for c in self.kept_local],
            "file_sha256": self.file_sha256,
            "previous_import": self.previous_import,
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_row": self.header_row,
        }


# ---------------------------------------------------------------- reading and parsing
@collector_paused()
def read(path: str | Path, sheet: str | None = None) -> ImportPreview:
    """Read the file and detect the header row and the column mapping (no parsing yet).

    Without ``sheet``, the first sheet with a header row is used (a workbook often opens
    with a cover or instructions sheet)."""
    first = spreadsheets.read_sheet(path, sheet)
    read_ones = {first.name: first}

    def candidates() -> Iterator[tuple[str, list[list[Any]]]]:
        yield first.name, first.rows
        if sheet is None:
            for name in first.sheet_names:
                if name != first.name:
                    other = read_ones[name] = spreadsheets.read_sheet(path, name)
                    yield name, other.rows

    choice = layout.choose_sheet(candidates())
    if choice is None:
        raise layout.no_header(first.name, first.sheet_names)
    data, guess = read_ones[choice.name], choice.guess
    return ImportPreview(
        str(path),
        data.name,
        data.sheet_names,
        guess.row_index + 1,
        guess.headers,
        guess.mapping,
        guess.data_start,
        data.rows,
        file_sha256=_file_sha256(path),
    )


def _file_sha256(path: str | Path) -> str:
    """The file's identity (its content, whatever its name); "" when it cannot be read
    again (the sheet itself was read: the import goes on, only without the identity)."""
    try:
        with Path(path).open("rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return ""


@collector_paused()
def parse(
    preview: ImportPreview, mapping: dict[str, int] | None = None, today: date | None = None
) -> ImportPreview:
    """A new preview with the data rows read as records, rejections and rows set aside
    (with ``mapping`` if given, else the detected one). ``preview`` is not changed. ``today``
    (a birth date or TMT after it is refused) is the office's date
    (:func:`desktop.services.office.office_today`); the machine's when not given."""
    chosen = dict(mapping) if mapping is not None else preview.mapping
    found = layout.read_rows(
        preview.cells, preview.headers, chosen, preview.data_start, today or date.today()
    )
    return replace(
        preview,
        mapping=chosen,
        rows=found.rows,
        rejected=found.rejected,
        warnings=found.warnings,
        skipped=found.skipped,
        set_aside=found.set_aside,
    )


# ---------------------------------------------------------------- committing
@collector_paused()
def run(
    ctx: AppContext,
    preview: ImportPreview,
    *,
    unit_code: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    prefer_sheet: bool = False,
    take_rows: Collection[int] = (),
) -> ImportResult:
    """Plan against the database and (unless ``dry_run``) write it all in one transaction.

    Rows that name no unit go to ``unit_code`` (else the office's own unit). Values an edit
    in the app set (a transfer, a deactivation, an edit) are kept and listed in
    ``kept_local``, unless ``prefer_sheet`` or the person's sheet row is in ``take_rows``:
    then the sheet's value is taken."""
    ctx.require("roster.import")

    def plan_in(session: Session) -> Plan:
        units = import_plan.units_for(ctx, session, unit_code)
        return import_plan.plan(
            session, preview.rows, preview.mapping, units, prefer_sheet, take_rows
        )

    if dry_run:
        with ctx.read() as session:
            previous = _previous(session, preview.file_sha256)
            plan = plan_in(session)
    else:
        with ctx.tx() as session:
            previous = _previous(session, preview.file_sha256)
            plan = plan_in(session)
            _write(ctx, session, preview, plan, progress)
    return ImportResult(
        created=len(plan.inserts),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        rejected=list(preview.rejected),
        warnings=list(preview.warnings),
        units_created=[
            {"code": u["code"], "name": u["name"], "kind": u["kind"]} for u in plan.new_units
        ],
        skipped=list(preview.set_aside),
        dry_run=dry_run,
        sheet=preview.sheet,
        header_row=preview.header_row,
        field_changes=plan.changes,
        kept_local=plan.kept_local,
        file_sha256=preview.file_sha256,
        previous_import=previous,
    )


def _previous(session: Session, sha256: str) -> dict[str, str] | None:
    found = roster_sources.previous_import(session, sha256)
    if found is None:
        return None
    return {
        "file": found.file_name,
        "at": found.imported_at.isoformat(timespec="seconds"),
        "at_local": roster_sources.local_clock(session)(found.imported_at),
        "by": found.actor,
    }


def _write(
    ctx: AppContext,
    session: Session,
    preview: ImportPreview,
    plan: Plan,
    progress: Progress | None,
) -> None:
    for spec in plan.new_units:
        stamp_new(ctx, session, Unit(**spec))
    session.flush()
    office = ctx.office(session)
    first_rev = ctx.next_revision(session)
    rev = first_rev
    now = utcnow()
    conn = session.connection()
    total = len(plan.inserts) + len(plan.updates)
    done = 0
    ids = new_ids(len(plan.inserts)) if plan.inserts else []
    rebuilt = REBUILT_INDEXES if len(plan.inserts) >= BULK_REBUILD_THRESHOLD else ()
    new_row_meta = {
        "origin": office.code,
        "created_at": now,
        "updated_at": now,
        "revised_by": office.code,
        "base_revision": 0,
        "active": True,
    }
    with bulk_page_cache(conn), indexes_rebuilt(conn, EMPLOYEE, rebuilt):
        for start in range(0, len(plan.inserts), CHUNK):
            batch = plan.inserts[start : start + CHUNK]
            insert_rows(
                conn,
                EMPLOYEE,
                NEW_ROW_COLUMNS,
                (
                    (row_id, rev + n, *values)
                    for n, (row_id, values) in enumerate(
                        zip(ids[start : start + CHUNK], batch, strict=True)
                    )
                ),
                new_row_meta,
            )
            rev += len(batch)
            done += len(batch)
            if progress:
                progress(done, total)
        stmt = (
            update(EMPLOYEE)
            .where(EMPLOYEE.c.id == bindparam("b_id"))
            .values({c: bindparam(c) for c in UPDATED_COLUMNS})
        )
        for start in range(0, len(plan.updates), CHUNK):
            params = []
            for emp_id, merged, _changes, base in plan.updates[start : start + CHUNK]:
                params.append(
                    {
                        **merged,
                        "b_id": emp_id,
                        "revision": rev,
                        "revised_by": office.code,
                        "base_revision": base,
                        "updated_at": now,
                    }
                )
                rev += 1
            conn.execute(stmt, params)
            done += len(params)
            if progress:
                progress(done, total)
    roster_sources.record_import(
        ctx,
        session,
        sha256=preview.file_sha256,
        file_name=Path(preview.path).name,
        sheet=preview.sheet,
        at=now,
        fields=plan.sourced,
    )
    ctx.observe_revision(session, rev)
    audit.record(
        ctx,
        session,
        "roster.import",
        "roster",
        "",
        {
            "file": Path(preview.path).name,
            "file_sha256": preview.file_sha256,
            "sheet": preview.sheet,
            "created": len(plan.inserts),
            "updated": len(plan.updates),
            "unchanged": plan.unchanged,
            "rejected": len(preview.rejected),
            "kept_local": len(plan.kept_local),
            "revisions": [first_rev, rev - 1],
            "units_created": [u["code"] for u in plan.new_units],
            "created_ids": ids if len(ids) <= AUDIT_ID_LIMIT else None,
            "changes": {emp_id: changes for emp_id, _m, changes, _b in plan.updates},
        },
    )


def import_file(
    ctx: AppContext,
    path: str | Path,
    *,
    sheet: str | None = None,
    unit_code: str | None = None,
    dry_run: bool = False,
    mapping: dict[str, int] | None = None,
    progress: Progress | None = None,
    prefer_sheet: bool = False,
) -> ImportResult:
    """The CLI path: read, parse, and run (or dry-run) in one go."""
    ctx.require("roster.import")
    with ctx.read() as session:
        today = office_today(session)
    preview = parse(read(path, sheet), mapping, today)
    return run(
        ctx,
        preview,
        unit_code=unit_code,
        dry_run=dry_run,
        progress=progress,
        prefer_sheet=prefer_sheet,
    )
