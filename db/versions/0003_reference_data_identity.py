"""reference data identity

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 09:40:00.000000

House rules: batch mode for every ALTER (SQLite); never drop user data; evidence tables are
append-only, so a migration may add columns to them but never rewrite their rows' content.

Data only, no schema change. Rows shipped with Netra move to the ids every installation now
gives them (a version-5 UUID in the Netra namespace: template code + version, rulebook
content hash, holiday date + name); the old id stays known as an alias in ``sync_alias`` so
evidence rows sealed with it (signature records name their template) keep their hash and
still resolve. At a hub, signature records imported from offices whose template ids were
never aliased are mapped by the template's code and version (from the office's template row
kept as a duplicate) or by the template's text hash. Elections of the same level and voting
day are mapped onto one (the kabupaten's, else the oldest); signing events and cases follow.

The id formulas are copied here on purpose (a migration must not change when the code
does); tests check they agree with ``desktop.services.reference``.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NETRA_NAMESPACE = uuid.UUID("abf024b2-3164-5594-97b9-b93a99814500")
# The templates Netra shipped when this revision was written.
SHIPPED_TEMPLATES = frozenset(
    {("ikrar-netralitas-2024", 1), ("pakta-netralitas-asn", 1), ("pakta-netralitas-non-asn", 1)}
)


def template_id(code: str, version: int) -> str:
    return str(uuid.uuid5(NETRA_NAMESPACE, f"pact_template:{code}:{int(version)}"))


def rulebook_id(sha256: str) -> str:
    return str(uuid.uuid5(NETRA_NAMESPACE, f"rulebook:{sha256.lower()}"))


def holiday_id(day: date, name: str) -> str:
    return str(uuid.uuid5(NETRA_NAMESPACE, f"holiday:{day.isoformat()}:{name}"))


def _date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


class _Aliases:
    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn
        self.table = sa.table(
            "sync_alias",
            sa.column("entity"),
            sa.column("incoming_id"),
            sa.column("local_id"),
            sa.column("origin"),
        )

    def known(self, entity: str) -> dict[str, str]:
        t = self.table
        rows = self.conn.execute(
            sa.select(t.c.incoming_id, t.c.local_id).where(t.c.entity == entity)
        )
        return {str(r[0]): str(r[1]) for r in rows.all()}

    def add(self, entity: str, other: str, local: str, origin: str) -> None:
        """``other`` -> ``local``; aliases pointing at ``other`` follow it (kept flat)."""
        if other == local:
            return
        t = self.table
        self.conn.execute(
            sa.update(t).where(t.c.entity == entity, t.c.local_id == other).values(local_id=local)
        )
        found = self.conn.execute(
            sa.select(t.c.local_id).where(t.c.entity == entity, t.c.incoming_id == other)
        ).first()
        if found is None:
            self.conn.execute(
                sa.insert(t).values(
                    entity=entity, incoming_id=other, local_id=local, origin=origin or ""
                )
            )
        elif found[0] != local:
            self.conn.execute(
                sa.update(t)
                .where(t.c.entity == entity, t.c.incoming_id == other)
                .values(local_id=local)
            )


def _versions_follow(conn: sa.Connection, entity: str, old: str, new: str) -> None:
    conn.execute(
        sa.text("UPDATE sync_version SET row_id = :new WHERE entity = :e AND row_id = :old"),
        {"new": new, "old": old, "e": entity},
    )


def _move_templates(conn: sa.Connection, aliases: _Aliases) -> None:
    meta = sa.MetaData()
    t = sa.Table("pact_template", meta, autoload_with=conn)
    rows = conn.execute(sa.select(t.c.id, t.c.code, t.c.version, t.c.origin)).all()
    others = [c.name for c in t.columns if c.name not in ("id", "version")]
    for old, code, version, origin in rows:
        if (code, int(version)) not in SHIPPED_TEMPLATES:
            continue
        new = template_id(code, version)
        if new == old:
            continue
        # signing_event refers to the row by a foreign key: copy it under the new id (with a
        # negative version while both exist, for the unique code+version), move the events,
        # drop the old copy, restore the version.
        cols = ", ".join(["id", "version", *others])
        conn.execute(
            sa.text(
                f"INSERT INTO pact_template ({cols}) SELECT :new, -version, "
                f"{', '.join(others)} FROM pact_template WHERE id = :old"
            ),
            {"new": new, "old": old},
        )
        for column in ("template_id", "template_non_asn_id"):
            conn.execute(
                sa.text(f"UPDATE signing_event SET {column} = :new WHERE {column} = :old"),
                {"new": new, "old": old},
            )
        conn.execute(sa.text("DELETE FROM pact_template WHERE id = :old"), {"old": old})
        conn.execute(
            sa.text("UPDATE pact_template SET version = -version WHERE id = :new"), {"new": new}
        )
        aliases.add("pact_template", old, new, origin)
        _versions_follow(conn, "pact_template", old, new)


def _move_simple(conn: sa.Connection, aliases: _Aliases, table: str) -> None:
    """Rulebooks and holidays: no foreign key points at them, the id changes in place."""
    meta = sa.MetaData()
    t = sa.Table(table, meta, autoload_with=conn)
    if table == "rulebook":
        rows = [
            (old, rulebook_id(sha), origin)
            for old, sha, origin in conn.execute(sa.select(t.c.id, t.c.sha256, t.c.origin))
        ]
    else:
        rows = [
            (old, holiday_id(_date(day), name), origin)
            for old, day, name, origin in conn.execute(
                sa.select(t.c.id, t.c.day, t.c.name, t.c.origin)
            )
        ]
    taken = {r[0] for r in rows}
    for old, new, origin in rows:
        if new == old or new in taken:
            continue
        conn.execute(sa.update(t).where(t.c.id == old).values(id=new))
        taken.add(new)
        aliases.add(table, old, new, origin)
        _versions_follow(conn, table, old, new)


def _resolve_office_templates(conn: sa.Connection, aliases: _Aliases) -> None:
    """Signature records (mostly imported from offices) naming a template id this database
    neither holds nor knows as an alias: map it by the office's template row (kept as a
    duplicate: its code and version), else by the template text's hash."""
    held = {r[0] for r in conn.execute(sa.text("SELECT id FROM pact_template"))}
    by_code = {
        (code, int(version)): ident
        for ident, code, version in conn.execute(
            sa.text("SELECT id, code, version FROM pact_template")
        )
    }
    by_sha: dict[str, list[str]] = defaultdict(list)
    for ident, sha in conn.execute(sa.text("SELECT id, sha256 FROM pact_template")):
        by_sha[sha].append(ident)
    known = aliases.known("pact_template")
    described: dict[str, tuple[str, int]] = {}
    for entity_id, incoming in conn.execute(
        sa.text("SELECT entity_id, incoming_json FROM sync_conflict WHERE entity = 'pact_template'")
    ):
        try:
            doc = json.loads(incoming)
            described[entity_id] = (str(doc["code"]), int(doc["version"]))
        except (ValueError, KeyError, TypeError):
            continue
    rows = conn.execute(
        sa.text("SELECT DISTINCT template_id, template_sha256, origin FROM signature_record")
    ).all()
    for tid, sha, origin in rows:
        if tid in held or tid in known:
            continue
        target = by_code.get(described[tid]) if tid in described else None
        if target is None and len(by_sha.get(sha, [])) == 1:
            target = by_sha[sha][0]
        if target is not None:
            aliases.add("pact_template", tid, target, origin)
            known[tid] = target


