"""PaymentReservations handler: announce a payment, holding reminders and debt collection."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from armrest_server.api import audit
from armrest_server.api.outages import retried
from armrest_server.api.rejections import rejected
from armrest_server.domain.rules import Rejected
from armrest_server.http.call import Call, Reply
from armrest_server.http.problems import unprocessable
from armrest_server.store.postings import unique_violation
from armrest_server.usecases import reservations
from armrest_server.usecases.uow import UnitOfWork


def _create(call: Call) -> tuple[reservations.Created, str]:
    with UnitOfWork(call.services.engine, forms=call.services.forms) as uow:
        try:
            created = reservations.create(
                uow, call.clientno, call.body["paymentReservation"], call.services.today()
            )
        except Rejected as error:
            raise rejected(error.violations) from None
        target = (
            f"AR item {created.item_id}" if created.item_id is not None else f"customer {created.customer_no}"
        )
        message = f"Payment reservation {created.payment_id} created for {target}"
        audit.record(uow.connection, call, "PAYMENTRESERVATION", created.payment_id, 201, "CREATED", message)
        uow.commit()
    return created, message


def createPaymentReservation(call: Call) -> Reply:
    payment_id = call.body["paymentReservation"]["paymentId"]

    def create() -> tuple[reservations.Created, str]:
        try:
            return _create(call)
        except DBAPIError as error:
            if unique_violation(error):  # a concurrent request stored the same paymentId first
                raise unprocessable(
                    "/paymentReservation/paymentId", f"paymentId {payment_id} is already used", "conflict"
                ) from None
            raise

    detail = "The ledger changed while the reservation was made; send it again"
    created, message = retried(call, create, detail=detail)
    body = {
        "status": "PROCESSED",
        "result": "CREATED",
        "message": message,
        "clientNo": call.clientno,
        "paymentId": created.payment_id,
        "reservationId": created.reservation_id,
        "arItemId": created.item_id,
        "customerNo": created.customer_no,
        "expiresOn": created.expires_on.isoformat(),
    }
    return Reply(201, body)
