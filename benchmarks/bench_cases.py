"""Violation reports.

- ``cases.list200``: the cases list (what the Cases page and ``netra case list`` show: every
  case with its reported person, proven codes and the deadline of its stage, counted with the
  holiday calendar) over 200 cases; baseline a bare ORM ``SELECT`` of the same 200 rows in the
  same run. Target: within 1 s (the page refreshes after every action).
- ``cases.flow``: one report from intake (with a 200 kB photo) through the checks, the
  recommendation and the decision, every step audited and hash-chained; baseline one audited
  intake alone. Target: the whole flow within 1 s.

Runnable alone: ``python -m benchmarks.bench_cases``.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from typing import Any

from benchmarks.common import office_dir, open_office, scenario, timed

N_CASES = 200


def _photo() -> bytes:
    """A real PNG of about 200 KB (noise does not compress): evidence intake decodes every
    image in full since the Windows review, so a PNG header over random bytes is refused."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (260, 260), os.urandom(260 * 260 * 3)).save(out, "PNG")
    return out.getvalue()


def _intake(employee_id: str | None, i: int) -> Any:
    from desktop.services import cases

    received = date(2024, 10, 1) + timedelta(days=i % 50)
    return cases.Intake(
        source="masyarakat", received=received, description=f"Laporan uji {i}",
        reporter_name="Pelapor", employee_id=employee_id, reported_name="" if employee_id else "X",
        act_date=received, alleged_codes=["D2", "E4"] if i % 2 else ["D7"],
    )  # fmt: skip


def _employee_ids(ctx: Any, n: int) -> list[str]:
    from sqlalchemy import select

    from desktop.store.models import Employee

    with ctx.read() as session:
        return list(session.scalars(select(Employee.id).limit(n)))


def bench_list() -> dict[str, Any]:
    from sqlalchemy import select

    from desktop.services import cases
    from desktop.store.models import CaseFile

    with office_dir(employees=100) as data, open_office(data) as ctx:
        people = _employee_ids(ctx, 100)
        for i in range(N_CASES):
            case = cases.new_case(ctx, _intake(people[i % len(people)], i))
            if i % 3 == 0:
                cases.advance(ctx, case.case_id, "pengecekan")
        listing = timed(lambda: json.dumps(cases.list_cases(ctx), default=str), repeat=3)

        def bare() -> None:
            with ctx.read() as session:
                session.scalars(select(CaseFile)).all()

        base = timed(bare, repeat=3)
    return scenario("cases.list200", round(listing.median, 4), "s", round(base.median, 5),
                    target=1.0, cases=N_CASES)  # fmt: skip


def bench_flow() -> dict[str, Any]:
    from desktop.services import cases
    from desktop.services.cases import sanctions as case_sanctions

    photo = _photo()
    with office_dir(employees=20) as data, open_office(data) as ctx:
        people = _employee_ids(ctx, 20)
        counter = iter(range(10_000))

        def flow() -> None:
            i = next(counter)
            case = cases.new_case(ctx, _intake(people[i % 20], i), files=[("f.png", photo)])
            ref = case.case_id
            cases.advance(ctx, ref, "pengecekan")
            cases.advance(ctx, ref, "verifikasi")
            cases.advance(ctx, ref, "validasi", proven=["D2"])
            rec = case_sanctions.recommend(ctx, ref)
            kind = "kontrak_teguran" if rec.track == "contract" else rec.allowed_types[0]
            case_sanctions.decide(ctx, ref, kind, f"800/{i}/2024", date(2024, 12, 16))

        def intake_only() -> None:
            cases.new_case(ctx, _intake(people[0], next(counter)))

        value = timed(flow, repeat=5)
        base = timed(intake_only, repeat=5)
    return scenario("cases.flow", round(value.median, 4), "s", round(base.median, 5),
                    target=1.0)  # fmt: skip


if __name__ == "__main__":
    print(json.dumps(bench_list()))
    print(json.dumps(bench_flow()))
