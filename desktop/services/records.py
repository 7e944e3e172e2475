"""Writing rows the way sync needs them: stamped versions, tombstones, chained evidence."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

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


def chain_tail(session: Session, model: type[E], origin: str, device: str = "") -> tuple[int, str]:
    """(last chain_seq, last sha256) of the chain of ``origin``'s ``device`` in ``model``
    (chains are per office and device: docs/sync-format.md, "Devices"), as stored.

    A malformed stored value (a ``chain_seq`` that is not a number) is passed over here:
    ``audit verify`` names it; appending must not fail on it."""
    rows = session.execute(
        select(type_coerce(model.chain_seq, NullType()), type_coerce(model.sha256, NullType()))
        .where(
            model.origin == origin,
            model.device == device,
            model.chain_seq.between(1, 2**31 - 1),
        )
        .order_by(model.chain_seq.desc())
        .limit(50)
    ).all()
    for seq, sha in rows:
        if isinstance(seq, int) and not isinstance(seq, bool):
            return seq, sha if isinstance(sha, str) else GENESIS
    return 0, GENESIS


def head_key(table: str) -> str:
    """The setting holding this office's chain head ``[chain_seq, sha256]`` of ``table``."""
    return f"chain_head.{table}"


def break_key(table: str) -> str:
    """The setting listing the times an append found ``table``'s chain not ending at its head."""
    return f"chain_break.{table}"


def stored_head(ctx: AppContext, session: Session, table: str) -> tuple[int, str] | None:
    """This office's recorded head of ``table``'s chain; None when missing or unreadable."""
    try:
        value = ctx.get_setting(session, head_key(table))
    except (TypeError, ValueError):  # malformed JSON: audit verify reports it
        return None
    if (
        isinstance(value, list)
        and len(value) == 2
        and isinstance(value[0], int)
        and not isinstance(value[0], bool)
        and value[0] >= 0
        and isinstance(value[1], str)
    ):
        return value[0], value[1]
    return None


def stored_breaks(ctx: AppContext, session: Session, table: str) -> list[Any]:
    """What :func:`append_evidence` wrote down each time a chain did not end at its head."""
    try:
        value = ctx.get_setting(session, break_key(table), [])
    except (TypeError, ValueError):
        return ["unreadable"]
    return value if isinstance(value, list) else ["unreadable"]


def _next_position(
    ctx: AppContext, session: Session, model: type[E], table: str, origin: str, device: str
) -> tuple[int, str]:
    """Where the next row of this office's chain goes: after the stored head, never after
    whatever rows happen to be left. When the stored rows do not end at the head (rows
    deleted, replaced or added behind Netra's back, or the head itself missing or damaged),
    the chain is not "repaired": the new row still follows the head (or the last row, if rows
    beyond the head exist, so positions stay unique), the mismatch is written down in
    :func:`break_key`, and ``audit verify`` reports both."""
    tail = chain_tail(session, model, origin, device)
    head = stored_head(ctx, session, table)
    if head == tail or (head is None and tail[0] == 0):
        return tail
    breaks = stored_breaks(ctx, session, table)
    breaks.append(
        {
            "head": list(head) if head is not None else None,
            "tail": list(tail),
            "next": max(head[0] if head else 0, tail[0]) + 1,
            "at": utcnow().isoformat(),
        }
    )
    ctx.set_setting(session, break_key(table), breaks)
    return head if head is not None and head[0] >= tail[0] else tail


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
    """Append an evidence row to this laptop's chain of its kind (this office, this device),
    sealing it with its hash."""
    office = ctx.office(session)
    model = type(row)
    table: str = model.__table__.name  # type: ignore[attr-defined]
    device = office.device_code or ""
    seq, prev = _next_position(ctx, session, model, table, office.code, device)
    if not getattr(row, "id", None):
        row.id = new_id()
    row.origin = office.code
    row.device = device
    row.chain_seq = seq + 1
    if getattr(row, "created_at", None) is None:
        row.created_at = utcnow()
    _apply_scalar_defaults(row)
    row.prev_sha256 = prev
    row.sha256 = chain_hash(row.canonical_content(), prev)
    session.add(row)
    session.flush()
    ctx.set_setting(session, head_key(table), [row.chain_seq, row.sha256])
    return row
