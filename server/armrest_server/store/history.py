"""Row versions: what makes a list's `queryId` freeze its set against changes and deletions.

Customers and AR items, the listed rows that change or go, carry `row_version`: the per-client
version of the write that made the row as it is (0: as inserted). A write that changes or deletes
such rows calls `keep` first, in its transaction: it draws the next version from the client's
`rowVersion` counter (a `counters` row, locked until commit like the id sequences, so a reader that
sees version V has seen every write up to V and none after) and copies the rows as they are into
`<table>_history` with `version_to` = that version; the write then sets `row_version` to it.

A list read "as of" version V (store/snapshots.py) reads the live rows with `row_version <= V` and
the kept rows with `row_version <= V < version_to`: each row exactly as it was at V, whatever was
changed or deleted since. Nothing is written on a read. Kept rows live 25 hours (a `queryId` lives
24): each `keep` drops its client's rows older than that.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Connection, Table, delete, insert, literal, select

from armrest_server.store import clients
from armrest_server.store.db import clock_of
from armrest_server.store.tables import ar_items, ar_items_history, customers, customers_history

VERSIONS = "rowVersion"  # the counter every versioned write of a client draws from
KEPT = timedelta(hours=25)
HISTORY: dict[str, Table] = {customers.name: customers_history, ar_items.name: ar_items_history}


def keep(conn: Connection, table: Table, clientno: int, where: ColumnElement[bool]) -> dict[str, Any]:
    """Keep the client's rows of `table` matching `where` as they are now, before a write changes or
    deletes them; answers the values the write sets beside its own (`row_version`)."""
    version = clients.next_numbers(conn, clientno, VERSIONS, 1)
    history = HISTORY[table.name]
    now = clock_of(conn).now()
    conn.execute(delete(history).where(history.c.clientno == clientno, history.c.replaced_at < now - KEPT))
    rows = (
        select(
            *table.c,
            literal(version, BigInteger).label("version_to"),
            literal(now, history.c.replaced_at.type),
        )
        .where(table.c.clientno == clientno, where)
        .with_for_update(key_share=True)
    )
    conn.execute(insert(history).from_select([*table.c.keys(), "version_to", "replaced_at"], rows))
    return {"row_version": version}
