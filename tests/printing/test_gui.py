"""The printing page (build with progress, cancel) and the Verify dialog, offscreen."""

from __future__ import annotations

import json
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.domain import pact
from desktop.domain import verification as v
from desktop.services import printing
from desktop.services.context import AppContext
from desktop.store.models import SignatureRecord
from desktop.ui.context import UiContext
from desktop.ui.printing.page import ALL, EVENT, PERSON, PrintingPage
from desktop.ui.printing.verify_dialog import VerifyDialog
from tests.printing.conftest import World

SHOTS = os.environ.get("NETRA_SCREENSHOTS")


def settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.tasks.busy, timeout=20_000)
    qtbot.wait(30)


def test_build_event_pdf_and_person(qtbot: QtBot, ui: UiContext, world: World) -> None:
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page.resize(1000, 640)
    page.show()
    page.activate()
    settle(qtbot, ui)
    assert page.event_combo.count() == 1 and page.unit_combo.count() == 2
    assert not page.save_button.isEnabled()
    page.mode.button(EVENT).setChecked(True)
    page.build_button.click()
    settle(qtbot, ui)
    assert page._pdf is not None and page._pdf.exists()
    assert page.progress.value() == page.progress.maximum()
    assert "4" in page.status.text() and page.save_button.isEnabled()
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "printing-page.png"))
    page.select_person("198503152010011002")
    assert page.mode.checkedId() == PERSON
    page.build_button.click()
    settle(qtbot, ui)
    assert page._pdf is not None and page._pdf.read_bytes().startswith(b"%PDF")


def test_cancel_leaves_no_pdf(qtbot: QtBot, ui: UiContext, world: World) -> None:
    page = PrintingPage(ui)
    qtbot.addWidget(page)
    page.mode.button(ALL).setChecked(True)
    page.build_button.click()
    page.cancel()  # the flag is read before the first page is drawn
    settle(qtbot, ui)
    assert page._pdf is None
    assert not page.save_button.isEnabled() and page.build_button.isEnabled()


def test_verify_dialog(qtbot: QtBot, ui: UiContext, ctx: AppContext, world: World) -> None:
    pdf, _ = printing.build(ctx, printing.Selection(nip="198503152010011002"))
    assert pdf
    with ctx.read() as session:
        rec = session.get(SignatureRecord, world.records[0])
        assert rec is not None
        builder = printing.PageBuilder(ctx, session)
        who = pact.Identity.from_json(json.loads(rec.identity_json))
        code = builder.qr(rec, who)[0]
    dialog = VerifyDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText(code.lower())  # Caps Lock on the scanner
    dialog.check()
    settle(qtbot, ui)
    assert "Sah" in dialog.verdict.text() and "Tidak" not in dialog.verdict.text()
    assert dialog.fields["name"].text().startswith("Yohanis")
    assert not dialog.signature.pixmap().isNull()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "verify-valid.png"))
    dialog.code.setText(code[:40] + ("A" if code[40] != "A" else "B") + code[41:])
    dialog.check()
    settle(qtbot, ui)
    assert "Tidak sah" in dialog.verdict.text()
    assert v.PREFIX not in dialog.fields["name"].text()
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "verify-invalid.png"))
