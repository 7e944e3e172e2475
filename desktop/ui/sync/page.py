"""Sinkronisasi: export to / import from a flash drive with a review step, the hub's list of
offices, the conflicts screen, and the automatic sync folder (checked in the background).

All database and file work runs on the worker through ``ui.tasks.run``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import drives
from desktop.domain.errors import NetraError
from desktop.services import sync
from desktop.services.changes import Area, Changes
from desktop.services.sync import folder as sync_folder
from desktop.sync.format import EXTENSION
from desktop.ui.context import UiContext
from desktop.ui.crash import show_error
from desktop.ui.pages import Page
from desktop.ui.rows_model import RowsModel
from desktop.ui.sync.device_widgets import DeviceTab
from desktop.ui.sync.widgets import (
    ConflictView,
    PeerRow,
    RefusalAlert,
    ReviewPanel,
    make_table,
    text_column,
    tinted,
)
from desktop.ui.tasks import TaskHandle

AUTO_SYNC_MS = sync_folder.INTERVAL_SECONDS * 1000


class SyncPage(Page):
    key = "sync"
    permission = "sync.export"

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        ui.bus.changed.connect(self._on_changed)
        self._handle: TaskHandle | None = None
        self._review_path: Path | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.setSpacing(12)
        heading = QLabel(self.tr("Sync with the kabupaten"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        lay.addWidget(heading)
        self.identity = QLabel()
        self.identity.setWordWrap(True)
        lay.addWidget(self.identity)
        self.alert = RefusalAlert()
        self.alert.seen_requested.connect(self.mark_refusal_seen)
        lay.addWidget(self.alert)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._drive_tab(), self.tr("Flash drive"))
        self.tabs.addTab(self._offices_tab(), self.tr("Offices"))
        self.conflicts = ConflictView()
        self.conflicts.keep_requested.connect(self.resolve)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self._folder_tab(), self.tr("Sync folder"))
        self.tabs.addTab(self._enrol_tab(), self.tr("Enrolment"))
        self.devices = DeviceTab(ui)
        self.tabs.addTab(self.devices, self.tr("Devices"))
        lay.addWidget(self.tabs, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.auto_sync)
        self.timer.start()
        self.first_run = QTimer(self)  # a child timer: it stops with the window
        self.first_run.setSingleShot(True)
        self.first_run.setInterval(5000)
        self.first_run.timeout.connect(self.auto_sync)
        self.first_run.start()

    def title(self) -> str:
        return self.tr("Sync")

    # ------------------------------------------------------------------ layout
    def _drive_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        row = QHBoxLayout()
        self.drive = QComboBox()
        self.drive.setMinimumWidth(320)
        refresh = QPushButton(self.tr("Find drives"))
        choose = QPushButton(self.tr("Choose folder…"))
        row.addWidget(QLabel(self.tr("Drive:")))
        row.addWidget(self.drive, 1)
        row.addWidget(refresh)
        row.addWidget(choose)
        lay.addLayout(row)
        self.drive_hint = QLabel()
        self.drive_hint.setObjectName("muted")
        self.drive_hint.setWordWrap(True)
        self.drive_hint.setVisible(False)
        lay.addWidget(self.drive_hint)
        refresh.clicked.connect(self.find_drives)
        self.drive.activated.connect(self._drive_chosen)
        choose.clicked.connect(self.choose_folder)
        export_box = QGroupBox(self.tr("Send"))
        ex = QHBoxLayout(export_box)
        self.export_button = QPushButton(self.tr("Export new data to the drive"))
        self.progress = QProgressBar()
        ex.addWidget(self.export_button)
        ex.addWidget(self.progress, 1)
        ex.addStretch(0)
        self.progress.setVisible(False)
        self.export_button.clicked.connect(self.export)
        lay.addWidget(export_box)
        import_box = QGroupBox(self.tr("Receive"))
        im = QVBoxLayout(import_box)
        self.stack = QStackedWidget()
        picker = QWidget()
        pl = QVBoxLayout(picker)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(QLabel(self.tr("Packages on the drive:")))
        self.files = QListWidget()
        pl.addWidget(self.files, 1)
        buttons = QHBoxLayout()
        other = QPushButton(self.tr("Other file…"))
        self.review_button = QPushButton(self.tr("Review before applying"))
        buttons.addWidget(other)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        pl.addLayout(buttons)
        other.clicked.connect(self.choose_file)
        self.review_button.clicked.connect(self.review_selected)
        self.files.itemDoubleClicked.connect(lambda _i: self.review_selected())
        self.review = ReviewPanel()
        self.review.apply_requested.connect(self.apply_reviewed)
        self.review.cancel_requested.connect(lambda: self.stack.setCurrentIndex(0))
        self.stack.addWidget(picker)
        self.stack.addWidget(self.review)
        im.addWidget(self.stack)
        lay.addWidget(import_box, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        return tab

    def _offices_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        self.peers: RowsModel[PeerRow] = RowsModel(
            [
                text_column(self.tr("Code"), lambda r: r.office),
                text_column(self.tr("Name"), lambda r: r.name),
                text_column(
                    self.tr("Status"),
                    lambda r: self.tr("active") if r.active else self.tr("revoked"),
                ),
                text_column(
                    self.tr("Last package"), lambda r: r.last_package or self.tr("none yet")
                ),
                text_column(self.tr("Sequence"), lambda r: r.sequence),
                text_column(self.tr("Missing"), lambda r: ", ".join(map(str, r.gaps)) or "-"),
                text_column(self.tr("Conflicts"), lambda r: r.pending_conflicts),
                text_column(self.tr("Our data not yet acknowledged"), lambda r: r.pending_records),
                text_column(self.tr("Refused packages"), lambda r: r.refusals),
            ],
            background=tinted(lambda r: r.needs_attention),
        )
        lay.addWidget(make_table(self.peers), 1)
        return tab

    def _folder_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        note = QLabel(
            self.tr(
                "With a shared or cloud-synced folder, Netra exports new data into it and picks "
                "up the kabupaten's answers by itself, at start and every five minutes. When the "
                "folder cannot be reached, it simply waits."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        save = QPushButton(self.tr("Save"))
        now = QPushButton(self.tr("Sync now"))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        row.addWidget(save)
        row.addWidget(now)
        lay.addLayout(row)
        self.folder_status = QLabel()
        self.folder_status.setWordWrap(True)
        lay.addWidget(self.folder_status)
        lay.addStretch(1)
        browse.clicked.connect(self._browse_folder)
        save.clicked.connect(self.save_folder)
        now.clicked.connect(self.auto_sync)
        return tab

    def _enrol_tab(self) -> QWidget:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        office_box = self.office_box = QGroupBox(self.tr("This office (kecamatan)"))
        ol = QVBoxLayout(office_box)
        ol.addWidget(
            QLabel(
                self.tr(
                    "1. Write an enrolment request and carry it to the kabupaten. Read the fingerprint "
                    "to the kabupaten operator by phone or radio.\n"
                    "2. Take the kabupaten's answer file here."
                )
            )
        )
        row = QHBoxLayout()
        request = QPushButton(self.tr("Write enrolment request…"))
        answer = QPushButton(self.tr("Take the kabupaten's answer…"))
        row.addWidget(request)
        row.addWidget(answer)
        row.addStretch(1)
        ol.addLayout(row)
        lay.addWidget(office_box)
        hub_box = self.hub_box = QGroupBox(self.tr("Kabupaten (hub)"))
        hl = QHBoxLayout(hub_box)
        enrol = QPushButton(self.tr("Enrol an office from its request…"))
        hl.addWidget(enrol)
        hl.addStretch(1)
        lay.addWidget(hub_box)
        self.enrol_status = QLabel()
        self.enrol_status.setWordWrap(True)
        self.enrol_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.enrol_status)
        lay.addStretch(1)
        request.clicked.connect(self.write_request)
        answer.clicked.connect(self.take_answer)
        enrol.clicked.connect(self.enrol_office)
        return tab

    # ------------------------------------------------------------------ enrolment
    def write_request(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enrolment request"), "permintaan-pendaftaran.json", "JSON (*.json)"
        )
        if not name:
            return
        ctx = self.ui.app

        def done(info: sync.RequestWritten) -> None:
            self.enrol_status.setText(
                self.tr(
                    "Request written to {path}.\nFingerprint to read to the kabupaten: {fp}"
                ).format(path=info.path, fp=info.fingerprint)
            )

        self.ui.tasks.run(lambda _h: sync.write_request(ctx, Path(name)), done, self._failed)

    def take_answer(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Kabupaten's answer"), "", "JSON (*.json)"
        )
        if not name:
            return
        ctx = self.ui.app

        def done(info: sync.Accepted) -> None:
            self.enrol_status.setText(
                self.tr("Enrolled with {hub} {name}. Kabupaten fingerprint: {fp}").format(
                    hub=info.hub, name=info.hub_name, fp=info.fingerprint
                )
            )
            self.activate()

        # the result names what changed (the peers; the rulebook when it brought rows)
        self.ui.tasks.run(
            lambda _h: sync.accept(ctx, Path(name)), done, self._failed, initiator=self
        )

    def enrol_office(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Office's enrolment request"), "", "JSON (*.json)"
        )
        if not name:
            return
        try:
            who = sync.read_request(Path(name))
        except NetraError as exc:
            show_error(self, exc)
            return
        question = self.tr(
            "{code} {name}\n\nFingerprint in the file:\n{fp}\n\nAsk the office to read "
            "the fingerprint shown on its screen. Is it exactly the same?"
        ).format(code=who["code"], name=who["name"], fp=who["fingerprint"])
        sure = QMessageBox.question(self, self.tr("Compare the fingerprint"), question)
        if sure != QMessageBox.StandardButton.Yes:
            self.enrol_status.setText(self.tr("Not enrolled: the fingerprint was not confirmed."))
            return
        out, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enrolment answer"), f"jawaban-{who['code']}.json", "JSON (*.json)"
        )
        if not out:
            return
        ctx, fp = self.ui.app, who["fingerprint"]

        def done(result: sync.EnrolResult) -> None:
            self.enrol_status.setText(
                self.tr("{code} enrolled. Carry {path} back to the office.").format(
                    code=who["code"], path=result.answer_path
                )
            )
            self.activate()

        self.ui.tasks.run(
            lambda _h: sync.enrol(ctx, Path(name), Path(out), fp),
            done,
            self._failed,
            initiator=self,
        )

    # ------------------------------------------------------------------ refresh
    def activate(self) -> None:
        self.find_drives()
        ctx = self.ui.app

        def work(
            _h: TaskHandle,
        ) -> tuple[sync.SyncStatus, list[sync.Conflict], sync_folder.FolderState]:
            return sync.status(ctx), sync.conflicts(ctx), sync_folder.describe(ctx)

        self.ui.tasks.run(work, self._show_state, self._failed)
        self.devices.refresh()

    def _on_changed(self, areas: Changes, initiator: object) -> None:
        """Sync changes made elsewhere (this page and its tabs reload after their own);
        hidden, the page reads its state when shown."""
        own = initiator is self or (isinstance(initiator, QWidget) and self.isAncestorOf(initiator))
        if not self.isVisible():
            return
        if Area.ALL in areas or (Area.SYNC in areas and not own):
            self.activate()

    def _show_state(
        self, found: tuple[sync.SyncStatus, list[sync.Conflict], sync_folder.FolderState]
    ) -> None:
        st, conflicts, folder = found
        self.identity.setText(
            self.tr("{code} {name} — key fingerprint {fp}").format(
                code=st.office, name=st.name, fp=st.fingerprint
            )
        )
        self.peers.set_rows(PeerRow.from_status(peer) for peer in st.peers)
        self.alert.set_refusals(st.refusals)
        is_hub = st.role == "hub"
        self.hub_box.setVisible(is_hub)
        # A kabupaten hub may itself enrol with a province hub, like an office does.
        self.office_box.setVisible(not is_hub or not st.has_upstream)
        self.conflicts.set_conflicts(conflicts, sync.TABLE_LABELS)
        self.tabs.setTabText(
            2,
            self.tr("Conflicts ({n})").format(n=len(conflicts))
            if conflicts
            else self.tr("Conflicts"),
        )
        if folder.folder and not self.folder.text():
            self.folder.setText(folder.folder)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._busy(False)
        show_error(self, exc, tb)

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.review_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    # ------------------------------------------------------------------ drives
    def find_drives(self) -> None:
        """Offer the drives that look removable. One that is surely a stick, alone, is
        chosen; otherwise nothing is (the user picks), so a package never lands on an
        internal partition by default. A folder the user chose stays chosen."""
        current = self.drive.currentData()
        found = drives.removable_drives()
        self.drive.clear()
        for d in found:
            self.drive.addItem(self._drive_label(d), d.root)
        if current and self.drive.findData(current) < 0:
            self.drive.addItem(current, current)
        chosen = drives.preselect(found)
        if current:
            self.drive.setCurrentIndex(self.drive.findData(current))
        elif chosen is not None:
            self.drive.setCurrentIndex(self.drive.findData(chosen.root))
        elif self.drive.count() > 0:
            self.drive.insertItem(0, self.tr("Choose the flash drive…"), None)
            self.drive.setCurrentIndex(0)
        hint = ""
        if self.drive.count() == 0:
            self.drive.addItem(self.tr("No flash drive found — choose a folder"), None)
            hint = self.tr("Plug in the flash drive and press Find drives, or choose a folder.")
        elif not current and chosen is None:
            hint = (
                self.tr("Several drives were found: choose the flash drive to use.")
                if sum(d.certain for d in found) > 1
                else self.tr(
                    "Netra is not sure which drive is the flash drive: choose it yourself."
                )
            )
        self.drive_hint.setText(hint)
        self.drive_hint.setVisible(bool(hint))
        self._list_packages()

    def _drive_chosen(self, _index: int) -> None:
        if self.drive.currentData():
            self.drive_hint.setVisible(False)
        self._list_packages()

    def _drive_label(self, d: drives.Drive) -> str:
        free = (
            self.tr("{mb} MB free").format(mb=f"{d.free_mb:,}".replace(",", "."))
            if d.free_mb is not None
            else ""
        )
        kind = self.tr("USB disk") if d.usb_disk else ""
        details = ", ".join(x for x in (d.root, kind, free) if x)
        return f"{d.name} ({details})"

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder on the flash drive"))
        if folder:
            self.drive.addItem(folder, folder)
            self.drive.setCurrentIndex(self.drive.count() - 1)
            self._list_packages()

    def target(self) -> Path | None:
        root = self.drive.currentData()
        return Path(root) if root else None

    def _list_packages(self) -> None:
        self.files.clear()
        root = self.target()
        if root is None:
            return
        found: list[Path] = []
        for folder in (root, root / "netra"):
            try:
                found += sorted(folder.glob(f"*.{EXTENSION}"))
            except OSError:
                continue
        for path in found:
            item = QListWidgetItem(path.name)
            item.setData(256, str(path))
            self.files.addItem(item)

    # ------------------------------------------------------------------ export
    def export(self) -> None:
        root = self.target()
        if root is None:
            self.message.setText(self.tr("Choose a flash drive or folder first."))
            return
        ctx = self.ui.app
        self._busy(True)

        def work(handle: TaskHandle) -> list[sync.ExportResult]:
            return sync.export(
                ctx, root / "netra", progress=lambda d, t: handle.progressed.emit(d, t)
            )

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        self.ui.tasks.run(work, self._exported, self._failed, progress)

    def _exported(self, results: list[sync.ExportResult]) -> None:
        self._busy(False)
        lines = [
            self.tr("Written {name} ({size} KB) for {to}.").format(
                name=r.path.name, size=max(1, r.size // 1024), to=r.peer
            )
            for r in results
        ]
        self.message.setText(
            "\n".join(lines)
            + "\n"
            + self.tr("Wait until the drive's light stops blinking, then eject it safely.")
        )
        self._list_packages()
        self.activate()

    # ------------------------------------------------------------------ import
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sync package"), "", self.tr("Netra packages (*.netrasync)")
        )
        if name:
            self.start_review(Path(name))

    def review_selected(self) -> None:
        item = self.files.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a package from the list first."))
            return
        self.start_review(Path(item.data(256)))

    def start_review(self, path: Path) -> None:
        ctx = self.ui.app
        self._review_path = path
        self._busy(True)
        self.ui.tasks.run(lambda _h: sync.review(ctx, path), self._show_review, self._failed)

    def _show_review(self, outcome: sync.ImportOutcome) -> None:
        self._busy(False)
        sentence = (
            sync.describe_merge(outcome.sender_name, outcome.merge)
            if outcome.status == "review"
            else outcome.message
        )
        self.review.show_outcome(outcome, sentence, sync.TABLE_LABELS)
        self.stack.setCurrentIndex(1)

    def apply_reviewed(self) -> None:
        path = self._review_path
        if path is None:
            return
        ctx = self.ui.app
        self._busy(True)
        self.ui.tasks.run(
            lambda _h: sync.import_file(ctx, path),
            self._applied,
            self._failed,
            initiator=self,  # the ImportOutcome names what changed
        )

    def _applied(self, outcome: sync.ImportOutcome) -> None:
        self._busy(False)
        self.stack.setCurrentIndex(0)
        self.message.setText(outcome.summary())
        if outcome.status == "rejected" and outcome.reason in sync.ALERT_REASONS:
            self.message.setStyleSheet("color: #b42318; font-weight: 600;")
        else:
            self.message.setStyleSheet("")
        self.activate()

    # ------------------------------------------------------------------ refusals
    def mark_refusal_seen(self, refusal_id: str) -> None:
        ctx = self.ui.app
        self.ui.tasks.run(
            lambda _h: sync.acknowledge_refusal(ctx, refusal_id),
            lambda _r: self.activate(),
            self._failed,
            initiator=self,  # the result names what changed
        )

    # ------------------------------------------------------------------ conflicts
    def resolve(self, conflict_id: str, keep: str) -> None:
        ctx = self.ui.app
        self.ui.tasks.run(
            lambda _h: sync.resolve(ctx, conflict_id, keep),
            lambda _r: self.activate(),
            self._failed,
            initiator=self,  # the result names what changed (the row's area when re-applied)
        )

    # ------------------------------------------------------------------ sync folder
    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"))
        if folder:
            self.folder.setText(folder)

    def save_folder(self) -> None:
        ctx, folder = self.ui.app, self.folder.text().strip()
        self.ui.tasks.run(
            lambda _h: sync_folder.configure(ctx, folder or None),
            lambda _r: self.auto_sync(),
            self._failed,
        )

    def auto_sync(self) -> None:
        """Background pass; an unreachable folder or any failure only updates a label."""
        ctx = self.ui.app
        if self.ui.tasks.busy:
            return

        def quiet(exc: BaseException, _tb: str) -> None:
            self.folder_status.setText(self.tr("Last automatic sync failed: {e}").format(e=exc))

        # the pass names what it changed (what it imported and exported)
        self.ui.tasks.run(
            lambda _h: sync_folder.run_once(ctx), self._auto_done, quiet, initiator=self
        )

    def _auto_done(self, result: sync_folder.FolderPass) -> None:
        # Every few seconds between a kiosk and its main laptop (sync_folder.interval_seconds).
        self.timer.setInterval(result.interval * 1000)
        if not result.folder:
            self.folder_status.setText(self.tr("No sync folder set."))
            return
        if not result.reachable:
            self.folder_status.setText(
                self.tr("The folder cannot be reached now; Netra will try again later.")
            )
            return
        self.folder_status.setText(
            self.tr("Folder reached: {exported} package(s) written, {imported} received.").format(
                exported=len(result.exported), imported=len(result.imported)
            )
        )
