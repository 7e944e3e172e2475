"""Schema upgrades at start-up, Alembic configured from code (no alembic.ini at runtime)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.resources import root
from desktop.store.backup import backup_sqlite

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("script_location", str(root() / "db"))
    cfg.set_main_option("version_locations", str(root() / "db" / "versions"))
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    return cfg


def head_revision() -> str | None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if not heads:
        return None
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
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
    """Bring the schema to ``revision``. An existing SQLite database is backed up first."""
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
