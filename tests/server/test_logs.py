"""Log lines never carry a personal number or a secret, in any field: message, exception, `extra` values
and whatever is nested in them."""

from __future__ import annotations

import io
import logging
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from armrest_server.http.call import Call, Reply
from armrest_server.logs import JsonFormatter, mask
from tests.server.test_http_layer import dispatcher_client
from tests.support.app import CLIENTNO
from tests.support.server import serving

SSN = "01010050053"
ORGANIZATION_NO = "923609016"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"


@pytest.fixture
def lines() -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """Reads every line the `armrest` loggers wrote so far in the test, parsed."""
    sink = io.StringIO()
    handler = logging.StreamHandler(sink)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("armrest")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lambda: [orjson.loads(line) for line in sink.getvalue().splitlines()]
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def written(record: logging.LogRecord) -> str:
    return JsonFormatter().format(record)


def record(message: str = "x", **extra: Any) -> logging.LogRecord:
    entry = logging.makeLogRecord(
        {"name": "armrest.test", "levelno": 20, "levelname": "INFO", "msg": message}
    )
    for key, value in extra.items():
        setattr(entry, key, value)
    return entry


@dataclass
class Error:
    pointer: str
    message: str


@pytest.mark.parametrize(
    "value",
    [
        SSN,
        f"customer {SSN} not found",
        "010100 50053",
        "010100-50053",
        f"ssn_{SSN}",
        {"errors": [{"pointer": "/customer/ssn", "message": f"'{SSN}' is not valid"}]},
        [[[SSN]]],
        (SSN,),
        {SSN: "as a key"},
        Error("/customer/name", f"name {SSN}"),
        int(SSN[1:] + "5"),
        f"Bearer {JWT}",
        JWT,
        "grant_type=client_credentials&client_id=erp&client_secret=s3cret",
        f"organisation {ORGANIZATION_NO}",
    ],
    ids=[
        "bare",
        "in text",
        "with a space",
        "with a dash",
        "after an underscore",
        "nested error",
        "deep lists",
        "tuple",
        "key",
        "dataclass",
        "integer",
        "bearer",
        "jwt",
        "form secret",
        "organisation number",
    ],
)
def test_an_extra_field_is_masked_however_nested(value: Any) -> None:
    line = written(record(detail=value))
    for secret in (SSN, SSN[1:], "010100", "s3cret", JWT.split(".")[1], ORGANIZATION_NO):
        assert secret not in line, line


@pytest.mark.parametrize("key", ["ssn", "organizationNo", "client_secret", "accessToken", "Authorization"])
def test_a_sensitive_key_is_masked_whatever_its_value(key: str) -> None:
    assert orjson.loads(written(record(payload={key: "abc"})))["payload"][key] == "***"


def test_the_message_and_the_exception_are_masked() -> None:
    try:
        raise ValueError(f"bad ssn {SSN}")
    except ValueError:
        entry = record(f"customer {SSN}")
        entry.exc_info = sys.exc_info()
    line = written(entry)
    assert SSN not in line and "bad ssn ***" in line and "customer ***" in line


@pytest.mark.parametrize(
    "value",
    [
        "2218",
        "2026-12-01",
        "1500",
        "INV-2026-77",
        "a1b2c3d4e5f60718293a4b5c6d7e8f90",
        "1796000000",
        1796000000,
        12.5,
    ],
)
def test_ordinary_values_are_kept(value: Any) -> None:
    assert mask(value) == value


def test_a_logged_validation_error_carrying_an_ssn_is_masked(
    lines: Callable[[], list[dict[str, Any]]],
) -> None:
    """A handler answer that breaks the contract is logged with its validation errors, which quote the
    offending values: here a customer's birth number."""

    def broken(_call: Call) -> Reply:
        return Reply(200, [{"customerNo": "C1", "name": "Kari", "ssn": SSN}])

    dispatcher_client(broken, strict=False).get(f"/arm/v1/clients/{CLIENTNO}/customers/C1")
    logged = [line for line in lines() if line["message"] == "response breaks the contract"]
    text = orjson.dumps(logged).decode()
    assert logged and "***" in text and SSN not in text, text


@pytest.mark.slow  # starts armrest serve
def test_a_real_servers_log_is_json_lines_without_personal_numbers(tmp_path: Path) -> None:
    """uvicorn's own lines too (its start-up, its warning for a request it cannot parse)."""
    with serving(tmp_path, log_level="INFO") as server:
        token = server.token()
        httpx.get(
            f"{server.base_url}/clients/{CLIENTNO}/customers/{SSN}",
            headers={"Authorization": f"Bearer {token}"},
        )
        port = int(server.origin.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            conflicting = "Content-Length: 1\r\nTransfer-Encoding: chunked\r\n"
            sock.sendall(f"GET /{SSN} HTTP/1.1\r\nHost: x\r\n{conflicting}\r\n".encode())
            sock.recv(65536)
    text = server.log.read_text()
    entries = [orjson.loads(line) for line in text.splitlines()]
    loggers = {entry["logger"] for entry in entries}
    assert SSN not in text and {"uvicorn.error", "armrest.access"} <= loggers, text
