"""Helpers for the case tests: a small roster and a case taken up to a given stage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from desktop.services import cases
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from tests.builders import add_employee, add_unit

PEOPLE = {
    "pns": ("199001012015031001", "Yohanis Leunufna, S.Sos.", "PNS", "III/b"),
    "pns2": ("198505052010011002", "Maria Rumlus, S.Pd.", "PNS", "III/c"),
    "cpns": ("199807072024021001", "Petrus Masela", "CPNS", "III/a"),
    "pppk": ("199203032023212001", "Agustina Lerebulan, A.Md.Kep.", "PPPK", "VII"),
    "non_asn": (None, "Simon Kay", "NON_ASN", None),
}


@pytest.fixture
def people(ctx: AppContext) -> dict[str, str]:
    """Employee ids by key, in unit 'Desa Ilwaki'."""
    out: dict[str, str] = {}
    with ctx.tx() as session:
        unit = add_unit(ctx, session, "81.08.06.2001", "Desa Ilwaki", "desa")
        session.flush()
        for key, (nip, name, category, gol) in PEOPLE.items():
            emp = add_employee(
                ctx,
                session,
                name,
                unit.id,
                nip=nip,
                category=category,
                golongan=gol,
                jabatan="Staf Kantor Desa",
            )
            out[key] = emp.id
    return out


def intake(**kw: Any) -> cases.Intake:
    base: dict[str, Any] = {
        "source": "masyarakat",
        "received": date(2024, 10, 7),
        "description": "Mengunggah foto bersama calon bupati di Facebook.",
        "reporter_name": "Lukas Maahury",
        "reporter_contact": "0812-4000-1234",
        "act_place": "Ilwaki",
        "act_date": date(2024, 10, 5),
        "alleged_codes": ["D7"],
    }
    base.update(kw)
    return cases.Intake(**base)


Driver = Callable[..., dict[str, Any]]


@pytest.fixture
def drive(ctx: AppContext) -> Driver:
    """Take a new case to ``until`` (validasi | rekomendasi | keputusan)."""

    def run(
        employee_id: str | None,
        proven: list[str],
        until: str = "rekomendasi",
        received: date = date(2024, 10, 7),
        **kw: Any,
    ) -> dict[str, Any]:
        case = cases.show(
            ctx,
            cases.new_case(
                ctx, intake(employee_id=employee_id, received=received, alleged_codes=proven, **kw)
            ).case_id,
        ).to_json()
        ref = case["id"]
        cases.advance(ctx, ref, "pengecekan", "Berkas lengkap.")
        cases.advance(ctx, ref, "verifikasi", "Diteruskan ke satgas.")
        cases.advance(ctx, ref, "validasi", "Terbukti.", proven)
        if until == "validasi":
            return cases.show(ctx, ref).to_json()
        case_sanctions.recommend(ctx, ref)
        if until == "rekomendasi":
            return cases.show(ctx, ref).to_json()
        raise ValueError(until)

    return run
