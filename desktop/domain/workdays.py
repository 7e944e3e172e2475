"""Working-day arithmetic with a holiday calendar, and the case deadlines of RULEBOOK rule 7.

A working day (hari kerja) is Monday to Friday and not a holiday: national holidays (libur
nasional) and collective leave (cuti bersama) from the SKB 3 Menteri of each year, plus any
day the office adds. Pure code: the calendar is handed in, never read from disk or database.

Conventions
- ``add_working_days(cal, start, n)`` is the n-th working day *after* ``start`` (``start``
  itself is not counted); a negative ``n`` counts backwards; ``n == 0`` returns ``start``.
- ``working_days_between(cal, a, b)`` counts the working days ``d`` with ``a < d <= b``
  (when ``b < a``: minus the working days with ``b <= d < a``), so ``working_days_between(cal, a, add_working_days(cal, a, n))
  == n`` for every ``n``.
- Calendar-day periods ("dalam 14 hari") are plain date arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal

Counting = Literal["working", "calendar"]
COUNTINGS: tuple[str, ...] = ("working", "calendar")
HOLIDAY_KINDS: tuple[str, ...] = ("libur", "cuti_bersama")

_ONE = timedelta(days=1)
_Date = date  # alias: Deadline has a field named ``date``


@dataclass(frozen=True)
class HolidayDay:
    day: date
    name: str
    kind: str = "libur"  # libur | cuti_bersama


@dataclass(frozen=True)
class Calendar:
    """The set of non-working weekdays. Weekends are always non-working."""

    holidays: Mapping[date, HolidayDay] = field(default_factory=dict)
    _years: frozenset[int] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_years", frozenset(d.year for d in self.holidays))

    @classmethod
    def of(cls, days: Iterable[HolidayDay]) -> Calendar:
        return cls({d.day: d for d in days})

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def holiday(self, day: date) -> HolidayDay | None:
        return self.holidays.get(day)

    def years(self) -> tuple[int, ...]:
        return tuple(sorted(self._years))

    def covers(self, day: date) -> bool:
        """True when the calendar has holidays for ``day``'s year (else counting may be off)."""
        return day.year in self._years


EMPTY = Calendar()


def add_working_days(cal: Calendar, start: date, n: int) -> date:
    """The n-th working day after ``start`` (before it when ``n`` is negative)."""
    step = _ONE if n >= 0 else -_ONE
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if cal.is_working_day(day):
            remaining -= 1
    return day


def working_days_between(cal: Calendar, start: date, end: date) -> int:
    """Working days ``d`` with ``start < d <= end``; when ``end`` is before ``start``, minus
    the working days with ``end <= d < start`` (the inverse of ``add_working_days``)."""
    if end == start:
        return 0
    if end < start:  # working days d with end <= d < start, counted negative
        count = 0
        day = start
        while day > end:
            day -= _ONE
            if cal.is_working_day(day):
                count -= 1
        return count
    count = 0
    day = start
    while day < end:
        day += _ONE
        if cal.is_working_day(day):
            count += 1
    return count


def next_working_day(cal: Calendar, day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not cal.is_working_day(day):
        day += _ONE
    return day


def add_days(cal: Calendar, start: date, n: int, counting: str) -> date:
    if counting == "working":
        return add_working_days(cal, start, n)
    if counting == "calendar":
        return start + timedelta(days=n)
    raise ValueError(f"unknown counting {counting!r}")


# --------------------------------------------------------------------------- deadlines
@dataclass(frozen=True)
class DeadlineRule:
    """One period of the case procedure, as published in the rulebook (``deadlines``).

    ``anchor`` names the event it counts from (``received``, ``summons``, ``examination``,
    ``decision``, ``delivered``); ``direction`` is +1 (a limit after the anchor) or -1 (a limit
    before it, e.g. the earliest summons date before an examination).
    """

    key: str
    label: str
    days: int
    counting: str
    anchor: str
    direction: int
    legal_basis: str
    tracks: tuple[str, ...]
    unconfirmed: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    anchor: str
    anchor_date: _Date
    date: _Date
    days: int
    counting: str  # working | calendar
    legal_basis: str
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "anchor": self.anchor,
            "anchor_date": self.anchor_date.isoformat(),
            "date": self.date.isoformat(),
            "days": self.days,
            "counting": self.counting,
            "legal_basis": self.legal_basis,
            "warnings": list(self.warnings),
        }

    def overdue(self, today: _Date, done: bool = False) -> bool:
        """An after-anchor limit is overdue when not done by the end of ``date``."""
        return not done and today > self.date


