"""The case page names sanctions as the documents do (issue 15): from the active rulebook with
the kabupaten's local PPPK layer (a layer may rename a type through ``type_names``), not from
the shipped rulebook. The recommendation tab, the decision dialog's choices and the recorded
decision show the local name."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from desktop.services import rules
from desktop.services.cases import sanctions as case_sanctions
from desktop.services.context import AppContext
from desktop.ui.cases.dialogs import DecisionDialog
from desktop.ui.cases.page import CasesPage
from desktop.ui.context import UiContext
from tests.cases.conftest import Driver
from tests.cases.test_gui import settle
from tests.cases.test_local_sanction_names import LOCAL_9, _receive_layer
from tests.rules.test_local_layer import layer_text

LABEL = LOCAL_9[0].upper() + LOCAL_9[1:]


def test_the_case_page_shows_the_local_name(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    national = rules.shipped_rulebook().sanction_name(9, "PPPK")
    national = national[0].upper() + national[1:]
    _receive_layer(ctx, layer_text("2026.1", type_names={"9": LOCAL_9}))
    case = drive(people["pppk"], ["D2", "E4"])
    assert "9" in [str(t) for t in case["recommendation"]["output"]["allowed_types"]]

    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.open_case(case["id"])
    settle(qtbot, ui)
    shown = page.view.case
    assert shown is not None and shown.type_label(9) == LABEL
    text = page.view.recommendation.toPlainText()
    assert LABEL in text  # the allowed choices
    assert national not in text

    dialog = DecisionDialog(shown, page)
    qtbot.addWidget(dialog)
    choices = [dialog.type.itemText(i) for i in range(dialog.type.count())]
    assert "★ " + LABEL in choices
    assert not any(national in c for c in choices)

    case_sanctions.decide(ctx, case["id"], "9", "800/9/BKPSDM/2024", date(2024, 12, 16))
    page.view.load(case["id"])
    settle(qtbot, ui)
    assert LABEL in page.view.details.toPlainText()  # the decision's line
