"""Work units as every capability reads them: the tombstone filter, a unit by its code, and
the subtree of a unit (the unit and everything under it).

One definition each, so that a unit deleted by a sync tombstone is left out the same way
by the roster (``--unit``, the unit tree), pact printing (``--unit``) and signing events:
a deleted unit is not found by its code, and neither it nor what hangs under it counts in
a subtree unless a caller asks for ``include_deleted``. These need only a session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop.domain.errors import UNIT_NOT_FOUND
from desktop.store.models import Unit

__all__ = [
    "live",
    "live_units",
    "subtree_ids",
    "unit_by_code",
    "units_by_code",
    "walk_down",
]


def live() -> ColumnElement[bool]:
    """The tombstone filter: a unit not deleted (``select(Unit).where(live())``)."""
    return Unit.deleted_at.is_(None)


def live_units(session: Session, *, order_by: Any = None) -> list[Unit]:
    """Every unit not deleted, by code (or ``order_by``)."""
    stmt = select(Unit).where(live()).order_by(Unit.code if order_by is None else order_by)
    return list(session.scalars(stmt))


def unit_by_code(session: Session, code: str, *, emitted: str | None = None) -> Unit:
    """The live unit with this code (spaces around it aside). A deleted or unknown code is
    ``unit_not_found``; ``emitted`` is the older spelling a command keeps writing
    (``unit_unknown``, see ``domain/errors.py``)."""
    key = (code or "").strip()
    unit = session.scalars(select(Unit).where(Unit.code == key, live())).first()
    if unit is None:
        raise UNIT_NOT_FOUND.error(emitted=emitted, unit=code, unit_code=code)
    return unit


def units_by_code(session: Session, codes: Iterable[str]) -> dict[str, Unit]:
    """The live units among ``codes`` (stripped), by code; a code missing here is unknown
    or deleted."""
    keys = sorted({c.strip() for c in codes if c and c.strip()})
    if not keys:
        return {}
    rows = session.scalars(select(Unit).where(Unit.code.in_(keys), live()))
    return {u.code: u for u in rows}


def walk_down(parent_of: Mapping[str, str | None], roots: Iterable[str]) -> list[str]:
    """``roots`` and every id under them in the tree ``parent_of`` (id -> parent id), each
    once, roots first; a cycle (never made by Netra) ends the walk instead of looping. The
    one tree walk: :func:`subtree_ids` runs it on the database, the roster page on the unit
    list it already holds."""
    children: dict[str | None, list[str]] = {}
    for uid, parent in parent_of.items():
        children.setdefault(parent, []).append(uid)
    out: list[str] = []
    seen: set[str] = set()
    stack = list(dict.fromkeys(roots))[::-1]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        out.append(current)
        stack.extend(reversed(children.get(current, [])))
    return out


def subtree_ids(
    session: Session, unit_id: str | Iterable[str], include_deleted: bool = False
) -> set[str]:
    """Ids of a unit (or several) and everything under it. Deleted units are left out, and
    with them what hangs under them, unless ``include_deleted``; a deleted root gives the
    empty set."""
    roots = [unit_id] if isinstance(unit_id, str) else list(unit_id)
    if not roots:
        return set()
    stmt = select(Unit.id, Unit.parent_id)
    if not include_deleted:
        stmt = stmt.where(live())
    parent_of: dict[str, str | None] = {row[0]: row[1] for row in session.execute(stmt)}
    return set(walk_down(parent_of, [r for r in roots if r in parent_of]))
