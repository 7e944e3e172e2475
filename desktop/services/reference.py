"""Reference data every new installation starts with (templates, rulebook, holidays).

Each feature module contributes one seeder; they run inside the setup transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from desktop.services.context import AppContext

Seeder = Callable[[AppContext, Session], None]


def _seeders() -> list[Seeder]:
    # Imported here so that importing this module stays cheap and free of cycles.
    seeders: list[Seeder] = []
    from desktop.services.signing_setup import seed_templates

    seeders.append(seed_templates)
    from desktop.services.rules import seed as seed_rules

    seeders.append(seed_rules)
    return seeders


def seed(ctx: AppContext, session: Session) -> None:
    for seeder in _seeders():
        seeder(ctx, session)
