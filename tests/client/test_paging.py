"""Override `paging`: an iterator over any list operation following `queryId`/`pageno` to the end, sync and
async, with the generated list functions unchanged."""

from __future__ import annotations

import asyncio
import importlib
import re
import typing

import httpx
import pytest
from armrest_client import ArmrestClient, Client, aiter_items, aiter_pages, iter_items, iter_pages
from armrest_client.api.customers import list_customers
from armrest_client.models import Customer, Problem
from armrest_client.problems import NotFound

from tests.client.conftest import CLIENT_PROJECT
from tests.client.fakes import BASE, CustomerPages
from tests.support.spec import BUNDLE_YAML, load


def client_for(pages: CustomerPages) -> ArmrestClient:
    return ArmrestClient(
        BASE, token="t", transport=httpx.MockTransport(pages), async_transport=httpx.MockTransport(pages)
    )


def test_every_item_of_every_page_in_order() -> None:
    pages = CustomerPages(23)
    items = list(iter_items(list_customers.sync, 2218, client=client_for(pages), page_size=10, name="Kunde"))
    assert [c.customer_no for c in items] == [f"{n:06d}" for n in range(1, 24)]
    assert all(isinstance(c, Customer) for c in items)
    params = [dict(r.url.params) for r in pages.requests]
    assert len(params) == 3
    assert params[0]["name"] == "Kunde" and "query" not in params[0]
    assert [(p["query"], p["pageno"]) for p in params[1:]] == [
        (CustomerPages.QUERY_ID, "2"),
        (CustomerPages.QUERY_ID, "3"),
    ]


def test_pages_carry_their_summary() -> None:
    pages = list(iter_pages(list_customers.sync, 2218, client=client_for(CustomerPages(12)), page_size=5))
    assert [(p.summary.page_no, len(p.page_items)) for p in pages] == [(1, 5), (2, 5), (3, 2)]
    assert pages[-1].summary.next_page is None


def test_an_empty_list_is_one_empty_page() -> None:
    pages = CustomerPages(0)
    assert list(iter_items(list_customers.sync, 2218, client=client_for(pages))) == []
    assert len(pages.requests) == 1


def test_paging_can_start_further_on() -> None:
    pages = CustomerPages(30)
    items = list(iter_items(list_customers.sync, 2218, client=client_for(pages), page_size=10, page_no=2))
    assert [c.customer_no for c in items] == [f"{n:06d}" for n in range(11, 31)]


def test_an_expired_query_raises_not_found() -> None:
    pages = CustomerPages(25)

    def expiring(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("pageno") == "2":
            request = httpx.Request("GET", request.url.copy_set_param("query", "expiredexpiredexpired0"))
        return pages(request)

    client = ArmrestClient(BASE, token="t", transport=httpx.MockTransport(expiring))
    with pytest.raises(NotFound) as caught:
        list(iter_items(list_customers.sync, 2218, client=client, page_size=10))
    assert caught.value.detail == "The query has expired"


def test_the_plain_generated_client_pages_too() -> None:
    """Problems come back as values from the plain Client: paging raises them all the same."""
    pages = CustomerPages(15)
    client = Client(BASE, httpx_args={"transport": httpx.MockTransport(pages)})
    assert len(list(iter_items(list_customers.sync, 2218, client=client, page_size=10))) == 15


def test_async_paging() -> None:
    pages = CustomerPages(23)

    async def collect() -> tuple[list[str], int]:
        client = client_for(pages)
        async with client:
            numbers = [
                c.customer_no
                async for c in aiter_items(list_customers.asyncio, 2218, client=client, page_size=10)
            ]
            count = 0
            async for _ in aiter_pages(list_customers.asyncio, 2218, client=client, page_size=10):
                count += 1
        return numbers, count

    numbers, count = asyncio.run(collect())
    assert numbers == [f"{n:06d}" for n in range(1, 24)]
    assert count == 3


def test_every_paged_operation_answers_pages_with_typed_items() -> None:
    """Every operation taking `pageno` answers a model with `page_items` (from the model template)."""
    spec = load(BUNDLE_YAML)
    paged = [
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method == "get" and any(p.get("$ref", "").endswith("/pageno") for p in op.get("parameters", []))
    ]
    assert len(paged) >= 9
    for operation_id in paged:
        snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()
        (found,) = (CLIENT_PROJECT / "armrest_client" / "api").glob(f"*/{snake}.py")
        module = importlib.import_module(f"armrest_client.api.{found.parent.name}.{snake}")
        answers = [
            t
            for t in typing.get_args(typing.get_type_hints(module.sync)["return"])
            if t not in (Problem, type(None))
        ]
        assert len(answers) == 1, operation_id
        assert isinstance(getattr(answers[0], "page_items", None), property), answers[0]
