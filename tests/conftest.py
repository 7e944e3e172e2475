"""Shared fixtures. The schema always comes from the real migrations, never ``create_all``:
a session-wide template data folder is migrated and set up once, then copied per test."""

from __future__ import annotations

import gc
import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool, QTimer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETRA_NO_ERR_WINDOWS", "1")

from desktop.domain.office import OfficeSetup
from desktop.services import office
from desktop.services.context import Actor, AppContext
from desktop.ui import crash
from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskRunner

ADMIN = "admin"
PASSWORD = "rahasia-123"

TEST_SETUP = OfficeSetup(
    code="81.08.06",
    name="Kecamatan Wetar",
    kabupaten_code="81.08",
    kabupaten_name="Maluku Barat Daya",
    role="office",
    timezone="Asia/Jayapura",
    paper="a4",
    place="Ilwaki",
)


# Command-line tools some tests read Netra's output with (poppler, zbar). CI on Linux installs
# them (scripts/install-system-deps.sh) and a missing one fails there; the Windows workflow
# has none of them, so on Windows only the tests that call a missing tool are skipped.
EXTERNAL_TOOLS = ("pdftoppm", "pdfinfo", "pdftotext", "zbarimg")
_tool_users: dict[str, list[str]] = {}


def _tools_missing_for(path: Path) -> list[str]:
    key = str(path)
    if key not in _tool_users:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = ""
        _tool_users[key] = [t for t in EXTERNAL_TOOLS if t in text and shutil.which(t) is None]
    return _tool_users[key]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if sys.platform == "win32":
            missing = _tools_missing_for(Path(str(item.fspath)))
            if missing:
                item.add_marker(
                    pytest.mark.skip(reason=f"not on this machine: {', '.join(missing)}")
                )
        names = getattr(item, "fixturenames", ())
        if "qapp" in names or "qtbot" in names:
            item.add_marker(pytest.mark.gui)
        # Any test that reaches the real server (directly or through a fixture using it) is a
        # PostgreSQL test: `-m "not postgres"` (the Windows workflow) must leave out all of them.
        if "pg_url" in names or "pg_ctx" in names:
            item.add_marker(pytest.mark.postgres)


# ---------------------------------------------------------------- GUI (pytest-qt)
def running_qt_work() -> list[str]:
    """Descriptions of QThreads, QTimers and thread pools still busy."""
    found: list[str] = []
    app = QCoreApplication.instance()
    main = app.thread() if app is not None else None
    if QThreadPool.globalInstance().activeThreadCount():
        found.append("the global QThreadPool still runs work")
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QTimer) and obj.isActive():
                found.append(f"active QTimer {obj.objectName() or obj!r} (parent {obj.parent()!r})")
            elif isinstance(obj, QThread) and obj.isRunning() and obj is not main:
                found.append(f"running QThread {obj!r}")
            elif isinstance(obj, QThreadPool) and obj.activeThreadCount():
                found.append(f"busy QThreadPool {obj!r}")
        except RuntimeError:  # the C++ object is already gone
            continue
    return found


@pytest.fixture(autouse=True)
def no_dangling_qt_work(request: pytest.FixtureRequest) -> Iterator[None]:
    from desktop.ui import i18n

    language = i18n._current
    yield
    # A test that starts the whole app (``app.main([... "--lang", "id"])``) installs the
    # Indonesian translators: take them away again, so what later tests read does not
    # depend on the order the tests ran in.
    app = QCoreApplication.instance()
    if app is not None and (i18n._installed or i18n._current != language):
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed.clear()
        i18n._current = language
    uses_qt = {"qapp", "qtbot"} & set(request.fixturenames)
    if not uses_qt or QCoreApplication.instance() is None:
        return
    QCoreApplication.processEvents()
    leaks = running_qt_work()
    if leaks:
        pytest.fail("test left Qt work running: " + "; ".join(leaks), pytrace=False)


@pytest.fixture
def ui(ctx: AppContext, qapp: object) -> Iterator[UiContext]:
    """A UiContext on the test office; waits for background work at the end."""
    handler = crash.install(ctx.log_dir, windows=False)
    runner = TaskRunner()
    context = UiContext(ctx, runner)
    yield context
    runner.wait()
    QCoreApplication.processEvents()
    handler.uninstall()
    crash.uninstall()


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the migrated schema and an initialised office (made once)."""
    base = tmp_path_factory.mktemp("template") / "data"
    ctx = AppContext.open(base)
    try:
        office.initialise(ctx, TEST_SETUP, ADMIN, PASSWORD, "Admin Uji")
    finally:
        ctx.close()
    return base


@pytest.fixture
def data_dir(template_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_dir, target)
    return target


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """An AppContext on a fresh copy of the template, acting as the administrator."""
    context = AppContext.open(data_dir)
    context.actor = Actor(ADMIN, "admin")
    yield context
    context.close()


@pytest.fixture
def empty_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """An AppContext on a migrated but not yet initialised data folder."""
    context = AppContext.open(tmp_path / "empty")
    yield context
    context.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        import json

        return json.loads(self.out)


CliRunner = Callable[..., CliResult]


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run ``netra`` in-process on the test data folder as the administrator."""
    from desktop.cli.main import main

    monkeypatch.setenv("NETRA_USER", ADMIN)
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    monkeypatch.delenv("NETRA_DATABASE_URL", raising=False)

    def run(*argv: str, data: Path | None = None) -> CliResult:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(["--data-dir", str(data or data_dir), *argv])
            except SystemExit as exc:
                code = int(exc.code or 0)
        return CliResult(code, out.getvalue(), err.getvalue())

    return run


@pytest.fixture(scope="session")
def pg_url() -> str:
    """URL of the real PostgreSQL server started by scripts/pg-test-server.sh (never skipped)."""
    url = os.environ.get("NETRA_TEST_PG_URL")
    if not url:
        pytest.fail(
            "NETRA_TEST_PG_URL is not set: run the suite through `make test`, which "
            "starts a PostgreSQL server (scripts/pg-test-server.sh)"
        )
    return url


@pytest.fixture
def pg_ctx(pg_url: str, tmp_path: Path) -> Iterator[AppContext]:
    """An initialised office on a fresh PostgreSQL schema (dropped afterwards)."""
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{pg_url}?options=-csearch_path%3D{schema}"
    context = AppContext.open(tmp_path / "pgdata", url)
    office.initialise(context, TEST_SETUP, ADMIN, PASSWORD, "Admin Uji")
    context.actor = Actor(ADMIN, "admin")
    yield context
    context.close()
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin_engine.dispose()
