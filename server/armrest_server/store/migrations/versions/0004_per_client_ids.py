"""ids a client sees numbered per client; no stored query results

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 09:30:00

arItemId, documentBundleId, glItemId, logItemId and reservationId came from global sequences, so a
client could measure other clients' writes by the gaps in its own ids. Each of these tables is now
keyed by (clientno, id), with ids drawn from a per-client `counters` row. Existing rows are
renumbered 1, 2, ... per client in their old order, and the rows referring to them follow.

Lists no longer store the ids of each first call (query_snapshots): a queryId carries the query and
a watermark over these per-client numbers instead (store/snapshots.py), so the table goes.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# table -> its counter (store/clients.ID_SEQUENCES at the time of this migration)
NUMBERED = {
    "ar_items": "arItemId",
    "document_bundles": "documentBundleId",
    "gl_entries": "glItemId",
    "log_items": "logItemId",
    "payment_reservations": "reservationId",
}
# (table, column, referred table): references to a renumbered row
REFERENCES = [
    ("ar_applications", "ar_item_id", "ar_items"),
    ("gl_entries", "ar_item_id", "ar_items"),
    ("payment_reservations", "ar_item_id", "ar_items"),
    ("documents", "bundle_id", "document_bundles"),
]


def _renumber() -> None:
    """New ids by ROW_NUMBER per client; references follow through a mapping of the old (globally
    unique) ids. Ids go through their negatives so that no update meets a taken id."""
    for table in NUMBERED:
        op.execute(f"CREATE TABLE _renumber_{table} (old_id BIGINT PRIMARY KEY, new_id BIGINT NOT NULL)")
        op.execute(
            f"INSERT INTO _renumber_{table} (old_id, new_id) "
            f"SELECT id, ROW_NUMBER() OVER (PARTITION BY clientno ORDER BY id) FROM {table}"
        )
    for table, column, referred in REFERENCES:
        op.execute(
            f"UPDATE {table} SET {column} = (SELECT m.new_id FROM _renumber_{referred} m "
            f"WHERE m.old_id = {table}.{column}) WHERE {column} IS NOT NULL"
        )
    for table, name in NUMBERED.items():
        op.execute(f"UPDATE {table} SET id = -id")
        op.execute(
            f"UPDATE {table} SET id = (SELECT m.new_id FROM _renumber_{table} m WHERE m.old_id = -{table}.id)"
        )
        op.execute(
            f"INSERT INTO counters (clientno, name, value) "
            f"SELECT clientno, '{name}', MAX(id) FROM {table} GROUP BY clientno"
        )
        op.execute(f"DROP TABLE _renumber_{table}")


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if not postgres:
        # Renumbering and recreating the tables passes through states a checked reference would
        # refuse; the references are checked at commit instead, when they hold again.
        op.execute("PRAGMA defer_foreign_keys = ON")
    for table, column, referred in REFERENCES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_{column}_{referred}", type_="foreignkey")
    for table in NUMBERED:
        with op.batch_alter_table(
            table, schema=None, recreate="always" if not postgres else "auto"
        ) as batch_op:
            batch_op.drop_constraint(f"pk_{table}", type_="primary")
            batch_op.create_primary_key(f"pk_{table}", ["clientno", "id"])
        if postgres:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN id DROP DEFAULT")
            op.execute(f"DROP SEQUENCE IF EXISTS {table}_id_seq")
    _renumber()
    op.drop_table("query_snapshots")
    for table, column, referred in REFERENCES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_foreign_key(
                f"fk_{table}_clientno_{referred}", referred, ["clientno", column], ["clientno", "id"]
            )


def downgrade() -> None:
    raise NotImplementedError(
        "per-client ids cannot be turned back into one global sequence without renumbering what "
        "clients were already given; restore a backup taken before revision 0004 instead"
    )
