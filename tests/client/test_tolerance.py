"""The client reads answers tolerantly and sends requests strictly: enum values the contract does not list are
kept as unknown members (with a warning), missing optional and nullable fields are `UNSET` / `None`, unknown
fields are kept, and what cannot be read raises `ResponseValidationError` naming the JSON pointer and the
operation, never a bare KeyError, TypeError or ValueError. (test_matrix.py calls every typed method against
the sandbox; test_drift_tolerance.py replays the sandbox's answers mutated as the contract allows.)"""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import os
import pickle
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from armrest_client import ArmrestClient
from armrest_client.api.health.resource import HealthError
from armrest_client.enums import is_unknown
from armrest_client.errors import UnexpectedStatus
from armrest_client.exceptions import ArmrestError, RequestValidationError, ResponseValidationError
from armrest_client.models import ArItem, ArItemStatus, ArItemType, DocumentVatRate, Health
from armrest_client.types import UNSET

from tests.support.spec import BUNDLE_JSON

BASE = "https://arm.example/arm/v1"


@cache
def bundle() -> dict[str, Any]:
    """The bundled contract (read once; callers copy what they change)."""
    document: dict[str, Any] = json.loads(BUNDLE_JSON.read_text(encoding="utf-8"))
    return document


def answer_example(path: str, method: str = "get", status: str = "200") -> dict[str, Any]:
    """A copy of the contract's example answer of an operation."""
    return first_example(bundle()["paths"][path][method]["responses"][status]["content"]["application/json"])


def first_example(media: dict[str, Any]) -> dict[str, Any]:
    """A copy of the first example of a media type object (`example` or the first of `examples`)."""
    found = media["example"] if "example" in media else next(iter(media["examples"].values()))["value"]
    value: dict[str, Any] = copy.deepcopy(found)
    return value


def page(change: Callable[[list[dict[str, Any]]], None]) -> dict[str, Any]:
    body = answer_example("/clients/{clientno}/aritems")
    change(body["arItems"])
    return body


