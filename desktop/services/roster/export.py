"""Roster export to ``.xlsx`` or ``.csv`` (by extension), re-importable by the roster import.

NIPs are written as text so Excel keeps all 18 digits; a cell that begins with ``=``, ``+``,
``-`` or ``@`` is written as text (documents.spreadsheets) so it never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.documents import spreadsheets
from desktop.domain import golongan as gol
from desktop.domain import roster as r
from desktop.domain.errors import NetraError
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.roster import RosterQuery, _filtered, _order
from desktop.store.models import Employee, Unit

HEADER = (
    "NIP",
    "NAMA",
    "STATUS KEPEGAWAIAN",
    "GOL. RUANG",
    "PANGKAT",
    "JABATAN",
    "JENIS JABATAN",
    "KODE UNIT",
    "UNIT KERJA",
    "TANGGAL LAHIR",
    "JENIS KELAMIN",
    "NIK",
    "AKTIF",
    "ALASAN NONAKTIF",
)
_COLUMNS = (
    Employee.nip,
    Employee.name,
    Employee.category,
    Employee.golongan,
    Employee.jabatan,
    Employee.jabatan_kind,
    Unit.code,
    Unit.name,
    Employee.birth_date,
    Employee.sex,
    Employee.nik,
    Employee.active,
    Employee.inactive_reason,
)


def _rows(ctx: AppContext, q: RosterQuery) -> Iterator[list[Any]]:
    with ctx.read() as session:
        stmt = _filtered(select(*_COLUMNS).join(Unit, Unit.id == Employee.unit_id), q)
        for (
            nip,
            name,
            category,
            golongan,
            jabatan,
            kind,
            ucode,
            uname,
            birth,
            sex,
            nik,
            active,
            reason,
        ) in session.execute(stmt.order_by(*_order(q))):
            yield [
                nip or "",
                name,
                r.CATEGORY_LABELS.get(category, category),
                golongan or "",
                gol.pangkat(golongan),
                jabatan,
                kind or "",
                ucode,
                uname,
                birth.strftime("%d-%m-%Y") if birth else "",
                sex or "",
                nik or "",
                "Ya" if active else "Tidak",
                r.INACTIVE_LABELS.get(reason or "", ""),
            ]


def export(ctx: AppContext, path: Path, q: RosterQuery | None = None) -> int:
    ctx.require("roster.export")
    q = q or RosterQuery(status="all")
    suffix = path.suffix.lower()
    if suffix not in spreadsheets.WRITE_SUFFIXES:
        raise NetraError(
            "export_format",
            f"Format {suffix or '(tanpa akhiran)'} tidak didukung: pakai .xlsx atau .csv.",
            "Use .xlsx or .csv.",
        )
    if suffix == ".csv":
        count = spreadsheets.write_csv(path, HEADER, _rows(ctx, q))
    else:
        count = spreadsheets.write_xlsx(path, HEADER, _rows(ctx, q))
    with ctx.tx() as session:
        audit.record(
            ctx,
            session,
            "roster.export",
            "roster",
            "",
            {"file": path.name, "rows": count, "search": q.search},
        )
    return count
