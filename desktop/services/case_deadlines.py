"""Deadlines of a case and overdue detection, counted with the office's holiday calendar.

The periods come from the active rulebook (``deadlines``: verification within 7 days of
receipt, delivery of the decision within 14 days, objection/appeal within 14 working days...);
the case supplies the anchor dates (received, decision, delivered). The deadline that is
*pending* for the current stage decides whether the case is overdue.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import workdays, workflow
from desktop.services.context import AppContext
from desktop.store.models import CaseDecision, CaseFile

#: Stage -> the anchor whose deadline the office must meet while the case sits there.
PENDING_ANCHOR = {
    workflow.DITERIMA: "received",
    workflow.PENGECEKAN: "received",
    workflow.VERIFIKASI: "received",
    workflow.KEPUTUSAN: "decision",
}


def _env(ctx: AppContext, session: Session) -> tuple[workdays.Calendar, Any]:
    """(calendar, rulebook), cached on the session for list views."""
    cached = session.info.get("netra.case_env")
    if cached is None:
        from desktop.services import case_sanctions

        cal = case_sanctions.office_calendar(ctx, session)
        book = case_sanctions.active_book(ctx, session)
        cached = (cal, book)
        session.info["netra.case_env"] = cached
    return cached  # type: ignore[no-any-return,unused-ignore]


def case_deadlines(
    ctx: AppContext, session: Session, row: CaseFile, decision: CaseDecision | None
) -> list[workdays.Deadline]:
    cal, book = _env(ctx, session)
    anchors: dict[str, date | None] = {"received": row.received_date}
    if decision is not None:
        anchors["decision"] = decision.sk_date
        anchors["delivered"] = decision.delivered_date
    track = _track(decision)
    return workdays.case_deadlines(
        cal,
        book.deadlines,
        anchors,
        track=track,
        unconfirmed_text={k: v.text for k, v in book.unconfirmed.items()},
    )


def _track(decision: CaseDecision | None) -> str | None:
    if decision is None:
        return None
    if decision.sanction_type.startswith("moral_"):
        return "ethics"
    return "contract" if decision.sanction_type.startswith("kontrak_") else "discipline"


def deadline_json(
    ctx: AppContext, session: Session, row: CaseFile, today: date | None = None
) -> dict[str, Any]:
    """``{"due": date|None, "label": str, "overdue": bool, "days_left": int|None,
    "all": [...]}`` for the case's current stage."""
    from desktop.services.case_sanctions import latest_decision

    today = today or date.today()
    decision = latest_decision(session, row.id)
    items = case_deadlines(ctx, session, row, decision)
    pending_anchor = PENDING_ANCHOR.get(row.state)
    if row.state == workflow.KEPUTUSAN and decision is not None and decision.delivered_date:
        pending_anchor = None
    pending = next(
        (d for d in items if d.anchor == pending_anchor and d.counting and _is_office_duty(d)), None
    )
    cal, _book = _env(ctx, session)
    out: dict[str, Any] = {
        "due": None,
        "label": "",
        "overdue": False,
        "days_left": None,
        "all": [d.to_json() for d in items],
    }
    if pending is not None:
        overdue = pending.overdue(today)
        out.update(
            due=pending.date,
            label=pending.label,
            overdue=overdue,
            days_left=_days_left(cal, today, pending.date),
        )
    return out


def _days_left(cal: workdays.Calendar, today: date, due: date) -> int | None:
    """Working days from today to the due date (negative when late); None when more than a
    year apart (an old closed-over case: the count says nothing and costs a long walk)."""
    if abs((due - today).days) > 366:
        return None
    return workdays.working_days_between(cal, today, due)


def _is_office_duty(deadline: workdays.Deadline) -> bool:
    """Deadlines the office must meet (not the employee's objection window)."""
    key = deadline.key.lower()
    return not any(word in key for word in ("keberatan", "banding", "objection", "appeal"))
