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

from sqlalchemy import BigInteger, ColumnElement, Connection, Table, bindparam, delete, insert, select

from armrest_server.store import clients
from armrest_server.store.db import clock_of
from armrest_server.store.tables import ar_items, ar_items_history, customers, customers_history

VERSIONS = "rowVersion"  # the counter every versioned write of a client draws from
KEPT = timedelta(hours=25)
HISTORY: dict[str, Table] = {customers.name: customers_history, ar_items.name: ar_items_history}


class Keeper:
    """`keep` for rows of `table` matching `where`, its statements built once. A writer that runs
    often builds one beside its own statement, with `where`'s values as parameters (`settle`: an
    item's settlement), and hands their values to each call; building them for every call was most
    of a settlement's time."""

    def __init__(self, table: Table, where: ColumnElement[bool]) -> None:
        history = HISTORY[table.name]
        self._prune = delete(history).where(
            history.c.clientno == bindparam("keep_client"), history.c.replaced_at < bindparam("keep_cutoff")
        )
        rows = (
            select(
                *table.c,
                bindparam("keep_version", type_=BigInteger),
                bindparam("keep_now", type_=history.c.replaced_at.type),
            )
            .where(table.c.clientno == bindparam("keep_client"), where)
            .with_for_update(key_share=True)
        )
        self._copy = insert(history).from_select([*table.c.keys(), "version_to", "replaced_at"], rows)

    def __call__(self, conn: Connection, clientno: int, **values: Any) -> dict[str, Any]:
        """Keep the client's matching rows as they are now (`values`: `where`'s parameters); answers
        the values the write sets beside its own (`row_version`)."""
        version = clients.next_numbers(conn, clientno, VERSIONS, 1)
        now = clock_of(conn).now()
        conn.execute(self._prune, {"keep_client": clientno, "keep_cutoff": now - KEPT})
        kept = {"keep_client": clientno, "keep_version": version, "keep_now": now}
        conn.execute(self._copy, kept | values)
        return {"row_version": version}


def keep(conn: Connection, table: Table, clientno: int, where: ColumnElement[bool]) -> dict[str, Any]:
    """Keep the client's rows of `table` matching `where` as they are now, before a write changes or
    deletes them; answers the values the write sets beside its own (`row_version`)."""
    return Keeper(table, where)(conn, clientno)
