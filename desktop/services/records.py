"""Writing rows the way sync needs them: stamped versions, tombstones, chained evidence
(appended by ``desktop/store/evidence.py``)."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.services.context import AppContext
from desktop.store import evidence
from desktop.store.base import EvidenceMixin, SyncedMixin, new_id, utcnow

S = TypeVar("S", bound=SyncedMixin)
E = TypeVar("E", bound=EvidenceMixin)


def stamp_new(ctx: AppContext, session: Session, row: S) -> S:
    """Give a new synced row its id, origin, times and first revision, and add it."""
    office = ctx.office(session)
    now = utcnow()
    if not getattr(row, "id", None):
        row.id = new_id()
    row.origin = office.code
    row.created_at = now
    row.updated_at = now
    row.base_revision = 0
    row.revision = ctx.next_revision(session)
    row.revised_by = office.code
    session.add(row)
    return row


def stamp_edit(ctx: AppContext, session: Session, row: S) -> S:
    """Record that ``row`` was edited here: new revision, based on the one it had."""
    office = ctx.office(session)
    row.base_revision = row.revision
    row.revision = ctx.next_revision(session)
    row.revised_by = office.code
    row.updated_at = utcnow()
    return row


def tombstone(ctx: AppContext, session: Session, row: S) -> S:
    row.deleted_at = utcnow()
    return stamp_edit(ctx, session, row)


# The chain bookkeeping lives with the rest of the evidence rule; these names stay for callers.
chain_tail = evidence.chain_tail
head_key = evidence.head_key
break_key = evidence.break_key


def append_evidence(ctx: AppContext, session: Session, row: E) -> E:
    """Append an evidence row to this laptop's chain of its kind (this office, this device),
    sealing it with its hash (``desktop/store/evidence.py`` owns the rule)."""
    office = ctx.office(session)
    return evidence.append(session, row, office.code, office.device_code or "")
