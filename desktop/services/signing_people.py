"""Who is in a signing event and where each person stands: signed, refused or not yet.

An event covers its units and all their sub-units (no unit: the whole office). A person's
standing for an election is read from the signature records of the template version they
sign (the non-ASN variant for non-ASN staff): a void cancels the record it supersedes, and
a signature in force beats an earlier refusal.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.roster import name_key, search_terms
from desktop.services import reference
from desktop.services.context import AppContext
from desktop.services.signing_setup import get_event_row
from desktop.store.models import Employee, Office, SignatureRecord, SigningEvent, Unit

SIGNED, REFUSED, VOID = "signed", "refused", "void"


@dataclass(frozen=True)
class Person:
    employee_id: str
    name: str
    nip: str | None
    category: str
    jabatan: str
    unit_code: str
    unit_name: str
    status: str  # signed | refused | unsigned
    record_id: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------- who is in an event


def _unit_ids(session: Session, codes: list[str]) -> set[str] | None:
    """Ids of the covered units and all their descendants (None: the whole office)."""
    if not codes:
        return None
    units = session.execute(
        select(Unit.id, Unit.code, Unit.parent_id).where(Unit.deleted_at.is_(None))
    ).all()
    children: dict[str | None, list[str]] = defaultdict(list)
    for uid, _code, parent in units:
        children[parent].append(uid)
    todo = [uid for uid, code, _p in units if code in set(codes)]
    found: set[str] = set()
    while todo:
        uid = todo.pop()
        if uid not in found:
            found.add(uid)
            todo.extend(children.get(uid, []))
    return found


def event_unit_ids(session: Session, event: SigningEvent) -> set[str] | None:
    """The units an event covers (with their sub-units); None: everyone here. An event
    with no units covers the office that made it: at a hub, which holds every office's
    roster, that is the units that office made (and their sub-units)."""
    codes = json.loads(event.unit_codes_json or "[]")
    if codes:
        return _unit_ids(session, codes)
    office = session.execute(select(Office.code, Office.role)).first()
    if office is None or office.role != "hub" or event.origin == office.code:
        return None
    roots = session.scalars(
        select(Unit.code).where(Unit.origin == event.origin, Unit.deleted_at.is_(None))
    ).all()
    return _unit_ids(session, list(roots)) or set()


def _employees(session: Session, event: SigningEvent) -> list[tuple[Employee, Unit]]:
    query = (
        select(Employee, Unit)
        .join(Unit, Employee.unit_id == Unit.id)
        .where(Employee.active.is_(True), Employee.deleted_at.is_(None))
    )
    ids = event_unit_ids(session, event)
    if ids is not None:
        query = query.where(Employee.unit_id.in_(ids))
    return [(e, u) for e, u in session.execute(query.order_by(Unit.code, Employee.name))]


def template_for(event: SigningEvent, employee: Employee) -> str:
    if employee.category == "NON_ASN" and event.template_non_asn_id:
        return event.template_non_asn_id
    return event.template_id


def effective_record(records: list[SignatureRecord]) -> SignatureRecord | None:
    """The record in force among one person's records: a signature beats a refusal."""
    voided = {r.supersedes_id for r in records if r.kind == VOID}
    live = [r for r in records if r.kind != VOID and r.id not in voided]
    signed = [r for r in live if r.kind == SIGNED]
    if signed:
        return signed[0]
    refused = sorted((r for r in live if r.kind == REFUSED), key=lambda r: r.created_at)
    return refused[-1] if refused else None


def records_by_person(
    session: Session, election_id: str, employee_id: str | None = None
) -> dict[tuple[str, str], list[Any]]:
    """One person's records per (employee, template) for an election. Records keep the
    election and template ids they were sealed with (another office's, or this laptop's
    before shipped rows got one id everywhere): both resolve through the aliases."""
    elections = reference.ids_for(
        session, "election", reference.resolve(session, "election", election_id)
    )
    query = select(SignatureRecord).where(SignatureRecord.election_id.in_(elections))
    if employee_id is not None:
        query = query.where(SignatureRecord.employee_id == employee_id)
    templates = reference.alias_map(session, "pact_template")
    out: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in session.scalars(query):
        out[(r.employee_id, templates.get(r.template_id, r.template_id))].append(r)
    return out


def _people(session: Session, event: SigningEvent) -> list[Person]:
    by_person = records_by_person(session, event.election_id)
    out = []
    for emp, unit in _employees(session, event):
        rec = effective_record(by_person.get((emp.id, template_for(event, emp)), []))
        status = "unsigned" if rec is None else rec.kind
        out.append(
            Person(
                emp.id,
                emp.name,
                emp.nip,
                emp.category,
                emp.jabatan,
                unit.code,
                unit.name,
                status,
                rec.id if rec else None,
            )
        )
    return out


def _matches(words: list[str], key: str, nip: str) -> bool:
    return all(w in key or w in nip for w in words)


def people(
    ctx: AppContext,
    event_id: str,
    query: str = "",
    status: str | None = None,
    limit: int | None = None,
) -> list[Person]:
    """The event's people, filtered by part of a name or NIP, and by status."""
    ctx.require("view")
    with ctx.read() as session:
        found = _people(session, get_event_row(session, event_id))
    words = search_terms(query)  # as the roster page searches: a NIP with spaces is one word
    if words:
        found = [p for p in found if _matches(words, name_key(p.name), p.nip or "")]
    if status:
        found = [p for p in found if p.status == status]
    return found[:limit] if limit else found


@dataclass(frozen=True)
class UnitProgress:
    unit_code: str
    unit_name: str
    total: int
    signed: int
    refused: int

    @property
    def unsigned(self) -> int:
        return self.total - self.signed - self.refused

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "unsigned": self.unsigned}


def progress(ctx: AppContext, event_id: str) -> list[UnitProgress]:
    """Signed / refused / not yet, per unit (the first row is the whole event)."""
    everyone = people(ctx, event_id)
    units: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for p in everyone:
        units[(p.unit_code, p.unit_name)].append(p)

    def count(code: str, name: str, group: list[Person]) -> UnitProgress:
        return UnitProgress(
            code,
            name,
            len(group),
            sum(p.status == SIGNED for p in group),
            sum(p.status == REFUSED for p in group),
        )

    total = count("", "Semua unit", everyone)
    return [total, *(count(c, n, g) for (c, n), g in sorted(units.items()))]


def signed_count(ctx: AppContext, event_id: str) -> tuple[int, int]:
    """(signed, total) for the event's counter."""
    everyone = people(ctx, event_id)
    return sum(p.status == SIGNED for p in everyone), len(everyone)
