"""Documents handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def createDocument(call: Call) -> Reply:
    raise NotImplementedError


def listDocuments(call: Call) -> Reply:
    raise NotImplementedError


def getDocument(call: Call) -> Reply:
    raise NotImplementedError


def createDocumentBatch(call: Call) -> Reply:
    raise NotImplementedError


def create_batch_kind(services: Any) -> Any:
    from armrest_server.worker.queue import Kind

    return Kind(process=lambda *a: (_ for _ in ()).throw(NotImplementedError()))
