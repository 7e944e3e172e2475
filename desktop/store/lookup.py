"""Finding a row by what a person typed: its id, or a unique prefix of it (``netra device
revoke 3f2a``). One place, so the prefix is matched literally: ``%`` and ``_`` in what was
typed are not LIKE wildcards."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

T = TypeVar("T")


def by_id_or_prefix(session: Session, model: type[T], text: str) -> T | None:
    """The row whose id is ``text``, else the only row whose id starts with it (None when
    there is none or more than one)."""
    row = session.get(model, text)
    if row is not None or not text:
        return row
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    column: Any = model.id  # type: ignore[attr-defined]  # every synced model has an id
    found = session.scalars(
        select(model).where(column.like(f"{escaped}%", escape="\\")).limit(2)
    ).all()
    return found[0] if len(found) == 1 else None
