"""The one place that knows where shipped files live (source tree or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """Folder that holds ``resources/`` and ``db/``: the repo root, or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("rulebook", "netralitas-2022.json")``."""
    return root().joinpath("resources", *parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return resource_path(*parts).read_bytes()
