"""hub coverage indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 10:05:00

Covering indexes for the kabupaten hub's coverage per office and unit (services/sync/hub_coverage.py):
signature records by event and kind with the person and id, voids by the record they
supersede, live employees by office, unit and category (and the same found by id). Indexes
only: no row changes.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signature_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signature_record_coverage", ["event_id", "kind", "employee_id", "id"]
        )
        batch_op.create_index("ix_signature_record_supersedes", ["supersedes_id", "kind"])
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.create_index(
            "ix_employee_coverage", ["deleted_at", "active", "origin", "unit_id", "category"]
        )
        batch_op.create_index(
            "ix_employee_id_coverage",
            ["id", "deleted_at", "active", "origin", "unit_id", "category"],
        )


def downgrade() -> None:
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.drop_index("ix_employee_id_coverage")
        batch_op.drop_index("ix_employee_coverage")
    with op.batch_alter_table("signature_record", schema=None) as batch_op:
        batch_op.drop_index("ix_signature_record_supersedes")
        batch_op.drop_index("ix_signature_record_coverage")
