"""Roster import: read a sheet, detect columns, preview, then commit in ONE transaction.

Rows are upserted by NIP (staff without a NIP by name + unit + birth date) and counted as
created / updated / unchanged; rejected rows keep the spreadsheet's own row numbers. Only
columns present in the sheet overwrite stored values, and an empty cell never erases one.
A value the app changed after the sheet was imported (a transfer, a deactivation, an edit:
``roster_sources``) is kept and reported in ``kept_local`` unless the user takes the sheet's
value (``prefer_sheet``, or per sheet row ``take_rows``); every other difference is applied
and listed in ``changes``, per person and field.
Inserts and updates go through SQLAlchemy Core with executemany parameter lists (the ORM's
unit of work is ~15x slower at 100,000 rows); the whole import is ONE audit entry.

At 100,000 rows: rows are parsed by ``roster_rows.RowParser`` (memoised NIP checks, same
results as ``parse_row``), planned inserts are tuples, re-imported rows are first compared
as one tuple, SQLite inserts go to the driver's ``executemany`` on the transaction's own
connection, and the cyclic garbage collector is paused while the rows are built.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple, ParamSpec, TypeVar, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.documents import spreadsheets
from desktop.domain import nip as nipmod
from desktop.domain import roster as r
from desktop.domain import roster_rows as rows_mod
from desktop.domain.errors import NetraError
from desktop.domain.roster_rows import Issue, ParsedRow
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.services.roster import sources as roster_sources
from desktop.services.roster.sources import AppEdit
from desktop.store.base import new_id, new_ids, utcnow
from desktop.store.bulk import collector_paused
from desktop.store.models import Employee, Unit

EMPLOYEE = cast(Table, Employee.__table__)

Progress = Callable[[int, int], None]
CHUNK = 5000
AUDIT_ID_LIMIT = 5000
# Columns an import may change, and the sheet fields that provide each of them.
UPDATABLE: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "category": ("category",),
    "golongan": ("golongan", "pangkat"),
    "jabatan": ("jabatan",),
    "jabatan_kind": ("jabatan_kind", "jabatan"),
    "unit_id": ("unit", "unit_code"),
    "birth_date": ("birth_date", "birth_place_date", "nip"),
    "sex": ("sex", "nip"),
    "nik": ("nik", "nip"),
}


@dataclass
class ImportPreview:
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
    unit_code: str | None = None
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
    changes: list[FieldChange] = field(default_factory=list)
    # ... and what it keeps because the app changed it after the sheet was imported
    kept_local: list[FieldChange] = field(default_factory=list)
    file_sha256: str = ""
    previous_import: dict[str, str] | None = None  # the last import of this very file

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [i.to_json() for i in self.rejected],
            "warnings": [i.to_json("code") for i in self.warnings],
            "units_created": self.units_created,
            "skipped": [i.to_json() for i in self.skipped],
            "changes": [c.to_json() for c in self.changes],
            "kept_local": [c.to_json() for c in self.kept_local],
            "file_sha256": self.file_sha256,
            "previous_import": self.previous_import,
            "dry_run": self.dry_run,
            "sheet": self.sheet,
            "header_row": self.header_row,
        }


@dataclass(frozen=True)
class FieldChange:
    """One field of one person where the sheet and the roster differ.

    ``local`` and ``sheet`` are plain values (a unit as its code, a date as ISO text,
    ``active`` as a boolean); ``local_text``/``sheet_text`` the same as a person reads them
    (the unit's name with its code, the date as DD-MM-YYYY, "nonaktif (pensiun)").
    ``app_edit`` is the edit in the app that set the local value, if one did."""

    row: int
    employee_id: str
    nip: str | None
    name: str
    field: str
    local: Any
    sheet: Any
    local_text: str
    sheet_text: str
    app_edit: AppEdit | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "id": self.employee_id,
            "nip": self.nip,
            "name": self.name,
            "field": "unit" if self.field == "unit_id" else self.field,
            "local": self.local,
            "sheet": self.sheet,
            "app_edit": self.app_edit.to_json() if self.app_edit else None,
        }


_P = ParamSpec("_P")
_R = TypeVar("_R")


def without_gc(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``fn`` with the cyclic garbage collector paused (:func:`collector_paused`)."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with collector_paused():
            return fn(*args, **kwargs)

    return wrapper


# ---------------------------------------------------------------- reading and parsing
@without_gc
def read(path: str | Path, sheet: str | None = None) -> ImportPreview:
    """Read the file and detect the header row and the column mapping (no parsing yet)."""
    data = spreadsheets.read_sheet(path, sheet)
    guess = r.detect_header(data.rows)
    if guess is None and sheet is None:  # a cover or instructions sheet first: try the others
        for name in data.sheet_names:
            if name != data.name:
                other = spreadsheets.read_sheet(path, name)
                found = r.detect_header(other.rows)
                if found is not None:
                    data, guess = other, found
                    break
    if guess is None:
        raise NetraError(
            "no_header",
            f"Baris judul kolom tidak ditemukan di lembar '{data.name}'. Pastikan ada kolom "
            "NAMA dan setidaknya satu kolom lain (NIP, JABATAN, UNIT KERJA, ...).",
            f"No header row found in sheet '{data.name}' (need NAMA and one more column).",
            sheet=data.name,
            sheets=data.sheet_names,
        )
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


@without_gc
def parse(
    preview: ImportPreview, mapping: dict[str, int] | None = None, today: date | None = None
) -> ImportPreview:
    """Turn the data rows into records and rejections (using ``mapping`` if overridden)."""
    if mapping is not None:
        preview.mapping = dict(mapping)
    if not r.has_name(preview.mapping):
        raise NetraError("no_name_column", "Kolom NAMA belum dipilih.", "No NAMA column mapped.")
    preview.rows, preview.rejected, preview.warnings, preview.skipped = [], [], [], []
    preview.set_aside = []
    seen: dict[tuple[str, ...] | str, int] = {}
    name_col = preview.mapping.get("name", preview.mapping.get("name_nip", 0))
    name_header = (
        " ".join(str(preview.headers[name_col]).upper().split())
        if name_col < len(preview.headers)
        else ""
    )
    unit_keys: dict[str, str] = {}
    today = today or date.today()
    parse_row = rows_mod.RowParser(preview.mapping, today)
    is_blank, is_total_row = r.is_blank, r.is_total_row
    kept, rejected, skipped = preview.rows.append, preview.rejected.append, preview.skipped.append
    set_aside = preview.set_aside.append
    all_cells = preview.cells
    nip_col, no_col = preview.mapping.get("nip"), preview.mapping.get("no")
    section = ""  # the unit named by the last group heading row ("KANTOR CAMAT WETAR")
    last_key: tuple[str, ...] | str | None = None  # the upsert key of the last kept row
    for index in range(preview.data_start, len(all_cells)):  # locals: 100,000 iterations
        cells = all_cells[index]
        number = index + 1
        name_cell = cells[name_col] if name_col < len(cells) else ""
        if (
            not any(cells) or not (name_cell.strip() if type(name_cell) is str else name_cell)
        ) and (is_blank(cells)):
            skipped(number)
            continue
        if is_total_row(cells):
            skipped(number)
            set_aside(Issue(number, "", "total_row", rows_mod.message("total_row")))
            section = ""
            continue
        nip_cell = cells[nip_col] if nip_col is not None and nip_col < len(cells) else ""
        if not (type(nip_cell) is str and nip_cell[:1].isdigit()):  # not a usual person row
            title = r.section_title(cells, no_col)
            if title:
                skipped(number)
                set_aside(
                    Issue(number, "", "section_row", rows_mod.message("section_row", unit=title))
                )
                section = title
                continue
        if (  # the header repeated on every printed page
            isinstance(name_cell, str)
            and name_cell.isupper()
            and " ".join(name_cell.split()) == name_header
        ):
            skipped(number)
            set_aside(Issue(number, "", "repeated_header", rows_mod.message("repeated_header")))
            continue
        if (
            type(name_cell) is str
            and (name_cell[:1].isdigit() or name_cell[:3].upper() == "NIP")
            and preview.rows
            and preview.rows[-1].row == number - 1
            and not preview.rows[-1].nip
            and not (nip_col is not None and nip_col < len(cells) and cells[nip_col] != "")
            and len(digits := nipmod.normalize(name_cell)) == 18
            and digits.isdigit()
        ):  # DUK printed two rows a person: the NIP under the name, in the NAMA column
            skipped(number)
            result = _with_nip(all_cells[index - 1], preview.mapping, name_cell, number - 1, today)
            undo = preview.rows.pop()
            if last_key is not None:
                seen.pop(last_key, None)
            if undo.warnings:
                preview.warnings[:] = [w for w in preview.warnings if w not in undo.warnings]
        else:
            result = parse_row(cells, number)
        if isinstance(result, Issue):
            rejected(result)
            continue
        parsed = result
        if section and not parsed.unit_name and not parsed.unit_code:
            parsed.unit_name = section
        key: tuple[str, ...] | str | None = parsed.nip
        if not key:
            unit_text = parsed.unit_code or parsed.unit_name
            if unit_text not in unit_keys:
                unit_keys[unit_text] = r.name_key(unit_text)
            key = parsed.identity(unit_keys[unit_text])
        first = seen.get(key)
        if first is not None:
            rejected(
                Issue(
                    parsed.row,
                    parsed.nip or "",
                    "duplicate_in_file",
                    rows_mod.message("duplicate_in_file", first=first),
                )
            )
            continue
        seen[key] = parsed.row
        last_key = key
        kept(parsed)
        if parsed.warnings:
            preview.warnings.extend(parsed.warnings)
    return preview


def _with_nip(
    cells: list[Any], mapping: dict[str, int], nip: object, number: int, today: date
) -> ParsedRow | Issue:
    """Row ``number`` parsed again with the NIP that the row below it held."""
    cells = list(cells)
    col = mapping.get("nip")
    if col is None:
        mapping, col = {**mapping, "nip": len(cells)}, len(cells)
    cells.extend([""] * (col + 1 - len(cells)))
    cells[col] = nip
    return rows_mod.parse_row(cells, mapping, number, today)


# ---------------------------------------------------------------- planning
# A planned insert is a plain tuple of these employee columns (100,000 dicts cost more than
# the validation that produced them).
INSERT_FIELDS = ("nip", "name_key", "notes", *UPDATABLE)
_UPDATABLE_COLS = tuple(UPDATABLE)


@dataclass
class _Plan:
    inserts: list[tuple[Any, ...]] = field(default_factory=list)  # INSERT_FIELDS values
    # (employee id, new values of every updatable column and of active/inactive_reason,
    # changed columns, stored revision)
    updates: list[tuple[str, dict[str, Any], dict[str, list[Any]], int]] = field(
        default_factory=list
    )
    unchanged: int = 0
    new_units: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    changes: list[FieldChange] = field(default_factory=list)
    kept_local: list[FieldChange] = field(default_factory=list)
    # (employee id, field) whose value now comes from this import: the fields it changed,
    # and fields an app edit had set that the sheet now agrees with (the sheet leads again)
    sourced: list[tuple[str, str]] = field(default_factory=list)


class _Units:
    """Resolves a row's unit by code or name; plans the units that must be created."""

    def __init__(
        self,
        session: Session,
        default_code: str | None,
        office_code: str,
        office_name: str,
        office_kind: str,
    ) -> None:
        units = session.execute(
            select(Unit.id, Unit.code, Unit.name).where(Unit.deleted_at.is_(None))
        ).all()
        self.by_code = {code: uid for uid, code, _ in units}
        self.labels = {uid: (code, name) for uid, code, name in units}  # for display
        self.by_name = {r.name_key(name): uid for uid, _, name in units}
        self.codes = set(self.by_code)
        self.new: list[dict[str, Any]] = []
        self.keys: dict[str, str] = {}  # unit name as written -> name_key (computed once)
        if default_code:
            if default_code not in self.by_code:
                raise NetraError(
                    "unit_not_found",
                    f"Unit kerja dengan kode '{default_code}' tidak ada.",
                    f"No work unit with code '{default_code}'.",
                    unit_code=default_code,
                )
            self.default_code = default_code
        else:  # the office's own unit: found by its code, created when missing
            self.default_code = office_code
            if office_code not in self.by_code:
                self._create(office_code, office_name, office_kind, None)

    def _create(self, code: str, name: str, kind: str, parent_code: str | None) -> str:
        uid = new_id()
        self.new.append(
            {
                "id": uid,
                "code": code,
                "name": name,
                "kind": kind,
                "parent_id": self.by_code.get(parent_code) if parent_code else None,
            }
        )
        self.by_code[code] = uid
        self.labels[uid] = (code, name)
        self.by_name.setdefault(r.name_key(name), uid)
        self.codes.add(code)
        return uid

    def resolve(self, row: ParsedRow) -> str:
        if row.unit_code:
            if row.unit_code in self.by_code:
                return self.by_code[row.unit_code]
            return self._create(
                row.unit_code,
                row.unit_name or row.unit_code,
                r.guess_unit_kind(row.unit_name),
                self.default_code,
            )
        if row.unit_name:
            key = self.keys.get(row.unit_name)
            if key is None:
                key = self.keys[row.unit_name] = r.name_key(row.unit_name)
            if key in self.by_name:
                return self.by_name[key]
            code = r.unit_code_for(self.default_code, row.unit_name, self.codes)
            return self._create(
                code, row.unit_name, r.guess_unit_kind(row.unit_name), self.default_code
            )
        return self.by_code[self.default_code]


_EXISTING_COLS = (
    Employee.id,
    Employee.nip,
    Employee.name_key,
    Employee.revision,
    Employee.active,
    Employee.inactive_reason,
    *(getattr(Employee, c) for c in UPDATABLE),
)


class _Stored(NamedTuple):
    """A live employee as stored: id, revision, state and the updatable columns."""

    id: str
    revision: int
    active: bool
    inactive_reason: str | None
    current: tuple[Any, ...]  # the UPDATABLE columns, in order


def _stored(session: Session) -> tuple[dict[str, _Stored], dict[tuple[Any, ...], _Stored]]:
    """The live employees, by NIP and (staff without one) by name key + unit + birth date."""
    by_nip: dict[str, _Stored] = {}
    by_person: dict[tuple[Any, ...], _Stored] = {}
    query = select(*_EXISTING_COLS).where(Employee.deleted_at.is_(None))
    for emp_id, nip, key, revision, active, reason, *current in session.execute(query):
        rec = _Stored(emp_id, revision, active, reason, tuple(current))
        if nip:
            by_nip[nip] = rec
        else:  # unit_id and birth_date are the 6th and 7th updatable columns
            by_person[(key, current[5], current[6])] = rec
    return by_nip, by_person


def _plan(
    session: Session,
    preview: ImportPreview,
    units: _Units,
    prefer_sheet: bool = False,
    take_rows: Collection[int] = (),
) -> _Plan:
    """What the import would do. A field an edit in the app set keeps its value (listed in
    ``kept_local``) unless ``prefer_sheet``, or the person's sheet row is in ``take_rows``;
    a person made inactive in the app stays inactive on the same terms."""
    plan = _Plan()
    provided = {
        col for col, sources in UPDATABLE.items() if any(s in preview.mapping for s in sources)
    }
    if preview.unit_code:
        provided.add("unit_id")
    keep_category = "category" not in preview.mapping  # derived from the NIP only
    kind_follows_jabatan = "jabatan_kind" not in preview.mapping  # guessed from JABATAN
    by_nip, by_person = _stored(session)
    edited = roster_sources.app_edits(session)
    take_rows = set(take_rows)
    resolve, name_key, inserts = units.resolve, r.name_key, plan.inserts
    for row in preview.rows:
        unit_id = resolve(row)
        key = name_key(row.name)
        if row.nip:
            existing = by_nip.get(row.nip) if by_nip else None
        else:
            existing = by_person.get((key, unit_id, row.birth_date))
        if existing is None:
            inserts.append(
                (
                    row.nip,
                    key,
                    row.notes,
                    row.name,
                    row.category,
                    row.golongan,
                    row.jabatan,
                    row.jabatan_kind,
                    unit_id,
                    row.birth_date,
                    row.sex,
                    row.nik,
                )
            )
            continue
        emp_id, revision, active, reason, current = existing
        values = (
            row.name,
            row.category,
            row.golongan,
            row.jabatan,
            row.jabatan_kind,
            unit_id,
            row.birth_date,
            row.sex,
            row.nik,
        )
        own = edited.get(emp_id) if edited else None
        if values == current and active and own is None:
            plan.unchanged += 1  # the common re-import: nothing to compare column by column
            continue
        take = prefer_sheet or row.row in take_rows
        changes: dict[str, list[Any]] = {}
        merged = dict(zip(_UPDATABLE_COLS, current, strict=True))
        merged["active"], merged["inactive_reason"] = active, reason
        kept: set[str] = set()
        for col, new, old in zip(_UPDATABLE_COLS, values, current, strict=True):
            if new in (None, "") or (col not in provided and old not in (None, "")):
                continue
            if col == "category" and keep_category:
                continue  # keep CPNS/PNS as stored
            if col == "jabatan_kind" and kind_follows_jabatan and "jabatan" in kept:
                continue  # guessed from a JABATAN the app's value was kept over
            edit = own.get(col) if own else None
            if new == old:
                if edit is not None:
                    plan.sourced.append((emp_id, col))  # the sheet agrees: it leads again
                continue
            change = _change(row, emp_id, col, old, new, edit, units)
            if edit is not None and not take:
                kept.add(col)
                plan.kept_local.append(change)
                continue
            changes[col] = [old, new]
            merged[col] = new
            plan.changes.append(change)
            plan.sourced.append((emp_id, col))
        if not active:  # listed in the sheet, made inactive in the app
            edit = own.get("active") if own else None
            change = _change(row, emp_id, "active", False, True, edit, units, reason)
            if take:
                changes["active"] = [False, True]
                merged["active"], merged["inactive_reason"] = True, None
                plan.changes.append(change)
                plan.sourced.append((emp_id, "active"))
            else:
                plan.kept_local.append(change)
        if changes:
            merged["name_key"] = name_key(merged["name"])
            plan.updates.append((emp_id, merged, changes, revision))
        else:
            plan.unchanged += 1
    plan.new_units = units.new
    return plan


def _change(
    row: ParsedRow,
    emp_id: str,
    col: str,
    old: Any,
    new: Any,
    edit: AppEdit | None,
    units: _Units,
    inactive_reason: str | None = None,
) -> FieldChange:
    return FieldChange(
        row.row,
        emp_id,
        row.nip,
        row.name,
        col,
        _plain(col, old, units),
        _plain(col, new, units),
        _text(col, old, units, inactive_reason),
        _text(col, new, units),
        edit,
    )


def _plain(col: str, value: Any, units: _Units) -> Any:
    """A field's value for JSON: the unit as its code, a date as ISO text."""
    if col == "unit_id":
        return units.labels.get(value, (value, ""))[0]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(col: str, value: Any, units: _Units, inactive_reason: str | None = None) -> str:
    """A field's value as a person reads it (Indonesian)."""
    if col == "unit_id":
        code, name = units.labels.get(value, (value, ""))
        return f"{name} ({code})" if name else str(code)
    if col == "active":
        if value:
            return "aktif"
        label = r.INACTIVE_LABELS.get(inactive_reason or "", inactive_reason or "")
        return f"nonaktif ({label.lower()})" if label else "nonaktif"
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return "" if value is None else str(value)


def _units_for(ctx: AppContext, session: Session, unit_code: str | None) -> _Units:
    office = ctx.office(session)
    kind = "kabupaten" if office.role == "hub" else r.guess_unit_kind(office.name)
    return _Units(
        session, unit_code, office.code, office.name, kind if kind != "lainnya" else "kecamatan"
    )


# ---------------------------------------------------------------- committing
@without_gc
def run(
    ctx: AppContext,
    preview: ImportPreview,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    prefer_sheet: bool = False,
    take_rows: Collection[int] = (),
) -> ImportResult:
    """Plan against the database and (unless ``dry_run``) write it all in one transaction.

    Values an edit in the app set (a transfer, a deactivation, an edit) are kept and listed
    in ``kept_local``, unless ``prefer_sheet`` or the person's sheet row is in
    ``take_rows``: then the sheet's value is taken."""
    ctx.require("roster.import")
    result = ImportResult(
        rejected=list(preview.rejected),
        warnings=list(preview.warnings),
        skipped=list(preview.set_aside),
        dry_run=dry_run,
        sheet=preview.sheet,
        header_row=preview.header_row,
    )
    result.file_sha256 = preview.file_sha256

    def plan_in(session: Session) -> _Plan:
        units = _units_for(ctx, session, preview.unit_code)
        return _plan(session, preview, units, prefer_sheet, take_rows)

    if dry_run:
        with ctx.read() as session:
            result.previous_import = _previous(session, preview.file_sha256)
            plan = plan_in(session)
    else:
        with ctx.tx() as session:
            result.previous_import = _previous(session, preview.file_sha256)
            plan = plan_in(session)
            _write(ctx, session, preview, plan, progress)
    result.changes, result.kept_local = plan.changes, plan.kept_local
    result.created, result.updated, result.unchanged = (
        len(plan.inserts),
        len(plan.updates),
        plan.unchanged,
    )
    result.units_created = [
        {"code": u["code"], "name": u["name"], "kind": u["kind"]} for u in plan.new_units
    ]
    return result


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
    plan: _Plan,
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
    if conn.dialect.name == "sqlite":  # a bigger page cache for this bulk write only
        conn.exec_driver_sql("PRAGMA cache_size=-131072")
    ids = new_ids(len(plan.inserts)) if plan.inserts else []
    rebuild = _drop_search_indexes(conn, len(plan.inserts))
    for start in range(0, len(plan.inserts), CHUNK):
        batch = plan.inserts[start : start + CHUNK]
        _insert(conn, ids[start : start + CHUNK], batch, rev, office.code, now)
        rev += len(batch)
        done += len(batch)
        if progress:
            progress(done, total)
    stmt = (
        update(EMPLOYEE)
        .where(EMPLOYEE.c.id == bindparam("b_id"))
        .values(
            {
                c: bindparam(c)
                for c in (
                    *UPDATABLE,
                    "active",
                    "inactive_reason",
                    "name_key",
                    "revision",
                    "base_revision",
                    "revised_by",
                    "updated_at",
                )
            }
        )
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
    for ddl in rebuild:
        conn.exec_driver_sql(ddl)
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
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA cache_size=-2000")
    created_ids = ids
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
            "created_ids": created_ids if len(created_ids) <= AUDIT_ID_LIMIT else None,
            "changes": {emp_id: changes for emp_id, _m, changes, _b in plan.updates},
        },
    )


