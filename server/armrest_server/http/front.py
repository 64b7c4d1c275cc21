"""The ASGI app a server runs: the contract's operations straight to the dispatcher, the rest to Starlette.

Every path below the prefix that is not one of the app's own pages (`own`: the served contract, the
HTML reference, the index) is a contract operation, or a 404 the dispatcher answers as the contract
says: those requests go to `http/dispatch.Dispatcher`, itself a plain ASGI callable, with no framework
routing or middleware between (they cost a fifth of a GET one's time). The token endpoint, the app's
own pages, a path outside the prefix and the lifespan go to the Starlette app. Both get request ids and
the access log (`http/request_ids.RequestIds`).
"""

from __future__ import annotations

from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from armrest_server.http.request_ids import RequestIds


class Front:
    def __init__(self, *, operations: ASGIApp, app: ASGIApp, prefix: str, own: frozenset[str]) -> None:
        self.operations = operations  # the dispatcher
        self._operations = RequestIds(operations)
        self._app = RequestIds(app)
        self._below = prefix + "/"
        self.own = own
        self.state: Any = getattr(app, "state", None)  # the Starlette app's (services, spec)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] == "http" and path.startswith(self._below) and path not in self.own:
            await self._operations(scope, receive, send)
        else:
            await self._app(scope, receive, send)
