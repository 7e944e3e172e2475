"""``netra-gui``: start the desktop application.

Flow: open the data folder (schema upgrade after a backup, on the task thread, with a splash
if it takes more than a moment) -> set-up wizard when the office is new -> log in -> main
window. ``--smoke`` prints ``{"shown_ms": N, "cpu_ms": C}`` when the main window is first
shown (N: process age; C: the process's CPU time so far) and exits.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

_IMPORTED_AT = time.time()

# The start-up's modules that do not use Qt (SQLAlchemy and its SQLite dialect, the models,
# the services the start calls, the home page's dashboard) are imported BEFORE PySide6: once
# PySide6 is loaded, its ``__feature__`` import hook reads the whole source of every module
# imported after it (``inspect.getsource``, looking for "PySide6"), measured at 0.15-0.2 s of
# CPU for this stack. Keep this block above the PySide6 imports.
import sqlalchemy.dialects.sqlite  # noqa: E402, F401

from desktop import APP_NAME, ORG_NAME, __version__  # noqa: E402
from desktop.domain.errors import NetraError  # noqa: E402
from desktop.paths import (  # noqa: E402
    clean_stale_temp,
    ensure_private_dir,
    folder_risk,
    remove_own_temp_dirs,
    resolve_data_dir,
)
from desktop.services import accounts, changes, dashboard, diagnostics, office  # noqa: E402, F401
from desktop.services.context import AppContext  # noqa: E402
from desktop.services.office import OfficeInfo  # noqa: E402


def process_age_s() -> float:
    """Seconds since this process started (Linux: /proc; elsewhere: since this import)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat.rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of the whole line
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):  # not Linux
        return time.time() - _IMPORTED_AT


from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from desktop.ui import crash, i18n, theme  # noqa: E402
from desktop.ui import settings as keys  # noqa: E402
from desktop.ui.context import UiContext  # noqa: E402
from desktop.ui.settings import Settings  # noqa: E402
from desktop.ui.tasks import TaskRunner  # noqa: E402

if TYPE_CHECKING:
    from desktop.ui.setup_wizard import SetupWizard

log = logging.getLogger(__name__)

