"""Who is in a signing event and where each person stands: signed, refused or not yet.

An event covers its units and all their sub-units (no unit: the whole office). A person's
standing for an election is read from the signature records of the template version they
sign (the non-ASN variant for non-ASN staff): a void cancels the record it supersedes, and
a signature in force beats an earlier refusal.

A person who signed twice (on two kiosks that could not see each other's records, which
merged later) is a **double signing**: both records are kept as evidence, the person counts
once (the earliest signature, by ``created_at`` then id, is the one in force), and every later
signature in force is flagged for the operator to void with a reason (:func:`double_flags`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.roster import name_key, search_terms
from desktop.services import unit_queries
from desktop.services.context import AppContext
from desktop.services.signing.setup import get_event_row
from desktop.store import aliases
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
    """Ids of the covered units and all their live descendants (None: the whole office)."""
    if not codes:
        return None
    roots = unit_queries.units_by_code(session, codes)
    return unit_queries.subtree_ids(session, [u.id for u in roots.values()])


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
    roots = session.scalars(select(Unit.id).where(Unit.origin == event.origin, unit_queries.live()))
    return unit_queries.subtree_ids(session, list(roots))


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


def _order(record: SignatureRecord) -> tuple[datetime, str]:
    return record.created_at, record.id


def live_signatures(records: Iterable[SignatureRecord]) -> list[SignatureRecord]:
    """One person's signatures not voided, earliest first (``created_at``, then id): the
    first is the one in force, any other is a double signing (:func:`double_flags`)."""
    records = list(records)
    voided = {r.supersedes_id for r in records if r.kind == VOID}
    return sorted((r for r in records if r.kind == SIGNED and r.id not in voided), key=_order)


def effective_record(records: list[SignatureRecord]) -> SignatureRecord | None:
    """The record in force among one person's records: a signature beats a refusal; of two
    signatures (a double signing across kiosks) the earlier one."""
    voided = {r.supersedes_id for r in records if r.kind == VOID}
    live = [r for r in records if r.kind != VOID and r.id not in voided]
    signed = live_signatures(records)
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
    elections = aliases.ids_for(
        session, "election", aliases.resolve(session, "election", election_id)
    )
    query = select(SignatureRecord).where(SignatureRecord.election_id.in_(elections))
    if employee_id is not None:
        query = query.where(SignatureRecord.employee_id == employee_id)
    templates = aliases.alias_map(session, "pact_template")
    out: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in session.scalars(query):
        out[(r.employee_id, templates.get(r.template_id, r.template_id))].append(r)
    return out


def double_flags(
    session: Session, election_id: str | None = None
) -> list[tuple[SignatureRecord, SignatureRecord]]:
    """The open double signings, the latest last: ``(signature in force, later signature)``
    for every person with two or more signatures not voided for one election and template
    version (from different devices, or one). Of ``election_id`` (and the ids mapped onto
    it), or of every election. Only the people with two signatures are read."""
    elections: list[str] | None = None
    twice = select(SignatureRecord.employee_id).where(SignatureRecord.kind == SIGNED)
    if election_id is not None:
        elections = aliases.ids_for(
            session, "election", aliases.resolve(session, "election", election_id)
        )
        twice = twice.where(SignatureRecord.election_id.in_(elections))
    twice = twice.group_by(SignatureRecord.employee_id).having(func.count() > 1)
    query = select(SignatureRecord).where(SignatureRecord.employee_id.in_(twice))
    if elections is not None:
        query = query.where(SignatureRecord.election_id.in_(elections))
    election_of = aliases.alias_map(session, "election")
    template_of = aliases.alias_map(session, "pact_template")
    groups: dict[tuple[str, str, str], list[SignatureRecord]] = defaultdict(list)
    for r in session.scalars(query):
        key = (
            election_of.get(r.election_id, r.election_id),
            r.employee_id,
            template_of.get(r.template_id, r.template_id),
        )
        groups[key].append(r)
    out: list[tuple[SignatureRecord, SignatureRecord]] = []
    for records in groups.values():
        signed = live_signatures(records)
        out.extend((signed[0], later) for later in signed[1:])
    return sorted(out, key=lambda pair: _order(pair[1]))


def event_double_flags(
    session: Session, event: SigningEvent
) -> list[tuple[SignatureRecord, SignatureRecord]]:
    """The open double signings with a signature made at ``event``."""
    return [
        (kept, later)
        for kept, later in double_flags(session, event.election_id)
        if event.id in (kept.event_id, later.event_id)
    ]


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
    # Later signatures of people who signed twice (counted once above), to be voided.
    double_signings: int = 0

    @property
    def unsigned(self) -> int:
        return self.total - self.signed - self.refused

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "unsigned": self.unsigned}


def progress(ctx: AppContext, event_id: str) -> list[UnitProgress]:
    """Signed / refused / not yet, per unit (the first row is the whole event). A person
    who signed twice counts once; ``double_signings`` counts the later signatures still to
    be voided (the whole event's row: all of them)."""
    ctx.require("view")
    with ctx.read() as session:
        event = get_event_row(session, event_id)
        flags = [later.employee_id for _kept, later in event_double_flags(session, event)]
        everyone = _people(session, event)
    units: dict[tuple[str, str], list[Person]] = defaultdict(list)
    for p in everyone:
        units[(p.unit_code, p.unit_name)].append(p)

    def count(code: str, name: str, group: list[Person]) -> UnitProgress:
        ids = {p.employee_id for p in group}
        return UnitProgress(
            code,
            name,
            len(group),
            sum(p.status == SIGNED for p in group),
            sum(p.status == REFUSED for p in group),
            sum(e in ids for e in flags),
        )

    total = count("", "Semua unit", everyone)
    total = UnitProgress(
        total.unit_code, total.unit_name, total.total, total.signed, total.refused, len(flags)
    )
    return [total, *(count(c, n, g) for (c, n), g in sorted(units.items()))]


def signed_count(ctx: AppContext, event_id: str) -> tuple[int, int]:
    """(signed, total) for the event's counter."""
    everyone = people(ctx, event_id)
    return sum(p.status == SIGNED for p in everyone), len(everyone)
