"""The kabupaten hub's coverage: who has signed the pact for an election, office by office and
unit by unit, and which offices have stopped sending packages.

Counts are people, not records. A person's standing for an election is read from the
signature records of the election's events (``signature_record -> signing_event ->
election_id``, so an office's event mapped onto the hub's election counts there, and
``sync_alias`` rows for elections are followed too): a void cancels the record it
supersedes, a signature in force beats a refusal, and a person voided and signed again
counts once. The rule is the one of ``signing_people.effective_record``, taken per election
rather than per template version (offices' template ids may differ at the hub).

An employee belongs to the office that owns their unit, through the unit tree (a unit
made by an office is that office's; a unit the hub made itself belongs to the office of its
nearest ancestor an office made, else to the hub): so a person the hub added to an office's
unit, or moved there, counts in that office, and signatures the hub's own kiosks take at a
kabupaten-wide apel (records with the hub as origin) count in each signer's office. A person
with records from several places (their office's apel and the hub's) counts once. Inactive
and deleted employees are not counted. Everything is counted by SQL ``GROUP BY``: no signature
is read into Python. At a province hub (one whose enrolled peers are kabupaten hubs) the
offices are grouped one level up, per kabupaten.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import Subquery

from desktop.domain.errors import NetraError
from desktop.services.context import AppContext
from desktop.store import aliases
from desktop.store.base import utcnow
from desktop.store.models import (
    Election,
    Employee,
    Office,
    SignatureRecord,
    SigningEvent,
    SyncPeer,
    Unit,
)

SIGNED, REFUSED, VOID = "signed", "refused", "void"
NON_ASN = "NON_ASN"  # the one category counted apart (the rest are ASN)
STALE_DAYS_KEY = "hub.stale_days"
STALE_DAYS_DEFAULT = 14


# ---------------------------------------------------------------------------- results
@dataclass(frozen=True)
class Counts:
    """People of one group: employees split ASN / non-ASN, and who signed or refused."""

    asn: int = 0
    non_asn: int = 0
    signed: int = 0
    refused: int = 0
    signed_non_asn: int = 0
    refused_non_asn: int = 0

    @property
    def employees(self) -> int:
        return self.asn + self.non_asn

    @property
    def unsigned(self) -> int:
        return self.employees - self.signed - self.refused

    @property
    def percent(self) -> float:
        return round(100 * self.signed / self.employees, 1) if self.employees else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.asn + other.asn,
            self.non_asn + other.non_asn,
            self.signed + other.signed,
            self.refused + other.refused,
            self.signed_non_asn + other.signed_non_asn,
            self.refused_non_asn + other.refused_non_asn,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "employees": self.employees,
            "signed": self.signed,
            "refused": self.refused,
            "unsigned": self.unsigned,
            "percent": self.percent,
        }


def total(items: Iterable[Counts]) -> Counts:
    out = Counts()
    for item in items:
        out = out + item
    return out


@dataclass(frozen=True)
class UnitCoverage:
    unit_id: str
    unit_code: str
    unit_name: str
    counts: Counts

    def to_json(self) -> dict[str, Any]:
        c = self.counts.to_json()
        del c["percent"]
        return {"unit_code": self.unit_code, "unit_name": self.unit_name, **c}


@dataclass(frozen=True)
class OfficeCoverage:
    office: str
    name: str
    counts: Counts
    last_package_at: datetime | None
    age_days: int | None  # days since the last package arrived (None: never)
    # active | revoked (enrolled) | hub (this installation's own staff) | unknown (no peer)
    status: str
    stale: bool  # an enrolled office that never sent a package or not for too long
    kabupaten: str = ""  # at a province hub: the kabupaten hub it came through
    units: list[UnitCoverage] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office,
            "name": self.name,
            **self.counts.to_json(),
            "last_package_at": _iso(self.last_package_at),
            "units": [u.to_json() for u in self.units],
        }


@dataclass(frozen=True)
class KabupatenCoverage:
    """At a province hub: one enrolled kabupaten hub and the offices whose rows it sent."""

    code: str
    name: str
    counts: Counts
    last_package_at: datetime | None
    age_days: int | None
    stale: bool
    offices: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "kabupaten": self.code,
            "name": self.name,
            **self.counts.to_json(),
            "last_package_at": _iso(self.last_package_at),
            "offices": self.offices,
        }


@dataclass(frozen=True)
class ElectionInfo:
    id: str
    name: str
    voting_date: date

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "voting_date": self.voting_date.isoformat()}


@dataclass(frozen=True)
class Coverage:
    election: ElectionInfo
    hub_code: str
    hub_name: str
    level: str  # kabupaten | province
    stale_days: int
    generated_at: datetime
    offices: list[OfficeCoverage]
    kabupaten: list[KabupatenCoverage] = field(default_factory=list)

    @property
    def totals(self) -> Counts:
        return total(o.counts for o in self.offices)

    @property
    def not_reporting(self) -> list[OfficeCoverage]:
        return [o for o in self.offices if o.stale]

    def to_json(self) -> dict[str, Any]:
        """The ``netra hub coverage --json`` document (plus ``kabupaten`` at a province)."""
        out: dict[str, Any] = {
            "election": self.election.to_json(),
            "offices": [o.to_json() for o in self.offices],
            "not_reporting": [
                {"office": o.office, "name": o.name, "last_package_at": _iso(o.last_package_at)}
                for o in self.not_reporting
            ],
            "totals": self.totals.to_json(),
        }
        if self.level == "province":
            out["kabupaten"] = [k.to_json() for k in self.kabupaten]
        return out


@dataclass(frozen=True)
class PersonStatus:
    employee_id: str
    name: str
    nip: str | None
    category: str
    jabatan: str
    unit_code: str
    unit_name: str
    status: str  # signed | refused | unsigned

    def to_json(self) -> dict[str, Any]:
        return {
            "employee_id": self.employee_id,
            "name": self.name,
            "nip": self.nip,
            "category": self.category,
            "jabatan": self.jabatan,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "status": self.status,
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------------------- settings
def stale_days(ctx: AppContext) -> int:
    with ctx.read() as session:
        return _stale_days(ctx, session)


def _stale_days(ctx: AppContext, session: Session) -> int:
    value = ctx.get_setting(session, STALE_DAYS_KEY, STALE_DAYS_DEFAULT)
    return int(value) if isinstance(value, int) and value > 0 else STALE_DAYS_DEFAULT


def set_stale_days(ctx: AppContext, days: int) -> int:
    """After how many days without a package an office is listed as not reporting."""
    from desktop.services import audit

    ctx.require("office.configure")
    if not 1 <= days <= 365:
        raise NetraError(
            "bad_stale_days",
            "Batas hari tanpa kiriman harus antara 1 dan 365.",
            "The number of days must be between 1 and 365.",
        )
    with ctx.tx() as session:
        ctx.set_setting(session, STALE_DAYS_KEY, days)
        audit.record(ctx, session, "hub.stale_days", "setting", STALE_DAYS_KEY, {"days": days})
    return days


# ---------------------------------------------------------------------------- the hub
def require_hub(session: Session, ctx: AppContext) -> Office:
    me = ctx.office(session)
    if me.role != "hub":
        raise NetraError(
            "not_hub",
            "Cakupan per kantor hanya ada di instalasi kabupaten (hub); laptop ini kantor "
            f"{me.code}. Gunakan 'netra event progress' untuk kantor ini.",
            "Coverage per office exists only on a hub installation.",
        )
    return me


def is_hub(ctx: AppContext) -> bool:
    with ctx.read() as session:
        office = session.scalars(select(Office)).first()
        return office is not None and office.role == "hub"


@dataclass(frozen=True)
class Peer:
    office_code: str
    name: str
    role: str
    status: str
    last_in_at: datetime | None


def downstream(session: Session, me_code: str) -> list[Peer]:
    """Peers that send packages up to this hub (offices, or kabupaten hubs at a province),
    one per office however many laptops (devices) it has enrolled: active while any of its
    devices is, its last package the latest of any device's. Not this hub's own upstream
    hub, whose code is a prefix of ours, nor this hub's own code."""
    rows = session.scalars(
        select(SyncPeer).order_by(SyncPeer.office_code, SyncPeer.enrolled_at, SyncPeer.id)
    ).all()
    out: dict[str, Peer] = {}
    for p in rows:
        if p.office_code == me_code:
            continue
        if p.role != "office" and (p.role != "hub" or me_code.startswith(p.office_code + ".")):
            continue
        seen = out.get(p.office_code)
        if seen is None:
            out[p.office_code] = Peer(p.office_code, p.name, p.role, p.status, p.last_in_at)
            continue
        status = "active" if "active" in (seen.status, p.status) else seen.status
        lasts = [t for t in (seen.last_in_at, p.last_in_at) if t is not None]
        out[p.office_code] = Peer(
            p.office_code, seen.name, seen.role, status, max(lasts) if lasts else None
        )
    return list(out.values())


