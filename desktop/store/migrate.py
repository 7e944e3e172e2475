"""Schema upgrades at start-up, Alembic configured from code (no alembic.ini at runtime)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError

from desktop.domain.errors import NetraError
from desktop.resources import root
from desktop.store.backup import backup_sqlite, finish_interrupted_restore, sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    """Only ``script_location`` names a path: its ``versions/`` folder is where Alembic looks
    by default. ``version_locations`` is a list that Alembic splits (on spaces before 1.16,
    so Netra installed under "C:\\Program Files" or "C:\\Users\\Siti Rahma" found no
    revision and created no schema), and every option goes through configparser, where a
    ``%`` in the install path is interpolation: it is doubled."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("script_location", str(root() / "db").replace("%", "%%"))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    return cfg


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if not heads:
        return None
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def shipped_revisions() -> list[str]:
    """Revision ids shipped with this Netra, oldest first (file names ``NNNN_slug.py``)."""
    return sorted(
        p.name[:4] for p in (root() / "db" / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")
    )


def shipped_head() -> str | None:
    """The newest revision shipped. Cheap: start-up compares it with the database without
    importing Alembic at all."""
    numbers = shipped_revisions()
    return numbers[-1] if numbers else None


def stored_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DatabaseError:
        return None


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade(
    engine: Engine, revision: str = "head", backup_dir: Path | None = None
) -> UpgradeResult:
    """Bring the schema to ``revision``. An existing SQLite database is backed up first.

    A restore interrupted while it switched the database and the keys is completed (or its
    staging discarded) before the database is read."""
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        outcome = finish_interrupted_restore(sqlite_path(engine))
        if outcome is not None:
            log.warning("an interrupted restore was found at start: %s", outcome)
    if revision == "head":
        stored = stored_revision(engine)
        if stored is not None and stored == shipped_head():
            return UpgradeResult(stored, stored, None)
        if stored is not None and stored not in shipped_revisions():
            raise NetraError(
                "schema_newer",
                f"Basis data ini dibuat oleh versi Netra yang lebih baru (skema {stored}). "
                "Perbarui Netra di laptop ini; data tidak diubah.",
                f"This database was written by a newer Netra (schema {stored}). "
                "Update Netra on this laptop; nothing was changed.",
            )
    from alembic import command

    before = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    backup: Path | None = None
    if before == target or target is None:
        return UpgradeResult(before, target or "", None)
    if before is not None and backup_dir is not None and engine.dialect.name == "sqlite":
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_dir / f"pre-upgrade-{before}-{stamp}.sqlite3"
        backup_sqlite(engine, backup)
        log.info("backed up database to %s before upgrading from %s", backup, before)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return UpgradeResult(before, target, backup)
