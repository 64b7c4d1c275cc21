"""POST /token: the OAuth2 client-credentials flow that issues bearer tokens (as Amili's auth service).

Unauthenticated by nature, so it is guarded: the form is read up to `token_max_body` bytes and refused
with 413 beyond (never buffered whole); an unknown client id costs the same PBKDF2 as a known one with
a wrong secret; and failed attempts per client id and per source address are limited (429 with
`Retry-After`). Errors are problem+json that also carry OAuth's `error` and `error_description`
(RFC 6749 section 5.2), so OAuth libraries and problem readers both understand them.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

import orjson
from anyio import to_thread
from starlette.requests import Request
from starlette.responses import Response

from armrest_server.auth import check_secret, decoy_hash
from armrest_server.http.problems import PROBLEM_BASE, Problem
from armrest_server.http.spec import PROBLEM_JSON
from armrest_server.services import Services
from armrest_server.store import security
from armrest_server.store.errors import unavailable
from armrest_server.throttle import FailureWindow, address_key

FORM = "application/x-www-form-urlencoded"
PATH = "/token"


class Refusal(Exception):
    def __init__(self, status: int, error: str, description: str, headers: dict[str, str] | None = None):
        super().__init__(description)
        self.status, self.error, self.description = status, error, description
        self.headers = headers or {}

    def response(self, problem_base: str = PROBLEM_BASE) -> Response:
        headers = {"Cache-Control": "no-store"} | self.headers
        if self.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="armrest"'
        extra = {"error": self.error, "error_description": self.description}
        body = Problem(self.status, self.description, extra=extra).body(PATH, problem_base)
        return Response(orjson.dumps(body), status_code=self.status, headers=headers, media_type=PROBLEM_JSON)


def endpoint(
    services: Services, *, problem_base: str = PROBLEM_BASE
) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint of `POST /token`: a token, or the refusal as problem+json."""
    issuer = Issuer(services=services)

    async def token(request: Request) -> Response:
        try:
            return await issuer.issue(request)
        except Refusal as refusal:
            return refusal.response(problem_base)

    return token


class Issuer:
    """Issues the tokens of one app: its services, the failed attempts per source address, and the
    decoy hash that unknown client ids are checked against."""

    def __init__(self, *, services: Services) -> None:
        settings = services.settings
        self.services = services
        self.limit = settings.token_max_body
        self.by_address = FailureWindow(limit=settings.token_failures, window=settings.token_failure_window)
        self.decoy = decoy_hash()

    async def issue(self, request: Request) -> Response:
        """A token for the client whose id and secret the request sends; raises Refusal."""
        address = address_key(request.client.host if request.client else "unknown")
        throttled(self.by_address, address, "from this address")
        client_id, secret = credentials(request, await read_form(request, self.limit))
        found = await stored_client(self.services, client_id)
        # Unknown ids check the decoy: the same work, so the answer's timing says nothing about the id.
        stored = found["secret_hash"] if found is not None else self.decoy
        matches = await to_thread.run_sync(check_secret, secret, stored)
        if found is None or not matches:
            self.by_address.fail(address)
            raise Refusal(401, "invalid_client", "unknown client or wrong secret")
        issued = self.services.authority.issue(client_id, list(found["clients"]))
        return Response(
            orjson.dumps(issued.as_dict()),
            headers={"Cache-Control": "no-store"},
            media_type="application/json",
        )


def throttled(window: FailureWindow, key: str, what: str) -> None:
    """Raises the 429 while `key` must wait after its failures."""
    wait = window.retry_after(key)
    if wait is not None:
        raise Refusal(
            429, "slow_down", f"too many failed attempts {what}; retry later", {"Retry-After": str(wait)}
        )


async def read_form(request: Request, limit: int) -> dict[str, str]:
    """The request's form, read up to `limit` bytes (beyond, the 413 without reading further)."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
        raise Refusal(400, "invalid_request", f"send the form as {FORM}")
    too_large = Refusal(413, "invalid_request", f"the form exceeds {limit} bytes", {"Connection": "close"})
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_large
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise too_large
    try:
        return {k: v[0] for k, v in parse_qs(raw.decode(), strict_parsing=False).items()}
    except UnicodeDecodeError:
        raise Refusal(400, "invalid_request", "the form is not UTF-8") from None


def credentials(request: Request, form: dict[str, str]) -> tuple[str, str]:
    """The client id and secret of a client-credentials request: from its Basic `Authorization`,
    else from its form."""
    client_id, secret = form.get("client_id"), form.get("client_secret")
    basic = request.headers.get("authorization", "")
    if basic.lower().startswith("basic "):
        try:
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            raise Refusal(400, "invalid_request", "malformed Basic credentials") from None
    if form.get("grant_type") != "client_credentials":
        raise Refusal(400, "unsupported_grant_type", "only client_credentials is supported")
    if not client_id or not secret:
        raise Refusal(400, "invalid_request", "client_id and client_secret are required")
    return client_id, secret


async def stored_client(services: Services, client_id: str) -> dict[str, Any] | None:
    """The stored API client of this id (None: unknown); a database outage is the 503."""
    try:
        return await to_thread.run_sync(security.api_client, services.engine, client_id)
    except Exception as error:
        outage = unavailable(error)
        if outage is None:
            raise
        detail = f"the database cannot answer now ({outage.reason}); retry later"
        retry = {"Retry-After": str(outage.retry_after)}
        raise Refusal(503, "temporarily_unavailable", detail, retry) from None
