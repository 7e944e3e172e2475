"""Automatic sync through a folder (a share at the kabupaten, a cloud-synced folder).

Layout inside the folder: ``ke-kabupaten/`` holds offices' packages for the hub;
``dari-kabupaten/<office code>/`` holds the hub's answers. Whenever the folder is reachable,
an office exports what is new and imports its answers; the hub imports its inbox and answers
the offices it heard from. An unreachable folder is normal: nothing happens, nothing fails.

Between the laptops of one office (a share in the hall: docs/sync-format.md, "Devices"):
``kantor-<office code>/ke-utama/`` holds the kiosks' packages for the main laptop,
``kantor-<office code>/dari-utama/<kiosk device>/`` the main laptop's answers to each kiosk.
An installation with kiosks or a main laptop runs every :data:`KIOSK_INTERVAL_SECONDS`, so a
signature on one kiosk reaches the others within a minute; a package is written only when
it would carry something the last one did not.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.errors import NetraError
from desktop.services import sync
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.sync import outgoing as sync_export
from desktop.services.sync.authority import KABUPATEN_TABLES
from desktop.store.models import SyncLedger, SyncPeer
from desktop.sync import format as fmt

SETTING = "sync.folder"
DONE = "sync.folder.done"
INBOX = "ke-kabupaten"
OUTBOX = "dari-kabupaten"
INTERVAL_SECONDS = 300
KIOSK_INTERVAL_SECONDS = 5
TO_MAIN = "ke-utama"
FROM_MAIN = "dari-utama"
#: Setting prefix (+ the peer's id): digest of the last package written to that peer.
SENT = "sync.folder.sent."


def configure(ctx: AppContext, folder: str | None) -> None:
    ctx.require("sync.export")
    with ctx.tx() as session:
        ctx.set_setting(session, SETTING, str(Path(folder).expanduser()) if folder else None)


def folder_of(ctx: AppContext) -> Path | None:
    with ctx.read() as session:
        value = ctx.get_setting(session, SETTING)
    return Path(value) if value else None


@dataclass(frozen=True)
class FolderState:
    """:func:`describe` (``sync folder --json``): the folder set, and whether it is
    reachable now."""

    folder: str | None
    reachable: bool

    def to_json(self) -> dict[str, Any]:
        return {"folder": self.folder, "reachable": self.reachable}


@dataclass(frozen=True)
class FolderPass:
    """:func:`run_once` (``sync folder --run --json``): what one pass wrote and read.
    ``error``: why it stopped early (the folder could not be written, no hub yet)."""

    folder: str | None
    reachable: bool
    exported: tuple[sync.ExportResult, ...] = ()
    imported: tuple[sync.ImportOutcome, ...] = ()
    interval: int = INTERVAL_SECONDS  # seconds until the next pass
    error: str | None = None
    changes: frozenset[Area] = field(default=frozenset(), compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "folder": self.folder,
            "reachable": self.reachable,
            "exported": [r.to_json() for r in self.exported],
            "imported": [o.to_json() for o in self.imported],
            "interval": self.interval,
        }
        if self.error is not None:
            out["error"] = self.error
        return out


def describe(ctx: AppContext) -> FolderState:
    folder = folder_of(ctx)
    return FolderState(str(folder) if folder else None, bool(folder and _reachable(folder)))


def text(result: FolderState | FolderPass) -> str:
    if not result.folder:
        return "Folder sinkronisasi belum diatur."
    if not result.reachable:
        return f"Folder {result.folder} tidak terjangkau sekarang; dicoba lagi nanti."
    lines = [f"Folder {result.folder} terjangkau."]
    if isinstance(result, FolderPass):
        lines += [f"  diekspor: {r.path.name}" for r in result.exported]
        lines += [f"  diimpor: {Path(o.file).name} ({o.status})" for o in result.imported]
    return "\n".join(lines)


def _reachable(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.W_OK)
    except OSError:
        return False


_DEVICE_ANSWER = re.compile(r"-([0-9a-f]{12})$")


def _for_me(name: str, device: str) -> bool:
    """A hub's answer names its recipient device (``<hub>-<office>-<device>_...``): the
    laptops of one office share ``dari-kabupaten/<office>/`` and each reads only its own."""
    found = _DEVICE_ANSWER.search(name.split("_", 1)[0])
    return found is None or found.group(1) == device


def _new_files(ctx: AppContext, folder: Path, device: str | None = None) -> list[Path]:
    try:
        files = sorted(p for p in folder.glob(f"*.{fmt.EXTENSION}") if p.is_file())
    except OSError:
        return []
    if device is not None:
        files = [p for p in files if _for_me(p.name, device)]
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


def _import_from(
    ctx: AppContext, folder: Path, device: str | None = None
) -> list[sync.ImportOutcome]:
    outcomes = []
    finished = []
    for path in _new_files(ctx, folder, device):
        outcome = sync.import_file(ctx, path)
        outcomes.append(outcome)
        # A rejected file may be a copy still in progress: try it again next time.
        if outcome.status != "rejected" or outcome.reason not in ("truncated", "unreadable"):
            finished.append(path.name)
    _remember(ctx, finished)
    return outcomes


def _own_marks(ctx: AppContext) -> tuple[int, dict[str, int]]:
    from sqlalchemy import func

    from desktop.sync import rows as sr

    revision, chains = 0, {}
    with ctx.read() as session:
        office = ctx.office(session)
        me, device = office.code, office.device_code or ""
        for spec in sr.sync_tables():
            t = spec.table
            if spec.kind == "versioned":
                if spec.name in KABUPATEN_TABLES:
                    continue  # never in an office's package: would ask for one every pass
                # What an office's package carries (sync_export.collect, mode "own"): its own
                # rows, and employees of its own units.
                mine = t.c.origin == me
                if spec.name == "employee":
                    units = sr.table_by_name()["unit"].table
                    mine = mine | t.c.unit_id.in_(select(units.c.id).where(units.c.origin == me))
                top = session.scalar(
                    select(func.max(t.c.revision)).where(t.c.revised_by == me, mine)
                )
                revision = max(revision, int(top or 0))
            else:
                # This laptop's own chains (the office's other devices' rows held here are
                # not what it sends as its own).
                top = session.scalar(
                    select(func.max(t.c.chain_seq)).where(t.c.origin == me, t.c.device == device)
                )
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


def _links(ctx: AppContext) -> tuple[list[SyncPeer], list[SyncPeer], SyncPeer | None]:
    """(the main laptop peer if this is a kiosk, the active kiosks if this is a main laptop,
    the hub), detached from their session."""
    with ctx.read() as session:
        peers = session.scalars(select(SyncPeer).where(SyncPeer.status == "active")).all()
        for p in peers:
            session.expunge(p)
    main = [p for p in peers if p.role == "main"]
    kiosks = [p for p in peers if p.role == "kiosk"]
    return main, kiosks, next((p for p in peers if p.role == "hub"), None)


def interval_seconds(ctx: AppContext) -> int:
    """How often to run: every few seconds between the laptops of one office, else every
    few minutes."""
    main, kiosks, _ = _links(ctx)
    return KIOSK_INTERVAL_SECONDS if main or kiosks else INTERVAL_SECONDS


def _changed(ctx: AppContext, peer: SyncPeer, *, with_marks: bool, need_rows: bool) -> str | None:
    """The digest of what a package for ``peer`` would carry, if it differs from the last
    package written to it (and carries rows, with ``need_rows``); else None."""
    rows, digest = sync_export.pending(
        ctx, peer.office_code, peer.device_code, with_marks=with_marks
    )
    if not digest or (need_rows and not rows):
        return None
    with ctx.read() as session:
        last = ctx.get_setting(session, SENT + peer.id, None)
    return None if last == digest else digest


def _sent(ctx: AppContext, peer: SyncPeer, digest: str) -> None:
    with ctx.tx() as session:
        ctx.set_setting(session, SENT + peer.id, digest)


def _between_laptops(
    ctx: AppContext, folder: Path, code: str, device: str, exported: list[sync.ExportResult]
) -> list[sync.ImportOutcome]:
    """A kiosk and its main laptop exchange packages in ``kantor-<code>/``."""
    main, kiosks, _ = _links(ctx)
    local = folder / f"kantor-{code}"
    outcomes: list[sync.ImportOutcome] = []
    for peer in main:  # this laptop is a kiosk
        inbox = local / FROM_MAIN / device
        outcomes += _import_from(ctx, inbox)
        # Its own new rows, or an acknowledgement of what the main laptop sent.
        digest = _changed(ctx, peer, with_marks=True, need_rows=False)
        if digest is not None:
            (local / TO_MAIN).mkdir(parents=True, exist_ok=True)
            r = sync.export_to(ctx, peer.office_code, local / TO_MAIN, device=peer.device_code)
            _sent(ctx, peer, digest)
            exported.append(r)
    if kiosks:  # this laptop is the main laptop
        outcomes += _import_from(ctx, local / TO_MAIN)
        for peer in kiosks:
            digest = _changed(ctx, peer, with_marks=False, need_rows=True)
            if digest is None:
                continue
            out = local / FROM_MAIN / (peer.device_code or "-")
            out.mkdir(parents=True, exist_ok=True)
            r = sync.export_to(ctx, peer.office_code, out, device=peer.device_code)
            _sent(ctx, peer, digest)
            exported.append(r)
    return outcomes


def run_once(ctx: AppContext) -> FolderPass:
    """One pass; safe to call at start and every few minutes from a background task."""
    folder = folder_of(ctx)
    # When to run again: every few seconds between a kiosk and its main laptop.
    interval = interval_seconds(ctx)
    where = str(folder) if folder else None
    if folder is None or not _reachable(folder):
        return FolderPass(where, False, interval=interval)
    with ctx.read() as session:
        me = ctx.office(session)
        role, code, device = me.role, me.code, me.device_code or ""
    exported: list[sync.ExportResult] = []
    outcomes: list[sync.ImportOutcome] = []
    try:
        if role == "office":
            main, kiosks, hub = _links(ctx)
            if main or kiosks:
                outcomes += _between_laptops(ctx, folder, code, device, exported)
            if hub is not None or not (main or kiosks):
                outcomes += _import_from(ctx, folder / OUTBOX / code, device)
                # A main laptop also sends when its kiosks' rows wait to be relayed.
                relay = (
                    _changed(ctx, hub, with_marks=False, need_rows=True)
                    if kiosks and hub is not None
                    else None
                )
                if _office_needs_export(ctx) or relay is not None:
                    exported += sync.export(ctx, folder / INBOX, roles=frozenset({"hub"}))
                    if relay is not None and hub is not None:
                        _sent(ctx, hub, relay)
        else:
            # The hub and its own kiosks exchange in kantor-<hub code>/ as an office's
            # laptops do (docs/sync-format.md, "Kiosks of the hub"); a kiosk of the hub
            # exchanges with the hub only.
            main, kiosks, _ = _links(ctx)
            if main or kiosks:
                outcomes += _between_laptops(ctx, folder, code, device, exported)
            if not main:
                from_offices = _import_from(ctx, folder / INBOX)
                outcomes += from_offices
                heard = sorted({o.sender for o in from_offices if o.status == "applied"})
                for office in heard:
                    exported += sync.export(ctx, folder / OUTBOX / office, office=office)
    except NetraError as exc:
        if exc.code in ("write_failed", "no_hub", "no_offices"):
            # What was read before stays applied but is not listed (as before the typing).
            return FolderPass(
                where,
                True,
                tuple(exported),
                interval=interval,
                error=exc.message_id,
                changes=_changes(exported, outcomes),
            )
        raise
    return FolderPass(
        where,
        True,
        tuple(exported),
        tuple(outcomes),
        interval,
        changes=_changes(exported, outcomes),
    )


def _changes(
    exported: list[sync.ExportResult], imported: list[sync.ImportOutcome]
) -> frozenset[Area]:
    """What a pass changed: what its imports and exports say (nothing when nothing ran)."""
    found: frozenset[Area] = frozenset()
    for done in exported:
        found |= done.changes
    for outcome in imported:
        found |= outcome.changes
    return found
