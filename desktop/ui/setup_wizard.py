"""First-run set-up wizard. All rules live in :class:`desktop.services.setup_flow.SetupFlow`;
each page binds its widgets to the flow and asks it whether it may advance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services.office import OfficeInfo
from desktop.services.setup_flow import ZONE_CHOICES, SetupFlow
from desktop.ui import theme
from desktop.ui.context import UiContext
from desktop.ui.crash import describe_error


class FlowPage(QWizardPage):
    """A page for one step of the flow: re-checks the flow whenever a bound field changes."""

    step = ""

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.outer.addWidget(self.problems)
        self.touched = False

    def bind(self, edit: QLineEdit, attr: str) -> QLineEdit:
        edit.setText(str(getattr(self.flow, attr)))

        def changed(text: str) -> None:
            setattr(self.flow, attr, text)
            self.changed()

        edit.textChanged.connect(changed)
        return edit

    def changed(self) -> None:
        self.touched = True
        self.refresh()

    def refresh(self) -> None:
        problems = self.flow.problems(self.step)
        self.problems.setText("\n".join(f"• {p}" for p in problems) if self.touched else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow.can_advance(self.step)


class IdentityPage(FlowPage):
    step = "identity"

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(self.tr("Office identity"))
        self.setSubTitle(
            self.tr(
                "The Kemendagri region code identifies this installation "
                "in every document and exchange with the kabupaten."
            )
        )
        self.code = self.bind(QLineEdit(), "code")
        self.code.setPlaceholderText("81.08.06")
        self.name = self.bind(QLineEdit(), "name")
        self.name.setPlaceholderText(self.tr("e.g. Kecamatan Wetar"))
        self.kab_code = self.bind(QLineEdit(), "kabupaten_code")
        self.kab_code.setPlaceholderText("81.08")
        self.kab_name = self.bind(QLineEdit(), "kabupaten_name")
        self.kab_name.setPlaceholderText(self.tr("e.g. Maluku Barat Daya"))
        self.office_role = QRadioButton(self.tr("Office (kecamatan or kelurahan)"))
        self.hub_role = QRadioButton(self.tr("Kabupaten hub (BKPSDM)"))
        group = QButtonGroup(self)
        group.addButton(self.office_role)
        group.addButton(self.hub_role)
        (self.hub_role if flow.role == "hub" else self.office_role).setChecked(True)
        self.office_role.toggled.connect(self._role)
        roles = QVBoxLayout()
        roles.addWidget(self.office_role)
        roles.addWidget(self.hub_role)
        self.form.addRow(self.tr("Region code:"), self.code)
        self.form.addRow(self.tr("Office name:"), self.name)
        self.form.addRow(self.tr("Kabupaten code:"), self.kab_code)
        self.form.addRow(self.tr("Kabupaten name:"), self.kab_name)
        self.form.addRow(self.tr("Role of this installation:"), roles)
        self.code.textChanged.connect(self._suggest_kabupaten)
        self._kab_auto = not flow.kabupaten_code

    def _suggest_kabupaten(self) -> None:
        if self._kab_auto or not self.kab_code.text():
            self.kab_code.setText(self.flow.suggested_kabupaten_code())
            self._kab_auto = True

    def _role(self) -> None:
        self.flow.role = "office" if self.office_role.isChecked() else "hub"
        self.changed()


class RegionPage(FlowPage):
    step = "region"

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(self.tr("Time zone and paper"))
        self.setSubTitle(
            self.tr("Times are stored in UTC and shown and printed in the office's zone.")
        )
        self.zone = QComboBox()
        names = {
            "Asia/Jayapura": self.tr("WIT — Eastern Indonesia Time (Maluku, Papua)"),
            "Asia/Makassar": self.tr("WITA — Central Indonesia Time (Sulawesi, Bali, NTT, NTB)"),
            "Asia/Jakarta": self.tr("WIB — Western Indonesia Time (Sumatra, Java)"),
            "Asia/Pontianak": self.tr("WIB — Western Indonesia Time (West Kalimantan)"),
        }
        for zone, _abbr in ZONE_CHOICES:
            self.zone.addItem(names[zone], zone)
        self.zone.setCurrentIndex(max(0, self.zone.findData(flow.timezone)))
        self.zone.currentIndexChanged.connect(self._zone)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4 (21 × 29.7 cm)"), "a4")
        self.paper.addItem(self.tr("F4 / folio (21.5 × 33 cm)"), "f4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(flow.paper)))
        self.paper.currentIndexChanged.connect(self._paper)
        self.place = self.bind(QLineEdit(), "place")
        self.place.setPlaceholderText(self.tr("e.g. Ilwaki"))
        self.form.addRow(self.tr("Time zone:"), self.zone)
        self.form.addRow(self.tr("Paper size:"), self.paper)
        self.form.addRow(self.tr("Place of signing:"), self.place)

    def _zone(self) -> None:
        self.flow.timezone = str(self.zone.currentData())
        self.changed()

    def _paper(self) -> None:
        self.flow.paper = str(self.paper.currentData())
        self.changed()


class LetterheadPage(FlowPage):
    step = "letterhead"

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(self.tr("Letterhead"))
        self.setSubTitle(
            self.tr(
                "Printed at the top of pacts, letters and reports. One line "
                "per row; the logo is optional (PNG or JPEG, at most 2 MB)."
            )
        )
        self.lines = QPlainTextEdit()
        self.lines.setFixedHeight(110)
        self.lines.textChanged.connect(self._lines)
        self.logo = self.bind(QLineEdit(), "logo_path")
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(browse)
        self.preview = QLabel()
        self.preview.setFixedHeight(72)
        self.form.addRow(self.tr("Letterhead lines:"), self.lines)
        self.form.addRow(self.tr("Logo file:"), row)
        self.form.addRow("", self.preview)
        self.logo.textChanged.connect(self._preview)

    def initializePage(self) -> None:
        if not self.lines.toPlainText().strip():
            self.lines.setPlainText("\n".join(self.flow.suggested_letterhead()))

    def _lines(self) -> None:
        self.flow.letterhead = self.lines.toPlainText().splitlines()
        self.changed()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)

    def _preview(self) -> None:
        pixmap = QPixmap(self.logo.text().strip())
        self.preview.setPixmap(
            pixmap.scaledToHeight(72, Qt.TransformationMode.SmoothTransformation)
            if not pixmap.isNull()
            else QPixmap()
        )


class AdminPage(FlowPage):
    step = "admin"

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other users (operators, "
                "verifiers, viewers) later. Keep the password safe."
            )
        )
        self.username = self.bind(QLineEdit(), "admin_username")
        self.full_name = self.bind(QLineEdit(), "admin_full_name")
        self.full_name.setPlaceholderText(self.tr("e.g. Yohanis Letelay, S.Sos."))
        self.password = self.bind(QLineEdit(), "password")
        self.again = self.bind(QLineEdit(), "password_again")
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Username:"), self.username)
        self.form.addRow(self.tr("Full name:"), self.full_name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)


class SummaryPage(FlowPage):
    step = "summary"

    def __init__(self, flow: SetupFlow, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.ui = ui
        self.result: OfficeInfo | None = None
        self.working = False
        self.setTitle(self.tr("Check and finish"))
        self.setSubTitle(
            self.tr(
                "Finishing creates the office's keys, the administrator "
                "account and the reference data. The region code cannot be "
                "changed afterwards."
            )
        )

    def initializePage(self) -> None:
        labels = {
            "Kode wilayah": self.tr("Region code"),
            "Nama kantor": self.tr("Office name"),
            "Kabupaten": self.tr("Kabupaten"),
            "Peran": self.tr("Role"),
            "Zona waktu": self.tr("Time zone"),
            "Kertas": self.tr("Paper"),
            "Tempat": self.tr("Place"),
            "Kop surat": self.tr("Letterhead"),
            "Logo": self.tr("Logo"),
            "Administrator": self.tr("Administrator"),
        }
        while self.form.rowCount():
            self.form.removeRow(0)
        for key, value in self.flow.summary_lines():
            label = QLabel(value)
            label.setWordWrap(True)
            self.form.addRow(labels.get(key, key) + ":", label)
        self.refresh()

    def isComplete(self) -> bool:
        return super().isComplete() and not self.working

    def validatePage(self) -> bool:
        if self.result is not None:
            return True
        self.working = True
        self.problems.setObjectName("muted")
        self.problems.setText(self.tr("Setting up the office, please wait..."))
        self.completeChanged.emit()
        app, flow = self.ui.app, self.flow
        self.ui.tasks.run(lambda _h: flow.finish(app), self._done, self._failed)
        return False

    def _done(self, info: OfficeInfo) -> None:
        self.result = info
        self.working = False
        wizard = self.wizard()
        if wizard is not None:
            wizard.accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.working = False
        self.problems.setText(describe_error(exc, tb))
        self.completeChanged.emit()


class StepList(QFrame):
    """Navy side panel: the logo and the steps, the current one marked."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.setObjectName("wizardSide")
        self.setFixedWidth(210)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(18, 22, 18, 18)
        lay.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(theme.svg_pixmap("netra.svg", 56, self.devicePixelRatioF()))
        lay.addWidget(logo)
        heading = QLabel(self.tr("Office setup"))
        heading.setObjectName("wizardSideTitle")
        lay.addWidget(heading)
        lay.addSpacing(8)
        self.labels: list[QLabel] = []
        for number, title in enumerate(titles, start=1):
            label = QLabel(f"{number}. {title}")
            label.setWordWrap(True)
            self.labels.append(label)
            lay.addWidget(label)
        lay.addStretch(1)
        self.mark(0)

    def mark(self, current: int) -> None:
        for index, label in enumerate(self.labels):
            label.setProperty(
                "state", "current" if index == current else "done" if index < current else "todo"
            )
            label.style().unpolish(label)
            label.style().polish(label)


class SetupWizard(QWizard):
    def __init__(
        self, ui: UiContext, flow: SetupFlow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.flow = flow or SetupFlow()
        self.setWindowTitle(self.tr("Netra — Office setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(900, 600)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.identity = IdentityPage(self.flow)
        self.region = RegionPage(self.flow)
        self.letterhead = LetterheadPage(self.flow)
        self.admin = AdminPage(self.flow)
        self.summary = SummaryPage(self.flow, ui)
        pages = (self.identity, self.region, self.letterhead, self.admin, self.summary)
        for page in pages:
            self.addPage(page)
        self.steps = StepList([page.title() for page in pages])
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self.steps.mark)

    @property
    def office(self) -> OfficeInfo | None:
        return self.summary.result
