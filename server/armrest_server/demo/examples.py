"""The records the contract's request examples name, written first into a fresh database so that
their ids are the ones the examples use (tests/server/test_examples_run.py sends every example).

Customer 543210 (Ola Nordmann) is created with createCustomer; 543211 and 543212 with the customer
batch the getBatch example reads. Ola is invoiced monthly from December 2025 (bundles per month):
100228, 100231, 100232 and 100234 (the invoice of the createDocument example, KID 0001002344),
then credit note 100235 for one line of 100234. A double payment of 100231 leaves an unapplied
credit item (the refund example's). Invoice 100234 has its PDF and an ADB report was made on
2026-04-14 (the files the file examples name). The create examples make new records (documents
100233, 100236, 100237, 100239) that are not seeded. Last come the records that one example
alone names (_of_their_own): the customer the delete example deletes, and the customers and
invoices the payment reservation examples reserve.

Ids the examples name, in the order the records are written: AR items 1 (100228), 2 (100231),
3 (the unapplied credit), 4 (100232), 5 (100234), 6 (100235); document bundle 4 (March 2026); GL
item 13 (the receivable of 100234, voucher 5); log item 1 (the createCustomer of 543210).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from armrest_server.demo.journal import Journal, at
from armrest_server.domain.reports import Request
from armrest_server.store import batches, clients, seeding
from armrest_server.store import files as file_store
from armrest_server.usecases import autopostings, documents, reports
from armrest_server.usecases.customers import apply_batch
from armrest_server.usecases.uow import UnitOfWork
from armrest_server.worker import kinds

CLIENTNO = 2218
USER = "TestUser"
BATCH_UUID = "3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b"
INVOICE_PDF_ID = "f63becc5-82b8-405b-b3b7-f4120fd93bd4"
REPORT_FILE_ID = "a327275b-f069-43c2-98e1-ebd7bd843ffa"
# The PDF of the uploadFiles example: uploading it again answers the stored file.
INVOICE_PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
LEAVING: dict[str, Any] = {
    "customerNo": "543213",
    "name": "Per Hansen",
    "customerCategory": "CONS",
    "postalAddress": {
        "addressLine1": "Kirkegata 3",
        "postalCode": "0153",
        "cityName": "OSLO",
        "countryCode": "NO",
    },
}
RESERVING = LEAVING | {"customerNo": "543214", "name": "Kari Hansen"}
RESERVING_ALL = LEAVING | {"customerNo": "543215", "name": "Nils Berg"}
OLA: dict[str, Any] = {
    "customerNo": "543210",
    "name": "Ola Nordmann",
    "customerCategory": "CONS",
    "ssn": "01010050053",
    "ssnCountry": "NO",
    "postalAddress": {
        "addressLine1": "Storgata 1",
        "postalCode": "0155",
        "cityName": "OSLO",
        "countryCode": "NO",
    },
    "phoneNo": "+47 912 34 567",
    "emailAddressDocument": ["ola.nordmann@example.no"],
    "distribution": {"type": "H"},
    "language": "no",
    "currency": "NOK",
    "dueDays": 14,
}
BATCH: list[dict[str, Any]] = [
    {"customerNo": "543211", "name": "Kari Nordmann", "phoneNo": "+47 912 34 567"},
    {
        "customerNo": "543212",
        "name": "Nordmann Bygg AS",
        "customerCategory": "COMP",
        "organizationNo": "923609016",
        "organizationNoScheme": "0192",
        "vatLiable": True,
        "postalAddress": {
            "addressLine1": "Industriveien 12",
            "postalCode": "1337",
            "cityName": "SANDVIKA",
            "countryCode": "NO",
        },
    },
]
CUSTOMERS = [OLA, *BATCH, LEAVING, RESERVING, RESERVING_ALL]  # every customer the seed writes
BROADBAND = {
    "productCode": "BB-500",
    "description": "Bredbånd 500/500",
    "quantity": 1,
    "unitPrice": 699,
    "vatRate": 25,
}
TV = {"productCode": "TV-BASIS", "description": "TV Basis", "quantity": 1, "unitPrice": 399.2, "vatRate": 25}
DATA = {
    "productCode": "DATA-GB",
    "description": "Ekstra datatrafikk (GB)",
    "quantity": 5,
    "unitPrice": 86,
    "vatRate": 25,
}
MONTHS = {12: "desember", 1: "januar", 2: "februar", 3: "mars"}


@dataclass(frozen=True)
class _Day:
    """The clock a batch processor reads (`services.today()`), standing on the day of the write."""

    day: date

    def today(self) -> date:
        return self.day


def _invoice(number: str, day: date, lines: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    month = f"{MONTHS[day.month]} {day.year}"
    return {
        "documentNo": number,
        "documentType": "INVOICE",
        "customerNo": OLA["customerNo"],
        "documentDate": day.isoformat(),
        "bundleKey": f"M{day:%Y-%m}",
        "lines": [
            {"lineNo": n, **line, "description": f"{line['description']}, {month}"}
            for n, line in enumerate(lines, start=1)
        ],
        **extra,
    }


def _book(uow: UnitOfWork, journal: Journal, document: dict[str, Any]) -> None:
    day = date.fromisoformat(document["documentDate"])
    (outcome,) = documents.create_many(uow, CLIENTNO, [document], day)
    if outcome.violations:
        raise AssertionError(f"example document rejected: {outcome.violations}")
    journal.log(day, "createDocument", outcome.document_no, 201, "CREATED", outcome.message, user=USER)


def _customer_batch(uow: UnitOfWork, journal: Journal, day: date) -> None:
    """543211 and 543212, as a createCustomerBatch the worker has processed."""
    conn = uow.connection
    queued = batches.enqueue(conn, CLIENTNO, "CUSTOMERS_CREATE", USER, BATCH, len(BATCH))
    seeding.place_batch(conn, queued, as_uuid=BATCH_UUID, at=at(day))
    kind = kinds.customers_kind(_Day(day), create=True)
    results = kind.process(conn, {"clientno": CLIENTNO}, list(enumerate(BATCH)))
    batches.record(conn, BATCH_UUID, [result.row(i) for i, result in enumerate(results)])
    batches.finish(conn, BATCH_UUID)
    message = f"Batch of {len(BATCH)} customers queued"
    journal.log(day, "createCustomerBatch", BATCH_UUID, 202, "QUEUED", message, user=USER)


def _files(uow: UnitOfWork, journal: Journal, day: date) -> None:
    """The PDF of invoice 100234 (uploaded) and an ADB report of the day (a report job's CSV)."""
    conn = uow.connection
    document_id = file_store.document_id(conn, CLIENTNO, "100234")
    digest = hashlib.sha256(INVOICE_PDF).hexdigest()
    stored = file_store.insert_file(
        conn, CLIENTNO, "faktura-100234.pdf", "PDF", "application/pdf", INVOICE_PDF, digest, "UPLOAD",
        document_id=document_id,
    )  # fmt: skip
    seeding.place_file(conn, stored, as_id=INVOICE_PDF_ID, at=at(day, 10))
    journal.log(
        day, "uploadFiles", INVOICE_PDF_ID, 201, "CREATED", "1 file stored", user=USER, source="erp-nightly"
    )
    wire = {
        "includeSum": True,
        "asOfDate": day.isoformat(),
        "adb": {"debtCollectionColumn": True, "intervals": [
            {"intervalNo": 1, "intervalLength": 20}, {"intervalNo": 4, "intervalLength": 40},
            {"intervalNo": 5, "intervalLength": 60}]},
    }  # fmt: skip
    report_job(uow, journal, reports.request_of(uow, CLIENTNO, "adb", wire, day), day, USER, REPORT_FILE_ID)


def report_job(
    uow: UnitOfWork,
    journal: Journal,
    request: Request,
    day: date,
    user: str,
    file_id: str | None = None,
) -> None:
    """A report job as createReportAction queues it and the worker runs it: its batch and its file."""
    conn = uow.connection
    job_queue_id = clients.next_numbers(conn, CLIENTNO, "jobQueueId", reports.FIRST_JOB_QUEUE_ID)
    queued = batches.enqueue(
        conn, CLIENTNO, "REPORT", user, request.payload(), 1, job_queue_id, request.dedupe_key()
    )
    kind = kinds.report_kind()
    batch = {"clientno": CLIENTNO, "job_queue_id": job_queue_id, "batch_uuid": queued}
    results = kind.process(conn, batch, [(0, request.payload())])
    assert kind.finish is not None
    made = kind.finish(conn, batch)
    assert made is not None
    if file_id is not None:
        seeding.place_file(conn, made, as_id=file_id, at=at(day, 11))
    seeding.place_batch(conn, queued, as_uuid=queued, at=at(day, 11))
    batches.record(conn, queued, [result.row(i) for i, result in enumerate(results)])
    batches.finish(conn, queued, file_id or made)
    message = f"Report {request.report_type} queued as job {job_queue_id}"
    journal.log(day, "createReportAction", request.report_type, 201, "CREATED", message, user=user)


def seed(uow: UnitOfWork, journal: Journal, today: date) -> None:
    start = date(2025, 11, 20)
    apply_batch(uow, CLIENTNO, [OLA], start, True)
    journal.log(
        start, "createCustomer", OLA["customerNo"], 201, "CREATED", "Customer 543210 created", user=USER
    )
    _customer_batch(uow, journal, start)
    _book(uow, journal, _invoice("100228", date(2025, 12, 12), [BROADBAND, TV, DATA]))
    _book(uow, journal, _invoice("100231", date(2026, 1, 12), [BROADBAND, TV]))
    # 100231 (1372.75) paid twice over: 600.00 is left as an unapplied credit item.
    paid = date(2026, 2, 2)
    autopostings.post_payment(
        uow, CLIENTNO, amount=197275, posting_date=paid, today=paid, document_no="100231",
        posting_ref="BANK-20260202-0001", text="Innbetaling fra Ola Nordmann",
    )  # fmt: skip
    journal.log(
        paid, "createAutoPostings", "BANK-20260202-0001", 201, "CREATED", "1 payment posted", user=USER
    )
    _book(uow, journal, _invoice("100232", date(2026, 2, 12), [BROADBAND, TV, DATA]))
    data = {**DATA, "quantity": 3.5}
    _book(uow, journal, _invoice("100234", date(2026, 3, 12), [BROADBAND, data], referenceNo="ORD-2026-0412"))
    credit = {**data, "lineNo": 1, "description": "Kreditering ekstra datatrafikk (GB), mars 2026"}
    _book(
        uow, journal,
        {"documentNo": "100235", "documentType": "CREDITNOTE", "customerNo": OLA["customerNo"],
         "documentDate": "2026-03-16", "creditedDocumentNo": "100234", "lines": [credit]},
    )  # fmt: skip
    _files(uow, journal, min(date(2026, 4, 14), today))
    _of_their_own(uow, journal, start)


def _of_their_own(uow: UnitOfWork, journal: Journal, start: date) -> None:
    """Records one example alone names, written last so that no id the others name moves: the
    examples run in any order, and none may spoil another's. Customer 543213 for the delete
    example; 543214 with invoices 100240 and 100241 for the reservations of one item (by
    documentNo, by KID); 543215 with invoice 100242 for the reservation of a customer's items (a
    customer reservation holds every item of its customer)."""
    for customer in (LEAVING, RESERVING, RESERVING_ALL):
        apply_batch(uow, CLIENTNO, [customer], start, True)
        message = f"Customer {customer['customerNo']} created"
        journal.log(start, "createCustomer", customer["customerNo"], 201, "CREATED", message, user=USER)
    day = date(2026, 3, 20)
    for number, customer, lines in (
        ("100240", RESERVING, [BROADBAND, TV]),
        ("100241", RESERVING, [BROADBAND, TV, DATA]),
        ("100242", RESERVING_ALL, [{**BROADBAND, "quantity": 4}]),
    ):
        bundle = f"R{day:%Y-%m}-{customer['customerNo']}"
        _book(uow, journal, _invoice(number, day, lines, customerNo=customer["customerNo"], bundleKey=bundle))
