"""Verify a printed pact: paste or scan its code, see "Sah" / "Tidak sah", why, and the
person, event, time and signature image from the database; which office signed the code,
whether that office's key is known here (and from where), which of its laptops signed it and
whether that laptop was revoked since, and which office made the record.

A USB barcode scanner types the QR text and presses Enter, so the field checks on Enter.
Modeless, deleted on close.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import device_keys, printing
from desktop.services.printing import pact_verification
from desktop.services.printing.pact_verification import Verification
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error
from desktop.ui.tasks import TaskHandle

SIG_W, SIG_H = 300, 110


class VerifyDialog(QDialog):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Verify a printed pact"))
        self.resize(760, 540)
        lay = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Scan the QR code on the pact with the barcode scanner, or type "
                "the short code printed under it, then press Enter."
            )
        )
        hint.setWordWrap(True)
        lay.addWidget(hint)
        row = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("NETRA1… or 81.08.06-XXXX-XXXX-XXXX-XXXX"))
        self.code.returnPressed.connect(self.check)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        lay.addLayout(row)

        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setMinimumHeight(48)
        self.verdict.setWordWrap(True)
        lay.addWidget(self.verdict)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.reasons)

        body = QHBoxLayout()
        form_box = QFrame()
        column = QVBoxLayout(form_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)  # rows keep their own height; the space left goes below them
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("document", self.tr("Case document")),
            ("name", self.tr("Name")),
            ("nip", self.tr("NIP / NIK")),
            ("jabatan", self.tr("Position")),
            ("unit", self.tr("Work unit")),
            ("event", self.tr("Signing event")),
            ("signed_at_local", self.tr("Signed at")),
            ("signer_office", self.tr("Office on the code")),
            ("key_known", self.tr("Office key")),
            ("signer_device", self.tr("Signing device")),
            ("record_origin", self.tr("Record made by")),
            ("short_code", self.tr("Short code")),
        ):
            value = QLabel("–")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            self.form.addRow(label, value)
        body.addWidget(form_box, 1)
        self.signature = QLabel(self.tr("No signature image"))
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setFixedSize(SIG_W, SIG_H)
        self.signature.setFrameShape(QFrame.Shape.StyledPanel)
        body.addWidget(self.signature, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)
        self._show(None)

    # ------------------------------------------------------------------ actions
    def check(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        self.check_button.setEnabled(False)
        ctx = self.ui.app

        def work(_handle: TaskHandle) -> tuple[Verification, bytes | None]:
            result = printing.verify(ctx, text)
            image = None
            if result.image_sha256:
                image = pact_verification.signature_image(ctx, result.image_sha256)
            return result, image

        self.ui.tasks.run(work, self._done, self._failed)

    def _done(self, outcome: tuple[Verification, bytes | None]) -> None:
        self.check_button.setEnabled(True)
        self._show(*outcome)
        self.code.selectAll()
        self.code.setFocus()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.check_button.setEnabled(True)
        self.verdict.setText(self.tr("Could not check"))
        self.reasons.setText(describe_error(exc, tb))

    # ------------------------------------------------------------------ display
    def _document_text(self, result: Verification) -> str:
        """A case document's kind, case number and version (issue 16); "–" for a pact."""
        if not result.document_kind:
            return "–"
        if not result.case_number:
            return self.tr("a case document not held in this database")
        return self.tr("case document {kind} no. {number}, version {version}").format(
            kind=result.document_title or result.document_kind,
            number=result.case_number,
            version=result.document_version,
        )

    def _key_text(self, result: Verification) -> str:
        if not result.key_known and result.key_count:
            return self.tr("Office known, but not the laptop that signed – sync with the hub")
        if not result.key_known:
            return self.tr("Not known on this computer (office not enrolled)")
        source = {
            device_keys.KEY_OWN: self.tr("Known: this office"),
            device_keys.KEY_ENROLLED: self.tr("Known: enrolled office"),
            device_keys.KEY_ROSTER: self.tr("Known: the kabupaten's list of office keys"),
        }.get(result.key_source, result.key_source)
        if result.signature_checked:
            return self.tr("%1 – signature checked").replace("%1", source)
        if result.code_kind == "short":
            return self.tr("%1 – short code, no signature to check").replace("%1", source)
        return source

    def _device_text(self, result: Verification) -> str:
        """The laptop whose key signed the code (or made the record) and its state."""
        name = result.signer_device_name
        if not name:
            return "–"
        when = (
            result.signer_device_revoked_local
            if result.signer_device_revoked_at
            else self.tr("a time not known here")
        )
        if result.signer_device_state == device_keys.STATE_REVOKED:
            if result.device_revoked_later:
                return (
                    self.tr("%1 – revoked %2, after this pact was signed")
                    .replace("%1", name)
                    .replace("%2", when)
                )
            return self.tr("%1 – revoked on %2").replace("%1", name).replace("%2", when)
        if result.signer_device_state == device_keys.STATE_REPLACED:
            return (
                self.tr("%1 – replaced by another laptop on %2")
                .replace("%1", name)
                .replace("%2", when)
            )
        return self.tr("%1 – active").replace("%1", name)

    def _show(self, result: Verification | None, image: bytes | None = None) -> None:
        if result is None:
            self.verdict.setText("")
            self.verdict.setStyleSheet("")
            self.reasons.setText("")
            return
        colour = "#1b7f3b" if result.valid else "#b3261e"
        if result.valid and result.device_revoked_later:
            colour = "#8a5300"  # valid, but the laptop that signed it was revoked since
            self.verdict.setText(self.tr("Valid (Sah) – laptop revoked since"))
        else:
            self.verdict.setText(
                self.tr("Valid (Sah)") if result.valid else self.tr("Not valid (Tidak sah)")
            )
        self.verdict.setStyleSheet(
            f"font-size: 20pt; font-weight: 700; color: white; background: {colour};"
            "border-radius: 6px; padding: 6px;"
        )
        self.reasons.setText("\n".join(f"• {r}" for r in result.reasons))
        data = result.to_json()
        for key, label in self.fields.items():
            label.setText(str(data.get(key) or "–"))
        self.fields["document"].setText(self._document_text(result))
        self.form.setRowVisible(self.fields["document"], bool(result.document_kind))
        if result.signer_office:
            self.fields["signer_office"].setText(
                " ".join(x for x in (result.signer_office, result.signer_name) if x)
            )
            self.fields["key_known"].setText(self._key_text(result))
        else:
            self.fields["key_known"].setText("–")
        self.fields["signer_device"].setText(self._device_text(result))
        self.form.setRowVisible(self.fields["signer_device"], bool(result.signer_device_name))
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.signature.setPixmap(
                pixmap.scaled(
                    SIG_W - 8,
                    SIG_H - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.signature.setPixmap(QPixmap())
            self.signature.setText(self.tr("No signature image"))
