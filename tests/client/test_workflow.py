"""An integrator's day through the generated client only, against `armrest serve` on a free port.

Create customers and documents, upload a document batch and poll it, list the AR items across pages, post a
payment, read the ADB insights, create a payment reservation, order a report and download its file; and the
same read done synchronously and asynchronously.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from armrest_client import ArmrestClient, aiter_items, iter_items, iter_pages, unwrap, wait_for_batch
from armrest_client.api.actions import create_report_action
from armrest_client.api.ar_items import get_ar_item, list_ar_items
from armrest_client.api.auto_postings import create_auto_postings
from armrest_client.api.customers import create_customer, get_customer, list_customers
from armrest_client.api.documents import create_document, create_document_batch
from armrest_client.api.files import get_file
from armrest_client.api.insights import list_adb_intervals
from armrest_client.api.payment_reservations import create_payment_reservation
from armrest_client.models import (
    ArItemStatus,
    AutoPostingInput,
    AutoPostingMethod,
    AutoPostingRequest,
    BatchStatus,
    CustomerCreate,
    CustomerCreateRequest,
    DocumentBatchCreate,
    DocumentCreate,
    DocumentCreateRequest,
    DocumentLineCreate,
    DocumentType,
    DocumentVatRate,
    Metadata,
    PaymentReservationRequest,
    ReportAction,
    ReportActionRequest,
    ReportInput,
    ReportType,
    WriteResultCode,
)
from armrest_client.types import Unset

from tests.support.server import CLIENTNO, Server

WHO = Metadata(user_id="erp-integration")


@pytest.fixture
def client(server: Server) -> Iterator[ArmrestClient]:
    with ArmrestClient(
        server.base_url, client_id=server.client_id, client_secret=server.client_secret
    ) as client:
        yield client


def invoice(document_no: str, customer_no: str, amount: Decimal, *, days_overdue: int = 0) -> DocumentCreate:
    return DocumentCreate(
        document_no=document_no,
        document_type=DocumentType.INVOICE,
        customer_no=customer_no,
        document_date=datetime.date.today() - datetime.timedelta(days=days_overdue + 14),
        due_date=datetime.date.today() - datetime.timedelta(days=days_overdue),
        lines=[
            DocumentLineCreate(
                line_no=1,
                description=f"Konsulenttimer {document_no}",
                quantity=Decimal(1),
                unit_price=amount,
                vat_rate=DocumentVatRate.RATE_0,
            )
        ],
    )


def test_an_integrators_day(client: ArmrestClient, unique: str) -> None:
    customer_no = f"W{unique}"

    # Customers: one created at once, again with the same Idempotency-Key (a retry) answering the same.
    body = CustomerCreateRequest(
        metadata=WHO, customer=CustomerCreate(customer_no=customer_no, name="Nordmann Bygg AS")
    )
    key = str(uuid.uuid4())
    created = unwrap(create_customer.sync(CLIENTNO, client=client, body=body, idempotency_key=key))
    assert created.result == WriteResultCode.CREATED and created.customer_no == customer_no
    replayed = unwrap(create_customer.sync(CLIENTNO, client=client, body=body, idempotency_key=key))
    assert replayed.account_no == created.account_no
    other = CustomerCreateRequest(
        metadata=WHO, customer=CustomerCreate(customer_no=f"{customer_no}B", name="Kari AS")
    )
    assert unwrap(create_customer.sync(CLIENTNO, client=client, body=other)).result == WriteResultCode.CREATED

    # Documents: one invoice at once (its AR item and KID come back) ...
    first = unwrap(
        create_document.sync(
            CLIENTNO,
            client=client,
            body=DocumentCreateRequest(
                metadata=WHO,
                document=invoice(f"{customer_no}-1", customer_no, Decimal("1250.50"), days_overdue=45),
            ),
        )
    )
    assert first.result == WriteResultCode.CREATED and first.kid

    # ... and 24 more in a batch, polled until it completes.
    batch_body = DocumentBatchCreate(
        metadata=WHO,
        documents=[
            invoice(f"{customer_no}-{n}", customer_no, Decimal("100.10") + n, days_overdue=n)
            for n in range(2, 26)
        ],
    )
    accepted = unwrap(create_document_batch.sync(CLIENTNO, client=client, body=batch_body))
    assert accepted.item_count == 24
    batch = wait_for_batch(client, CLIENTNO, accepted.batch_uuid, timeout=120, interval=0.2)
    assert batch.status == BatchStatus.COMPLETED, [(i.key, i.errors) for i in batch.items if i.errors]
    assert batch.accepted_count == 24 and len(batch.items) == 24

    # The AR items of the customer, 25, across pages of 10 (frozen under one queryId).
    pages = list(
        iter_pages(list_ar_items.sync, CLIENTNO, client=client, customer_no=customer_no, page_size=10)
    )
    assert [len(p.page_items) for p in pages] == [10, 10, 5]
    assert len({p.summary.query_id for p in pages}) == 1
    items = [item for page in pages for item in page.page_items]
    assert sorted(i.document_no for i in items) == sorted(f"{customer_no}-{n}" for n in range(1, 26))
    assert all(i.status == ArItemStatus.OPEN for i in items)
    open_before = sum(i.remaining_amount for i in items)

    # A payment of the first invoice, by its KID: the item closes.
    payment = AutoPostingRequest(
        metadata=WHO,
        auto_postings=[
            AutoPostingInput(
                posting_ref=f"BANK-{unique}",
                posting_date=datetime.date.today(),
                amount=Decimal("1250.50"),
                kid=first.kid,
            )
        ],
    )
    posted = unwrap(
        create_auto_postings.sync(
            CLIENTNO,
            AutoPostingMethod.PAYMENT,
            client=client,
            body=payment,
            idempotency_key=str(uuid.uuid4()),
        )
    )
    assert [p.result_type.value for p in posted.auto_postings] == ["POSTED"]
    assert [(a.ar_item_id, a.amount) for a in posted.auto_postings[0].applications] == [
        (first.ar_item_id, Decimal("1250.50"))
    ]
    paid = unwrap(get_ar_item.sync(CLIENTNO, first.ar_item_id, client=client))
    assert paid.status == ArItemStatus.CLOSED and paid.remaining_amount == 0

    # The ADB of the customer: what is still open, spread over its age.
    adb = unwrap(list_adb_intervals.sync(CLIENTNO, client=client, customer_no=customer_no))
    assert adb.total_item_count == 24
    assert adb.total_open_amount == open_before - Decimal("1250.50")  # exact: no rounding needed
    parts = adb.not_due.amount + sum(i.amount for i in adb.intervals)
    assert parts == adb.total_open_amount

    # A payment reservation holding one of the open items.
    held = next(i for i in items if i.document_no == f"{customer_no}-2")
    reservation = PaymentReservationRequest.from_dict(
        {
            "metadata": WHO.to_dict(),
            "paymentReservation": {
                "paymentId": f"NETS-{unique}",
                "amount": held.remaining_amount,
                "arItemId": held.ar_item_id,
            },
        }
    )
    reserved = unwrap(create_payment_reservation.sync(CLIENTNO, client=client, body=reservation))
    assert reserved.ar_item_id == held.ar_item_id and reserved.expires_on >= datetime.date.today()
    reservation_of_item = unwrap(
        get_ar_item.sync(CLIENTNO, held.ar_item_id, client=client)
    ).payment_reservation
    assert reservation_of_item is not None and not isinstance(reservation_of_item, Unset)

    # A report, ordered, waited for and downloaded.
    order = ReportActionRequest(metadata=WHO, action=ReportAction(report=ReportInput(include_sum=True)))
    ordered = unwrap(create_report_action.sync(CLIENTNO, ReportType.ARITEMS, client=client, body=order))
    assert isinstance(ordered.batch_uuid, uuid.UUID)
    job = wait_for_batch(client, CLIENTNO, ordered.batch_uuid, timeout=120, interval=0.2)
    assert job.status == BatchStatus.COMPLETED and job.file_id is not None
    report = unwrap(get_file.sync(CLIENTNO, job.file_id, client=client))
    assert isinstance(report.content, str)
    content = base64.b64decode(report.content)
    assert hashlib.sha256(content).hexdigest() == report.sha256 and len(content) == report.size
    assert f"{customer_no}-3".encode() in content  # an open item of ours is on the report


def test_the_same_read_sync_and_async(client: ArmrestClient, unique: str) -> None:
    customer_no = f"S{unique}"
    body = CustomerCreateRequest(
        metadata=WHO, customer=CustomerCreate(customer_no=customer_no, name="Synk og Asynk AS")
    )
    unwrap(create_customer.sync(CLIENTNO, client=client, body=body))

    sync_customer = unwrap(get_customer.sync(CLIENTNO, customer_no, client=client))
    sync_names = [
        c.customer_no for c in iter_items(list_customers.sync, CLIENTNO, client=client, page_size=5)
    ]

    async def read() -> tuple[object, list[str]]:
        async with client:
            customer = unwrap(await get_customer.asyncio(CLIENTNO, customer_no, client=client))
            names = [
                c.customer_no
                async for c in aiter_items(list_customers.asyncio, CLIENTNO, client=client, page_size=5)
            ]
        return customer, names

    async_customer, async_names = asyncio.run(read())
    assert async_customer == sync_customer
    assert async_names == sync_names and customer_no in sync_names
