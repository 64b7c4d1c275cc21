"""The documented paging rules, shared by every list operation.

The first call freezes its result set under a `queryId`; `?query=&pageno=` reads a page of that set
for 24 hours. Page sizes below 5 fall back to 10.

A read never writes, so nothing is stored per query: the `queryId` itself carries what the first
call was (operation, client, filters, page size, maximum, time) and the watermark of the rows it
could see (store/snapshots.py), sealed with an HMAC so that a client can neither forge one nor
read another client's set through it. Later pages re-run the ids query with the first call's
filters, restricted to the rows at or below the watermark: rows added since never show. Customers
and AR items, which change and go, are read as they were at the first call (their watermark holds
the client's row version too: store/history.py), so every page reads the first call's set, in its
order, with the same `totalCount`, whatever was paid, changed or deleted since. A record shows its
current values; one deleted since shows its values when it was deleted. A `queryId` therefore costs
the server nothing, however many are made.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import functools
import hashlib
import hmac
import zlib
from collections.abc import Callable, Mapping, Sequence, Sized
from datetime import timedelta
from typing import Any
from urllib.parse import quote

import orjson
from sqlalchemy import ColumnElement, Connection, Select

from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import not_found
from armrest_server.store import snapshots
from armrest_server.store.db import reading

DEFAULT_PAGE_SIZE = 100
SMALL_PAGE_FALLBACK = 10
DEFAULT_MAXIMUM = 10000
LIFETIME = timedelta(hours=24)
PAGING = ("query", "pageno", "pagesize", "maximumcount")
_VERSION = 1
_MAC_BYTES = 16

# Turns ids into wire records (dicts, or stored forms: http/stored_records.py), keyed by id; ids whose row is
# gone since the freeze are left out.
Fetch = Callable[[Connection, Sequence[Any]], Mapping[Any, Any]]
Handler = Callable[[Call], Reply]


@dataclasses.dataclass(frozen=True, kw_only=True)
class Forms:
    """How a list reads its records in the page's own statement: `columns` are selected beside each
    id, and `records` makes the page's records from its rows (the id, then those columns): a list, or
    one value standing for it (stored forms joined: http/stored_records.joined); None when a row must
    be fetched whole."""

    columns: tuple[ColumnElement[Any], ...]
    records: Callable[[Sequence[Sequence[Any]]], Sized | None]


@dataclasses.dataclass(frozen=True, kw_only=True)
class Frozen:
    """What a `queryId` says: the first call's filters, page size, maximum and watermark."""

    filters: dict[str, Any]
    size: int
    maximum: int
    mark: snapshots.Mark


def page_size(requested: int | None) -> int:
    if requested is None:
        return DEFAULT_PAGE_SIZE
    return SMALL_PAGE_FALLBACK if requested < 5 else requested


def _key(call: Call) -> bytes:
    return _key_of(str(call.services.authority.key))


@functools.lru_cache(maxsize=8)
def _key_of(secret: str) -> bytes:
    """The `queryId` MAC key derived from the server's signing secret (once per secret)."""
    return hashlib.sha256(b"armrest queryId\0" + secret.encode()).digest()


def seal(call: Call, frozen: Frozen) -> str:
    """The `queryId` of a first call (URL-safe base64, at least 22 characters)."""
    issued = int(call.services.now().timestamp())
    payload = [call.operation.operation_id, call.clientno, issued, frozen.size, frozen.maximum]
    body = _deflated(orjson.dumps([*payload, frozen.mark, frozen.filters]))
    mac = hmac.new(_key(call), bytes([_VERSION]) + body, hashlib.sha256).digest()[:_MAC_BYTES]
    return base64.urlsafe_b64encode(bytes([_VERSION]) + mac + body).rstrip(b"=").decode()


