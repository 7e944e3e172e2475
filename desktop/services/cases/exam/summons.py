"""Summonses and absence: the plans kept by ``case schedule``, a missed examination, the
second summons within 7 working days, and the decision without examination after two
absences (PP 94/2021).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import workdays, workflow
from desktop.services import audit
from desktop.services.cases.exam.base import (
    EXAM_PERMISSION,
    append_entry,
    entries,
    entry_data,
    latest,
    require_state,
)
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import bad, find_case, office_calendar, steps_of
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.store.models import CaseFile


def schedules(session: Session, case_id: str) -> list[dict[str, Any]]:
    """Every summons recorded with ``case schedule``, oldest first, each with its number
    (1 or 2) and whether the examination was missed."""

    out: list[dict[str, Any]] = []
    for step in steps_of(session, case_id):
        data = json.loads(step.data_json)
        if "examination" in data and "summons" in data:
            out.append(
                {
                    "step_id": step.id,
                    "summons_no": int(data.get("summons_no", 1)),
                    "summons": data["summons"],
                    "examination": data["examination"],
                    "time": data.get("time"),
                    "place": data.get("place"),
                    "at": step.created_at,
                }
            )
    absences = [entry_data(e) for e in entries(session, case_id, "absent")]
    for plan in out:
        plan["missed"] = any(a.get("step_id") == plan["step_id"] for a in absences)
    return out


def current_schedule(session: Session, case_id: str) -> dict[str, Any] | None:
    plans = schedules(session, case_id)
    return plans[-1] if plans else None


def absence_count(session: Session, case_id: str) -> int:
    return len(entries(session, case_id, "absent"))


def record_absence(
    ctx: AppContext, ref: str, note: str = "", today: date | None = None
) -> ExamRecorded:
    """The examined person did not appear on the current summons' examination date. After the
    second summons this closes the examination: the PyBMH decides on the evidence available,
    without an examination (PP 94/2021), and the case records it as such."""

    actor = ctx.require(EXAM_PERMISSION)
    with ctx.tx() as session:
        case = find_case(session, ref)
        require_state(case, (workflow.REKOMENDASI,), "Ketidakhadiran")
        plan = current_schedule(session, case.id)
        if plan is None:
            raise bad(
                "schedule_required",
                "Belum ada surat panggilan (netra case schedule).",
                "No summons recorded yet (netra case schedule).",
            )
        if plan["missed"]:
            raise bad(
                "already_absent",
                f"Ketidakhadiran pada pemeriksaan {plan['examination']} sudah dicatat. "
                "Catat panggilan kedua dulu (netra case schedule).",
                "This examination was already recorded as missed.",
            )
        if latest(session, case.id, "bap") is not None:
            raise bad(
                "examined_already",
                "Berita acara pemeriksaan sudah dicatat: pegawai telah diperiksa.",
                "A BAP is already recorded.",
            )
        exam_day = date.fromisoformat(plan["examination"])
        if exam_day > (today or office_today(session)):
            raise bad(
                "absence_before_exam",
                f"Pemeriksaan dijadwalkan {exam_day:%d-%m-%Y}: ketidakhadiran baru dapat "
                "dicatat pada atau sesudah tanggal itu.",
                "The examination date has not come yet.",
            )
        count = absence_count(session, case.id) + 1
        cal = office_calendar(ctx, session)
        data: dict[str, Any] = {
            "step_id": plan["step_id"],
            "summons_no": plan["summons_no"],
            "examination": plan["examination"],
            "count": count,
            "note": note.strip(),
            "without_examination": plan["summons_no"] >= 2,
        }
        if plan["summons_no"] < 2:
            data["second_summons_by"] = workdays.add_working_days(cal, exam_day, 7).isoformat()
        row = append_entry(ctx, session, case, actor, "absent", data)
        audit.record(
            ctx, session, "case.absent", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return ExamRecorded({"id": row.id, "case": case.number, **data})


def without_examination(session: Session, case_id: str) -> bool:
    return any(
        entry_data(e).get("without_examination") for e in entries(session, case_id, "absent")
    )


def check_new_schedule(ctx: AppContext, session: Session, case: CaseFile, summons: date) -> int:
    """The summons number a new ``case schedule`` gets (1, or 2 after a missed examination),
    refusing a second summons later than 7 working days after the missed date, a third one,
    and any summons once the person has been examined."""
    if without_examination(session, case.id):
        raise bad(
            "absent_twice",
            "Pegawai tidak hadir pada panggilan kedua: PyBMH memutus berdasarkan bukti yang "
            "ada tanpa pemeriksaan (PP 94/2021); tidak ada panggilan ketiga.",
            "Absent twice: the decision is made without examination; no third summons.",
        )
    if latest(session, case.id, "bap") is not None:
        raise bad(
            "examined_already",
            "Berita acara pemeriksaan sudah dicatat: panggilan tidak dapat dijadwalkan lagi.",
            "A BAP is already recorded.",
        )
    plan = current_schedule(session, case.id)
    if plan is None or not plan["missed"]:
        return plan["summons_no"] if plan else 1  # first summons, or a correction of it
    missed = date.fromisoformat(plan["examination"])
    cal = office_calendar(ctx, session)
    limit = workdays.add_working_days(cal, missed, 7)
    if summons < missed or summons > limit:
        raise bad(
            "second_summons_late",
            f"Panggilan kedua dikirim paling lama 7 hari kerja sejak pemeriksaan yang tidak "
            f"dihadiri ({missed:%d-%m-%Y}), yaitu paling lambat {limit:%d-%m-%Y} (PP 94/2021); "
            f"tertulis {summons:%d-%m-%Y}.",
            f"The second summons must be sent by {limit.isoformat()}.",
            limit=limit.isoformat(),
        )
    return 2
