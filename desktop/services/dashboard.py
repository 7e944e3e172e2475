"""Figures for the home page, read straight from the models in one short read transaction.

Each area's own service owns its rules; this module only counts, so the dashboard works
before and after those services exist and never writes anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.services.context import AppContext
from desktop.services.office import OfficeInfo, info_from
from desktop.store.models import CaseFile, Employee, SignatureRecord, SigningEvent, SyncLedger, Unit

#: Case states after which a report needs no more work.
CLOSED_STATES = frozenset({"selesai", "ditutup", "dihentikan", "ditolak", "dibatalkan", "arsip"})
#: An open report older than this (calendar days since received) is shown as overdue.
OVERDUE_DAYS = 14
RECENT_EVENTS = 5


@dataclass(frozen=True)
class EventProgress:
    name: str
    event_date: date
    place: str
    expected: int
    signed: int
    refused: int

    @property
    def percent(self) -> int:
        return round(100 * self.signed / self.expected) if self.expected else 0


@dataclass(frozen=True)
class Dashboard:
    office: OfficeInfo
    employees: int
    units: int
    employees_by_category: dict[str, int]
    events: list[EventProgress] = field(default_factory=list)
    open_cases: int = 0
    overdue_cases: int = 0
    last_sync_out: datetime | None = None
    last_sync_in: datetime | None = None


def _event_progress(session: Session, event: SigningEvent) -> EventProgress:
    unit_codes = json.loads(event.unit_codes_json or "[]")
    employees = select(func.count(Employee.id)).where(
        Employee.deleted_at.is_(None), Employee.active.is_(True)
    )
    if unit_codes:
        employees = employees.join(Unit, Unit.id == Employee.unit_id).where(
            Unit.code.in_(unit_codes)
        )
    voided = select(SignatureRecord.supersedes_id).where(
        SignatureRecord.kind == "void", SignatureRecord.supersedes_id.is_not(None)
    )

    def count(kind: str) -> int:
        return (
            session.scalar(
                select(func.count(func.distinct(SignatureRecord.employee_id))).where(
                    SignatureRecord.event_id == event.id,
                    SignatureRecord.kind == kind,
                    SignatureRecord.id.not_in(voided),
                )
            )
            or 0
        )

    return EventProgress(
        event.name,
        event.event_date,
        event.place,
        session.scalar(employees) or 0,
        count("signed"),
        count("refused"),
    )


def summary(ctx: AppContext, today: date | None = None) -> Dashboard:
    ctx.require("view")
    today = today or date.today()
    with ctx.read() as session:
        office = info_from(ctx.office(session))
        live = Employee.deleted_at.is_(None) & Employee.active.is_(True)
        by_category = dict(
            session.execute(
                select(Employee.category, func.count(Employee.id))
                .where(live)
                .group_by(Employee.category)
            )
            .tuples()
            .all()
        )
        units = session.scalar(select(func.count(Unit.id)).where(Unit.deleted_at.is_(None))) or 0
        events = session.scalars(
            select(SigningEvent)
            .where(SigningEvent.deleted_at.is_(None))
            .order_by(SigningEvent.event_date.desc())
            .limit(RECENT_EVENTS)
        ).all()
        open_filter = CaseFile.deleted_at.is_(None) & CaseFile.state.not_in(CLOSED_STATES)
        open_cases = session.scalar(select(func.count(CaseFile.id)).where(open_filter)) or 0
        overdue = (
            session.scalar(
                select(func.count(CaseFile.id)).where(
                    open_filter, CaseFile.received_date < today - timedelta(days=OVERDUE_DAYS)
                )
            )
            or 0
        )

        def last(direction: str) -> datetime | None:
            return session.scalar(
                select(func.max(SyncLedger.created_at)).where(SyncLedger.direction == direction)
            )

        return Dashboard(
            office=office,
            employees=sum(by_category.values()),
            units=units,
            employees_by_category=by_category,
            events=[_event_progress(session, e) for e in events],
            open_cases=open_cases,
            overdue_cases=overdue,
            last_sync_out=last("out"),
            last_sync_in=last("in"),
        )
