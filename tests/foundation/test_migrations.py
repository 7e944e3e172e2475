"""The migrations are the schema: they must agree with the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from desktop.store.base import Base
from desktop.store.engine import make_engine
from desktop.store.migrate import current_revision, head_revision, upgrade


def _diff(engine: Engine) -> list[object]:
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(mc, Base.metadata))


def test_migrations_match_models_sqlite(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/m.sqlite3")
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    assert _diff(engine) == []
    engine.dispose()


def test_migrations_match_models_postgres(pg_url: str) -> None:
    import uuid

    from sqlalchemy import create_engine, text

    schema = f"m_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        engine = make_engine(f"{pg_url}?options=-csearch_path%3D{schema}")
        upgrade(engine)
        assert "employee" in inspect(engine).get_table_names()
        assert _diff(engine) == []
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/p.sqlite3")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    engine.dispose()


def test_shipped_head_matches_alembic() -> None:
    """Start-up skips importing Alembic by reading the head from the revision file names."""
    from desktop.store.migrate import shipped_head

    assert shipped_head() == head_revision()


def test_startup_fast_path_skips_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop.store.engine import make_engine\n"
        "from desktop.store.migrate import upgrade\n"
        f"e = make_engine('sqlite:///{tmp_path}/f.sqlite3')\n"
        "upgrade(e)\n"
        "for m in [m for m in sys.modules if m.startswith('alembic')]: del sys.modules[m]\n"
        "upgrade(e)\n"
        "print(any(m.startswith('alembic') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_database_from_a_newer_netra_is_refused_untouched(tmp_path: Path) -> None:
    import pytest

    from desktop.domain.errors import NetraError

    engine = make_engine(f"sqlite:///{tmp_path}/n.sqlite3")
    upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NetraError) as err:
        upgrade(engine, backup_dir=tmp_path / "backups")
    assert err.value.code == "schema_newer"
    assert "lebih baru" in err.value.message_id
    assert not (tmp_path / "backups").exists()
    engine.dispose()
