"""The event kit: one signing event carried to the other kiosks of an apel (issue 17).

An event (its roster subset, election, pact template versions and witnesses) is set up once,
on the office's main laptop or at the hub for a kabupaten-wide apel, and written to an
``.netrakit`` file signed with that installation's Ed25519 key. Every kiosk that imports it
holds the same rows under the same ids, so the records the kiosks make point at the same
event, people and templates, and merge later (docs/event-kit.md).

The file format and reading a kit (bounded, strict, signature verified, no database) are
``kit_format.py``; whose kit is taken here, ``kit_trust.py``; this module builds and writes a
kit, and imports one through the sync merge.

Rows are complete (every synced column): a kiosk stores each row under its version
(``revision``, ``revised_by``), and the same version with other content later arriving in a
sync package would be a tamper alert. The signed pacts also snapshot the NIK of a non-ASN
signer, so the kiosk needs it.

Import: bounded (file size, rows per table, strict JSON), the signature checked, the signer
known here (this installation's own office, one of its sync peers of this office, its hub, or
a signer the operator confirmed earlier by fingerprint) or confirmed now by the fingerprint
read off the signer's screen. Authority: an office accepts a kit only from its own office or
its hub; an office's kit carries only rows of that office or of the hub; only the hub's kit
may carry other offices' rows. The rows are applied by the sync merge (``Merger``) in one
transaction, so versions already held are skipped, a newer local row is never replaced by an
older one and a conflicting edit is kept for a person. Re-importing the same kit is a no-op.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain.canonical import canonical_json, sha256_hex
from desktop.domain.errors import NetraError
from desktop.fileio import write_verified
from desktop.services import audit, devices, identity
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.signing.counting import event_unit_ids
from desktop.services.signing.setup import get_event_row
from desktop.services.sync.kit_format import (
    EXTENSION,
    KIT_FORMAT,
    KIT_KEY,
    KIT_TABLES,
    MAX_KIT_BYTES,
    MAX_ROWS,
    Kit,
    count_text,
    laptop_label,
    normal_fingerprint,
    read_kit,
    too_large,
)
from desktop.services.sync.kit_trust import check_authority, check_rows, confirm_signer, hub_peer
from desktop.store import aliases
from desktop.store.base import new_id, utcnow
from desktop.store.models import Office, SigningEvent, Unit
from desktop.sync import crypto
from desktop.sync import rows as sr
from desktop.sync.merge import Merger, MergeReport, as_rows

#: Setting key: kits already imported (sha256 -> summary).
IMPORTED_KEY = "event_kit.imported"


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class KitResult:
    path: str
    sha256: str  # of the signed body: the kit's identity (what a re-import is matched by)
    file_sha256: str
    size: int
    event_id: str
    event_name: str
    event_date: str
    signer: dict[str, str]
    counts: dict[str, int]

    @property
    def people(self) -> int:
        return self.counts.get("employee", 0)

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"people": self.people}


#: What importing a kit changes: the event and its people (roster rows may arrive with it).
KIT_CHANGES = frozenset({Area.ROSTER, Area.SIGNING})


@dataclass(frozen=True)
class KitImportResult:
    path: str
    sha256: str
    status: str  # imported | updated | unchanged | duplicate
    event_id: str
    event_name: str
    event_date: str
    signer: dict[str, str]
    people: int
    trusted_now: bool = False  # the signer was confirmed by its fingerprint on this import
    imported_at: str = ""
    tables: dict[str, dict[str, int]] = field(default_factory=dict)
    conflicts: int = 0
    duplicates: int = 0
    held: int = 0

    @property
    def changes(self) -> frozenset[Area]:
        """The event, its people and their records, unless the kit was already here."""
        return frozenset() if self.status == "duplicate" else KIT_CHANGES

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------------- writing
def _signer(me: Office) -> dict[str, str]:
    return {
        "code": me.code,
        "name": me.name,
        "kabupaten_code": me.kabupaten_code,
        "role": me.role,
        "device": me.device_code or "",
        "device_name": devices.this_device_name(me),
        "signing_key": me.signing_public_key,
        "box_key": me.box_public_key,
        "fingerprint": identity.fingerprint(me.signing_public_key, me.box_public_key),
    }


def _ancestors(session: Session, unit_ids: set[str]) -> set[str]:
    parents = dict(session.execute(select(Unit.id, Unit.parent_id)).all())
    out = set(unit_ids)
    todo = list(unit_ids)
    while todo:
        parent = parents.get(todo.pop())
        if parent is not None and parent not in out:
            out.add(parent)
            todo.append(parent)
    return out


def _rows(session: Session, name: str, where: Any = None) -> list[dict[str, Any]]:
    spec = sr.table_by_name()[name]
    stmt = select(spec.table)
    if where is not None:
        stmt = stmt.where(where)
    return [dict(r) for r in session.execute(stmt.order_by(spec.table.c.id)).mappings()]


def _collect(session: Session, event: SigningEvent) -> dict[str, list[dict[str, Any]]]:
    """The complete rows a kiosk needs for ``event``: the event, its election and template
    versions, the units it covers (with their parents) and the people in them (inactive and
    removed ones too, so a later kit carries a deactivation)."""
    specs = sr.table_by_name()
    covered = event_unit_ids(session, event)
    units_t, emp_t = specs["unit"].table, specs["employee"].table
    if covered is None:  # the whole office (at a hub, for its own event: everyone)
        units = _rows(session, "unit")
        employees = _rows(session, "employee")
    else:
        keep = _ancestors(session, covered)
        units = [] if not keep else _rows(session, "unit", units_t.c.id.in_(keep))
        employees = [] if not covered else _rows(session, "employee", emp_t.c.unit_id.in_(covered))
    templates = {event.template_id, event.template_non_asn_id} - {None}
    tpl_t = specs["pact_template"].table
    return {
        "unit": units,
        "election": _rows(session, "election", specs["election"].table.c.id == event.election_id),
        "pact_template": _rows(session, "pact_template", tpl_t.c.id.in_(templates)),
        "employee": employees,
        "signing_event": _rows(
            session, "signing_event", specs["signing_event"].table.c.id == event.id
        ),
    }


def _summary(event: SigningEvent, rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "id": event.id,
        "name": event.name,
        "event_date": event.event_date.isoformat(),
        "place": event.place,
        "election_id": event.election_id,
        "template_ids": sorted({event.template_id, event.template_non_asn_id} - {None}),
        "templates": [
            {"id": t["id"], "code": t["code"], "version": t["version"], "sha256": t["sha256"]}
            for t in rows["pact_template"]
        ],
        "unit_codes": json.loads(event.unit_codes_json or "[]"),
        "witnesses": json.loads(event.witnesses_json or "[]"),
    }


def write_kit(ctx: AppContext, event_id: str, out: Path) -> KitResult:
    """Write the signed event kit of ``event_id`` to ``out`` (atomic, read back)."""
    ctx.require("event.manage")
    devices.ensure_device(ctx)  # a laptop restored from a backup signs with its own new key
    keys = identity.load(ctx.keys_dir)
    with ctx.tx() as session:
        me = ctx.office(session)
        if keys.signing_public_hex != me.signing_public_key:
            raise NetraError(
                "kit_key_mismatch",
                "Kunci tanda tangan laptop ini tidak cocok dengan identitas kantornya; kit "
                "acara tidak dibuat. Hubungi pendamping teknis.",
                "This laptop's signing key does not match its office identity.",
            )
        event = get_event_row(session, event_id)
        rows = _collect(session, event)
        for name, limit in MAX_ROWS.items():
            if len(rows[name]) > limit:
                raise too_large(out, f"{count_text(len(rows[name]))} baris {name}", limit)
        tables = {
            name: {
                "columns": list(sr.table_by_name()[name].columns),
                "rows": [sr.encode_row(r, sr.table_by_name()[name].columns) for r in rows[name]],
            }
            for name in KIT_TABLES
        }
        counts = {name: len(rows[name]) for name in KIT_TABLES}
        body: dict[str, Any] = {
            "kit_id": new_id(),
            "created_at": utcnow().isoformat(),
            "app_version": __version__,
            "signer": _signer(me),
            "event": _summary(event, rows),
            "counts": counts,
            "tables": tables,
        }
        signature = crypto.sign(keys.signing, canonical_json(body)).hex()
        data = canonical_json({KIT_KEY: KIT_FORMAT, "body": body, "signature": signature})
        if len(data) > MAX_KIT_BYTES:
            raise too_large(out, f"{count_text(len(data))} bita", MAX_KIT_BYTES)
        file_sha = write_verified(out, data)
        sha = sha256_hex(canonical_json(body))
        audit.record(
            ctx,
            session,
            "event.kit_export",
            "signing_event",
            event.id,
            {"file": out.name, "sha256": sha, "file_sha256": file_sha, "counts": counts},
        )
        return KitResult(
            str(out),
            sha,
            file_sha,
            len(data),
            event.id,
            event.name,
            event.event_date.isoformat(),
            {
                k: body["signer"][k]
                for k in ("code", "name", "device", "device_name", "fingerprint")
            },
            counts,
        )


# ---------------------------------------------------------------------------- importing
def _apply(ctx: AppContext, session: Session, me: Office, kit: Kit) -> MergeReport:
    hub = hub_peer(session)
    protect = int(hub.acked_revision or 0) if me.role == "office" and hub is not None else None
    if me.role == "office" and hub is None:
        protect = 0  # an office working alone: its own edits are never replaced by a conflict
    merger = Merger(
        session,
        package_sha=kit.sha256,
        sender=kit.signer["code"],
        local=me.code,
        protect_after=protect,
        issuer=aliases.issuer(session),
    )
    for spec in sr.sync_tables():
        rows = kit.rows.get(spec.name)
        if rows:
            merger.apply_rows(spec, as_rows(spec, rows))
        if spec.name == "election" and rows:
            aliases.map_elections(session, aliases.issuer(session))
    report = merger.report
    if report.total("tamper"):
        alert = next(a for a in report.alerts if a["kind"] == "tamper")
        raise NetraError(
            "kit_contradicts",
            f"Kit acara {kit.path.name} memuat {alert['entity']} {alert['id']} dengan isi "
            "berbeda dari versi yang sama di laptop ini (diubah?). Tidak ada yang diubah.",
            "The kit carries a version of a row that differs from the same version held here.",
            table=alert["entity"],
            row=alert["id"],
        )
    clash = next((a for a in report.alerts if a["kind"] in ("duplicate", "held")), None)
    if clash is not None:
        # Rows that would land under other ids than the kit's (a unit code or NIP this laptop
        # already holds for another row): the kiosk would not show the kit's people, and its
        # records would not point at them. Nothing is applied.
        raise NetraError(
            "kit_clashes",
            f"Kit acara {kit.path.name} tidak dapat diimpor: laptop ini sudah memegang data "
            f"yang sama dengan id lain ({clash['entity']}: {clash['reason']}). Kit acara "
            "untuk laptop kios yang daftar pegawainya berasal dari laptop utama kantor ini "
            "atau dari kabupaten (kit atau sinkronisasi), bukan dari impor berkas sendiri. "
            "Tidak ada yang diubah.",
            f"The kit cannot be imported: this laptop holds the same data under other ids "
            f"({clash['entity']}: {clash['reason']}). Nothing was changed.",
            table=clash["entity"],
            row=clash["id"],
        )
    top = max((int(v["revision"]) for values in kit.rows.values() for v in values), default=0)
    if top:
        ctx.observe_revision(session, top)
    return report


def import_kit(ctx: AppContext, path: Path, fingerprint: str | None = None) -> KitImportResult:
    """Import an event kit in one transaction (see the module docstring for the rules)."""
    ctx.require("event.manage")
    kit = read_kit(path)
    event_row = kit.rows["signing_event"][0]
    signer_view = {k: kit.signer[k] for k in ("code", "name", "role", "device", "device_name")}
    signer_view["fingerprint"] = kit.signer["fingerprint"]
    people = len(kit.rows["employee"])
    with ctx.tx() as session:
        me = ctx.office(session)
        hub_code = check_authority(session, me, kit.signer)
        check_rows(kit, me, hub_code)
        trusted_now = confirm_signer(ctx, session, me, kit, fingerprint)
        imported = ctx.get_setting(session, IMPORTED_KEY, {}) or {}
        if not isinstance(imported, dict):
            imported = {}
        before = imported.get(kit.sha256)
        if before is not None and not trusted_now:
            return KitImportResult(
                str(path),
                kit.sha256,
                "duplicate",
                event_row["id"],
                event_row["name"],
                _iso(event_row["event_date"]),
                signer_view,
                people,
                imported_at=str(before.get("imported_at", "")),
            )
        had_event = session.get(SigningEvent, event_row["id"]) is not None
        report = _apply(ctx, session, me, kit)
        changed = report.total("inserted") + report.total("updated")
        status = "unchanged" if not changed else ("updated" if had_event else "imported")
        now = utcnow().isoformat()
        imported[kit.sha256] = {
            "event_id": event_row["id"],
            "signer": kit.signer["code"],
            "device": kit.signer["device"],
            "kit_created_at": str(kit.body.get("created_at", ""))[:40],
            "imported_at": now,
        }
        ctx.set_setting(session, IMPORTED_KEY, imported)
        audit.record(
            ctx,
            session,
            "event.kit_import",
            "signing_event",
            event_row["id"],
            {
                "file": path.name,
                "sha256": kit.sha256,
                "signer": kit.signer["code"],
                "device": kit.signer["device"],
                "fingerprint": kit.signer["fingerprint"],
                "confirmed_by_fingerprint": trusted_now,
                "status": status,
                "counts": report.tables,
            },
        )
        return KitImportResult(
            str(path),
            kit.sha256,
            status,
            event_row["id"],
            event_row["name"],
            _iso(event_row["event_date"]),
            signer_view,
            people,
            trusted_now=trusted_now,
            imported_at=now,
            tables=report.tables,
            conflicts=report.total("conflict"),
            duplicates=report.total("duplicate"),
            held=report.total("held"),
        )


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, (date, datetime)) else str(value)


def file_name(event_name: str, event_date: date) -> str:
    """A file name for an event's kit: ``kit-acara-<date>-<name>.netrakit`` (no database)."""
    slug = re.sub(r"[^0-9A-Za-z]+", "-", event_name).strip("-").lower()[:40] or "acara"
    return f"kit-acara-{event_date:%Y%m%d}-{slug}.{EXTENSION}"


__all__ = [
    "EXTENSION",
    "MAX_KIT_BYTES",
    "MAX_ROWS",
    "KitImportResult",
    "KitResult",
    "file_name",
    "import_kit",
    "laptop_label",
    "normal_fingerprint",
    "read_kit",
    "write_kit",
]