BULK_REBUILD_THRESHOLD = 20_000


def _drop_search_indexes(conn: Connection, inserts: int) -> list[str]:
    """For a big SQLite import, drop the two name-search indexes and return the DDL that
    rebuilds them (inside the same transaction): one sorted build is several times cheaper
    than 100,000 random index insertions. Constraints (primary key, unique NIP) stay."""
    if conn.dialect.name != "sqlite" or inserts < BULK_REBUILD_THRESHOLD:
        return []
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employee' "
        "AND name IN ('ix_employee_search', 'ix_employee_unit_name') AND sql IS NOT NULL"
    ).all()
    for name, _sql in rows:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


_META_COLUMNS = ("id", "origin", "created_at", "updated_at", "revision", "revised_by")
_SQLITE_INSERT = (
    "INSERT INTO employee ("
    + ", ".join((*_META_COLUMNS, "base_revision", "active", *INSERT_FIELDS))
    + f") VALUES ({', '.join('?' for _ in range(len(_META_COLUMNS) + 2 + len(INSERT_FIELDS)))})"
)


def _insert(
    conn: Connection,
    ids: list[str],
    batch: list[tuple[Any, ...]],
    first_rev: int,
    origin: str,
    now: datetime,
) -> None:
    """Insert planned rows (``INSERT_FIELDS`` tuples) with consecutive revisions.

    On SQLite the values are converted to its storage format here and go to the driver's
    ``executemany`` on the transaction's own DBAPI connection (SQLAlchemy's per-row bind
    processing would be most of the cost at 100,000 rows); elsewhere (PostgreSQL) through
    the typed Core ``insert()`` with a list of parameter sets."""
    if conn.dialect.name != "sqlite":
        meta = {"origin": origin, "created_at": now, "updated_at": now, "revised_by": origin}
        conn.execute(
            insert(EMPLOYEE),
            [
                {
                    **meta,
                    "id": row_id,
                    "revision": first_rev + n,
                    "base_revision": 0,
                    "active": True,
                    **dict(zip(INSERT_FIELDS, values, strict=True)),
                }
                for n, (row_id, values) in enumerate(zip(ids, batch, strict=True))
            ],
        )
        return
    stamp = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    params = [
        (
            row_id,
            origin,
            stamp,
            stamp,
            first_rev + n,
            origin,
            0,
            1,
            nip,
            key,
            notes,
            name,
            category,
            golongan,
            jabatan,
            kind,
            unit_id,
            born.isoformat() if born is not None else None,
            sex,
            nik,
        )
        for n, (
            row_id,
            (nip, key, notes, name, category, golongan, jabatan, kind, unit_id, born, sex, nik),
        ) in enumerate(zip(ids, batch, strict=True))
    ]
    conn.connection.cursor().executemany(_SQLITE_INSERT, params)


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
    preview = parse(read(path, sheet), mapping)
    preview.unit_code = unit_code
    return run(ctx, preview, dry_run=dry_run, progress=progress, prefer_sheet=prefer_sheet)
