"""PaymentReservations: one module per operation (`sync`, `sync_detailed`, `asyncio`, `asyncio_detailed`) and
`PaymentReservationsResource`, the operations for one client number."""

from . import (
    create_payment_reservation,
)
from .resource import PaymentReservationsResource

__all__ = [
    "create_payment_reservation",
    "PaymentReservationsResource",
]
