"""Customers: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`CustomersResource` / `AsyncCustomersResource`, the operations for one client number."""

from . import (
    create_customer,
    create_customer_batch,
    delete_customer,
    get_customer,
    list_customers,
    update_customer,
    update_customer_batch,
)
from .resource import AsyncCustomersResource, CustomersResource

__all__ = [
    "create_customer",
    "create_customer_batch",
    "delete_customer",
    "get_customer",
    "list_customers",
    "update_customer",
    "update_customer_batch",
    "AsyncCustomersResource",
    "CustomersResource",
]
