"""Edges around the HTTP layer: token claims and forms a client can get wrong, the docs page, the clock,
log masking at depth, fault points."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import jwt
import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.testclient import TestClient

from armrest_server import app as app_module
from armrest_server import auth, faults, logs
from armrest_server.auth import Authority, check_secret, hash_secret
from armrest_server.clock import OffsetClock, SettableClock
from armrest_server.http.problems import Problem
from armrest_server.settings import Settings
from armrest_server.store import security
from armrest_server.store.errors import RETRY_BUSY
from tests.support.app import CLIENTNO, Api

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
KEY = "k" * 32


def authority() -> Authority:
    # With a configured key the database is never read for one.
    return Authority(Settings(jwt_key=KEY), cast(Engine, None))


# --- bearer tokens ----------------------------------------------------------------------------------
def test_a_stored_secret_of_another_form_matches_nothing() -> None:
    assert check_secret("s3cret", hash_secret("s3cret"))
    assert not check_secret("s3cret", "plain-text")
    assert not check_secret("s3cret", "pbkdf2-sha256$many$salt$digest")


def test_a_token_whose_times_are_not_numbers_is_refused() -> None:
    now = int(datetime.now(UTC).timestamp())
    claims = {"iss": "armrest", "aud": "armrest-api", "sub": "x", "clients": [1], "iat": now, "nbf": now}
    token = jwt.encode(claims | {"exp": "tomorrow"}, KEY, algorithm="HS256")
    with pytest.raises(Problem) as refused:
        authority().verify(f"Bearer {token}")
    assert refused.value.status == 401
    assert refused.value.detail == "The bearer token is invalid: exp, nbf and iat must be numbers"
    assert 'error="invalid_token"' in refused.value.headers["WWW-Authenticate"]


def test_the_cache_of_verified_tokens_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "VERIFIED_CACHE", 2)
    issuer = authority()
    tokens = [issuer.issue(f"user{n}", [n]).access_token for n in range(5)]
    for n, token in enumerate(tokens):
        assert issuer.verify(f"Bearer {token}").clients == {n}
        assert len(issuer._verified) <= 2
    assert issuer.verify(f"Bearer {tokens[0]}").subject == "user0"  # verified again once forgotten


# --- POST /token: forms a client can get wrong ------------------------------------------------------
def refusal(response: Any) -> tuple[int, str, str]:
    body = response.json()
    return response.status_code, body["error"], body["error_description"]


def test_a_form_that_is_not_utf8_is_refused(sqlite_api: Api) -> None:
    form = b"grant_type=client_credentials&client_id=erp&client_secret=\xff"
    response = sqlite_api.client.post("/token", content=form, headers=FORM)
    assert refusal(response) == (400, "invalid_request", "the form is not UTF-8")


@pytest.mark.parametrize("credentials", ["not base64!", base64.b64encode(b"erp:\xff").decode()])
def test_malformed_basic_credentials_are_refused(sqlite_api: Api, credentials: str) -> None:
    headers = FORM | {"Authorization": f"Basic {credentials}"}
    response = sqlite_api.client.post("/token", content="grant_type=client_credentials", headers=headers)
    assert refusal(response) == (400, "invalid_request", "malformed Basic credentials")


def test_a_form_without_a_secret_is_refused(sqlite_api: Api) -> None:
    security.add_api_client(sqlite_api.services.engine, "erp", hash_secret("s3cret"), [CLIENTNO])
    form = "grant_type=client_credentials&client_id=erp"
    response = sqlite_api.client.post("/token", content=form, headers=FORM)
    assert refusal(response) == (400, "invalid_request", "client_id and client_secret are required")


def test_an_unexpected_failure_of_the_token_endpoint_answers_a_problem(
    sqlite_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a database outage (those answer 503): a bug, answered 500 problem+json, not text/plain."""

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(security, "api_client", broken)
    client = TestClient(sqlite_api.client.app, raise_server_exceptions=False)
    form = "grant_type=client_credentials&client_id=erp&client_secret=x"
    response = client.post("/token", content=form, headers=FORM)
    assert (response.status_code, response.headers["content-type"]) == (500, "application/problem+json")
    assert response.json()["detail"] == "The server failed; this is a bug"


def test_a_token_request_while_no_database_connection_is_free_answers_503(
    sqlite_api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exhausted(*_args: object) -> None:
        raise PoolTimeout("QueuePool limit reached")

    monkeypatch.setattr(security, "api_client", exhausted)
    form = "grant_type=client_credentials&client_id=erp&client_secret=x"
    response = sqlite_api.client.post("/token", content=form, headers=FORM)
    assert refusal(response) == (
        503,
        "temporarily_unavailable",
        "the database cannot answer now (no database connection became free in time); retry later",
    )
    assert response.headers["retry-after"] == str(RETRY_BUSY)


# --- the app around the contract --------------------------------------------------------------------
def test_the_docs_page_is_served_when_built_and_a_problem_when_not(
    sqlite_api: Api, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "index.html"
    monkeypatch.setattr(app_module, "DOCS_PAGES", (page,))
    missing = sqlite_api.client.get("/arm/v1/docs")
    assert (missing.status_code, missing.headers["content-type"]) == (404, "application/problem+json")
    assert "tools/bootstrap.py -s docs" in missing.json()["detail"]
    page.write_text("<html>reference</html>")
    built = sqlite_api.client.get("/arm/v1/docs")
    assert (built.status_code, built.text) == (200, "<html>reference</html>")
    assert built.headers["content-type"] == "text/html; charset=utf-8"


# --- the clock --------------------------------------------------------------------------------------
def test_a_settable_clock_is_set_to_aware_datetimes_only() -> None:
    clock = SettableClock()
    at = datetime(2026, 3, 1, 12, tzinfo=UTC)
    clock.set(at)
    assert clock.now() == at and clock.today().isoformat() == "2026-03-01"
    with pytest.raises(ValueError, match="aware datetime"):
        clock.set(datetime(2026, 3, 1, 12))


def test_the_sandbox_clock_reads_its_offset_on_every_use() -> None:
    offsets = [timedelta(days=1)]
    base = SettableClock(at=datetime(2026, 3, 1, tzinfo=UTC))
    clock = OffsetClock(base=base, offset=lambda: offsets[-1])
    assert clock.now() == datetime(2026, 3, 2, tzinfo=UTC)
    offsets.append(timedelta(days=30))
    assert (clock.offset(), clock.now()) == (timedelta(days=30), datetime(2026, 3, 31, tzinfo=UTC))


# --- log masking at depth ---------------------------------------------------------------------------
def test_a_value_nested_beyond_the_depth_limit_is_masked_as_text() -> None:
    value: Any = "ssn 01017012345"
    for _ in range(logs.MAX_DEPTH + 5):
        value = [value]
    masked = logs.mask(value)
    for _ in range(logs.MAX_DEPTH):
        masked = masked[0]
    assert masked == "[[[[['ssn ***']]]]]"


def test_an_object_of_no_json_type_is_logged_as_its_masked_text() -> None:
    class Person:
        def __str__(self) -> str:
            return "Ola, 01017012345"

    assert logs.mask({"who": Person()}) == {"who": "Ola, ***"}


# --- fault points -----------------------------------------------------------------------------------
def test_a_misspelt_fault_point_is_refused_at_start_up() -> None:
    with pytest.raises(ValueError, match=r"unknown fault point 'key-claim'; known: .*key-claimed"):
        faults.arm("key-claim")
    faults.arm(None)
    faults.reach("key-claimed")  # disarmed: passing the point does nothing
