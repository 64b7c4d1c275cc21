"""PaymentReservations: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`PaymentReservationsResource` / `AsyncPaymentReservationsResource`, the operations for one client number."""

from . import (
    create_payment_reservation,
)
from .resource import AsyncPaymentReservationsResource, PaymentReservationsResource

__all__ = [
    "create_payment_reservation",
    "AsyncPaymentReservationsResource",
    "PaymentReservationsResource",
]
