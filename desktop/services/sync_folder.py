"""Automatic sync through a folder (a share at the kabupaten, a cloud-synced folder).

Layout inside the folder: ``ke-kabupaten/`` holds offices' packages for the hub;
``dari-kabupaten/<office code>/`` holds the hub's answers. Whenever the folder is reachable,
an office exports what is new and imports its answers; the hub imports its inbox and answers
the offices it heard from. An unreachable folder is normal: nothing happens, nothing fails.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.services import sync
from desktop.services.context import AppContext
from desktop.store.models import SyncLedger, SyncPeer
from desktop.sync import format as fmt

SETTING = "sync.folder"
DONE = "sync.folder.done"
INBOX = "ke-kabupaten"
OUTBOX = "dari-kabupaten"
INTERVAL_SECONDS = 300


def configure(ctx: AppContext, folder: str | None) -> None:
    ctx.require("sync.export")
    with ctx.tx() as session:
        ctx.set_setting(session, SETTING, str(Path(folder).expanduser()) if folder else None)


def folder_of(ctx: AppContext) -> Path | None:
    with ctx.read() as session:
        value = ctx.get_setting(session, SETTING)
    return Path(value) if value else None


def describe(ctx: AppContext) -> dict[str, Any]:
    folder = folder_of(ctx)
    return {
        "folder": str(folder) if folder else None,
        "reachable": bool(folder and _reachable(folder)),
    }


def text(result: dict[str, Any]) -> str:
    if not result.get("folder"):
        return "Folder sinkronisasi belum diatur."
    if not result.get("reachable"):
        return f"Folder {result['folder']} tidak terjangkau sekarang; dicoba lagi nanti."
    lines = [f"Folder {result['folder']} terjangkau."]
    for item in result.get("exported", []):
        lines.append(f"  diekspor: {Path(item['path']).name}")
    for item in result.get("imported", []):
        lines.append(f"  diimpor: {Path(item['file']).name} ({item['status']})")
    return "\n".join(lines)


def _reachable(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.W_OK)
    except OSError:
        return False


def _new_files(ctx: AppContext, folder: Path) -> list[Path]:
    try:
        files = sorted(p for p in folder.glob(f"*.{fmt.EXTENSION}") if p.is_file())
    except OSError:
        return []
    with ctx.read() as session:
        done = set(ctx.get_setting(session, DONE, []))
    return [p for p in files if p.name not in done]


def _remember(ctx: AppContext, names: list[str]) -> None:
    if not names:
        return
    with ctx.tx() as session:
        done = list(ctx.get_setting(session, DONE, []))
        done = (done + names)[-5000:]
        ctx.set_setting(session, DONE, done)


def _import_from(ctx: AppContext, folder: Path) -> list[sync.ImportOutcome]:
    outcomes = []
    finished = []
    for path in _new_files(ctx, folder):
        outcome = sync.import_file(ctx, path)
        outcomes.append(outcome)
        # A rejected file may be a copy still in progress: try it again next time.
        if outcome.status != "rejected" or outcome.reason not in ("truncated", "unreadable"):
            finished.append(path.name)
    _remember(ctx, finished)
    return outcomes


def _own_marks(ctx: AppContext) -> tuple[int, dict[str, int]]:
    from sqlalchemy import func

    from desktop.services import sync_rows as sr

    revision, chains = 0, {}
    with ctx.read() as session:
        me = ctx.office(session).code
        for spec in sr.sync_tables():
            t = spec.table
            if spec.kind == "versioned":
                top = session.scalar(select(func.max(t.c.revision)).where(t.c.revised_by == me))
                revision = max(revision, int(top or 0))
            else:
                top = session.scalar(select(func.max(t.c.chain_seq)).where(t.c.origin == me))
                if top:
                    chains[spec.name] = int(top)
    return revision, chains


def _office_needs_export(ctx: AppContext) -> bool:
    """Export when we changed something since the last package, or an answer came since."""
    import json

    with ctx.read() as session:
        hub = session.scalar(
            select(SyncPeer).where(SyncPeer.role == "hub", SyncPeer.status == "active")
        )
        if hub is None:
            return False
        last = session.scalar(
            select(SyncLedger)
            .where(SyncLedger.direction == "out", SyncLedger.peer_code == hub.office_code)
            .order_by(SyncLedger.created_at.desc())
        )
        if last is None:
            return True
        if hub.last_in_at is not None and hub.last_in_at > last.created_at:
            return True
        # What the hub already has or what we already sent needs no new package.
        sent_rev = max(int(last.max_revision), int(hub.acked_revision or 0))
        sent_chains = json.loads(last.chains_json or "{}")
        for table, seq in json.loads(hub.acked_chains_json or "{}").items():
            sent_chains[table] = max(int(seq), int(sent_chains.get(table, 0)))
    revision, chains = _own_marks(ctx)
    return revision > sent_rev or any(seq > int(sent_chains.get(t, 0)) for t, seq in chains.items())


def run_once(ctx: AppContext) -> dict[str, Any]:
    """One pass; safe to call at start and every few minutes from a background task."""
    folder = folder_of(ctx)
    result: dict[str, Any] = {
        "folder": str(folder) if folder else None,
        "reachable": False,
        "exported": [],
        "imported": [],
    }
    if folder is None or not _reachable(folder):
        return result
    result["reachable"] = True
    with ctx.read() as session:
        me = ctx.office(session)
        role, code = me.role, me.code
    try:
        if role == "office":
            outcomes = _import_from(ctx, folder / OUTBOX / code)
            if _office_needs_export(ctx):
                result["exported"] = [r.to_json() for r in sync.export(ctx, folder / INBOX)]
        else:
            outcomes = _import_from(ctx, folder / INBOX)
            heard = sorted({o.sender for o in outcomes if o.status == "applied"})
            for office in heard:
                exported = sync.export(ctx, folder / OUTBOX / office, office=office)
                result["exported"] += [r.to_json() for r in exported]
        result["imported"] = [o.to_json() for o in outcomes]
    except NetraError as exc:
        if exc.code in ("write_failed", "no_hub", "no_offices"):
            result["error"] = exc.message_id
            return result
        raise
    return result
