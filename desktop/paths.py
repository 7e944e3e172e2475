"""Where the user's data lives. No Qt here: the CLI and the GUI resolve it the same way."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "netra.sqlite3"


def default_data_dir() -> Path:
    """``%LOCALAPPDATA%\\Netra`` on Windows, ``~/.local/share/netra`` on Linux."""
    return Path(platformdirs.user_data_dir("netra", appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``NETRA_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get("NETRA_DATA_DIR")
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILENAME).as_posix()}"


def resolve_database_url(data_dir: Path, explicit: str | None = None) -> str:
    """``--database-url`` wins, then ``NETRA_DATABASE_URL``, then the SQLite file in the data dir."""
    return explicit or os.environ.get("NETRA_DATABASE_URL") or sqlite_url(data_dir)


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path
