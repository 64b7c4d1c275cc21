"""Demo data for client 2218 (`armrest serve --demo-data`): an API client to log in with and, on
first use, a ledger with a history.

Two parts, seeded once into a fresh database in this order, so that the ids the contract's examples
name are the ids the sandbox has (`examples`): first the records the contract's request examples
name (customer 543210 and its documents, KIDs, AR items, bundle, GL items, files, a customer batch,
a report), then about fifteen months of invoices, credit notes, interest notes, payments, reports
and reservations for a few hundred customers (`history`). Every write goes through the use cases
the operations use (usecases/, all in one unit of work), on the day it happened (the ledger's clock
is set to that day), so its GL entries fall in their own periods and the periods before the lock are
closed; each write leaves the log item the operation would.

The data is the same on every run (a seeded random generator; the history's dates are relative to
today); the API client's secret is the one given (`armrest serve` gives a stable one), else new.
"""

from __future__ import annotations

import random
import secrets

from sqlalchemy import Engine

from armrest_server import auth
from armrest_server.demo import examples, history
from armrest_server.demo.journal import Journal
from armrest_server.store import customers as customer_store
from armrest_server.store import security
from armrest_server.store.db import clock_of
from armrest_server.store.stored_forms import Forms
from armrest_server.usecases.uow import UnitOfWork

CLIENTNO = examples.CLIENTNO
CLIENT_ID = f"demo-{CLIENTNO}"
CUSTOMERS = history.CUSTOMERS + len(examples.CUSTOMERS)


def seed(engine: Engine, secret: str | None = None, *, forms: Forms | None = None) -> tuple[str, str]:
    """The demo API client's id and its secret (`secret`, else a new one); the ledger is seeded once
    (when client 2218 has no customers yet), so running this again only sets the secret. With the
    app's `forms` the customers and AR items get their stored wire forms as they are written; without
    (`armrest serve` seeds before the app starts) the server's start makes them."""
    secret = secret or secrets.token_urlsafe(32)
    security.add_api_client(engine, CLIENT_ID, auth.hash_secret(secret), [CLIENTNO])
    with UnitOfWork(engine, forms=forms) as uow:
        conn = uow.connection
        today = clock_of(conn).today()  # the engine's clock (the system's, unless a test bound one)
        listed = customer_store.ids_query(CLIENTNO)
        if conn.execute(listed.query.limit(1), dict(listed.values)).first() is None:
            journal = Journal(CLIENTNO)
            examples.seed(uow, journal, today)
            history.seed(uow, journal, today, random.Random(CLIENTNO))
            journal.write(conn)
        uow.commit()
    return CLIENT_ID, secret
