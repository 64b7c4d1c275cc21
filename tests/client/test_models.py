"""What the templates of overrides/ make of the models and operations: exact decimals both ways, repr of set
fields, snake_case arguments, discoverable operations, and the resources of `ArmrestClient(...).client(n)`
typed with success models (problems raised, the typed 422 of auto postings); against fakes."""

from __future__ import annotations

import asyncio
import datetime
import importlib.util
import inspect
import json
import pickle
from decimal import Decimal
from typing import Any

import armrest_client
import httpx
import pytest
from armrest_client import (
    ArmrestClient,
    AutoPostingProblemError,
    Client,
    NotFound,
    UnprocessableContent,
    dumps,
    loads,
)
from armrest_client.api import customers
from armrest_client.api.ar_items import list_ar_items
from armrest_client.exceptions import ResponseValidationError
from armrest_client.models import (
    AutoPostingInput,
    AutoPostingMethod,
    AutoPostingRequest,
    Customer,
    DocumentLineCreate,
    DocumentVatRate,
    Metadata,
)

from tests.client.conftest import ROOT
from tests.client.fakes import BASE, problem

WHO = Metadata(user_id="tester")


def answering(*responses: httpx.Response, plain: bool = False) -> tuple[Client, list[httpx.Request]]:
    sent: list[httpx.Request] = []
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return queue.pop(0)

    transport = httpx.MockTransport(handle)
    if plain:
        return Client(BASE, httpx_args={"transport": transport}), sent
    return ArmrestClient(BASE, token="t", retry=None, transport=transport), sent


def test_amounts_are_read_without_float() -> None:
    body = b'{"totalOpenAmount": 1409267.73, "x": 0.1}'
    assert loads(body) == {"totalOpenAmount": Decimal("1409267.73"), "x": Decimal("0.1")}
    line = DocumentLineCreate.from_dict(
        {"lineNo": 1, "description": "d", "quantity": 3, "unitPrice": 0.1, "vatRate": 25}
    )
    assert (line.quantity, line.unit_price) == (Decimal(3), Decimal("0.1"))
    assert line.vat_rate == DocumentVatRate.RATE_25


def test_amounts_are_sent_as_the_numbers_they_spell() -> None:
    payment = AutoPostingInput(
        posting_ref="P1",
        posting_date=datetime.date(2026, 4, 14),
        amount=Decimal("0.1") + Decimal("0.2"),
        kid="0000000018",
    )
    client, sent = answering(problem(404, "Not found"))
    with pytest.raises(NotFound):
        armrest_client.api.auto_postings.create_auto_postings.sync(
            2218,
            AutoPostingMethod.PAYMENT,
            client=client,
            body=AutoPostingRequest(metadata=WHO, auto_postings=[payment]),
        )
    assert b'"amount":0.3,' in sent[0].content
    assert sent[0].headers["Content-Type"] == "application/json"
    assert dumps({"a": Decimal("10.50"), "b": [Decimal("-0.01"), 1, "ø", None]}) == (
        '{"a":10.50,"b":[-0.01,1,"ø",null]}'.encode()
    )
    with pytest.raises(ValueError):
        dumps({"a": Decimal("NaN")})


def test_repr_shows_the_fields_that_are_set() -> None:
    payment = AutoPostingInput(posting_ref="P1", posting_date=datetime.date(2026, 4, 14), amount=Decimal("5"))
    text = repr(payment)
    assert text.startswith("AutoPostingInput(posting_ref='P1', posting_date=datetime.date(2026, 4, 14)")
    assert "Unset" not in text and "0x" not in text and "kid=" not in text
    assert "additional_properties" not in repr(Customer.from_dict(customer_body()))
    assert repr(armrest_client.UNSET) == "UNSET"


def test_arguments_are_snake_case_and_the_wire_keeps_its_names() -> None:
    names = set(inspect.signature(list_ar_items.sync).parameters)
    assert {"client_no", "customer_no", "due_date_from", "document_no", "page_size", "page_no"} <= names
    assert not {"customerno", "duedatefrom", "pagesize"} & names
    client, sent = answering(problem(404, "Not found"))
    with pytest.raises(NotFound):
        list_ar_items.sync(2218, client=client, customer_no="K1", due_date_from=datetime.date(2026, 1, 2))
    assert sent[0].url.params["customerno"] == "K1" and sent[0].url.params["duedatefrom"] == "2026-01-02"


def test_every_argument_of_every_operation_is_snake_case() -> None:
    runs_together = []
    for tag in armrest_client.api.ClientApi.__annotations__:
        package = getattr(armrest_client.api, tag)
        for name in package.__all__:
            module = getattr(package, name)
            if inspect.ismodule(module):
                for argument in inspect.signature(module.sync_detailed).parameters:
                    if len(argument) > 12 and "_" not in argument:
                        runs_together.append(f"{name}({argument})")
    assert runs_together == []


def test_the_operations_of_a_tag_are_listed() -> None:
    assert {"get_customer", "list_customers", "create_customer", "CustomersResource"} <= set(dir(customers))
    assert "BatchTimeout" in armrest_client.__all__ and "NotFound" in armrest_client.__all__


