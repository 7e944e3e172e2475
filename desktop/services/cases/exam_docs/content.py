"""A document's printed content by kind, and the kinds a case can print now."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.services.cases.exam.base import latest, latest_recommendation
from desktop.services.cases.exam.summons import schedules
from desktop.services.cases.exam.suspension import suspension_entry
from desktop.services.cases.exam_docs.bap_content import bap_content
from desktop.services.cases.exam_docs.decision_content import receipt_content, sk_content
from desktop.services.cases.exam_docs.kinds import check_kind
from desktop.services.cases.exam_docs.lhp_content import lhp_content
from desktop.services.cases.exam_docs.summons_content import summons_content
from desktop.services.cases.exam_docs.suspension_content import suspension_content
from desktop.services.context import AppContext
from desktop.store.models import CaseFile


def build_content(
    ctx: AppContext, session: Session, case: CaseFile, kind: str
) -> tuple[dict[str, Any], dict[str, bytes]]:
    kind = check_kind(kind)
    if kind in ("summons1", "summons2"):
        return summons_content(ctx, session, case, kind), {}
    if kind == "bap":
        return bap_content(ctx, session, case)
    if kind == "lhp":
        return lhp_content(ctx, session, case), {}
    if kind == "sk":
        return sk_content(ctx, session, case), {}
    if kind == "suspension":
        return suspension_content(ctx, session, case), {}
    return receipt_content(ctx, session, case), {}


def available_kinds(session: Session, case: CaseFile) -> list[str]:
    out: list[str] = []
    plans = schedules(session, case.id)
    if any(p["summons_no"] == 1 for p in plans):
        out.append("summons1")
    if any(p["summons_no"] == 2 for p in plans):
        out.append("summons2")
    if latest(session, case.id, "bap") is not None:
        out.append("bap")
    if latest(session, case.id, "lhp") is not None:
        out.append("lhp")
    # during the examination, before the decision's draft (the tab offers the last one)
    if suspension_entry(session, case.id) is not None:
        out.append("suspension")
    if latest_recommendation(session, case.id) is not None:
        out.append("sk")
    if latest(session, case.id, "receipt") is not None:
        out.append("receipt")
    return out
