"""Elections and signing events: the data a signing session is set up from.

Templates live in :mod:`desktop.services.signing.templates` (re-exported here).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import UNIT_NOT_FOUND, NetraError
from desktop.domain.nip import as_nip
from desktop.domain.pact import TemplateBody
from desktop.services import audit, reference, unit_queries
from desktop.services.changes import Area
from desktop.services.context import AppContext
from desktop.services.office import office_today, office_zone
from desktop.services.records import stamp_edit, stamp_new, tombstone
from desktop.services.signing.templates import (
    TemplateInfo,
    body_of,
    create_version,
    edit_unsigned,
    latest_template,
    list_templates,
    preview,
    template_body,
)
from desktop.store import aliases
from desktop.store.models import Election, PactTemplate, SignatureRecord, SigningEvent

LEVELS = ("pemilu", "pilkada")


# ---------------------------------------------------------------- elections


@dataclass(frozen=True)
class ElectionInfo:
    id: str
    name: str
    level: str
    voting_date: date

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "voting_date": self.voting_date.isoformat()}


#: What an election or event command changed (the signing page lists them).
SETUP_CHANGES: frozenset[Area] = frozenset({Area.SIGNING})


@dataclass(frozen=True)
class ElectionSaved(ElectionInfo):
    """:func:`add_election` / :func:`update_election`: the election as saved (at an office
    that holds the kabupaten's, the kabupaten's); ``changes`` is not in :meth:`to_json`."""

    changes: frozenset[Area] = field(default=SETUP_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        del out["changes"]
        return out


@dataclass(frozen=True)
class ElectionDeleted:
    """:func:`delete_election`: which election was deleted."""

    id: str
    changes: frozenset[Area] = field(default=SETUP_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "deleted": True}


def _election_info(row: Election) -> ElectionInfo:
    return ElectionInfo(row.id, row.name, row.level, row.voting_date)


def _election_saved(row: Election) -> ElectionSaved:
    return ElectionSaved(row.id, row.name, row.level, row.voting_date)


def _check_election(name: str, level: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise NetraError("election_name", "Nama pemilihan wajib diisi.", "Name is required.")
    if level not in LEVELS:
        raise NetraError(
            "election_level",
            "Tingkat harus 'pemilu' atau 'pilkada'.",
            "Level must be pemilu or pilkada.",
        )
    return name


def add_election(
    ctx: AppContext, name: str, voting_date: date, level: str = "pilkada"
) -> ElectionSaved:
    ctx.require("event.manage")
    name = _check_election(name, level)
    with ctx.tx() as session:
        row = stamp_new(ctx, session, Election(name=name, level=level, voting_date=voting_date))
        session.flush()
        audit.record(
            ctx,
            session,
            "election.add",
            "election",
            row.id,
            {"name": name, "level": level, "voting_date": voting_date},
        )
        # Elections are issued by the kabupaten: at a hub the new one becomes the one its
        # offices' elections of the same level and day map onto; at an office that already
        # holds the hub's, the new row maps onto it and the hub's is the one returned.
        mapped = aliases.map_elections(session, aliases.issuer(session))
        if row.id in mapped:
            chosen = session.get(Election, mapped[row.id])
            assert chosen is not None
            return _election_saved(chosen)
        return _election_saved(row)


def update_election(
    ctx: AppContext, election_id: str, name: str, voting_date: date, level: str
) -> ElectionSaved:
    ctx.require("event.manage")
    name = _check_election(name, level)
    with ctx.tx() as session:
        row = _get_election(session, election_id)
        row.name, row.voting_date, row.level = name, voting_date, level
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "election.edit", "election", row.id, {"name": name})
        return _election_saved(row)


def delete_election(ctx: AppContext, election_id: str) -> ElectionDeleted:
    ctx.require("event.manage")
    with ctx.tx() as session:
        row = _get_election(session, election_id)
        used = session.scalar(
            select(func.count())
            .select_from(SigningEvent)
            .where(SigningEvent.election_id == row.id, SigningEvent.deleted_at.is_(None))
        )
        if used:
            raise NetraError(
                "election_in_use",
                "Pemilihan ini masih dipakai oleh acara penandatanganan.",
                "The election still has signing events.",
            )
        tombstone(ctx, session, row)
        audit.record(ctx, session, "election.delete", "election", row.id, {})
        return ElectionDeleted(row.id)


def _get_election(session: Session, election_id: str) -> Election:
    row = session.get(Election, election_id)
    if row is None or row.deleted_at is not None:
        raise NetraError(
            "election_unknown",
            f"Pemilihan '{election_id}' tidak ditemukan.",
            f"Election '{election_id}' not found.",
        )
    return row


def list_elections(ctx: AppContext) -> list[ElectionInfo]:
    ctx.require("view")
    with ctx.read() as session:
        rows = session.scalars(
            select(Election)
            .where(Election.deleted_at.is_(None))
            .order_by(Election.voting_date.desc())
        ).all()
        hidden = aliases.hidden_ids(session, "election")  # mapped onto the kabupaten's
        return [_election_info(r) for r in rows if r.id not in hidden]


# ---------------------------------------------------------------- events


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str


def unit_choices(ctx: AppContext) -> list[UnitChoice]:
    """Units an event can cover, by code."""
    ctx.require("view")
    with ctx.read() as session:
        return [UnitChoice(u.code, u.name) for u in unit_queries.live_units(session)]


@dataclass(frozen=True)
class EventInfo:
    id: str
    name: str
    election_id: str
    election_name: str
    template_id: str
    template_code: str
    template_version: int
    template_non_asn_id: str | None
    event_date: date
    place: str
    unit_codes: list[str]
    witnesses: list[dict[str, str]]
    voting_date: date | None = None  # the election's voting day
    records: int = 0  # signature and refusal records made at this event (voided ones too)
    # The office-local days its pacts were signed on (what the printed pacts carry).
    first_signed: date | None = None
    last_signed: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "event_date": self.event_date.isoformat(),
            "voting_date": self.voting_date.isoformat() if self.voting_date else None,
            "first_signed": self.first_signed.isoformat() if self.first_signed else None,
            "last_signed": self.last_signed.isoformat() if self.last_signed else None,
        }

    @property
    def signed_on_other_days(self) -> bool:
        """True when some of its pacts carry another date than the event's."""
        days = {d for d in (self.first_signed, self.last_signed) if d is not None}
        return bool(days - {self.event_date})


