"""Customers handlers (scaffold: every function here is to be replaced)."""

from __future__ import annotations

from typing import Any

from armrest_server.http.call import Call, Reply


def createCustomer(call: Call) -> Reply:
    raise NotImplementedError


def updateCustomer(call: Call) -> Reply:
    raise NotImplementedError


def listCustomers(call: Call) -> Reply:
    raise NotImplementedError


def getCustomer(call: Call) -> Reply:
    raise NotImplementedError


def deleteCustomer(call: Call) -> Reply:
    raise NotImplementedError


def createCustomerBatch(call: Call) -> Reply:
    raise NotImplementedError


def updateCustomerBatch(call: Call) -> Reply:
    raise NotImplementedError


def create_batch_kind(services: Any) -> Any:
    from armrest_server.worker.queue import Kind

    return Kind(process=lambda *a: (_ for _ in ()).throw(NotImplementedError()))


def update_batch_kind(services: Any) -> Any:
    from armrest_server.worker.queue import Kind

    return Kind(process=lambda *a: (_ for _ in ()).throw(NotImplementedError()))