def compute_deadline(
    cal: Calendar,
    rule: DeadlineRule,
    anchor_date: date,
    unconfirmed_text: Mapping[str, str] | None = None,
) -> Deadline:
    when = add_days(cal, anchor_date, rule.direction * rule.days, rule.counting)
    texts = unconfirmed_text or {}
    warnings = [f"BELUM DIKONFIRMASI [{u}]: {texts.get(u, u)}" for u in rule.unconfirmed]
    if not cal.covers(anchor_date) or not cal.covers(when):
        warnings.append(
            f"Kalender hari libur tidak memuat tahun {anchor_date.year}"
            f"{'' if anchor_date.year == when.year else '/' + str(when.year)}: "
            "hanya Sabtu dan Minggu yang dianggap libur."
        )
    return Deadline(
        key=rule.key,
        label=rule.label,
        anchor=rule.anchor,
        anchor_date=anchor_date,
        date=when,
        days=rule.days,
        counting=rule.counting,
        legal_basis=rule.legal_basis,
        warnings=tuple(warnings),
    )


def case_deadlines(
    cal: Calendar,
    rules: Iterable[DeadlineRule],
    anchors: Mapping[str, date | None],
    *,
    track: str | None = None,
    unconfirmed_text: Mapping[str, str] | None = None,
) -> list[Deadline]:
    """Every deadline whose anchor event has a date in ``anchors``.

    ``anchors`` maps event names (``received``, ``summons``, ``examination``, ``decision``,
    ``delivered``) to dates; missing or ``None`` anchors are skipped. With ``track`` given
    (``discipline`` or ``ethics``), rules for other tracks are skipped. The order is the
    rulebook's order.
    """
    out: list[Deadline] = []
    for rule in rules:
        if track is not None and track not in rule.tracks:
            continue
        anchor_date = anchors.get(rule.anchor)
        if anchor_date is None:
            continue
        out.append(compute_deadline(cal, rule, anchor_date, unconfirmed_text))
    return out


# --------------------------------------------------------------------------- holiday file
def parse_holiday_data(data: Any) -> list[HolidayDay]:
    """The shipped calendar file (``resources/calendar/holidays-id.json``), checked.

    Shape: ``{"format": 1, "years": {"2025": {"source": "SKB 3 Menteri ...", "days":
    [{"date": "2025-03-31", "name": "...", "kind": "libur" | "cuti_bersama"}]}}}``.
    Raises ``ValueError`` listing every problem.
    """
    problems: list[str] = []
    out: list[HolidayDay] = []
    years = data.get("years") if isinstance(data, dict) else None
    if not isinstance(years, dict) or not years:
        raise ValueError("berkas kalender: kunci 'years' wajib berisi objek tahun")
    seen: set[date] = set()
    for year, entry in sorted(years.items()):
        if not isinstance(entry, dict) or not isinstance(entry.get("source"), str):
            problems.append(f"years.{year}: wajib berisi 'source' (mis. SKB 3 Menteri) dan 'days'")
            continue
        for i, item in enumerate(entry.get("days") or []):
            where = f"years.{year}.days[{i}]"
            try:
                day = date.fromisoformat(str(item["date"]))
                name, kind = str(item["name"]).strip(), str(item.get("kind", "libur"))
            except (KeyError, TypeError, ValueError):
                problems.append(f"{where}: perlu 'date' (YYYY-MM-DD) dan 'name'")
                continue
            if str(day.year) != str(year):
                problems.append(f"{where}: tanggal {day} bukan tahun {year}")
            if kind not in HOLIDAY_KINDS:
                problems.append(f"{where}: jenis {kind!r} tidak sah ({', '.join(HOLIDAY_KINDS)})")
            if day in seen:
                problems.append(f"{where}: tanggal {day} ganda")
            if not name:
                problems.append(f"{where}: nama kosong")
            seen.add(day)
            out.append(HolidayDay(day, name, kind))
    if problems:
        raise ValueError("berkas kalender tidak sah: " + "; ".join(problems))
    return sorted(out, key=lambda h: h.day)
