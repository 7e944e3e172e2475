"""The content of Surat Panggilan I and II: the examination date, time and place, the gap in
working days, who signs, and for the second summons the missed examination.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import workdays
from desktop.services.cases.exam.summons import schedules
from desktop.services.cases.exam.team import team_of
from desktop.services.cases.exam_docs.parts import base_content, track_of
from desktop.services.cases.records import bad, office_calendar
from desktop.services.context import AppContext
from desktop.store.models import CaseFile


def summons_content(ctx: AppContext, session: Session, case: CaseFile, kind: str) -> dict[str, Any]:
    no = 1 if kind == "summons1" else 2
    plans = [p for p in schedules(session, case.id) if p["summons_no"] == no]
    if not plans:
        raise bad(
            "summons_missing",
            f"Belum ada panggilan {'pertama' if no == 1 else 'kedua'} "
            + (
                "(netra case schedule)."
                if no == 1
                else "(panggilan kedua dijadwalkan sesudah ketidakhadiran dicatat: "
                "netra case absent, lalu netra case schedule)."
            ),
            f"No summons {no} recorded yet.",
        )
    plan = plans[-1]
    team = team_of(session, case.id)
    track = track_of(session, case)
    signer: dict[str, Any] = {"heading": "Atasan Langsung,", "name": "", "nip": ""}
    if track == "contract":
        signer["heading"] = "Kepala Unit Kerja,"
    for m in (team or {}).get("members", []):
        if m["role"] in ("atasan_langsung", "ketua"):
            signer = {"heading": f"{m['role_label']},", "name": m["name"], "nip": m["nip"]}
    cal = office_calendar(ctx, session)
    summons, exam = date.fromisoformat(plan["summons"]), date.fromisoformat(plan["examination"])
    out = {
        **base_content(ctx, session, case, kind),
        "subtitle": f"Laporan {case.number}",
        "summons_no": no,
        "summons": plan["summons"],
        "examination": plan["examination"],
        "time": f"{plan['time']} waktu setempat" if plan.get("time") else None,
        "examination_place": plan.get("place"),
        "gap_working_days": workdays.working_days_between(cal, summons, exam),
        "signer": signer,
        "purpose": {
            "ethics": "pemeriksaan oleh Majelis Kode Etik (PP 42/2004)",
            "contract": "klarifikasi atas dugaan pelanggaran netralitas (SE MenPANRB 01/2023)",
        }.get(track, "pemeriksaan dugaan pelanggaran disiplin (PP 94/2021)"),
    }
    if no == 2:
        missed = [p for p in schedules(session, case.id) if p["summons_no"] == 1 and p["missed"]]
        out["missed_examination"] = missed[-1]["examination"] if missed else None
    return out
