"""Autogenerate an Alembic revision from the models: ``python scripts/make_migration.py MSG``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.store.engine import make_engine
from desktop.store.migrate import alembic_config, upgrade


def main() -> None:
    args = sys.argv[1:]
    exclude: set[str] = set()
    if args and args[0].startswith("--exclude="):
        exclude = set(args.pop(0).split("=", 1)[1].split(","))
    message = " ".join(args) or "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/scratch.sqlite3")
        upgrade(engine)
        cfg = alembic_config()
        # Revisions live in <script_location>/versions (the only location Netra configures).
        versions = Path(cfg.get_main_option("script_location") or "") / "versions"
        if not versions.is_dir():
            raise SystemExit(f"make_migration: no versions folder at {versions}")
        numbers = [int(p.name[:4]) for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")]
        rev_id = f"{max(numbers, default=0) + 1:04d}"
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            cfg.attributes["exclude_tables"] = exclude
            command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id)


if __name__ == "__main__":
    main()
