"""Actions handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def createAction(call: Call) -> Reply:
    raise NotImplementedError


def createReportAction(call: Call) -> Reply:
    raise NotImplementedError


def report_kind(services: Any) -> Any:
    from armrest_server.worker.queue import Kind

    return Kind(process=lambda *a: (_ for _ in ()).throw(NotImplementedError()))
