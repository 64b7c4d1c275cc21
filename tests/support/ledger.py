"""Ledger rows written straight into the database, for tests of the read side (GL, files).

The write operations that make such rows belong to other tags; these helpers make the read tests
independent of them. Amounts are øre, as in the tables.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select

from armrest_server.domain import ledger
from armrest_server.store import clients
from armrest_server.store.db import writing
from armrest_server.store.tables import ar_items, customers, documents, gl_entries
from armrest_server.usecases.ledger import post_voucher
from armrest_server.usecases.uow import UnitOfWork
from tests.support.app import CLIENTNO, Api


def add_customer(api: Api, customer_no: str = "543210", clientno: int = CLIENTNO) -> int:
    now = datetime.now(UTC)
    with writing(api.services.engine) as conn:
        found = conn.execute(
            select(customers.c.id).where(
                customers.c.clientno == clientno, customers.c.customer_key == customer_no.lower()
            )
        ).scalar()
        if found is not None:
            return int(found)
        clients.ensure(conn, clientno)
        account_no = clients.next_numbers(conn, clientno, "accountNo", 500000)
        return int(
            conn.execute(
                insert(customers)
                .values(
                    clientno=clientno,
                    customer_no=customer_no,
                    customer_key=customer_no.lower(),
                    account_no=account_no,
                    name=f"Kunde {customer_no}",
                    name_key=f"kunde {customer_no}",
                    data={},
                    created_at=now,
                    changed_at=now,
                )
                .returning(customers.c.id)
            ).scalar_one()
        )


def add_document(api: Api, document_no: str, customer_no: str = "543210", clientno: int = CLIENTNO) -> int:
    """A bare invoice row of 1250.00 (no AR item, no GL items); answers its id."""
    customer_id = add_customer(api, customer_no, clientno)
    with writing(api.services.engine) as conn:
        return int(
            conn.execute(
                insert(documents)
                .values(
                    clientno=clientno,
                    document_no=document_no,
                    document_key=document_no.lower(),
                    document_uuid=str(uuid.uuid4()),
                    document_type="INVOICE",
                    customer_id=customer_id,
                    document_date=date(2026, 3, 12),
                    due_date=date(2026, 3, 26),
                    currency="NOK",
                    amount_excl_vat=100000,
                    vat_amount=25000,
                    amount_incl_vat=125000,
                    data={},
                    created_at=datetime.now(UTC),
                )
                .returning(documents.c.id)
            ).scalar_one()
        )


def add_ar_item(api: Api, document_id: int, amount: int = 125000, clientno: int = CLIENTNO) -> int:
    """An open AR item of a document; answers its id."""
    now = datetime.now(UTC)
    with writing(api.services.engine) as conn:
        customer_id = conn.execute(
            select(documents.c.customer_id).where(documents.c.id == document_id)
        ).scalar_one()
        [item_id] = clients.next_ids(conn, clientno, "ar_items")
        return int(
            conn.execute(
                insert(ar_items)
                .values(
                    id=item_id,
                    clientno=clientno,
                    customer_id=customer_id,
                    document_id=document_id,
                    document_type="INVOICE",
                    document_date=date(2026, 3, 12),
                    due_date=date(2026, 3, 26),
                    currency="NOK",
                    original_amount=amount,
                    remaining_amount=amount,
                    status="OPEN",
                    in_debt_collection=False,
                    created_at=now,
                    changed_at=now,
                )
                .returning(ar_items.c.id)
            ).scalar_one()
        )


def post(
    api: Api,
    entries: list[tuple[str, int]],
    posting_date: date,
    today: date | None = None,
    text: str = "Faktura 100234",
    document_id: int | None = None,
    customer_id: int | None = None,
    clientno: int = CLIENTNO,
    source: str = "DOCUMENT",
    ar_item_id: int | None = None,
) -> int:
    """One balanced voucher of (account, øre) entries through the ledger's own rule; answers its number."""
    with UnitOfWork(api.services.engine) as uow:
        voucher_no = post_voucher(
            uow,
            clientno,
            [ledger.Entry(account, amount, text, ar_item_id) for account, amount in entries],
            posting_date,
            today or posting_date,
            source,
            document_id=document_id,
            customer_id=customer_id,
        )
        uow.commit()
    return voucher_no


def invoice(api: Api, amount: int, posting_date: date, today: date | None = None, **kwargs: Any) -> int:
    """An invoice voucher: 1500 debit, 3000 and 2700 credit (VAT 25 %)."""
    vat = amount // 5
    return post(
        api, [("1500", amount), ("3000", -(amount - vat)), ("2700", -vat)], posting_date, today, **kwargs
    )


# --- invariants of the ledger, on any engine (an in-process app's or a served database's) ----------
def unbalanced_vouchers(engine: Any, clientno: int = CLIENTNO) -> list[Any]:
    """Voucher numbers whose entries do not sum to zero (there must be none)."""
    query = (
        select(gl_entries.c.voucher_no)
        .where(gl_entries.c.clientno == clientno)
        .group_by(gl_entries.c.voucher_no)
        .having(func.sum(gl_entries.c.amount) != 0)
    )
    with engine.connect() as conn:
        return list(conn.execute(query).scalars())


def open_ar_balance(engine: Any, clientno: int = CLIENTNO) -> int:
    """The sum of the remaining amounts of the client's AR items (øre)."""
    query = select(func.sum(ar_items.c.remaining_amount)).where(ar_items.c.clientno == clientno)
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)


def gl_balance(engine: Any, account_no: str = "1500", clientno: int = CLIENTNO) -> int:
    """The balance of one GL account (øre): 1500 must equal the open AR balance."""
    query = select(func.sum(gl_entries.c.amount)).where(
        gl_entries.c.clientno == clientno, gl_entries.c.account_no == account_no
    )
    with engine.connect() as conn:
        return int(conn.execute(query).scalar() or 0)
