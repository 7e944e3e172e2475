"""Planning a roster import: the sheet's people compared with the stored roster.

Rows are matched by NIP (staff without a NIP by name key + unit + birth date) and become
inserts, updates or unchanged rows. Only columns the sheet provides overwrite stored values,
and an empty cell never erases one. A value the app changed after the sheet was imported (a
transfer, a deactivation, an edit: ``roster.sources``) is newer than the spreadsheet: it is
kept and reported in ``kept_local`` unless the user takes the sheet's value (``prefer_sheet``,
or per sheet row ``take_rows``); every other difference is applied and listed in ``changes``,
per person and field. Units named in the sheet and not yet known are planned too.

Nothing here writes: :mod:`desktop.services.roster.importer` writes the plan.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import roster as r
from desktop.domain.errors import NetraError
from desktop.domain.roster_layout import UPDATABLE, provided_columns
from desktop.domain.roster_rows import Issue, ParsedRow
from desktop.services.context import AppContext
from desktop.services.roster import sources as roster_sources
from desktop.services.roster.sources import AppEdit
from desktop.store.base import new_id
from desktop.store.models import Employee, Unit

# A planned insert is a plain tuple of these employee columns (100,000 dicts cost more than
# the validation that produced them).
INSERT_FIELDS = ("nip", "name_key", "notes", *UPDATABLE)
_UPDATABLE_COLS = tuple(UPDATABLE)


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


@dataclass
class Plan:
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


class Units:
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
        self.chosen = bool(default_code)  # chosen by the user, not the office's own unit
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


def plan(
    session: Session,
    rows: list[ParsedRow],
    mapping: dict[str, int],
    units: Units,
    prefer_sheet: bool = False,
    take_rows: Collection[int] = (),
) -> Plan:
    """What importing ``rows`` (read with ``mapping``) would do. A field an edit in the app set keeps its value (listed in
    ``kept_local``) unless ``prefer_sheet``, or the person's sheet row is in ``take_rows``;
    a person made inactive in the app stays inactive on the same terms."""
    out = Plan()
    provided = provided_columns(mapping)
    if units.chosen:  # a unit chosen for the rows that name none
        provided.add("unit_id")
    keep_category = "category" not in mapping  # derived from the NIP only
    kind_follows_jabatan = "jabatan_kind" not in mapping  # guessed from JABATAN
    by_nip, by_person = _stored(session)
    edited = roster_sources.app_edits(session)
    take_rows = set(take_rows)
    resolve, name_key, inserts = units.resolve, r.name_key, out.inserts
    for row in rows:
        unit_id = resolve(row)
        key = name_key(row.name)
        if row.nip:
            existing = by_nip.get(row.nip) if by_nip else None
        else:
            existing = by_person.get((key, unit_id, row.birth_date))
        # the UPDATABLE fields, in their order (an insert adds nip, name key and notes first)
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
        if existing is None:
            inserts.append((row.nip, key, row.notes, *values))
            continue
        emp_id, revision, active, reason, current = existing
        own = edited.get(emp_id) if edited else None
        if values == current and active and own is None:
            out.unchanged += 1  # the common re-import: nothing to compare column by column
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
                    out.sourced.append((emp_id, col))  # the sheet agrees: it leads again
                continue
            change = _change(row, emp_id, col, old, new, edit, units)
            if edit is not None and not take:
                kept.add(col)
                out.kept_local.append(change)
                continue
            changes[col] = [old, new]
            merged[col] = new
            out.changes.append(change)
            out.sourced.append((emp_id, col))
        if not active:  # listed in the sheet, made inactive in the app
            edit = own.get("active") if own else None
            change = _change(row, emp_id, "active", False, True, edit, units, reason)
            if take:
                changes["active"] = [False, True]
                merged["active"], merged["inactive_reason"] = True, None
                out.changes.append(change)
                out.sourced.append((emp_id, "active"))
            else:
                out.kept_local.append(change)
        if changes:
            merged["name_key"] = name_key(merged["name"])
            out.updates.append((emp_id, merged, changes, revision))
        else:
            out.unchanged += 1
    out.new_units = units.new
    return out


def _change(
    row: ParsedRow,
    emp_id: str,
    col: str,
    old: Any,
    new: Any,
    edit: AppEdit | None,
    units: Units,
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


def _plain(col: str, value: Any, units: Units) -> Any:
    """A field's value for JSON: the unit as its code, a date as ISO text."""
    if col == "unit_id":
        return units.labels.get(value, (value, ""))[0]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _text(col: str, value: Any, units: Units, inactive_reason: str | None = None) -> str:
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


def units_for(ctx: AppContext, session: Session, unit_code: str | None) -> Units:
    office = ctx.office(session)
    kind = "kabupaten" if office.role == "hub" else r.guess_unit_kind(office.name)
    return Units(
        session, unit_code, office.code, office.name, kind if kind != "lainnya" else "kecamatan"
    )
