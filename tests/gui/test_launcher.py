"""Start-up flow: data folder -> wizard or log-in -> main window; a splash for slow work."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import accounts
from desktop.services.context import Actor, AppContext
from desktop.ui import app as app_module
from desktop.ui.app import Launcher, parse_args
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.setup_wizard import SetupWizard
from tests.conftest import ADMIN, PASSWORD


@pytest.fixture
def launch(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Launcher]]:
    monkeypatch.delenv("NETRA_USER", raising=False)
    monkeypatch.delenv("NETRA_PASSWORD", raising=False)
    made: list[Launcher] = []
    yield made
    for launcher in made:
        for widget in [*launcher.dialogs, launcher.window, launcher.splash]:
            if widget is not None:
                widget.close()
        launcher.shutdown()


def start(launch: list[Launcher], data_dir: Path, *argv: str) -> Launcher:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    launcher = Launcher(
        qapp,
        parse_args(["--data-dir", str(data_dir), *argv]),
        data_dir,
        Settings.in_folder(data_dir),
    )
    launch.append(launcher)
    launcher.start()
    return launcher


def test_new_folder_opens_the_wizard(qtbot: QtBot, launch: list[Launcher], tmp_path: Path) -> None:
    launcher = start(launch, tmp_path / "baru")
    qtbot.waitUntil(lambda: bool(launcher.dialogs), timeout=20_000)
    wizard = launcher.dialogs[0]
    assert isinstance(wizard, SetupWizard)
    identity = wizard.identity
    identity.code.setText("81.08.06")
    identity.name.setText("Kecamatan Wetar")
    identity.kab_name.setText("Maluku Barat Daya")
    wizard.next()
    wizard.region.place.setText("Ilwaki")
    wizard.next()
    wizard.next()
    wizard.admin.full_name.setText("Admin Uji")
    wizard.admin.password.setText(PASSWORD)
    wizard.admin.again.setText(PASSWORD)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    # Straight into the main window as the new administrator, no second log-in.
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=30_000)
    assert launcher.ui is not None and launcher.ui.app.actor is not None
    assert launcher.ui.app.actor.username == "admin"


def test_set_up_folder_asks_for_the_password(
    qtbot: QtBot, launch: list[Launcher], data_dir: Path
) -> None:
    launcher = start(launch, data_dir)
    qtbot.waitUntil(lambda: bool(launcher.dialogs), timeout=20_000)
    assert isinstance(launcher.dialogs[0], LoginDialog)


def test_automatic_login_shows_the_main_window(
    qtbot: QtBot, launch: list[Launcher], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A viewer: the administrator's sync page starts its own 5-second single shot.
    context = AppContext.open(data_dir)
    context.actor = Actor(ADMIN, "admin")
    accounts.add_user(context, "camat", PASSWORD, "viewer", "Camat Wetar")
    context.close()
    monkeypatch.setenv("NETRA_USER", "camat")
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    launcher = start(launch, data_dir, "--smoke")
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20_000)
    window = launcher.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.page_keys()[0] == "home"
    assert "admin" not in window.page_keys()


def test_slow_start_shows_a_splash(
    qtbot: QtBot, launch: list[Launcher], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = AppContext.open

    def slow_open(*args: object, **kwargs: object) -> AppContext:
        time.sleep(app_module.SPLASH_DELAY_MS / 1000 + 0.6)
        return real_open(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AppContext, "open", slow_open)
    launcher = start(launch, data_dir)
    qtbot.waitUntil(lambda: launcher.splash is not None, timeout=5_000)
    qtbot.waitUntil(lambda: bool(launcher.dialogs), timeout=20_000)
    assert launcher.splash is None  # closed once the data folder was open
