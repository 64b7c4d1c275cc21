"""The proxy in front of a deployment that breaks the contract in planted ways (tests/proxy/upstream.py):
the drift report lists each planted difference, where it is, and nothing else."""

from __future__ import annotations

import httpx

from tests.proxy import upstream
from tests.proxy.conftest import UPSTREAM, proxy
from tests.support.app import spec

TOKEN = {"Authorization": "Bearer planted"}
CUSTOMER = upstream.CUSTOMERS + "/{}"


def test_the_report_lists_every_planted_difference_and_nothing_else() -> None:
    with proxy(httpx.ASGITransport(app=upstream.app)) as proxied:
        client = proxied.client
        for change in ("wrong-type", "missing-field", "wrong-shape", "extra-field", "teapot"):
            client.get(CUSTOMER.format(change), headers=TOKEN)
        create = upstream.request_example("createCustomer")
        create["customer"]["nickname"] = "planted"  # a field the (closed) request schema lacks
        client.post(upstream.CUSTOMERS, json=create, headers=TOKEN)
        plant = {"X-Plant": "wrong-location"}
        client.post(
            upstream.CUSTOMERS, json=upstream.request_example("createCustomer"), headers=TOKEN | plant
        )
        client.get(upstream.CUSTOMERS, params={"pagesize": "many", "colour": "red"}, headers=TOKEN)
        client.get("/arm/v1/health")
        client.get("/arm/v1/nosuch", headers=TOKEN)
        report = proxied.report()

    seen = {
        "createCustomer": {
            "exchanges": 2,
            "statuses": {"201": 2},
            "undeclaredStatuses": {},
            "violations": {
                "missingHeader": {"201 location": 1},
                "requestBody": {"request /customer/nickname": 1},
                "wrongLocation": {"201 location": 1},
            },
            "undeclaredFields": {"request /customer/nickname": 1},
            "proposalNotes": {},
        },
        "getCustomer": {
            "exchanges": 5,
            "statuses": {"200": 4, "418": 1},
            "undeclaredStatuses": {"418": 1},
            "violations": {
                "body": {"200 /customerNo": 1, "200 /name": 1, "200 /postalAddress": 1},
                "undeclaredStatus": {"418": 1},
            },
            "undeclaredFields": {"200 /loyaltyTier": 1},
            "proposalNotes": {},
        },
        "getHealth": {
            "exchanges": 1,
            "statuses": {"200": 1},
            "undeclaredStatuses": {},
            "violations": {"contentType": {"200 text/html": 1}},
            "undeclaredFields": {},
            "proposalNotes": {},
        },
        "listCustomers": {
            "exchanges": 1,
            "statuses": {"200": 1},
            "undeclaredStatuses": {},
            "violations": {"requestParameter": {"request #/query/pagesize": 1}},
            "undeclaredFields": {"200 /customers/*/nickname": 1, "request #/query/colour": 1},
            "proposalNotes": {},
        },
    }
    assert report == {
        "contract": spec().version,
        "upstream": UPSTREAM,
        "exchanges": 10,
        "violations": 9,
        "upstreamErrors": 0,
        "operations": seen,
        "unseen": sorted(op.operation_id for op in spec().operations if op.operation_id not in seen),
        "unrouted": {"GET /arm/v1/nosuch": 1},
        "tokenEndpoint": {},
    }
