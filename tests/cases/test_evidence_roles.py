"""Who may add evidence at which stage: the stage's owner in the role table (issue 13).

An operator takes reports in (case.intake) and may attach files while the case is still
``diterima``; from ``pengecekan`` on, checking belongs to verifiers (case.check), so an operator's
file is refused there, and later stages belong to the recommender and the decider."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.domain import workflow
from desktop.domain.errors import NetraError
from desktop.services import cases
from desktop.services.cases import evidence as case_evidence
from desktop.services.context import Actor, AppContext
from desktop.store.models import CaseEvidence
from tests.cases.conftest import intake


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (10, 120, 30)).save(buf, "PNG")
    return buf.getvalue()


def _evidence_count(ctx: AppContext) -> int:
    with ctx.read() as session:
        return int(session.scalar(select(func.count()).select_from(CaseEvidence)) or 0)


def test_operator_adds_evidence_at_intake_only(ctx: AppContext) -> None:
    case = cases.show(ctx, cases.new_case(ctx, intake(reported_name="X")).case_id).to_json()
    ctx.actor = Actor("operator1", "operator")
    case_evidence.add_bytes(ctx, case["id"], "foto.png", _png())  # diterima: intake stage
    assert _evidence_count(ctx) == 1

    ctx.actor = Actor("admin", "admin")
    cases.advance(ctx, case["id"], "pengecekan", "Berkas lengkap.")
    ctx.actor = Actor("operator1", "operator")
    with pytest.raises(NetraError) as err:
        case_evidence.add_bytes(ctx, case["id"], "lagi.png", _png())
    assert err.value.code == "permission_denied"
    assert "case.check" in err.value.message_id
    assert _evidence_count(ctx) == 1  # nothing stored

    ctx.actor = Actor("verifikator", "verifier")
    case_evidence.add_bytes(ctx, case["id"], "lagi.png", _png())
    assert _evidence_count(ctx) == 2


def test_evidence_permission_follows_the_stage_owner() -> None:
    assert workflow.evidence_permission(workflow.DITERIMA) == "case.intake"
    for state in workflow.CHECK_STAGES:
        assert workflow.evidence_permission(state) == "case.check"
    assert workflow.evidence_permission(workflow.REKOMENDASI) == "case.recommend"
    assert workflow.evidence_permission(workflow.KEPUTUSAN) == "case.decide"
    assert workflow.evidence_permission(workflow.TINDAK_LANJUT) == "case.decide"
    for state in workflow.CLOSED_STATES:
        assert workflow.evidence_permission(state) is None
