"""Pact templates: the shipped versions, new versions with a preview, never editing a signed one.

Templates are versioned data (``resources/templates/*.json``, see :mod:`desktop.domain.pact`):
the shipped ones are seeded at office setup; an administrator makes a new version (for the
next election) and previews it. A version that has signatures is never edited; a version
nobody has signed yet may still be corrected.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.errors import NetraError
from desktop.domain.pact import PactText, TemplateBody, fill, sample_identity
from desktop.services import audit, reference
from desktop.services.context import AppContext
from desktop.services.records import stamp_edit
from desktop.store.aliases import alias_map, ids_for
from desktop.store.models import PactTemplate, SignatureRecord


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
    aliases = alias_map(session, "pact_template")  # records keep the id they were sealed with
    out: dict[str, int] = {}
    for tid, n in rows:
        key = aliases.get(tid, tid)
        out[key] = out.get(key, 0) + int(n)
    return out


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


def preview(data: dict[str, Any], today: date | None = None) -> PactText:
    """What a (draft) template looks like filled for a sample signer, dated ``today`` (the
    caller's office date, :func:`desktop.services.office.office_today`; the machine's date
    when not given: a sample, never stored); validates it too."""
    body = TemplateBody.from_json(data)
    when = today or date.today()
    return fill(body, sample_identity(body.audience), place="Tiakur", when=when)


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
        row = reference.template_row(ctx, session, body)
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
            .where(SignatureRecord.template_id.in_(ids_for(session, "pact_template", row.id)))
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
        row.body_json, row.sha256 = reference.template_body_json(body), body.sha256()
        stamp_edit(ctx, session, row)
        audit.record(ctx, session, "template.edit", "pact_template", row.id, {"sha256": row.sha256})
        return TemplateInfo(
            row.id, row.code, row.version, row.title, row.audience, body.kind, row.sha256, 0, True
        )
