"""The written classification a catch-all code ("other form regulated by law") needs before
the engine runs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.services import audit
from desktop.services.cases.exam.base import append_entry, entries, entry_data
from desktop.services.cases.model import ExamRecorded
from desktop.services.cases.records import active_book, bad, find_case
from desktop.services.context import AppContext


def classifications_of(session: Session, case_id: str, codes: list[str]) -> dict[str, Any]:
    """The newest written classification of each catch-all code among ``codes``."""
    out: dict[str, Any] = {}
    for entry in entries(session, case_id, "classification"):
        data = entry_data(entry)
        if data.get("code") in codes:
            out[data["code"]] = {k: data[k] for k in ("level", "basis", "text")}
    return out


def classify(
    ctx: AppContext, ref: str, code: str, basis: str, text: str, level: str = ""
) -> ExamRecorded:
    """The written classification a catch-all code ("other form regulated by law") needs
    before the engine runs: the regulation breached, the description and (discipline) level."""
    from desktop.domain.case_input import parse_classifications

    actor = ctx.require("case.check")
    code = code.strip().upper()
    with ctx.tx() as session:
        case = find_case(session, ref)
        book = active_book(ctx, session)
        v = book.violation(code)
        if not v.classification_required:
            raise bad(
                "classification_not_needed",
                f"Kode {code} mempunyai tingkat tetap di aturan sanksi; klasifikasi hanya untuk "
                "kode 'bentuk lain yang diatur peraturan perundang-undangan'.",
                f"Code {code} has a fixed level.",
            )
        item = {
            "level": level or ("moral" if v.track == "ethics" else ""),
            "basis": basis,
            "text": text,
        }
        parsed = parse_classifications(book, (code,), {code: item})[0]
        data = {"code": code, **parsed.to_json()}
        row = append_entry(ctx, session, case, actor, "classification", data)
        audit.record(
            ctx, session, "case.classify", "case_file", case.id, {"entry_id": row.id, **data}
        )
        return ExamRecorded({"id": row.id, "case": case.number, **data})