def _record_stats(session: Session, event_id: str) -> tuple[int, date | None, date | None]:
    count, first, last = session.execute(
        select(
            func.count(SignatureRecord.id),
            func.min(SignatureRecord.created_at),
            func.max(SignatureRecord.created_at),
        ).where(
            SignatureRecord.event_id == event_id,
            SignatureRecord.kind.in_(("signed", "refused")),
        )
    ).one()
    if not count:
        return 0, None, None
    zone = office_zone(session)

    def local(moment: datetime) -> date:
        if moment.tzinfo is None:  # SQLite hands aggregates back without the UTC decorator
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(zone).date()

    return int(count), local(_as_datetime(first)), local(_as_datetime(last))


@dataclass(frozen=True)
class EventSaved(EventInfo):
    """:func:`create_event` / :func:`update_event`: the event as saved; ``changes`` (not in
    :meth:`to_json`) tells the GUI the signing events changed."""

    changes: frozenset[Area] = field(default=SETUP_CHANGES, compare=False)

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        del out["changes"]
        return out

    @classmethod
    def of(cls, info: EventInfo) -> EventSaved:
        return cls(**{f: getattr(info, f) for f in info.__dataclass_fields__})


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def event_info(session: Session, row: SigningEvent) -> EventInfo:
    election = session.get(Election, row.election_id)
    template = session.get(PactTemplate, row.template_id)
    assert election is not None and template is not None
    records, first, last = _record_stats(session, row.id)
    return EventInfo(
        row.id,
        row.name,
        row.election_id,
        election.name,
        row.template_id,
        template.code,
        template.version,
        row.template_non_asn_id,
        row.event_date,
        row.place,
        json.loads(row.unit_codes_json),
        json.loads(row.witnesses_json),
        election.voting_date,
        records,
        first,
        last,
    )


def parse_witness(text: str) -> dict[str, str]:
    """``"Name|Position"`` or ``"Name|Position|NIP"`` -> witness dict."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise NetraError(
            "witness_format",
            f"Saksi '{text}' harus ditulis 'Nama|Jabatan' atau 'Nama|Jabatan|NIP'.",
            f"Witness '{text}' must be 'Name|Position'.",
        )
    return {"name": parts[0], "position": parts[1], "nip": parts[2] if len(parts) == 3 else ""}


def _check_event(
    session: Session, name: str, place: str, unit_codes: list[str], witnesses: list[dict[str, str]]
) -> tuple[str, str, list[str], list[dict[str, str]]]:
    """The event's name, place, unit codes and witnesses as stored, or the refusal. A
    witness's NIP typed in any form ("NIP. 19700312 199503 1 004") is kept as its 18 digits."""
    name, place = " ".join(name.split()), " ".join(place.split())
    if not name or not place:
        raise NetraError(
            "event_fields",
            "Nama acara dan tempat wajib diisi.",
            "Event name and place are required.",
        )
    codes = sorted({c.strip() for c in unit_codes if c.strip()})
    known = unit_queries.units_by_code(session, codes)
    missing = [c for c in codes if c not in known]
    if missing:
        raise UNIT_NOT_FOUND.error(emitted="unit_unknown", unit=", ".join(missing), units=missing)
    for w in witnesses:
        if not w.get("name") or not w.get("position"):
            raise NetraError(
                "witness_format",
                "Setiap saksi perlu nama dan jabatan.",
                "Each witness needs a name and a position.",
            )
    kept = [
        {**w, "nip": as_nip(w["nip"]) or w["nip"].strip()} if w.get("nip") else w for w in witnesses
    ]
    return name, place, codes, kept


