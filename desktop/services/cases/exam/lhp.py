"""The Laporan Hasil Pemeriksaan: summary, evidence with SHA-256, analysis, conclusion with
the proven codes, the engine's recommendation and its legal basis.
"""

from __future__ import annotations

import json
from datetime import date

from desktop.domain import workflow
from desktop.services import audit
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases.exam.base import (
    EXAM_PERMISSION,
    append_entry,
    entry_data,
    latest,
    latest_recommendation,
    require_recommendation,
    require_state,
    required_body,
)
from desktop.services.cases.exam.summons import without_examination
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import bad, find_case, proven_codes
from desktop.services.context import AppContext
from desktop.services.office import office_today

MIN_CONCLUSION = 10


def record_lhp(
    ctx: AppContext,
    ref: str,
    conclusion: str,
    summary: str = "",
    analysis: str = "",
    made_on: date | None = None,
) -> ExamRecorded:
    """The Laporan Hasil Pemeriksaan: summary (of the BAP, or of the two missed summonses),
    the evidence with their SHA-256, analysis, conclusion with the proven codes, the engine's
    recommendation and its legal basis."""

    actor = ctx.require(EXAM_PERMISSION)
    conclusion = conclusion.strip()
    if len(conclusion) < MIN_CONCLUSION:
        raise bad(
            "conclusion_required",
            f"Kesimpulan pemeriksaan wajib ditulis (minimal {MIN_CONCLUSION} karakter).",
            "A conclusion is required.",
        )
    with ctx.tx() as session:
        case = find_case(session, ref)
        require_state(case, (workflow.REKOMENDASI,), "Laporan hasil pemeriksaan")
        rec = latest_recommendation(session, case.id)
        output = require_recommendation(session, case)
        assert rec is not None
        bap = latest(session, case.id, "bap")
        absent = without_examination(session, case.id)
        need = required_body(output)
        if bap is None and not absent and need != "none":
            raise bad(
                "bap_required",
                "Laporan hasil pemeriksaan dibuat sesudah pemeriksaan (BAP), atau sesudah "
                "pegawai dua kali tidak hadir.",
                "The LHP comes after the BAP (or two missed summonses).",
            )
        proven = proven_codes(session, case.id)
        rec_codes = json.loads(rec.input_json).get("violations", [])
        if sorted(rec_codes) != sorted(proven):
            raise bad(
                "recommendation_stale",
                "Kode terbukti berubah sesudah rekomendasi: jalankan rekomendasi lagi.",
                "The proven codes changed after the recommendation: recommend again.",
            )
        if not summary.strip():
            if absent:
                summary = (
                    "Pegawai yang bersangkutan tidak memenuhi panggilan pertama dan panggilan "
                    "kedua. Sesuai PP 94/2021, hukuman disiplin dijatuhkan berdasarkan alat "
                    "bukti dan keterangan yang ada tanpa pemeriksaan."
                )
            elif bap is not None:
                b = entry_data(bap)
                summary = (
                    f"Pemeriksaan dilaksanakan pada {b['held_on']} di {b['place']} "
                    f"({'secara virtual' if b['mode'] == 'virtual' else 'tatap muka'}), "
                    f"{len(b['qa'])} pertanyaan dijawab dan dicatat dalam berita acara"
                    + (
                        "; pegawai menolak menandatangani berita acara, yang tetap sah."
                        if b["refused"]
                        else "."
                    )
                )
        if not analysis.strip():
            from desktop.domain.explanation import explanation_lines

            analysis = "\n".join(explanation_lines(output))
        previous = latest(session, case.id, "lhp")
        today = office_today(session)
        made = made_on or today
        if made > today:
            raise bad(
                "date_in_future",
                "Tanggal laporan hasil pemeriksaan tidak boleh di masa depan.",
                "The LHP date cannot be in the future.",
            )
        data = {
            "date": made.isoformat(),
            "summary": summary.strip(),
            "analysis": analysis.strip(),
            "conclusion": conclusion,
            "proven_codes": proven,
            "without_examination": absent,
            "bap_id": bap.id if bap else None,
            "bap_sha256": bap.sha256 if bap else None,
            "evidence": [
                {"filename": e.filename, "sha256": e.sha256, "size": e.size}
                for e in case_evidence.items_of(session, case.id)
            ],
            "recommendation_id": rec.id,
            "rulebook": rec.rulebook_version,
            "rulebook_sha256": rec.rulebook_sha256,
            "recommendation": {
                k: output.get(k)
                for k in (
                    "track",
                    "level",
                    "minimum_type",
                    "allowed_types",
                    "moral",
                    "authority",
                    "process",
                    "warnings",
                    "sanction_names",
                    "moral_name",
                )
            },
            "legal_basis": sorted({c["legal_basis"] for c in output.get("codes", [])}),
        }
        row = append_entry(ctx, session, case, actor, "lhp", data, previous)
        audit.record(ctx, session, "case.lhp", "case_file", case.id, {"entry_id": row.id})
        return ExamRecorded(
            {"id": row.id, "created_at": row.created_at, "sha256": row.sha256, **data}
        )
