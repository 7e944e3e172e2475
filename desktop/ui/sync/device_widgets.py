"""The sync page's Devices tab (issue 17): the laptops of each office.

At a hub: every enrolled device per office (name, device code, fingerprint, state, first and
last package in local time, what it replaced / what replaced it), with "Revoke…" for a lost
or stolen laptop. At an office laptop: this laptop's name (editable) and the laptops of this
office known here. All reads and writes run on the worker through ``ui.tasks.run``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import allowed
from desktop.services import device_view, devices
from desktop.services.device_view import DeviceOverview, DeviceRow
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error

ROW_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("name", "code", "state", "first", "last", "packages", "fingerprint", "link")
COL = {name: i for i, name in enumerate(COLUMNS)}
REVOKED_FG = QColor("#b42318")
ENDED_FG = QColor("#667085")


class DeviceTab(QWidget):
    """One tab, two faces: the hub's list of every office's devices, or this laptop."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.overview: DeviceOverview | None = None
        lay = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._hub_face())
        self.stack.addWidget(self._office_face())
        lay.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)

    # ------------------------------------------------------------------ layout
    def _hub_face(self) -> QWidget:
        face = QWidget()
        lay = QVBoxLayout(face)
        lay.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr(
                "Every laptop enrolled for each office. Revoke a lost or stolen laptop: its "
                "later packages are refused, the office's other laptops keep working."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(
            [
                self.tr("Office / laptop"),
                self.tr("Device code"),
                self.tr("State"),
                self.tr("First package"),
                self.tr("Last package"),
                self.tr("Packages"),
                self.tr("Fingerprint"),
                self.tr("Replaces / replaced by"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        # every column as wide as its contents (names are never elided); what remains goes
        # to the last one, the link to the replaced / replacing laptop
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemSelectionChanged.connect(self._selected)
        lay.addWidget(self.tree, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.details)
        row = QHBoxLayout()
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        row.addStretch(1)
        row.addWidget(refresh)
        row.addWidget(self.revoke_button)
        lay.addLayout(row)
        return face

    def _office_face(self) -> QWidget:
        face = QWidget()
        lay = QVBoxLayout(face)
        lay.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("This laptop"))
        form = QFormLayout(box)
        name_row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. Kiosk 2"))
        self.save_name = QPushButton(self.tr("Save name"))
        self.save_name.clicked.connect(self.rename)
        self.name_edit.returnPressed.connect(self.rename)
        self.name_edit.setMinimumWidth(320)
        name_row.addWidget(self.name_edit, 0)
        name_row.addWidget(self.save_name)
        name_row.addStretch(1)
        form.addRow(self.tr("Name:"), name_row)
        self.this_code = QLabel()
        self.this_fp = QLabel()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for label in (self.this_code, self.this_fp):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setFont(mono)
        form.addRow(self.tr("Device code:"), self.this_code)
        form.addRow(self.tr("Fingerprint:"), self.this_fp)
        hint = QLabel(
            self.tr(
                "The name is shown at the kabupaten and in double-signing notes "
                '("already signed on Kiosk 2 at …").'
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form.addRow(hint)
        lay.addWidget(box)
        lay.addWidget(QLabel(self.tr("Laptops of this office known here:")))
        self.local_tree = QTreeWidget()
        self.local_tree.setRootIsDecorated(False)
        self.local_tree.setAlternatingRowColors(True)
        self.local_tree.setHeaderLabels(
            [
                self.tr("Laptop"),
                self.tr("Device code"),
                self.tr("Signature records"),
                self.tr("First record"),
                self.tr("Last record"),
            ]
        )
        lheader = self.local_tree.header()
        lheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lheader.setStretchLastSection(True)
        lay.addWidget(self.local_tree, 1)
        return face

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        ctx = self.ui.app
        self.ui.tasks.run(lambda _h: device_view.overview(ctx), self.show_overview, self._failed)

    def show_overview(self, found: DeviceOverview) -> None:
        self.overview = found
        role = self.ui.app.actor.role if self.ui.app.actor else None
        if found.role == "hub":
            self.stack.setCurrentIndex(0)
            self._fill_hub(found)
            self.revoke_button.setVisible(allowed(role, "sync.enroll"))
        else:
            self.stack.setCurrentIndex(1)
            self._fill_office(found)
            can = allowed(role, "office.configure")
            self.name_edit.setReadOnly(not can)
            self.save_name.setVisible(can)

    def state_text(self, state: str) -> str:
        return {
            "active": self.tr("active"),
            "revoked": self.tr("revoked"),
            "replaced": self.tr("replaced"),
        }.get(state, state)

    def device_name(self, row: DeviceRow) -> str:
        """The name a person reads: the device's own, or a plain description."""
        if row.name and row.name != "laptop awal" and not row.name.startswith("perangkat "):
            return row.name
        return (
            self.tr("laptop {code}").format(code=row.device)
            if row.device
            else self.tr("original laptop")
        )

    def short_name(self, row: DeviceRow) -> str:
        """In the table, beside the device code: the name, or that it has none."""
        if row.name and row.name != "laptop awal" and not row.name.startswith("perangkat "):
            return row.name
        return self.tr("(no name)") if row.device else self.tr("original laptop")

    def _fill_hub(self, found: DeviceOverview) -> None:
        selected = self.current()
        self.tree.clear()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        bold = QFont()
        bold.setBold(True)
        again: QTreeWidgetItem | None = None
        for office in found.offices:
            # the office on one line across the columns: its name is never cut
            top = QTreeWidgetItem(
                [
                    self.tr("{office} {name} — {active} of {n} laptops active").format(
                        office=office.office,
                        name=office.name,
                        active=office.active,
                        n=len(office.devices),
                    )
                ]
            )
            top.setFont(0, bold)
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for d in office.devices:
                link = ""
                before, after = office.find(d.replaces), office.find(d.replaced_by)
                if after is not None:
                    link = self.tr("replaced by {name}").format(name=self.device_name(after))
                elif before is not None:
                    link = self.tr("replaces {name}").format(name=self.device_name(before))
                texts = {
                    "name": self.short_name(d),
                    "code": d.device or "—",
                    "state": self.state_text(d.state),
                    "first": d.first_local or self.tr("none yet"),
                    "last": d.last_local or self.tr("none yet"),
                    "packages": str(d.packages_in),
                    "fingerprint": d.fingerprint,
                    "link": link,
                }
                item = QTreeWidgetItem([texts[c] for c in COLUMNS])
                item.setData(0, ROW_ROLE, d)
                item.setFont(COL["code"], mono)
                item.setFont(COL["fingerprint"], mono)
                item.setTextAlignment(COL["packages"], Qt.AlignmentFlag.AlignCenter)
                if d.state == "revoked":
                    for col in range(len(COLUMNS)):
                        item.setForeground(col, QBrush(REVOKED_FG))
                    item.setToolTip(COL["state"], d.revoke_reason)
                elif d.state == "replaced":
                    for col in range(len(COLUMNS)):
                        item.setForeground(col, QBrush(ENDED_FG))
                if d.first_package:
                    item.setToolTip(COL["first"], d.first_package)
                if d.last_package:
                    item.setToolTip(COL["last"], d.last_package)
                top.addChild(item)
                if selected is not None and d.id == selected.id:
                    again = item
            top.setExpanded(True)
        if not found.offices:
            empty = QTreeWidgetItem([self.tr("No office laptop is enrolled yet.")])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
        if again is not None:
            self.tree.setCurrentItem(again)
        self._selected()

    def _fill_office(self, found: DeviceOverview) -> None:
        if not self.name_edit.hasFocus():
            self.name_edit.setText(found.this_name if found.this_named else "")
        self.name_edit.setPlaceholderText(
            self.tr("e.g. Kiosk 2 (now: {name})").format(name=found.this_name)
            if not found.this_named
            else self.tr("e.g. Kiosk 2")
        )
        self.this_code.setText(found.this_device or self.tr("(original laptop)"))
        self.this_fp.setText(found.fingerprint)
        self.local_tree.clear()
        for d in found.local:
            name = d.name or (
                self.tr("laptop {code}").format(code=d.device)
                if d.device
                else self.tr("original laptop")
            )
            if d.this_laptop:
                name = self.tr("{name} (this laptop)").format(name=name)
            item = QTreeWidgetItem(
                [
                    name,
                    d.device or "—",
                    str(d.records),
                    d.first_local or "—",
                    d.last_local or "—",
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
            item.setFont(1, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.local_tree.addTopLevelItem(item)

    # ------------------------------------------------------------------ selection
    def current(self) -> DeviceRow | None:
        item = self.tree.currentItem()
        row = item.data(0, ROW_ROLE) if item is not None else None
        return row if isinstance(row, DeviceRow) else None

    def _selected(self) -> None:
        row = self.current()
        self.revoke_button.setEnabled(row is not None and row.state == "active")
        if row is None:
            self.details.setText("")
            return
        lines = [
            self.tr("{name} — office {office} {office_name}").format(
                name=self.device_name(row), office=row.office, office_name=row.office_name
            ),
            self.tr("Fingerprint: {fp}").format(fp=row.fingerprint),
            self.tr("Enrolled: {when}").format(when=row.enrolled_local or "—"),
        ]
        if row.first_package:
            lines.append(
                self.tr("First package: {file} ({when})").format(
                    file=row.first_package, when=row.first_local
                )
            )
        if row.last_package and row.packages_in > 1:
            lines.append(
                self.tr("Last package: {file} ({when})").format(
                    file=row.last_package, when=row.last_local
                )
            )
        if row.state == "revoked":
            lines.append(
                self.tr("Revoked {when}: {reason}").format(
                    when=row.revoked_local, reason=row.revoke_reason
                )
            )
        self.details.setText("\n".join(lines))

    # ------------------------------------------------------------------ actions
    def ask_reason(self, row: DeviceRow) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Revoke a laptop"),
            self.tr("Why is {name} of office {office} revoked? (e.g. laptop lost)").format(
                name=self.device_name(row), office=row.office
            ),
        )
        return text.strip() if ok and text.strip() else None

    def confirm(self, row: DeviceRow, reason: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Revoke a laptop"),
            self.tr(
                "Revoke {name} of office {office} {office_name}?\n\nReason: {reason}\n\n"
                "Packages from this laptop will be refused from now on; the office's other "
                "laptops keep working. This cannot be undone."
            ).format(
                name=self.device_name(row),
                office=row.office,
                office_name=row.office_name,
                reason=reason,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke_selected(self) -> None:
        row = self.current()
        if row is None or row.state != "active":
            return
        reason = self.ask_reason(row)
        if reason is None:
            return
        if not self.confirm(row, reason):
            self.status.setText(self.tr("Not revoked."))
            return
        ctx = self.ui.app

        def done(result: devices.DeviceRevoked) -> None:
            self.status.setText(
                self.tr("{name} of office {office} revoked ({reason}).").format(
                    name=self.device_name(row),
                    office=result.office,
                    reason=result.reason,
                )
            )
            self.refresh()

        # the result names its change (Area.SYNC); the runner tells the pages
        self.ui.tasks.run(
            lambda _h: devices.revoke_device(ctx, row.id, reason),
            done,
            self._failed,
            initiator=self,
        )

    def rename(self) -> None:
        name = self.name_edit.text().strip()
        ctx = self.ui.app

        def done(result: devices.DeviceNamed) -> None:
            self.status.setText(
                self.tr("This laptop is now called {name}.").format(name=result.name)
            )
            self.refresh()

        self.ui.tasks.run(
            lambda _h: devices.set_name(ctx, name), done, self._failed, initiator=self
        )

    def _failed(self, exc: BaseException, tb: str) -> None:
        show_error(self, exc, tb)