def elections(ctx: AppContext) -> list[ElectionInfo]:
    """Elections, latest voting day first."""
    ctx.require("view")
    with ctx.read() as session:
        return _elections(session)


def _elections(session: Session) -> list[ElectionInfo]:
    """Elections this hub holds; those mapped onto another (an office's own copy of the
    kabupaten's election) are left out, as in the election lists."""
    hidden = aliases.hidden_ids(session, "election")
    rows = session.execute(
        select(Election.id, Election.name, Election.voting_date)
        .where(Election.deleted_at.is_(None))
        .order_by(Election.voting_date.desc(), Election.created_at.desc(), Election.id)
    ).all()
    return [ElectionInfo(r[0], r[1], r[2]) for r in rows if r[0] not in hidden]


def _election(session: Session, election_id: str | None) -> ElectionInfo:
    if election_id is None:
        found = _elections(session)
        if not found:
            raise NetraError(
                "no_election",
                "Belum ada pemilihan di hub ini: buat dulu dengan 'netra election add'.",
                "There is no election at this hub yet.",
            )
        return found[0]
    # an office's id for the election resolves to the one it was mapped onto
    row = session.get(Election, aliases.resolve(session, "election", election_id))
    if row is None or row.deleted_at is not None:
        raise NetraError(
            "election_unknown",
            f"Pemilihan '{election_id}' tidak ada. Lihat 'netra election list'.",
            f"Election '{election_id}' does not exist.",
        )
    return ElectionInfo(row.id, row.name, row.voting_date)


