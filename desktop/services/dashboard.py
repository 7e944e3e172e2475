"""Figures for the home page. Each area is asked through its own service (cases, signing);
only plain counts with no rules behind them (roster size, units, last sync) are read from
the models here. Nothing is written.

The home page imports this module at start-up, before the main window is shown; the case
and signing services (and the image and PDF libraries behind them) are imported when the
figures are first asked for, in the background task, after the window is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from desktop.domain import workflow
from desktop.services import unit_queries
from desktop.services.context import AppContext
from desktop.services.office import OfficeInfo, info_from
from desktop.store.models import Employee, SigningEvent, SyncLedger, Unit

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
class CaseAttention:
    """An open report whose current stage has a deadline, for the 'needs attention' list."""

    number: str
    reported: str
    state_label: str
    step: str
    due: date
    overdue: bool
    days_left: int | None


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
    attention: list[CaseAttention] = field(default_factory=list)


def _event_progress(
    ctx: AppContext, event_id: str, name: str, day: date, place: str
) -> EventProgress:
    from desktop.services import signing

    whole = signing.progress(ctx, event_id)[0]  # the first row is the whole event
    return EventProgress(name, day, place, whole.total, whole.signed, whole.refused)


ATTENTION_ROWS = 5


def _attention(open_cases: list[dict[str, Any]]) -> list[CaseAttention]:
    timed = [c for c in open_cases if c["deadline"]["due"] is not None]
    timed.sort(key=lambda c: (not c["deadline"]["overdue"], c["deadline"]["due"], c["number"]))
    return [
        CaseAttention(
            number=c["number"],
            reported=", ".join(x for x in (c["reported_name"], c["reported_unit"]) if x),
            state_label=c["state_label"],
            step=c["deadline"]["label"],
            due=c["deadline"]["due"],
            overdue=bool(c["deadline"]["overdue"]),
            days_left=c["deadline"]["days_left"],
        )
        for c in timed[:ATTENTION_ROWS]
    ]


def summary(ctx: AppContext, today: date | None = None) -> Dashboard:
    from desktop.services import cases

    ctx.require("view")
    with ctx.read() as session:
        office = info_from(ctx.office(session))
        live = Employee.deleted_at.is_(None) & Employee.active.is_(True)
        by_category: dict[str, int] = dict(
            session.execute(
                select(Employee.category, func.count(Employee.id))
                .where(live)
                .group_by(Employee.category)
            ).all()
        )
        units = session.scalar(select(func.count(Unit.id)).where(unit_queries.live())) or 0
        events = session.execute(
            select(SigningEvent.id, SigningEvent.name, SigningEvent.event_date, SigningEvent.place)
            .where(SigningEvent.deleted_at.is_(None))
            .order_by(SigningEvent.event_date.desc())
            .limit(RECENT_EVENTS)
        ).all()

        def last(direction: str) -> datetime | None:
            return session.scalar(
                select(func.max(SyncLedger.created_at)).where(SyncLedger.direction == direction)
            )

        last_out, last_in = last("out"), last("in")
    open_cases = [
        c for c in cases.list_cases(ctx, today=today) if c["state"] not in workflow.CLOSED_STATES
    ]
    return Dashboard(
        attention=_attention(open_cases),
        office=office,
        employees=sum(by_category.values()),
        units=units,
        employees_by_category=by_category,
        events=[_event_progress(ctx, row[0], row[1], row[2], row[3]) for row in events],
        open_cases=len(open_cases),
        overdue_cases=sum(1 for c in open_cases if c["deadline"]["overdue"]),
        last_sync_out=last_out,
        last_sync_in=last_in,
    )
