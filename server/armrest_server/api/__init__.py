"""Handlers, one module per tag (`api/customers.py` for the Customers tag), each function named
after the operationId it answers. `handlers()` binds them to the contract at start-up.
"""

from __future__ import annotations

import importlib
from typing import Any

from armrest_server.api.paging import thawing
from armrest_server.http.dispatch import Handler
from armrest_server.http.spec import Spec
from armrest_server.worker.queue import Kind


def module_name(tag: str) -> str:
    return f"armrest_server.api.{tag.lower()}"


def handlers(spec: Spec) -> dict[str, Handler]:
    """The handler of every operation; an operation without one fails here, at start-up."""
    found: dict[str, Handler] = {}
    missing = []
    for op in spec.operations:
        module = importlib.import_module(module_name(op.tag))
        handler = getattr(module, op.operation_id, None)
        if handler is None:
            missing.append(f"{module.__name__}.{op.operation_id}")
        elif any(p.name == "query" and p.location == "query" for p in op.params):
            # A list: `?query=<queryId>` runs it with the first call's query (api/paging.py).
            found[op.operation_id] = thawing(handler)
        else:
            found[op.operation_id] = handler
    if missing:
        raise LookupError(f"operations without a handler: {', '.join(missing)}")
    return found


def batch_kinds(services: Any) -> dict[str, Kind]:
    """What each batch type means: the processors the queue's workers run."""
    from armrest_server.api import actions, customers, documents

    return {
        "CUSTOMERS_CREATE": customers.create_batch_kind(services),
        "CUSTOMERS_UPDATE": customers.update_batch_kind(services),
        "DOCUMENTS_CREATE": documents.create_batch_kind(services),
        "REPORT": actions.report_kind(services),
    }
