"""The signing kiosk driven by the keyboard alone, one test per key path (issue 14, 2-4).

Each test types into the real page over a real event (the small roster of
``tests/signing/conftest.py``): no mouse except the pen on the pad.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.domain import handwriting
from desktop.services import signing
from desktop.ui.context import UiContext
from desktop.ui.signing.dialogs import ReasonDialog
from desktop.ui.signing.kiosk import SearchScreen, clock_time
from desktop.ui.signing.page import EVENTS, PACT, SEARCH, SigningPage
from tests.signing.conftest import Setup, make_event, make_roster
from tests.signing.flow import settle, wait_until
from tests.signing.pen import draw


@pytest.fixture
def setup(ui: UiContext) -> Setup:
    return make_event(ui.app, make_roster(ui.app))


@pytest.fixture
def page(ui: UiContext, setup: Setup, qtbot: Any) -> Iterator[SigningPage]:
    widget = SigningPage(ui)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.activate()
    settle(widget)
    widget.start_kiosk()
    settle(widget)
    assert widget.stack.currentIndex() == SEARCH
    yield widget
    settle(widget)


def type_text(page: SigningPage, text: str) -> None:
    """Keys into whatever has the focus (it must be the search box)."""
    focus = QApplication.focusWidget()
    assert focus is page.search.search, f"focus is on {focus!r}, not the search box"
    QTest.keyClicks(focus, text)


def searched(page: SigningPage) -> None:
    """Wait until what is typed has been searched and its results are on screen."""
    wait_until(lambda: not page.search._waiting())
    settle(page)


def key(
    page: SigningPage, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focus = QApplication.focusWidget() or page
    QTest.keyClick(focus, k, mod)


def sign_with_pen(page: SigningPage, seed: int) -> None:
    draw(page.pact.pad, handwriting.signature(random.Random(seed), hz=300), "pen")
    QCoreApplication.processEvents()


def test_typing_then_enter_opens_the_single_match_without_waiting(page: SigningPage) -> None:
    # Enter right after the last key (a fast typist, a card reader): the search is run first.
    type_text(page, "sahetapy")
    assert page.search._timer.isActive()  # the debounced search has not run yet
    key(page, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    assert page.pact.view is not None and page.pact.view.identity.name == "Yakomina Sahetapy"
    assert QApplication.focusWidget() is page.pact.pad


def test_a_nip_as_printed_finds_the_person(page: SigningPage) -> None:
    type_text(page, "NIP. 19881106 201101 2 005")
    key(page, Qt.Key.Key_Enter)  # the keypad Enter too
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    assert page.pact.view is not None and page.pact.view.identity.name == "Yakomina Sahetapy"


def test_several_matches_and_no_selection_opens_nobody(page: SigningPage) -> None:
    type_text(page, "us")  # Agustinus Rumlus, Petrus Matruty
    key(page, Qt.Key.Key_Return)
    settle(page)
    assert page.search.model.rowCount() == 2
    assert page.stack.currentIndex() == SEARCH  # nothing opened
    assert page.search.selected() is None
    assert "choose one" in page.search.message.text()
    # Enter on an empty search never opens the first row either
    key(page, Qt.Key.Key_Escape)  # clears the search (the kiosk stays)
    settle(page)
    assert page.search.search.text() == "" and page.stack.currentIndex() == SEARCH
    assert page.search.model.rowCount() == 6
    key(page, Qt.Key.Key_Return)
    settle(page)
    assert page.stack.currentIndex() == SEARCH
    assert page.search.selected() is None


def test_down_selects_then_enter_opens_that_row_while_typing_stays_in_the_box(
    page: SigningPage,
) -> None:
    type_text(page, "us")
    searched(page)
    key(page, Qt.Key.Key_Down)
    key(page, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.search.search  # the arrows left the focus there
    chosen = page.search.selected()
    assert chosen is not None and chosen == page.search.model.row_at(1)
    key(page, Qt.Key.Key_Up)
    chosen = page.search.selected()
    assert chosen == page.search.model.row_at(0)
    key(page, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    assert page.pact.view is not None
    assert page.pact.view.identity.employee_id == chosen.employee_id  # type: ignore[union-attr]


def test_typing_after_an_arrow_narrows_the_search_and_drops_the_old_selection(
    page: SigningPage,
) -> None:
    key(page, Qt.Key.Key_Down)  # selects the first of the six
    assert page.search.selected() is not None
    type_text(page, "letelay")  # still typed into the box
    searched(page)
    assert page.search.search.text() == "letelay"
    assert page.search.model.rowCount() == 1
    assert page.search.selected() is not None  # the single match, visibly selected
    assert page.search.selected().name.startswith("Drs. Yohanis")  # type: ignore[union-attr]


def test_confirm_saves_and_returns_to_a_focused_search_with_nothing_selected(
    page: SigningPage, ui: UiContext, setup: Setup
) -> None:
    for n, name in enumerate(("sahetapy", "rumlus")):
        type_text(page, name)
        key(page, Qt.Key.Key_Return)
        settle(page)
        wait_until(lambda: page.stack.currentIndex() == PACT)
        sign_with_pen(page, n + 1)
        key(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
        settle(page)
        wait_until(lambda: page.stack.currentIndex() == SEARCH)
        settle(page)
        assert QApplication.focusWidget() is page.search.search
        assert page.search.search.text() == ""
        assert page.search.selected() is None  # no preselection after a signer
        assert "Saved" in page.search.message.text()
    statuses = {p.name: p.status for p in signing.people(ui.app, setup.event_id)}
    assert statuses["Yakomina Sahetapy"] == statuses["Agustinus Rumlus"] == "signed"
    assert page.search.counter.text().startswith("2 ")
    # Enter now (empty search, nobody selected) opens nobody
    key(page, Qt.Key.Key_Return)
    settle(page)
    assert page.stack.currentIndex() == SEARCH


def test_blank_pad_cannot_be_confirmed_and_says_why(page: SigningPage, ui: UiContext) -> None:
    type_text(page, "sahetapy")
    key(page, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    pact = page.pact
    assert not pact.confirm_button.isEnabled()
    assert pact.confirm_reason.text() == "The signature is still empty"
    key(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    assert page.stack.currentIndex() == PACT
    assert "The signature is still empty" in pact.message.text()
    # a click on the greyed button says the same (it does not stay silent)
    pact.message.setText("")
    QTest.mouseClick(pact.confirm_button, Qt.MouseButton.LeftButton)
    assert "The signature is still empty" in pact.message.text()
    assert signing.list_records(ui.app) == []
    sign_with_pen(page, 5)
    assert pact.confirm_button.isEnabled() and pact.confirm_reason.text() == ""
    assert "still empty" not in pact.message.text()  # the refusal note is not left standing


def test_disabled_confirm_looks_disabled(page: SigningPage, qapp: Any) -> None:
    from desktop.ui import theme

    theme.apply(qapp)
    try:
        type_text(page, "sahetapy")
        key(page, Qt.Key.Key_Return)
        settle(page)
        wait_until(lambda: page.stack.currentIndex() == PACT)
        button = page.pact.confirm_button
        QCoreApplication.processEvents()
        disabled = button.grab().toImage().pixelColor(button.width() // 2, 4)
        sign_with_pen(page, 3)
        QCoreApplication.processEvents()
        enabled = button.grab().toImage().pixelColor(button.width() // 2, 4)
        assert enabled.lightness() < 90  # the navy primary button
        assert disabled.lightness() > 200  # greyed, not navy
    finally:
        qapp.setStyleSheet("")


def test_escape_goes_back_from_the_pact_then_from_the_search(page: SigningPage) -> None:
    type_text(page, "letelay")
    key(page, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    key(page, Qt.Key.Key_Escape)
    settle(page)
    assert page.stack.currentIndex() == SEARCH
    assert QApplication.focusWidget() is page.search.search
    # the search is kept with the person just seen selected (to record a refusal next)
    assert page.search.search.text() == "letelay"
    assert page.search.selected().name.startswith("Drs. Yohanis")  # type: ignore[union-attr]
    key(page, Qt.Key.Key_Escape)  # clears the search and the selection
    settle(page)
    assert page.search.search.text() == "" and page.stack.currentIndex() == SEARCH
    assert page.search.selected() is None
    key(page, Qt.Key.Key_Escape)  # on an empty search: back to the events
    settle(page)
    assert page.stack.currentIndex() == EVENTS


def test_f6_records_a_refusal_with_the_keyboard(
    page: SigningPage, ui: UiContext, setup: Setup
) -> None:
    type_text(page, "matruty")
    searched(page)
    key(page, Qt.Key.Key_F6)
    settle(page)
    dialog = page._dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.reason
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Petrus Matruty" in labels  # who is refusing, by name
    QTest.keyClicks(dialog.reason, "Tidak bersedia")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    statuses = {p.name: p.status for p in signing.people(ui.app, setup.event_id)}
    assert statuses["Petrus Matruty"] == "refused"
    assert "Refusal recorded" in page.search.message.text()
    assert page.window().focusWidget() is page.search.search


def test_f6_with_several_matches_asks_to_choose(page: SigningPage) -> None:
    type_text(page, "us")
    searched(page)
    key(page, Qt.Key.Key_F6)
    settle(page)
    assert page._dialog is None
    assert "choose one" in page.search.message.text()


def test_f8_voids_a_signature_with_the_keyboard(
    page: SigningPage, ui: UiContext, setup: Setup
) -> None:
    emp = setup.roster.employees["198811062011012005"]
    signed = signing.sign(ui.app, setup.event_id, emp, handwriting.signature(random.Random(3)))
    page.search.status.setCurrentIndex(1)  # "Signed"
    settle(page)
    page.search.search.setFocus()
    type_text(page, "sahetapy")
    key(page, Qt.Key.Key_F8)
    settle(page)
    dialog = page._dialog
    assert isinstance(dialog, ReasonDialog) and dialog.isVisible()
    QTest.keyClicks(dialog.reason, "Tanda tangan tertukar")
    QTest.keyClick(dialog.reason, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    settle(page)
    records = {r.id: r for r in signing.list_records(ui.app, setup.event_id)}
    assert records[signed.id].voided


def test_searching_someone_who_signed_says_when_and_with_whom(
    page: SigningPage, ui: UiContext, setup: Setup
) -> None:
    emp = setup.roster.employees["198811062011012005"]
    signing.sign(ui.app, setup.event_id, emp, handwriting.signature(random.Random(3)))
    record = signing.list_records(ui.app, employee_id=emp)[0]
    page.search.reset()
    settle(page)
    type_text(page, "sahetapy")
    key(page, Qt.Key.Key_Return)
    settle(page)
    text = page.search.message.text()
    _day, time = clock_time(record.local_time)
    assert "Yakomina Sahetapy already signed at" in text, text
    assert time in text and "." in time.split()[0]  # 09.15, the Indonesian way
    assert f"({record.operator})" in text
    assert "Nobody found" not in text
    assert page.stack.currentIndex() == SEARCH


def test_tab_walks_the_controls_not_the_cells(page: SigningPage) -> None:
    search = page.search
    assert not search.table.tabKeyNavigation()
    seen = []
    for _ in range(8):
        key(page, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert search.table not in seen
    assert search.status in seen and search.sign_button in seen


def test_every_action_shows_its_key(page: SigningPage) -> None:
    s, p = page.search, page.pact
    assert "(Enter)" in s.sign_button.text()
    assert "(F6)" in s.refuse_button.text() and "(F8)" in s.void_button.text()
    assert "(Esc)" in s.back_button.text()
    assert "(Esc)" in p.cancel_button.text() and "(Ctrl+Enter)" in p.confirm_button.text()
    assert "(F8)" in p.void_button.text()


def test_enter_waits_for_the_search_in_flight() -> None:
    """The screen alone: Enter after typing asks for the search and opens when it answers;
    a late answer to an older search is dropped."""
    from desktop.services.signing import Person

    screen = SearchScreen()
    screen.show()
    queries: list[tuple[str, str]] = []
    opened: list[str] = []
    screen.query_changed.connect(lambda q, s: queries.append((q, s)))
    screen.open_person.connect(opened.append)

    def person(i: int) -> Person:
        return Person(
            f"id{i}", f"Pegawai {i}", None, "NON_ASN", "Staf", "K", "Kantor", "unsigned", None
        )

    screen.reset()
    screen.set_people([person(0), person(1)], "", "unsigned")
    QTest.keyClicks(screen.search, "pegawai 1")
    QTest.keyClick(screen.search, Qt.Key.Key_Return)
    assert queries[-1] == ("pegawai 1", "unsigned") and opened == []
    screen.set_people([person(0), person(1)], "pegawai", "unsigned")  # late, older: dropped
    assert opened == []
    screen.set_people([person(1)], "pegawai 1", "unsigned")
    assert opened == ["id1"]
    screen.deleteLater()


def test_mouse_press_reaches_disabled_confirm_filter() -> None:
    """Guard for the click-on-a-greyed-button message: Qt delivers the press to the filter."""
    from desktop.ui.signing.kiosk import PactScreen

    screen = PactScreen()
    screen.show()
    assert not screen.confirm_button.isEnabled()
    event = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPoint(5, 5).toPointF(),
        QPoint(5, 5).toPointF(),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(screen.confirm_button, event)
    assert "empty" in screen.message.text()
    screen.deleteLater()
