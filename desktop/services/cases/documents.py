"""Case PDFs: gather the data (without the reporter's contact) and render on the letterhead.

ReportLab (via ``desktop.documents.case_pdf``) is imported when a document is made, not
with this module: the cases page imports this module, and start-up should not pay for it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import sanctions
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.services import audit, cases
from desktop.services.cases.model import PdfWritten
from desktop.services.cases.records import find_case, names_book
from desktop.services.context import AppContext
from desktop.services.office import letterhead, office_today

if TYPE_CHECKING:
    from desktop.documents import case_pdf

KINDS = ("summary", "recommendation")


def build_document(ctx: AppContext, ref: str, today: date | None = None) -> case_pdf.CaseDocument:
    from desktop.documents import case_pdf

    data = replace(cases.show(ctx, ref, today=today), reporter_contact=None)  # never printed
    with ctx.read() as session:
        office = ctx.office(session)
        book = names_book(ctx, session)  # with the local PPPK layer: its names
        category = data.category
        type_names = {t: sanctions.sanction_name(book, t, category) for t in sanctions.ALL_TYPES}
        return case_pdf.CaseDocument(
            letterhead=letterhead(session, office),
            paper=office.paper,
            place=office.place or office.name,
            office_name=office.name,
            case=data,
            printed_on=today or office_today(session),
            violations={code: v.act for code, v in book.violations.items()},
            type_names=type_names,
        )


def render(ctx: AppContext, ref: str, kind: str = "summary", today: date | None = None) -> bytes:
    if kind not in KINDS:
        raise NetraError(
            "unknown_kind",
            f"Jenis dokumen '{kind}' tidak dikenal: {', '.join(KINDS)}.",
            f"Unknown document kind '{kind}'.",
        )
    ctx.require("view")
    from desktop.documents import case_pdf

    doc = build_document(ctx, ref, today)
    if kind == "recommendation" and doc.case.recommendation is None:
        raise NetraError(
            "recommendation_required",
            "Laporan ini belum memiliki rekomendasi untuk dicetak.",
            "This case has no recommendation to print yet.",
        )
    if kind == "summary":
        return case_pdf.render_summary(doc)
    return case_pdf.render_recommendation(doc)


def write_pdf(ctx: AppContext, ref: str, kind: str, out: Path) -> PdfWritten:
    """Render the case PDF ``kind`` and write it to ``out`` (read back and checked)."""
    data = render(ctx, ref, kind)
    write_verified(out, data)
    with ctx.tx() as session:
        row = find_case(session, ref)
        audit.record(
            ctx,
            session,
            "case.pdf",
            "case_file",
            row.id,
            {"kind": kind, "path": str(out), "size": len(data)},
        )
    return PdfWritten(str(out), kind, len(data))
