"""Case commands return a typed :class:`CaseChange` (which case, what changed, the stage now)
instead of the whole case read again; the CLI still prints the shown case, with the same
JSON documents; list views pass their prefetch explicitly."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.services import cases
from desktop.services.cases import deadlines as case_deadlines
from desktop.services.cases import records as case_records
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.cases.records import CaseChange, CasePrefetch, Changed
from desktop.services.context import AppContext
from tests.cases.conftest import Driver, intake


def test_each_command_says_what_changed(ctx: AppContext, people: dict[str, str]) -> None:
    made = cases.new_case(ctx, intake(reported_name="Simon", reported_unit="Desa Ilwaki"))
    assert isinstance(made, CaseChange)
    assert made.what is Changed.CREATED and made.state == "diterima"
    assert made.number == "81.08.06/2024/0001"
    assert cases.show(ctx, made.case_id).to_json()["number"] == made.number

    linked = cases.link_employee(ctx, made.number, employee_id=people["pns"])
    assert linked == CaseChange(made.case_id, made.number, Changed.EMPLOYEE, "diterima")

    moved = cases.advance(ctx, made.number, "pengecekan", "Lengkap.")
    assert moved == CaseChange(made.case_id, made.number, Changed.STAGE, "pengecekan")
    cases.advance(ctx, made.case_id, "verifikasi")
    cases.advance(ctx, made.case_id, "validasi", proven=["D2"])
    case_sanctions.recommend(ctx, made.case_id)
    planned = case_deadlines.schedule_examination(
        ctx, made.case_id, date(2024, 12, 2), date(2024, 12, 6)
    )
    assert planned == CaseChange(made.case_id, made.number, Changed.SCHEDULE, "rekomendasi")
    assert planned.to_json() == {
        "case_id": made.case_id,
        "number": made.number,
        "what": "schedule",
        "state": "rekomendasi",
    }


def _json(res: Any) -> dict[str, Any]:
    assert res.code == 0, res.err
    doc = res.json()
    assert isinstance(doc, dict)
    return doc


def test_cli_commands_still_print_the_shown_case(
    cli: Any, ctx: AppContext, people: dict[str, str]
) -> None:
    # `case new/advance/link/schedule --json` print the same document as `case show --json`
    ctx.close()
    base = ("--source", "masyarakat", "--reporter", "Warga", "--received", "2024-10-07")
    made = _json(
        cli(
            "case",
            "new",
            *base,
            "--reported-name",
            "Simon",
            "--description",
            "Poster.",
            "--code",
            "D2",
            "--json",
        )
    )
    number = made["number"]
    assert made == _json(cli("case", "show", number, "--json"))
    linked = _json(cli("case", "link", number, "--nip", "199001012015031001", "--json"))
    assert linked["employee"]["id"] == people["pns"]
    assert linked == _json(cli("case", "show", number, "--json"))
    moved = _json(cli("case", "advance", number, "--to", "pengecekan", "--json"))
    assert moved["state"] == "pengecekan"
    assert moved == _json(cli("case", "show", number, "--json"))
    assert cli("case", "advance", number, "--to", "verifikasi").code == 0
    assert cli("case", "advance", number, "--to", "validasi", "--proven", "D2").code == 0
    assert cli("case", "recommend", number).code == 0
    planned = _json(
        cli(
            "case",
            "schedule",
            number,
            "--summons",
            "2024-12-02",
            "--examination",
            "2024-12-06",
            "--json",
        )
    )
    assert planned["timeline"][-1]["data"]["summons"] == "2024-12-02"
    assert planned == _json(cli("case", "show", number, "--json"))


def test_prefetch_is_passed_not_hidden_in_the_session(
    ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["D2"], until="validasi")
    other = cases.new_case(ctx, intake(reported_name="X"))
    with ctx.read() as session:
        rows = [
            case_records.find_case(session, case["id"]),
            case_records.find_case(session, other.case_id),
        ]
        pre = CasePrefetch.load(session, rows)
        assert case_records.proven_codes(session, case["id"], pre) == ["D2"]
        assert case_records.proven_codes(session, other.case_id, pre) == []
        assert not session.info  # nothing left in the session changes what readers return
    # a prefetch is a snapshot: readers without it see the database as it is now
    cases.advance(ctx, other.case_id, "pengecekan")
    cases.advance(ctx, other.case_id, "verifikasi")
    cases.advance(ctx, other.case_id, "validasi", proven=["E1"])
    with ctx.read() as session:
        assert case_records.proven_codes(session, other.case_id, pre) == []
        assert case_records.proven_codes(session, other.case_id) == ["E1"]
        assert case_records.latest_decision(session, other.case_id, pre) is None
    listed = {c["id"]: c for c in cases.list_cases(ctx)}
    for ref in (case["id"], other.case_id):
        shown = cases.show(ctx, ref).to_json()
        for key in ("proven_codes", "employee", "deadline", "state"):
            assert listed[ref][key] == shown[key]
