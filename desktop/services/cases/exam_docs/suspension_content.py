"""The content of the Keputusan Pembebasan Sementara dari Tugas Jabatan."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.services.cases.exam.base import entry_data
from desktop.services.cases.exam.suspension import SUSPENSION_BASIS, suspension_entry
from desktop.services.cases.exam_docs.parts import base_content
from desktop.services.cases.records import bad
from desktop.services.context import AppContext
from desktop.store.models import CaseFile


def suspension_content(ctx: AppContext, session: Session, case: CaseFile) -> dict[str, Any]:
    """The Keputusan Pembebasan Sementara dari Tugas Jabatan printed from the newest
    ``suspend`` entry (lifting it later does not change the decree that suspended)."""
    row = suspension_entry(session, case.id)
    if row is None:
        raise bad(
            "suspension_none",
            f"Laporan {case.number} tidak sedang dalam pembebasan sementara dari tugas jabatan "
            "(netra case suspend).",
            "The case has no temporary suspension (netra case suspend).",
        )
    data = entry_data(row)
    by = data.get("by") or {}
    return {
        **base_content(ctx, session, case, "suspension"),
        "subtitle": f"Laporan {case.number}",
        "suspension_id": row.id,
        "suspension_sha256": row.sha256,
        "start": data["start"],
        "reason": data["reason"],
        "level": data["level"],
        "level_source": data["level_source"],
        "acting_official": {"name": data["acting_official"], "nip": data["official_nip"]},
        "suspension_basis": SUSPENSION_BASIS,
        "signer": {
            "heading": "Atasan Langsung,",
            "name": by.get("name") or "",
            "nip": by.get("nip") or "",
        },
    }
