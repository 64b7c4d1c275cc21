"""the sandbox's clock offset

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 13:00:00

A sandbox started with `--sandbox-controls` runs its clock ahead of the system clock by an offset
that integrators move (PUT /sandbox/clock). It lives in one row of the database, not in a process,
so every `--workers` process and batch worker reads the same time. The row is written here, at 0,
so moving the clock is always an UPDATE (no insert race between processes).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "sandbox_clock",
        sa.Column("id", sa.Integer, autoincrement=False, nullable=False),
        sa.Column("offset_us", sa.BigInteger, nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sandbox_clock")),
    )
    op.bulk_insert(table, [{"id": 1, "offset_us": 0, "changed_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("sandbox_clock")
