"""Rulebook and holiday calendar as stored reference data; the engine as a use case.

- The shipped rulebook (``resources/rulebook/netralitas-2022.json``) and calendar
  (``resources/calendar/holidays-id.json``) are seeded into ``Rulebook``/``Holiday`` at office
  setup (seeder registered in ``services/reference.py``).
- ``load_new_rulebook`` (admin) stores a new validated version and makes it active; old
  versions stay, so an old case can always be re-read with ``rulebook_by_sha``.
- ``load_local_layer`` (admin, hub only) stores a kabupaten's local PPPK layer (its Perbup's
  PPPK sanction mapping) as a row of the same ``rulebook`` table, its name prefixed with
  ``lokal:``; the hub's answer packages carry it to the offices like a rulebook version, and
  ``effective_rulebook_in`` puts the active one on top of the active national rulebook.
- Without an initialised office (e.g. ``netra rules check`` on a fresh laptop) the shipped
  rulebook and calendar are used.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from desktop import resources
from desktop.domain import workdays
from desktop.domain.canonical import canonical_json
from desktop.domain.errors import NetraError
from desktop.domain.rulebook import LocalLayer, Rulebook, load_local_layer, load_rulebook
from desktop.domain.sanctions import Recommendation
from desktop.domain.sanctions import check_case as engine_check
from desktop.domain.workdays import Calendar, Deadline, HolidayDay
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit, stamp_new, tombstone
from desktop.services.reference import holiday_id, rulebook_id
from desktop.store.models.cases import Holiday
from desktop.store.models.cases import Rulebook as RulebookRow
from desktop.store.models.core import Office

SHIPPED_RULEBOOK = ("rulebook", "netralitas-2022.json")
SHIPPED_CALENDAR = ("calendar", "holidays-id.json")
#: A ``rulebook`` row whose name starts with this holds a local PPPK layer, not a rulebook.
LAYER_ROW_PREFIX = "lokal:"


def _national() -> ColumnElement[bool]:
    return RulebookRow.name.not_like(f"{LAYER_ROW_PREFIX}%")


def _layers() -> ColumnElement[bool]:
    return RulebookRow.name.like(f"{LAYER_ROW_PREFIX}%")


@dataclass(frozen=True)
class RulebookInfo:
    name: str
    version: str
    sha256: str
    active: bool
    loaded_at: str

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


# --------------------------------------------------------------------------- shipped files
def shipped_rulebook_text() -> str:
    return resources.read_text(*SHIPPED_RULEBOOK)


@lru_cache(maxsize=1)
def shipped_rulebook() -> Rulebook:
    return load_rulebook(shipped_rulebook_text())


@lru_cache(maxsize=1)
def shipped_holidays() -> tuple[HolidayDay, ...]:
    return tuple(workdays.parse_holiday_data(json.loads(resources.read_text(*SHIPPED_CALENDAR))))


def _from_row(row: RulebookRow) -> Rulebook:
    return _parse_cached(row.sha256, row.content_json)


def _info(row: RulebookRow) -> RulebookInfo:
    return RulebookInfo(
        row.name,
        row.version,
        row.sha256,
        bool(row.active),
        row.created_at.isoformat() if row.created_at else "",
    )


# --------------------------------------------------------------------------- seeding
def seed(ctx: AppContext, session: Session) -> None:
    """Seeder for office setup: the shipped rulebook (active) and the holiday calendar."""
    rb = shipped_rulebook()
    if session.scalars(select(RulebookRow).where(RulebookRow.sha256 == rb.sha256)).first() is None:
        _store(ctx, session, rb, active=True)
    existing = set(session.scalars(select(Holiday.day)))
    for h in shipped_holidays():
        if h.day not in existing:
            stamp_new(
                ctx,
                session,
                Holiday(id=holiday_id(h.day, h.name), day=h.day, name=h.name, kind=h.kind),
            )
    audit.record(
        ctx,
        session,
        "rules.seed",
        "rulebook",
        rb.sha256,
        {"version": rb.version, "holidays": len(shipped_holidays())},
    )


def _store(ctx: AppContext, session: Session, rb: Rulebook, *, active: bool) -> RulebookRow:
    row = RulebookRow(
        id=rulebook_id(rb.sha256),
        name=rb.name,
        version=rb.version,
        sha256=rb.sha256,
        content_json=canonical_json(dict(rb.data)).decode("utf-8"),
        active=active,
    )
    stamp_new(ctx, session, row)
    session.flush()
    return row


# --------------------------------------------------------------------------- rulebooks
def _active_row(session: Session) -> RulebookRow | None:
    return session.scalars(
        select(RulebookRow)
        .where(RulebookRow.active.is_(True), RulebookRow.deleted_at.is_(None), _national())
        .order_by(RulebookRow.revision.desc())
    ).first()


@lru_cache(maxsize=16)
def _parse_cached(sha256: str, content: str) -> Rulebook:
    return load_rulebook(content)


def active_rulebook_in(ctx: AppContext, session: Session) -> Rulebook:
    """The active rulebook inside an open session (shipped one when none is stored)."""
    row = _active_row(session)
    return _from_row(row) if row is not None else shipped_rulebook()


def active_rulebook(ctx: AppContext | None = None) -> Rulebook:
    """The rulebook new recommendations use; the shipped one without an office or a row."""
    if ctx is None or not ctx.is_initialised():
        return shipped_rulebook()
    with ctx.read() as session:
        return active_rulebook_in(ctx, session)


def rulebook_by_sha(ctx: AppContext | None, sha256: str) -> Rulebook:
    """A stored version by its hash (old cases keep theirs); the shipped one if it matches."""
    if ctx is not None and ctx.is_initialised():
        with ctx.read() as session:
            row = session.scalars(
                select(RulebookRow).where(RulebookRow.sha256 == sha256, _national())
            ).first()
            if row is not None:
                return _from_row(row)
    if shipped_rulebook().sha256 == sha256:
        return shipped_rulebook()
    raise NetraError(
        "rulebook_not_found",
        f"Aturan sanksi dengan SHA-256 {sha256} tidak tersimpan di kantor ini.",
        f"No stored rulebook has SHA-256 {sha256}.",
        sha256=sha256,
    )


def list_rulebooks(ctx: AppContext) -> list[RulebookInfo]:
    with ctx.read() as session:
        rows = session.scalars(
            select(RulebookRow)
            .where(RulebookRow.deleted_at.is_(None), _national())
            .order_by(RulebookRow.created_at, RulebookRow.version)
        )
        return [_info(r) for r in rows]


def load_new_rulebook(ctx: AppContext, text: str | bytes) -> RulebookInfo:
    """Validate, store as a new version and make it active (admin). Refused when invalid."""
    actor = ctx.require("rulebook.load")
    rb = load_rulebook(text)  # raises RulebookInvalid listing every problem
    with ctx.tx() as session:
        same = session.scalars(select(RulebookRow).where(RulebookRow.sha256 == rb.sha256)).first()
        clash = session.scalars(
            select(RulebookRow).where(
                RulebookRow.name == rb.name,
                RulebookRow.version == rb.version,
                RulebookRow.sha256 != rb.sha256,
            )
        ).first()
        if clash is not None:
            raise NetraError(
                "rulebook_version_clash",
                f"Aturan {rb.name} versi {rb.version} sudah ada dengan isi yang berbeda "
                f"(SHA-256 {clash.sha256[:12]}...). Naikkan nomor versi di berkas lalu muat lagi.",
                f"Rulebook {rb.name} version {rb.version} exists with different content.",
                name=rb.name,
                version=rb.version,
            )
        for row in session.scalars(
            select(RulebookRow).where(RulebookRow.active.is_(True), _national())
        ):
            if row is not same:
                row.active = False
                stamp_edit(ctx, session, row)
        if same is None:
            same = _store(ctx, session, rb, active=True)
        elif not same.active:
            same.active = True
            stamp_edit(ctx, session, same)
        audit.record(
            ctx,
            session,
            "rulebook.load",
            "rulebook",
            rb.sha256,
            {"name": rb.name, "version": rb.version, "by": actor.username},
        )
        return _info(same)


# --------------------------------------------------------------------------- local PPPK layer
@dataclass(frozen=True)
class LocalLayerInfo:
    name: str
    version: str
    sha256: str
    active: bool
    loaded_at: str
    kabupaten: str
    perbup: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "perbup": dict(self.perbup)}


@lru_cache(maxsize=16)
def _layer_cached(sha256: str, content: str) -> LocalLayer:
    return load_local_layer(content)


def _layer_info(row: RulebookRow) -> LocalLayerInfo:
    layer = _layer_cached(row.sha256, row.content_json)
    return LocalLayerInfo(
        layer.name,
        layer.version,
        layer.sha256,
        bool(row.active),
        row.created_at.isoformat() if row.created_at else "",
        layer.kabupaten,
        {"number": layer.perbup_number, "date": layer.perbup_date, "title": layer.perbup_title},
    )


def active_local_layer_in(session: Session) -> LocalLayer | None:
    """The kabupaten's active local PPPK layer (loaded at the hub, synced to the offices)."""
    row = session.scalars(
        select(RulebookRow)
        .where(RulebookRow.active.is_(True), RulebookRow.deleted_at.is_(None), _layers())
        .order_by(RulebookRow.revision.desc())
    ).first()
    return _layer_cached(row.sha256, row.content_json) if row is not None else None


