"""`X-Request-Id` on every answer, and one log line per request that carries it (for support).

The caller's own id is echoed when it is a sane token (1 to 200 characters of a small URL-safe set,
so it cannot forge log lines or headers); otherwise the server makes one.
"""

from __future__ import annotations

import logging
import os
import re
import time
from typing import Any

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

REQUEST_ID = "X-Request-Id"
_HEADER = REQUEST_ID.lower().encode()
SANE = re.compile(r"[A-Za-z0-9._:+/=-]{1,200}")
log = logging.getLogger("armrest.access")


def choose(sent: str | None) -> str:
    """The caller's id when it is sane, else 128 random bits in hex (as a UUID's hex, for less work)."""
    return sent if sent is not None and SANE.fullmatch(sent) else os.urandom(16).hex()


def request_id(request: Request) -> str:
    """The id the middleware chose for this request (made here when the app runs without it)."""
    return _of_scope(request.scope)


def _of_scope(scope: Scope) -> str:
    state: dict[str, Any] = scope.setdefault("state", {})
    if "request_id" not in state:
        sent = next((value for name, value in scope["headers"] if name.lower() == _HEADER), None)
        state["request_id"] = choose(sent.decode("latin-1") if sent is not None else None)
    return str(state["request_id"])


class RequestIds:
    """ASGI middleware: picks the id, adds it to the answer unless the app did, logs the exchange."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _of_scope(scope)
        started, status = time.perf_counter(), 0

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                if not any(name.lower() == _HEADER for name, _ in headers):
                    headers.append((_HEADER, rid.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            # The path goes in the message, which the log formatter masks (a path may hold a number).
            log.info(
                f"{scope.get('method')} {scope.get('path')} {status}",
                extra={
                    "request_id": rid,
                    "status": status,
                    "ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
