"""The case flow on a real PostgreSQL server (the kabupaten hub may run on it)."""

from __future__ import annotations

from datetime import date

from desktop.services import audit, cases
from desktop.services.cases import evidence as case_evidence
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.store.models import Employee, Unit
from tests.cases.conftest import intake
from tests.cases.test_evidence import png_bytes


def test_flow_on_postgres(pg_ctx: AppContext) -> None:
    ctx = pg_ctx
    with ctx.tx() as session:
        unit = stamp_new(ctx, session, Unit(code="81.08.06.2001", name="Desa Ilwaki"))
        session.flush()
        emp = stamp_new(
            ctx,
            session,
            Employee(
                nip="199001012015031001",
                name="Yohanis",
                name_key="yohanis",
                category="PNS",
                unit_id=unit.id,
            ),
        )
        emp_id = emp.id
    first = cases.show(
        ctx,
        cases.new_case(
            ctx, intake(employee_id=emp_id, alleged_codes=["D3"]), files=[("foto.png", png_bytes())]
        ).case_id,
    ).to_json()
    second = cases.show(
        ctx, cases.new_case(ctx, intake(employee_id=emp_id, alleged_codes=["D13"])).case_id
    ).to_json()
    assert second["number"] == "81.08.06/2024/0002"
    for ref, codes in ((first["id"], ["D3"]), (second["id"], ["D13"])):
        cases.advance(ctx, ref, "pengecekan")
        cases.advance(ctx, ref, "verifikasi")
        cases.advance(ctx, ref, "validasi", proven=codes)
    case_sanctions.recommend(ctx, first["id"])
    case_sanctions.decide(ctx, first["id"], "6", "800/1/2024", date(2024, 10, 21))
    rec = case_sanctions.recommend(ctx, second["id"])
    assert rec.output["minimum_type"] == 7  # last 6 + a sedang act
    listed = cases.list_cases(ctx, code="D13")
    assert [c["id"] for c in listed] == [second["id"]]
    assert [p["id"] for p in cases.find_people(ctx, "yoha")] == [emp_id]
    ev = cases.show(ctx, first["id"]).to_json()["evidence"][0]
    assert case_evidence.content(ctx, ev["id"])[2] == png_bytes()
    assert audit.verify(ctx).ok
