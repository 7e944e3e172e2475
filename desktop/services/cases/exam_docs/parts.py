"""What every examination document's content shares: the examined person, the proven codes
with their acts and legal basis (from the active rulebook, local layer included), the track
and its legal basis, the competent official.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import golongan as gol
from desktop.services.cases.exam.base import latest_recommendation
from desktop.services.cases.exam_docs.kinds import TITLES
from desktop.services.cases.records import names_book, proven_codes
from desktop.services.context import AppContext
from desktop.store.models import CaseFile, Employee, Unit


def examined_person(session: Session, case: CaseFile) -> dict[str, Any]:
    emp = session.get(Employee, case.employee_id) if case.employee_id else None
    if emp is None:
        return {
            "name": case.reported_name,
            "nip": "",
            "unit": case.reported_unit,
            "jabatan": "",
            "golongan": "",
            "pangkat": "",
            "category": "",
        }
    unit = session.get(Unit, emp.unit_id)
    return {
        "name": emp.name,
        "nip": emp.nip or "",
        "nik": emp.nik or "",
        "category": emp.category,
        "golongan": emp.golongan or "",
        "pangkat": gol.pangkat(emp.golongan),
        "jabatan": emp.jabatan,
        "unit": unit.name if unit else case.reported_unit,
    }


def code_rows(ctx: AppContext, session: Session, case: CaseFile) -> list[dict[str, str]]:
    book = names_book(ctx, session)
    codes = proven_codes(session, case.id) or json.loads(case.alleged_codes_json)
    out = []
    for code in codes:
        v = book.violations.get(code)
        out.append(
            {"code": code, "act": v.act if v else "", "legal_basis": v.legal_basis if v else ""}
        )
    return out


def track_of(session: Session, case: CaseFile) -> str:
    rec = latest_recommendation(session, case.id)
    return str(json.loads(rec.output_json).get("track")) if rec else "discipline"


def basis_text(track: str) -> str:
    return {
        "ethics": "PP 42/2004 tentang Pembinaan Jiwa Korps dan Kode Etik PNS",
        "contract": "perjanjian kerja dan SE MenPANRB 01/2023",
    }.get(track, "PP 94/2021 tentang Disiplin PNS")


def competent_official(ctx: AppContext, session: Session, level: str | None, track: str) -> str:
    office = ctx.office(session)
    region = office.kabupaten_name.strip()
    if track == "contract":
        return "Kepala Unit Kerja"
    if track == "ethics" or level in ("berat", "ptdh"):
        lower = region.lower()
        for prefix in ("kabupaten ", "kab. ", "kota "):
            if lower.startswith(prefix):
                region = region[len(prefix) :]
        parts = office.kabupaten_code.split(".")
        # Kemendagri codes: 71-99 after the province are cities (81.72 Kota Tual)
        city = lower.startswith("kota ") or (
            len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= 71
        )
        return (
            f"{'Wali Kota' if city else 'Bupati'} {region}"
            if region
            else "Pejabat Pembina Kepegawaian"
        )
    return "Pejabat yang Berwenang Menghukum"


def base_content(ctx: AppContext, session: Session, case: CaseFile, kind: str) -> dict[str, Any]:
    office = ctx.office(session)
    return {
        "kind": kind,
        "title": TITLES[kind],
        "case_number": case.number,
        "office_name": office.name,
        "place": office.place or office.name,
        "examined": examined_person(session, case),
        "codes": code_rows(ctx, session, case),
        "legal_basis": basis_text(track_of(session, case)),
    }
