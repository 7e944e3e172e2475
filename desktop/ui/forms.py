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


def add_footer(
    dialog: QDialog, layout: QBoxLayout, on_save: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """Append the error label and the Save/Cancel buttons to ``layout``; Save calls ``on_save``
    (which shows problems in the label and accepts the dialog when done)."""
    message = QLabel()
    message.setObjectName("error")
    message.setWordWrap(True)
    layout.addWidget(message)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("forms", "Save")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Cancel")
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return message, buttons


def form_with_ok_cancel(
    dialog: QDialog, form: QFormLayout, on_ok: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """Lay out ``dialog`` as ``form`` above OK/Cancel buttons (texts translated). OK calls
    ``on_ok`` (default: accept the dialog, for dialogs whose caller reads their values)."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
        QCoreApplication.translate("forms", "OK")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Cancel")
    )
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
