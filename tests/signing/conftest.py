"""Signing fixtures: a small roster made directly with the models, an election and an event."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain import handwriting
from desktop.services.context import AppContext
from desktop.services.signing import setup as signing_setup
from tests.builders import add_employee, add_unit

PEOPLE = [
    # name, nip, category, golongan, jabatan, unit
    ("Drs. Yohanis Letelay, M.Si.", "197003121995031004", "PNS", "IV/a", "Camat", "KEC"),
    ("Maria Lewerissa, S.Sos.", "198405172009022003", "PNS", "III/c", "Sekretaris Camat", "KEC"),
    ("Agustinus Rumlus", "199108232019031002", "PNS", "II/c", "Pengadministrasi Umum", "KEC"),
    ("Selfina Kakisina, A.Md.Kep.", "199202142022212001", "PPPK", "VII", "Perawat", "PKM"),
    ("Petrus Matruty", None, "NON_ASN", None, "Pengemudi", "KEC"),
    ("Yakomina Sahetapy", "198811062011012005", "PNS", "III/a", "Bidan", "PKM"),
]


@dataclass
class Roster:
    units: dict[str, str]  # code -> id
    employees: dict[str, str]  # nip (or name) -> id


def make_roster(ctx: AppContext, people: list[tuple[Any, ...]] = PEOPLE) -> Roster:
    with ctx.tx() as session:
        kec = add_unit(ctx, session, "KEC", "Kantor Kecamatan Wetar")
        session.flush()
        pkm = add_unit(ctx, session, "PKM", "Puskesmas Ilwaki", "puskesmas", parent_id=kec.id)
        session.flush()
        units = {"KEC": kec.id, "PKM": pkm.id}
        employees = {}
        for i, (name, nip, cat, gol, jab, unit) in enumerate(people):
            emp = add_employee(
                ctx,
                session,
                name,
                units[unit],
                nip=nip,
                category=cat,
                golongan=gol,
                jabatan=jab,
                nik=f"81080101019{i:05d}" if cat == "NON_ASN" else None,
            )
            employees[nip or name] = emp.id
    return Roster(units, employees)


@dataclass
class Setup:
    roster: Roster
    election_id: str
    event_id: str


def make_event(ctx: AppContext, roster: Roster) -> Setup:
    election = signing_setup.add_election(ctx, "Pilkada Serentak 2024", date(2024, 11, 27))
    event = signing_setup.create_event(
        ctx,
        name="Apel Netralitas ASN Kecamatan Wetar",
        election_id=election.id,
        template_code="pakta-netralitas-asn",
        event_date=date(2024, 9, 30),
        place="Ilwaki",
        unit_codes=["KEC"],
        witnesses=[{"name": "Drs. Yohanis Letelay, M.Si.", "position": "Camat Wetar", "nip": ""}],
    )
    return Setup(roster, election.id, event.id)


@pytest.fixture
def setup(ctx: AppContext) -> Setup:
    return make_event(ctx, make_roster(ctx))


def strokes_for(seed: int) -> dict[str, Any]:
    return handwriting.signature(random.Random(seed))


@pytest.fixture
def strokes_file(tmp_path: Path) -> Path:
    path = tmp_path / "ttd.json"
    path.write_text(json.dumps(strokes_for(1)), encoding="utf-8")
    return path
