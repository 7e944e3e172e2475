"""The footers form dialogs share: an error line with Save/Cancel, or plain OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)


def _button_box(
    dialog: QDialog,
    accept: QDialogButtonBox.StandardButton,
    accept_text: str,
    on_accept: Callable[[], None],
) -> QDialogButtonBox:
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(accept).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Cancel")
    )
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def add_footer(
    dialog: QDialog, layout: QBoxLayout, on_save: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """Append the error label and the Save/Cancel buttons to ``layout``; Save calls ``on_save``
    (which shows problems in the label and accepts the dialog when done)."""
    message = QLabel()
    message.setObjectName("error")
    message.setWordWrap(True)
    layout.addWidget(message)
    save = QCoreApplication.translate("forms", "Save")
    buttons = _button_box(dialog, QDialogButtonBox.StandardButton.Save, save, on_save)
    layout.addWidget(buttons)
    return message, buttons


def form_with_ok_cancel(
    dialog: QDialog, form: QFormLayout, on_ok: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """Lay out ``dialog`` as ``form`` above OK/Cancel buttons (texts translated). OK calls
    ``on_ok`` (default: accept the dialog, for dialogs whose caller reads their values)."""
    ok = QCoreApplication.translate("forms", "OK")
    buttons = _button_box(dialog, QDialogButtonBox.StandardButton.Ok, ok, on_ok or dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