DEMO_USER, DEMO_PASSWORD, DEMO_OFFICE = "admin", "netra-demo", "81.08.01"
SPLASH_DELAY_MS = 400
SMOKE_TIMEOUT_MS = 120_000
NOT_SET_UP = (
    "Kantor belum disiapkan di folder data ini; --smoke tidak dapat mengisi wizard penyiapan.",
    "The office in this data folder is not set up; --smoke cannot fill in the set-up wizard.",
)
NO_CREDENTIALS = (
    "--smoke perlu NETRA_USER dan NETRA_PASSWORD (atau --demo-login pada kantor contoh).",
    "--smoke needs NETRA_USER and NETRA_PASSWORD (or --demo-login on the demo office).",
)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own headings in Indonesian (they are English gettext)."""

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, "Pemakaian: " if prefix is None else prefix)


_ARGPARSE_ID = (  # argparse's own error phrases (English gettext) in Indonesian
    ("unrecognized arguments:", "argumen tidak dikenal:"),
    ("expected one argument", "memerlukan satu nilai"),
    ("invalid choice:", "pilihan tidak sah:"),
    ("choose from", "pilih dari"),
    ("argument ", "pilihan "),
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for english, indonesian in _ARGPARSE_ID:
            message = message.replace(english, indonesian)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: kesalahan: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """``netra-gui --help`` in Indonesian, the default language of Netra."""
    parser = _Parser(
        prog="netra-gui",
        description="Netra: aplikasi desktop pakta integritas netralitas ASN, daftar pegawai, "
        "laporan pelanggaran dan sinkronisasi USB. Perintah baris (tanpa jendela): netra.",
        formatter_class=_HelpFormatter,
        add_help=False,
    )
    parser._optionals.title = "Pilihan"
    parser.add_argument("-h", "--help", action="help", help="tampilkan bantuan ini, lalu keluar")
    parser.add_argument(
        "--data-dir", metavar="FOLDER", help="folder data (bawaan: folder data pengguna)"
    )
    parser.add_argument("--database-url", help="URL basis data (bawaan: SQLite di folder data)")
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        help="bahasa tampilan: id (bawaan) atau en; diingat untuk berikutnya",
    )
    parser.add_argument(
        "--demo-login",
        action="store_true",
        help="masuk sebagai administrator contoh bila folder berisi kantor contoh",
    )
    parser.add_argument(
        "--no-err-windows",
        action="store_true",
        help="tulis galat ke log, bukan ke kotak pesan",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help='tampilkan jendela utama, cetak {"shown_ms": N} lalu keluar (uji cepat)',
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Netra {__version__}",
        help="tampilkan versi, lalu keluar",
    )
    return parser


def parse_args(
    argv: list[str] | None, environ: Mapping[str, str] | None = None
) -> argparse.Namespace:
    """The options; ``NETRA_NO_ERR_WINDOWS=1`` in ``environ`` (the process environment when
    not given) counts as ``--no-err-windows``."""
    args = build_parser().parse_args(argv)
    env = os.environ if environ is None else environ
    if env.get("NETRA_NO_ERR_WINDOWS", "") not in ("", "0"):
        args.no_err_windows = True
    return args


def error_windows(args: argparse.Namespace) -> bool:
    """Whether errors open message boxes (else they go to stderr and the log): not with
    ``--smoke`` (nobody is there to close them) nor ``--no-err-windows``."""
    return not (args.smoke or args.no_err_windows)


class Splash(QWidget):
    """A small frameless 'please wait' window for slow start-up work."""

    def __init__(self, text: str) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("card")
        self.setStyleSheet("background: #14315c; color: #ffffff;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 24, 32, 24)
        logo = QLabel()
        logo.setPixmap(theme.svg_pixmap("netra.svg", 72, self.devicePixelRatioF()))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Netra")
        title.setStyleSheet("font-size: 18pt; font-weight: 600; color: #ffffff;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message = QLabel(text)
        message.setStyleSheet("color: #dbe4f0;")
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (logo, title, message):
            lay.addWidget(widget)
        self.resize(360, 220)


class Launcher(QObject):
    """Walks through start-up; each step continues from the previous one's callback."""

    shown = Signal()

    def __init__(
        self, app: QApplication, args: argparse.Namespace, data_dir: Path, settings: Settings
    ) -> None:
        super().__init__()
        self.qapp = app
        self.args = args
        self.data_dir = data_dir
        self.settings = settings
        self.tasks = TaskRunner(self)
        self.ui: UiContext | None = None
        self.window: QWidget | None = None
        self.dialogs: list[QWidget] = []  # keep modeless dialogs alive
        self.splash: Splash | None = None
        self._splash_timer = QTimer(self)
        self._splash_timer.setSingleShot(True)
        self._splash_timer.timeout.connect(self._show_splash)

    # ------------------------------------------------------------------ steps
    def start(self) -> None:
        self._splash_timer.start(SPLASH_DELAY_MS)
        data_dir, url = self.data_dir, self.args.database_url
        self.tasks.run(lambda _h: AppContext.open(data_dir, url), self._opened, self._fatal)

    def _show_splash(self) -> None:
        self.splash = Splash(self.tr("Preparing the database, please wait..."))
        self.splash.show()

    def _hide_splash(self) -> None:
        self._splash_timer.stop()
        if self.splash is not None:
            self.splash.close()
            self.splash.deleteLater()
            self.splash = None

    def _opened(self, ctx: AppContext) -> None:
        self.ui = UiContext(ctx, self.tasks)
        self.tasks.run(lambda _h: ctx.is_initialised(), self._checked, self._fatal)

    def _checked(self, initialised: bool) -> None:
        self._hide_splash()
        if initialised:
            self._office_ready()
            return
        if self.args.smoke:  # nobody is there to fill in the wizard
            self._fatal(NetraError("not_initialised", *NOT_SET_UP), "")
            return
        from desktop.ui.setup_wizard import SetupWizard

        assert self.ui is not None
        wizard = SetupWizard(self.ui)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda result: self._wizard_done(wizard, bool(result)))
        self.dialogs.append(wizard)
        wizard.show()

    def _wizard_done(self, wizard: SetupWizard, accepted: bool) -> None:
        self.dialogs.clear()
        info = wizard.office
        if not accepted or info is None:
            self.qapp.quit()
            return
        self.settings.set(keys.WIZARD_SHOWN, True)
        # The administrator has just typed the password twice: log in with it directly.
        assert self.ui is not None
        ctx, flow = self.ui.app, wizard.flow
        user, password = flow.admin_username.strip(), flow.password
        self.settings.set(keys.LAST_USER, user)
        self.tasks.run(
            lambda _h: accounts.login(ctx, user, password),
            lambda _actor: self._show_main(info),
            lambda exc, tb: self._login_dialog(info),
        )
        self._preload_first_page()

    def _office_ready(self) -> None:
        assert self.ui is not None
        ctx = self.ui.app
        self.tasks.run(lambda _h: office.get_info(ctx), self._login, self._fatal)

    def _automatic_credentials(self, info: OfficeInfo) -> tuple[str, str] | None:
        user, password = os.environ.get("NETRA_USER"), os.environ.get("NETRA_PASSWORD")
        if (self.args.smoke or self.args.demo_login) and user and password:
            return user, password
        if self.args.demo_login and info.code == DEMO_OFFICE:
            return DEMO_USER, DEMO_PASSWORD
        return None

    def _login(self, info: OfficeInfo) -> None:
        assert self.ui is not None
        ctx = self.ui.app
        automatic = self._automatic_credentials(info)
        if automatic is not None:
            user, password = automatic
            self.tasks.run(
                lambda _h: accounts.login(ctx, user, password),
                lambda _actor: self._show_main(info),
                lambda exc, tb: self._auto_login_failed(info, exc, tb),
            )
            # The password check (scrypt) runs without the GIL: meanwhile import the main
            # window and the module of the page it will open on.
            self._preload_first_page()
            return
        if self.args.smoke:  # nobody is there to type a password
            self._fatal(NetraError("no_credentials", *NO_CREDENTIALS), "")
            return
        self._login_dialog(info)

    def _preload_first_page(self) -> None:
        """Import the main window and the page it opens on (a no-op once done): called while
        a password check (scrypt, which runs without the GIL) keeps the worker busy."""
        from desktop.ui.main_window import PAGE_CLASSES

        last = self.settings.get(keys.LAST_PAGE)
        ref = next((r for r in PAGE_CLASSES if r.key == last), PAGE_CLASSES[0])
        try:
            ref.preload()
        except Exception:  # made (and reported) again when the window opens the page
            log.debug("could not preload %s", ref.target, exc_info=True)

    def _auto_login_failed(self, info: OfficeInfo, exc: BaseException, tb: str) -> None:
        if self.args.smoke:
            self._fatal(exc, tb)
            return
        self._login_dialog(info)

    def _login_dialog(self, info: OfficeInfo) -> None:
        from desktop.ui.login import LoginDialog

        assert self.ui is not None
        dialog = LoginDialog(self.ui, info, self.settings.get(keys.LAST_USER))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checking.connect(self._preload_first_page)  # while scrypt runs

        def finished(result: int) -> None:
            self.dialogs.clear()
            if not result:
                self.qapp.quit()
                return
            self.settings.set(keys.LAST_USER, dialog.username.text().strip())
            self._show_main(info)

        dialog.finished.connect(finished)
        self.dialogs.append(dialog)
        dialog.show()

    def _show_main(self, info: OfficeInfo) -> None:
        from desktop.ui.main_window import MainWindow

        assert self.ui is not None
        window = MainWindow(self.ui, info, self.settings)
        window.logout_requested.connect(lambda: self._logout(info))
        self.window = window
        if window.start_maximized:
            window.showMaximized()
        else:
            window.show()
        self.qapp.setQuitOnLastWindowClosed(True)
        QTimer.singleShot(0, self.shown.emit)  # after the show events were handled

    def _logout(self, info: OfficeInfo) -> None:
        """Log out / switch user: close the main window, end the session, ask who logs in
        (cancelling the log-in then quits, as at start)."""
        assert self.ui is not None
        self.qapp.setQuitOnLastWindowClosed(False)
        window, self.window = self.window, None
        if window is not None:
            window.close()
        ctx = self.ui.app

        def done(_result: object) -> None:
            # The work its pages started ran before this one on the single worker, and its
            # results have been delivered: the window can go now.
            if window is not None:
                window.deleteLater()
            self._login_dialog(info)

        self.tasks.run(lambda _h: accounts.logout(ctx), done, self._fatal)

    def _fatal(self, exc: BaseException, tb: str) -> None:
        self._hide_splash()
        text = crash.describe_error(exc, tb)
        if not error_windows(self.args):
            print(text, file=sys.stderr)
            self.qapp.exit(1)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "Netra", text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.qapp.exit(1))
        self.dialogs.append(box)
        box.show()

    def shutdown(self) -> None:
        self.tasks.wait()
        if self.ui is not None:
            self.ui.app.close()
        self.settings.sync()


