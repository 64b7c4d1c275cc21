"""Override `problems`: application/problem+json answers raised as typed exceptions carrying status, title,
detail and field errors; against fakes and the real server."""

from __future__ import annotations

import asyncio
import datetime
import pickle
from collections.abc import Iterator
from decimal import Decimal
from http import HTTPStatus

import httpx
import pytest
from armrest_client import ArmrestClient, Client, ProblemError, unwrap
from armrest_client.api.auto_postings import create_auto_postings
from armrest_client.api.customers import create_customer, get_customer, list_customers
from armrest_client.errors import UnexpectedStatus
from armrest_client.exceptions import ResponseValidationError
from armrest_client.models import (
    AutoPostingInput,
    AutoPostingMethod,
    AutoPostingRequest,
    Customer,
    CustomerCreate,
    CustomerCreateRequest,
    Metadata,
    Problem,
)
from armrest_client.problems import (
    BadRequest,
    Conflict,
    Forbidden,
    NotFound,
    ServerError,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    UnprocessableContent,
    failure,
)
from armrest_client.types import Response

from tests.client.fakes import BASE, problem
from tests.support.server import CLIENTNO, Server

CHECK_DIGIT = {"pointer": "/customer/organizationNo", "message": "wrong check digit", "code": "checkDigit"}


def answering(response: httpx.Response) -> ArmrestClient:
    return ArmrestClient(
        BASE,
        token="t",
        retry=None,
        transport=httpx.MockTransport(lambda _: response),
        async_transport=httpx.MockTransport(lambda _: response),
    )


def test_a_problem_becomes_the_exception_of_its_status() -> None:
    for status, kind in [
        (400, BadRequest),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (409, Conflict),
        (422, UnprocessableContent),
        (500, ServerError),
        (418, ProblemError),
    ]:
        with pytest.raises(kind) as caught:
            get_customer.sync(2218, "543210", client=answering(problem(status, "Title")))
        assert type(caught.value) is kind
        assert caught.value.status == status


def test_the_exception_carries_status_title_detail_and_field_errors() -> None:
    response = problem(
        422,
        "Business rule violated",
        "1 rule is broken",
        [CHECK_DIGIT],
        instance="/arm/v1/clients/2218/customers",
    )
    with pytest.raises(UnprocessableContent) as caught:
        get_customer.sync(2218, "543210", client=answering(response))
    error = caught.value
    assert (error.status, error.title, error.detail) == (422, "Business rule violated", "1 rule is broken")
    assert error.instance == "/arm/v1/clients/2218/customers" and error.type == "about:blank"
    assert [(e.pointer, e.message, e.code) for e in error.errors] == [
        ("/customer/organizationNo", "wrong check digit", "checkDigit")
    ]
    assert error.response is not None and error.response.status_code == 422
    assert "checkDigit" in str(error) and "/customer/organizationNo" in str(error)
    assert pickle.loads(pickle.dumps(error)).errors[0].code == "checkDigit"


def test_members_beyond_rfc_9457_are_kept() -> None:
    postings = [
        {
            "postingRef": "P1",
            "resultType": "FAILED",
            "voucherNo": None,
            "applications": [],
            "unappliedArItemId": None,
            "errors": [CHECK_DIGIT],
        }
    ]
    response = problem(422, "Business rule violated", errors=[CHECK_DIGIT], autoPostings=postings)
    body = AutoPostingRequest(
        metadata=Metadata(user_id="tester"),
        auto_postings=[
            AutoPostingInput(
                posting_ref="P1", posting_date=datetime.date(2026, 4, 14), amount=Decimal("1.00")
            )
        ],
    )
    with pytest.raises(UnprocessableContent) as caught:
        create_auto_postings.sync(2218, AutoPostingMethod.PAYMENT, client=answering(response), body=body)
    assert caught.value.problem.additional_properties["autoPostings"] == postings
    assert caught.value.detail is None


def test_async_calls_raise_the_same() -> None:
    async def call() -> None:
        await get_customer.asyncio(
            2218, "543210", client=answering(problem(404, "Not found", "no such customer"))
        )

    with pytest.raises(NotFound, match="no such customer"):
        asyncio.run(call())


def test_an_error_that_is_not_a_problem_is_an_unexpected_status() -> None:
    response = httpx.Response(502, text="<html>Bad gateway</html>", headers={"Content-Type": "text/html"})
    with pytest.raises(UnexpectedStatus) as caught:
        get_customer.sync(2218, "543210", client=answering(response))
    assert caught.value.status_code == 502


def test_from_response_reads_whatever_an_error_says() -> None:
    text = ProblemError.from_response(httpx.Response(502, text="upstream down"))
    assert (type(text), text.status, text.title, text.detail) == (
        ServerError,
        502,
        "Bad Gateway",
        "upstream down",
    )
    oauth = ProblemError.from_response(
        httpx.Response(400, json={"error": "invalid_request", "error_description": "x"})
    )
    assert (type(oauth), oauth.title, oauth.detail) == (BadRequest, "invalid_request", "x")


