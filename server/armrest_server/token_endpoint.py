"""POST /token: the OAuth2 client-credentials flow that issues bearer tokens (as Amili's auth service)."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs

import orjson
from anyio import to_thread
from starlette.requests import Request
from starlette.responses import Response

from armrest_server.auth import check_secret
from armrest_server.services import Services
from armrest_server.store import security

FORM = "application/x-www-form-urlencoded"


def _error(status: int, error: str, description: str) -> Response:
    headers = {"Cache-Control": "no-store"}
    if status == 401:
        headers["WWW-Authenticate"] = 'Basic realm="armrest"'
    body = {"error": error, "error_description": description}
    return Response(orjson.dumps(body), status_code=status, headers=headers, media_type="application/json")


def endpoint(services: Services) -> Callable[[Request], Awaitable[Response]]:
    async def token(request: Request) -> Response:
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
            return _error(400, "invalid_request", f"send the form as {FORM}")
        raw = await request.body()
        if len(raw) > 10_000:
            return _error(400, "invalid_request", "the form is too large")
        try:
            form = {k: v[0] for k, v in parse_qs(raw.decode(), strict_parsing=False).items()}
        except UnicodeDecodeError:
            return _error(400, "invalid_request", "the form is not UTF-8")
        client_id, secret = form.get("client_id"), form.get("client_secret")
        basic = request.headers.get("authorization", "")
        if basic.lower().startswith("basic "):
            try:
                client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                return _error(400, "invalid_request", "malformed Basic credentials")
        if form.get("grant_type") != "client_credentials":
            return _error(400, "unsupported_grant_type", "only client_credentials is supported")
        if not client_id or not secret:
            return _error(400, "invalid_request", "client_id and client_secret are required")
        found = await to_thread.run_sync(security.api_client, services.engine, client_id)
        if found is None or not await to_thread.run_sync(check_secret, secret, found["secret_hash"]):
            return _error(401, "invalid_client", "unknown client or wrong secret")
        issued = services.authority.issue(client_id, list(found["clients"]))
        return Response(
            orjson.dumps(issued.as_dict()),
            headers={"Cache-Control": "no-store"},
            media_type="application/json",
        )

    return token
