"""After an action on the case page the case is read once: one ``show``, not the list and
the form options as well (the command's result names the case, it is not thrown away)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services import cases
from desktop.services.context import AppContext
from desktop.ui.cases.page import CasesPage
from desktop.ui.context import UiContext
from tests.cases.conftest import intake
from tests.cases.test_gui import settle


def test_an_action_reads_the_case_once(
    qtbot: QtBot,
    ui: UiContext,
    ctx: AppContext,
    people: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = cases.new_case(ctx, intake(employee_id=people["pns"]))
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, ui)
    page.open_case(made.case_id)
    settle(qtbot, ui)
    assert page.view.case is not None and page.view.case.state == "diterima"

    calls: Counter[str] = Counter()
    for name in ("show", "list_cases", "case_options"):
        real = getattr(cases, name)

        def counted(*args: Any, _real: Any = real, _name: str = name, **kw: Any) -> Any:
            calls[_name] += 1
            return _real(*args, **kw)

        monkeypatch.setattr(cases, name, counted)
    loads = page.view.loads
    page.view._run(lambda app, ref: cases.advance(app, ref, "pengecekan", "Lengkap."))
    settle(qtbot, ui)
    assert page.view.case.state == "pengecekan"
    assert page.view.loads == loads + 1
    assert calls == Counter({"show": 1})

    # back on the list, the list is read (once) with the new stage
    page.show_list()
    settle(qtbot, ui)
    assert calls["list_cases"] == 1
    assert page.model.rows[0].state == "pengecekan"
