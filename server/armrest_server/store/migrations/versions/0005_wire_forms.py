"""stored wire forms of customers and AR items

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 12:40:00

Customers and AR items are read in pages of 100, and turning each row into its wire record on
every read was most of a page's cost. Each row now keeps its wire record beside it: `wire`, the
JSON bytes made and validated against the response schema in the transaction that wrote the row,
and `wire_schema`, the fingerprint of the schema they were validated against. A read returns the
bytes as they are when the fingerprint is the one the server validates against now.

Existing rows get no bytes here (the mapping lives in the server, which a migration must not
import: it would change what an old migration does). A row without bytes, or with bytes of another
schema, is mapped and validated on read as before, and the server fills them in at start-up
(store/stored_forms.py), so a migrated database is served from stored bytes once it has started.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("customers", "ar_items")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("wire", sa.LargeBinary(), nullable=True))
            batch_op.add_column(sa.Column("wire_schema", sa.String(32), nullable=True))
        # The rows whose form is to be made, found without a scan (every row, until start-up).
        op.create_index(
            f"ix_{table}_stale",
            table,
            ["clientno", "id"],
            sqlite_where=sa.text("wire IS NULL"),
            postgresql_where=sa.text("wire IS NULL"),
        )


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_stale", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("wire_schema")
            batch_op.drop_column("wire")