def test_unwrap_raises_the_problems_of_the_plain_generated_client() -> None:
    client = Client(
        BASE, httpx_args={"transport": httpx.MockTransport(lambda _: problem(404, "Not found", "gone"))}
    )
    result = get_customer.sync(2218, "543210", client=client)
    assert result is not None and not isinstance(result, Customer)  # the plain client answers a Problem value
    with pytest.raises(NotFound, match="gone"):
        unwrap(result)


# -- against the real server ----------------------------------------------------------------------------


@pytest.fixture
def client(server: Server) -> ArmrestClient:
    return ArmrestClient(server.base_url, client_id=server.client_id, client_secret=server.client_secret)


def test_a_schema_error_of_the_server(client: ArmrestClient) -> None:
    with pytest.raises(BadRequest) as caught:
        list_customers.sync(CLIENTNO, client=client, page_size=5000)
    assert caught.value.status == 400
    assert "#/query/pagesize" in [e.pointer for e in caught.value.errors]


def test_an_unknown_customer_of_the_server(client: ArmrestClient) -> None:
    with pytest.raises(NotFound) as caught:
        get_customer.sync(CLIENTNO, "no-such-customer", client=client)
    assert caught.value.status == 404 and caught.value.title


def test_a_business_rule_of_the_server(client: ArmrestClient, unique: str) -> None:
    body = CustomerCreateRequest(
        metadata=Metadata(user_id="client-tests"),
        customer=CustomerCreate(customer_no=f"P{unique}", name="Feil AS", organization_no="923609017"),
    )
    with pytest.raises(UnprocessableContent) as caught:
        create_customer.sync(CLIENTNO, client=client, body=body)
    assert caught.value.status == 422
    assert [(e.pointer, e.code) for e in caught.value.errors] == [("/customer/organizationNo", "checkDigit")]


def test_a_client_the_token_does_not_grant(client: ArmrestClient) -> None:
    with pytest.raises(Forbidden) as caught:
        list_customers.sync(CLIENTNO + 1, client=client)
    assert caught.value.errors and caught.value.errors[0].pointer == "#/path/clientno"


def test_a_problem_body_the_model_cannot_read_is_kept_as_text() -> None:
    body = '{"title":"Bad","status":400,"errors":"not a list"}'
    error = ProblemError.from_response(
        httpx.Response(400, text=body, headers={"Content-Type": "application/problem+json"})
    )
    assert (type(error), error.title, error.detail) == (BadRequest, "Bad Request", body)


def test_an_unread_streamed_error_gives_its_status_and_reason() -> None:
    class Unread(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b"never read"

    error = ProblemError.from_response(httpx.Response(503, stream=Unread()))
    assert (type(error), error.title, error.detail) == (ServiceUnavailable, "Service Unavailable", None)
    assert str(error) == "503 Service Unavailable"


def test_retry_after_is_read_from_the_answer_when_there_is_one() -> None:
    answer = problem(429, "Too many requests")
    answer.headers["Retry-After"] = "7"
    error = ProblemError.from_response(answer)
    assert isinstance(error, TooManyRequests) and error.retry_after == 7.0
    assert pickle.loads(pickle.dumps(error)).retry_after is None  # the answer is not pickled
    with pytest.raises(TooManyRequests) as caught:
        unwrap(Problem(type_="about:blank", title="Too many requests", status=429))
    assert caught.value.retry_after is None and caught.value.response is None


def test_unwrap_of_an_undeclared_answer_raises() -> None:
    with pytest.raises(ResponseValidationError, match="a status its contract does not declare"):
        unwrap(None)


def test_a_resource_of_the_plain_client_raises_an_undeclared_status_as_unexpected() -> None:
    from armrest_client.api import ClientApi

    client = Client(
        BASE, httpx_args={"transport": httpx.MockTransport(lambda _: httpx.Response(418, text="teapot"))}
    )
    with pytest.raises(UnexpectedStatus) as caught:
        ClientApi(client, 2218).customers.get("543210")
    assert caught.value.status_code == 418 and caught.value.content == b"teapot"


def test_failure_names_the_problem_or_the_unexpected_status_of_a_detailed_answer() -> None:
    gone = Problem(type_="about:blank", title="Not found", status=404)
    found = failure(Response(HTTPStatus.NOT_FOUND, b"", {}, gone))
    assert isinstance(found, NotFound) and found.problem is gone
    teapot = failure(Response(HTTPStatus.IM_A_TEAPOT, b"teapot", {}, None))
    assert isinstance(teapot, UnexpectedStatus) and (teapot.status_code, teapot.content) == (418, b"teapot")
