"""A deliberately non-conforming deployment: each answer breaks the contract in one planted way.

Every answer is built from the contract's own example, so the planted difference is the only one.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.support import spec as contract
from tests.support.app import spec as compiled

JSON = "application/json"
CUSTOMERS = "/arm/v1/clients/2218/customers"


def _media(operation_id: str, node: str, status: str = "") -> dict[str, Any]:
    spec = compiled().document
    op = next(o for o in contract.operations(spec) if o.operation_id == operation_id).operation
    found = op["requestBody"] if node == "request" else op["responses"][status]
    media: dict[str, Any] = contract.resolve(spec, found)["content"][JSON]
    if "example" not in media:  # the first of its named examples
        media = {"example": contract.resolve(spec, next(iter(media["examples"].values())))["value"]}
    return media


def example(operation_id: str, status: str) -> Any:
    """A copy of the contract's (first) example of an answer."""
    return copy.deepcopy(_media(operation_id, "response", status)["example"])


def request_example(operation_id: str) -> Any:
    return copy.deepcopy(_media(operation_id, "request")["example"])


def _customer(change: str) -> Any:
    body = example("getCustomer", "200")
    if change == "wrong-type":
        body["name"] = 5
    elif change == "missing-field":
        del body["customerNo"]
    elif change == "wrong-shape":
        body["postalAddress"] = ["Storgata 1", "0155 OSLO"]
    elif change == "extra-field":
        body["loyaltyTier"] = "gold"
    return body


def _answer(status: int, body: Any, media_type: str = JSON, **headers: str) -> Response:
    content = body if isinstance(body, bytes) else orjson.dumps(body)
    return Response(content, status, {"X-Request-Id": "planted", **headers}, media_type=media_type)


async def customer(request: Request) -> Response:
    number = request.path_params["customerno"]
    if number == "teapot":
        return _answer(418, {"title": "I'm a teapot"}, "application/problem+json")
    return _answer(200, _customer(number))


async def customers(request: Request) -> Response:
    if request.method == "POST" and request.headers.get("x-plant") == "wrong-location":
        return _answer(201, example("createCustomer", "201"), Location=f"{request.base_url}arm/v1/health")
    if request.method == "POST":  # created, but no Location
        return _answer(201, example("createCustomer", "201"))
    page = example("listCustomers", "200")
    for item in page["customers"]:
        item["nickname"] = "planted"
    return _answer(200, page)


async def health(_: Request) -> Response:
    return _answer(200, b"<html><body>UP</body></html>", "text/html")


async def nothing(_: Request) -> Response:
    return _answer(404, {"title": "Not found"}, "application/problem+json")


app = Starlette(
    routes=[
        Route("/arm/v1/health", health),
        Route(CUSTOMERS, customers, methods=["GET", "POST"]),
        Route(CUSTOMERS + "/{customerno}", customer),
        Route("/{rest:path}", nothing),
    ]
)
