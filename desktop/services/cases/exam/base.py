"""The examination's records: each step is an append-only ``CaseExamEntry`` on the case's
chain (a newer entry of a kind supersedes the older one); reading them, the newest
recommendation, and the checks every examination command starts with.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import workflow
from desktop.services.cases.records import bad
from desktop.services.context import Actor, AppContext
from desktop.services.records import append_evidence
from desktop.store.models import CaseExamEntry, CaseFile, CaseRecommendation, Employee

EXAM_PERMISSION = "case.recommend"


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def append_entry(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    actor: Actor,
    kind: str,
    data: dict[str, Any],
    previous: CaseExamEntry | None = None,
) -> CaseExamEntry:
    """One examination step as evidence on the case's chain (superseding ``previous``)."""
    return append_evidence(
        ctx,
        session,
        CaseExamEntry(
            case_id=case.id,
            kind=kind,
            data_json=_dumps(data),
            actor=actor.username,
            supersedes_id=previous.id if previous else None,
        ),
    )


def entries(session: Session, case_id: str, kind: str) -> list[CaseExamEntry]:
    return list(
        session.scalars(
            select(CaseExamEntry)
            .where(CaseExamEntry.case_id == case_id, CaseExamEntry.kind == kind)
            .order_by(CaseExamEntry.created_at, CaseExamEntry.chain_seq)
        )
    )


def latest(session: Session, case_id: str, kind: str) -> CaseExamEntry | None:
    found = entries(session, case_id, kind)
    return found[-1] if found else None


def entry_data(entry: CaseExamEntry | None) -> dict[str, Any]:
    return dict(json.loads(entry.data_json)) if entry is not None else {}


def latest_recommendation(session: Session, case_id: str) -> CaseRecommendation | None:
    return session.scalars(
        select(CaseRecommendation)
        .where(CaseRecommendation.case_id == case_id)
        .order_by(CaseRecommendation.created_at.desc(), CaseRecommendation.chain_seq.desc())
    ).first()


def employee_of(session: Session, case: CaseFile) -> Employee | None:
    return session.get(Employee, case.employee_id) if case.employee_id else None


def require_state(case: CaseFile, states: tuple[str, ...], what: str) -> None:
    if case.state not in states:
        names = ", ".join(workflow.label(s) for s in states)
        raise bad(
            "wrong_state",
            f"{what} dicatat pada tahap {names}; laporan {case.number} pada tahap "
            f"'{workflow.label(case.state)}'.",
            f"{what}: the case must be in {', '.join(states)}; it is '{case.state}'.",
            state=case.state,
        )


def require_recommendation(session: Session, case: CaseFile) -> dict[str, Any]:
    rec = latest_recommendation(session, case.id)
    if rec is None:
        raise bad(
            "recommendation_required",
            "Buat rekomendasi dulu (netra case recommend): tingkat pelanggaran menentukan "
            "apakah tim pemeriksa wajib.",
            "Make the recommendation first (netra case recommend).",
        )
    return dict(json.loads(rec.output_json))


def required_body(output: dict[str, Any]) -> str:
    """Who examines: ``mke`` (ethics only), ``tim`` (berat/PTDH: mandatory), ``tim_optional``
    (sedang), ``none`` (non-ASN: clarification by the head of unit)."""
    track = output.get("track")
    if track == "ethics":
        return "mke"
    if track == "contract":
        return "none"
    return "tim" if output.get("examination_team") == "mandatory" else "tim_optional"
