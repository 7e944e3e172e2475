"""Intake: numbering, anonymous reporters and private contacts, roster links, validation."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from desktop.domain.errors import NetraError, PermissionDenied
from desktop.services import cases
from desktop.services.context import Actor, AppContext
from desktop.store.models import AuditEntry, CaseFile, CaseStep
from tests.cases.conftest import intake


def test_anonymous_report_keeps_contact_private(ctx: AppContext) -> None:
    case = cases.show(
        ctx,
        cases.new_case(
            ctx,
            intake(
                anonymous=True,
                reporter_name="Nama Asli",
                employee_id=None,
                reported_name="Bapak Kades",
            ),
        ).case_id,
    ).to_json()
    assert case["number"] == "81.08.06/2024/0001"
    assert case["state"] == "diterima"
    assert case["anonymous"] is True and case["reporter_name"] == ""
    assert case["reporter_contact"] == "0812-4000-1234"  # admin sees it
    with ctx.read() as session:
        row = session.scalars(select(CaseFile)).one()
        assert row.reporter_name == ""  # the name of an anonymous reporter is not kept
        steps = session.scalars(select(CaseStep)).all()
        assert [s.to_state for s in steps] == ["diterima"]
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.new")).one()
        assert "0812" not in audit.detail_json
    for role, sees in (("verifier", True), ("operator", False), ("viewer", False)):
        ctx.actor = Actor("x", role)
        shown = cases.show(ctx, case["number"]).to_json()
        assert ("reporter_contact" in shown) is sees
        assert all("reporter_contact" not in c for c in cases.list_cases(ctx))


def test_numbers_per_office_and_year(ctx: AppContext, people: dict[str, str]) -> None:
    a = cases.show(ctx, cases.new_case(ctx, intake(employee_id=people["pns"])).case_id).to_json()
    b = cases.show(ctx, cases.new_case(ctx, intake(employee_id=people["pns"])).case_id).to_json()
    c = cases.show(
        ctx,
        cases.new_case(
            ctx,
            intake(
                employee_id=people["pns"], received=date(2023, 12, 30), act_date=date(2023, 12, 1)
            ),
        ).case_id,
    ).to_json()
    assert [a["number"], b["number"], c["number"]] == [
        "81.08.06/2024/0001",
        "81.08.06/2024/0002",
        "81.08.06/2023/0001",
    ]
    assert cases.show(ctx, b["id"]).to_json()["number"] == b["number"]


def test_reported_person_from_roster_by_nip(ctx: AppContext, people: dict[str, str]) -> None:
    case = cases.show(
        ctx, cases.new_case(ctx, intake(nip="19900101 201503 1 001")).case_id
    ).to_json()
    assert case["employee"]["id"] == people["pns"]
    assert case["reported_unit"] == "Desa Ilwaki"
    assert case["employee"]["category"] == "PNS"


def test_unknown_nip_refused_then_linked_later(ctx: AppContext, people: dict[str, str]) -> None:
    with pytest.raises(NetraError) as err:
        cases.new_case(ctx, intake(nip="199901012020121001"))
    assert err.value.code == "employee_not_found"
    case = cases.show(
        ctx, cases.new_case(ctx, intake(reported_name="Pak Simon, honorer desa")).case_id
    ).to_json()
    assert case["employee"] is None
    linked = cases.show(
        ctx, cases.link_employee(ctx, case["number"], employee_id=people["non_asn"]).case_id
    ).to_json()
    assert linked["employee"]["category"] == "NON_ASN"
    assert linked["reported_name"] == "Simon Kay"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"source": "koran"}, "unknown_source"),
        ({"alleged_codes": ["D99", "E1"]}, "unknown_code"),
        ({"received": date(2099, 1, 1)}, "date_in_future"),
        ({"act_date": date(2024, 10, 9)}, "act_after_receipt"),
        ({"description": "  "}, "description_required"),
        ({"reporter_name": "", "anonymous": False}, "reporter_required"),
        ({"reported_name": ""}, "reported_required"),
    ],
)
def test_intake_refusals(ctx: AppContext, change: dict[str, object], code: str) -> None:
    data = {"reported_name": "Seseorang", **change}
    with pytest.raises(NetraError) as err:
        cases.new_case(ctx, intake(**data))
    assert err.value.code == code
    assert err.value.message_id  # Indonesian text for the user
    with ctx.read() as session:
        assert session.scalars(select(CaseFile)).first() is None


def test_unknown_code_lists_valid_codes(ctx: AppContext) -> None:
    with pytest.raises(NetraError) as err:
        cases.new_case(ctx, intake(reported_name="X", alleged_codes=["d2", "Z1"]))
    assert err.value.details["unknown"] == ["Z1"]
    assert "E7" in err.value.details["valid"] and "D16" in err.value.details["valid"]


def test_roles_for_intake(ctx: AppContext) -> None:
    ctx.actor = Actor("op", "operator")
    case = cases.show(
        ctx, cases.new_case(ctx, intake(reported_name="X", alleged_codes=["e1", "D2"])).case_id
    ).to_json()
    assert case["alleged_codes"] == ["D2", "E1"]
    for role in ("viewer", "verifier"):
        ctx.actor = Actor("v", role)
        with pytest.raises(PermissionDenied):
            cases.new_case(ctx, intake(reported_name="X"))
    with ctx.read() as session:
        step = session.scalars(select(CaseStep)).one()
        assert step.actor == "op"
        assert json.loads(step.data_json)["alleged"] == ["D2", "E1"]