def client_answering(
    body: object, status: int = 200, headers: dict[str, str] | None = None
) -> tuple[ArmrestClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if isinstance(body, bytes):
            return httpx.Response(status, content=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    transport = httpx.MockTransport(handle)
    client = ArmrestClient(
        BASE, token="t", retry=None, transport=transport, async_transport=httpx.MockTransport(handle)
    )
    return client, sent


def test_an_enum_value_the_contract_does_not_list_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    def change(items: list[dict[str, Any]]) -> None:
        items[0]["status"] = "SOLD_TO_A_FACTOR"
        items[1]["documentType"] = "DEBITNOTE"

    # Values no other test reads: the warning comes once per value and process (xdist runs many tests in one).
    client, _ = client_answering(page(change))
    with caplog.at_level(logging.WARNING, logger="armrest_client"):
        items = client.client(2218).ar_items.list().ar_items
    status, kind = items[0].status, items[1].document_type
    assert isinstance(status, ArItemStatus) and isinstance(kind, ArItemType)
    assert status == "SOLD_TO_A_FACTOR" and str(status) == "SOLD_TO_A_FACTOR" and f"{kind}" == "DEBITNOTE"
    assert status != ArItemStatus.OPEN and not status.known and ArItemStatus.OPEN.known
    assert is_unknown(status) and not is_unknown(items[2].status)
    assert items[0].to_dict()["status"] == "SOLD_TO_A_FACTOR"  # round-trips
    assert ArItem.from_dict(items[0].to_dict()).status is status  # the same member every time
    assert pickle.loads(pickle.dumps(status)) is status
    assert repr(status) == "<ArItemStatus.SOLD_TO_A_FACTOR: 'SOLD_TO_A_FACTOR'>"
    assert list(ArItemStatus) == [ArItemStatus.CLOSED, ArItemStatus.OPEN]  # the listed members only
    warned = [r.getMessage() for r in caplog.records if r.name == "armrest_client"]
    assert any("ArItemStatus" in m and "'SOLD_TO_A_FACTOR'" in m for m in warned), warned


def test_an_integer_enum_keeps_an_unknown_value_too() -> None:
    assert DocumentVatRate.parse(25) is DocumentVatRate.RATE_25
    rate = DocumentVatRate.parse(14)
    assert rate == 14 and str(rate) == "14" and not rate.known and isinstance(rate, DocumentVatRate)
    with pytest.raises(ResponseValidationError):
        DocumentVatRate.parse("14")
    with pytest.raises(ResponseValidationError):
        ArItemStatus.parse(3)


def test_requests_stay_closed() -> None:
    with pytest.raises(ValueError):
        ArItemStatus("WRITTEN_OFF")  # the class itself is closed
    client, sent = client_answering(answer_example("/clients/{clientno}/aritems"))
    unknown = ArItemStatus.parse("WRITTEN_OFF")
    with pytest.raises(RequestValidationError) as caught:
        client.client(2218).ar_items.list(status=unknown)
    assert caught.value.argument == "status" and caught.value.value == "WRITTEN_OFF"
    assert isinstance(caught.value, ArmrestError) and sent == []
    with pytest.raises(RequestValidationError) as caught:
        client.client(2218).ar_items.list(status="OPEN")  # type: ignore[arg-type]
    assert caught.value.argument == "status" and "not sent" in str(caught.value) and sent == []
    client.client(2218).ar_items.list(status=ArItemStatus.OPEN)
    assert sent[0].url.params["status"] == "OPEN"


def test_an_unknown_member_inside_a_body_is_refused_naming_its_place() -> None:
    from armrest_client.models import DocumentCreateRequest

    request = bundle()["paths"]["/clients/{clientno}/documents"]["post"]["requestBody"]["content"]
    example = first_example(request["application/json"])
    example["document"]["lines"][0]["vatRate"] = 14
    body = DocumentCreateRequest.from_dict(example)
    client, sent = client_answering({})
    with pytest.raises(RequestValidationError) as caught:
        client.client(2218).documents.create(body=body)
    assert caught.value.argument == "body/document/lines/0/vat_rate" and sent == []


def test_missing_optional_and_nullable_fields_are_unset_and_none() -> None:
    def change(items: list[dict[str, Any]]) -> None:
        del items[0]["stopReminderUntil"]  # nullable
        items[0].pop("document", None)  # optional
        items[0]["loyaltyTier"] = "gold"  # unknown

    client, _ = client_answering(page(change))
    item = client.client(2218).ar_items.list().ar_items[0]
    assert item.stop_reminder_until is None and item.document is UNSET
    assert item.additional_properties == {"loyaltyTier": "gold"}


@pytest.mark.parametrize(
    ("change", "pointer", "reason"),
    [
        (lambda items: items[2].pop("status"), "/arItems/2/status", "missing"),
        (lambda items: items[1].update(arItemId="7740"), "/arItems/1/arItemId", "expected an integer"),
        (lambda items: items[0].update(dueDate="26.03.2026"), "/arItems/0/dueDate", "Invalid isoformat"),
        (lambda items: items[0].update(remainingAmount=""), "/arItems/0/remainingAmount", "Invalid"),
        (lambda items: items[0].update(status=None), "/arItems/0/status", "expected a string"),
        (lambda items: items.append([]), "/arItems/3", "expected an object of ArItem"),
    ],
)
def test_what_cannot_be_read_names_its_pointer_and_operation(
    change: Callable[[list[dict[str, Any]]], None], pointer: str, reason: str
) -> None:
    client, _ = client_answering(page(change))
    with pytest.raises(ResponseValidationError) as caught:
        client.client(2218).ar_items.list()
    error = caught.value
    assert (error.operation, error.pointer) == ("listArItems", pointer)
    assert reason in error.reason and str(error).startswith(f"listArItems: {pointer}: ")
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 200
    assert isinstance(error, ArmrestError)
    copy_ = pickle.loads(pickle.dumps(error))
    assert (copy_.operation, copy_.pointer, copy_.reason) == (error.operation, error.pointer, error.reason)


@pytest.mark.parametrize(
    ("body", "headers", "error", "reason"),
    [
        (b"<html>oops</html>", {"Content-Type": "text/html"}, ResponseValidationError, "not JSON"),
        ([1, 2], None, ResponseValidationError, "expected an object of ArItemList"),
        ({"summary": {}}, None, ResponseValidationError, "/summary/pageNo"),
    ],
)
def test_a_body_of_another_shape_raises_the_clients_error(
    body: object, headers: dict[str, str] | None, error: type[Exception], reason: str
) -> None:
    client, _ = client_answering(body, headers=headers)
    with pytest.raises(error) as caught:
        client.client(2218).ar_items.list()
    assert reason in str(caught.value)


def test_a_gateways_html_page_is_an_unexpected_status_of_the_client() -> None:
    html = {"Content-Type": "text/html"}
    client, _ = client_answering(b"<html>Bad gateway</html>", status=502, headers=html)
    with pytest.raises(UnexpectedStatus) as caught:
        client.client(2218).customers.get("543210")
    assert caught.value.status_code == 502 and isinstance(caught.value, ArmrestError)


def test_a_declared_error_status_without_json_is_an_unexpected_status() -> None:
    client, _ = client_answering(b"busy", status=429, headers={"Content-Type": "text/plain"})
    with pytest.raises(UnexpectedStatus):
        client.client(2218).customers.get("543210")


def test_health_answers_its_model_on_200_and_raises_on_503() -> None:
    healthy = answer_example("/health")
    client, _ = client_answering(healthy)
    assert isinstance(client.client(2218).health.get(), Health)
    assert isinstance(asyncio.run(client.aclient(2218).health.get()), Health)
    down = answer_example("/health", status="503")
    client, _ = client_answering(down, status=503)
    with pytest.raises(HealthError) as caught:
        client.client(2218).health.get()
    assert caught.value.status == 503 and caught.value.body.status == "DOWN"
    assert caught.value.title == "Service Unavailable"


def test_the_typed_error_of_a_body_that_is_no_problem_is_built_from_the_status() -> None:
    body = Health.from_dict(answer_example("/health", status="503"))
    error = HealthError.of_body(body, 503)
    assert (error.status, error.title, error.body) == (503, "Service Unavailable", body)


def test_unknown_members_are_told_from_other_values() -> None:
    assert not is_unknown("WRITTEN_OFF") and not is_unknown(ArItemStatus.OPEN)
    assert is_unknown(ArItemStatus.parse("REOPENED"))


def test_unknown_members_are_found_in_lists_mappings_and_models() -> None:
    from armrest_client.enums import refuse_unknown

    unknown = DocumentVatRate.parse(13)
    assert pickle.loads(pickle.dumps(unknown)) is unknown and DocumentVatRate.RATE_0.known
    refuse_unknown({"rates": (DocumentVatRate.RATE_0,), "by": {"a": [ArItemStatus.OPEN]}})
    for value, place in [
        ((DocumentVatRate.RATE_0, unknown), "rates/1"),
        ({"a/b": [unknown]}, "rates/a~1b/0"),
    ]:
        with pytest.raises(RequestValidationError) as caught:
            refuse_unknown({"rates": value})
        assert caught.value.argument == place
        copy_ = pickle.loads(pickle.dumps(caught.value))
        assert (copy_.argument, copy_.value) == (place, 13)


def test_a_response_validation_error_says_what_went_wrong() -> None:
    assert ResponseValidationError.of(KeyError("status")).reason == "the required field 'status' is missing"
    assert ResponseValidationError.of(KeyError()).reason == "a field is missing"
    assert ResponseValidationError.of(TypeError("no")).reason == "TypeError: no"
    inner = ResponseValidationError("expected a string")
    outer = ResponseValidationError.at(ResponseValidationError.at(inner, "status"), 3)
    assert outer is inner and str(outer) == "/3/status: expected a string"
    assert ResponseValidationError.at(KeyError("x"), "a~b").pointer == "/a~0b"
    assert str(ResponseValidationError("no JSON")) == "/: no JSON"


TOLERANT_INTEGRATION = """
import logging

from armrest_client import ArmrestClient
from armrest_client.errors import UnexpectedStatus
from armrest_client.exceptions import ArmrestError, RequestValidationError, ResponseValidationError
from armrest_client.models import ArItem, ArItemStatus

logging.getLogger("armrest_client").setLevel(logging.ERROR)


def open_items(client: ArmrestClient) -> list[ArItem]:
    arm = client.client(2218)
    found: list[ArItem] = []
    try:
        for item in arm.ar_items.iter(status=ArItemStatus.OPEN):
            if item.status is ArItemStatus.OPEN or not item.status.known:
                found.append(item)
            label: str = str(item.status)
            print(label, item.status == "WRITTEN_OFF", item.to_dict()["status"])
    except ResponseValidationError as error:
        print(error.operation, error.pointer, error.reason, error.response)
    except (RequestValidationError, UnexpectedStatus, ArmrestError) as error:
        print(error)
    return found


def strict(client: ArmrestClient) -> None:
    client.client(2218).ar_items.list(status="OPEN")
"""


@pytest.mark.slow  # runs mypy
def test_a_tolerant_integration_passes_mypy_strict_without_casts(tmp_path: Path) -> None:
    """Unknown members are members of the enum's type: code that reads them needs no cast; a plain string
    where the enum is expected (a request) is refused by the type."""
    from tests.client.test_typing import mypy

    (tmp_path / "tolerant.py").write_text(TOLERANT_INTEGRATION)
    result = mypy("--strict", "--config-file", os.devnull, "tolerant.py", cwd=tmp_path, cache=tmp_path / "c")
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, result.stdout + result.stderr
    assert 'Argument "status" to "list" of "ArItemsResource" has incompatible type "str"' in errors[0]
    assert "cast(" not in TOLERANT_INTEGRATION
