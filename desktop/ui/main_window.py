"""The main window: a navigation list on the left, one page at a time on the right.

Feature pages are listed in :data:`PAGE_CLASSES`, one line each, in navigation order
(the administration page is always placed last). Pages the current role may not see are
not created at all. Entries are :class:`~desktop.ui.pages.PageRef`: a page's module is
imported only when the page is first made (the page on screen before the window is shown,
the others one per idle moment afterwards), which keeps ReportLab, spreadsheet readers and
the services behind each page off the start-up path.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import ROLE_LABELS_ID, allowed
from desktop.services.office import OfficeInfo
from desktop.ui import settings as keys
from desktop.ui import theme, tools
from desktop.ui.context import UiContext
from desktop.ui.pages import Page, PageRef
from desktop.ui.settings import Settings

log = logging.getLogger(__name__)

PAGE_CLASSES: list[PageRef] = [
    PageRef("desktop.ui.pages.home:HomePage", "home", "view", "Home"),
    PageRef("desktop.ui.sync.coverage_page:CoveragePage", "coverage", "view", "Coverage"),
    PageRef("desktop.ui.roster.page:RosterPage", "roster", "view", "Roster"),
    PageRef("desktop.ui.signing.page:SigningPage", "signing", "view", "Pact signing"),
    PageRef("desktop.ui.printing.page:PrintingPage", "printing", "pact.print", "Printing"),
    PageRef("desktop.ui.cases.page:CasesPage", "cases", "view", "Violation reports"),
    PageRef("desktop.ui.sync.page:SyncPage", "sync", "sync.export", "Sync"),
    PageRef("desktop.ui.pages.admin:AdminPage", "admin", "users.manage", "Administration"),
]

#: Show the busy bar only for work that takes longer than this (ms).
BUSY_DELAY_MS = 300


def visible_page_classes(role: str | None) -> list[PageRef]:
    """Pages the role may open, in navigation order (administration last)."""
    pages = [cls for cls in PAGE_CLASSES if allowed(role, cls.permission)]
    return sorted(pages, key=lambda cls: cls.key == "admin")


class MainWindow(QMainWindow):
    #: File → Log out / switch user: the launcher closes this window and asks who logs in.
    logout_requested = Signal()

    def __init__(self, ui: UiContext, office: OfficeInfo, settings: Settings) -> None:
        super().__init__()
        self.ui = ui
        self.office = office
        self.settings = settings
        self.pages: dict[str, Page] = {}
        self._broken: set[str] = set()
        self._on_screen = False  # pages are activated (load their data) once it is shown
        self.setWindowTitle(self.tr("Netra — {office}").format(office=office.name))
        self.setMinimumSize(QSize(960, 600))

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar())
        self.stack = QStackedWidget()
        self.stack.setObjectName("content")
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_pages()
        ui.bus.open_page.connect(self._open_page)
        self._build_menus()
        self._build_status()
        self._build_shortcuts()
        self._restore_geometry()

    # ------------------------------------------------------------------ layout
    def _sidebar(self) -> QWidget:
        side = QWidget()
        side.setObjectName("sidebar")
        side.setFixedWidth(252)
        lay = QVBoxLayout(side)
        lay.setContentsMargins(0, 16, 0, 12)
        head = QHBoxLayout()
        head.setContentsMargins(16, 0, 16, 8)
        logo = QLabel()
        logo.setPixmap(theme.svg_pixmap("netra.svg", 40, self.devicePixelRatioF()))
        head.addWidget(logo)
        names = QVBoxLayout()
        brand = QLabel("Netra")
        brand.setObjectName("brand")
        sub = QLabel(self.tr("ASN neutrality"))
        sub.setObjectName("brandSub")
        names.addWidget(brand)
        names.addWidget(sub)
        head.addLayout(names, 1)
        lay.addLayout(head)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setWordWrap(True)
        self.nav.currentRowChanged.connect(self._show_page)
        lay.addWidget(self.nav, 1)
        foot = QLabel(f"{self.office.code}\n{self.office.kabupaten_name}")
        foot.setObjectName("brandSub")
        foot.setContentsMargins(18, 0, 8, 0)
        lay.addWidget(foot)
        return side

    def _build_pages(self) -> None:
        """Navigation entries for every page the role may see; the pages themselves are
        made when first opened, or one per idle moment after the window is shown."""
        role = self.ui.app.actor.role if self.ui.app.actor else None
        self.page_classes = [  # the coverage across offices exists only at a hub
            c
            for c in visible_page_classes(role)
            if c.key != "coverage" or self.office.role == "hub"
        ]
        for number, cls in enumerate(self.page_classes, start=1):
            title = cls.title()
            item = QListWidgetItem(theme.icon(f"nav/{cls.key}.svg"), title)
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            if number <= 9:
                item.setToolTip(f"{title} (Ctrl+{number})")
            self.nav.addItem(item)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._make_next_page)
        # The page on screen loads its data once the window is up, not while it is built.
        self._first_activation = QTimer(self)
        self._first_activation.setSingleShot(True)
        self._first_activation.setInterval(0)
        self._first_activation.timeout.connect(self._refresh_current)

    def page(self, key: str) -> Page | None:
        """The page for ``key``, made now if it does not exist yet (None if it failed)."""
        if key in self.pages:
            return self.pages[key]
        cls = next((c for c in self.page_classes if c.key == key), None)
        if cls is None or key in self._broken:
            return None
        try:
            page = cls.load()(self.ui)
        except Exception as exc:
            log.exception("page %s could not be created", cls.target)
            self._broken.add(key)
            tools.report(self, exc)
            return None
        self.pages[key] = page
        self.stack.addWidget(page)
        return page

    def _make_next_page(self) -> None:
        missing = [
            c.key
            for c in self.page_classes
            if c.key not in self.pages and c.key not in self._broken
        ]
        if missing:
            self.page(missing[0])
            self._idle.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._on_screen:
            self._on_screen = True
            self._first_activation.start()
        self._idle.start()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        logout = QAction(self.tr("Log &out / switch user…"), self)
        logout.setObjectName("action:logout")
        logout.setShortcut(QKeySequence("Ctrl+Shift+L"))
        logout.triggered.connect(self.logout_requested.emit)
        file_menu.addAction(logout)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        role = self.ui.app.actor.role if self.ui.app.actor else None
        entries = (
            (
                self.tr("&Backup..."),
                "backup.create",
                "Ctrl+Shift+B",
                lambda: tools.backup_dialog(self, self.ui),
            ),
            (
                self.tr("&Restore..."),
                "backup.restore",
                "",
                lambda: tools.restore_dialog(self, self.ui),
            ),
            (
                self.tr("Check the &audit trail"),
                "audit.verify",
                "",
                lambda: tools.verify_audit(self, self.ui),
            ),
            (
                self.tr("&Change password..."),
                "view",
                "",
                lambda: tools.change_password_dialog(self, self.ui),
            ),
        )
        for text, permission, shortcut, slot in entries:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setEnabled(allowed(role, permission))
            action.setObjectName(f"action:{permission}")
            action.triggered.connect(slot)
            tools_menu.addAction(action)

        language = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.get(keys.LANGUAGE)
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(name, self)
            action.setObjectName(f"language:{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked, c=code: self._set_language(c))
            group.addAction(action)
            language.addAction(action)
        file_menu.insertMenu(quit_action, language)
        file_menu.insertSeparator(quit_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Help"), self)
        guide.setObjectName("action:help")
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(self.show_help)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About Netra"), self)
        about.triggered.connect(lambda: tools.about_dialog(self, self.ui, self.office))
        help_menu.addAction(about)

    def _build_status(self) -> None:
        status = self.statusBar()
        actor = self.ui.app.actor
        role = ROLE_LABELS_ID.get(actor.role, actor.role) if actor else "-"
        kind = self.tr("Kabupaten hub") if self.office.role == "hub" else self.tr("Office")
        status.addWidget(QLabel(f"{self.office.code} · {self.office.name}"))
        status.addWidget(QLabel(kind))
        user = actor.username if actor else "-"
        status.addPermanentWidget(
            QLabel(self.tr("User: {user} ({role})").format(user=user, role=role))
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(140)
        self.busy.setToolTip(self.tr("Working..."))
        self.busy.hide()
        status.addPermanentWidget(self.busy)
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._poll_busy)
        self._busy_timer.start()

    def _set_language(self, code: str) -> None:
        if code == self.settings.get(keys.LANGUAGE):
            return
        self.settings.set(keys.LANGUAGE, code)
        self.settings.sync()
        tools.inform(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Netra starts."),
        )

    def show_help(self) -> None:
        from desktop.ui.help_dialog import show_help

        show_help(self, self.office.name, self.office.kabupaten_name, str(self.ui.app.data_dir))

    def _poll_busy(self) -> None:
        self.busy.setVisible(self.ui.tasks.busy)

    def _build_shortcuts(self) -> None:
        for index in range(min(9, len(self.page_classes))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.nav.setCurrentRow(i))
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self._refresh_current)

    # ------------------------------------------------------------------ behaviour
    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self.page_classes):
            return
        page = self.page(self.page_classes[row].key)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self.settings.set(keys.LAST_PAGE, page.key)
        if self._on_screen:
            page.activate()

    def _refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.activate()

    def select_page(self, key: str) -> bool:
        for row, cls in enumerate(self.page_classes):
            if cls.key == key:
                self.nav.setCurrentRow(row)
                return True
        return False

    def _open_page(self, key: str, then: object) -> None:
        if not self.select_page(key):
            return  # not allowed for this role
        page = self.page(key)
        if page is not None and callable(then):
            then(page)

    def page_keys(self) -> list[str]:
        """Keys of the pages this user may open, in navigation order."""
        return [cls.key for cls in self.page_classes]

    def current_key(self) -> str | None:
        page = self.stack.currentWidget()
        return page.key if isinstance(page, Page) else None

    def _restore_geometry(self) -> None:
        geometry = self.settings.get(keys.GEOMETRY)
        self.start_maximized = False
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            screen = self.screen().availableGeometry()
            self.start_maximized = screen.width() < 1440 or screen.height() < 900
            if self.start_maximized:
                self.setGeometry(screen)  # also right where no window manager maximises
            else:
                self.resize(1280, 800)
        state = self.settings.get(keys.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        if not self.select_page(self.settings.get(keys.LAST_PAGE)) and self.page_classes:
            self.nav.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(keys.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.sync()
        for timer in self.findChildren(QTimer):  # pages' polling timers end with the window
            timer.stop()
        super().closeEvent(event)
