"""Pact templates, elections and signing events: the data a signing session is set up from.

Templates are versioned data: the shipped ones are seeded at office setup; an administrator
makes a new version (for the next election) and previews it. A version that has signatures
is never edited; editing a version nobody has signed yet is allowed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.canonical import canonical_json
from desktop.domain.errors import NetraError
from desktop.domain.pact import PactText, TemplateBody, fill, sample_identity
from desktop.resources import resource_path
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit, stamp_new, tombstone
from desktop.store.models import Election, PactTemplate, SignatureRecord, SigningEvent, Unit

LEVELS = ("pemilu", "pilkada")


# ---------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    version: int
    title: str
    audience: str
    kind: str
    sha256: str
    signatures: int
    latest: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def body_of(row: PactTemplate) -> TemplateBody:
    return TemplateBody.from_json(json.loads(row.body_json))


def _template_row(ctx: AppContext, session: Session, body: TemplateBody) -> PactTemplate:
    row = PactTemplate(
        code=body.code,
        version=body.version,
        title=body.title,
        audience=body.audience,
        body_json=_body_json(body),
        sha256=body.sha256(),
    )
    return stamp_new(ctx, session, row)


def _body_json(body: TemplateBody) -> str:
    return canonical_json(body.to_json()).decode("utf-8")


def shipped_templates() -> list[TemplateBody]:
    folder = resource_path("templates")
    return [
        TemplateBody.from_json(json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(folder.glob("*.json"))
    ]


def seed_templates(ctx: AppContext, session: Session) -> None:
    """Reference seeder: the shipped templates, each once."""
    for body in shipped_templates():
        exists = session.scalar(
            select(PactTemplate.id).where(
                PactTemplate.code == body.code, PactTemplate.version == body.version
            )
        )
        if exists is None:
            row = _template_row(ctx, session, body)
            session.flush()
            audit.record(
                ctx,
                session,
                "template.seed",
                "pact_template",
                row.id,
                {"code": body.code, "version": body.version, "sha256": row.sha256},
            )


def latest_template(session: Session, code: str) -> PactTemplate:
    row = session.scalars(
        select(PactTemplate)
        .where(PactTemplate.code == code, PactTemplate.deleted_at.is_(None))
        .order_by(PactTemplate.version.desc())
    ).first()
    if row is None:
        raise NetraError(
            "template_unknown",
            f"Templat '{code}' tidak ditemukan.",
            f"Template '{code}' not found.",
            template=code,
        )
    return row


def _signature_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(SignatureRecord.template_id, func.count())
        .where(SignatureRecord.kind == "signed")
        .group_by(SignatureRecord.template_id)
    )
    return {tid: int(n) for tid, n in rows}


def list_templates(ctx: AppContext, latest_only: bool = False) -> list[TemplateInfo]:
    ctx.require("view")
    with ctx.read() as session:
        rows = session.scalars(
            select(PactTemplate)
            .where(PactTemplate.deleted_at.is_(None))
            .order_by(PactTemplate.code, PactTemplate.version)
        ).all()
        counts = _signature_counts(session)
        newest: dict[str, int] = {}
        for r in rows:
            newest[r.code] = max(newest.get(r.code, 0), r.version)
        out = [
            TemplateInfo(
                r.id,
                r.code,
                r.version,
                r.title,
                r.audience,
                json.loads(r.body_json).get("kind", "pakta"),
                r.sha256,
                counts.get(r.id, 0),
                newest[r.code] == r.version,
            )
            for r in rows
        ]
    return [t for t in out if t.latest] if latest_only else out


def template_body(ctx: AppContext, template_id: str) -> TemplateBody:
    ctx.require("view")
    with ctx.read() as session:
        row = session.get(PactTemplate, template_id)
        if row is None:
            raise NetraError("template_unknown", "Templat tidak ditemukan.", "Unknown template.")
        return body_of(row)


def preview(data: dict[str, Any]) -> PactText:
    """What a (draft) template looks like filled for a sample signer; validates it too."""
    body = TemplateBody.from_json(data)
    return fill(body, sample_identity(body.audience), place="Tiakur", when=date.today())


def create_version(ctx: AppContext, data: dict[str, Any]) -> TemplateInfo:
    """A new version of ``data["code"]`` (or a new template): never touches signed versions."""
    ctx.require("template.manage")
    with ctx.tx() as session:
        draft = TemplateBody.from_json({**data, "version": 1})
        last = session.scalars(
            select(PactTemplate)
            .where(PactTemplate.code == draft.code)
            .order_by(PactTemplate.version.desc())
        ).first()
        version = last.version + 1 if last is not None else 1
        body = TemplateBody.from_json({**data, "version": version})
        if last is not None and last.sha256 == body.sha256():
            raise NetraError(
                "template_unchanged",
                "Teks templat sama persis dengan versi "
                f"{last.version}: tidak ada versi baru yang dibuat.",
                f"The text is identical to version {last.version}.",
            )
        row = _template_row(ctx, session, body)
        session.flush()
        audit.record(
            ctx,
            session,
            "template.version",
            "pact_template",
            row.id,
            {"code": body.code, "version": version, "sha256": row.sha256},
        )
        return TemplateInfo(
            row.id, row.code, row.version, row.title, row.audience, body.kind, row.sha256, 0, True
        )


def edit_unsigned(ctx: AppContext, template_id: str, data: dict[str, Any]) -> TemplateInfo:
    """Correct a version that nobody has signed yet; a signed one is refused."""
    ctx.require("template.manage")
    with ctx.tx() as session:
        row = session.get(PactTemplate, template_id)
        if row is None:
            raise NetraError("template_unknown", "Templat tidak ditemukan.", "Unknown template.")
        used = session.scalar(
            select(func.count())
            .select_from(SignatureRecord)
            .where(SignatureRecord.template_id == row.id)
        )
        if used:
            raise NetraError(
                "template_in_use",
                f"Templat ini sudah ditandatangani {used} "
                "orang dan tidak boleh diubah. Buat versi baru.",
                "This template has signatures and cannot be edited; make a new version.",
                signatures=int(used or 0),
            )
        body = TemplateBody.from_json({**data, "code": row.code, "version": row.version})
        row.title, row.audience = body.title, body.audience
        row.body_json, row.sha256 = _body_json(body), body.sha256()
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "template.edit", "pact_template", row.id, {"sha256": row.sha256})
        return TemplateInfo(
            row.id, row.code, row.version, row.title, row.audience, body.kind, row.sha256, 0, True
        )


# ---------------------------------------------------------------- elections


@dataclass(frozen=True)
class ElectionInfo:
    id: str
    name: str
    level: str
    voting_date: date

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "voting_date": self.voting_date.isoformat()}


def _election_info(row: Election) -> ElectionInfo:
    return ElectionInfo(row.id, row.name, row.level, row.voting_date)


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
) -> ElectionInfo:
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
        return _election_info(row)


def update_election(
    ctx: AppContext, election_id: str, name: str, voting_date: date, level: str
) -> ElectionInfo:
    ctx.require("event.manage")
    name = _check_election(name, level)
    with ctx.tx() as session:
        row = _get_election(session, election_id)
        row.name, row.voting_date, row.level = name, voting_date, level
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "election.edit", "election", row.id, {"name": name})
        return _election_info(row)


def delete_election(ctx: AppContext, election_id: str) -> None:
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
        return [_election_info(r) for r in rows]


# ---------------------------------------------------------------- events


@dataclass(frozen=True)
class UnitChoice:
    code: str
    name: str


def unit_choices(ctx: AppContext) -> list[UnitChoice]:
    """Units an event can cover, by code."""
    ctx.require("view")
    with ctx.read() as session:
        rows = session.execute(
            select(Unit.code, Unit.name).where(Unit.deleted_at.is_(None)).order_by(Unit.code)
        ).all()
        return [UnitChoice(code, name) for code, name in rows]


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

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "event_date": self.event_date.isoformat()}


def event_info(session: Session, row: SigningEvent) -> EventInfo:
    election = session.get(Election, row.election_id)
    template = session.get(PactTemplate, row.template_id)
    assert election is not None and template is not None
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
) -> tuple[str, str, list[str]]:
    name, place = " ".join(name.split()), " ".join(place.split())
    if not name or not place:
        raise NetraError(
            "event_fields",
            "Nama acara dan tempat wajib diisi.",
            "Event name and place are required.",
        )
    codes = sorted({c.strip() for c in unit_codes if c.strip()})
    if codes:
        known = set(
            session.scalars(
                select(Unit.code).where(Unit.code.in_(codes), Unit.deleted_at.is_(None))
            )
        )
        missing = [c for c in codes if c not in known]
        if missing:
            raise NetraError(
                "unit_unknown",
                f"Unit kerja tidak dikenal: {', '.join(missing)}.",
                f"Unknown units: {', '.join(missing)}.",
                units=missing,
            )
    for w in witnesses:
        if not w.get("name") or not w.get("position"):
            raise NetraError(
                "witness_format",
                "Setiap saksi perlu nama dan jabatan.",
                "Each witness needs a name and a position.",
            )
    return name, place, codes


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
) -> EventInfo:
    """A signing event using the latest version of ``template_code`` (and its non-ASN twin)."""
    ctx.require("event.manage")
    with ctx.tx() as session:
        _get_election(session, election_id)
        name, place, codes = _check_event(session, name, place, unit_codes or [], witnesses or [])
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
        return event_info(session, row)


def update_event(
    ctx: AppContext,
    event_id: str,
    *,
    name: str,
    event_date: date,
    place: str,
    unit_codes: list[str],
    witnesses: list[dict[str, str]],
) -> EventInfo:
    """Edit the event's details (its template and election are fixed once created)."""
    ctx.require("event.manage")
    with ctx.tx() as session:
        row = get_event_row(session, event_id)
        name, place, codes = _check_event(session, name, place, unit_codes, witnesses)
        row.name, row.event_date, row.place = name, event_date, place
        row.unit_codes_json = json.dumps(codes)
        row.witnesses_json = json.dumps(witnesses, ensure_ascii=False)
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "event.edit", "signing_event", row.id, {"name": name})
        return event_info(session, row)


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