def election_ids(session: Session, election_id: str) -> list[str]:
    """The election and every other id that sync has mapped onto it."""
    return aliases.ids_for(session, "election", election_id)


# ---------------------------------------------------------------------------- SQL
def standing(ids: Sequence[str], unit_ids: Sequence[str] | None = None) -> Subquery:
    """One row per person with a record in force for the election, wherever the records
    were made (their office's kiosks, the hub's): ``signed`` and ``refused`` are 0/1 (a
    person with both is signed). ``unit_ids``: only the people of these units."""
    sr = SignatureRecord.__table__
    ev = SigningEvent.__table__
    void = SignatureRecord.__table__.alias("v")
    voided = select(void.c.supersedes_id).where(
        void.c.kind == VOID, void.c.supersedes_id.is_not(None)
    )
    stmt = (
        select(
            sr.c.employee_id.label("employee_id"),
            func.max(case((sr.c.kind == SIGNED, 1), else_=0)).label("signed"),
            func.max(case((sr.c.kind == REFUSED, 1), else_=0)).label("refused"),
        )
        .where(
            sr.c.event_id.in_(select(ev.c.id).where(ev.c.election_id.in_(list(ids)))),
            sr.c.kind.in_((SIGNED, REFUSED)),
            sr.c.id.not_in(voided),
        )
        .group_by(sr.c.employee_id)
    )
    if unit_ids is not None:
        emp = Employee.__table__
        stmt = stmt.where(
            sr.c.employee_id.in_(select(emp.c.id).where(emp.c.unit_id.in_(list(unit_ids))))
        )
    return stmt.subquery("standing")


