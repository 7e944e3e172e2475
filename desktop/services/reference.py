"""Reference data: what every installation starts with, and one identity for it everywhere.

- The shipped pact templates are seeded here (:func:`seed_templates`); the rulebook and the
  holiday calendar by :mod:`desktop.services.rules`. Office setup runs both inside its
  transaction. This module is core: it imports no capability.
- Identity: a row shipped with Netra gets an id derived from what it is (a version-5 UUID in
  a fixed Netra namespace over the template's code and version, the rulebook's content hash,
  the holiday's date and name), the same on every laptop. Rows stored under other ids are
  mapped onto the one this installation holds through ``sync_alias``
  (``desktop/store/aliases.py``, with the mapping of elections issued by the kabupaten).
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.canonical import canonical_json
from desktop.domain.pact import TemplateBody
from desktop.resources import resource_path
from desktop.services import audit
from desktop.services.context import AppContext
from desktop.services.records import stamp_new
from desktop.store.models import PactTemplate

#: Never change: every installation derives the ids of shipped rows from it.
NETRA_NAMESPACE = uuid.UUID("abf024b2-3164-5594-97b9-b93a99814500")


def template_id(code: str, version: int) -> str:
    """The id of pact template ``code`` version ``version`` as shipped with Netra."""
    return str(uuid.uuid5(NETRA_NAMESPACE, f"pact_template:{code}:{int(version)}"))


def rulebook_id(sha256: str) -> str:
    """The id of a rulebook: from its content hash (the same text is the same rulebook)."""
    return str(uuid.uuid5(NETRA_NAMESPACE, f"rulebook:{sha256.lower()}"))


def holiday_id(day: date, name: str) -> str:
    return str(uuid.uuid5(NETRA_NAMESPACE, f"holiday:{day.isoformat()}:{name}"))


# ----------------------------------------------------------------------------- templates
def template_body_json(body: TemplateBody) -> str:
    """The stored text of a template body (canonical JSON: its hash is the body's)."""
    return canonical_json(body.to_json()).decode("utf-8")


def template_row(
    ctx: AppContext, session: Session, body: TemplateBody, ident: str | None = None
) -> PactTemplate:
    """A new pact template row (shipped ones with their fixed id, new versions a random one)."""
    row = PactTemplate(
        id=ident,
        code=body.code,
        version=body.version,
        title=body.title,
        audience=body.audience,
        body_json=template_body_json(body),
        sha256=body.sha256(),
    )
    return stamp_new(ctx, session, row)


def shipped_templates() -> list[TemplateBody]:
    folder = resource_path("templates")
    return [
        TemplateBody.from_json(json.loads(p.read_text(encoding="utf-8-sig")))
        for p in sorted(folder.glob("*.json"))
    ]


def seed_templates(ctx: AppContext, session: Session) -> None:
    """The shipped templates, each once, under their fixed ids (one audit entry for all)."""
    added: list[dict[str, Any]] = []
    for body in shipped_templates():
        exists = session.scalar(
            select(PactTemplate.id).where(
                PactTemplate.code == body.code, PactTemplate.version == body.version
            )
        )
        if exists is None:
            row = template_row(ctx, session, body, template_id(body.code, body.version))
            added.append({"code": body.code, "version": body.version, "sha256": row.sha256})
    if added:
        session.flush()
        audit.record(ctx, session, "template.seed", "pact_template", "", {"templates": added})
