"""ArItems handlers: list and read AR items, change one (details, or a credit note for it)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection

from armrest_server.api import audit, records
from armrest_server.api.dates import date_range
from armrest_server.api.documents import document_to_wire, expansions
from armrest_server.api.paging import list_page
from armrest_server.api.rejections import rejected
from armrest_server.domain.money import to_wire
from armrest_server.domain.rules import Rejected
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found, rule
from armrest_server.store import aritems as store
from armrest_server.store import documents as documents_store
from armrest_server.store import reservations
from armrest_server.store.db import reading
from armrest_server.usecases import aritems, documents
from armrest_server.usecases.uow import UnitOfWork

log = logging.getLogger("armrest.aritems")


def listArItems(call: Call) -> Reply:
    q = call.query
    start, end = date_range(call, "duedatefrom", "duedateto")
    today = call.services.today()

    def ids() -> Any:
        return store.ids_query(
            call.clientno, q.get("customerno"), q.get("status"), start, end, q.get("kid"),
            q.get("documentno"), q.get("documenttype"),
        )  # fmt: skip

    def fetch(conn: Connection, chunk: Any) -> dict[Any, records.Record]:
        rows = store.fetch(conn, call.clientno, chunk)
        held = reservations.holding(conn, call.clientno, list(rows), today)
        return {key: records.ar_item_record(row, held.get(key)) for key, row in rows.items()}

    return list_page(call, "arItems", ids, fetch)


def updateArItem(call: Call) -> Reply:
    sent = call.body["arItem"]
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        try:
            updated = aritems.update(uow, call.clientno, sent, call.services.today())
        except aritems.UnknownItem:
            raise not_found(f"AR item {sent['arItemId']}", "/arItem/arItemId") from None
        except Rejected as error:
            raise rejected(error.violations, "/arItem") from None
        except documents.DuplicateNumber:
            message = f"Document number {sent['creditNote']['documentNo']} is already used"
            raise rule(422, "/arItem/creditNote/documentNo", message, "duplicate") from None
        item_id, note = updated.item["id"], updated.credit_note
        if note is not None:
            message = f"Credit note {note.document_no} created and applied to AR item {item_id}"
        else:
            message = f"AR item {item_id} {updated.result.lower()}"
        audit.record(uow.connection, call, "ARITEM", str(item_id), 200, updated.result, message)
        uow.commit()
    body: dict[str, Any] = {
        "status": "PROCESSED",
        "result": updated.result,
        "message": message,
        "clientNo": call.clientno,
        "arItemId": item_id,
        "remainingAmount": to_wire(updated.item["remaining_amount"]),
    }
    if note is not None:
        assert note.item is not None
        body |= {"creditNoteDocumentNo": note.document_no, "creditNoteArItemId": note.item.ar_item_id}
    return Reply(200, body)


def getArItem(call: Call) -> Reply:
    item_id = call.path["aritemid"]
    expand = expansions(call)
    if call.query.get("userid"):
        # Read on behalf of a user of the client's own system: kept with the request, for audit.
        log.info(
            "AR item read",
            extra={"clientno": call.clientno, "arItemId": item_id, "userid": call.query["userid"]},
        )
    with reading(call.services.engine) as conn:
        row = store.find(conn, call.clientno, item_id)
        if row is None:
            raise not_found(f"AR item {item_id}", "#/path/aritemid")
        held = reservations.holding(conn, call.clientno, [row["id"]], call.services.today())
        if not expand:
            return Reply(200, records.ar_item_record(row, held.get(row["id"])))
        body = records.ar_item(row, held.get(row["id"]))
        if "document" in expand and row["document_id"] is not None:
            document = documents_store.find_by_id(conn, call.clientno, row["document_id"])
            assert document is not None
            body["document"] = document_to_wire(document, with_lines=True)
        if "applications" in expand:
            body["applications"] = [
                records.application(a) for a in store.applications(conn, call.clientno, row["id"])
            ]
    return Reply(200, body)
