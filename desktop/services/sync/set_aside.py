"""Kiosk rows a main laptop relays that the hub does not take (the kiosk is not enrolled
here, or is revoked): taken out of the package before it is merged, with the files only
they name, and noted as an alert for a person; they arrive again once the kiosk is
enrolled (docs/sync-format.md, "Devices").
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.services import audit
from desktop.services.context import AppContext
from desktop.store.base import utcnow
from desktop.store.models import SyncPeer
from desktop.store.models.sync import SyncRefusal
from desktop.sync import format as fmt
from desktop.sync import rows as sr


def set_aside_rows(
    opened: fmt.Opened, office: str, devices: frozenset[str]
) -> tuple[fmt.Opened, dict[str, int]]:
    """The package without the evidence rows of kiosks whose rows the hub does not take
    (not enrolled here, revoked): {device: rows set aside}. The rest is applied as usual."""

    from desktop.sync import rowset

    specs = sr.table_by_name()
    counts = dict(opened.manifest["counts"])
    parts = dict(opened.parts)
    dropped: dict[str, int] = {}
    # files (signature images, evidence) named by the rows set aside, and by the rows kept:
    # a file only the set-aside rows name is set aside with them, never stored
    files_dropped: set[str] = set()
    files_kept: set[str] = set()
    for path, data in opened.parts.items():
        name = path[5:-5] if path.startswith("rows/") else ""
        spec = specs.get(name)
        if spec is None:
            continue
        rs = rowset.decode(data, name, int(counts.get(name, -1)))
        files = [rs.columns.index(c) for c in spec.blob_columns if c in rs.columns]
        if spec.kind != "evidence":
            files_kept.update(str(row[i]) for row in rs.rows for i in files if row[i])
            continue
        origin, dev = rs.columns.index("origin"), rs.columns.index("device")
        keep = []
        for row in rs.rows:
            named = {str(row[i]) for i in files if row[i]}
            if row[origin] == office and row[dev] in devices:
                dropped[str(row[dev])] = dropped.get(str(row[dev]), 0) + 1
                files_dropped |= named
            else:
                keep.append(row)
                files_kept |= named
        if len(keep) != len(rs.rows):
            rs.rows = keep
            parts[path] = rs.encode()
            counts[name] = len(keep)
    orphans = files_dropped - files_kept
    listing_path = f"rows/{sr.BLOB_TABLE}.json"
    if orphans and listing_path in parts:
        listing = rowset.decode(parts[listing_path], sr.BLOB_TABLE, int(counts.get("blob", -1)))
        ident = listing.columns.index("id")
        listing.rows = [r for r in listing.rows if str(r[ident]) not in orphans]
        for sha in orphans:
            parts.pop(f"blobs/{sha}", None)
        counts["blob"] = len(listing.rows)
        if listing.rows:
            parts[listing_path] = listing.encode()
        else:
            del parts[listing_path]
    manifest = dict(opened.manifest) | {"counts": counts}
    return fmt.Opened(replace(opened.parsed, manifest=manifest), parts), dropped


def note_set_aside(
    ctx: AppContext,
    session: Session,
    parsed: fmt.Parsed,
    path: Path,
    peer: SyncPeer,
    set_aside: dict[str, tuple[str, str]],
    dropped: dict[str, int],
) -> None:
    """An applied package some of whose relayed kiosk rows were set aside: an alert for a
    person (the kiosk's rows arrive again once it is enrolled) and an audit entry."""
    now = utcnow()
    reasons = sorted({r for r, _ in set_aside.values()})
    text = "; ".join(
        f"{msg} ({dropped.get(d, 0)} baris)" for d, (_, msg) in sorted(set_aside.items())
    )
    session.add(
        SyncRefusal(
            package_sha256=parsed.sha256,
            peer_code=peer.office_code,
            peer_device=sorted(set_aside)[0][:16],
            seq=int(parsed.manifest["seq"]),
            file_name=path.name[:255],
            reason=reasons[0],
            message=text,
            detected_at=now,
            last_seen_at=now,
            times_seen=1,
        )
    )
    audit.record(
        ctx,
        session,
        "sync.relay_set_aside",
        "sync_package",
        parsed.sha256,
        {
            "from": peer.office_code,
            "devices": {
                d: {"reason": r, "rows": dropped.get(d, 0)} for d, (r, _) in set_aside.items()
            },
        },
    )
