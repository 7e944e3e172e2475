"""Backup, restore and audit check from the GUI: the wiring to the services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import audit
from desktop.ui import tools
from desktop.ui.context import UiContext


def ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_backup_dialog_writes_a_backup(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = tools.backup_dialog(parent, ui)
    assert isinstance(dialog, tools._PassphraseDialog)
    dialog.path.setText(str(tmp_path))
    dialog.passphrase.setText("frasa-sandi-panjang")
    dialog.again.setText("frasa-sandi-lain")
    ok(dialog)
    assert dialog.message.text()  # the two passphrases differ: nothing is written
    ui.tasks.wait()
    assert not any(tmp_path.glob("*.netrabak"))
    dialog.again.setText("frasa-sandi-panjang")
    ok(dialog)
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.netrabak")), timeout=20_000)
    ui.tasks.wait()
    parent.close()


def test_restore_dialog_refuses_a_wrong_file(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    bogus = tmp_path / "bukan.netrabak"
    bogus.write_bytes(b"not a backup at all")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = tools.restore_dialog(parent, ui)
    assert isinstance(dialog, tools._PassphraseDialog)
    dialog.path.setText(str(bogus))
    dialog.passphrase.setText("frasa-sandi-panjang")
    ok(dialog)
    qtbot.waitUntil(lambda: "bukan cadangan Netra" in dialog.message.text(), timeout=20_000)
    assert ui.app.is_initialised()
    ui.tasks.wait()
    parent.close()


def test_audit_result_is_described_in_indonesian_by_default(ui: UiContext) -> None:
    text = tools.describe_verify(audit.verify(ui.app))
    assert "The audit trail is intact" in text or "Jejak audit utuh" in text


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen cannot raise windows
def test_about_dialog_is_reused_while_open(qtbot: QtBot, ui: UiContext) -> None:
    from desktop.services import office

    parent = QWidget()
    qtbot.addWidget(parent)
    info = office.get_info(ui.app)
    first = tools.about_dialog(parent, ui, info)
    assert tools.about_dialog(parent, ui, info) is first
    first.close()
    second = tools.about_dialog(parent, ui, info)
    assert second is not first
    second.close()
    parent.close()
