"""Roster services: units, add/edit/transfer/deactivate (stamped and audited), search."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.services import audit, roster
from desktop.services.context import Actor, AppContext
from desktop.store.models import AuditEntry, Employee

NIP = "19860926 201505 1 001"


def _setup(ctx: AppContext) -> tuple[str, str]:
    kec = roster.add_unit(ctx, "81.08.06", "Kecamatan Wetar", "kecamatan")
    desa = roster.add_unit(ctx, "81.08.06.2001", "Desa Ilwaki", "desa", "81.08.06")
    return kec.id, desa.id


def test_employee_lifecycle_is_stamped_and_audited(ctx: AppContext) -> None:
    kec, desa = _setup(ctx)
    emp_id = roster.add_employee(
        ctx,
        roster.EmployeeInput(
            name="Drs. Yohanis  Lewier", unit_id=kec, nip=NIP, golongan="III a", jabatan="Camat"
        ),
    ).id
    detail = roster.get_employee(ctx, emp_id)
    assert detail.data.nip == "198609262015051001" and detail.data.golongan == "III/a"
    roster.edit_employee(
        ctx,
        emp_id,
        roster.EmployeeInput(
            name="Drs. Yohanis Lewier, M.Si",
            unit_id=kec,
            nip=NIP,
            golongan="IV/a",
            jabatan="Camat",
            birth_date=date(1986, 9, 26),
        ),
    )
    roster.transfer(ctx, emp_id, desa, "SK Bupati")
    roster.deactivate(ctx, emp_id, "pensiun")
    with ctx.read() as session:
        emp = session.get(Employee, emp_id)
        assert emp is not None and not emp.active and emp.inactive_reason == "pensiun"
        assert emp.unit_id == desa and emp.base_revision > 0
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity_id == emp_id)
            .order_by(AuditEntry.chain_seq)
        ).all()
        edit = session.scalars(
            select(AuditEntry.detail_json).where(AuditEntry.action == "roster.employee.edit")
        ).one()
    assert actions == [
        "roster.employee.add",
        "roster.employee.edit",
        "roster.employee.transfer",
        "roster.employee.deactivate",
    ]
    assert json.loads(edit)["golongan"] == ["III/a", "IV/a"]
    assert audit.verify(ctx).ok
    # Inactive people are hidden by default and found with status=all.
    assert roster.search(ctx, roster.RosterQuery(search="lewier")).total == 0
    assert roster.search(ctx, roster.RosterQuery(search="lewier", status="inactive")).total == 1


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"name": " "}, "missing_name"),
        ({"nip": "19861326 201505 1 001"}, "nip_birth_date"),
        ({"nip": None}, "nip_missing"),
        ({"category": "PPPK"}, "nip_category_mismatch"),
        ({"golongan": "V/z"}, "golongan_invalid"),
    ],
)
def test_validation_reasons(ctx: AppContext, data: dict[str, object], code: str) -> None:
    kec, _ = _setup(ctx)
    fields: dict[str, object] = {"name": "Budi", "unit_id": kec, "nip": NIP, **data}
    with pytest.raises(NetraError) as err:
        roster.add_employee(ctx, roster.EmployeeInput(**fields))  # type: ignore[arg-type]
    assert err.value.code == code


def test_duplicate_nip_refused_and_viewer_cannot_edit(ctx: AppContext) -> None:
    kec, _ = _setup(ctx)
    roster.add_employee(ctx, roster.EmployeeInput(name="A", unit_id=kec, nip=NIP))
    with pytest.raises(NetraError) as err:
        roster.add_employee(ctx, roster.EmployeeInput(name="B", unit_id=kec, nip=NIP))
    assert err.value.code == "nip_taken"
    ctx.actor = Actor("camat", "viewer")
    with pytest.raises(NetraError) as err:
        roster.add_employee(ctx, roster.EmployeeInput(name="C", unit_id=kec, category="NON_ASN"))
    assert err.value.code == "permission_denied"


def test_search_filters_sort_and_subtree(ctx: AppContext) -> None:
    kec, desa = _setup(ctx)
    for name, unit, cat in (
        ("Zakarias Lerrick", kec, "NON_ASN"),
        ("Anna Lerrick", desa, "NON_ASN"),
        ("Berti Kay", desa, "NON_ASN"),
    ):
        roster.add_employee(ctx, roster.EmployeeInput(name=name, unit_id=unit, category=cat))
    names = [r.name for r in roster.search(ctx, roster.RosterQuery(search="lerr")).rows]
    assert names == ["Anna Lerrick", "Zakarias Lerrick"]
    desc = roster.RosterQuery(search="lerr", descending=True)
    assert [r.name for r in roster.search(ctx, desc).rows] == ["Zakarias Lerrick", "Anna Lerrick"]
    only_desa = roster.RosterQuery(unit_ids=roster.unit_query(ctx, "81.08.06.2001"))
    assert roster.search(ctx, only_desa).total == 2
    whole = roster.RosterQuery(unit_ids=roster.unit_query(ctx, "81.08.06"))
    assert roster.search(ctx, whole).total == 3
    page = roster.search(ctx, roster.RosterQuery(sort="unit"), offset=1, limit=1)
    assert page.total == 3 and len(page.rows) == 1
    assert roster.search(ctx, roster.RosterQuery(search="100%_")).total == 0  # escaped LIKE


@pytest.mark.parametrize(
    "typed",
    [
        "198609262015051001",
        "19860926 201505 1 001",
        "NIP. 19860926 201505 1 001",
        "nip baru: 19860926.201505.1.001",
        "19860926",
    ],
)
def test_search_finds_a_nip_typed_as_documents_print_it(ctx: AppContext, typed: str) -> None:
    kec, _desa = _setup(ctx)
    roster.add_employee(ctx, roster.EmployeeInput(name="Yohanis Lewier", unit_id=kec, nip=NIP))
    roster.add_employee(ctx, roster.EmployeeInput(name="Nipa Kay", unit_id=kec, category="NON_ASN"))
    rows = roster.search(ctx, roster.RosterQuery(search=typed)).rows
    assert [r.name for r in rows] == ["Yohanis Lewier"]


def test_search_terms_keep_names_and_short_numbers_apart() -> None:
    from desktop.domain.roster import search_terms

    assert search_terms("Desa Uji 1 2") == ["desa", "uji", "1", "2"]
    assert search_terms("NIP") == ["nip"]  # a name part when nothing follows
    assert search_terms("nipa kay") == ["nipa", "kay"]
    assert search_terms("NI PPPK 19960129 202321 1 010") == ["199601292023211010"]
