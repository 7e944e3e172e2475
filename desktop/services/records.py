"""Writing rows the way sync needs them: stamped versions, tombstones, chained evidence."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.canonical import GENESIS, chain_hash
from desktop.services.context import AppContext
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


def chain_tail(session: Session, model: type[E], origin: str) -> tuple[int, str]:
    """(last chain_seq, last sha256) of ``origin``'s chain in ``model``."""
    last_seq = session.scalar(select(func.max(model.chain_seq)).where(model.origin == origin))
    if not last_seq:
        return 0, GENESIS
    sha = session.scalar(
        select(model.sha256).where(model.origin == origin, model.chain_seq == last_seq)
    )
    return int(last_seq), sha or GENESIS


def _apply_scalar_defaults(row: object) -> None:
    """Fill unset columns with their scalar defaults now, not at flush: the hash must cover
    exactly the values that will be stored (``reason=""`` rather than ``None``)."""
    table = row.__table__  # type: ignore[attr-defined]
    for column in table.columns:
        default = column.default
        if default is None or not default.is_scalar:
            continue
        if getattr(row, column.key, None) is None:
            setattr(row, column.key, default.arg)


def append_evidence(ctx: AppContext, session: Session, row: E) -> E:
    """Append an evidence row to this office's chain of its kind, sealing it with its hash."""
    office = ctx.office(session)
    model = type(row)
    seq, prev = chain_tail(session, model, office.code)
    if not getattr(row, "id", None):
        row.id = new_id()
    row.origin = office.code
    row.chain_seq = seq + 1
    if getattr(row, "created_at", None) is None:
        row.created_at = utcnow()
    _apply_scalar_defaults(row)
    row.prev_sha256 = prev
    row.sha256 = chain_hash(row.canonical_content(), prev)
    session.add(row)
    session.flush()
    table: str = model.__table__.name  # type: ignore[attr-defined]
    ctx.set_setting(session, f"chain_head.{table}", [row.chain_seq, row.sha256])
    return row