def create_event(
    ctx: AppContext,
    *,
    name: str,
    election_id: str,
    template_code: str,
    event_date: date,
    place: str,
    unit_codes: list[str] | None = None,
    witnesses: list[dict[str, str]] | None = None,
    confirm_after_voting_day: bool = False,
) -> EventSaved:
    """A signing event using the latest version of ``template_code`` (and its non-ASN twin).

    A date after the election's voting day is refused unless ``confirm_after_voting_day``."""
    ctx.require("event.manage")
    with ctx.tx() as session:
        # An election mapped onto the kabupaten's is that one.
        election = _get_election(session, aliases.resolve(session, "election", election_id))
        election_id = election.id
        check_event_date(election, event_date, confirm_after_voting_day)
        name, place, codes, witnesses = _check_event(
            session, name, place, unit_codes or [], witnesses or []
        )
        template = latest_template(session, template_code)
        variant = body_of(template).non_asn_variant
        non_asn = latest_template(session, variant).id if variant else None
        row = stamp_new(
            ctx,
            session,
            SigningEvent(
                name=name,
                election_id=election_id,
                template_id=template.id,
                template_non_asn_id=non_asn,
                event_date=event_date,
                place=place,
                unit_codes_json=json.dumps(codes),
                witnesses_json=json.dumps(witnesses or [], ensure_ascii=False),
            ),
        )
        session.flush()
        audit.record(
            ctx,
            session,
            "event.create",
            "signing_event",
            row.id,
            {"name": name, "template": template.code, "version": template.version},
        )
        return EventSaved.of(event_info(session, row))


def check_event_date(election: Election, event_date: date, confirmed: bool) -> None:
    """The pact is a promise for the campaign and the vote: an event after the voting day
    is almost always a typing slip, so it needs an explicit confirmation."""
    if event_date > election.voting_date and not confirmed:
        raise NetraError(
            "event_after_voting_day",
            f"Tanggal acara {event_date:%d-%m-%Y} sesudah hari pemungutan suara "
            f"{election.name} ({election.voting_date:%d-%m-%Y}): pakta netralitas "
            "ditandatangani sebelum pemungutan suara. Periksa tanggalnya; bila memang "
            "disengaja, konfirmasikan (CLI: --after-voting-day).",
            f"The event date {event_date:%d-%m-%Y} is after the voting day of "
            f"{election.name} ({election.voting_date:%d-%m-%Y}). Check the date; if it is "
            "intended, confirm it (CLI: --after-voting-day).",
            event_date=event_date.isoformat(),
            voting_date=election.voting_date.isoformat(),
        )


