"""Demo data for client 2218 (`armrest serve --demo-data`): an API client to log in with and, on
first use, a few hundred customers with about fifteen months of invoices, credit notes, interest
notes and payments, so that every list and report has something to show: items open and
overdue, partly paid or credited, and closed.

Everything goes through the domain functions the operations use, so the demo ledger obeys the
same rules (balanced vouchers, never over-applied items). The data is the same on every run
(a seeded random generator, dates relative to today); the API client gets a new secret each time.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, select

from armrest_server import auth
from armrest_server.domain import aritems, autopostings, booking, identifiers
from armrest_server.domain import customers as customer_domain
from armrest_server.services import OSLO
from armrest_server.store import customers as customer_store
from armrest_server.store import security
from armrest_server.store.db import writing
from armrest_server.store.tables import ar_items

CLIENTNO = 2218
CLIENT_ID = f"demo-{CLIENTNO}"
CUSTOMERS = 200
MONTHS = 15
FIRST_NAMES = (
    "Ola",
    "Kari",
    "Per",
    "Ingrid",
    "Lars",
    "Nora",
    "Jonas",
    "Emma",
    "Ali",
    "Sofie",
    "Anders",
    "Maja",
)
LAST_NAMES = ("Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Haugen", "Bakken")
COMPANY_WORDS = ("Fjord", "Nord", "Vest", "Berg", "Elv", "Skog", "Havn", "Lys", "Kyst")
COMPANY_KINDS = ("AS", "Handel AS", "Bygg AS", "Regnskap AS", "Transport AS")
PRODUCTS = (  # code, description, unit price, VAT rate
    ("BB-500", "Bredbånd 500/500", 699, 25),
    ("TV-BASIS", "TV Basis", 399.2, 25),
    ("DATA-GB", "Ekstra datatrafikk (GB)", 86, 25),
    ("MAT-KASSE", "Matkasse", 549, 15),
    ("REISE", "Reise og overnatting", 1240, 12),
)


def seed(engine: Engine) -> tuple[str, str]:
    """The demo API client's id and a new secret; the ledger is seeded once (when client 2218 has no
    customers yet), so running this again only renews the secret."""
    secret = secrets.token_urlsafe(32)
    security.add_api_client(engine, CLIENT_ID, auth.hash_secret(secret), [CLIENTNO])
    today = datetime.now(OSLO).date()
    with writing(engine) as conn:
        if conn.execute(customer_store.ids_query(CLIENTNO).limit(1)).first() is None:
            _seed_ledger(conn, today, random.Random(CLIENTNO))
    return CLIENT_ID, secret


def _seed_ledger(conn: Connection, today: date, rng: random.Random) -> None:
    numbers = [str(100001 + n) for n in range(CUSTOMERS)]
    customer_domain.apply_batch(conn, CLIENTNO, [_customer(no, rng) for no in numbers], today, True)
    document_nos = (str(n) for n in range(300001, 400000))
    invoices = _invoices(numbers, today, rng, document_nos)
    _create(conn, invoices, today)
    followers = _credit_and_interest_notes(invoices, today, rng, document_nos)
    _create(conn, followers, today)
    _credit_via_item_updates(conn, today, rng, document_nos)
    _payments(conn, today, rng, numbers)


def _create(conn: Connection, documents: list[dict[str, Any]], today: date) -> None:
    for start in range(0, len(documents), 500):
        outcomes = booking.create_many(conn, CLIENTNO, documents[start : start + 500], today)
        broken = [o for o in outcomes if o.violations]
        if broken:
            raise AssertionError(f"demo document rejected: {broken[0]}")


def _check_digit_number(rng: random.Random, length: int, weights: tuple[int, ...], first: str) -> str:
    """A random number of `length` digits starting with `first`, with a valid MOD11 check digit."""
    while True:
        body = first + "".join(rng.choice("0123456789") for _ in range(length - len(first) - 1))
        check = identifiers.mod11(body, weights)
        if check is not None:
            return body + str(check)


def _customer(number: str, rng: random.Random) -> dict[str, Any]:
    company = rng.random() < 0.3
    if company:
        name = f"{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_WORDS).lower()} {rng.choice(COMPANY_KINDS)}"
    else:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    customer: dict[str, Any] = {
        "customerNo": number,
        "name": name,
        "customerCategory": "COMP" if company else "CONS",
        "postalAddress": {
            "addressLine1": f"Storgata {rng.randint(1, 120)}",
            "postalCode": f"{rng.randint(1, 9999):04d}",
            "cityName": rng.choice(("OSLO", "BERGEN", "TRONDHEIM", "STAVANGER", "TROMSØ")),
            "countryCode": "NO",
        },
        "emailAddressDocument": [f"kunde{number}@example.no"] if rng.random() < 0.7 else [],
        "distribution": {"type": "H"},
        "language": "no",
        "currency": "NOK",
        "bankAccountNo": _check_digit_number(rng, 11, identifiers.ACCOUNT_WEIGHTS, "1"),
        "sellerReference": "Kari Selger",
    }
    if company:
        customer["organizationNo"] = _check_digit_number(rng, 9, identifiers.ORG_WEIGHTS, "9")
        customer["organizationNoScheme"] = "0192"
        customer["dueDays"] = 30
        customer["buyerReference"] = f"Innkjøp {number}"
    return customer


def _invoices(
    numbers: list[str], today: date, rng: random.Random, document_nos: Iterator[str]
) -> list[dict[str, Any]]:
    """Each customer is invoiced on most months of the last MONTHS months, bundled per month."""
    invoices = []
    for month_back in range(MONTHS, -1, -1):
        year, month = divmod(today.year * 12 + today.month - 1 - month_back, 12)
        first = date(year, month + 1, 1)
        for number in numbers:
            if rng.random() < 0.35:
                continue
            day = min(first + timedelta(days=rng.randint(0, 27)), today)
            lines = []
            for line_no, (code, text, price, rate) in enumerate(
                rng.sample(PRODUCTS, rng.randint(1, 3)), start=1
            ):
                quantity = rng.choice((1, 1, 1, 2, 3.5))
                lines.append(
                    {"lineNo": line_no, "productCode": code, "description": f"{text}, {first:%m.%Y}",
                     "quantity": quantity, "unitPrice": price, "vatRate": rate}
                )  # fmt: skip
            invoices.append(
                {"documentNo": next(document_nos), "documentType": "INVOICE", "customerNo": number,
                 "documentDate": day.isoformat(), "bundleKey": f"M{first:%Y-%m}", "lines": lines}
            )  # fmt: skip
    return invoices


def _credit_and_interest_notes(
    invoices: list[dict[str, Any]], today: date, rng: random.Random, document_nos: Iterator[str]
) -> list[dict[str, Any]]:
    """Credit notes for one line of about one invoice in twenty, and interest notes for about one in
    eight of the invoices more than two months old."""
    notes = []
    for invoice in invoices:
        issued = date.fromisoformat(invoice["documentDate"])
        draw = rng.random()
        if draw < 0.05:
            line = rng.choice(invoice["lines"])
            credited = {**line, "lineNo": 1, "description": f"Kreditering: {line['description']}"}
            notes.append(
                {"documentNo": next(document_nos), "documentType": "CREDITNOTE",
                 "customerNo": invoice["customerNo"],
                 "documentDate": min(issued + timedelta(days=rng.randint(1, 10)), today).isoformat(),
                 "creditedDocumentNo": invoice["documentNo"], "lines": [credited]}
            )  # fmt: skip
        elif draw < 0.18 and issued < today - timedelta(days=60):
            fee = round(rng.uniform(5, 120), 2)
            notes.append(
                {"documentNo": next(document_nos), "documentType": "INTERESTNOTE",
                 "customerNo": invoice["customerNo"],
                 "documentDate": (issued + timedelta(days=45)).isoformat(),
                 "lines": [{"lineNo": 1, "productCode": "RENTE", "quantity": 1, "unitPrice": fee,
                            "vatRate": 0,
                            "description": f"Forsinkelsesrente for faktura {invoice['documentNo']}"}]}
            )  # fmt: skip
    return notes


def _open_debit_items(conn: Connection) -> list[dict[str, Any]]:
    query = (
        select(ar_items.c.id, ar_items.c.customer_id, ar_items.c.document_date, ar_items.c.due_date,
               ar_items.c.remaining_amount)
        .where(ar_items.c.clientno == CLIENTNO, ar_items.c.status == "OPEN", ar_items.c.remaining_amount > 0)
        .order_by(ar_items.c.due_date, ar_items.c.id)
    )  # fmt: skip
    return [dict(r) for r in conn.execute(query).mappings()]


def _credit_via_item_updates(
    conn: Connection, today: date, rng: random.Random, document_nos: Iterator[str]
) -> None:
    """A few goodwill credits made as updateArItem makes them (a credit note for part of an item)."""
    for item in rng.sample(_open_debit_items(conn), 25):
        amount = max(1, item["remaining_amount"] // rng.choice((2, 4, 5)))
        day = min(item["document_date"] + timedelta(days=rng.randint(3, 20)), today)
        credit = {"documentNo": next(document_nos), "documentDate": day.isoformat(), "amount": amount / 100,
                  "text": "Kompensasjon for nedetid"}  # fmt: skip
        aritems.update(conn, CLIENTNO, {"arItemId": item["id"], "creditNote": credit}, today)


def _payments(conn: Connection, today: date, rng: random.Random, numbers: list[str]) -> None:
    """Customers pay what is due every few months, in one payment each time (applied to their oldest
    items first), sometimes late, sometimes only in part, sometimes not at all; items due in the
    last weeks are not paid yet. One payment per customer and period keeps the seeding quick."""
    customer_nos = {
        row["id"]: row["customer_no"] for row in customer_store.find_many(conn, CLIENTNO, numbers).values()
    }
    due_by_customer: dict[int, list[dict[str, Any]]] = {}
    for item in _open_debit_items(conn):
        if item["due_date"] <= today - timedelta(days=14):
            due_by_customer.setdefault(item["customer_id"], []).append(item)
    for customer_id, items in due_by_customer.items():
        period = rng.choice((6, 9, 12))  # months per payment
        groups: dict[int, list[dict[str, Any]]] = {}
        for item in items:
            due: date = item["due_date"]
            groups.setdefault((due.year * 12 + due.month) // period, []).append(item)
        for group in groups.values():
            if rng.random() < 0.15:
                continue
            amount = sum(item["remaining_amount"] for item in group)
            if rng.random() < 0.1:
                amount = max(1, amount * 2 // 3)
            last_due: date = max(item["due_date"] for item in group)
            paid_on = min(last_due + timedelta(days=rng.choice((-3, 0, 2, 5, 12, 30))), today)
            autopostings.post_payment(
                conn, CLIENTNO, amount=amount, posting_date=paid_on, today=today,
                customer_no=customer_nos[customer_id],
            )  # fmt: skip
