"""Fake answers for the client's unit tests, built from the contract's own examples."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import httpx

from tests.support.spec import BUNDLE_YAML, load

BASE = "https://arm.example/arm/v1"


@cache
def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = load(BUNDLE_YAML)["components"]["schemas"]
    return schemas


def example(schema: str, **changes: Any) -> dict[str, Any]:
    """A copy of the first example of a component schema, with `changes` (wire names) applied."""
    value: dict[str, Any] = copy.deepcopy(_schemas()[schema]["examples"][0])
    return value | changes


def customer(customer_no: str = "543210") -> dict[str, Any]:
    return example("Customer", customerNo=customer_no, name=f"Kunde {customer_no}")


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    errors: list[dict[str, str]] | None = None,
    **extra: Any,
) -> httpx.Response:
    body: dict[str, Any] = {"type": "about:blank", "title": title, "status": status, **extra}
    if detail is not None:
        body["detail"] = detail
    if errors is not None:
        body["errors"] = errors
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


class CustomerPages:
    """A fake listCustomers: `count` customers, paged as the contract says (frozen under a queryId)."""

    QUERY_ID = "Q2xpZW50MjIxOFF1ZXJ5MQ"

    def __init__(self, count: int) -> None:
        self.customers = [customer(f"{n:06d}") for n in range(1, count + 1)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        params = request.url.params
        if "query" in params and params["query"] != self.QUERY_ID:
            return problem(404, "Not found", "The query has expired")
        size = int(params.get("pagesize", "100"))
        size = 10 if size < 5 else size
        page_no = int(params.get("pageno", "1"))
        total = len(self.customers)
        pages = -(-total // size)
        records = self.customers[(page_no - 1) * size : page_no * size]
        url = f"{BASE}/clients/2218/customers?query={self.QUERY_ID}&pageno="
        summary = {
            "pageNo": page_no,
            "currentPageSize": len(records),
            "pageSizeLimit": size,
            "totalPages": pages,
            "totalCount": total,
            "maximumCount": 10000,
            "nextPage": f"{url}{page_no + 1}" if page_no < pages else None,
            "lastPage": f"{url}{pages}" if pages else None,
            "queryId": self.QUERY_ID,
        }
        return httpx.Response(200, json={"summary": summary, "customers": records})
