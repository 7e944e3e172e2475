"""The signature pad widget and the kiosk flow, driven by simulated pen, mouse and touch."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from desktop.domain import handwriting, strokes
from desktop.services import signing
from desktop.services.context import AppContext
from desktop.ui.context import UiContext
from desktop.ui.signing.page import EVENTS, PACT, SEARCH, SigningPage
from desktop.ui.signing.signature_pad import PAD_HEIGHT, PAD_WIDTH, SignaturePad
from tests.signing.conftest import Setup
from tests.signing.flow import settle, sign_one, wait_until
from tests.signing.pen import draw, widget_pos


@pytest.fixture
def pad(qtbot: Any) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ink_pixels(widget: SignaturePad) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return sum(1 for v in data if v < 90)


def test_pen_strokes_are_recorded_with_pressure(pad: SignaturePad) -> None:
    source = handwriting.signature(random.Random(2), hz=500)
    changes: list[int] = []
    pad.changed.connect(changes.append)
    sent = draw(pad, source, "pen")
    data = pad.strokes_data()
    assert (data["width"], data["height"]) == (PAD_WIDTH, PAD_HEIGHT)
    assert len(data["strokes"]) == len(source["strokes"])
    assert sum(len(s) for s in data["strokes"]) == sent - len(source["strokes"])
    pressures = {p[3] for s in data["strokes"] for p in s}
    assert len(pressures) > 10  # the pen's real pressure, not the mouse default
    first = data["strokes"][0][0]
    assert abs(first[0] - source["strokes"][0][0][0]) < 1.0  # same coordinates as drawn
    assert changes[-1] == len(source["strokes"])
    strokes.check_enough(strokes.parse(data))
    assert _ink_pixels(pad) > 1500


def test_mouse_input_uses_default_pressure(pad: SignaturePad) -> None:
    draw(pad, handwriting.signature(random.Random(4), hz=120), "mouse")
    data = pad.strokes_data()
    assert {p[3] for s in data["strokes"] for p in s} == {0.5}
    assert strokes.check_enough(strokes.parse(data)).length > 300


def test_touch_input(pad: SignaturePad, qtbot: Any) -> None:
    device = QTest.createTouchDevice()
    points = [widget_pos(pad, 200 + 8 * i, 150 + 40 * ((i % 8) / 8)).toPoint() for i in range(40)]
    QTest.touchEvent(pad, device).press(0, points[0]).commit()
    for p in points[1:]:
        QTest.touchEvent(pad, device).move(0, p).commit()
    QTest.touchEvent(pad, device).release(0, points[-1]).commit()
    data = pad.strokes_data()
    assert len(data["strokes"]) == 1 and len(data["strokes"][0]) >= 40


def test_undo_clear_and_resize_keep_data(pad: SignaturePad, qtbot: Any) -> None:
    draw(pad, handwriting.signature(random.Random(6)), "pen")
    before = pad.strokes_data()
    n = len(before["strokes"])
    pad.resize(600, 400)  # e.g. the laptop is rotated or the window resized
    QCoreApplication.processEvents()
    assert pad.strokes_data() == before
    assert _ink_pixels(pad) > 500
    pad.resize(900, 300)
    pad.undo()
    assert len(pad.strokes_data()["strokes"]) == n - 1
    pad.clear()
    assert pad.is_empty() and _ink_pixels(pad) == 0


def test_each_event_paints_only_the_new_segment(
    pad: SignaturePad, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = {"redraws": 0}
    original = SignaturePad._redraw_all

    def counting(self: SignaturePad) -> None:
        full["redraws"] += 1
        original(self)

    monkeypatch.setattr(SignaturePad, "_redraw_all", counting)
    updates: list[Any] = []
    real_update = pad.update

    def counting_update(*args: Any) -> None:
        updates.append(args)
        real_update(*args)

    monkeypatch.setattr(pad, "update", counting_update)
    draw(pad, handwriting.signature(random.Random(8), hz=500), "pen")
    assert full["redraws"] == 0
    partial = [a for a in updates if a]
    assert partial and all(r[0].width() < 200 for r in partial)  # small dirty rectangles


def test_read_only_pad_ignores_input(pad: SignaturePad) -> None:
    pad.load(handwriting.signature(random.Random(1), width=450, height=150), read_only=True)
    before = pad.strokes_data()
    assert before["width"] == PAD_WIDTH  # scaled into the pad's own space
    draw(pad, handwriting.signature(random.Random(2)), "pen")
    assert pad.strokes_data() == before


def test_kiosk_flow_signs_refuses_and_blocks_double_signing(
    ui: UiContext, setup: Setup, qtbot: Any
) -> None:
    page = SigningPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    settle(page)
    assert page.events_model.rowCount() == 1
    page.start_kiosk()
    settle(page)
    assert page.stack.currentIndex() == SEARCH
    assert page.search.model.rowCount() == 6  # default list: not yet signed
    message = sign_one(page, "sahetapy", 1)
    assert "Yakomina Sahetapy" in message
    assert page.search.counter.text().startswith("1 ")
    assert page.search.model.rowCount() == 5
    # signed people are out of the default list; with "Everyone" they show as signed
    page.search.status.setCurrentIndex(3)
    settle(page)
    QTest.keyClicks(page.search.search, "yakomina")
    page.search._timer.stop()
    page.search._changed()
    settle(page)
    assert page.search.model.row_at(0).status == "signed"  # type: ignore[union-attr]
    QTest.keyClick(page.search.search, Qt.Key.Key_Return)
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    assert "Already signed" in page.pact.message.text() or "Sudah" in page.pact.message.text()
    assert not page.pact.confirm_button.isEnabled()
    assert not page.pact.pad.is_empty()  # the existing signature is shown
    QTest.keyClick(page.pact, Qt.Key.Key_Escape)
    wait_until(lambda: page.stack.currentIndex() == SEARCH)
    # a too-small signature is refused on the pact screen, the pad keeps it for correction
    page.search.status.setCurrentIndex(0)
    settle(page)
    page.search.search.setText("letelay")
    page.search._timer.stop()
    page.search._changed()
    settle(page)
    page.search._open()
    settle(page)
    wait_until(lambda: page.stack.currentIndex() == PACT)
    pad = page.pact.pad
    for i, pos in enumerate((widget_pos(pad, 300, 150), widget_pos(pad, 306, 152))):
        QTest.mouseMove(pad, QPoint(int(pos.x()), int(pos.y())))
        if i == 0:
            QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(int(pos.x()), int(pos.y())))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(int(pos.x()), int(pos.y())))
    QTest.mouseClick(page.pact.confirm_button, Qt.MouseButton.LeftButton)
    settle(page)
    assert page.stack.currentIndex() == PACT
    assert "titik" in page.pact.message.text() or "kecil" in page.pact.message.text()
    QTest.mouseClick(page.pact.cancel_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: page.stack.currentIndex() == SEARCH)
    settle(page)  # back to the same search, the person just seen selected again
    # refusal with a reason
    person = page.search.selected()
    assert person is not None
    page.search.refuse_person.emit(person.employee_id)
    dialog = page._dialog
    assert dialog is not None
    dialog.reason.setPlainText("Tidak bersedia menandatangani")  # type: ignore[attr-defined]
    dialog._try_accept()  # type: ignore[attr-defined]
    settle(page)
    statuses = {p.name: p.status for p in signing.people(ui.app, page.current_event.id)}  # type: ignore[union-attr]
    assert statuses[person.name] == "refused"
    assert statuses["Yakomina Sahetapy"] == "signed"
    page.search.back.emit()
    settle(page)
    assert page.stack.currentIndex() == EVENTS
    assert page.progress_model.row_at(0).signed == 1  # type: ignore[union-attr]


def test_dialogs_collect_and_check_input(ctx: AppContext, qtbot: Any) -> None:
    from desktop.services.signing import setup as signing_setup
    from desktop.ui.signing.dialogs import ElectionDialog, EventDialog, TemplateDialog

    templates = signing_setup.list_templates(ctx)
    asn = next(t for t in templates if t.code == "pakta-netralitas-asn")
    dialog = TemplateDialog(None, signing_setup.template_body(ctx, asn.id))
    qtbot.addWidget(dialog)
    assert "Saya yang bertanda tangan" in dialog.preview.toPlainText()
    dialog.commitments.setPlainText("Tidak memihak.\nMenolak politik uang.")
    assert "Menolak politik uang." in dialog.preview.toPlainText()
    dialog.commitments.setPlainText("")
    dialog._try_accept()
    assert dialog.error.text() and dialog.result() == 0  # refused: no commitment
    election = ElectionDialog(None)
    qtbot.addWidget(election)
    election._try_accept()
    assert election.error.text()  # a name is required
    election.name.setText("Pilkada Serentak 2024")
    assert election.values()["level"] == "pilkada"
    elections: list[signing_setup.ElectionInfo] = [
        signing_setup.add_election(
            ctx, "Pilkada Serentak 2024", __import__("datetime").date(2024, 11, 27)
        )
    ]
    event = EventDialog(None, elections, templates, signing_setup.unit_choices(ctx), place="Ilwaki")
    qtbot.addWidget(event)
    event.name.setText("Apel")
    event.witnesses.setPlainText("Drs. Yohanis Letelay | Camat Wetar\nTanpa jabatan")
    event._try_accept()
    assert "Nama|Jabatan" in event.error.text()  # the bad witness line is named
    event.witnesses.setPlainText("Drs. Yohanis Letelay | Camat Wetar | 197003121995031004")
    values = event.values()
    assert values["template_code"] == "pakta-netralitas-asn" and values["place"] == "Ilwaki"
    assert values["witnesses"][0]["nip"] == "197003121995031004"


def test_search_is_keyboard_first(qtbot: Any) -> None:
    from desktop.services.signing import Person
    from desktop.ui.signing.kiosk import SearchScreen

    screen = SearchScreen()
    qtbot.addWidget(screen)
    screen.show()
    people = [
        Person(
            f"id{i}",
            f"Pegawai {i}",
            f"19800101200501100{i}",
            "PNS",
            "Staf",
            "KEC",
            "Kantor Kecamatan",
            "unsigned",
            None,
        )
        for i in range(3)
    ]
    queries: list[tuple[str, str]] = []
    opened: list[str] = []
    screen.query_changed.connect(lambda q, s: queries.append((q, s)))
    screen.open_person.connect(opened.append)
    screen.set_people(people)
    screen.reset()
    assert screen.search.hasFocus() or not screen.isActiveWindow()
    assert queries[-1] == ("", "unsigned")  # the default list: not yet signed
    QTest.keyClicks(screen.search, "pegawai")
    QTest.keyClick(screen.search, Qt.Key.Key_Return)  # Enter runs the pending search first
    assert queries[-1] == ("pegawai", "unsigned") and opened == []
    screen.set_people(people, "pegawai", "unsigned")  # three matches, none chosen: no opening
    assert opened == [] and screen.selected() is None
    QTest.keyClick(screen.search, Qt.Key.Key_Down)
    QTest.keyClick(screen.search, Qt.Key.Key_Down)
    QTest.keyClick(screen.search, Qt.Key.Key_Return)
    assert opened == ["id1"]  # the arrows moved the selection, Enter opened that person
    screen.set_people([])
    assert "pegawai" in screen.message.text()  # "nobody found" names what was typed


def test_admin_voids_from_the_kiosk(ui: UiContext, setup: Setup, qtbot: Any) -> None:
    emp = setup.roster.employees["198811062011012005"]
    signed = signing.sign(ui.app, setup.event_id, emp, handwriting.signature(random.Random(3)))
    page = SigningPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activate()
    settle(page)
    page.start_kiosk()
    settle(page)
    assert page.search.void_button.isVisible()  # admin
    page.search.void_person.emit(emp)
    settle(page)
    dialog = page._dialog
    assert dialog is not None
    dialog.reason.setPlainText("Tanda tangan tertukar")  # type: ignore[attr-defined]
    dialog._try_accept()  # type: ignore[attr-defined]
    settle(page)
    records = {r.id: r for r in signing.list_records(ui.app, setup.event_id)}
    assert records[signed.id].voided and len(records) == 2  # the old record stays
    assert signing.people(ui.app, setup.event_id, "yakomina")[0].status == "unsigned"
    assert "Record voided" in page.search.message.text()