def active_local_layer(ctx: AppContext | None) -> LocalLayer | None:
    if ctx is None or not ctx.is_initialised():
        return None
    with ctx.read() as session:
        return active_local_layer_in(session)


def effective_rulebook_in(ctx: AppContext, session: Session) -> Rulebook:
    """The active rulebook with the active local PPPK layer on top (what the engine uses)."""
    return active_rulebook_in(ctx, session).with_local_layer(active_local_layer_in(session))


def effective_rulebook(ctx: AppContext | None = None) -> Rulebook:
    if ctx is None or not ctx.is_initialised():
        return shipped_rulebook()
    with ctx.read() as session:
        return effective_rulebook_in(ctx, session)


def local_layer_by_sha(ctx: AppContext, sha256: str) -> LocalLayer:
    """A stored layer by its hash (an old case re-read with the layer it was made under)."""
    with ctx.read() as session:
        row = session.scalars(
            select(RulebookRow).where(RulebookRow.sha256 == sha256, _layers())
        ).first()
        if row is None:
            raise NetraError(
                "local_layer_not_found",
                f"Lapisan lokal PPPK dengan SHA-256 {sha256} tidak tersimpan di kantor ini.",
                f"No stored local PPPK layer has SHA-256 {sha256}.",
                sha256=sha256,
            )
        return _layer_cached(row.sha256, row.content_json)


