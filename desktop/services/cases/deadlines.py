"""Deadlines of a case and overdue detection, counted with the office's holiday calendar.

The periods come from the active rulebook (``deadlines``: verification within 7 days of
receipt, delivery of the decision within 14 days, objection/appeal within 14 working days...);
the case supplies the anchor dates (received, decision, delivered). The deadline that is
*pending* for the current stage decides whether the case is overdue.
"""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain import workdays, workflow
from desktop.domain.case_view import DeadlineStatus
from desktop.domain.errors import NetraError
from desktop.domain.rulebook import Rulebook
from desktop.services import audit
from desktop.services.cases.exam import check_new_schedule
from desktop.services.cases.records import (
    CaseChange,
    CasePrefetch,
    Changed,
    active_book,
    find_case,
    latest_decision,
    office_calendar,
    schedule_of,
)
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.services.records import append_evidence, stamp_edit
from desktop.store.models import CaseDecision, CaseFile, CaseStep

#: Stage -> the anchor whose deadline the office must meet while the case sits there.
PENDING_ANCHOR = {
    workflow.DITERIMA: "received",
    workflow.PENGECEKAN: "received",
    workflow.VERIFIKASI: "received",
    workflow.KEPUTUSAN: "decision",
}


def _env(ctx: AppContext, session: Session) -> tuple[workdays.Calendar, Rulebook]:
    """(calendar, rulebook), cached on the session for list views (a cache only: the same
    session always gives the same values)."""
    cached = session.info.get("netra.case_env")
    if cached is None:
        cached = (office_calendar(ctx, session), active_book(ctx, session))
        session.info["netra.case_env"] = cached
    return cached  # type: ignore[no-any-return,unused-ignore]


def case_deadlines(
    ctx: AppContext,
    session: Session,
    row: CaseFile,
    decision: CaseDecision | None,
    pre: CasePrefetch | None = None,
) -> list[workdays.Deadline]:
    cal, book = _env(ctx, session)
    anchors: dict[str, date | None] = {"received": row.received_date}
    plan = schedule_of(session, row.id, pre)
    if plan:
        anchors["summons"] = date.fromisoformat(plan["summons"])
        anchors["examination"] = date.fromisoformat(plan["examination"])
    if decision is not None:
        anchors["decision"] = decision.sk_date
        anchors["delivered"] = decision.delivered_date
    track = _track(decision) or ("discipline" if plan else None)
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


def deadline_status(
    ctx: AppContext,
    session: Session,
    row: CaseFile,
    today: date | None = None,
    pre: CasePrefetch | None = None,
) -> DeadlineStatus:
    """The deadline pending at the case's current stage (due date, label, overdue, working
    days left) and every deadline of the case (``pre``: loaded for a list view)."""
    today = today or office_today(session)
    decision = latest_decision(session, row.id, pre)
    items = case_deadlines(ctx, session, row, decision, pre)
    pending_anchor = PENDING_ANCHOR.get(row.state)
    if row.state == workflow.KEPUTUSAN and decision is not None and decision.delivered_date:
        pending_anchor = None
    pending = next(
        (d for d in items if d.anchor == pending_anchor and d.counting and _is_office_duty(d)), None
    )
    if pending is None:
        return DeadlineStatus(None, "", False, None, tuple(items))
    cal, _book = _env(ctx, session)
    return DeadlineStatus(
        due=pending.date,
        label=pending.label,
        overdue=pending.overdue(today),
        days_left=_days_left(cal, today, pending.date),
        all=tuple(items),
    )


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


TIME = re.compile(r"^([01]?\d|2[0-3])[.:]([0-5]\d)$")


def examination_time(text: str | None) -> str | None:
    """``"9:00"``/``"09.00"`` -> ``"09.00"`` (the Indonesian way of writing a time); None
    for an empty value; ``bad_time`` otherwise."""
    if text is None or not text.strip():
        return None
    m = TIME.match(text.strip())
    if m is None:
        raise NetraError(
            "bad_time",
            f"Pukul pemeriksaan '{text}' tidak sah: tulis JJ.MM, mis. 09.00.",
            "The examination time must be HH.MM.",
        )
    return f"{int(m.group(1)):02d}.{m.group(2)}"


def schedule_examination(
    ctx: AppContext,
    ref: str,
    summons: date,
    examination: date,
    note: str = "",
    *,
    time: str | None = None,
    place: str | None = None,
) -> CaseChange:
    """Record the written summons and the examination date (PP 94/2021: the gap between them
    is at most 7 working days), with the time and place the summons names when given.
    Appended to the history as a step that keeps the stage."""
    actor = ctx.require("case.decide")
    at = examination_time(time)
    where = " ".join((place or "").split())[:200] or None
    if examination < summons:
        raise NetraError(
            "examination_before_summons",
            "Tanggal pemeriksaan tidak boleh sebelum tanggal panggilan.",
            "The examination cannot be before the summons.",
        )
    with ctx.tx() as session:
        row = find_case(session, ref)
        if row.state != workflow.REKOMENDASI:
            raise NetraError(
                "wrong_state",
                "Panggilan dan pemeriksaan dijadwalkan pada tahap rekomendasi, sebelum "
                f"keputusan; laporan ini pada tahap '{workflow.label(row.state)}'.",
                f"Summons and examination are scheduled at rekomendasi; this case is "
                f"'{row.state}'.",
            )
        cal, book = _env(ctx, session)
        limit = next((r for r in book.deadlines if r.key == "summons"), None)
        days = limit.days if limit is not None else 7
        gap = workdays.working_days_between(cal, summons, examination)
        if gap > days:
            raise NetraError(
                "summons_too_early",
                f"Jarak tanggal panggilan ({summons:%d-%m-%Y}) dan pemeriksaan "
                f"({examination:%d-%m-%Y}) {gap} hari kerja; paling lama {days} hari kerja "
                "(PP 94/2021). Panggilan paling awal: "
                f"{workdays.add_working_days(cal, examination, -days):%d-%m-%Y}.",
                f"The summons is {gap} working days before the examination; at most {days}.",
                gap=gap,
            )
        number = check_new_schedule(ctx, session, row, summons)
        data = {
            "summons": summons.isoformat(),
            "examination": examination.isoformat(),
            "summons_no": number,
        }
        if at is not None:
            data["time"] = at
        if where is not None:
            data["place"] = where
        step = append_evidence(
            ctx,
            session,
            CaseStep(
                case_id=row.id,
                from_state=row.state,
                to_state=row.state,
                actor=actor.username,
                note=note.strip()
                or f"Panggilan {'kedua' if number == 2 else 'pertama'} {summons:%d-%m-%Y}, "
                f"pemeriksaan {examination:%d-%m-%Y}.",
                proven_codes_json="[]",
                data_json=json.dumps(data, sort_keys=True),
            ),
        )
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "case.schedule", "case_file", row.id,
                     {**data, "step_id": step.id})  # fmt: skip
        return CaseChange.of(row, Changed.SCHEDULE)
