"""The batch kinds: what the items of each batch type mean, as the queue's workers run them.

Each kind applies a chunk of items through the use cases (usecases/, in a unit of work that is a
savepoint of the chunk's transaction), each item as its one-item operation would (createCustomer,
updateCustomer, createDocument, a report), and answers one ItemResult per item. A
rejected item's errors are values (ItemError), pointing into the request that queued the batch;
api/batches.py answers them as the contract's field errors. Nothing here knows of HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from armrest_server.clock import Calendar
from armrest_server.domain.rules import Violation
from armrest_server.store import reports as report_files
from armrest_server.usecases import customers, documents, reports
from armrest_server.usecases.uow import UnitOfWork
from armrest_server.worker.queue import ItemError, ItemResult, Kind

# The item arrays of the requests that queue each kind (createCustomerBatch, createDocumentBatch).
CUSTOMERS = "/customers"
DOCUMENTS = "/documents"


def item_errors(items: str, index: int, violations: Iterable[Violation]) -> list[ItemError]:
    """The rules item `index` of the request's array `items` broke, each pointing into the request
    (a rule's pointer is relative to the item: `/name` of item 3 is `/customers/3/name`)."""
    return [ItemError(f"{items}/{index}{v.pointer}", v.message, v.code) for v in violations]


def customers_kind(calendar: Calendar, *, create: bool) -> Kind:
    """CUSTOMERS_CREATE (`create`): each item as createCustomer would (upsert); CUSTOMERS_UPDATE:
    as updateCustomer would, an unknown number rejecting the item."""

    def process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        with UnitOfWork(conn.engine) as uow:
            outcomes = customers.apply_batch(
                uow, batch["clientno"], [item for _, item in chunk], calendar.today(), create
            )
            uow.commit()
        return [
            ItemResult(
                outcome.key,
                not outcome.violations,
                outcome.result,
                item_errors(CUSTOMERS, index, outcome.violations),
            )
            for (index, _), outcome in zip(chunk, outcomes, strict=True)
        ]

    return Kind(process=process, key=lambda item: item["customerNo"], pointer=CUSTOMERS)


def documents_kind(calendar: Calendar) -> Kind:
    """DOCUMENTS_CREATE: a chunk of documents checked in order and written set-based, each document
    as createDocument would write it; a rejected one writes nothing and the others are written."""

    def process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        with UnitOfWork(conn.engine) as uow:
            outcomes = documents.create_many(
                uow, batch["clientno"], [item for _, item in chunk], calendar.today()
            )
            uow.commit()
        return [
            ItemResult(
                outcome.document_no,
                outcome.draft is not None,
                "CREATED" if outcome.draft is not None else None,
                item_errors(DOCUMENTS, index, outcome.violations),
            )
            for (index, _), outcome in zip(chunk, outcomes, strict=True)
        ]

    return Kind(process=process, key=lambda item: item["documentNo"], pointer=DOCUMENTS)


def report_kind() -> Kind:
    """REPORT: one item (the request) whose processing writes the CSV file; the batch's file is it."""

    def process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        results = []
        with UnitOfWork(conn.engine) as uow:
            for _, payload in chunk:
                request = reports.make(uow, batch["clientno"], payload, int(batch["job_queue_id"]))
                results.append(ItemResult(request.report_type, True, "CREATED"))
            uow.commit()
        return results

    def finish(conn: Connection, batch: dict[str, Any]) -> str | None:
        return report_files.file_of_job(conn, batch["clientno"], int(batch["job_queue_id"]))

    return Kind(
        process=process, finish=finish, items=lambda payload: [payload], key=lambda p: p["report_type"]
    )


def batch_kinds(calendar: Calendar) -> dict[str, Kind]:
    """Every kind by its batch type (`batches.batch_type`), on the ledger's calendar."""
    return {
        "CUSTOMERS_CREATE": customers_kind(calendar, create=True),
        "CUSTOMERS_UPDATE": customers_kind(calendar, create=False),
        "DOCUMENTS_CREATE": documents_kind(calendar),
        "REPORT": report_kind(),
    }
