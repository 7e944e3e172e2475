"""Working days with the shipped holiday calendar (SKB 3 Menteri 2024-2026)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import resources
from desktop.domain import workdays
from desktop.domain.rulebook import Rulebook
from desktop.domain.workdays import Calendar, add_working_days, working_days_between

CAL = Calendar.of(
    workdays.parse_holiday_data(json.loads(resources.read_text("calendar", "holidays-id.json")))
)


def test_calendar_covers_2024_to_2026_with_sources() -> None:
    data = json.loads(resources.read_text("calendar", "holidays-id.json"))
    assert set(data["years"]) >= {"2024", "2025", "2026"}
    for entry in data["years"].values():
        assert "SKB 3 Menteri" in entry["source"]
    kinds = {h.kind for h in CAL.holidays.values()}
    assert kinds == {"libur", "cuti_bersama"}


@pytest.mark.parametrize(("day", "kind"), [
    (date(2024, 4, 10), "libur"), (date(2024, 4, 8), "cuti_bersama"),
    (date(2025, 3, 31), "libur"), (date(2025, 4, 7), "cuti_bersama"),
    (date(2026, 3, 20), "cuti_bersama"), (date(2026, 3, 23), "cuti_bersama"),
    (date(2026, 8, 17), "libur"), (date(2025, 12, 25), "libur"),
])  # fmt: skip
def test_known_days(day: date, kind: str) -> None:
    found = CAL.holiday(day)
    assert found is not None and found.kind == kind
    assert not CAL.is_working_day(day)


def test_idul_fitri_2025() -> None:
    # Thu 27 Mar; Fri 28 cuti Nyepi, 29 Nyepi, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti.
    assert add_working_days(CAL, date(2025, 3, 27), 1) == date(2025, 4, 8)
    assert working_days_between(CAL, date(2025, 3, 27), date(2025, 4, 8)) == 1
    # 7 working days from 26 Mar: 27 Mar, 8, 9, 10, 11, 14, 15 Apr (18 Apr Good Friday later).
    assert add_working_days(CAL, date(2025, 3, 26), 7) == date(2025, 4, 15)


def test_idul_fitri_2024() -> None:
    # Fri 5 Apr; 8-9 cuti, 10-11 Idul Fitri, 12 cuti, 15 cuti -> Tue 16 Apr.
    assert add_working_days(CAL, date(2024, 4, 5), 1) == date(2024, 4, 16)
    assert add_working_days(CAL, date(2024, 4, 16), -1) == date(2024, 4, 5)


def test_idul_fitri_2026() -> None:
    # Tue 17 Mar; 18 cuti Nyepi, 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti -> Wed 25.
    assert add_working_days(CAL, date(2026, 3, 17), 1) == date(2026, 3, 25)


def test_weekends_only_without_calendar() -> None:
    empty = workdays.EMPTY
    assert add_working_days(empty, date(2026, 11, 20), 1) == date(2026, 11, 23)  # Fri -> Mon
    assert working_days_between(empty, date(2026, 11, 16), date(2026, 11, 23)) == 5


@given(start=st.dates(date(2023, 6, 1), date(2027, 6, 1)), n=st.integers(-60, 60))
def test_add_and_between_are_inverse(start: date, n: int) -> None:
    end = add_working_days(CAL, start, n)
    assert working_days_between(CAL, start, end) == n
    if n:
        assert CAL.is_working_day(end)


@given(
    a=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    b=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
)
def test_between_sign_and_bound(a: date, b: date) -> None:
    n = working_days_between(CAL, a, b)
    assert (n > 0) <= (b > a) and (n < 0) <= (b < a)
    assert abs(n) <= abs((b - a).days)
    if CAL.is_working_day(a) and CAL.is_working_day(b):
        assert n == -working_days_between(CAL, b, a)


def test_case_deadlines_from_rulebook(rb: Rulebook) -> None:
    texts = {k: v.text for k, v in rb.unconfirmed.items()}
    out = workdays.case_deadlines(
        CAL,
        rb.deadlines,
        {
            "received": date(2025, 3, 24),
            "examination": date(2025, 4, 10),
            "summons": date(2025, 3, 27),
            "decision": date(2025, 12, 15),
            "delivered": date(2025, 12, 22),
        },
        unconfirmed_text=texts,
    )
    got = {d.key: d for d in out}
    # 24 Mar + 7 wd: 25, 26, 27, 8 Apr, 9, 10, 11.
    assert got["verification"].date == date(2025, 4, 11)
    # 10 Apr - 7 wd: 9 Apr, 8 Apr, 27, 26, 25, 24, 21 Mar (28 Mar-7 Apr are holidays).
    assert got["summons"].date == date(2025, 3, 21)
    assert working_days_between(CAL, got["summons"].date, date(2025, 4, 10)) == 7
    assert got["examination"].date == add_working_days(CAL, date(2025, 3, 27), 7)
    # 15 Dec + 14 wd: 16-19, 22-24, 29-31 Dec, 2, 5, 6, 7 Jan (25-26 Dec, 1 Jan are off).
    assert got["delivery"].date == date(2026, 1, 7)
    assert got["effective"].counting == "working" and got["objection"].days == 14
    assert any("U-EFFECTIVE" in w for w in got["effective"].warnings)
    assert any("U-DELIVERY" in w for w in got["delivery"].warnings)
    assert got["verification"].warnings == ()
    assert got["delivery"].to_json()["date"] == "2026-01-07"


def test_deadlines_skip_missing_anchors_and_other_tracks(rb: Rulebook) -> None:
    out = workdays.case_deadlines(CAL, rb.deadlines, {"received": date(2025, 5, 2)}, track="ethics")
    assert [d.key for d in out] == ["verification"]


def test_calendar_counting_and_uncovered_year_warning() -> None:
    rule = workdays.DeadlineRule("x", "X", 14, "calendar", "decision", 1, "-", ("discipline",))
    d = workdays.compute_deadline(CAL, rule, date(2030, 1, 1))
    assert d.date == date(2030, 1, 1) + timedelta(days=14)
    assert any("2030" in w for w in d.warnings)


def test_bad_holiday_file_refused() -> None:
    with pytest.raises(ValueError, match="tidak sah"):
        workdays.parse_holiday_data(
            {
                "years": {
                    "2025": {"source": "x", "days": [{"date": "2024-01-01", "name": "salah tahun"}]}
                }
            }
        )
    with pytest.raises(ValueError):
        workdays.parse_holiday_data({"years": {}})
