"""Sync conflicts and tamper alerts kept by the merge, and a person's resolution of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Self

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.services import audit
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit
from desktop.services.sync.outcome import IMPORT_CHANGES
from desktop.store.base import utcnow
from desktop.store.lookup import by_id_or_prefix
from desktop.store.models import SyncConflict
from desktop.sync import rows as sr


@dataclass(frozen=True)
class Conflict:
    """A conflict or tamper alert the merge kept, as ``sync conflicts --json`` lists it."""

    id: str
    kind: str  # conflict | tamper | held | ...
    entity: str  # the table
    entity_id: str
    incoming_origin: str
    provisional_winner: str  # local | incoming
    reason: str
    detected_at: str  # ISO
    resolved_at: str | None
    resolution: str | None  # local | incoming
    resolved_by: str | None
    local: dict[str, Any] | None  # the row's columns here / in the package (JSON values)
    incoming: dict[str, Any] | None
    package_sha256: str

    @classmethod
    def of(cls, c: SyncConflict) -> Self:
        return cls(
            id=c.id,
            kind=c.kind,
            entity=c.entity,
            entity_id=c.entity_id,
            incoming_origin=c.incoming_origin,
            provisional_winner=c.provisional_winner,
            reason=c.reason,
            detected_at=c.detected_at.isoformat(),
            resolved_at=c.resolved_at.isoformat() if c.resolved_at else None,
            resolution=c.resolution,
            resolved_by=c.resolved_by,
            local=json.loads(c.local_json) if c.local_json else None,
            incoming=json.loads(c.incoming_json) if c.incoming_json else None,
            package_sha256=c.package_sha256,
        )

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` keys (a contract), in this order."""
        return {f: getattr(self, f) for f in _CONFLICT_FIELDS}


_CONFLICT_FIELDS = tuple(Conflict.__dataclass_fields__)

#: Keeping the version that was not current re-applies it as an edit here: a row of any
#: area a package may bring.
REAPPLY_CHANGES = IMPORT_CHANGES


@dataclass(frozen=True)
class Resolved(Conflict):
    """:func:`resolve`: the conflict as it is now (``sync resolve --json``); ``changes`` the
    conflict list, and the row's area too when the other version was re-applied."""

    changes: frozenset[Area] = field(default=frozenset({Area.SYNC}), compare=False)


def conflicts(ctx: AppContext, *, include_resolved: bool = False) -> list[Conflict]:
    ctx.require("view")
    with ctx.read() as session:
        stmt = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if not include_resolved:
            stmt = stmt.where(SyncConflict.resolved_at.is_(None))
        return [Conflict.of(c) for c in session.scalars(stmt)]


def resolve(ctx: AppContext, conflict_id: str, keep: str) -> Resolved:
    """A person decides. Keeping the version that is not current re-applies it as a new edit
    here (new revision), so it travels onward like any other change."""
    actor = ctx.require("sync.resolve")
    if keep not in ("local", "incoming"):
        raise NetraError(
            "bad_choice",
            "Pilih --keep local atau --keep incoming.",
            "Choose --keep local or --keep incoming.",
        )
    with ctx.tx() as session:
        c = by_id_or_prefix(session, SyncConflict, conflict_id)
        if c is None:
            raise NetraError(
                "unknown_conflict",
                f"Konflik {conflict_id} tidak ditemukan.",
                f"Conflict {conflict_id} not found.",
            )
        if c.resolved_at is not None:
            raise NetraError(
                "already_resolved",
                "Konflik ini sudah diselesaikan.",
                "This conflict is already resolved.",
            )
        if keep == "incoming" and c.kind != "conflict":
            raise NetraError(
                "cannot_keep_incoming",
                "Versi masuk dari peringatan ini tidak dapat dipakai: catatan bukti "
                "tidak pernah diubah. Simpan versi di sini; versi masuk tetap "
                "tercatat.",
                "The incoming version cannot be kept for this kind.",
            )
        reapplied = keep != c.provisional_winner and c.kind == "conflict"
        if reapplied:
            chosen = json.loads(c.local_json if keep == "local" else c.incoming_json)
            _reapply(ctx, session, c.entity, c.entity_id, chosen)
        c.resolved_at, c.resolved_by, c.resolution = utcnow(), actor.username, keep
        audit.record(
            ctx,
            session,
            "sync.resolve",
            c.entity,
            c.entity_id,
            {"conflict": c.id, "kind": c.kind, "keep": keep},
        )
        done = Resolved.of(c)
        return replace(done, changes=REAPPLY_CHANGES) if reapplied else done


def _reapply(
    ctx: AppContext, session: Session, entity: str, row_id: str, chosen: dict[str, Any]
) -> None:
    spec = sr.table_by_name()[entity]
    row = session.get(spec.model, row_id)
    if row is None:
        raise NetraError("row_missing", "Baris yang berkonflik tidak ada lagi.", "Row missing.")
    meta = {"id", "origin", "_sync_base"} | set(type(row).SYNC_META)
    cols = [c for c in chosen if c in spec.columns and c not in meta]
    values = sr.decode_rows(spec, cols, [[chosen[c] for c in cols]])[0]
    for key, value in values.items():
        setattr(row, key, value)
    stamp_edit(ctx, session, row)
