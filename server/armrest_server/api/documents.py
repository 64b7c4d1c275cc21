"""Documents handlers: create one document, a batch of documents, list and read documents."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from armrest_server import faults
from armrest_server.api import audit, records
from armrest_server.api.batches import accept as accept_batch
from armrest_server.api.dates import date_range, timestamp
from armrest_server.api.glitems import item_to_wire as gl_item_to_wire
from armrest_server.api.paging import list_page
from armrest_server.api.rejections import rejected
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found, rule
from armrest_server.store import aritems as ar_store
from armrest_server.store import documents as store
from armrest_server.store import gl as gl_store
from armrest_server.store import reservations
from armrest_server.store.db import reading
from armrest_server.usecases import documents
from armrest_server.usecases.uow import UnitOfWork


# --- stored rows -> the wire (getArItem embeds documents too) -----------------------------------
def line_to_wire(line: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "lineNo": line["lineNo"],
        "productCode": line["productCode"],
        "description": line["description"],
        "quantity": float(Decimal(line["quantity"])),
        "unitPrice": to_wire(line["unitPrice"]),
        "vatRate": line["vatRate"],
        "amountExclVat": to_wire(line["amountExclVat"]),
        "vatAmount": to_wire(line["vatAmount"]),
        "amountInclVat": to_wire(line["amountInclVat"]),
    }


def document_to_wire(row: Mapping[str, Any], with_lines: bool = False) -> dict[str, Any]:
    """A document row (store.documents' form) as the contract's DocumentSummary, or Document."""
    data = row["data"]
    distribution = data.get("distribution") or {"type": "", "channel": None}
    body = {
        "documentNo": row["document_no"],
        "documentUuid": row["document_uuid"],
        "documentType": row["document_type"],
        "customerNo": row["customer_no"],
        "documentDate": row["document_date"].isoformat(),
        "dueDate": row["due_date"].isoformat(),
        "currency": row["currency"],
        "kid": row["kid"],
        "referenceNo": row["reference_no"],
        "bundleKey": data.get("bundleKey"),
        "documentBundleId": row["bundle_id"],
        "buyerReference": data.get("buyerReference"),
        "sellerReference": data.get("sellerReference"),
        "creditedDocumentNo": data.get("creditedDocumentNo"),
        "distribution": dict(distribution),
        "amountExclVat": to_wire(row["amount_excl_vat"]),
        "vatAmount": to_wire(row["vat_amount"]),
        "amountInclVat": to_wire(row["amount_incl_vat"]),
        "arItemId": row["ar_item_id"],
        "createdAt": timestamp(row["created_at"]),
    }
    if with_lines:
        body["lines"] = [line_to_wire(line) for line in data.get("lines", [])]
    return body


def createDocument(call: Call) -> Reply:
    sent = call.body["document"]
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        try:
            (outcome,) = documents.create_many(uow, call.clientno, [sent], call.services.today())
        except documents.DuplicateNumber:
            message = f"Document number {sent['documentNo']} is already used"
            raise rule(422, "/document/documentNo", message, "duplicate") from None
        if outcome.draft is None:
            raise rejected(outcome.violations, "/document")
        draft = outcome.draft
        audit.record(uow.connection, call, "DOCUMENT", draft.document_no, 201, "CREATED", outcome.message)
        faults.reach("document-written")
        uow.commit()
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


def listDocuments(call: Call) -> Reply:
    q = call.query
    start, end = date_range(call)

    def ids() -> Any:
        return store.ids_query(
            call.clientno, q.get("customerno"), q.get("documenttype"), start, end, q.get("kid"),
            q.get("documentbundleid"),
        )  # fmt: skip

    def fetch(conn: Connection, chunk: Any) -> dict[Any, dict[str, Any]]:
        return {key: document_to_wire(row) for key, row in store.fetch(conn, call.clientno, chunk).items()}

    return list_page(call, "documents", ids, fetch)


def expansions(call: Call) -> set[str]:
    return set((call.query.get("expand") or "").split(",")) - {""}


def getDocument(call: Call) -> Reply:
    number = call.path["documentno"]
    expand = expansions(call)
    with reading(call.services.engine) as conn:
        row = store.find_by_no(conn, call.clientno, number)
        if row is None:
            raise not_found(f"Document {number}", "#/path/documentno")
        body = document_to_wire(row, with_lines=True)
        item = ar_store.find(conn, call.clientno, row["ar_item_id"]) if row["ar_item_id"] else None
        if "arItem" in expand and item is not None:
            held = reservations.holding(conn, call.clientno, [item["id"]], call.services.today())
            body["arItem"] = records.ar_item(item, held.get(item["id"]))
        if "glItems" in expand:
            voucher_no = store.first_voucher(conn, call.clientno, row["id"])
            ids = list(conn.execute(gl_store.item_ids_query(call.clientno, voucher_no=voucher_no)).scalars())
            entries = gl_store.fetch_items(conn, call.clientno, ids)
            body["glItems"] = [gl_item_to_wire(entries[i], call.language) for i in ids]
    return Reply(200, body)


def createDocumentBatch(call: Call) -> Reply:
    items = call.body["documents"]
    return accept_batch(
        call, "DOCUMENTS_CREATE", items, f"Batch of {len(items)} documents accepted for processing"
    )