def list_local_layers(ctx: AppContext) -> list[LocalLayerInfo]:
    with ctx.read() as session:
        rows = session.scalars(
            select(RulebookRow)
            .where(RulebookRow.deleted_at.is_(None), _layers())
            .order_by(RulebookRow.created_at, RulebookRow.version)
        )
        return [_layer_info(r) for r in rows]


def load_local_layer_file(ctx: AppContext, text: str | bytes) -> LocalLayerInfo:
    """Validate a local PPPK layer, store it as a new version and make it active (admin, hub
    only: the hub's answer packages carry it to every office). Refused when invalid."""
    actor = ctx.require("rulebook.load")
    with ctx.read() as session:
        me = session.scalars(select(Office)).first()
        role = me.role if me is not None else None
    if role != "hub":
        raise NetraError(
            "local_layer_hub_only",
            "Lapisan lokal PPPK (Perbup) hanya dimuat di hub kabupaten; kantor menerimanya "
            "bersama paket jawaban hub.",
            "A local PPPK layer is loaded at the kabupaten hub only; offices receive it with "
            "the hub's answer package.",
        )
    layer = load_local_layer(text)  # raises LocalLayerInvalid listing every problem
    row_name = f"{LAYER_ROW_PREFIX}{layer.name}"
    with ctx.tx() as session:
        same = session.scalars(
            select(RulebookRow).where(RulebookRow.sha256 == layer.sha256, _layers())
        ).first()
        clash = session.scalars(
            select(RulebookRow).where(
                RulebookRow.name == row_name,
                RulebookRow.version == layer.version,
                RulebookRow.sha256 != layer.sha256,
            )
        ).first()
        if clash is not None:
            raise NetraError(
                "local_layer_version_clash",
                f"Lapisan lokal {layer.name} versi {layer.version} sudah ada dengan isi yang "
                f"berbeda (SHA-256 {clash.sha256[:12]}...). Naikkan nomor versi di berkas lalu "
                "muat lagi.",
                f"Local layer {layer.name} version {layer.version} exists with different content.",
                name=layer.name,
                version=layer.version,
            )
        for row in session.scalars(
            select(RulebookRow).where(RulebookRow.active.is_(True), _layers())
        ):
            if row is not same:
                row.active = False
                stamp_edit(ctx, session, row)
        if same is None:
            same = RulebookRow(
                id=rulebook_id(layer.sha256),
                name=row_name,
                version=layer.version,
                sha256=layer.sha256,
                content_json=canonical_json(dict(layer.data)).decode("utf-8"),
                active=True,
            )
            stamp_new(ctx, session, same)
            session.flush()
        elif not same.active:
            same.active = True
            stamp_edit(ctx, session, same)
        audit.record(
            ctx,
            session,
            "rulebook.local_load",
            "rulebook",
            layer.sha256,
            {
                "name": layer.name,
                "version": layer.version,
                "perbup": layer.perbup_text,
                "by": actor.username,
            },
        )
        return _layer_info(same)


