"""LogItems handlers: the audit trail that every successful write leaves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Select

from armrest_server.api.dates import instant_range, timestamp
from armrest_server.api.paging import list_page
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import logitems
from armrest_server.store.db import reading


def _wire(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "logItemId": row["id"],
        "loggedAt": timestamp(row["logged_at"]),
        "userId": row["user_id"],
        "source": row["source"],
        "correlationId": row["correlation_id"],
        "operationId": row["operation_id"],
        "method": row["method"],
        "path": row["path"],
        "entityType": row["entity_type"],
        "entityKey": row["entity_key"],
        "status": row["status"],
        "result": row["result"],
        "message": row["message"],
    }


def getLogItem(call: Call) -> Reply:
    item_id = call.path["logitemid"]
    with reading(call.services.engine) as conn:
        row = logitems.find(conn, call.clientno, item_id)
    if row is None:
        raise not_found(f"Log item {item_id}", "#/path/logitemid")
    return Reply(200, _wire(row))


def listLogItems(call: Call) -> Reply:
    query = call.query
    logged_from, logged_before = instant_range(call)

    def ids() -> Select[Any]:
        return logitems.ids_query(
            call.clientno,
            user_id=query.get("userid"),
            operation_id=query.get("operationid"),
            entity_type=query.get("entitytype"),
            entity_key=query.get("entitykey"),
            logged_from=logged_from,
            logged_before=logged_before,
        )

    def fetch(conn: Connection, chunk: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        return {key: _wire(row) for key, row in logitems.fetch(conn, call.clientno, chunk).items()}

    return list_page(call, "logItems", ids, fetch)
