"""The sanction engine and the working-day calendar.

- ``rules.recommend1000``: 1,000 random cases (category, 1-5 codes, 0-3 earlier sanctions)
  through ``sanctions.check_case`` with full explanation and ``to_json``; baseline a bare
  lookup in the same run (code -> level table, take the heaviest, nothing else). The engine
  does far more (validation, repeats, PPPK, warnings, explanation texts), so the target is
  absolute: 1,000 recommendations within 1 s (a hub re-checking a year of cases).
- ``rules.deadlines1000``: all rule-7 deadlines of 1,000 cases with the 2024-2026 holiday
  calendar; baseline the same count of plain ``date + timedelta``. Target: within 0.5 s.

Runnable alone: ``python -m benchmarks.bench_rules``.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from benchmarks.common import scenario

CASES = 1000


def _cases(rng: random.Random, codes: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    for _ in range(CASES):
        prior = [
            {"type": rng.choice([*range(1, 10), "moral_tertutup"]), "same_nature": rng.random() < 0.7,
             "date": f"202{rng.randint(0, 4)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"}
            for _ in range(rng.randint(0, 3))
        ]  # fmt: skip
        out.append(
            {
                "category": rng.choice(["PNS", "CPNS", "PPPK", "NON_ASN"]),
                "violations": rng.sample(codes, rng.randint(1, 5)),
                "prior": prior,
            }
        )
    return out


def _seconds(fn: Any) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_recommend() -> dict[str, Any]:
    from desktop.domain.sanctions import check_case
    from desktop.services.rules import shipped_rulebook

    rb = shipped_rulebook()
    # catch-all codes (E8/D17) need a written classification first: not engine input alone
    codes = [c for c in rb.codes if not rb.violations[c].classification_required]
    cases = _cases(random.Random(6), codes)
    table = {c: v.level for c, v in rb.violations.items()}
    order = {"moral": 0, "sedang": 1, "berat": 2, "ptdh": 3}

    def engine() -> None:
        for case in cases:
            json.dumps(check_case(rb, case).to_json())

    def bare() -> None:
        for case in cases:
            max((table[c] for c in case["violations"]), key=order.__getitem__)

    value, base = _seconds(engine), _seconds(bare)
    return scenario(
        "rules.recommend1000",
        round(value, 4),
        "s",
        round(base, 6),
        target=1.0,
        per_case_ms=round(value * 1000 / CASES, 3),
    )


def bench_deadlines() -> dict[str, Any]:
    from desktop.domain import workdays
    from desktop.services.rules import shipped_holidays, shipped_rulebook

    rb = shipped_rulebook()
    cal = workdays.Calendar.of(shipped_holidays())
    rng = random.Random(7)
    starts = [date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000)) for _ in range(CASES)]
    keys = ("received", "summons", "examination", "decision", "delivered")

    def engine() -> None:
        for d in starts:
            workdays.case_deadlines(cal, rb.deadlines, dict.fromkeys(keys, d))

    def bare() -> None:
        for d in starts:
            for r in rb.deadlines:
                d + timedelta(days=r.days)

    value, base = _seconds(engine), _seconds(bare)
    return scenario("rules.deadlines1000", round(value, 4), "s", round(base, 6), target=0.5)


if __name__ == "__main__":
    for fn in (bench_recommend, bench_deadlines):
        print(json.dumps(fn(), ensure_ascii=False))
