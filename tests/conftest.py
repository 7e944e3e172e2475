"""Shared fixtures. The schema always comes from the real migrations, never ``create_all``:
a session-wide template data folder is migrated and set up once, then copied per test."""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Set before anything can make a QApplication, and inherited by the app processes some tests
# start (plain environment variables: they need no Qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETRA_NO_ERR_WINDOWS", "1")

from desktop.services.context import AppContext
from tests.builders import ADMIN, new_install, office_setup, open_as_admin

PASSWORD = "rahasia-123"

TEST_SETUP = office_setup()  # Kecamatan Wetar, 81.08.06


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


# ---------------------------------------------------------------- Qt, only when there is Qt
# The Qt fixtures (``ui``, the check that no test leaves Qt work running) are the plugin
# tests/qt_fixtures.py, loaded only when PySide6 imports and pytest-qt runs (without pytest-qt
# no test can have a QApplication). So this file imports no Qt and the core tests run on an
# installation without it: tests/foundation/test_core_without_qt.py checks that.
QT_PLUGIN = "tests.qt_fixtures"
PYTEST_QT = "pytest-qt"
# pytest-qt's settings in pyproject.toml: accepted (and unused) when pytest-qt is not
# there, so that `--strict-config` does not refuse the run.
_PYTEST_QT_INI = ("qt_api", "qt_log_level_fail", "qt_log_ignore")


def qt_available() -> bool:
    try:
        import PySide6.QtCore  # noqa: F401
    except ImportError:
        return False
    return True


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    if not pluginmanager.has_plugin(PYTEST_QT):
        for name in _PYTEST_QT_INI:
            parser.addini(name, f"pytest-qt setting (pytest-qt is not loaded): {name}")


def pytest_configure(config: pytest.Config) -> None:
    if config.pluginmanager.has_plugin(PYTEST_QT) and qt_available():
        config.pluginmanager.import_plugin(QT_PLUGIN)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(
    collector: pytest.Collector,
) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
    """Without PySide6, a test module that imports Qt is skipped (as ``importorskip`` would),
    not a collection error; with PySide6 installed nothing changes."""
    report = yield
    if (
        report.failed
        and isinstance(collector, pytest.Module)
        and "No module named 'PySide6'" in str(report.longrepr)
        and not qt_available()
    ):
        report.outcome = "skipped"
        report.longrepr = (str(collector.path), 0, "Skipped: needs PySide6 (not installed)")
    return report


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


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the migrated schema and an initialised office (made once)."""
    base = tmp_path_factory.mktemp("template") / "data"
    new_install(base, TEST_SETUP, PASSWORD, admin_name="Admin Uji").close()
    return base


@pytest.fixture
def data_dir(template_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template_dir, target)
    return target


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    """An AppContext on a fresh copy of the template, acting as the administrator."""
    context = open_as_admin(data_dir)
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

    def json_object(self) -> dict[str, Any]:
        """The JSON document printed, which must be an object."""
        value = self.json()
        assert isinstance(value, dict), value
        return value

    def json_list(self) -> list[Any]:
        """The JSON document printed, which must be a list."""
        value = self.json()
        assert isinstance(value, list), value
        return value


CliRunner = Callable[..., CliResult]


def run_netra(data: Path, *argv: str) -> CliResult:
    """``netra --data-dir DATA ARGV...`` in-process, its output captured (the user and the
    password come from the environment, as for a user: NETRA_USER, NETRA_PASSWORD)."""
    from desktop.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data), *argv])
        except SystemExit as exc:
            code = int(exc.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Run ``netra`` in-process on the test data folder as the administrator."""
    monkeypatch.setenv("NETRA_USER", ADMIN)
    monkeypatch.setenv("NETRA_PASSWORD", PASSWORD)
    monkeypatch.delenv("NETRA_DATABASE_URL", raising=False)

    def run(*argv: str, data: Path | None = None) -> CliResult:
        return run_netra(data or data_dir, *argv)

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
    context = new_install(
        tmp_path / "pgdata", TEST_SETUP, PASSWORD, admin_name="Admin Uji", database_url=url
    )
    yield context
    context.close()
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin_engine.dispose()
