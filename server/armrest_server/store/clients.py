"""ARM clients, their configuration overrides and their number sequences."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite

from armrest_server.store.db import clock_of
from armrest_server.store.tables import client_configs, clients, counters


def _upsert(conn: Connection, table: Any) -> Any:
    return (postgresql if conn.dialect.name == "postgresql" else sqlite).insert(table)


def ensure(conn: Connection, clientno: int) -> None:
    """A client exists from its first write on: any client a token grants is an ARM client."""
    stmt = _upsert(conn, clients).values(
        clientno=clientno, name=f"Client {clientno}", created_at=clock_of(conn).now()
    )
    conn.execute(stmt.on_conflict_do_nothing(index_elements=["clientno"]))


def lock_ledger(conn: Connection, clientno: int) -> None:
    """The first lock of every write to a client's AR ledger (documents and credit notes, auto
    postings, payment reservations, actions, AR item changes): such writes queue here, one client at
    a time, instead of taking the customer, AR item, counter and foreign-key locks in different
    orders and deadlocking on PostgreSQL. It costs no concurrency: each of them holds the client's
    voucher or log counter until it commits anyway. SQLite writers are serial already (BEGIN
    IMMEDIATE); the clause is ignored there."""
    lock = select(clients.c.clientno).where(clients.c.clientno == clientno).with_for_update()
    if conn.execute(lock).first() is None:  # the client's first write
        ensure(conn, clientno)
        conn.execute(lock)


def config_overrides(conn: Connection, clientno: int) -> dict[str, Any]:
    rows = conn.execute(
        select(client_configs.c.config_key, client_configs.c.value, client_configs.c.changed_at).where(
            client_configs.c.clientno == clientno
        )
    )
    return {r.config_key: (r.value, r.changed_at) for r in rows}


def set_config(conn: Connection, clientno: int, key: str, value: Any) -> None:
    ensure(conn, clientno)
    stmt = _upsert(conn, client_configs).values(
        clientno=clientno, config_key=key, value=value, changed_at=clock_of(conn).now()
    )
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["clientno", "config_key"],
            set_={"value": value, "changed_at": clock_of(conn).now()},
        )
    )


# Built once: building the statement (and its cache key) cost more than running it.
_BUMP = (
    update(counters)
    .where(counters.c.clientno == bindparam("_clientno"), counters.c.name == bindparam("_name"))
    .values(value=counters.c.value + bindparam("_count"))
    .returning(counters.c.value)
)


def next_numbers(conn: Connection, clientno: int, name: str, first: int, count: int = 1) -> int:
    """Reserve `count` consecutive numbers of a per-client sequence; answers the first of them.

    The row lock of the UPDATE serialises concurrent writers on PostgreSQL; SQLite writers are
    serialised by BEGIN IMMEDIATE. One statement once the sequence has begun: an existing counter
    row also means the client exists (its foreign key), so the caller may write the client's rows.
    """
    last = conn.execute(_BUMP, {"_clientno": clientno, "_name": name, "_count": count}).scalar()
    if last is None:  # the sequence's first numbers (a concurrent first writer may insert it too)
        ensure(conn, clientno)
        stmt = _upsert(conn, counters).values(clientno=clientno, name=name, value=first - 1 + count)
        last = conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["clientno", "name"], set_={"value": counters.c.value + count}
            ).returning(counters.c.value)
        ).scalar_one()
    return int(last) - count + 1


# Tables whose ids a client sees, and the per-client sequence (a `counters` row) each draws from.
ID_SEQUENCES = {
    "ar_items": "arItemId",
    "document_bundles": "documentBundleId",
    "gl_entries": "glItemId",
    "log_items": "logItemId",
    "payment_reservations": "reservationId",
}


def next_ids(conn: Connection, clientno: int, table: str, count: int = 1) -> list[int]:
    """Ids for `count` new rows of a client-numbered table: 1, 2, ... per client, without gaps (the
    counter moves in the writing transaction, so a rolled-back write gives its ids back), and
    showing nothing of other clients' writes.

    The counter row stays locked until commit (see next_numbers). Every write takes these counters in
    the order its rows are written (bundles, AR items, vouchers and GL items, reservations, the log
    item last), so two writers of a client never wait for each other's counters in a cycle."""
    first = next_numbers(conn, clientno, ID_SEQUENCES[table], 1, count)
    return list(range(first, first + count))
