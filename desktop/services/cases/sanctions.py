"""Recommendation, decision and deadlines of a case.

The recommendation runs the pure engine (desktop.domain.sanctions) on the proven codes, the
person's category and their earlier sanctions (decisions of their earlier neutrality cases,
all "of the same nature"), and is stored with the rulebook version and hash. The decision
records the chosen type (outside the allowed range only with a written justification), the
SK, and the delivery/effective/end dates counted with the office's working-day calendar.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import workflow
from desktop.domain.case_view import Decision, Recommendation
from desktop.domain.errors import NetraError
from desktop.domain.rulebook import Rulebook
from desktop.domain.sanctions import (
    ALL_TYPES,
    CONTRACT_TYPES,
    DISCIPLINE_TYPES,
    MORAL_TYPES,
)
from desktop.domain.sanctions import recommend as engine
from desktop.services import audit, rules
from desktop.services.cases.exam import classifications_of, lift_on_decision
from desktop.services.cases.model import Decided, Recommended
from desktop.services.cases.records import (
    active_book,
    decision_dates,
    find_case,
    latest_decision,
    move,
    names_book,
    office_calendar,
    proven_codes,
    type_label,
)
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.services.records import append_evidence
from desktop.store.models import CaseDecision, CaseFile, CaseRecommendation, Employee

MIN_JUSTIFICATION = 20


# ---------------------------------------------------------------------------- prior sanctions
def prior_sanctions(session: Session, case: CaseFile) -> list[dict[str, Any]]:
    """Earlier sanctions of the same person, from their other decided cases (all neutrality
    cases, so ``same_nature`` is true)."""
    if not case.employee_id:
        return []
    others = session.scalars(
        select(CaseFile.id).where(
            CaseFile.employee_id == case.employee_id,
            CaseFile.id != case.id,
            CaseFile.deleted_at.is_(None),
        )
    ).all()
    prior: list[dict[str, Any]] = []
    for other_id in others:
        dec = latest_decision(session, other_id)
        if dec is None:
            continue
        when = dec.sk_date.isoformat()
        if dec.sanction_type in DISCIPLINE_TYPES:
            kind: Any = int(dec.sanction_type) if dec.sanction_type.isdigit() else "ptdh"
            prior.append({"type": kind, "same_nature": True, "date": when})
        elif dec.sanction_type in MORAL_TYPES:
            prior.append({"type": dec.sanction_type, "same_nature": True, "date": when})
        if dec.moral in ("tertutup", "terbuka"):
            prior.append({"type": f"moral_{dec.moral}", "same_nature": True, "date": when})
    return sorted(prior, key=lambda p: p["date"])


# ---------------------------------------------------------------------------- recommendation
def recommend(ctx: AppContext, ref: str) -> Recommended:
    """Run the engine on the proven codes; store it; move validasi → rekomendasi."""
    actor = ctx.require("case.recommend")
    with ctx.tx() as session:
        case = find_case(session, ref)
        if case.state not in (workflow.VALIDASI, workflow.REKOMENDASI):
            raise NetraError(
                "wrong_state",
                f"Rekomendasi dibuat pada tahap validasi atau rekomendasi; laporan ini pada "
                f"tahap '{workflow.label(case.state)}'.",
                f"A recommendation is made at validasi or rekomendasi; this case is "
                f"'{case.state}'.",
                state=case.state,
            )
        emp = session.get(Employee, case.employee_id) if case.employee_id else None
        if emp is None:
            raise NetraError(
                "employee_required",
                "Terlapor belum ditautkan ke daftar pegawai, sehingga statusnya (PNS, CPNS, "
                "PPPK, non-ASN) belum diketahui. Tautkan dulu (netra case link).",
                "The reported person is not linked to the roster, so the category is unknown. "
                "Link the case first (netra case link).",
            )
        codes = proven_codes(session, case.id)
        if not codes:
            raise NetraError(
                "proven_required",
                "Belum ada kode pelanggaran yang terbukti.",
                "No proven violation codes yet.",
            )
        # The national rulebook with the kabupaten's local PPPK layer on top (when one is
        # active); the output names both versions ("local_layer", additive).
        book = rules.effective_rulebook_in(ctx, session)
        prior = prior_sanctions(session, case)
        classes = classifications_of(session, case.id, codes)
        inputs: dict[str, Any] = {"category": emp.category, "violations": codes, "prior": prior}
        if classes:
            inputs["classifications"] = classes
        result = engine(book, emp.category, codes, prior, classes or None).to_json()
        row = append_evidence(
            ctx,
            session,
            CaseRecommendation(
                case_id=case.id,
                rulebook_version=f"{book.name}/{book.version}",
                rulebook_sha256=book.sha256,
                input_json=json.dumps(inputs, ensure_ascii=False, sort_keys=True),
                output_json=json.dumps(result, ensure_ascii=False, sort_keys=True),
                actor=actor.username,
            ),
        )
        audit.record(
            ctx,
            session,
            "case.recommend",
            "case_file",
            case.id,
            {
                "recommendation_id": row.id,
                "level": result.get("level"),
                "minimum_type": result.get("minimum_type"),
                "rulebook_sha256": row.rulebook_sha256,
                "local_layer": _layer_version(result),
            },
        )
        if case.state == workflow.VALIDASI:
            move(
                ctx,
                session,
                case,
                workflow.REKOMENDASI,
                "Rekomendasi sanksi dibuat oleh mesin aturan.",
                None,
                {"recommendation_id": row.id},
            )
        return Recommended(*_recommendation_fields(row))


def _layer_version(output: dict[str, Any]) -> str | None:
    """``name/version`` of the local PPPK layer a recommendation used (None: national only;
    recommendations made before the layer existed have no key and read as None)."""
    layer = output.get("local_layer")
    return f"{layer['name']}/{layer['version']}" if isinstance(layer, dict) else None


def _recommendation_fields(row: CaseRecommendation) -> tuple[Any, ...]:
    output = json.loads(row.output_json)
    layer = output.get("local_layer")
    return (
        row.id,
        row.created_at,
        row.actor,
        row.rulebook_version,
        row.rulebook_sha256,
        _layer_version(output),
        layer.get("sha256") if isinstance(layer, dict) else None,
        layer.get("perbup") if isinstance(layer, dict) else None,
        json.loads(row.input_json),
        output,
    )


def recommendation_of(row: CaseRecommendation) -> Recommendation:
    """A stored recommendation as the read model shows it."""
    return Recommendation(*_recommendation_fields(row))


def _latest_recommendation(session: Session, case_id: str) -> CaseRecommendation | None:
    return session.scalars(
        select(CaseRecommendation)
        .where(CaseRecommendation.case_id == case_id)
        .order_by(CaseRecommendation.created_at.desc(), CaseRecommendation.chain_seq.desc())
    ).first()


def latest_recommendation(session: Session, case_id: str) -> Recommendation | None:
    row = _latest_recommendation(session, case_id)
    return recommendation_of(row) if row else None


# ---------------------------------------------------------------------------- decision
def _in_range(sanction_type: str, output: dict[str, Any]) -> bool:
    track = output.get("track")
    if track == "contract":
        return sanction_type in CONTRACT_TYPES
    if track == "ethics":
        return sanction_type == f"moral_{output.get('moral')}"
    allowed = {str(t) for t in output.get("allowed_types") or []}
    return sanction_type in allowed


def decide(
    ctx: AppContext,
    ref: str,
    sanction_type: str,
    sk_number: str,
    sk_date: date,
    decided_by: str = "",
    justification: str = "",
    delivered: date | None = None,
    moral: str | None = None,
    today: date | None = None,
) -> Decided:
    """Record the decision (SK) and move rekomendasi → keputusan."""
    actor = ctx.require("case.decide")
    sanction_type = sanction_type.strip().lower()
    if sanction_type not in ALL_TYPES:
        raise NetraError(
            "unknown_type",
            f"Jenis hukuman '{sanction_type}' tidak dikenal. Pilih: {', '.join(ALL_TYPES)}.",
            f"Unknown sanction type '{sanction_type}'. Choose: {', '.join(ALL_TYPES)}.",
            valid=list(ALL_TYPES),
        )
    if not sk_number.strip():
        raise NetraError("sk_required", "Nomor SK wajib diisi.", "The SK number is required.")
    with ctx.tx() as session:
        if sk_date > (today or office_today(session)):
            raise NetraError(
                "date_in_future",
                "Tanggal SK tidak boleh di masa depan.",
                "The SK date cannot be in the future.",
            )
        if delivered is not None and delivered < sk_date:
            raise NetraError(
                "delivered_before_sk",
                "Tanggal penyampaian tidak boleh sebelum tanggal SK.",
                "The delivery date cannot be before the SK date.",
            )
        case = find_case(session, ref)
        rec = _latest_recommendation(session, case.id)
        if case.state != workflow.REKOMENDASI or rec is None:
            workflow.transition(case.state, workflow.KEPUTUSAN)
            raise NetraError(
                "recommendation_required",
                "Buat rekomendasi dulu (netra case recommend) sebelum keputusan.",
                "Make the recommendation first (netra case recommend).",
            )
        output = json.loads(rec.output_json)
        names = names_book(ctx, session)
        in_range = _in_range(sanction_type, output)
        if not in_range and len(justification.strip()) < MIN_JUSTIFICATION:
            allowed = _allowed_text(output)
            raise NetraError(
                "justification_required",
                f"Jenis hukuman '{type_label(sanction_type, None, names)}' di luar rentang yang "
                f"direkomendasikan ({allowed}). Tuliskan alasan tertulis (--justification, "
                f"minimal {MIN_JUSTIFICATION} karakter).",
                f"Type '{sanction_type}' is outside the recommended range ({allowed}). Give a "
                f"written justification (--justification, {MIN_JUSTIFICATION}+ characters).",
            )
        if moral is None and output.get("track") == "discipline":
            moral = output.get("moral")
        category = emp_category(session, case)
        dates = decision_dates(
            office_calendar(ctx, session),
            active_book(ctx, session),
            sanction_type,
            sk_date,
            delivered,
        )
        row = append_evidence(
            ctx,
            session,
            CaseDecision(
                case_id=case.id,
                sanction_type=sanction_type,
                moral=moral,
                justification=justification.strip(),
                sk_number=sk_number.strip(),
                sk_date=sk_date,
                decided_by=decided_by.strip() or "Pejabat Pembina Kepegawaian",
                recorded_by=actor.username,
                delivered_date=delivered,
                effective_date=dates["effective"],
                end_date=dates["end"],
                rulebook_version=rec.rulebook_version,
            ),
        )
        move(
            ctx,
            session,
            case,
            workflow.KEPUTUSAN,
            f"Keputusan: {type_label(sanction_type, category, names)} (SK {row.sk_number}).",
            None,
            {
                "decision_id": row.id,
                "sanction_type": sanction_type,
                "in_range": in_range,
                "recommendation_id": rec.id,
                "rulebook_sha256": rec.rulebook_sha256,
                "local_layer": _layer_version(output),
            },
        )
        lift_on_decision(ctx, session, case, row)  # the pembebasan sementara ends here
        audit.record(
            ctx,
            session,
            "case.decide",
            "case_file",
            case.id,
            {
                "decision_id": row.id,
                "type": sanction_type,
                "in_range": in_range,
                "sk_number": row.sk_number,
                "rulebook_version": rec.rulebook_version,
                "local_layer": _layer_version(output),
            },
        )
        return Decided(*_decision_fields(row, dates["delivery_due"], category, names, rec))


def emp_category(session: Session, case: CaseFile) -> str | None:
    emp = session.get(Employee, case.employee_id) if case.employee_id else None
    return emp.category if emp else None


def _allowed_text(output: dict[str, Any]) -> str:
    if output.get("track") == "contract":
        return ", ".join(CONTRACT_TYPES)
    if output.get("track") == "ethics":
        return f"moral_{output.get('moral')}"
    return ", ".join(str(t) for t in output.get("allowed_types") or []) or "-"


def _decision_fields(
    row: CaseDecision,
    delivery_due: date | None,
    category: str | None,
    book: Rulebook | None,
    rec: CaseRecommendation | None,
) -> tuple[Any, ...]:
    """A decision's fields, the sanction named by ``book`` (the rulebook with the local
    layer, :func:`names_book`), with the versions of the recommendation ``rec`` it followed."""
    output = json.loads(rec.output_json) if rec is not None else {}
    layer = output.get("local_layer")
    return (
        row.id,
        row.sanction_type,
        type_label(row.sanction_type, category, book),
        row.moral,
        row.justification,
        row.sk_number,
        row.sk_date,
        row.decided_by,
        row.recorded_by,
        row.delivered_date,
        delivery_due,
        row.effective_date,
        row.end_date,
        row.rulebook_version,
        row.supersedes_id,
        rec.rulebook_sha256 if rec is not None else None,
        _layer_version(output) if rec is not None else None,
        layer.get("sha256") if isinstance(layer, dict) else None,
    )


def _recommendation_before(session: Session, dec: CaseDecision) -> CaseRecommendation | None:
    return session.scalars(
        select(CaseRecommendation)
        .where(
            CaseRecommendation.case_id == dec.case_id,
            CaseRecommendation.created_at <= dec.created_at,
        )
        .order_by(CaseRecommendation.created_at.desc(), CaseRecommendation.chain_seq.desc())
    ).first()


def decision_of(
    session: Session, case_id: str, category: str | None = None, book: Rulebook | None = None
) -> Decision | None:
    """The newest decision of a case as the read model shows it (None: not decided)."""
    row = latest_decision(session, case_id)
    if row is None:
        return None
    return Decision(
        *_decision_fields(row, None, category, book, _recommendation_before(session, row))
    )
