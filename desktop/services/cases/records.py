"""Low-level record access for violation reports, shared by every case module.

Finding a case, reading its history (``CaseStep``), its proven codes, its newest
examination plan and decision, appending a workflow step, the superseding decision row that
records the SK delivery, and the rulebook/calendar adapters. The other case modules
(:mod:`case_evidence`, :mod:`case_exam`, :mod:`case_sanctions`, :mod:`case_deadlines`) import
this one at the top; the read model and the commands (:mod:`cases`) sit above them all. This
module imports no other case module.

List views load what they need for many cases at once into a :class:`CasePrefetch` and pass
it explicitly (``pre=``) to the readers here; without it they query the database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import nip as nipmod
from desktop.domain import sanctions, workdays, workflow
from desktop.domain.case_view import Person
from desktop.domain.errors import NetraError
from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import DISCIPLINE_TYPES
from desktop.services import audit, rules
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.records import append_evidence, stamp_edit
from desktop.services.roster import employee_by_nip
from desktop.store.models import CaseDecision, CaseFile, CaseStep, Employee, Unit

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def bad(code: str, message_id: str, message_en: str, **details: Any) -> NetraError:
    return NetraError(code, message_id, message_en, **details)


# ---------------------------------------------------------------------------- rules adapter
def active_book(ctx: AppContext, session: Session) -> Rulebook:
    """The active rulebook."""
    return rules.active_rulebook_in(ctx, session)


def names_book(ctx: AppContext, session: Session) -> Rulebook:
    """The rulebook whose names the case documents and the read model print: the active one
    with the kabupaten's local PPPK layer on top, as the engine uses it (a layer may rename a
    type through ``type_names``; the identity stays the national rulebook's)."""
    return rules.effective_rulebook_in(ctx, session)


def rulebook_codes(ctx: AppContext, session: Session) -> list[str]:
    book = active_book(ctx, session)
    return sorted(book.codes, key=workflow.code_sort_key)


def office_calendar(ctx: AppContext, session: Session) -> workdays.Calendar:
    return rules.calendar_in(ctx, session)


def type_label(
    sanction_type: str, category: str | None = None, book: Rulebook | None = None
) -> str:
    """The sanction type's name from the rulebook (``book``, normally :func:`names_book`; the
    shipped one when none is given), in the category's wording, as a label (capitalised). The
    names live only in the rulebook; see :func:`desktop.domain.sanctions.sanction_label`."""
    return sanctions.sanction_label(book or rules.shipped_rulebook(), sanction_type, category)


# ---------------------------------------------------------------------------- results
class Changed(StrEnum):
    """What a case command changed."""

    CREATED = "created"  # a new case (with its evidence files)
    STAGE = "stage"  # a workflow step moved the case to another stage
    EMPLOYEE = "employee"  # the reported person was linked to the roster
    SCHEDULE = "schedule"  # a summons/examination plan was recorded (stage kept)


@dataclass(frozen=True)
class CaseChange:
    """The result of a case command: which case, what changed, the stage it is in now.
    Callers that need the whole case read it with :func:`desktop.services.cases.show`."""

    case_id: str
    number: str
    what: Changed
    state: str
    # what the GUI reloads (not in to_json)
    changes: frozenset[Area] = field(default=frozenset({Area.CASES}), compare=False)

    @classmethod
    def of(cls, row: CaseFile, what: Changed) -> CaseChange:
        return cls(row.id, row.number, what, row.state)

    def to_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "number": self.number, "what": str(self.what),
                "state": self.state}  # fmt: skip


# ---------------------------------------------------------------------------- prefetch
@dataclass(frozen=True)
class CasePrefetch:
    """What the read model needs for many cases, loaded in four queries (list views).

    Passed explicitly to :func:`proven_codes`, :func:`schedule_of`, :func:`latest_decision`
    and :func:`person_of`; a case missing from it has no proven codes, no plan and no
    decision (it was loaded for every listed case)."""

    employees: dict[str, Person] = field(default_factory=dict)
    proven: dict[str, list[str]] = field(default_factory=dict)
    schedules: dict[str, dict[str, Any]] = field(default_factory=dict)
    decisions: dict[str, CaseDecision] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session, rows: Sequence[CaseFile]) -> CasePrefetch:
        case_ids = [r.id for r in rows]
        emp_ids = {r.employee_id for r in rows if r.employee_id}
        emps = session.scalars(select(Employee).where(Employee.id.in_(emp_ids))).all()
        units = {
            u.id: u.name
            for u in session.scalars(select(Unit).where(Unit.id.in_({e.unit_id for e in emps})))
        }
        proven: dict[str, list[str]] = {}
        schedules: dict[str, dict[str, Any]] = {}
        for case_id, codes, data in session.execute(
            select(CaseStep.case_id, CaseStep.proven_codes_json, CaseStep.data_json)
            .where(CaseStep.case_id.in_(case_ids))
            .order_by(CaseStep.created_at, CaseStep.chain_seq)
        ):
            if codes and codes != "[]":
                proven[case_id] = json.loads(codes)
            if '"examination"' in data:
                schedules[case_id] = json.loads(data)
        decisions: dict[str, CaseDecision] = {}
        for dec in session.scalars(
            select(CaseDecision)
            .where(CaseDecision.case_id.in_(case_ids))
            .order_by(CaseDecision.created_at, CaseDecision.chain_seq)
        ):
            decisions[dec.case_id] = dec
        return cls(
            employees={e.id: person(e, units.get(e.unit_id, "")) for e in emps},
            proven=proven,
            schedules=schedules,
            decisions=decisions,
        )


