"""Frozen entry point of the ``netra-console`` support twin (see installer.spec)."""

from __future__ import annotations

from desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
