"""Frozen entry point of the windowed ``Netra`` executable (see installer.spec)."""

from __future__ import annotations

from desktop.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
