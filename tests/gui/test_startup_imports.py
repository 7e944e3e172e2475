"""Start-up stays light: the modules a start needs before the main window is shown do not
import the PDF, image, spreadsheet or crypto libraries, nor the pages not on screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY: tuple[str, ...] = (
    "reportlab",
    "PIL",
    "openpyxl",
    "python_calamine",
    "cryptography",
    "segno",
)
HEAVY += ("hypothesis", "alembic")

# What `netra-gui` imports up to the first window: the launcher, the window, the home page
# (the default first page) and the services the start-up steps call.
START_MODULES = (
    "desktop.ui.app",
    "desktop.ui.main_window",
    "desktop.ui.pages.home",
    "desktop.services.dashboard",
    "desktop.services.accounts",
    "desktop.services.office",
)

PROBE = f"""
import importlib, json, sys
for name in {START_MODULES!r}:
    importlib.import_module(name)
loaded = {{m.split(".")[0] for m in sys.modules}}
pages = sorted(m for m in sys.modules if m.startswith("desktop.ui.pages."))
print(json.dumps({{"heavy": sorted(loaded & set({HEAVY!r})), "pages": pages}}))
"""


def test_start_up_modules_leave_heavy_libraries_and_other_pages_alone() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["heavy"] == []
    assert found["pages"] == ["desktop.ui.pages.home"]


ORDER_PROBE = """
import json, sys
late = []
class Watch:
    def find_spec(self, name, path=None, target=None):
        if "PySide6" in sys.modules and name.startswith(("sqlalchemy", "desktop.s", "desktop.d")):
            late.append(name)
sys.meta_path.insert(0, Watch())
import desktop.ui.app
print(json.dumps(late))
"""


def test_the_database_stack_is_imported_before_pyside6() -> None:
    # PySide6's import hook reads the source of every module imported after it: SQLAlchemy,
    # the models and the services must come first (desktop/ui/app.py, top of the file).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", ORDER_PROBE], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out.strip().splitlines()[-1]) == []