def update_event(
    ctx: AppContext,
    event_id: str,
    *,
    name: str,
    event_date: date,
    place: str,
    unit_codes: list[str],
    witnesses: list[dict[str, str]],
    election_id: str | None = None,
    template_code: str | None = None,
    date_reason: str = "",
    confirm_after_voting_day: bool = False,
) -> EventSaved:
    """Edit the event's details.

    Until someone has signed (or refused) at the event, its election and template may still
    be changed. Afterwards they are fixed (a new event is made instead), and its date changes
    only as a correction with ``date_reason``, kept in the audit log: the signed pacts keep
    the date they were signed on and print nothing of the correction."""
    ctx.require("event.manage")
    with ctx.tx() as session:
        row = get_event_row(session, event_id)
        records, _first, _last = _record_stats(session, row.id)
        election = _get_election(session, row.election_id)
        if election_id is not None:
            election = _get_election(session, aliases.resolve(session, "election", election_id))
        template = session.get(PactTemplate, row.template_id)
        assert template is not None
        new_template = template
        if template_code is not None and template_code != template.code:
            new_template = latest_template(session, template_code)
        changed_election = election.id != row.election_id
        if records and (changed_election or new_template.id != template.id):
            raise NetraError(
                "event_has_signatures",
                f"Pemilihan dan templat acara '{row.name}' tidak dapat diubah karena sudah "
                f"ada {records} catatan tanda tangan/penolakan. Buat acara baru untuk "
                "pemilihan atau templat lain.",
                f"The election and template of '{row.name}' cannot change: it has {records} "
                "signature or refusal records. Make a new event instead.",
                records=records,
            )
        reason = " ".join(date_reason.split())
        old_date = row.event_date
        if records and event_date != old_date and len(reason) < 3:
            raise NetraError(
                "event_date_locked",
                f"Tanggal acara '{row.name}' tidak dapat diubah begitu saja karena sudah ada "
                f"{records} catatan tanda tangan/penolakan. Buat acara baru, atau koreksi "
                "tanggalnya dengan menuliskan alasannya (CLI: --reason); pakta yang sudah "
                "ditandatangani tetap bertanggal hari penandatanganannya.",
                f"The date of '{row.name}' cannot simply change: it has {records} records. "
                "Make a new event, or correct the date with a reason.",
                records=records,
            )
        if event_date != old_date or changed_election:
            check_event_date(election, event_date, confirm_after_voting_day)
        name, place, codes, witnesses = _check_event(session, name, place, unit_codes, witnesses)
        row.name, row.event_date, row.place = name, event_date, place
        row.unit_codes_json = json.dumps(codes)
        row.witnesses_json = json.dumps(witnesses, ensure_ascii=False)
        if not records:
            row.election_id = election.id
            if new_template.id != template.id:
                variant = body_of(new_template).non_asn_variant
                row.template_id = new_template.id
                row.template_non_asn_id = latest_template(session, variant).id if variant else None
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "event.edit", "signing_event", row.id, {"name": name})
        if event_date != old_date and records:
            audit.record(
                ctx,
                session,
                "event.date_correct",
                "signing_event",
                row.id,
                {
                    "from": old_date.isoformat(),
                    "to": event_date.isoformat(),
                    "reason": reason,
                    "records": records,
                },
            )
        return EventSaved.of(event_info(session, row))


@dataclass(frozen=True)
class Pledge:
    """The pledge read aloud at the apel (the newest "ikrar" template) and the office."""

    body: TemplateBody
    office: str


def pledge_body(ctx: AppContext) -> Pledge:
    ctx.require("view")
    with ctx.read() as session:
        rows = session.scalars(
            select(PactTemplate)
            .where(PactTemplate.deleted_at.is_(None))
            .order_by(PactTemplate.created_at.desc(), PactTemplate.version.desc())
        ).all()
        office = ctx.office(session).name
        for row in rows:
            body = body_of(row)
            if body.kind == "ikrar":
                return Pledge(body, office)
    shipped = [b for b in reference.shipped_templates() if b.kind == "ikrar"]
    if not shipped:
        raise NetraError(
            "pledge_missing",
            "Teks ikrar netralitas tidak ditemukan di templat.",
            "No pledge (ikrar) template found.",
        )
    return Pledge(shipped[0], office)


def get_event_row(session: Session, event_id: str) -> SigningEvent:
    row = session.get(SigningEvent, event_id)
    if row is None or row.deleted_at is not None:
        raise NetraError(
            "event_unknown",
            f"Acara penandatanganan '{event_id}' tidak ditemukan.",
            f"Signing event '{event_id}' not found.",
        )
    return row


def get_event(ctx: AppContext, event_id: str) -> EventInfo:
    ctx.require("view")
    with ctx.read() as session:
        return event_info(session, get_event_row(session, event_id))


def list_events(ctx: AppContext) -> list[EventInfo]:
    ctx.require("view")
    with ctx.read() as session:
        rows = session.scalars(
            select(SigningEvent)
            .where(SigningEvent.deleted_at.is_(None))
            .order_by(SigningEvent.event_date.desc(), SigningEvent.created_at.desc())
        ).all()
        return [event_info(session, r) for r in rows]


__all__ = [
    "LEVELS",
    "ElectionDeleted",
    "ElectionInfo",
    "ElectionSaved",
    "EventInfo",
    "EventSaved",
    "Pledge",
    "TemplateInfo",
    "UnitChoice",
    "add_election",
    "body_of",
    "check_event_date",
    "create_event",
    "create_version",
    "delete_election",
    "edit_unsigned",
    "event_info",
    "get_event",
    "get_event_row",
    "latest_template",
    "list_elections",
    "list_events",
    "list_templates",
    "office_today",
    "office_zone",
    "parse_witness",
    "pledge_body",
    "preview",
    "template_body",
    "unit_choices",
    "update_election",
    "update_event",
]
