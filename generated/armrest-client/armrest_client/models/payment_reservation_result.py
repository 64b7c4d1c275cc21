from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import Unset

T = TypeVar("T", bound="PaymentReservationResult")


@_attrs_define
class PaymentReservationResult:
    """The answer to a new payment reservation.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        payment_id (str): The bank's or payer's id of a payment (1 to 64 printable characters, no leading or trailing
            space). A payment reservation and the payment auto posting that fulfils it carry the same `paymentId`.
        reservation_id (int): The server's id of the reservation.
        ar_item_id (int | None): The AR item reserved; `null` for a customer reservation.
        customer_no (str): The client's number of the customer; compared case-insensitively.
        expires_on (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    payment_id: str
    reservation_id: int
    ar_item_id: int | None
    customer_no: str
    expires_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        payment_id = self.payment_id

        reservation_id = self.reservation_id

        ar_item_id: int | None
        ar_item_id = self.ar_item_id

        customer_no = self.customer_no

        expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "paymentId": payment_id,
                "reservationId": reservation_id,
                "arItemId": ar_item_id,
                "customerNo": customer_no,
                "expiresOn": expires_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of PaymentReservationResult, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            status = WriteStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            result = WriteResultCode.parse(d.pop("result"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "result") from error

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise TypeError(f"expected a string, got {type(message).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "message") from error

        try:
            client_no = d.pop("clientNo")
            if not isinstance(client_no, int) or isinstance(client_no, bool):
                raise TypeError(f"expected an integer, got {type(client_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "clientNo") from error

        try:
            payment_id = d.pop("paymentId")
            if not isinstance(payment_id, str):
                raise TypeError(f"expected a string, got {type(payment_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentId") from error

        try:
            reservation_id = d.pop("reservationId")
            if not isinstance(reservation_id, int) or isinstance(reservation_id, bool):
                raise TypeError(f"expected an integer, got {type(reservation_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "reservationId") from error

        try:

            def _parse_ar_item_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            ar_item_id = _parse_ar_item_id(d.pop("arItemId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            expires_on = datetime.date.fromisoformat(d.pop("expiresOn"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "expiresOn") from error

        payment_reservation_result = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            payment_id=payment_id,
            reservation_id=reservation_id,
            ar_item_id=ar_item_id,
            customer_no=customer_no,
            expires_on=expires_on,
        )

        payment_reservation_result.additional_properties = d
        return payment_reservation_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("status", self.status),
            ("result", self.result),
            ("message", self.message),
            ("client_no", self.client_no),
            ("payment_id", self.payment_id),
            ("reservation_id", self.reservation_id),
            ("ar_item_id", self.ar_item_id),
            ("customer_no", self.customer_no),
            ("expires_on", self.expires_on),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"{type(self).__name__}({shown})"

    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the answer this came from, when a typed method (`arm.<resource>...`) read it."""
        return self._request_id

    def to_json(self) -> str:
        """The model as the API's JSON, numbers exact (a `Decimal` written as the number it spells)."""
        from ..decimals import dumps  # noqa: PLC0415

        return dumps(self.to_dict()).decode()
