"""Pembebasan sementara dari tugas jabatan (PP 94/2021) for a case likely to end in a berat
sanction, with its acting official; lifted by hand or by the decision.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import nip as nipmod
from desktop.domain import workflow
from desktop.domain.case_view import Suspension
from desktop.domain.sanctions import heaviest_level
from desktop.services import audit
from desktop.services.cases.exam.base import (
    EXAM_PERMISSION,
    append_entry,
    employee_of,
    entries,
    entry_data,
    latest,
    latest_recommendation,
    require_state,
)
from desktop.services.cases.exam.team import team_of
from desktop.services.cases.model import SuspensionChanged
from desktop.services.cases.records import active_book, bad, find_case, proven_codes
from desktop.services.context import Actor, AppContext
from desktop.services.office import office_today
from desktop.store.models import CaseDecision, CaseExamEntry, CaseFile

SUSPENSION_LEVELS = ("berat", "ptdh")
MIN_SUSPENSION_REASON = 10
SUSPENSION_BASIS = (
    "PP 94/2021: PNS yang diduga melakukan pelanggaran disiplin dan kemungkinan dijatuhi "
    "hukuman disiplin berat dibebaskan sementara dari tugas jabatannya oleh atasan langsung "
    "sejak diperiksa sampai ditetapkannya keputusan hukuman disiplin; tugasnya dilaksanakan "
    "pejabat pelaksana harian (nomor pasal BELUM DIKONFIRMASI di REFERENCE.md)."
)


def likely_level(ctx: AppContext, session: Session, case: CaseFile) -> tuple[str | None, str]:
    """(level, source) a suspension is judged on: the engine's current recommendation when
    there is one (``rekomendasi``), else the heaviest level of the proven or alleged codes in
    the active rulebook (``dugaan``)."""
    rec = latest_recommendation(session, case.id)
    if rec is not None:
        output = json.loads(rec.output_json)
        level = output.get("level") if output.get("track") == "discipline" else output.get("track")
        return (str(level) if level else None), "rekomendasi"
    book = active_book(ctx, session)
    codes = proven_codes(session, case.id) or json.loads(case.alleged_codes_json)
    return heaviest_level(book.violations[c].level for c in codes if c in book.violations), "dugaan"


def suspension_json(session: Session, case_id: str) -> dict[str, Any] | None:
    """The case's pembebasan sementara: ``None`` when never recorded; else the newest
    suspension with ``active`` and, once lifted, when and why (a decision or by hand)."""
    row = latest(session, case_id, "suspension")
    if row is None:
        return None
    data = entry_data(row)
    if data.get("action") == "lift":
        suspended = dict(data.get("suspended") or {})
        return {
            **suspended,
            "active": False,
            "entry_id": row.id,
            "suspension_id": data.get("suspension_id"),
            "lifted_on": data.get("lifted_on"),
            "lift_reason": data.get("lift_reason"),
            "decision_id": data.get("decision_id"),
            "note": data.get("note", ""),
        }
    return {
        **{k: v for k, v in data.items() if k != "action"},
        "active": True,
        "entry_id": row.id,
        "suspension_id": row.id,
        "created_at": row.created_at,
        "sha256": row.sha256,
        "lifted_on": None,
        "lift_reason": None,
        "decision_id": None,
    }


def suspension_entry(session: Session, case_id: str) -> CaseExamEntry | None:
    """The newest ``suspend`` entry (the one the Keputusan Pembebasan Sementara prints),
    whether or not it was lifted since."""
    for row in reversed(entries(session, case_id, "suspension")):
        if entry_data(row).get("action") == "suspend":
            return row
    return None


def suspend(
    ctx: AppContext,
    ref: str,
    *,
    acting_official: str,
    official_nip: str,
    start: date,
    reason: str,
) -> SuspensionChanged:
    """Pembebasan sementara dari tugas jabatan (PP 94/2021) for a case in examination whose
    recommendation (or, before it, the proven/alleged codes) points at a hukuman disiplin
    berat, with the pejabat pelaksana harian who takes over the duties. A new suspension
    supersedes an earlier one (a correction); it lasts until the decision or :func:`lift`."""

    actor = ctx.require(EXAM_PERMISSION)
    name = " ".join(acting_official.split())
    nip = nipmod.as_nip(official_nip) or ""
    if not name or not nip:
        raise bad(
            "suspension_official_required",
            "Sebutkan pejabat pelaksana harian (--official) dan NIP-nya (--official-nip, "
            "18 angka)"
            + (f"; NIP tertulis '{official_nip}' tidak sah." if official_nip.strip() else "."),
            "Name the acting official and the NIP.",
        )
    reason = " ".join(reason.split())
    if len(reason) < MIN_SUSPENSION_REASON:
        raise bad(
            "suspension_reason_required",
            f"Alasan pembebasan sementara wajib ditulis (minimal {MIN_SUSPENSION_REASON} "
            "karakter).",
            "A reason for the suspension is required.",
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        require_state(case, (workflow.REKOMENDASI,), "Pembebasan sementara")
        level, source = likely_level(ctx, session, case)
        if level not in SUSPENSION_LEVELS:
            basis = "rekomendasi" if source == "rekomendasi" else "kode dugaan pelanggaran"
            raise bad(
                "suspension_not_berat",
                "Pembebasan sementara dari tugas jabatan hanya untuk dugaan pelanggaran yang "
                "dapat dijatuhi hukuman disiplin berat (PP 94/2021); "
                f"{basis} laporan {case.number} bertingkat '{level or 'tidak diketahui'}'.",
                "Temporary suspension is only for a case likely to end in a berat sanction.",
                level=level,
                source=source,
            )
        emp = employee_of(session, case)
        if emp is not None and emp.nip and emp.nip == nip:
            raise bad(
                "suspension_official_required",
                f"{name} adalah pegawai yang diperiksa: pejabat pelaksana harian harus orang lain.",
                "The acting official cannot be the examined person.",
            )
        team = team_of(session, case.id) or {}
        atasan = next(
            (m for m in team.get("members", []) if m["role"] in ("atasan_langsung", "ketua")),
            None,
        )
        rec = latest_recommendation(session, case.id)
        previous = latest(session, case.id, "suspension")
        data: dict[str, Any] = {
            "action": "suspend",
            "acting_official": name,
            "official_nip": nip,
            "start": start.isoformat(),
            "reason": reason,
            "level": level,
            "level_source": source,
            "recommendation_id": rec.id if rec else None,
            "by": {"name": atasan["name"], "nip": atasan["nip"]} if atasan else None,
            "examined": {
                "name": case.reported_name,
                "nip": (emp.nip or "") if emp else "",
                "jabatan": emp.jabatan if emp else "",
            },
        }
        row = append_entry(ctx, session, case, actor, "suspension", data, previous)
        audit.record(
            ctx,
            session,
            "case.suspend",
            "case_file",
            case.id,
            {"entry_id": row.id, "start": data["start"], "acting_official": name},
        )
        session.flush()
        out = suspension_json(session, case.id)
        assert out is not None
        return SuspensionChanged(case.number, Suspension(out))


def _lift_entry(
    ctx: AppContext,
    session: Session,
    case: CaseFile,
    actor: Actor,
    lifted_on: date,
    why: str,
    decision_id: str | None,
    note: str,
) -> CaseExamEntry | None:
    current = latest(session, case.id, "suspension")
    if current is None or entry_data(current).get("action") != "suspend":
        return None
    suspended = {k: v for k, v in entry_data(current).items() if k != "action"}
    data = {
        "action": "lift",
        "suspension_id": current.id,
        "lifted_on": lifted_on.isoformat(),
        "lift_reason": why,
        "decision_id": decision_id,
        "note": " ".join(note.split()),
        "suspended": suspended,
    }
    return append_entry(ctx, session, case, actor, "suspension", data, current)


def lift(ctx: AppContext, ref: str, on: date | None = None, note: str = "") -> SuspensionChanged:
    """End the pembebasan sementara by hand (a superseding ``suspension`` entry)."""

    actor = ctx.require(EXAM_PERMISSION)
    with ctx.tx() as session:
        case = find_case(session, ref)
        row = _lift_entry(
            ctx, session, case, actor, on or office_today(session), "manual", None, note
        )
        if row is None:
            raise bad(
                "suspension_none",
                f"Laporan {case.number} tidak sedang dalam pembebasan sementara dari tugas "
                "jabatan.",
                "The case has no active temporary suspension.",
            )
        audit.record(
            ctx, session, "case.suspension_lift", "case_file", case.id, {"entry_id": row.id}
        )
        session.flush()
        out = suspension_json(session, case.id)
        assert out is not None
        return SuspensionChanged(case.number, Suspension(out))


def lift_on_decision(
    ctx: AppContext, session: Session, case: CaseFile, decision: CaseDecision
) -> CaseExamEntry | None:
    """The suspension ends when the decision is recorded (PP 94/2021): called by
    ``case_sanctions.decide`` in its transaction; nothing when no suspension is active."""
    actor = ctx.actor
    assert actor is not None
    return _lift_entry(
        ctx, session, case, actor, decision.sk_date, "decision", decision.id, decision.sk_number
    )
