"""The content of the Berita Acara Pemeriksaan: questions and answers, examiners and the
examined person with their signature images (or the refusal).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.services.cases.exam.bap import bap_json
from desktop.services.cases.exam.base import latest
from desktop.services.cases.exam_docs.parts import base_content
from desktop.services.cases.records import bad
from desktop.services.context import AppContext
from desktop.store.models import Blob, CaseFile


def bap_content(
    ctx: AppContext, session: Session, case: CaseFile
) -> tuple[dict[str, Any], dict[str, bytes]]:
    row = latest(session, case.id, "bap")
    if row is None:
        raise bad(
            "bap_missing",
            "Belum ada berita acara pemeriksaan (netra case bap).",
            "No BAP recorded yet (netra case bap).",
        )
    bap = bap_json(session, row)
    signers: list[dict[str, Any]] = []
    images: dict[str, bytes] = {}
    signed = {s["who"].get("nip") or s["who"].get("name"): s for s in bap["signatures"]}
    for e in bap["examiners"]:
        s = signed.get(e.get("nip") or e.get("name"))
        signers.append(
            {
                "heading": f"Pemeriksa ({e['role_label']}),",
                "name": e["name"],
                "nip": e["nip"],
                "image_sha256": s["image_sha256"] if s and s["role"] == "examiner" else None,
            }
        )
    examined = next(s for s in bap["signatures"] if s["role"] == "examined")
    signers.append(
        {
            "heading": "Yang diperiksa,",
            "name": bap["examined"]["name"],
            "nip": bap["examined"]["nip"],
            "image_sha256": examined["image_sha256"],
            "refused": examined["kind"] == "refused",
            "reason": examined["reason"],
        }
    )
    for s in signers:
        sha = s.get("image_sha256")
        if sha:
            blob = session.get(Blob, sha)
            if blob is not None:
                images[sha] = bytes(blob.data)
    content = {
        **base_content(ctx, session, case, "bap"),
        "subtitle": f"Laporan {case.number}",
        "bap_id": row.id,
        "bap_sha256": row.sha256,
        "qa": bap["qa"],
        "held_on": bap["held_on"],
        "place": bap["place"],
        "mode": bap["mode"],
        "examiners": bap["examiners"],
        "refused": bap["refused"],
        "signers": signers,
        "signature_sha256": [s["sha256"] for s in bap["signatures"]],
    }
    return content, images
