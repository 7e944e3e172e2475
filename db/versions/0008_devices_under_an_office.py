"""devices under an office

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:00:00

Several laptops for one office (issue 17, docs/sync-format.md "Devices"): every evidence row
records the device that made it and its chain is per (origin, device), so two laptops of one
office never write the same chain position. Existing rows get ``device = ''`` (the office's
original laptop), which the hash does not cover: every chain still verifies unchanged, and
an upgraded laptop keeps writing its chains as device ``''``. ``office`` gets this laptop's
``device_code``/``device_name``; at a hub ``sync_peer`` is one row per enrolled device
(unique per office and device, with its state, revocation reason and replacement links);
``sync_ledger``/``sync_refusal`` name the device of each package; ``sync_anchor`` keeps chain
heads per (origin, device). Columns are added with defaults; the big evidence tables are not
rebuilt (only their chain index is).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

EVIDENCE_TABLES = (
    "audit_entry",
    "signature_record",
    "case_step",
    "case_evidence",
    "case_recommendation",
    "case_decision",
    "case_exam_entry",
    "case_signature",
    "case_document",
)


def _device(length: int = 16) -> sa.Column[str]:
    return sa.Column("device", sa.String(length=length), server_default="", nullable=False)


def upgrade() -> None:
    for table in EVIDENCE_TABLES:
        op.add_column(table, _device())
        op.drop_index(f"ix_{table}_chain", table_name=table)
        op.create_index(f"ix_{table}_chain", table, ["origin", "device", "chain_seq"], unique=True)
    op.add_column(
        "office", sa.Column("device_code", sa.String(length=16), server_default="", nullable=False)
    )
    op.add_column(
        "office",
        sa.Column("device_name", sa.String(length=100), server_default="", nullable=False),
    )
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("device_code", sa.String(length=16), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("device_name", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("revoke_reason", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("replaces_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("replaced_by_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("first_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.drop_constraint("uq_sync_peer_office_code", type_="unique")
        batch_op.create_index("uq_sync_peer_device", ["office_code", "device_code"], unique=True)
    op.add_column(
        "sync_ledger",
        sa.Column("peer_device", sa.String(length=16), server_default="", nullable=False),
    )
    op.add_column(
        "sync_refusal",
        sa.Column("peer_device", sa.String(length=16), server_default="", nullable=False),
    )
    op.add_column("sync_anchor", _device())
    op.drop_index("uq_sync_anchor_chain", table_name="sync_anchor")
    op.create_index(
        "uq_sync_anchor_chain", "sync_anchor", ["kind", "origin", "device", "chain"], unique=True
    )
    # The first package time of every enrolled device: its first applied package.
    op.execute(
        "UPDATE sync_peer SET first_in_at = (SELECT min(l.created_at) FROM sync_ledger l "
        "WHERE l.direction = 'in' AND l.peer_code = sync_peer.office_code)"
    )


def downgrade() -> None:
    op.drop_index("uq_sync_anchor_chain", table_name="sync_anchor")
    op.create_index("uq_sync_anchor_chain", "sync_anchor", ["kind", "origin", "chain"], unique=True)
    with op.batch_alter_table("sync_anchor", schema=None) as batch_op:
        batch_op.drop_column("device")
    for table in ("sync_refusal", "sync_ledger"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("peer_device")
    with op.batch_alter_table("sync_peer", schema=None) as batch_op:
        batch_op.drop_index("uq_sync_peer_device")
        batch_op.create_unique_constraint("uq_sync_peer_office_code", ["office_code"])
        for column in (
            "first_in_at",
            "replaced_by_id",
            "replaces_id",
            "revoke_reason",
            "device_name",
            "device_code",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_column("device_name")
        batch_op.drop_column("device_code")
    for table in EVIDENCE_TABLES:
        op.drop_index(f"ix_{table}_chain", table_name=table)
        op.create_index(f"ix_{table}_chain", table, ["origin", "chain_seq"], unique=True)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("device")
