"""roster field sources

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 12:00:00

Where each employee field's value came from (issue 14, point 1): ``roster_import_file`` keeps
every committed roster import (file SHA-256, name, sheet, time, user) and
``employee_field_source`` the fields an edit in the app (or a later import) set, so that a
re-import does not undo a transfer, a deactivation or an edit made in the app. Both tables
are installation-local (not synced). New tables only: existing rows are untouched.
"""

from __future__ import annotations

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


def downgrade() -> None:
    with op.batch_alter_table("employee_field_source", schema=None) as batch_op:
        batch_op.drop_index("ix_employee_field_source_kind")
    op.drop_table("employee_field_source")
    with op.batch_alter_table("roster_import_file", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_roster_import_file_imported_at"))
        batch_op.drop_index(batch_op.f("ix_roster_import_file_sha256"))
    op.drop_table("roster_import_file")
