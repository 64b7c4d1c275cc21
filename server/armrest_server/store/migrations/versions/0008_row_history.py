"""row versions and the earlier versions of changed rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 04:40:00

A list's `queryId` freezes the set of its first call: customers and AR items, the listed rows that
change or go, carry the per-client version of the write that made them as they are (`row_version`),
and a write that changes or deletes one first keeps its earlier version in `<table>_history`, so
later pages read the list as of the first call (store/history.py, store/snapshots.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True)


def _customers() -> list[sa.Column[object]]:
    return [
        sa.Column("id", ID, nullable=False),
        sa.Column("clientno", sa.Integer(), nullable=False),
        sa.Column("customer_no", sa.String(20), nullable=False),
        sa.Column("customer_key", sa.String(20), nullable=False),
        sa.Column("account_no", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("customer_category", sa.String(20), nullable=True),
        sa.Column("organization_no", sa.String(9), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("changed_at", UTC, nullable=False),
        sa.Column("wire", sa.LargeBinary(), nullable=True),
        sa.Column("wire_schema", sa.String(32), nullable=True),
    ]


def _ar_items() -> list[sa.Column[object]]:
    return [
        sa.Column("clientno", sa.Integer(), nullable=False),
        sa.Column("id", ID, nullable=False),
        sa.Column("customer_id", ID, nullable=False),
        sa.Column("document_id", ID, nullable=True),
        sa.Column("document_type", sa.String(20), nullable=False),
        sa.Column("kid", sa.String(25), nullable=True),
        sa.Column("document_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("original_amount", sa.BigInteger(), nullable=False),
        sa.Column("remaining_amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("closed_date", sa.Date(), nullable=True),
        sa.Column("in_debt_collection", sa.Boolean(), nullable=False),
        sa.Column("stop_reminder_until", sa.Date(), nullable=True),
        sa.Column("stop_debt_collection_until", sa.Date(), nullable=True),
        sa.Column("stop_interest_calc_until", sa.Date(), nullable=True),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("changed_at", UTC, nullable=False),
        sa.Column("wire", sa.LargeBinary(), nullable=True),
        sa.Column("wire_schema", sa.String(32), nullable=True),
    ]


# A row's key in its history: its own key and the version that replaced it.
KEYS = {"customers": ["id"], "ar_items": ["clientno", "id"]}


def upgrade() -> None:
    for name, columns in (("customers", _customers), ("ar_items", _ar_items)):
        # A plain ADD COLUMN (its default a constant): an SQL default would make SQLite copy the
        # table, which the foreign keys naming it refuse.
        op.add_column(name, sa.Column("row_version", sa.BigInteger(), server_default="0", nullable=False))
        op.create_table(
            f"{name}_history",
            *columns(),
            sa.Column("row_version", sa.BigInteger(), server_default="0", nullable=False),
            sa.Column("version_to", sa.BigInteger(), nullable=False),
            sa.Column("replaced_at", UTC, nullable=False),
            sa.PrimaryKeyConstraint(*KEYS[name], "version_to", name=op.f(f"pk_{name}_history")),
        )
        index = f"ix_{name}_history_clientno_version_to"
        op.create_index(index, f"{name}_history", ["clientno", "version_to"])
        op.create_index(f"ix_{name}_history_replaced_at", f"{name}_history", ["replaced_at"])


def downgrade() -> None:
    for name in ("customers", "ar_items"):
        op.drop_table(f"{name}_history")
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("row_version")
