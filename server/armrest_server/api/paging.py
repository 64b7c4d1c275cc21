"""The documented paging rules, shared by every list operation.

The first call freezes its result set (ids, in order) under a `queryId`; `?query=&pageno=` reads a
page of that set. Page sizes below 5 fall back to 10.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Select

from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import snapshots
from armrest_server.store.db import reading, writing

DEFAULT_PAGE_SIZE = 100
SMALL_PAGE_FALLBACK = 10
DEFAULT_MAXIMUM = 10000

# Turns ids into wire records, keyed by id; ids whose row is gone since the freeze are left out.
Fetch = Callable[[Connection, Sequence[Any]], dict[Any, dict[str, Any]]]


def page_size(requested: int | None) -> int:
    if requested is None:
        return DEFAULT_PAGE_SIZE
    return SMALL_PAGE_FALLBACK if requested < 5 else requested


def list_page(
    call: Call, entity: str, ids_query: Callable[[], Select[Any] | Sequence[Any]], fetch: Fetch
) -> Reply:
    """Answer one page of a list. `ids_query` selects (or lists) the ordered ids; `fetch` turns ids into
    wire records."""
    query = call.query
    pageno = query.get("pageno") or 1
    engine = call.services.engine
    if query.get("query"):
        with reading(engine) as conn:
            frozen = snapshots.thaw(conn, call.clientno, call.operation.operation_id, query["query"])
        if frozen is None:
            raise not_found(f"Query {query['query']}", "#/query/query")
        query_id, ids = frozen["query_id"], frozen["row_ids"]
        size, maximum = frozen["page_size"], frozen["maximum_count"]
    else:
        size = page_size(query.get("pagesize"))
        maximum = query.get("maximumcount") or DEFAULT_MAXIMUM
        # Only the freeze writes; the page is read in its own transaction, so the write lock is not
        # held while rows are turned into wire records.
        with writing(engine) as conn:
            query_id, ids = snapshots.freeze(
                conn, call.clientno, call.operation.operation_id, ids_query(), maximum, size
            )
    chunk = ids[(pageno - 1) * size : pageno * size]
    with reading(engine) as conn:
        found = fetch(conn, chunk) if chunk else {}
    records = [found[i] for i in chunk if i in found]
    total_pages = -(-len(ids) // size)
    link = f"{call.base_url}{path_of(call)}?query={query_id}&pageno="
    summary = {
        "pageNo": pageno,
        "currentPageSize": len(records),
        "pageSizeLimit": size,
        "totalPages": total_pages,
        "totalCount": len(ids),
        "maximumCount": maximum,
        "nextPage": f"{link}{pageno + 1}" if pageno < total_pages else None,
        "lastPage": f"{link}{total_pages}" if total_pages else None,
        "queryId": query_id,
    }
    return Reply(200, {"summary": summary, entity: records})


def path_of(call: Call) -> str:
    """The request's path as a URL path: each value percent-encoded, a `/` in one included."""
    return call.operation.template.format(**{k: quote(str(v), safe="") for k, v in call.path.items()})
