"""The footer every form dialog has: an error line and Save/Cancel buttons, in Indonesian."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel


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
