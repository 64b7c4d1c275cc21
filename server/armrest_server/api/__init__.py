"""Handlers, one module per tag (`api/customers.py` for the Customers tag), each function named
after the operationId it answers. `handlers()` binds them to the contract at start-up.
"""

from __future__ import annotations

import importlib

from armrest_server.api.paging import thawing
from armrest_server.http.dispatch import Handler
from armrest_server.http.spec import Spec


def module_name(tag: str) -> str:
    return f"armrest_server.api.{tag.lower()}"


def handlers(spec: Spec) -> dict[str, Handler]:
    """The handler of each operation that has one, found by name. An operation without one fails the
    start-up in the one check there is, the dispatcher's (http/dispatch.py), which every app passes."""
    found: dict[str, Handler] = {}
    for op in spec.operations:
        handler = getattr(importlib.import_module(module_name(op.tag)), op.operation_id, None)
        if handler is None:
            continue
        if any(p.name == "query" and p.location == "query" for p in op.params):
            # A list: `?query=<queryId>` runs it with the first call's query (api/paging.py).
            handler = thawing(handler)
        found[op.operation_id] = handler
    return found
