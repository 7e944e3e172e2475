"""The I'DIS/SIASN bundle: one folder per decided case with its PDFs plus ``index.csv`` and
``index.json`` for the BKPSDM's upload.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from desktop.fileio import write_verified
from desktop.services import audit
from desktop.services.cases.exam.references import references_json
from desktop.services.cases.exam.summons import without_examination
from desktop.services.cases.exam_docs.content import available_kinds
from desktop.services.cases.exam_docs.kinds import FILE_NAMES
from desktop.services.cases.exam_docs.parts import examined_person
from desktop.services.cases.exam_docs.versions import produce
from desktop.services.cases.model import BundleWritten
from desktop.services.cases.records import (
    bad,
    find_case,
    latest_decision,
    names_book,
    proven_codes,
    type_label,
)
from desktop.services.context import AppContext

INDEX_KEYS = (
    "case_number",
    "nip",
    "name",
    "category",
    "golongan",
    "jabatan",
    "unit",
    "violation_codes",
    "sanction_type",
    "sanction_name",
    "moral",
    "sk_number",
    "sk_date",
    "decided_by",
    "delivered_date",
    "effective_date",
    "end_date",
    "without_examination",
    "bawaslu",
    "bawaslu_letter",
    "sbt",
    "bkn_letter",
    "bkn_date",
    "kanreg",
    "recommending_body",
    "rulebook",
)


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z.\-]+", "-", text).strip("-")


def index_row(ctx: AppContext, ref: str) -> dict[str, Any]:
    """The I'DIS/SIASN index entry of a decided case."""

    ctx.require("view")
    with ctx.read() as session:
        case = find_case(session, ref)
        decision = latest_decision(session, case.id)
        if decision is None:
            raise bad(
                "decision_required",
                f"Laporan {case.number} belum diputus: bundel I'DIS/SIASN dibuat untuk laporan "
                "yang sudah memiliki keputusan (netra case decide).",
                "The case has no decision yet.",
            )
        who = examined_person(session, case)
        refs = references_json(ctx, session, case)
        body = refs.get("recommending_body") or {}
        return {
            "case_number": case.number,
            "nip": who.get("nip") or "",
            "name": who["name"],
            "category": who.get("category") or "",
            "golongan": who.get("golongan") or "",
            "jabatan": who.get("jabatan") or "",
            "unit": who.get("unit") or "",
            "violation_codes": proven_codes(session, case.id),
            "sanction_type": decision.sanction_type,
            "sanction_name": type_label(
                decision.sanction_type, who.get("category") or None, names_book(ctx, session)
            ),
            "moral": decision.moral or "",
            "sk_number": decision.sk_number,
            "sk_date": decision.sk_date.isoformat(),
            "decided_by": decision.decided_by,
            "delivered_date": decision.delivered_date.isoformat()
            if decision.delivered_date
            else "",
            "effective_date": decision.effective_date.isoformat()
            if decision.effective_date
            else "",
            "end_date": decision.end_date.isoformat() if decision.end_date else "",
            "without_examination": without_examination(session, case.id),
            "bawaslu": refs.get("bawaslu") or "",
            "bawaslu_letter": refs.get("bawaslu_letter") or "",
            "sbt": refs.get("sbt") or "",
            "bkn_letter": refs.get("bkn_letter") or "",
            "bkn_date": refs.get("bkn_date") or "",
            "kanreg": refs.get("kanreg") or "",
            "recommending_body": body.get("name") or "",
            "rulebook": decision.rulebook_version,
        }


def bundle(ctx: AppContext, ref: str, out_dir: Path) -> BundleWritten:
    """One folder ``<out_dir>/<case number>`` with the case's PDFs (current versions) plus
    ``index.csv`` and ``index.json``."""
    entry = index_row(ctx, ref)  # refuses an undecided case before anything is written
    with ctx.read() as session:
        kinds = available_kinds(session, find_case(session, ref))
    folder = out_dir / _safe(entry["case_number"])
    files = []
    for kind in kinds:
        doc = produce(ctx, ref, kind)
        path = folder / FILE_NAMES[kind]
        sha = write_verified(path, doc.pdf)
        files.append(
            {
                "kind": kind,
                "file": path.name,
                "version": doc.version,
                "sha256": sha,
                "record_sha256": doc.document["sha256"],
                "title": doc.document["title"],
            }
        )
    index = {**entry, "files": files}
    write_verified(
        folder / "index.json",
        (json.dumps([index], ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
    )
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([*INDEX_KEYS, "files"])
    writer.writerow(
        [
            ";".join(entry[k])
            if isinstance(entry[k], list)
            else ("ya" if entry[k] is True else "tidak" if entry[k] is False else entry[k])
            for k in INDEX_KEYS
        ]
        + [";".join(f["file"] for f in files)]
    )
    write_verified(folder / "index.csv", buf.getvalue().encode("utf-8-sig"))
    with ctx.tx() as session:
        case = find_case(session, ref)
        audit.record(
            ctx,
            session,
            "case.bundle",
            "case_file",
            case.id,
            {"folder": str(folder), "files": [f["file"] for f in files]},
        )
    return BundleWritten(str(folder), index, tuple(files))
