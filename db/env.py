"""Alembic environment. Configured from code by ``desktop.store.migrate``; no alembic.ini."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from desktop.store import models  # noqa: F401  (registers every table)
from desktop.store.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Render our TypeDecorators as their plain SQL types so revisions import nothing of ours."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Autogenerate may be told to leave some tables for a later revision (scripts only)."""
    excluded: set[str] = config.attributes.get("exclude_tables", set())
    table = obj.name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table not in excluded


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Netra runs migrations with a connection passed in attributes")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move in batch mode
        compare_type=True,
        compare_server_default=True,
        render_item=render_item,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
