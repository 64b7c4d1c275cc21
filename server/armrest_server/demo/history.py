"""The demo's history: a few hundred customers with about fifteen months of invoices, credit notes,
interest notes, payments, goodwill credits, month-end reports and payment reservations, so that every
list and report has something to show: items open and overdue, partly paid or credited, and closed;
closed GL periods with their movements.

The history is written month by month, each month's writes on the ledger's clock of that month's
last day (today for the current month), as the operations would have written them then: GL entries
fall in the periods they happened in, and the periods before the lock are closed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, select

from armrest_server.demo.examples import CLIENTNO, report_job
from armrest_server.demo.journal import Journal
from armrest_server.domain import identifiers
from armrest_server.domain.money import to_wire
from armrest_server.store import customers as customer_store
from armrest_server.store.tables import ar_items
from armrest_server.usecases import aritems, autopostings, reports, reservations
from armrest_server.usecases.customers import apply_batch
from armrest_server.usecases.documents import create_many
from armrest_server.usecases.uow import UnitOfWork

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


def seed(uow: UnitOfWork, journal: Journal, today: date, rng: random.Random) -> None:
    numbers = [str(100001 + n) for n in range(CUSTOMERS)]
    first = _month_start(today, MONTHS)
    customers: list[Mapping[str, Any]] = [_customer(no, rng) for no in numbers]
    apply_batch(uow, CLIENTNO, customers, first, True)
    for customer in customers:
        no = customer["customerNo"]
        journal.log(first, "createCustomer", no, 201, "CREATED", f"Customer {no} created")
    document_nos = (str(n) for n in range(300001, 400000))
    invoices = _invoices(numbers, today, rng, document_nos)
    notes = _credit_and_interest_notes(invoices, today, rng, document_nos)
    # Documents in date order, 500 at a time, each chunk on the ledger's clock of its first day: every
    # period from then on is open, so each voucher falls in its own period (documents may be dated
    # after the clock; postings may not, so they are written month by month below).
    documents = sorted(invoices + notes, key=lambda d: (d["documentDate"], d["documentType"] != "INVOICE"))
    for start in range(0, len(documents), 500):
        chunk = documents[start : start + 500]
        _create(uow, journal, chunk, date.fromisoformat(chunk[0]["documentDate"]))
    payments = _payment_plan(invoices, today, rng)
    customer_nos = {
        row["id"]: row["customer_no"]
        for row in customer_store.find_many(uow.connection, CLIENTNO, numbers).values()
    }
    for back in range(MONTHS, -1, -1):
        month = _month_start(today, back)
        day = min(_month_end(month), today)  # the ledger's clock while this month is written
        items = _open_debit_items(uow.connection)  # read once a month; the credit below updates its copy
        _goodwill_credits(uow, journal, items, month, day, rng, document_nos)
        _payments(uow, journal, items, [p for p in payments if p["paidOn"].replace(day=1) == month], day)
        if 1 <= back <= 2:
            _month_end_report(uow, journal, _month_end(month.replace(day=1) - timedelta(days=1)), day)
    _reservations(uow, journal, today, rng, customer_nos)


def _month_start(today: date, back: int) -> date:
    year, month = divmod(today.year * 12 + today.month - 1 - back, 12)
    return date(year, month + 1, 1)


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _create(uow: UnitOfWork, journal: Journal, documents: list[dict[str, Any]], day: date) -> None:
    outcomes = create_many(uow, CLIENTNO, documents, day)
    broken = [o for o in outcomes if o.violations]
    if broken:
        raise AssertionError(f"demo document rejected: {broken[0]}")
    dates = {d["documentNo"]: date.fromisoformat(d["documentDate"]) for d in documents}
    for outcome in outcomes:
        no = outcome.document_no
        journal.log(dates[no], "createDocument", no, 201, "CREATED", outcome.message)


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
        .where(ar_items.c.clientno == CLIENTNO, ar_items.c.status == "OPEN", ar_items.c.remaining_amount > 0,
               ar_items.c.document_id.is_not(None), ar_items.c.in_debt_collection.is_(False))
        .order_by(ar_items.c.due_date, ar_items.c.id)
    )  # fmt: skip
    return [dict(r) for r in conn.execute(query).mappings()]


def _goodwill_credits(
    uow: UnitOfWork,
    journal: Journal,
    items: list[dict[str, Any]],
    month: date,
    day: date,
    rng: random.Random,
    document_nos: Iterator[str],
) -> None:
    """A goodwill credit a month, made as updateArItem makes it (a credit note for part of an item
    issued before the month)."""
    older = [item for item in items if item["document_date"] < month]
    for item in rng.sample(older, min(1, len(older))):
        amount = max(1, item["remaining_amount"] // rng.choice((2, 4, 5)))
        on = min(month + timedelta(days=rng.randint(3, 20)), day)
        credit = {"documentNo": next(document_nos), "documentDate": on.isoformat(), "amount": amount / 100,
                  "text": "Kompensasjon for nedetid"}  # fmt: skip
        aritems.update(uow, CLIENTNO, {"arItemId": item["id"], "creditNote": credit}, day)
        item["remaining_amount"] -= amount
        message = f"Credit note {credit['documentNo']} created and applied to AR item {item['id']}"
        journal.log(on, "updateArItem", str(item["id"]), 200, "UPDATED", message)


def _payment_plan(invoices: list[dict[str, Any]], today: date, rng: random.Random) -> list[dict[str, Any]]:
    """Customers pay every few months what they were invoiced up to then, in one payment (applied to
    their oldest items first), sometimes late, sometimes only in part, a quarter of the time not at all;
    invoices of the last six weeks are not paid yet. One payment per customer and period keeps the
    seeding quick."""
    by_customer: dict[str, list[date]] = defaultdict(list)
    for invoice in invoices:
        by_customer[invoice["customerNo"]].append(date.fromisoformat(invoice["documentDate"]))
    plan = []
    for customer_no, issued in by_customer.items():
        period = rng.choice((6, 9, 12))  # months per payment
        groups: dict[int, list[date]] = defaultdict(list)
        for day in issued:
            if day <= today - timedelta(days=45):
                groups[(day.year * 12 + day.month) // period].append(day)
        for days in groups.values():
            if rng.random() < 0.25:
                continue
            paid_on = min(max(days) + timedelta(days=rng.choice((11, 14, 16, 19, 26, 44))), today)
            plan.append({"customerNo": customer_no, "paidOn": paid_on, "upTo": max(days),
                         "part": rng.random() < 0.1})  # fmt: skip
    return sorted(plan, key=lambda p: (p["paidOn"], p["customerNo"]))


def _payments(
    uow: UnitOfWork, journal: Journal, items: list[dict[str, Any]], payments: list[dict[str, Any]], day: date
) -> None:
    if not payments:
        return
    open_by_customer: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        open_by_customer[item["customer_id"]].append(item)
    found = customer_store.find_many(uow.connection, CLIENTNO, [p["customerNo"] for p in payments])
    ids = {row["customer_no"]: row["id"] for row in found.values()}
    wires: list[Mapping[str, Any]] = []
    for payment in payments:
        due = [
            i for i in open_by_customer[ids[payment["customerNo"]]] if i["document_date"] <= payment["upTo"]
        ]
        amount = sum(item["remaining_amount"] for item in due)
        if payment["part"]:
            amount = amount * 2 // 3
        if amount > 0:
            wires.append({"postingRef": f"BANK-{payment['paidOn']:%Y%m%d}-{payment['customerNo']}",
                          "postingDate": payment["paidOn"].isoformat(), "amount": to_wire(amount),
                          "customerNo": payment["customerNo"]})  # fmt: skip
    if not wires:
        return
    # The month's bank file, posted as one createAutoPostings request.
    plans = autopostings.plan_locked(uow, CLIENTNO, "payment", wires, day)
    failed = [plan.errors for plan in plans if plan.errors]
    if failed:
        raise AssertionError(f"demo payment rejected: {failed[0]}")
    autopostings.write(uow, CLIENTNO, "payment", plans, day)
    message = f"{len(wires)} payments posted"
    journal.log(day, "createAutoPostings", wires[0]["postingRef"], 201, "CREATED", message)


def _month_end_report(uow: UnitOfWork, journal: Journal, as_of: date, day: date) -> None:
    """The ADB report of a month's last day, as the client's accountant orders it."""
    request = reports.request_of(
        uow, CLIENTNO, "adb", {"includeSum": True, "asOfDate": as_of.isoformat()}, day
    )
    report_job(uow, journal, request, as_of, "regnskap")


def _reservations(
    uow: UnitOfWork, journal: Journal, today: date, rng: random.Random, customer_nos: dict[int, str]
) -> None:
    """Payments announced by the customers' banks: four held now (by invoice or by customer), and
    two already paid (a payment with the reservation's paymentId fulfilled it)."""
    first_of_customer: dict[int, dict[str, Any]] = {}
    for item in _open_debit_items(
        uow.connection
    ):  # one item per customer: a customer's reservation holds them all
        if item["customer_id"] in customer_nos:
            first_of_customer.setdefault(item["customer_id"], item)
    chosen = rng.sample(list(first_of_customer.values()), 6)
    for n, item in enumerate(chosen):
        payment_id = f"NETS-{today:%Y-%m-%d}-{900001 + n}"
        amount = item["remaining_amount"]
        wire: dict[str, Any] = {"paymentId": payment_id, "amount": to_wire(amount)}
        if n % 2:
            wire["customerNo"] = customer_nos[item["customer_id"]]
            wire["amount"] = to_wire(max(1, amount // 2))
        else:
            wire["arItemId"] = item["id"]
        created = reservations.create(uow, CLIENTNO, wire, today)
        message = f"Payment reservation {payment_id} created"
        journal.log(today, "createPaymentReservation", payment_id, 201, "CREATED", message)
        if n >= 4:
            ref = f"BANK-{today:%Y%m%d}-{payment_id}"
            autopostings.post_payment(
                uow, CLIENTNO, amount=round(float(wire["amount"]) * 100), posting_date=today, today=today,
                customer_no=created.customer_no, ar_item_id=wire.get("arItemId"), payment_id=payment_id,
                posting_ref=ref,
            )  # fmt: skip
            journal.log(today, "createAutoPostings", ref, 201, "CREATED", "1 payment posted")