def customer_body() -> dict[str, Any]:
    path = ROOT / "generated" / "openapi" / "armrest.json"
    schema = json.loads(path.read_text())["components"]["schemas"]["Customer"]
    example = schema.get("examples", [None])[0]
    assert isinstance(example, dict)
    return example


def test_a_resource_answers_the_success_model() -> None:
    from armrest_client.api import ClientApi

    client, sent = answering(httpx.Response(200, json=customer_body()))
    customer = ClientApi(client, 2218).customers.get("543210")
    assert isinstance(customer, Customer)
    assert sent[0].url.path == "/arm/v1/clients/2218/customers/543210"


@pytest.mark.parametrize("plain", [False, True], ids=["ArmrestClient", "plain Client"])
def test_a_resource_raises_problems(plain: bool) -> None:
    from armrest_client.api import ClientApi

    client, _ = answering(problem(404, "Not found"), plain=plain)
    with pytest.raises(NotFound):
        ClientApi(client, 2218).customers.get("543210")


@pytest.mark.parametrize("plain", [False, True], ids=["ArmrestClient", "plain Client"])
def test_the_422_of_auto_postings_carries_the_typed_results(plain: bool) -> None:
    from armrest_client.api import ClientApi

    failure = {
        "postingRef": "P1",
        "resultType": "FAILED",
        "voucherNo": None,
        "applications": [],
        "unappliedArItemId": None,
        "errors": [{"pointer": "/autoPostings/0/kid", "message": "unknown KID", "code": "notFound"}],
    }
    client, _ = answering(problem(422, "Business rule violated", autoPostings=[failure]), plain=plain)
    payment = AutoPostingInput(posting_ref="P1", posting_date=datetime.date(2026, 4, 14), amount=Decimal("1"))
    with pytest.raises(AutoPostingProblemError) as caught:
        ClientApi(client, 2218).auto_postings.create(
            AutoPostingMethod.PAYMENT, body=AutoPostingRequest(metadata=WHO, auto_postings=[payment])
        )
    error = caught.value
    assert isinstance(error, UnprocessableContent) and error.status == 422
    postings = error.body.auto_postings or []
    assert [(p.posting_ref, p.result_type.value, p.errors[0].code) for p in postings] == [
        ("P1", "FAILED", "notFound")
    ]
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is AutoPostingProblemError and copy.body.to_dict() == error.body.to_dict()


def test_parameter_words_come_from_the_contract() -> None:
    spec = importlib.util.spec_from_file_location("generator", ROOT / "overrides" / "generator.py")
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    words = frozenset({"customer", "no", "due", "date", "from", "as", "of", "page", "size"})
    assert generator.split_words("customerno", words) == ["customer", "no"]
    assert generator.split_words("duedatefrom", words) == ["due", "date", "from"]
    assert generator.split_words("asofdate", words) == ["as", "of", "date"]
    assert generator.split_words("kid", words) is None


def test_the_async_resources_await_the_same_calls() -> None:
    import asyncio

    pages = [
        httpx.Response(200, json=customer_body()),
        problem(404, "Not found"),
    ]
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return pages.pop(0)

    client = ArmrestClient(BASE, token="t", retry=None, async_transport=httpx.MockTransport(handle))

    async def run() -> Customer:
        arm = client.aclient(2218)
        customer = await arm.customers.get("543210")
        with pytest.raises(NotFound):
            await arm.customers.get("543211")
        return customer

    assert isinstance(asyncio.run(run()), Customer)
    assert [r.url.path.rsplit("/", 1)[1] for r in sent] == ["543210", "543211"]


@pytest.mark.parametrize("amount", [True, None, "", [1]])
def test_an_amount_that_is_no_number_is_refused(amount: object) -> None:
    line = {"lineNo": 1, "description": "d", "quantity": 3, "unitPrice": amount, "vatRate": 25}
    with pytest.raises(ResponseValidationError) as caught:
        DocumentLineCreate.from_dict(line)
    assert caught.value.pointer == "/unitPrice"


def test_a_float_amount_is_read_as_the_number_it_printed_as() -> None:
    line = DocumentLineCreate.from_dict(
        {"lineNo": 1, "description": "d", "quantity": 1, "unitPrice": 0.1 + 0.2, "vatRate": 25}
    )
    assert line.unit_price == Decimal("0.30000000000000004")


def test_only_string_keys_are_written() -> None:
    with pytest.raises(TypeError, match="key must be a string"):
        dumps({1: Decimal("1")})


def test_closing_closes_the_httpx_clients_that_were_built() -> None:
    unused = ArmrestClient(BASE, token="t")
    unused.close()  # nothing was built: nothing to close
    asyncio.run(unused.aclose())

    client, _ = answering(httpx.Response(200, json=customer_body()))
    assert isinstance(client, ArmrestClient)
    sync_http = client.get_httpx_client()
    async_http = client.get_async_httpx_client()
    client.close()
    asyncio.run(client.aclose())
    assert sync_http.is_closed and async_http.is_closed
