"""DocumentBundles handlers: bundles of documents distributed together (written by Documents only)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from armrest_server.api.dates import instant_range, timestamp
from armrest_server.api.paging import list_page
from armrest_server.domain.documents import sign_of
from armrest_server.domain.money import to_wire
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import bundles as store
from armrest_server.store.db import reading


def to_wire_bundle(row: dict[str, Any]) -> dict[str, Any]:
    members = row["documents"]
    return {
        "documentBundleId": row["id"],
        "customerNo": row["customer_no"],
        "bundleKey": row["bundle_key"],
        "distributionType": row["distribution_type"],
        "status": row["status"],
        "createdAt": timestamp(row["created_at"]),
        "documentCount": len(members),
        # Net of the bundle: credit notes are printed positive and count negative here.
        "totalAmountInclVat": to_wire(
            sum(sign_of(d["document_type"]) * d["amount_incl_vat"] for d in members)
        ),
        "documents": [
            {
                "documentNo": d["document_no"],
                "documentType": d["document_type"],
                "documentDate": d["document_date"].isoformat(),
                "amountInclVat": to_wire(d["amount_incl_vat"]),
            }
            for d in members
        ],
    }


def listDocumentBundles(call: Call) -> Reply:
    created_from, created_before = instant_range(call)

    def ids() -> Any:
        return store.ids_query(call.clientno, call.query.get("customerno"), created_from, created_before)

    def fetch(conn: Connection, chunk: Any) -> dict[Any, dict[str, Any]]:
        return {key: to_wire_bundle(row) for key, row in store.fetch(conn, call.clientno, chunk).items()}

    return list_page(call, "documentBundles", ids, fetch)


def getDocumentBundle(call: Call) -> Reply:
    bundle_id = call.path["documentbundleid"]
    with reading(call.services.engine) as conn:
        found = store.fetch(conn, call.clientno, [bundle_id])
    if bundle_id not in found:
        raise not_found(f"Document bundle {bundle_id}", "#/path/documentbundleid")
    return Reply(200, to_wire_bundle(found[bundle_id]))