def _unusable_folder(args: argparse.Namespace, exc: OSError) -> int:
    """The data folder cannot be made or written: say so plainly, before anything else."""
    i18n.install(args.lang or i18n.DEFAULT)
    where, why = exc.filename or args.data_dir or "", exc.strerror or str(exc)
    if i18n.current_language() == "en":
        text = f"The data folder {where} cannot be created or written: {why}."
    else:
        text = f"Folder data {where} tidak dapat dibuat atau ditulisi: {why}."
    print(text.strip(), file=sys.stderr)
    if error_windows(args):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Netra", text.strip())
    return 2


LOCK_FILENAME = "netra.lock"


def acquire_instance_lock(data_dir: Path) -> QLockFile | None:
    """The data folder's single-instance lock, or None when another Netra holds it.

    A lock left by a Netra that crashed (or was killed) is taken over: QLockFile sees that
    the process written in it is gone. Its age is never a reason (staleLockTime 0): a Netra
    left open for days still holds its lock."""
    lock = QLockFile(str(data_dir / LOCK_FILENAME))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return None
    # The lock file cannot be written (permissions): opening the database will say so.
    log.warning("single-instance lock %s not taken: %s", data_dir, lock.error())
    return lock


def _tell(args: argparse.Namespace, text: str, *, warning: bool) -> None:
    print(text, file=sys.stderr)
    if not error_windows(args):
        return
    from PySide6.QtWidgets import QMessageBox

    if warning:
        QMessageBox.warning(None, "Netra", text)
    else:
        QMessageBox.information(None, "Netra", text)