def _deflated(data: bytes) -> bytes:
    """`data` as a zlib stream at level 9, with a 512-byte window and the least memory: a queryId's
    JSON is about a hundred bytes, which these compress as small as the defaults do, but zlib's
    default 32 KB window and state took 85 us to set up, against 7 us for the whole of this. Any
    zlib reader reads it, and `unseal` reads queryIds sealed with the defaults as well."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 9, 1)
    return deflater.compress(data) + deflater.flush()


def unseal(call: Call, query_id: str) -> Frozen:
    """The first call a `queryId` of this operation and client stands for; 404 when it is not one,
    or has expired."""
    missing = not_found(f"Query {query_id}", "#/query/query")
    try:
        raw = base64.urlsafe_b64decode(query_id + "=" * (-len(query_id) % 4))
    except (binascii.Error, ValueError):
        raise missing from None
    version, mac, body = raw[:1], raw[1 : 1 + _MAC_BYTES], raw[1 + _MAC_BYTES :]
    expected = hmac.new(_key(call), version + body, hashlib.sha256).digest()[:_MAC_BYTES]
    if version != bytes([_VERSION]) or not hmac.compare_digest(mac, expected):
        raise missing
    operation, clientno, issued, size, maximum, mark, filters = orjson.loads(zlib.decompress(body))
    age = call.services.now().timestamp() - issued
    if (
        operation != call.operation.operation_id
        or clientno != call.clientno
        or not 0 <= age <= LIFETIME.total_seconds()
    ):
        raise missing
    return Frozen(filters=filters, size=size, maximum=maximum, mark=mark)


def thawing(handler: Handler) -> Handler:
    """A list handler that, given `?query=`, runs with the first call's query instead: its filters,
    page size and maximum (the request's own are ignored, as the contract says)."""

    @functools.wraps(handler)
    def run(call: Call) -> Reply:
        query_id = call.query.get("query")
        if not query_id:
            return handler(call)
        frozen = unseal(call, query_id)
        query = dict.fromkeys(call.query) | frozen.filters
        query |= {"query": query_id, "pageno": call.query.get("pageno") or 1}
        query |= {"pagesize": frozen.size, "maximumcount": frozen.maximum}
        return handler(dataclasses.replace(call, query=query))

    return run


@dataclasses.dataclass(frozen=True, kw_only=True)
class Paging:
    """What a list call asks for: page `pageno` of pages of `size`, in a set of at most `maximum`
    rows; `frozen` is what its `queryId` says (None: a first call)."""

    pageno: int
    size: int
    maximum: int
    frozen: Frozen | None

    @classmethod
    def of(cls, call: Call) -> Paging:
        query = call.query
        pageno = query.get("pageno") or 1
        frozen = unseal(call, query["query"]) if query.get("query") else None
        size = frozen.size if frozen else page_size(query.get("pagesize"))
        maximum = frozen.maximum if frozen else query.get("maximumcount") or DEFAULT_MAXIMUM
        return cls(pageno=pageno, size=size, maximum=maximum, frozen=frozen)

    @property
    def start(self) -> int:
        """The set's position of the page's first row."""
        return (self.pageno - 1) * self.size

    @property
    def stop(self) -> int:
        """The set's position after the page's last row (at most `maximum`)."""
        return min(self.pageno * self.size, self.maximum)


def list_page(
    call: Call,
    entity: str,
    ids_query: Callable[[], snapshots.Ids | Select[Any] | Sequence[Any]],
    fetch: Fetch,
    *,
    forms: Forms | None = None,
) -> Reply:
    """Answer one page of a list. `ids_query` selects (or lists) the ordered ids; `fetch` turns ids into
    wire records; `forms`, where given, reads them in the ids' statement. Nothing is written.

    One snapshot per answer, in as few statements as it takes: the page's ids, the size of the set
    and (first calls) the watermark are one statement (store/snapshots.page); with `forms` that
    statement is the whole page, read without a transaction. An empty page, or a row without its
    form, is answered the long way, in one read transaction.
    """
    paging = Paging.of(call)
    selected = ids_query()
    if isinstance(selected, Select):
        selected = snapshots.Ids(selected)
    if isinstance(selected, snapshots.Ids) and paging.start < paging.stop:
        answer = _read_in_one_statement(call, entity, selected, fetch, forms, paging)
        if answer is not None:
            return answer
    return _read_the_long_way(call, entity, selected, fetch, paging)


def _read_in_one_statement(
    call: Call, entity: str, selected: snapshots.Ids, fetch: Fetch, forms: Forms | None, paging: Paging
) -> Reply | None:
    """The page read by one statement (store/snapshots.page), its records too with `forms`, else
    fetched in the same read; None when it must be read the long way: an empty page, or a row
    without its form."""
    frozen = paging.frozen
    columns = forms.columns if forms else ()
    with reading(call.services.engine, one_statement=forms is not None) as conn:
        rows, total, mark = snapshots.page(
            conn,
            call.clientno,
            selected.query,
            given=selected.values,
            mark=frozen.mark if frozen else None,
            first=frozen is None,
            maximum=paging.maximum,
            start=paging.start,
            stop=paging.stop,
            columns=columns,
        )
        if not rows:
            return None
        if forms is None:
            chunk = [row[0] for row in rows]
            found = fetch(conn, chunk)
    records = [found[i] for i in chunk if i in found] if forms is None else forms.records(rows)
    if records is None:
        return None  # a row without its form
    frozen = frozen or _first(call.query, paging.size, paging.maximum, mark)
    return _answer(call, entity, frozen, paging.pageno, total, records)


def _read_the_long_way(
    call: Call, entity: str, selected: snapshots.Ids | Sequence[Any], fetch: Fetch, paging: Paging
) -> Reply:
    """The page read in one read transaction, a statement for each part: the watermark (first
    calls), the size of the set, the page's ids, their records."""
    frozen, start, stop = paging.frozen, paging.start, paging.stop
    with reading(call.services.engine) as conn:
        if frozen is None:
            mark: snapshots.Mark = None
            if isinstance(selected, snapshots.Ids):
                mark = snapshots.watermark(conn, call.clientno, selected.query)
            frozen = _first(call.query, paging.size, paging.maximum, mark)
        if isinstance(selected, snapshots.Ids):
            frozen_set = snapshots.as_of(selected.query, call.clientno, frozen.mark)
            total = snapshots.count(conn, frozen_set, paging.maximum, selected.values)
            chunk = snapshots.ids_between(conn, frozen_set, start, min(stop, total), selected.values)
        else:
            total = min(len(selected), paging.maximum)
            chunk = list(selected[start : min(stop, total)])
        found = fetch(conn, chunk) if chunk else {}
    return _answer(call, entity, frozen, paging.pageno, total, [found[i] for i in chunk if i in found])


def _first(query: dict[str, Any], size: int, maximum: int, mark: snapshots.Mark) -> Frozen:
    """What the `queryId` of a first call says."""
    filters = {k: v for k, v in query.items() if k not in PAGING and v is not None}
    return Frozen(filters=filters, size=size, maximum=maximum, mark=mark)


def _answer(call: Call, entity: str, frozen: Frozen, pageno: int, total: int, records: Sized) -> Reply:
    query_id = call.query.get("query") or seal(call, frozen)
    size = frozen.size
    total_pages = -(-total // size)
    link = f"{call.base_url}{path_of(call)}?query={query_id}&pageno="
    summary = {
        "pageNo": pageno,
        "currentPageSize": len(records),
        "pageSizeLimit": size,
        "totalPages": total_pages,
        "totalCount": total,
        "maximumCount": frozen.maximum,
        "nextPage": f"{link}{pageno + 1}" if pageno < total_pages else None,
        "lastPage": f"{link}{total_pages}" if total_pages else None,
        "queryId": query_id,
    }
    return Reply(200, {"summary": summary, entity: records})


def path_of(call: Call) -> str:
    """The request's path as a URL path: each value percent-encoded, a `/` in one included."""
    return call.operation.template.format(**{k: quote(str(v), safe="") for k, v in call.path.items()})
