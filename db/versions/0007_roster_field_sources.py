"""roster field sources

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00

Where each employee field's value came from (issue 14, point 1): ``roster_import_file`` keeps
every committed roster import (file SHA-256, name, sheet, time, user) and
``employee_field_source`` the fields an edit in the app (or a later import) set, so that a
re-import does not undo a transfer, a deactivation or an edit made in the app. Both tables
are installation-local (not synced). New tables only: existing rows are untouched.

The changes already made in the app are found in the audit trail and recorded, so the first
re-import after the upgrade does not undo them either: employee additions, edits, transfers,
deactivations and reactivations newer than the last roster import (all of them when the
office never imported a sheet), the latest one per field.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "roster_import_file",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("sheet", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster_import_file")),
    )
    with op.batch_alter_table("roster_import_file", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_roster_import_file_sha256"), ["sha256"])
        batch_op.create_index(batch_op.f("ix_roster_import_file_imported_at"), ["imported_at"])
    op.create_table(
        "employee_field_source",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("import_id", sa.String(length=36), nullable=True),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("employee_id", "field", name=op.f("pk_employee_field_source")),
    )
    with op.batch_alter_table("employee_field_source", schema=None) as batch_op:
        batch_op.create_index("ix_employee_field_source_kind", ["kind", "employee_id"])
    _backfill_app_edits(op.get_bind())


# Employee fields whose source is remembered (services/roster_sources.TRACKED).
_TRACKED = (
    "name",
    "category",
    "golongan",
    "jabatan",
    "jabatan_kind",
    "unit_id",
    "birth_date",
    "sex",
    "nik",
    "active",
)
_ACTIONS = {
    "roster.employee.add": "add",
    "roster.employee.edit": "edit",
    "roster.employee.transfer": "transfer",
    "roster.employee.deactivate": "deactivate",
    "roster.employee.reactivate": "reactivate",
}


def _fields(action: str, detail: Any) -> list[str]:
    if action == "transfer":
        return ["unit_id"]
    if action in ("deactivate", "reactivate"):
        return ["active"]
    if not isinstance(detail, dict):
        return []
    if action == "add":  # the snapshot of what was typed in
        return [f for f in _TRACKED if detail.get(f) not in (None, "")]
    return [f for f in _TRACKED if f in detail]  # edit: the changed fields


def _backfill_app_edits(conn: sa.Connection) -> None:
    last_import = conn.execute(
        sa.text("SELECT max(created_at) FROM audit_entry WHERE action = 'roster.import'")
    ).scalar()
    query = (
        "SELECT action, entity_id, actor, created_at, detail_json FROM audit_entry "
        "WHERE action IN ('roster.employee.add', 'roster.employee.edit', "
        "'roster.employee.transfer', 'roster.employee.deactivate', "
        "'roster.employee.reactivate')"
    )
    params: dict[str, Any] = {}
    if last_import is not None:
        query += " AND created_at > :since"
        params["since"] = last_import
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for action, entity_id, actor, at, detail_json in conn.execute(
        sa.text(query + " ORDER BY created_at, chain_seq"), params
    ):
        kind = _ACTIONS[action]
        try:
            detail = json.loads(detail_json or "{}")
        except ValueError:
            detail = None
        for fld in _fields(kind, detail):
            latest[(entity_id, fld)] = {
                "e": entity_id,
                "f": fld,
                "a": kind,
                "u": (actor or "")[:64],
                "t": at,
            }
    if latest:
        conn.execute(
            sa.text(
                "INSERT INTO employee_field_source "
                "(employee_id, field, kind, action, import_id, actor, at) "
                "VALUES (:e, :f, 'app', :a, NULL, :u, :t)"
            ),
            list(latest.values()),
        )


def downgrade() -> None:
    with op.batch_alter_table("employee_field_source", schema=None) as batch_op:
        batch_op.drop_index("ix_employee_field_source_kind")
    op.drop_table("employee_field_source")
    with op.batch_alter_table("roster_import_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_import_file_imported_at"))
        batch_op.drop_index(batch_op.f("ix_roster_import_file_sha256"))
    op.drop_table("roster_import_file")
