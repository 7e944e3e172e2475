"""Stored rulebooks and calendar: seeding, versions, admin-only loading, holidays."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from desktop.domain.errors import NetraError, PermissionDenied
from desktop.domain.rulebook import RulebookInvalid
from desktop.services import audit, rules
from desktop.services.context import Actor, AppContext

SHIPPED = rules.shipped_rulebook().version


def test_seeded_at_setup(ctx: AppContext) -> None:
    rb = rules.active_rulebook(ctx)
    assert rb.sha256 == rules.shipped_rulebook().sha256
    assert [v.active for v in rules.list_rulebooks(ctx)] == [True]
    assert len(rules.holidays(ctx, 2025)) == len(
        [h for h in rules.shipped_holidays() if h.day.year == 2025]
    )
    assert rules.calendar(ctx).is_holiday(date(2026, 3, 23))


def test_no_office_falls_back_to_shipped(empty_ctx: AppContext) -> None:
    assert rules.active_rulebook(empty_ctx).name == "netralitas-2022"
    assert rules.holidays(empty_ctx, 2024)
    assert rules.active_rulebook(None).sha256 == rules.shipped_rulebook().sha256


def _new_version(text: str, version: str) -> str:
    data: dict[str, Any] = json.loads(text)
    data["version"] = version
    next(v for v in data["violations"] if v["code"] == "D16")["level"] = "berat"  # confirmed, say
    return json.dumps(data, ensure_ascii=False)


def test_load_new_version_keeps_old(ctx: AppContext) -> None:
    old = rules.active_rulebook(ctx)
    info = rules.load_new_rulebook(ctx, _new_version(rules.shipped_rulebook_text(), "2022.2"))
    assert info.active and info.version == "2022.2"
    new = rules.active_rulebook(ctx)
    assert new.sha256 == info.sha256 != old.sha256
    assert rules.check_case(ctx, {"category": "PNS", "violations": ["D16"]}).level == "berat"
    # The old version stays readable by its hash, for old cases.
    assert rules.rulebook_by_sha(ctx, old.sha256).version == SHIPPED
    assert (
        rules.check_case(
            rules.rulebook_by_sha(ctx, old.sha256), {"category": "PNS", "violations": ["D16"]}
        ).level
        == "sedang"
    )
    assert sorted(v.version for v in rules.list_rulebooks(ctx)) == sorted([SHIPPED, "2022.2"])
    assert sum(v.active for v in rules.list_rulebooks(ctx)) == 1
    assert audit.verify(ctx).ok


def test_same_version_different_content_refused(ctx: AppContext) -> None:
    text = _new_version(rules.shipped_rulebook_text(), SHIPPED)
    with pytest.raises(NetraError) as err:
        rules.load_new_rulebook(ctx, text)
    assert err.value.code == "rulebook_version_clash"


def test_reloading_an_old_version_reactivates_it(ctx: AppContext) -> None:
    rules.load_new_rulebook(ctx, _new_version(rules.shipped_rulebook_text(), "2022.2"))
    info = rules.load_new_rulebook(ctx, rules.shipped_rulebook_text())
    assert info.version == SHIPPED and info.active
    assert len(rules.list_rulebooks(ctx)) == 2


def test_invalid_rulebook_refused_and_nothing_stored(ctx: AppContext) -> None:
    with pytest.raises(RulebookInvalid):
        rules.load_new_rulebook(ctx, '{"format": 1, "name": "x"}')
    assert len(rules.list_rulebooks(ctx)) == 1


def test_only_admin_loads_or_edits(ctx: AppContext) -> None:
    ctx.actor = Actor("op", "operator")
    with pytest.raises(PermissionDenied):
        rules.load_new_rulebook(ctx, rules.shipped_rulebook_text())
    with pytest.raises(PermissionDenied):
        rules.add_holiday(ctx, date(2026, 12, 1), "Libur daerah")
    with pytest.raises(PermissionDenied):
        rules.remove_holiday(ctx, date(2026, 12, 25))


def test_add_remove_holiday_changes_working_days(ctx: AppContext) -> None:
    day = date(2026, 12, 1)  # Tuesday
    assert rules.calendar(ctx).is_working_day(day)
    rules.add_holiday(ctx, day, "HUT Kabupaten", "libur")
    assert not rules.calendar(ctx).is_working_day(day)
    with pytest.raises(NetraError):
        rules.add_holiday(ctx, day, "lagi")
    rules.remove_holiday(ctx, day)
    assert rules.calendar(ctx).is_working_day(day)
    rules.add_holiday(ctx, day, "HUT Kabupaten (ulang)", "cuti_bersama")  # revives the row
    assert rules.calendar(ctx).holiday(day).kind == "cuti_bersama"  # type: ignore[union-attr]
    with pytest.raises(NetraError):
        rules.remove_holiday(ctx, date(2026, 12, 2))
    with pytest.raises(NetraError):
        rules.add_holiday(ctx, date(2026, 12, 3), "x", "libur_daerah")
    assert audit.verify(ctx).ok


def test_deadlines_use_office_calendar(ctx: AppContext) -> None:
    got = {d.key: d for d in rules.deadlines(ctx, {"received": date(2026, 3, 17)})}
    assert got["verification"].date == date(2026, 4, 2)  # 25-27, 30-31 Mar, 1-2 Apr (3 Apr off)


def test_selftest_step(ctx: AppContext) -> None:
    assert "netralitas-2022" in rules.selftest_step(ctx)
