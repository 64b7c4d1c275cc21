"""Documents handlers: create one document, a batch of documents, list and read documents."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection

from armrest_server.api import audit
from armrest_server.api.paging import list_page
from armrest_server.domain import aritems as ar_domain
from armrest_server.domain import booking, ledger
from armrest_server.domain import documents as domain
from armrest_server.domain.customers import Violation, timestamp
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import FieldError, Problem, not_found, rule
from armrest_server.store import aritems as ar_store
from armrest_server.store import batches, clients
from armrest_server.store import documents as store
from armrest_server.store.db import reading, writing
from armrest_server.worker.queue import ItemResult, Kind

log = logging.getLogger("armrest.documents")


def rejected(violations: list[Violation], prefix: str) -> Problem:
    errors = [FieldError(prefix + v.pointer, v.message, v.code) for v in violations]
    return Problem(422, "; ".join(e.message for e in errors), errors)


def createDocument(call: Call) -> Reply:
    sent = call.body["document"]
    with writing(call.services.engine) as conn:
        try:
            (outcome,) = booking.create_many(conn, call.clientno, [sent], call.services.today())
        except booking.DuplicateNumber:
            message = f"Document number {sent['documentNo']} is already used"
            raise rule(422, "/document/documentNo", message, "duplicate") from None
        if outcome.draft is None:
            raise rejected(outcome.violations, "/document")
        draft = outcome.draft
        audit.record(conn, call, "DOCUMENT", draft.document_no, 201, "CREATED", outcome.message)
    assert draft.item is not None and draft.bundle is not None and draft.kid is not None
    body = {
        "status": "PROCESSED",
        "result": "CREATED",
        "message": outcome.message,
        "clientNo": call.clientno,
        "documentNo": draft.document_no,
        "documentUuid": draft.uuid,
        "arItemId": draft.item.ar_item_id,
        "kid": draft.kid,
        "documentBundleId": draft.bundle.id,
    }
    return Reply(201, body)


def date_range(call: Call, first: str, last: str) -> tuple[date | None, date | None]:
    """Two inclusive date bounds from the query; a first after the last answers 400."""
    low, high = call.query.get(first), call.query.get(last)
    start = date.fromisoformat(low) if low else None
    end = date.fromisoformat(high) if high else None
    if start and end and start > end:
        raise rule(400, f"#/query/{first}", f"{first} {start} is after {last} {end}", "dateRange")
    return start, end


def listDocuments(call: Call) -> Reply:
    q = call.query
    start, end = date_range(call, "fromdate", "todate")

    def ids() -> Any:
        return store.ids_query(
            call.clientno, q.get("customerno"), q.get("documenttype"), start, end, q.get("kid"),
            q.get("documentbundleid"),
        )  # fmt: skip

    def fetch(conn: Connection, chunk: Any) -> dict[Any, dict[str, Any]]:
        return {key: domain.to_wire(row) for key, row in store.fetch(conn, call.clientno, chunk).items()}

    return list_page(call, "documents", ids, fetch)


def expansions(call: Call) -> set[str]:
    return set((call.query.get("expand") or "").split(",")) - {""}


def gl_item_to_wire(row: dict[str, Any], language: str) -> dict[str, Any]:
    return {
        "glItemId": row["id"],
        "voucherNo": row["voucher_no"],
        "glYear": row["gl_year"],
        "glPeriod": row["gl_period"],
        "postingDate": row["posting_date"].isoformat(),
        "accountNo": row["account_no"],
        "accountName": ledger.account_name(row["account_no"], language),
        "amount": to_wire(row["amount"]),
        "text": domain.translate_gl_text(row["text"], language),
        "documentNo": row["document_no"],
        "arItemId": row["ar_item_id"],
        "customerNo": row["customer_no"],
        "source": row["source"],
        "createdAt": timestamp(row["created_at"]),
    }


def getDocument(call: Call) -> Reply:
    number = call.path["documentno"]
    expand = expansions(call)
    with reading(call.services.engine) as conn:
        row = store.find_by_no(conn, call.clientno, number)
        if row is None:
            raise not_found(f"Document {number}", "#/path/documentno")
        body = domain.to_wire(row, with_lines=True)
        if "arItem" in expand:
            item = ar_store.find(conn, call.clientno, row["ar_item_id"])
            assert item is not None
            held = ar_store.active_reservations(conn, call.clientno, [item], call.services.today())
            body["arItem"] = ar_domain.to_wire(item, held.get(item["id"]))
        if "glItems" in expand:
            entries = store.voucher_entries(conn, call.clientno, row["id"])
            body["glItems"] = [gl_item_to_wire(e, call.language) for e in entries]
    return Reply(200, body)


def createDocumentBatch(call: Call) -> Reply:
    items = call.body["documents"]
    message = f"Batch of {len(items)} documents accepted for processing"
    with writing(call.services.engine) as conn:
        clients.ensure(conn, call.clientno)
        batch_uuid = batches.enqueue(
            conn, call.clientno, "DOCUMENTS_CREATE", call.user_id[:100], items, len(items)
        )
        audit.record(conn, call, "BATCH", batch_uuid, 202, "QUEUED", message)
    body = {
        "status": "ACCEPTED",
        "result": "QUEUED",
        "message": message,
        "clientNo": call.clientno,
        "batchUuid": batch_uuid,
        "itemCount": len(items),
    }
    location = f"{urlsplit(call.base_url).path}/clients/{call.clientno}/batches/{batch_uuid}"
    return Reply(202, body, {"Location": location})


def create_batch_kind(services: Any) -> Kind:
    """DOCUMENTS_CREATE: a chunk of documents checked in order and written set-based, each document
    as createDocument would write it; a rejected one writes nothing and the others are written."""

    def process(conn: Connection, batch: dict[str, Any], chunk: list[tuple[int, Any]]) -> list[ItemResult]:
        outcomes = booking.create_many(conn, batch["clientno"], [item for _, item in chunk], services.today())
        return [
            ItemResult(
                outcome.document_no,
                outcome.draft is not None,
                "CREATED" if outcome.draft is not None else None,
                [
                    FieldError(f"/documents/{index}{v.pointer}", v.message, v.code).as_dict()
                    for v in outcome.violations
                ],
            )
            for (index, _), outcome in zip(chunk, outcomes, strict=True)
        ]

    return Kind(process=process)
