"""Reference data: what every installation starts with, and one identity for it everywhere.

- Seeders: each feature module contributes one (templates, rulebook and holidays); they run
  inside the setup transaction.
- Identity: a row shipped with Netra gets an id derived from what it is (a version-5 UUID in
  a fixed Netra namespace over the template's code and version, the rulebook's content hash,
  the holiday's date and name), the same on every laptop. Rows stored under other ids are
  mapped onto the one this installation holds through ``sync_alias``
  (``desktop/store/aliases.py``, with the mapping of elections issued by the kabupaten).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from desktop.services.context import AppContext

Seeder = Callable[[AppContext, Session], None]

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


# ----------------------------------------------------------------------------- seeding
def _seeders() -> list[Seeder]:
    # Imported here so that importing this module stays cheap and free of cycles.
    seeders: list[Seeder] = []
    from desktop.services.signing.setup import seed_templates

    seeders.append(seed_templates)
    from desktop.services.rules import seed as seed_rules

    seeders.append(seed_rules)
    return seeders


def seed(ctx: AppContext, session: Session) -> None:
    for seeder in _seeders():
        seeder(ctx, session)