# --------------------------------------------------------------------------- calendar
def holidays_in(session: Session) -> list[HolidayDay]:
    rows = session.scalars(
        select(Holiday).where(Holiday.deleted_at.is_(None)).order_by(Holiday.day)
    )
    return [HolidayDay(r.day, r.name, r.kind) for r in rows]


def holidays(ctx: AppContext | None = None, year: int | None = None) -> list[HolidayDay]:
    """The office's holidays (the shipped calendar without an office), optionally one year."""
    if ctx is None or not ctx.is_initialised():
        days = list(shipped_holidays())
    else:
        with ctx.read() as session:
            days = holidays_in(session)
    return [d for d in days if year is None or d.day.year == year]


def calendar_in(ctx: AppContext, session: Session) -> Calendar:
    """The office calendar inside an open session."""
    return Calendar.of(holidays_in(session))


def calendar(ctx: AppContext | None = None) -> Calendar:
    return Calendar.of(holidays(ctx))


def add_holiday(ctx: AppContext, day: date, name: str, kind: str = "libur") -> HolidayDay:
    ctx.require("calendar.edit")
    name = name.strip()
    if kind not in workdays.HOLIDAY_KINDS:
        raise NetraError(
            "bad_holiday",
            f"Jenis hari libur '{kind}' tidak sah: pilih {', '.join(workdays.HOLIDAY_KINDS)}.",
            f"Invalid kind {kind!r}.",
        )
    if not name:
        raise NetraError("bad_holiday", "Nama hari libur wajib diisi.", "A name is required.")
    with ctx.tx() as session:
        row = session.scalars(select(Holiday).where(Holiday.day == day)).first()
        if row is not None and row.deleted_at is None:
            raise NetraError(
                "holiday_exists",
                f"Tanggal {day.isoformat()} sudah tercatat sebagai hari libur: {row.name}.",
                f"{day} is already a holiday.",
            )
        if row is None:
            stamp_new(
                ctx, session, Holiday(id=holiday_id(day, name), day=day, name=name, kind=kind)
            )
        else:  # revive a removed day (the date is unique)
            row.deleted_at, row.name, row.kind = None, name, kind
            stamp_edit(ctx, session, row)
        audit.record(
            ctx, session, "calendar.add", "holiday", day.isoformat(), {"name": name, "kind": kind}
        )
    return HolidayDay(day, name, kind)