def unit_offices(session: Session, me_code: str) -> dict[str, str]:
    """{unit id: the office it belongs to}. A unit an office made (``origin``) is that
    office's; a unit this hub made belongs to the office of its nearest ancestor an office
    made (a sub-unit the hub added under an office's unit), else to the hub itself. Units
    are few (tens per office): read once, walked in Python."""
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.origin)).all()
    parent = {uid: pid for uid, pid, _o in rows}
    origin = {uid: o for uid, _p, o in rows}
    out: dict[str, str] = {}
    for uid in parent:
        path: list[str] = []
        cur: str | None = uid
        owner = me_code
        while cur is not None and cur in origin:
            if cur in out:
                owner = out[cur]
                break
            if origin[cur] != me_code:
                owner = origin[cur]
                break
            if cur in path:  # a cycle (never made by Netra): the hub's
                break
            path.append(cur)
            cur = parent[cur]
        for seen in path:
            out[seen] = owner
        out[uid] = owner
    return out


def office_unit_ids(session: Session, me_code: str, office: str) -> list[str]:
    """The units whose people count in ``office``."""
    return [uid for uid, code in unit_offices(session, me_code).items() if code == office]


def _live_employee() -> Any:
    emp = Employee.__table__
    return (emp.c.active == true()) & emp.c.deleted_at.is_(None)


def coverage_queries(ids: Sequence[str]) -> tuple[Select[Any], Select[Any]]:
    """The screen's two grouped queries: the live people per (origin, unit, category), and
    among them those signed and those who refused (without a signature in force) per (unit,
    category, origin). The unit decides the office (:func:`unit_offices`); ``origin`` only
    counts for a person whose unit is not known here. Categories are folded into ASN /
    non-ASN in Python (:func:`_grouped`): grouping by the column itself lets SQLite read the
    people in the covering index's order without sorting them. Two passes over covering
    indexes are cheaper than joining every person to the records."""
    emp = Employee.__table__
    p = standing(ids)
    people = (
        select(emp.c.origin, emp.c.unit_id, emp.c.category, func.count())
        .where(_live_employee())
        .group_by(emp.c.origin, emp.c.unit_id, emp.c.category)
    )
    refused_only = case(((p.c.signed == 0) & (p.c.refused == 1), 1), else_=0)
    # unit first: the sort behind this GROUP BY tells groups apart on the first key
    standings = (
        select(
            emp.c.unit_id,
            emp.c.category,
            emp.c.origin,
            func.sum(p.c.signed),
            func.sum(refused_only),
        )
        .select_from(p.join(emp, emp.c.id == p.c.employee_id))
        .where(_live_employee())
        .group_by(emp.c.unit_id, emp.c.category, emp.c.origin)
    )
    return people, standings


def _in_order(session: Session, stmt: Select[Any]) -> Any:
    """Run ``stmt``; on SQLite with its one join written ``CROSS JOIN``, which SQLite's
    planner never reorders: without statistics (no ANALYZE) it would otherwise scan every
    employee and build a temporary index on the people's standing (measured: 1.1 s instead
    of 0.3 s for 100,000 people). PostgreSQL plans this well by itself."""
    if session.get_bind().dialect.name != "sqlite":
        return session.execute(stmt)
    compiled = stmt.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    sql = str(compiled)
    assert sql.count(" JOIN employee ON ") == 1
    ordered = sql.replace(" JOIN employee ON ", " CROSS JOIN employee ON ")
    values = [compiled.params[name] for name in compiled.positiontup or ()]
    return session.connection().exec_driver_sql(ordered, tuple(values))