# ---------------------------------------------------------------------------- lookup
def find_case(session: Session, ref: str) -> CaseFile:
    """A case by UUID or by its number (``81.08.06/2024/0007``)."""
    ref = ref.strip()
    row: CaseFile | None = None
    if _UUID.match(ref.lower()):
        row = session.get(CaseFile, ref.lower())
    if row is None:
        row = session.scalars(select(CaseFile).where(CaseFile.number == ref)).first()
    if row is None or row.deleted_at is not None:
        raise bad(
            "case_not_found",
            f"Laporan '{ref}' tidak ditemukan.",
            f"Case '{ref}' not found.",
            ref=ref,
        )
    return row


def steps_of(session: Session, case_id: str) -> list[CaseStep]:
    return list(
        session.scalars(
            select(CaseStep)
            .where(CaseStep.case_id == case_id)
            .order_by(CaseStep.created_at, CaseStep.chain_seq)
        )
    )


def schedule_of(session: Session, case_id: str, pre: CasePrefetch | None = None) -> dict[str, Any]:
    """The newest summons/examination plan recorded for a case (``{}`` when none)."""
    if pre is not None:
        return dict(pre.schedules.get(case_id, {}))
    for step in reversed(steps_of(session, case_id)):
        if '"examination"' in step.data_json:
            return dict(json.loads(step.data_json))
    return {}


def proven_codes(session: Session, case_id: str, pre: CasePrefetch | None = None) -> list[str]:
    if pre is not None:
        return list(pre.proven.get(case_id, []))
    for step in reversed(steps_of(session, case_id)):
        codes = json.loads(step.proven_codes_json)
        if codes:
            return list(codes)
    return []


def latest_decision(
    session: Session, case_id: str, pre: CasePrefetch | None = None
) -> CaseDecision | None:
    if pre is not None:
        return pre.decisions.get(case_id)
    return session.scalars(
        select(CaseDecision)
        .where(CaseDecision.case_id == case_id)
        .order_by(CaseDecision.created_at.desc(), CaseDecision.chain_seq.desc())
    ).first()


# ---------------------------------------------------------------------------- employees
def unit_name(session: Session, emp: Employee) -> str:
    unit = session.get(Unit, emp.unit_id)
    return unit.name if unit else ""


def person(emp: Employee, unit: str) -> Person:
    """The reported person of the read model, from the roster row and its unit's name."""
    return Person(emp.id, emp.nip, emp.name, emp.category, emp.golongan, emp.jabatan, unit)


def person_of(
    session: Session, employee_id: str | None, pre: CasePrefetch | None = None
) -> Person | None:
    if not employee_id:
        return None
    if pre is not None and employee_id in pre.employees:
        return pre.employees[employee_id]
    emp = session.get(Employee, employee_id)
    if emp is None:
        return None
    return person(emp, unit_name(session, emp))


def find_employee(session: Session, employee_id: str | None, nip: str | None) -> Employee | None:
    if employee_id:
        emp = session.get(Employee, employee_id)
        if emp is None or emp.deleted_at is not None:
            raise bad(
                "employee_not_found",
                f"Pegawai dengan id '{employee_id}' tidak ada.",
                f"No employee with id '{employee_id}'.",
            )
        return emp
    if nip:
        emp = employee_by_nip(session, nip)
        digits = nipmod.as_nip(nip) or nip.strip()
        if emp is None:
            raise bad(
                "employee_not_found",
                f"Pegawai dengan NIP {digits} tidak ada di daftar pegawai. Tulis namanya "
                "saja (--reported-name); laporan dapat ditautkan kemudian.",
                f"No employee with NIP {digits} on the roster. Give the name instead "
                "(--reported-name); the case can be linked later.",
            )
        return emp
    return None


