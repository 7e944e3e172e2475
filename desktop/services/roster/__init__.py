"""Roster use cases: the unit tree, employees (add, edit, transfer, deactivate) and search.

Every change is one transaction, stamped for sync (records.stamp_new/stamp_edit) and audited.
Search is SQL with a count and a page (offset/limit), fast enough to run on every keystroke
over 100,000 people; sorting happens in SQL too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, TypeVarTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain import golongan as gol
from desktop.domain import nip as nipmod
from desktop.domain import roster as r
from desktop.domain.errors import EMPLOYEE_NOT_FOUND, NetraError
from desktop.services import audit, unit_queries
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.services.records import stamp_edit, stamp_new
from desktop.services.roster import sources as roster_sources
from desktop.store.models import Employee, Unit

_Ts = TypeVarTuple("_Ts")


# ---------------------------------------------------------------- value types
@dataclass(frozen=True)
class UnitInfo:
    id: str
    code: str
    name: str
    kind: str
    parent_id: str | None
    employees: int = 0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


#: What a roster command that changed something says it changed (the GUI reloads the pages).
ROSTER_CHANGED: frozenset[Area] = frozenset({Area.ROSTER})


@dataclass(frozen=True)
class UnitSaved(UnitInfo):
    """A unit :func:`add_unit` or :func:`edit_unit` saved: the unit as it is now, and what the
    GUI reloads (``changes``, not in :meth:`to_json`)."""

    changes: frozenset[Area] = field(default=ROSTER_CHANGED, compare=False)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["changes"]
        return out


@dataclass(frozen=True)
class RosterSaved:
    """The result of an employee command (add, edit, transfer, deactivate, reactivate): the
    employee's id, and what the GUI reloads (``changes``, not in :meth:`to_json`). ``changes``
    is empty when the command found nothing to change (an edit that repeats the stored
    values, a transfer to the person's own unit, reactivating someone active)."""

    id: str
    changes: frozenset[Area] = field(default=ROSTER_CHANGED, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id}


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the roster table (and of ``netra roster list --json``)."""

    id: str
    nip: str | None
    name: str
    category: str
    golongan: str | None
    jabatan: str
    unit_code: str
    unit_name: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EmployeeInput:
    name: str
    unit_id: str
    category: str = "PNS"
    nip: str | None = None
    golongan: str | None = None
    jabatan: str = ""
    jabatan_kind: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    nik: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class EmployeeDetail:
    id: str
    data: EmployeeInput
    active: bool
    inactive_reason: str | None
    unit_code: str
    unit_name: str
    revision: int


SORT_COLUMNS = ("name", "nip", "category", "golongan", "jabatan", "unit", "active")


@dataclass
class RosterQuery:
    search: str = ""
    unit_ids: list[str] | None = None  # None: every unit
    categories: list[str] = field(default_factory=list)
    status: str = "active"  # active | inactive | all
    sort: str = "name"
    descending: bool = False


@dataclass
class RosterPage:
    total: int
    offset: int
    rows: list[EmployeeRow]


# ---------------------------------------------------------------- units
def list_units(ctx: AppContext, with_counts: bool = False) -> list[UnitInfo]:
    ctx.require("view")
    with ctx.read() as session:
        counts: dict[str, int] = {}
        if with_counts:
            counts = dict(
                session.execute(
                    select(Employee.unit_id, func.count())
                    .where(Employee.deleted_at.is_(None), Employee.active.is_(True))
                    .group_by(Employee.unit_id)
                ).all()
            )
        units = unit_queries.live_units(session)
        return [
            UnitInfo(u.id, u.code, u.name, u.kind, u.parent_id, counts.get(u.id, 0)) for u in units
        ]


def subtree_ids(units: list[UnitInfo], root_id: str) -> list[str]:
    """A unit and everything under it, from a unit list already at hand (the roster page's,
    from :func:`list_units`: live units only). The same walk as
    :func:`unit_queries.subtree_ids`, which reads the tree from the database."""
    return unit_queries.walk_down({u.id: u.parent_id for u in units}, [root_id])


def unit_for_code(ctx: AppContext, code: str) -> UnitInfo:
    """The live unit with this code (``--unit CODE``); ``unit_not_found`` when there is none."""
    ctx.require("view")
    with ctx.read() as session:
        u = unit_queries.unit_by_code(session, code)
        return UnitInfo(u.id, u.code, u.name, u.kind, u.parent_id)


def add_unit(
    ctx: AppContext, code: str, name: str, kind: str = "lainnya", parent_code: str | None = None
) -> UnitSaved:
    ctx.require("roster.edit")
    code, name = code.strip(), " ".join(name.split())
    if not code or not name:
        raise NetraError(
            "unit_invalid",
            "Kode dan nama unit kerja wajib diisi.",
            "A unit needs a code and a name.",
        )
    if kind not in r.UNIT_KINDS:
        raise NetraError(
            "unit_kind_invalid",
            f"Jenis unit '{kind}' tidak dikenal.",
            f"Unknown unit kind '{kind}'.",
            kinds=list(r.UNIT_KINDS),
        )
    with ctx.tx() as session:
        if session.scalars(select(Unit.id).where(Unit.code == code)).first():
            raise NetraError(
                "unit_exists",
                f"Kode unit '{code}' sudah dipakai.",
                f"Unit code '{code}' is already used.",
                unit_code=code,
            )
        parent = unit_queries.unit_by_code(session, parent_code) if parent_code else None
        unit = stamp_new(
            ctx,
            session,
            Unit(code=code, name=name, kind=kind, parent_id=parent.id if parent else None),
        )
        audit.record(
            ctx,
            session,
            "roster.unit.add",
            "unit",
            unit.id,
            {"code": code, "name": name, "kind": kind, "parent": parent_code},
        )
        return UnitSaved(unit.id, code, name, kind, unit.parent_id)


def edit_unit(
    ctx: AppContext, unit_id: str, name: str, kind: str, parent_id: str | None
) -> UnitSaved:
    ctx.require("roster.edit")
    with ctx.tx() as session:
        unit = _get(session, Unit, unit_id)
        if parent_id == unit_id or (parent_id and _is_descendant(session, parent_id, unit_id)):
            raise NetraError(
                "unit_cycle",
                "Unit tidak boleh berada di bawah dirinya sendiri.",
                "A unit cannot be placed under itself.",
            )
        before = {"name": unit.name, "kind": unit.kind, "parent_id": unit.parent_id}
        unit.name, unit.kind, unit.parent_id = " ".join(name.split()), kind, parent_id
        stamp_edit(ctx, session, unit)
        audit.record(
            ctx,
            session,
            "roster.unit.edit",
            "unit",
            unit.id,
            {"before": before, "after": {"name": unit.name, "kind": kind, "parent_id": parent_id}},
        )
        return UnitSaved(unit.id, unit.code, unit.name, unit.kind, unit.parent_id)


def _is_descendant(session: Session, candidate: str, ancestor: str) -> bool:
    current: str | None = candidate
    seen: set[str] = set()
    while current and current not in seen:
        if current == ancestor:
            return True
        seen.add(current)
        current = session.scalar(select(Unit.parent_id).where(Unit.id == current))
    return False


# ---------------------------------------------------------------- employees
def _get(session: Session, model: Any, row_id: str) -> Any:
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        raise NetraError(
            "not_found",
            "Data tidak ditemukan (mungkin sudah dihapus).",
            "Record not found (it may have been deleted).",
            id=row_id,
        )
    return row


def employee_by_nip(
    session: Session, nip: str | None, *, active_only: bool = False, excluding: str | None = None
) -> Employee | None:
    """The live employee whose NIP or NI PPPK is ``nip`` in any written form ("NIP. 19750427
    199904 1 001", dots, dashes, an Excel apostrophe, full-width digits), or None: nobody
    has it, or the text is not a whole NIP (:func:`desktop.domain.nip.as_nip`). The one
    lookup by NIP. ``active_only`` leaves inactive people out; ``excluding`` one person (the
    one being edited, when checking that a NIP is free)."""
    key = nipmod.as_nip(nip)
    if key is None:
        return None
    stmt = select(Employee).where(Employee.nip == key, Employee.deleted_at.is_(None))
    if active_only:
        stmt = stmt.where(Employee.active.is_(True))
    if excluding:
        stmt = stmt.where(Employee.id != excluding)
    return session.scalars(stmt.order_by(Employee.active.desc(), Employee.id).limit(1)).first()


def validate(session: Session, data: EmployeeInput, own_id: str | None = None) -> EmployeeInput:
    """Normalise and check an employee form; raises NetraError with an Indonesian reason."""
    name = " ".join(data.name.split())
    if not name:
        raise NetraError("missing_name", "Nama pegawai wajib diisi.", "The name is required.")
    if data.category not in r.CATEGORIES:
        raise NetraError(
            "category_invalid",
            f"Kategori '{data.category}' tidak dikenal.",
            f"Unknown category '{data.category}'.",
        )
    nip = None
    if data.nip and nipmod.normalize(data.nip):
        result = nipmod.parse(data.nip, office_today(session))
        if result.error is not None:
            raise NetraError(result.error.code, result.error.message, result.error.message)
        assert result.info is not None
        nip = result.info.nip
        if (result.info.kind == "PPPK") != (data.category == "PPPK") or data.category == "NON_ASN":
            raise NetraError(
                "nip_category_mismatch",
                f"NIP ini NIP {result.info.kind}, tidak cocok dengan kategori {data.category}.",
                "The NIP does not match the category.",
            )
        if employee_by_nip(session, nip, excluding=own_id) is not None:
            raise NetraError(
                "nip_taken",
                f"NIP {nip} sudah dipakai pegawai lain.",
                f"NIP {nip} belongs to another employee.",
                nip=nip,
            )
    elif data.category in r.ASN_CATEGORIES:
        raise NetraError(
            "nip_missing",
            f"Pegawai {data.category} wajib memiliki NIP.",
            f"A {data.category} employee needs a NIP.",
        )
    golongan = None
    if data.golongan and data.category != "NON_ASN":
        golongan = gol.normalize(data.golongan, data.category)
        if golongan is None:
            raise NetraError(
                "golongan_invalid",
                f"Golongan '{data.golongan}' tidak dikenali.",
                f"Unknown golongan '{data.golongan}'.",
            )
    _get(session, Unit, data.unit_id)
    return EmployeeInput(
        name=name,
        unit_id=data.unit_id,
        category=data.category,
        nip=nip,
        golongan=golongan,
        jabatan=" ".join(data.jabatan.split()),
        jabatan_kind=data.jabatan_kind or None,
        birth_date=data.birth_date,
        sex=data.sex or None,
        nik=data.nik or None,
        notes=data.notes.strip(),
    )


EDITABLE = (
    "name",
    "nip",
    "category",
    "golongan",
    "jabatan",
    "jabatan_kind",
    "unit_id",
    "birth_date",
    "sex",
    "nik",
    "notes",
)


def _snapshot(emp: Employee) -> dict[str, Any]:
    return {k: getattr(emp, k) for k in EDITABLE}


def add_employee(ctx: AppContext, data: EmployeeInput) -> RosterSaved:
    ctx.require("roster.edit")
    with ctx.tx() as session:
        clean = validate(session, data)
        emp = Employee(
            **{k: getattr(clean, k) for k in EDITABLE}, name_key=r.name_key(clean.name), active=True
        )
        stamp_new(ctx, session, emp)
        roster_sources.record_app_edit(
            ctx,
            session,
            emp.id,
            [k for k in EDITABLE if getattr(clean, k) not in (None, "")],
            "add",
        )
        audit.record(ctx, session, "roster.employee.add", "employee", emp.id, _snapshot(emp))
        return RosterSaved(emp.id)


def edit_employee(ctx: AppContext, employee_id: str, data: EmployeeInput) -> RosterSaved:
    ctx.require("roster.edit")
    with ctx.tx() as session:
        emp = _get(session, Employee, employee_id)
        clean = validate(session, data, own_id=employee_id)
        before = _snapshot(emp)
        for key in EDITABLE:
            setattr(emp, key, getattr(clean, key))
        emp.name_key = r.name_key(clean.name)
        after = _snapshot(emp)
        changed = {k: [before[k], after[k]] for k in EDITABLE if before[k] != after[k]}
        if not changed:
            return RosterSaved(emp.id, frozenset())
        stamp_edit(ctx, session, emp)
        roster_sources.record_app_edit(ctx, session, emp.id, changed, "edit")
        audit.record(ctx, session, "roster.employee.edit", "employee", emp.id, changed)
        return RosterSaved(emp.id)


def transfer(ctx: AppContext, employee_id: str, unit_id: str, note: str = "") -> RosterSaved:
    ctx.require("roster.edit")
    with ctx.tx() as session:
        emp = _get(session, Employee, employee_id)
        target = _get(session, Unit, unit_id)
        if emp.unit_id == target.id:
            return RosterSaved(emp.id, frozenset())
        before = emp.unit_id
        emp.unit_id = target.id
        stamp_edit(ctx, session, emp)
        roster_sources.record_app_edit(ctx, session, emp.id, ["unit_id"], "transfer")
        audit.record(
            ctx,
            session,
            "roster.employee.transfer",
            "employee",
            emp.id,
            {"from": before, "to": target.id, "to_code": target.code, "note": note},
        )
        return RosterSaved(emp.id)


def deactivate(ctx: AppContext, employee_id: str, reason: str, note: str = "") -> RosterSaved:
    ctx.require("roster.edit")
    if reason not in r.INACTIVE_REASONS:
        raise NetraError(
            "reason_invalid",
            f"Alasan '{reason}' tidak dikenal. Pilih: {', '.join(r.INACTIVE_REASONS)}.",
            f"Unknown reason '{reason}'.",
            reasons=list(r.INACTIVE_REASONS),
        )
    with ctx.tx() as session:
        emp = _get(session, Employee, employee_id)
        emp.active, emp.inactive_reason = False, reason
        if note:
            emp.notes = f"{emp.notes}\n{note}".strip()
        stamp_edit(ctx, session, emp)
        roster_sources.record_app_edit(ctx, session, emp.id, ["active"], "deactivate")
        audit.record(
            ctx,
            session,
            "roster.employee.deactivate",
            "employee",
            emp.id,
            {"reason": reason, "note": note},
        )
        return RosterSaved(emp.id)


def reactivate(ctx: AppContext, employee_id: str) -> RosterSaved:
    ctx.require("roster.edit")
    with ctx.tx() as session:
        emp = _get(session, Employee, employee_id)
        if emp.active:
            return RosterSaved(emp.id, frozenset())
        previous = emp.inactive_reason
        emp.active, emp.inactive_reason = True, None
        stamp_edit(ctx, session, emp)
        roster_sources.record_app_edit(ctx, session, emp.id, ["active"], "reactivate")
        audit.record(
            ctx,
            session,
            "roster.employee.reactivate",
            "employee",
            emp.id,
            {"previous_reason": previous},
        )
        return RosterSaved(emp.id)


def get_employee(ctx: AppContext, employee_id: str) -> EmployeeDetail:
    ctx.require("view")
    with ctx.read() as session:
        emp = _get(session, Employee, employee_id)
        unit = session.get(Unit, emp.unit_id)
        data = EmployeeInput(**{k: getattr(emp, k) for k in EDITABLE})
        return EmployeeDetail(
            emp.id,
            data,
            emp.active,
            emp.inactive_reason,
            unit.code if unit else "",
            unit.name if unit else "",
            emp.revision,
        )


# ---------------------------------------------------------------- search
_ROW_COLUMNS = (
    Employee.id,
    Employee.nip,
    Employee.name,
    Employee.category,
    Employee.golongan,
    Employee.jabatan,
    Unit.code,
    Unit.name,
    Employee.active,
)


def _filtered(stmt: Select[*_Ts], q: RosterQuery) -> Select[*_Ts]:
    stmt = stmt.where(Employee.deleted_at.is_(None))
    if q.status == "active":
        # "= 1" (not "IS 1") lets SQLite use ix_employee_search for the filter and the order.
        stmt = stmt.where(Employee.active == True)  # noqa: E712
    elif q.status == "inactive":
        stmt = stmt.where(Employee.active == False)  # noqa: E712
    if q.unit_ids is not None:
        stmt = stmt.where(Employee.unit_id.in_(q.unit_ids))
    if q.categories:
        stmt = stmt.where(Employee.category.in_(q.categories))
    conditions = []
    # A whole NIP in any written form is read by the one NIP reader; other text by words.
    whole = nipmod.as_nip(q.search) if q.search else None
    for term in [whole] if whole else r.search_terms(q.search):
        if term.isdigit() and len(term) >= 4:
            conditions.append(
                or_(
                    Employee.nip.startswith(term, autoescape=True),
                    Employee.name_key.contains(term, autoescape=True),
                )
            )
        else:
            conditions.append(Employee.name_key.contains(term, autoescape=True))
    if conditions:
        stmt = stmt.where(and_(*conditions))
    return stmt


def _order(q: RosterQuery) -> list[Any]:
    column = {
        "name": Employee.name_key,
        "nip": Employee.nip,
        "category": Employee.category,
        "golongan": Employee.golongan,
        "jabatan": Employee.jabatan,
        "unit": Unit.name,
        "active": Employee.active,
    }.get(q.sort, Employee.name_key)
    primary = column.desc() if q.descending else column.asc()
    return [primary, Employee.id]


def count(session: Session, q: RosterQuery) -> int:
    stmt = _filtered(select(func.count()).select_from(Employee), q)
    return int(session.scalar(stmt) or 0)


def fetch(session: Session, q: RosterQuery, offset: int, limit: int) -> list[EmployeeRow]:
    stmt = _filtered(select(*_ROW_COLUMNS).join(Unit, Unit.id == Employee.unit_id), q)
    stmt = stmt.order_by(*_order(q)).offset(offset).limit(limit)
    return [EmployeeRow(*row) for row in session.execute(stmt)]


def search(ctx: AppContext, q: RosterQuery, offset: int = 0, limit: int = 200) -> RosterPage:
    ctx.require("view")
    with ctx.read() as session:
        rows = fetch(session, q, offset, limit)
        # A short page is the whole rest of the result: no second scan to count it. As the
        # user types, the matches narrow quickly, so most keystrokes cost one scan.
        short = len(rows) < limit and (rows or offset == 0)
        total = offset + len(rows) if short else count(session, q)
        return RosterPage(total, offset, rows)


def find_person(ctx: AppContext, key: str, active_only: bool = False) -> EmployeeRow:
    """One person from what a user types: the id ``netra roster list --json`` prints, a NIP
    or NI PPPK in any written form ("NIP. 19750427 199904 1 001"), a NIK (non-ASN staff have
    no NIP), or part of a name that only one person matches. Anything else is an error that
    names the candidates (``person_unknown``, an alias of ``employee_not_found``)."""
    ctx.require("view")
    text = (key or "").strip()
    status = "active" if active_only else "all"
    if not text:
        raise NetraError("person_empty", "Sebutkan NIP, id, atau nama pegawai.")
    digits = nipmod.normalize(text)
    with ctx.read() as session:
        stmt = select(*_ROW_COLUMNS).join(Unit, Unit.id == Employee.unit_id)
        stmt = _filtered(stmt, RosterQuery(status=status))
        exact = [EmployeeRow(*row) for row in session.execute(stmt.where(Employee.id == text))]
        if not exact and nipmod.is_digits(digits):
            owner = employee_by_nip(session, digits, active_only=active_only)
            match = Employee.id == owner.id if owner is not None else Employee.nik == digits
            exact = [EmployeeRow(*row) for row in session.execute(stmt.where(match))]
        if len(exact) == 1:
            return exact[0]
        rows = exact or fetch(session, RosterQuery(search=text, status=status), 0, 6)
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise EMPLOYEE_NOT_FOUND.error(emitted="person_unknown", employee=text)
    shown = "; ".join(f"{row.name} ({row.nip or row.id})" for row in rows[:5])
    more = " …" if len(rows) > 5 else ""
    raise NetraError(
        "person_ambiguous",
        f"'{text}' cocok dengan lebih dari satu pegawai: {shown}{more}. "
        "Pakai NIP atau id dari 'netra roster list --json'.",
        f"'{text}' matches several employees.",
    )


def nip_owner(ctx: AppContext, nip: str, own_id: str | None = None) -> EmployeeRow | None:
    """The person (live, other than ``own_id``) who already has this NIP or NI PPPK, in any
    written form; None when nobody has it or the text is not a whole NIP. The employee
    form asks this as the NIP is typed, so that a NIP taken by someone else is not shown
    as valid until Save refuses it."""
    ctx.require("view")
    with ctx.read() as session:
        owner = employee_by_nip(session, nip, excluding=own_id)
        if owner is None:
            return None
        stmt = select(*_ROW_COLUMNS).join(Unit, Unit.id == Employee.unit_id)
        row = session.execute(stmt.where(Employee.id == owner.id)).first()
        return EmployeeRow(*row) if row else None


def unit_query(ctx: AppContext, unit_code: str | None) -> list[str] | None:
    """Ids of a live unit and every live unit under it (``--unit CODE``), or None for all
    units; an unknown or deleted code is ``unit_not_found``."""
    if not unit_code:
        return None
    ctx.require("view")
    with ctx.read() as session:
        root_id = unit_queries.unit_by_code(session, unit_code).id
        ids = unit_queries.subtree_ids(session, root_id)
    return [root_id, *sorted(ids - {root_id})]


def fetch_rows(ctx: AppContext, q: RosterQuery, offset: int, limit: int) -> list[EmployeeRow]:
    """One page of the table (no count): what the lazy table model asks for while scrolling."""
    ctx.require("view")
    with ctx.read() as session:
        return fetch(session, q, offset, limit)
