"""The content of the Laporan Hasil Pemeriksaan: summary, evidence, analysis, conclusion and
the recommendation with the sanction names it was made with.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.services.cases.exam.base import entry_data, latest
from desktop.services.cases.exam.team import team_of
from desktop.services.cases.exam_docs.parts import base_content
from desktop.services.cases.records import bad
from desktop.services.context import AppContext
from desktop.store.models import CaseFile

TRACK_LABELS = {
    "discipline": "Hukuman disiplin (PP 94/2021)",
    "ethics": "Kode etik — sanksi moral (PP 42/2004)",
    "contract": "Perjanjian kerja / SE MenPANRB 01/2023 (non-ASN)",
}


def lhp_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    row = latest(session, case.id, "lhp")
    if row is None:
        raise bad(
            "lhp_missing",
            "Belum ada laporan hasil pemeriksaan (netra case lhp).",
            "No LHP recorded yet (netra case lhp).",
        )
    lhp = entry_data(row)
    rec = lhp["recommendation"]
    names = rec.get("sanction_names") or {}
    team = team_of(session, case.id)
    signers = [
        {"heading": f"{m['role_label']},", "name": m["name"], "nip": m["nip"]}
        for m in (team or {}).get("members", [])
    ] or [{"heading": "Atasan Langsung,", "name": "", "nip": ""}]
    return {
        **base_content(ctx, session, case, "lhp"),
        "subtitle": f"Laporan {case.number}"
        + (" — tanpa pemeriksaan (tidak hadir dua kali)" if lhp["without_examination"] else ""),
        "lhp_id": row.id,
        "lhp_sha256": row.sha256,
        "date": lhp["date"],
        "summary": lhp["summary"],
        "analysis": lhp["analysis"],
        "conclusion": lhp["conclusion"],
        "evidence": lhp["evidence"],
        "bap_sha256": lhp.get("bap_sha256"),
        "recommendation": rec,
        "track_label": TRACK_LABELS.get(rec.get("track") or "", rec.get("track") or "-"),
        "minimum_name": names.get(str(rec.get("minimum_type")))
        or (str(rec["minimum_type"]) if rec.get("minimum_type") else None),
        "allowed_names": "; ".join(
            names.get(str(t), str(t)) for t in rec.get("allowed_types") or []
        ),
        "legal_basis_list": lhp["legal_basis"],
        "rulebook": lhp["rulebook"],
        "rulebook_sha256": lhp["rulebook_sha256"],
        "signers": signers,
    }