def _already_running(args: argparse.Namespace, data_dir: Path) -> int:
    text = QCoreApplication.translate(
        "Launcher",
        "Netra is already open in another window for this data folder ({folder}). Switch to "
        "that window (look in the taskbar). A second Netra on the same data is not started.",
    ).format(folder=data_dir)
    _tell(args, text, warning=False)
    return 2


def _warn_unsafe_folder(args: argparse.Namespace, data_dir: Path) -> None:
    """FAT/exFAT (no permissions) or a network share (SQLite is unsafe there): Netra still
    opens the data, with a clear warning; ``netra init`` refuses such a folder."""
    risk = folder_risk(data_dir)
    if risk is None:
        return
    log.warning("data folder %s is on %s (%s)", data_dir, risk.filesystem, risk.kind)
    reason = (
        risk.message_en(data_dir) if i18n.current_language() == "en" else risk.message(data_dir)
    )
    advice = QCoreApplication.translate(
        "Launcher",
        "Netra will open anyway. Move the data to the laptop's disk soon: make a backup "
        "(Administration), then restore it in a folder on the laptop.",
    )
    _tell(args, f"{reason}\n\n{advice}", warning=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv if argv is not None else sys.argv[1:])
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    try:
        data_dir = ensure_private_dir(resolve_data_dir(args.data_dir))
    except OSError as exc:
        return _unusable_folder(args, exc)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    settings = Settings.in_folder(data_dir)
    i18n.install(args.lang or settings.get(keys.LANGUAGE))
    theme.apply(app)
    # One Netra per data folder, before anything writes there (log, settings, database):
    # on Windows a second instance would also stop the log rotation and a restore.
    lock = acquire_instance_lock(data_dir)
    if lock is None:
        return _already_running(args, data_dir)
    try:
        return _run(app, args, data_dir, settings)
    finally:
        remove_own_temp_dirs()
        lock.unlock()


def _run(app: QApplication, args: argparse.Namespace, data_dir: Path, settings: Settings) -> int:
    handler = crash.install(data_dir / "logs", windows=error_windows(args))
    if args.lang:
        settings.set(keys.LANGUAGE, args.lang)
    clean_stale_temp()  # evidence and printing files left by a Netra that did not exit
    _warn_unsafe_folder(args, data_dir)
    launcher = Launcher(app, args, data_dir, settings)
    if args.smoke:

        def report_shown() -> None:
            cpu = os.times()
            shown = {
                "shown_ms": round(process_age_s() * 1000),
                "cpu_ms": round((cpu.user + cpu.system) * 1000),
            }
            print(json.dumps(shown), flush=True)
            QTimer.singleShot(0, app.quit)

        launcher.shown.connect(report_shown)

        def give_up() -> None:
            print(f"smoke: no window after {SMOKE_TIMEOUT_MS} ms", file=sys.stderr)
            app.exit(3)

        watchdog = QTimer(launcher)
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(give_up)
        watchdog.start(SMOKE_TIMEOUT_MS)
        launcher.shown.connect(watchdog.stop)
    app.setQuitOnLastWindowClosed(False)  # until the main window is up; cancel quits itself
    launcher.start()
    code = app.exec()
    launcher.shutdown()
    handler.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())