def _grouped(session: Session, ids: Sequence[str], me_code: str) -> dict[str, dict[str, Counts]]:
    """{office: {unit id: counts}}, each person in the office that owns their unit."""
    people_q, standing_q = coverage_queries(ids)
    done: dict[tuple[str, str, bool], tuple[int, int]] = {}
    for unit_id, category, origin, signed, refused in _in_order(session, standing_q):
        key = (origin, unit_id, category == NON_ASN)
        had_signed, had_refused = done.get(key, (0, 0))
        done[key] = (had_signed + int(signed or 0), had_refused + int(refused or 0))
    people: dict[tuple[str, str, bool], int] = defaultdict(int)
    for origin, unit_id, category, count in session.execute(people_q):
        people[(origin, unit_id, category == NON_ASN)] += count
    owners = unit_offices(session, me_code)
    out: dict[str, dict[str, Counts]] = defaultdict(dict)
    for (origin, unit_id, non_asn), count in people.items():
        signed, refused = done.get((origin, unit_id, non_asn), (0, 0))
        add = (
            Counts(non_asn=count, signed=signed, refused=refused,
                   signed_non_asn=signed, refused_non_asn=refused)
            if non_asn
            else Counts(asn=count, signed=signed, refused=refused)
        )  # fmt: skip
        units = out[owners.get(unit_id, origin)]
        units[unit_id] = units.get(unit_id, Counts()) + add
    return out


def _age(now: datetime, when: datetime | None) -> int | None:
    return None if when is None else max(0, (now - when).days)


# ---------------------------------------------------------------------------- coverage
def coverage(
    ctx: AppContext, election_id: str | None = None, *, now: datetime | None = None
) -> Coverage:
    """Coverage of ``election_id`` (default: the latest election) at this hub."""
    ctx.require("view")
    now = now or utcnow()
    with ctx.read() as session:
        me = require_hub(session, ctx)
        election = _election(session, election_id)
        limit = _stale_days(ctx, session)
        me_code, me_name = me.code, me.name
        peers = downstream(session, me_code)
        grouped = _grouped(session, election_ids(session, election.id), me_code)
        unit_ids = {uid for units in grouped.values() for uid in units}
        units = {
            r[0]: (r[1], r[2])
            for r in session.execute(select(Unit.id, Unit.code, Unit.name))
            if r[0] in unit_ids
        }
    province = any(p.role == "hub" for p in peers)
    by_code = {p.office_code: p for p in peers}
    offices: list[OfficeCoverage] = []

    def stale_of(peer: Peer) -> bool:
        age = _age(now, peer.last_in_at)
        return peer.status == "active" and (age is None or age > limit)

    def office_row(code: str, unit_counts: dict[str, Counts]) -> OfficeCoverage:
        unit_rows = sorted(
            (
                UnitCoverage(uid, *units.get(uid, ("", "")), counts)
                for uid, counts in unit_counts.items()
            ),
            key=lambda u: (u.unit_code, u.unit_name),
        )
        counts = total(u.counts for u in unit_rows)
        if province:
            via = next(
                (p for p in peers if code == p.office_code or code.startswith(p.office_code + ".")),
                None,
            )
            last = via.last_in_at if via else None
            status = "hub" if code == me_code else ("active" if via else "unknown")
            return OfficeCoverage(
                code, code, counts, last, _age(now, last), status, False,
                via.office_code if via else "", unit_rows,
            )  # fmt: skip
        peer = by_code.get(code)
        if peer is None:
            status, name = ("hub", me_name) if code == me_code else ("unknown", code)
            return OfficeCoverage(code, name, counts, None, None, status, False, "", unit_rows)
        last = peer.last_in_at
        return OfficeCoverage(
            code, peer.name, counts, last, _age(now, last), peer.status, stale_of(peer), "",
            unit_rows,
        )  # fmt: skip

    codes = set(grouped)
    if not province:
        codes |= {p.office_code for p in peers if p.status == "active"}
    for code in sorted(codes):
        offices.append(office_row(code, grouped.get(code, {})))
    kabupaten: list[KabupatenCoverage] = []
    if province:
        for p in (p for p in peers if p.role == "hub"):
            mine = [o for o in offices if o.kabupaten == p.office_code]
            kabupaten.append(
                KabupatenCoverage(
                    p.office_code, p.name, total(o.counts for o in mine), p.last_in_at,
                    _age(now, p.last_in_at), stale_of(p), [o.office for o in mine],
                )
            )  # fmt: skip
        # a kabupaten that has never sent anything still shows as not reporting
        offices += [
            OfficeCoverage(k.code, k.name, Counts(), k.last_package_at, k.age_days, "active",
                           True, k.code)
            for k in kabupaten
            if k.stale and not k.offices
        ]  # fmt: skip
        stale_kab = {k.code for k in kabupaten if k.stale}
        offices = [
            o if o.kabupaten not in stale_kab or o.stale
            else OfficeCoverage(o.office, o.name, o.counts, o.last_package_at, o.age_days,
                                o.status, True, o.kabupaten, o.units)
            for o in offices
        ]  # fmt: skip
    return Coverage(
        election,
        me_code,
        me_name,
        "province" if province else "kabupaten",
        limit,
        now,
        offices,
        kabupaten,
    )


