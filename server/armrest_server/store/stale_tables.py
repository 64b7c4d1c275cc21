"""The tables whose rows keep a stored wire form (customers and AR items), and which of them the
transaction on a connection has written since it began.

Every writer of those rows leaves the note here: the UPDATE and INSERT hook of store/stored_forms.py and the
one-statement writes of store/bulk.py. Before the transaction commits, store/stored_forms.refresh takes the
note and makes the forms of the rows written (with store/bulk.update_rows). This module is below
both, so that neither imports the other's caller.
"""

from __future__ import annotations

from sqlalchemy import Connection

from armrest_server.store.tables import ar_items, customers

STORED = {customers.name: customers, ar_items.name: ar_items}
_DIRTY = "armrest_wire_dirty"  # conn.info: the stored tables this transaction wrote


def touched(conn: Connection, table: str) -> None:
    """Note that the transaction wrote rows of `table` (inserts made without SQLAlchemy's compiler)."""
    conn.info.setdefault(_DIRTY, set()).add(table)


def taken(conn: Connection) -> set[str] | None:
    """The stored tables the transaction wrote since the last call (None: none), forgetting them."""
    dirty: set[str] | None = conn.info.pop(_DIRTY, None)
    return dirty
