"""revoked API clients

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 04:30:00

`armrest remove-client ID` deletes the API client and records when: every server process reads this
table every `--revocation-check` seconds and refuses the tokens of that subject issued up to then.
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
        "revocations",
        sa.Column("subject", sa.String(100), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("subject", name=op.f("pk_revocations")),
    )


def downgrade() -> None:
    op.drop_table("revocations")
