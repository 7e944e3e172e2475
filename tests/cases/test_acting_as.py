"""Acting as someone else is a visible block, ``ctx.acting_as(actor)``, that gives the user
back afterwards (also on an error), instead of code reassigning ``ctx.actor``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop import demo
from desktop.domain.errors import NetraError
from desktop.services import cases
from desktop.services.context import Actor, AppContext
from desktop.store.models import CaseDecision, CaseRecommendation, CaseStep

ROOT = Path(__file__).resolve().parents[2]


def test_acting_as_gives_the_user_back(ctx: AppContext) -> None:
    me = ctx.actor
    other = Actor("verifikator", "verifier")
    with ctx.acting_as(other) as acting:
        assert acting is other and ctx.actor is other
    assert ctx.actor is me
    with pytest.raises(NetraError), ctx.acting_as(Actor("lihat", "viewer")):
        cases.link_employee(ctx, "nothing", employee_id="x")  # refused: a viewer
    assert ctx.actor is me


def test_the_demo_cases_are_made_by_the_roles_that_own_each_step(
    empty_ctx: AppContext,
) -> None:
    demo.populate(empty_ctx, employees=30)
    assert empty_ctx.actor == Actor("admin", "admin")  # populate leaves the admin logged in
    with empty_ctx.read() as session:
        by_stage: dict[str, set[str]] = {}
        for step in session.scalars(select(CaseStep)):
            by_stage.setdefault(step.to_state, set()).add(step.actor)
        recommended_by = set(session.scalars(select(CaseRecommendation.actor)))
        decided_by = set(session.scalars(select(CaseDecision.recorded_by)))
    assert by_stage["diterima"] == {"operator"}
    assert by_stage["pengecekan"] == by_stage["verifikasi"] == {"verifikator"}
    assert by_stage["validasi"] == by_stage["rekomendasi"] == {"verifikator"}
    assert by_stage["keputusan"] == by_stage["tindak_lanjut"] == by_stage["selesai"] == {"admin"}
    assert recommended_by == {"verifikator"} and decided_by == {"admin"}


def test_no_service_reassigns_the_acting_user_outside_log_in() -> None:
    # accounts.login/logout set the user of the session; demo.populate and the sync
    # self-test log the admin they have just created in. Everything else uses acting_as.
    allowed = {
        "desktop/services/accounts.py",
        "desktop/services/context.py",
        "desktop/demo/__init__.py",
        "desktop/demo/sync_selftest.py",
    }
    found: list[str] = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                elts = target.elts if isinstance(target, ast.Tuple) else [target]
                for t in elts:
                    if isinstance(t, ast.Attribute) and t.attr == "actor" and rel not in allowed:
                        found.append(f"{rel}:{node.lineno}")
    assert found == []