def _map_elections(conn: sa.Connection, aliases: _Aliases) -> None:
    office = conn.execute(sa.text("SELECT code, role FROM office")).first()
    if office is None:
        return
    issuer = office[0]
    if office[1] != "hub":
        hub = conn.execute(sa.text("SELECT office_code FROM sync_peer WHERE role = 'hub'")).first()
        issuer = hub[0] if hub else None
    groups: dict[tuple[str, date], list[tuple[bool, str, str, str]]] = defaultdict(list)
    for ident, origin, level, day, created in conn.execute(
        sa.text(
            "SELECT id, origin, level, voting_date, created_at FROM election "
            "WHERE deleted_at IS NULL"
        )
    ):
        groups[(level, _date(day))].append((origin != issuer, str(created), ident, origin))
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort()
        chosen = members[0]
        for member in members[1:]:
            if member[3] == chosen[3]:
                continue
            aliases.add("election", member[2], chosen[2], member[3])
            for table in ("signing_event", "case_file"):
                conn.execute(
                    sa.text(f"UPDATE {table} SET election_id = :new WHERE election_id = :old"),
                    {"new": chosen[2], "old": member[2]},
                )


def upgrade() -> None:
    conn = op.get_bind()
    aliases = _Aliases(conn)
    _move_templates(conn, aliases)
    _move_simple(conn, aliases, "rulebook")
    _move_simple(conn, aliases, "holiday")
    _resolve_office_templates(conn, aliases)
    _map_elections(conn, aliases)


def downgrade() -> None:
    # The old random ids stay recorded in sync_alias; nothing to undo in the schema.
    pass
