"""sync anchors and refusals

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 11:00:00

Anchored evidence chains and refused packages (docs/sync-format.md, "Sender authority" and
"Anchored chains"): ``sync_anchor`` keeps the chain heads an office signed and the hub
verified (at a hub) or the heads the hub acknowledged (at an office); ``sync_refusal`` keeps
each package refused for what it claims, as an alert on the sync screen. New tables only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_anchor",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("peer_code", sa.String(length=32), nullable=False),
        sa.Column("package_seq", sa.Integer(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_anchor")),
    )
    with op.batch_alter_table("sync_anchor", schema=None) as batch_op:
        batch_op.create_index("uq_sync_anchor_chain", ["kind", "origin", "chain"], unique=True)
    op.create_table(
        "sync_refusal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("peer_code", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("times_seen", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_refusal")),
        sa.UniqueConstraint("package_sha256", name=op.f("uq_sync_refusal_package_sha256")),
    )
    with op.batch_alter_table("sync_refusal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_refusal_peer_code"), ["peer_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_refusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_refusal_peer_code"))
    op.drop_table("sync_refusal")
    with op.batch_alter_table("sync_anchor", schema=None) as batch_op:
        batch_op.drop_index("uq_sync_anchor_chain")
    op.drop_table("sync_anchor")