def remove_holiday(ctx: AppContext, day: date) -> HolidayDay:
    ctx.require("calendar.edit")
    with ctx.tx() as session:
        row = session.scalars(
            select(Holiday).where(Holiday.day == day, Holiday.deleted_at.is_(None))
        ).first()
        if row is None:
            raise NetraError(
                "holiday_not_found",
                f"Tanggal {day.isoformat()} tidak ada di kalender hari libur.",
                f"{day} is not a holiday.",
            )
        tombstone(ctx, session, row)
        audit.record(
            ctx, session, "calendar.remove", "holiday", day.isoformat(), {"name": row.name}
        )
        return HolidayDay(row.day, row.name, row.kind)


def deadlines(
    ctx: AppContext | None,
    anchors: Mapping[str, date | None],
    track: str | None = None,
    rulebook: Rulebook | None = None,
) -> list[Deadline]:
    """Case deadlines (rule 7) with the office calendar and the active (or given) rulebook."""
    rb = rulebook or active_rulebook(ctx)
    texts = {k: v.text for k, v in rb.unconfirmed.items()}
    return workdays.case_deadlines(
        calendar(ctx), rb.deadlines, anchors, track=track, unconfirmed_text=texts
    )


# --------------------------------------------------------------------------- engine
def check_case(source: AppContext | Rulebook | None, case_json: Any) -> Recommendation:
    """Run the engine on RULEBOOK.md's input shape with a rulebook or the office's active one."""
    rb = source if isinstance(source, Rulebook) else effective_rulebook(source)
    return engine_check(rb, case_json)


# --------------------------------------------------------------------------- self-test
SELFTEST_CASES: tuple[tuple[dict[str, Any], dict[str, Any]], ...] = (
    (
        {"category": "PNS", "violations": ["D13"], "prior": [{"type": 6, "same_nature": True}]},
        {"track": "discipline", "level": "berat", "minimum_type": 7, "allowed_types": [7, 8, 9]},
    ),
    (
        {"category": "PPPK", "violations": ["D1", "E2"]},
        {
            "track": "discipline",
            "level": "berat",
            "minimum_type": 9,
            "allowed_types": [9],
            "moral": "tertutup",
        },
    ),
    (
        {"category": "NON_ASN", "violations": ["D5"]},
        {"track": "contract", "level": None, "reference_level": "ptdh", "minimum_type": None},
    ),
)


def selftest_step(ctx: AppContext, _tmp: Any = None) -> str:
    """``netra self-test``: the engine on known cases with the office's rulebook and calendar."""
    rb = active_rulebook(ctx)
    for case, expected in SELFTEST_CASES:
        out = check_case(rb, case).to_json()
        wrong = {k: out.get(k) for k, v in expected.items() if out.get(k) != v}
        if wrong:
            raise RuntimeError(f"mesin aturan salah untuk {case}: {wrong} (harus {expected})")
    cal = calendar(ctx)
    # 2025: Idul Fitri 31 Mar-1 Apr with cuti bersama 2-4 and 7 Apr -> 8 Apr is the 1st
    # working day after Friday 28 Mar (itself cuti bersama Nyepi).
    first = workdays.add_working_days(cal, date(2025, 3, 27), 1)
    if first != date(2025, 4, 8):
        raise RuntimeError(f"kalender hari kerja salah: {first} (harus 2025-04-08)")
    return f"aturan {rb.name} {rb.version} ({rb.sha256[:12]}), {len(cal.holidays)} hari libur"
