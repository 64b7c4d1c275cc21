from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="ArItemPaymentReservation")


@_attrs_define
class ArItemPaymentReservation:
    """The active payment reservation holding the item (made for the item, or for its customer while the item was open): a
    payment the customer has announced (createPaymentReservation). While it lasts (to and including `expiresOn`) no
    reminder is sent and the item is not sent to debt collection.

        Attributes:
            payment_id (str): The bank's or payer's id of the announced payment.
            amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
            expires_on (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
    """

    payment_id: str
    amount: Decimal
    expires_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        amount = self.amount

        expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentId": payment_id,
                "amount": amount,
                "expiresOn": expires_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemPaymentReservation, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            payment_id = d.pop("paymentId")
            if not isinstance(payment_id, str):
                raise TypeError(f"expected a string, got {type(payment_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentId") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            expires_on = datetime.date.fromisoformat(d.pop("expiresOn"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "expiresOn") from error

        ar_item_payment_reservation = cls(
            payment_id=payment_id,
            amount=amount,
            expires_on=expires_on,
        )

        ar_item_payment_reservation.additional_properties = d
        return ar_item_payment_reservation

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
            ("payment_id", self.payment_id),
            ("amount", self.amount),
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
