"""After the decision: the tanda terima (handed over, or sent by post) and the objection
window (keberatan, or banding administratif to BPASN; PP 79/2021) with what was filed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import workdays, workflow
from desktop.domain.sanctions import DISMISSAL_TYPES
from desktop.services import audit
from desktop.services.cases.exam.base import (
    append_entry,
    entries,
    entry_data,
    latest,
    require_state,
)
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import (
    active_book,
    bad,
    find_case,
    latest_decision,
    move,
    office_calendar,
    record_delivery,
)
from desktop.services.context import AppContext
from desktop.services.office import office_today
from desktop.store.models import CaseFile

RECEIPT_METHODS = ("langsung", "pos")
OBJECTION_KINDS = ("keberatan", "banding")


def record_receipt(
    ctx: AppContext,
    ref: str,
    delivered: date,
    method: str = "langsung",
    receiver: str = "",
    post_number: str = "",
    note: str = "",
) -> ExamRecorded:
    """Tanda terima of the decision (handed over, or sent by post when the person is absent).
    Records the delivery on the decision (effective date recomputed) and moves the case from
    keputusan to tindak lanjut."""

    actor = ctx.require("case.decide")
    if method not in RECEIPT_METHODS:
        raise bad("bad_method", "Cara penyampaian: langsung atau pos.", "Method: langsung|pos.")
    if method == "pos" and not post_number.strip():
        raise bad(
            "post_number_required",
            "Penyampaian lewat pos: catat nomor resi/pengiriman (--by-post NOMOR).",
            "Sent by post: give the tracking number.",
        )
    with ctx.tx() as session:
        if delivered > office_today(session):
            raise bad(
                "date_in_future",
                "Tanggal penyampaian tidak boleh di masa depan.",
                "The delivery date cannot be in the future.",
            )
        case = find_case(session, ref)
        require_state(case, (workflow.KEPUTUSAN, workflow.TINDAK_LANJUT), "Tanda terima")
        decision = latest_decision(session, case.id)
        if decision is None:
            raise bad(
                "decision_required", "Laporan ini belum memiliki keputusan.", "No decision yet."
            )
        if decision.delivered_date != delivered:
            decision = record_delivery(ctx, session, case, delivered)
        previous = latest(session, case.id, "receipt")
        data = {
            "delivered": delivered.isoformat(),
            "method": method,
            "receiver": " ".join(receiver.split()) or case.reported_name,
            "post_number": post_number.strip(),
            "note": note.strip(),
            "decision_id": decision.id,
            "sk_number": decision.sk_number,
        }
        row = append_entry(ctx, session, case, actor, "receipt", data, previous)
        if case.state == workflow.KEPUTUSAN:
            move(
                ctx,
                session,
                case,
                workflow.TINDAK_LANJUT,
                f"Keputusan disampaikan {delivered:%d-%m-%Y} ({method}).",
                None,
                {
                    "delivered": delivered.isoformat(),
                    "decision_id": decision.id,
                    "receipt_id": row.id,
                },
            )
        audit.record(ctx, session, "case.receipt", "case_file", case.id, {"entry_id": row.id})
        return ExamRecorded({"id": row.id, **data})


def objection_json(
    ctx: AppContext, session: Session, case: CaseFile, today: date | None = None
) -> dict[str, Any] | None:
    """The objection window after delivery: keberatan to the superior of the official who
    decided, or banding administratif to BPASN for a dismissal (PP 79/2021), with its
    UNCONFIRMED flags."""

    decision = latest_decision(session, case.id)
    if decision is None or decision.delivered_date is None:
        return None
    book = active_book(ctx, session)
    rule = next((d for d in book.deadlines if d.key == "objection"), None)
    days, counting = (rule.days, rule.counting) if rule else (14, "working")
    due = workdays.add_days(office_calendar(ctx, session), decision.delivered_date, days, counting)
    t = decision.sanction_type
    if t in DISMISSAL_TYPES:
        route, to = "banding", "Badan Pertimbangan ASN (BPASN), tembusan kepada PPK"
        flags: list[str] = []
    else:
        route, to = "keberatan", "atasan pejabat yang menjatuhkan hukuman"
        flags = list(rule.unconfirmed) if rule else ["U-KEBERATAN"]
    if t.startswith("moral_"):
        flags.append("U-MORAL-KEBERATAN")
    if t.startswith("kontrak_"):
        route, to = "perjanjian_kerja", "menurut perjanjian kerja (bukan PP 79/2021)"
    filed = [entry_data(e) for e in entries(session, case.id, "objection")]
    today = today or office_today(session)
    return {
        "route": route,
        "to": to,
        "from": decision.delivered_date.isoformat(),
        "until": due.isoformat(),
        "days": days,
        "counting": counting,
        "open": today <= due,
        "filed": filed,
        "warnings": [f"BELUM DIKONFIRMASI [{u}]: {book.unconfirmed_text(u)}" for u in flags],
    }


def record_objection(
    ctx: AppContext, ref: str, kind: str, filed: date, note: str = ""
) -> ExamRecorded:
    """An objection (keberatan) or appeal (banding) filed by the sanctioned person."""

    actor = ctx.require("case.decide")
    if kind not in OBJECTION_KINDS:
        raise bad("bad_kind", "Jenis upaya: keberatan atau banding.", "keberatan|banding.")
    with ctx.tx() as session:
        case = find_case(session, ref)
        window = objection_json(ctx, session, case)
        if window is None:
            raise bad(
                "not_delivered",
                "Upaya administratif diajukan sesudah keputusan disampaikan; penyampaian "
                "belum dicatat.",
                "The decision has not been delivered yet.",
            )
        late = filed > date.fromisoformat(window["until"])
        data = {
            "kind": kind,
            "filed": filed.isoformat(),
            "late": late,
            "note": note.strip(),
            "expected_route": window["route"],
        }
        row = append_entry(ctx, session, case, actor, "objection", data)
        audit.record(ctx, session, "case.objection", "case_file", case.id, {"entry_id": row.id})
        return ExamRecorded({"id": row.id, **data})
