"""Auto-paging over any list operation, synchronous and asynchronous.

Hand-written (overrides/armrest_client/paging.py), copied into the generated package.

Every list of the API answers a page with a `summary` and one array of records. The first call freezes the
result set under `summary.queryId`; the following pages are read with `query=<queryId>&pageno=<n>` on the
same operation until the last page (`nextPage` is `null`, `pageNo` reaches `totalPages`). Pass the
generated `sync` (or `asyncio`) function of a list operation and its arguments; the arguments are checked
against that function's signature, and the records come out typed:

    from armrest_client.api.customers import list_customers

    for customer in iter_items(list_customers.sync, 2218, client=client, page_size=500):
        print(customer.customer_no)

    async for item in aiter_items(list_ar_items.asyncio, 2218, client=client, status=ArItemStatus.OPEN):
        ...

The records of a page are its typed `page_items` (generated for every list model by
overrides/templates/model.py.jinja). A problem answer raises `ProblemError` (also with the plain generated
`Client`, which returns problems instead of raising them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

from .models.problem import Problem
from .models.summary import Summary
from .problems import unwrap

__all__ = ["Page", "aiter_items", "aiter_pages", "iter_items", "iter_pages", "next_page_no"]

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)
P = ParamSpec("P")


class Page(Protocol[ItemT_co]):
    """A page of a list operation: the paging summary and the records."""

    @property
    def summary(self) -> Summary: ...

    @property
    def page_items(self) -> Sequence[ItemT_co]: ...


PageT = TypeVar("PageT", bound=Page[Any])


def next_page_no(summary: Summary) -> int | None:
    """The number of the page after this one, or `None` on the last page."""
    if summary.next_page is None or summary.page_no >= summary.total_pages or summary.current_page_size == 0:
        return None
    return summary.page_no + 1


def _following(kwargs: dict[str, Any], summary: Summary, page_no: int) -> dict[str, Any]:
    return {**kwargs, "query": summary.query_id, "page_no": page_no}


def iter_pages(
    operation: Callable[P, PageT | Problem | None], /, *args: P.args, **kwargs: P.kwargs
) -> Iterator[PageT]:
    """Every page of a list operation, from the one its arguments name to the last."""
    page = unwrap(operation(*args, **kwargs))
    while True:
        yield page
        page_no = next_page_no(page.summary)
        if page_no is None:
            return
        more: Any = _following(kwargs, page.summary, page_no)
        page = unwrap(operation(*args, **more))


def iter_items(
    operation: Callable[P, Page[ItemT] | Problem | None], /, *args: P.args, **kwargs: P.kwargs
) -> Iterator[ItemT]:
    """Every record of a list operation, page after page."""
    for page in iter_pages(operation, *args, **kwargs):
        yield from page.page_items


async def aiter_pages(
    operation: Callable[P, Awaitable[PageT | Problem | None]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[PageT]:
    """Every page of a list operation (its `asyncio` function), from the one its arguments name on."""
    page = unwrap(await operation(*args, **kwargs))
    while True:
        yield page
        page_no = next_page_no(page.summary)
        if page_no is None:
            return
        more: Any = _following(kwargs, page.summary, page_no)
        page = unwrap(await operation(*args, **more))


async def aiter_items(
    operation: Callable[P, Awaitable[Page[ItemT] | Problem | None]], /, *args: P.args, **kwargs: P.kwargs
) -> AsyncIterator[ItemT]:
    """Every record of a list operation (its `asyncio` function), page after page."""
    async for page in aiter_pages(operation, *args, **kwargs):
        for item in page.page_items:
            yield item