# ---------------------------------------------------------------------------- codes
def check_codes(ctx: AppContext, session: Session, codes: list[str]) -> list[str]:
    codes = workflow.parse_codes(codes)
    known = rulebook_codes(ctx, session)
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise bad(
            "unknown_code",
            f"Kode pelanggaran tidak dikenal: {', '.join(unknown)}. Kode yang sah: "
            f"{', '.join(known)}.",
            f"Unknown violation code(s): {', '.join(unknown)}. Valid: {', '.join(known)}.",
            unknown=unknown,
            valid=known,
        )
    return sorted(codes, key=workflow.code_sort_key)


# ---------------------------------------------------------------------------- appending
def move(
    ctx: AppContext,
    session: Session,
    row: CaseFile,
    to_state: str,
    note: str,
    proven: list[str] | None,
    data: dict[str, Any] | None = None,
) -> CaseStep:
    """Append one workflow step inside an open transaction (checks the rule and the role)."""
    rule = workflow.transition(row.state, to_state)
    actor = ctx.require(rule.permission)
    if proven is not None:
        proven = check_codes(ctx, session, proven)
    codes = workflow.resolve_proven(rule, proven, proven_codes(session, row.id))
    step = append_evidence(
        ctx,
        session,
        CaseStep(
            case_id=row.id,
            from_state=row.state,
            to_state=to_state,
            actor=actor.username,
            note=note.strip(),
            proven_codes_json=json.dumps(codes),
            data_json=json.dumps(data or {}, ensure_ascii=False, sort_keys=True, default=str),
        ),
    )
    row.state = to_state
    stamp_edit(ctx, session, row)
    audit.record(
        ctx,
        session,
        "case.advance",
        "case_file",
        row.id,
        {"from": step.from_state, "to": to_state, "proven": codes},
    )
    return step


def _period(book: Any, key: str, default_days: int) -> tuple[int, str]:
    for rule in getattr(book, "deadlines", ()):
        if rule.key == key:
            return rule.days, rule.counting
    return default_days, "working"


def decision_dates(
    cal: workdays.Calendar,
    book: Any,
    sanction_type: str,
    sk_date: date,
    delivered: date | None,
) -> dict[str, date | None]:
    """Delivery limit (rulebook ``delivery``: 14 working days after the SK), the effective
    date (``effective``: the 15th working day after delivery; counted from the SK date while
    delivery is not recorded) and the end date (effective + 6/9/12 months for types 4-8).
    Only discipline types run on these PP 94/2021 clocks."""
    if sanction_type not in DISCIPLINE_TYPES:  # moral and contract sanctions: no PP 94 clock
        return {"delivery_due": None, "effective": None, "end": None}
    days, counting = _period(book, "delivery", 14)
    delivery_due = workdays.add_days(cal, sk_date, days, counting)
    days, counting = _period(book, "effective", 15)
    base = delivered if delivered is not None else sk_date
    effective = workdays.add_days(cal, base, days, counting)
    return {
        "delivery_due": delivery_due,
        "effective": effective,
        "end": sanctions.end_date(sanction_type, effective),
    }


def record_delivery(
    ctx: AppContext, session: Session, case: CaseFile, delivered: date
) -> CaseDecision:
    """A superseding decision row carrying the delivery date and the recomputed dates."""
    ctx.require("case.decide")
    dec = latest_decision(session, case.id)
    if dec is None:
        raise NetraError(
            "decision_required",
            "Laporan ini belum memiliki keputusan.",
            "This case has no decision yet.",
        )
    if delivered < dec.sk_date:
        raise NetraError(
            "delivered_before_sk",
            "Tanggal penyampaian tidak boleh sebelum tanggal SK.",
            "The delivery date cannot be before the SK date.",
        )
    dates = decision_dates(
        office_calendar(ctx, session),
        active_book(ctx, session),
        dec.sanction_type,
        dec.sk_date,
        delivered,
    )
    actor = ctx.require("case.decide")
    row = append_evidence(
        ctx,
        session,
        CaseDecision(
            case_id=case.id,
            sanction_type=dec.sanction_type,
            moral=dec.moral,
            justification=dec.justification,
            sk_number=dec.sk_number,
            sk_date=dec.sk_date,
            decided_by=dec.decided_by,
            recorded_by=actor.username,
            delivered_date=delivered,
            effective_date=dates["effective"],
            end_date=dates["end"],
            rulebook_version=dec.rulebook_version,
            supersedes_id=dec.id,
        ),
    )
    audit.record(
        ctx,
        session,
        "case.delivered",
        "case_file",
        case.id,
        {"decision_id": row.id, "supersedes": dec.id, "delivered": delivered},
    )
    return row
