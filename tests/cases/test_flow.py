"""Workflow through the services: roles, history, recommendation (stored with the rulebook
hash), repeats from earlier cases, decisions within/outside the range, dates, overdue."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.domain import sanctions
from desktop.domain.errors import NetraError, PermissionDenied
from desktop.services import audit, cases, rules
from desktop.services.cases import records as case_records
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import Actor, AppContext
from desktop.store.models import CaseFile, CaseRecommendation, CaseStep
from tests.cases.conftest import Driver, intake


def test_roles_move_the_checks(ctx: AppContext, people: dict[str, str]) -> None:
    ctx.actor = Actor("op", "operator")
    case = cases.show(ctx, cases.new_case(ctx, intake(employee_id=people["pns"])).case_id).to_json()
    with pytest.raises(PermissionDenied):
        cases.advance(ctx, case["id"], "pengecekan")
    ctx.actor = Actor("satgas", "verifier")
    cases.advance(ctx, case["id"], "pengecekan", "Lengkap.")
    cases.advance(ctx, case["id"], "verifikasi")
    shown = cases.show(
        ctx, cases.advance(ctx, case["id"], "validasi", "Foto asli.", ["D7"]).case_id
    ).to_json()
    assert shown["proven_codes"] == ["D7"]
    rec = case_sanctions.recommend(ctx, case["id"])  # verifiers may recommend
    assert rec.actor == "satgas"
    with pytest.raises(PermissionDenied):
        case_sanctions.decide(ctx, case["id"], "7", "800/1/2024", date(2024, 11, 1))
    timeline = cases.show(ctx, case["id"]).to_json()["timeline"]
    assert [s["to"] for s in timeline] == [
        "diterima",
        "pengecekan",
        "verifikasi",
        "validasi",
        "rekomendasi",
    ]
    assert [s["actor"] for s in timeline] == ["op", "satgas", "satgas", "satgas", "satgas"]
    assert timeline[3]["proven_codes"] == ["D7"] and timeline[4]["proven_codes"] == ["D7"]


def test_illegal_jump_refused_and_nothing_written(ctx: AppContext) -> None:
    case = cases.show(ctx, cases.new_case(ctx, intake(reported_name="X")).case_id).to_json()
    with pytest.raises(NetraError) as err:
        cases.advance(ctx, case["id"], "validasi", proven=["D7"])
    assert err.value.code == "illegal_transition"
    with pytest.raises(NetraError) as err:
        cases.advance(ctx, case["id"], "keputusan")
    assert err.value.code == "use_decide"
    cases.advance(ctx, case["id"], "pengecekan")
    cases.advance(ctx, case["id"], "verifikasi")
    with pytest.raises(NetraError) as err:
        cases.advance(ctx, case["id"], "validasi")
    assert err.value.code == "proven_required"
    with pytest.raises(NetraError) as err:
        cases.advance(ctx, case["id"], "validasi", proven=["X9"])
    assert err.value.code == "unknown_code"
    assert cases.show(ctx, case["id"]).to_json()["state"] == "verifikasi"
    cases.advance(ctx, case["id"], "tidak_terbukti", "Foto hasil suntingan.")
    with pytest.raises(NetraError) as err:
        cases.advance(ctx, case["id"], "validasi", proven=["D7"])
    assert err.value.code == "case_closed"


def test_history_is_append_only_and_chained(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["D7"])
    assert audit.verify(ctx).ok
    with ctx.tx() as session:  # tamper with one step
        session.execute(
            update(CaseStep).where(CaseStep.to_state == "verifikasi").values(note="diubah")
        )
    report = audit.verify(ctx)
    assert not report.ok and report.problems[0].table == "case_step"
    with ctx.read() as session:
        row = session.get(CaseFile, case["id"])
        assert row is not None and row.state == "rekomendasi" and row.revision > 0


# ------------------------------------------------------------------ the five cases of issue 6
def _out(case: dict[str, Any]) -> dict[str, Any]:
    rec = case["recommendation"]
    assert isinstance(rec, dict)
    return rec["output"]


def test_ethics_only(drive: Driver, people: dict[str, str]) -> None:
    out = _out(drive(people["pns"], ["E2"]))
    assert (
        out["track"],
        out["level"],
        out["minimum_type"],
        out["allowed_types"],
        out["moral"],
    ) == ("ethics", "moral", None, [], "tertutup")


def test_berat(drive: Driver, people: dict[str, str]) -> None:
    out = _out(drive(people["pns"], ["D2"]))
    assert (
        out["track"],
        out["level"],
        out["minimum_type"],
        out["allowed_types"],
        out["moral"],
    ) == ("discipline", "berat", 7, [7, 8, 9], None)


def test_repeat_from_earlier_decided_case(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    first = drive(people["pns2"], ["D3"])
    assert _out(first)["allowed_types"] == [4, 5, 6]
    case_sanctions.decide(
        ctx,
        first["id"],
        "6",
        "800/7/BKPSDM/2024",
        date(2024, 10, 21),
        decided_by="Bupati Maluku Barat Daya",
    )
    second = drive(people["pns2"], ["D13"], received=date(2024, 11, 4))
    rec = second["recommendation"]
    assert rec["input"]["prior"] == [{"type": 6, "same_nature": True, "date": "2024-10-21"}]
    out = _out(second)
    assert (out["level"], out["minimum_type"], out["allowed_types"]) == ("berat", 7, [7, 8, 9])
    # a moral sanction before makes the next one "terbuka"
    third = drive(people["pns2"], ["E4"], received=date(2024, 11, 5))
    assert _out(third)["moral"] == "tertutup"
    case_sanctions.decide(ctx, third["id"], "moral_tertutup", "800/9/2024", date(2024, 11, 20))
    fourth = drive(people["pns2"], ["E1"], received=date(2024, 11, 25))
    assert _out(fourth)["moral"] == "terbuka"


def test_pppk(ctx: AppContext, drive: Driver, people: dict[str, str]) -> None:
    case = drive(people["pppk"], ["D4"])
    out = _out(case)
    assert (out["track"], out["level"], out["minimum_type"], out["allowed_types"]) == (
        "discipline",
        "berat",
        9,
        [9],
    )
    assert any("PPK" in w for w in out["warnings"])
    dec = case_sanctions.decide(ctx, case["id"], "9", "800/8/2024", date(2024, 11, 1))
    assert dec.sanction_label.startswith("Pemutusan hubungan perjanjian kerja")
    assert cases.show(ctx, case["id"]).to_json()["decision"]["sanction_label"] == dec.sanction_label


def test_non_asn(drive: Driver, people: dict[str, str]) -> None:
    out = _out(drive(people["non_asn"], ["D2"]))
    assert (
        out["track"],
        out["level"],
        out["minimum_type"],
        out["moral"],
        out["reference_level"],
    ) == ("contract", None, None, None, "berat")


def test_recommendation_stored_with_rulebook_hash(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["cpns"], ["D2", "E4"])
    book = rules.active_rulebook(ctx)
    with ctx.read() as session:
        row = session.scalars(select(CaseRecommendation)).one()
        assert row.rulebook_sha256 == book.sha256
        assert row.rulebook_version == f"{book.name}/{book.version}"
        assert json.loads(row.input_json) == {
            "category": "CPNS",
            "violations": ["D2", "E4"],
            "prior": [],
        }
        out = json.loads(row.output_json)
    assert out["rulebook_sha256"] == book.sha256
    assert (out["level"], out["moral"]) == ("berat", "tertutup")
    assert case["state"] == "rekomendasi"


def test_recommend_needs_roster_link(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(None, ["D2"], until="validasi", reported_name="Orang tak dikenal")
    with pytest.raises(NetraError) as err:
        case_sanctions.recommend(ctx, case["id"])
    assert err.value.code == "employee_required"
    cases.link_employee(ctx, case["id"], employee_id=people["pns"])
    assert case_sanctions.recommend(ctx, case["id"]).output["minimum_type"] == 7


# ------------------------------------------------------------------ decisions
def test_decision_outside_range_needs_justification(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["D2"])
    with pytest.raises(NetraError) as err:
        case_sanctions.decide(ctx, case["id"], "6", "800/1/2024", date(2024, 12, 16))
    assert err.value.code == "justification_required"
    with pytest.raises(NetraError):
        case_sanctions.decide(
            ctx, case["id"], "6", "800/1/2024", date(2024, 12, 16), justification="terlalu pendek"
        )
    dec = case_sanctions.decide(
        ctx,
        case["id"],
        "6",
        "800/1/2024",
        date(2024, 12, 16),
        justification="Terlapor mengakui dan menghapus unggahan pada hari yang sama.",
    )
    assert dec.sanction_type == "6" and dec.justification.startswith("Terlapor")
    assert cases.show(ctx, case["id"]).to_json()["state"] == "keputusan"


def test_decision_dates_across_holidays(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    cal = rules.calendar(ctx)
    for day in (date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)):
        assert cal.is_holiday(day)
    case = drive(people["pns"], ["D2"])
    dec = case_sanctions.decide(
        ctx,
        case["id"],
        "7",
        "800/2/2024",
        date(2024, 12, 16),
        decided_by="Bupati Maluku Barat Daya",
    )
    # 14 working days after Mon 16 Dec 2024, skipping 25-26 Dec and 1 Jan: Wed 8 Jan 2025
    assert dec.delivery_due == date(2025, 1, 8)
    assert dec.effective_date == date(2025, 1, 9)
    assert dec.end_date == date(2026, 1, 9)  # type 7: 12 months
    shown = cases.show(
        ctx,
        cases.advance(
            ctx, case["id"], "tindak_lanjut", "SK diserahkan.", delivered=date(2024, 12, 20)
        ).case_id,
    ).to_json()
    # 15th working day after Fri 20 Dec 2024: 23,24,27,30,31,2,3,6..10,13,14,15 -> 15 Jan
    assert shown["decision"]["effective_date"] == date(2025, 1, 15)
    assert shown["decision"]["end_date"] == date(2026, 1, 15)
    assert shown["decision"]["supersedes_id"] == dec.id
    assert (
        cases.show(ctx, cases.advance(ctx, case["id"], "selesai").case_id).to_json()["state"]
        == "selesai"
    )


def test_tukin_and_demotion_durations() -> None:
    cal = rules.calendar(None)
    book = rules.active_rulebook(None)
    sk = date(2025, 3, 17)
    months = {"4": 6, "5": 9, "6": 12, "7": 12, "8": 12, "1": None, "9": None, "ptdh": None}
    for kind, n in months.items():
        got = case_records.decision_dates(cal, book, kind, sk, sk)
        # 15 working days after Mon 17 Mar 2025, skipping Nyepi (28 Mar) and the Idul
        # Fitri days 31 Mar - 7 Apr: Wed 16 Apr is the 15th
        assert got["effective"] == date(2025, 4, 16)
        expected = None if n is None else sanctions.add_months(date(2025, 4, 16), n)
        assert got["end"] == expected, kind
    assert sanctions.add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)


def test_ethics_decision_type_is_moral(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["E2"])
    with pytest.raises(NetraError) as err:
        case_sanctions.decide(ctx, case["id"], "moral_terbuka", "800/3/2024", date(2024, 11, 1))
    assert err.value.code == "justification_required"
    dec = case_sanctions.decide(ctx, case["id"], "moral_tertutup", "800/3/2024", date(2024, 11, 1))
    assert dec.end_date is None


# ------------------------------------------------------------------ deadlines and lists
def test_overdue_and_filters(ctx: AppContext, people: dict[str, str]) -> None:
    late = cases.show(
        ctx,
        cases.new_case(
            ctx,
            intake(
                employee_id=people["pns"],
                received=date(2024, 4, 1),
                act_date=date(2024, 3, 30),
                alleged_codes=["D2"],
            ),
        ).case_id,
    ).to_json()
    fresh = cases.show(
        ctx,
        cases.new_case(
            ctx,
            intake(
                reported_name="Y",
                reported_unit="Puskesmas Ilwaki",
                received=date(2024, 4, 5),
                act_date=date(2024, 4, 1),
                alleged_codes=["E1"],
            ),
        ).case_id,
    ).to_json()
    # 7 working days after Mon 1 Apr 2024 skip the Idul Fitri days 8-12 and 15 Apr
    due = cases.show(ctx, late["id"], today=date(2024, 4, 16)).to_json()["deadline"]
    assert due["due"] == date(2024, 4, 18) and not due["overdue"]
    assert due["days_left"] == 2
    assert cases.show(ctx, late["id"], today=date(2024, 4, 19)).to_json()["deadline"]["overdue"]
    listed = cases.list_cases(ctx, overdue=True, today=date(2024, 4, 19))
    assert [c["id"] for c in listed] == [late["id"]]
    assert [c["id"] for c in cases.list_cases(ctx, code="e1")] == [fresh["id"]]
    assert [c["id"] for c in cases.list_cases(ctx, unit="ilwaki")] == [fresh["id"], late["id"]]
    assert [c["id"] for c in cases.list_cases(ctx, unit="puskesmas")] == [fresh["id"]]
    assert cases.list_cases(ctx, state="validasi") == []
    # once verified, the verification deadline no longer makes it overdue
    cases.advance(ctx, late["id"], "pengecekan")
    cases.advance(ctx, late["id"], "verifikasi")
    cases.advance(ctx, late["id"], "validasi", proven=["D2"])
    assert not cases.show(ctx, late["id"], today=date(2024, 5, 1)).to_json()["deadline"]["overdue"]


def test_summons_and_examination(ctx: AppContext, drive: Driver, people: dict[str, str]) -> None:
    from desktop.services.cases import deadlines as case_deadlines

    case = drive(people["pns"], ["D2"])
    # Thu 4 Apr 2024 -> Tue 16 Apr 2024 crosses the Idul Fitri days 8-12 and 15 Apr:
    # only 2 working days apart (5 and 16 Apr), so it is allowed
    shown = cases.show(
        ctx,
        case_deadlines.schedule_examination(
            ctx, case["id"], date(2024, 4, 4), date(2024, 4, 16)
        ).case_id,
    ).to_json()
    assert shown["state"] == "rekomendasi"
    assert shown["timeline"][-1]["from"] == shown["timeline"][-1]["to"] == "rekomendasi"
    keys = {d["key"]: d["date"] for d in shown["deadline"]["all"]}
    assert keys["examination"] == "2024-04-23"  # 7 working days after the summons
    # the earliest summons for that examination: back over the holidays and Good Friday
    assert keys["summons"] == "2024-03-27"
    with pytest.raises(NetraError) as err:
        case_deadlines.schedule_examination(ctx, case["id"], date(2024, 4, 1), date(2024, 4, 22))
    assert err.value.code == "summons_too_early" and err.value.details["gap"] == 9
    with pytest.raises(NetraError) as err:
        case_deadlines.schedule_examination(ctx, case["id"], date(2024, 4, 5), date(2024, 4, 4))
    assert err.value.code == "examination_before_summons"
    ctx.actor = Actor("satgas", "verifier")
    with pytest.raises(PermissionDenied):
        case_deadlines.schedule_examination(ctx, case["id"], date(2024, 4, 4), date(2024, 4, 5))
    ctx.actor = Actor("admin", "admin")
    listed = cases.list_cases(ctx)
    assert {d["key"] for d in listed[0]["deadline"]["all"]} >= {"summons", "examination"}
    # proven codes survive the scheduling step
    assert case_sanctions.recommend(ctx, case["id"]).input["violations"] == ["D2"]
