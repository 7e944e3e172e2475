"""Every user-facing GUI string has a finished Indonesian translation."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "netra_translations", ROOT / "build" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gui_string_is_translated() -> None:
    missing = load_tool().missing()
    assert not missing, "untranslated GUI strings (run build/translations.py update/fill):\n" + (
        "\n".join(missing)
    )
