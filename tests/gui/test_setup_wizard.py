"""The wizard widget only binds to SetupFlow: check the wiring, not the rules again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.context import UiContext
from desktop.ui.setup_wizard import SetupWizard


def test_wizard_walks_through_and_creates_the_office(qtbot: QtBot, empty_ui: UiContext) -> None:
    wizard = SetupWizard(empty_ui)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()

    page = wizard.identity
    page.code.setText("81.08.06")
    assert page.kab_code.text() == "81.08"  # suggested from the region code
    page.name.setText("Kecamatan Wetar")
    assert not next_button.isEnabled()
    page.kab_name.setText("Maluku Barat Daya")
    assert next_button.isEnabled()
    page.hub_role.setChecked(True)
    assert wizard.flow.role == "hub"
    page.office_role.setChecked(True)
    wizard.next()

    assert wizard.currentPage() is wizard.region
    assert wizard.region.zone.currentData() == "Asia/Jayapura"
    assert not next_button.isEnabled()  # place is still empty
    wizard.region.place.setText("Ilwaki")
    wizard.region.paper.setCurrentIndex(wizard.region.paper.findData("f4"))
    assert wizard.flow.paper == "f4"
    wizard.next()

    assert wizard.letterhead.lines.toPlainText().splitlines()[-1] == "KECAMATAN WETAR"
    wizard.next()

    wizard.admin.full_name.setText("Yohanis Letelay")
    wizard.admin.password.setText("rahasia-123")
    wizard.admin.again.setText("rahasia-12")
    assert not next_button.isEnabled()
    assert "tidak sama" in wizard.admin.problems.text()
    wizard.admin.again.setText("rahasia-123")
    assert next_button.isEnabled()
    wizard.next()

    assert wizard.currentPage() is wizard.summary
    finish = wizard.button(wizard.WizardButton.FinishButton)
    with qtbot.waitSignal(wizard.finished, timeout=20_000):
        finish.click()
    assert wizard.office is not None
    assert wizard.office.paper == "f4"
    assert empty_ui.app.is_initialised()
