"""What the sync page's Devices tab shows (issue 17): read-only views over the devices.

At a hub: every enrolled laptop of every office (``devices.list_devices``) with its first and
last package in the hub's local time and the names of the device it replaced / that replaced
it. At an office laptop: this laptop (name, code, fingerprint) and the laptops of this office
known here: whose signature records this laptop holds (its own, and kiosks' merged in) or
that are enrolled here (``sync_peer`` rows of this office, e.g. a main laptop's kiosks).

Writes stay in ``services/devices.py`` (``revoke_device``, ``set_name``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.office import local_stamp
from desktop.services import devices
from desktop.services.context import AppContext
from desktop.store.models import SignatureRecord, SyncPeer


@dataclass(frozen=True)
class DeviceRow:
    """One enrolled device of an office, as the hub lists it."""

    id: str
    office: str
    office_name: str
    name: str
    device: str  # 12 hex; "" an office's laptop from before devices
    fingerprint: str
    state: str  # active | revoked | replaced
    revoke_reason: str
    enrolled_local: str
    revoked_local: str
    packages_in: int
    first_package: str
    first_local: str
    last_package: str
    last_local: str
    replaces: str  # id of the device this one replaced ("" none)
    replaced_by: str  # id of the device that replaced this one ("" none)


@dataclass(frozen=True)
class OfficeDevices:
    office: str
    name: str
    devices: list[DeviceRow]

    @property
    def active(self) -> int:
        return sum(d.state == "active" for d in self.devices)

    def find(self, device_id: str) -> DeviceRow | None:
        return next((d for d in self.devices if d.id == device_id), None)


@dataclass(frozen=True)
class LocalDevice:
    """A laptop of this office whose signature records this laptop holds."""

    device: str
    name: str
    this_laptop: bool
    records: int
    first_local: str
    last_local: str


@dataclass(frozen=True)
class DeviceOverview:
    role: str  # hub | office
    office: str
    office_name: str
    this_device: str
    this_name: str
    this_named: bool  # the name was given (not the default "laptop awal"/"perangkat …")
    fingerprint: str
    offices: list[OfficeDevices]  # at a hub
    local: list[LocalDevice]  # at an office


def _parse(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _stamp(value: datetime | str | None, zone: str) -> str:
    moment = _parse(value) if isinstance(value, str) or value is None else value
    return local_stamp(moment, zone) if moment is not None else ""


def overview(ctx: AppContext) -> DeviceOverview:
    """Everything the Devices tab shows, read at once."""
    listed = devices.list_devices(ctx)  # requires "view"
    this = listed.this_device
    with ctx.read() as session:
        me = ctx.office(session)
        zone, role, name = me.timezone, me.role, me.name
        named = bool(me.device_name)
        local = (
            _local_devices(session, me.code, me.device_code or "", zone) if role != "hub" else []
        )
        # names of this office's other laptops where this laptop knows them (sync_peer)
        peer_names = {
            p.device_code or "": p.device_name or ""
            for p in session.scalars(select(SyncPeer).where(SyncPeer.office_code == me.code))
        }
    grouped: dict[str, OfficeDevices] = {}
    for d in listed.devices:
        row = DeviceRow(
            id=d.id,
            office=d.office,
            office_name=d.office_name,
            name=d.name,
            device=d.device,
            fingerprint=d.fingerprint,
            state=d.state,
            revoke_reason=d.revoke_reason,
            enrolled_local=_stamp(d.enrolled_at, zone),
            revoked_local=_stamp(d.revoked_at, zone),
            packages_in=d.packages_in,
            first_package=d.first_package or "",
            first_local=_stamp(d.first_package_at, zone),
            last_package=d.last_package or "",
            last_local=_stamp(d.last_package_at, zone),
            replaces=d.replaces or "",
            replaced_by=d.replaced_by or "",
        )
        group = grouped.setdefault(d.office, OfficeDevices(d.office, d.office_name, []))
        group.devices.append(row)
    local = [
        LocalDevice(
            x.device,
            this.name if x.this_laptop else peer_names.get(x.device, ""),
            x.this_laptop,
            x.records,
            x.first_local,
            x.last_local,
        )
        for x in local
    ]
    return DeviceOverview(
        role=role,
        office=this.office,
        office_name=name,
        this_device=this.device,
        this_name=this.name,
        this_named=named,
        fingerprint=this.fingerprint,
        offices=[grouped[k] for k in sorted(grouped)],
        local=local,
    )


def _local_devices(session: Session, office: str, mine: str, zone: str) -> list[LocalDevice]:
    """This laptop first, then the other laptops of this office seen in signature records
    (grouped in SQL: one row per device) or enrolled here."""
    sr = SignatureRecord
    rows = session.execute(
        select(sr.device, func.count(), func.min(sr.created_at), func.max(sr.created_at))
        .where(sr.origin == office)
        .group_by(sr.device)
    ).all()
    seen = {str(r[0] or ""): r for r in rows}
    # laptops of this office enrolled here (kiosks of a main laptop), records or not
    enrolled = set(
        session.scalars(select(SyncPeer.device_code).where(SyncPeer.office_code == office))
    )
    others = sorted((set(seen) | {d or "" for d in enrolled}) - {mine})
    out = []
    for device in [mine, *others]:
        row = seen.get(device)
        out.append(
            LocalDevice(
                device,
                "",
                device == mine,
                int(row[1]) if row else 0,
                _stamp(row[2], zone) if row else "",
                _stamp(row[3], zone) if row else "",
            )
        )
    return out