# ---------------------------------------------------------------------------- people
def people(
    ctx: AppContext,
    election_id: str,
    office: str,
    *,
    unit_code: str | None = None,
    status: str | None = None,
) -> list[PersonStatus]:
    """An office's active people (one unit of it, or one status) for the drill-down."""
    ctx.require("view")
    with ctx.read() as session:
        me = require_hub(session, ctx)
        election = _election(session, election_id)
        owned = office_unit_ids(session, me.code, office)
        return _people(session, election_ids(session, election.id), owned, unit_code, status)


def _people(
    session: Session,
    ids: Sequence[str],
    owned: Sequence[str],
    unit_code: str | None,
    status: str | None,
) -> list[PersonStatus]:
    """The live people of the units ``owned`` (one office's) with their standing."""
    emp = Employee.__table__
    unit = Unit.__table__
    p = standing(ids, unit_ids=owned)
    stmt = (
        select(
            emp.c.id,
            emp.c.name,
            emp.c.nip,
            emp.c.category,
            emp.c.jabatan,
            unit.c.code,
            unit.c.name,
            p.c.signed,
            p.c.refused,
        )
        .select_from(
            emp.join(unit, unit.c.id == emp.c.unit_id).outerjoin(p, p.c.employee_id == emp.c.id)
        )
        .where(_live_employee(), emp.c.unit_id.in_(list(owned)))
        .order_by(unit.c.code, emp.c.name_key, emp.c.name, emp.c.id)
    )
    if unit_code is not None:
        stmt = stmt.where(unit.c.code == unit_code)
    if status == "signed":
        stmt = stmt.where(p.c.signed == 1)
    elif status == "refused":
        stmt = stmt.where(p.c.signed == 0, p.c.refused == 1)
    elif status == "unsigned":
        stmt = stmt.where(p.c.employee_id.is_(None))
    out = []
    for eid, name, nip, category, jabatan, ucode, uname, signed, refused in session.execute(stmt):
        state = SIGNED if signed else (REFUSED if refused else "unsigned")
        out.append(PersonStatus(eid, name, nip, category, jabatan, ucode, uname, state))
    return out


def office_people(
    ctx: AppContext, election_id: str, offices: Sequence[str]
) -> dict[str, list[PersonStatus]]:
    """Everyone of each office with their standing (the recap workbook's sheets)."""
    ctx.require("view")
    with ctx.read() as session:
        me = require_hub(session, ctx)
        election = _election(session, election_id)
        ids = election_ids(session, election.id)
        owners = unit_offices(session, me.code)
        owned: dict[str, list[str]] = defaultdict(list)
        for uid, code in owners.items():
            owned[code].append(uid)
        return {code: _people(session, ids, owned[code], None, None) for code in offices}
