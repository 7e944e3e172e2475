"""The cases page: the table model, overdue rows standing out, filters, the case page with
role-dependent actions, intake through the dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services import cases
from desktop.services.context import Actor, AppContext
from desktop.ui.cases.page import OVERDUE_BG, CasesPage
from desktop.ui.context import UiContext
from tests.cases.conftest import Driver, intake
from tests.cases.test_evidence import png_bytes


def settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)
    qtbot.wait(30)
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=10_000)


def buttons(page: CasesPage) -> list[str]:
    bar = page.view.action_bar
    out = []
    for i in range(bar.count()):
        item = bar.itemAt(i)
        widget = item.widget() if item is not None else None
        if widget is not None:
            out.append(widget.property("text"))
    return out


def test_list_filters_and_overdue(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, people: dict[str, str], qtmodeltester: object
) -> None:
    old = cases.show(
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
    today = date.today()
    cases.new_case(
        ctx, intake(reported_name="Y", received=today, act_date=today, alleged_codes=["E1"])
    )
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, ui)
    model = page.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    row = next(i for i in range(2) if model.rows[i].id == old["id"])
    idx = model.index(row, 6)
    assert "terlambat" in model.data(idx) or "overdue" in model.data(idx)
    assert model.data(idx, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BG
    other = model.index(1 - row, 6)
    assert model.data(other, Qt.ItemDataRole.BackgroundRole) is None
    page.overdue.setChecked(True)
    settle(qtbot, ui)
    assert [r.id for r in model.rows] == [old["id"]]
    page.overdue.setChecked(False)
    settle(qtbot, ui)
    page.code.setCurrentIndex(page.code.findData("E1"))
    settle(qtbot, ui)
    assert model.rowCount() == 1 and model.rows[0].alleged_codes == ("E1",)


def test_case_page_actions_follow_the_role(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, drive: Driver, people: dict[str, str]
) -> None:
    case = drive(people["pns"], ["D2", "E4"])
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, ui)
    page.open_case(case["id"])
    settle(qtbot, ui)
    assert page.stack.currentWidget() is page.view
    labels = buttons(page)
    assert any("decision" in t or "keputusan" in t for t in labels)
    html = page.view.recommendation.toPlainText()
    assert "R1" in html and "PP 94/2021" in html
    assert case["number"] in page.view.heading.text()
    ctx.actor = Actor("lihat", "viewer")
    page.view.load(case["id"])
    settle(qtbot, ui)
    labels = buttons(page)
    assert not any("decision" in t or "keputusan" in t for t in labels)
    assert not any(
        "recommendation" in t.lower() or "rekomendasi" in t.lower()
        for t in labels
        if "nota" not in t and "memo" not in t
    )
    page.show_list()
    settle(qtbot, ui)
    assert page.stack.currentIndex() == 0


def test_intake_dialog_creates_case(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, people: dict[str, str], tmp_path: Path
) -> None:
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    settle(qtbot, ui)
    dialog = page.open_intake()
    dialog.source.setCurrentIndex(dialog.source.findData("bawaslu"))
    dialog.anonymous.setChecked(True)
    dialog.search.setText("Agustina")
    dialog._search()
    settle(qtbot, ui)
    assert dialog.matches.count() == 2
    dialog.matches.setCurrentIndex(1)
    dialog._pick(1)
    dialog.description.setPlainText("Hadir pada deklarasi pasangan calon.")
    for i in range(dialog.codes.count()):
        item = dialog.codes.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "D4":
            item.setCheckState(Qt.CheckState.Checked)
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes())
    dialog.add_file(photo)
    with qtbot.waitSignal(dialog.created, timeout=10_000):
        dialog._save()
    settle(qtbot, ui)
    listed = cases.list_cases(ctx)
    assert len(listed) == 1
    shown = cases.show(ctx, listed[0]["id"]).to_json()
    assert shown["employee"]["category"] == "PPPK" and shown["anonymous"]
    assert shown["alleged_codes"] == ["D4"] and len(shown["evidence"]) == 1
    assert page.stack.currentWidget() is page.view


def test_link_dialog_finds_the_person(
    qtbot: QtBot, ui: UiContext, ctx: AppContext, people: dict[str, str]
) -> None:
    from desktop.ui.cases.dialogs import LinkDialog

    case = cases.show(
        ctx, cases.new_case(ctx, intake(reported_name="Simon", reported_unit="Desa Ilwaki")).case_id
    ).to_json()
    shown = cases.show(ctx, case["id"])
    page = CasesPage(ui)
    qtbot.addWidget(page)
    page.open_case(case["id"])
    settle(qtbot, ui)
    assert any("roster" in t for t in buttons(page))
    dialog = LinkDialog(ui, shown, page)
    dialog.search_roster()
    settle(qtbot, ui)
    assert dialog.employee_id() == people["non_asn"]
    cases.link_employee(ctx, case["id"], employee_id=dialog.employee_id())
    page.view.load(case["id"])
    settle(qtbot, ui)
    assert not any("roster" in t for t in buttons(page))
