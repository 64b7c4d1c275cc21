"""GlItems handlers: the client's general-ledger entries, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select

from armrest_server.api.dates import date_range, timestamp
from armrest_server.api.paging import list_page
from armrest_server.domain import gl, ledger
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import gl as store
from armrest_server.store.db import reading


def item_to_wire(row: dict[str, Any], language: str) -> dict[str, Any]:
    posted: date = row["posting_date"]
    return {
        "glItemId": row["id"],
        "voucherNo": row["voucher_no"],
        "glYear": row["gl_year"],
        "glPeriod": row["gl_period"],
        "postingDate": posted.isoformat(),
        "accountNo": row["account_no"],
        "accountName": ledger.account_name(row["account_no"], language),
        "amount": to_wire(row["amount"]),
        "text": gl.text(row["text"], language),
        "documentNo": row["document_no"],
        "arItemId": row["ar_item_id"],
        "customerNo": row["customer_no"],
        "source": row["source"],
        "createdAt": timestamp(row["created_at"]),
    }


def getGlItem(call: Call) -> Reply:
    item_id = call.path["glitemid"]
    with reading(call.services.engine) as conn:
        row = store.fetch_items(conn, call.clientno, [item_id]).get(item_id)
    if row is None:
        raise not_found(f"GL item {item_id}", "#/path/glitemid")
    return Reply(200, item_to_wire(row, call.language))


def listGlItems(call: Call) -> Reply:
    query = call.query
    since, until = date_range(call)

    def ids() -> Select[Any]:
        return store.item_ids_query(
            call.clientno,
            gl_year=query.get("glyear"),
            gl_period=query.get("glperiod"),
            account_no=query.get("accountno"),
            document_no=query.get("documentno"),
            ar_item_id=query.get("aritemid"),
            voucher_no=query.get("voucherno"),
            from_date=since,
            to_date=until,
        )

    def fetch(conn: Connection, chunk: Sequence[Any]) -> dict[Any, dict[str, Any]]:
        rows = store.fetch_items(conn, call.clientno, chunk)
        return {key: item_to_wire(row, call.language) for key, row in rows.items()}

    return list_page(call, "glItems", ids, fetch)
