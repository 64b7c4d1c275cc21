from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.payment_reservation_input import PaymentReservationInput


T = TypeVar("T", bound="PaymentReservationRequest")


@_attrs_define
class PaymentReservationRequest:
    """A payment reservation to create.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        payment_reservation (PaymentReservationInput): The announced payment and what it pays: a document's AR item
            (`arItemId`, `documentNo`, `documentUuid`, `referenceNo` or the document `kid`) or a customer (`accountNo`,
            `customerNo` or `customerKid`). At least one identifier is required; every one given must lead to the same
            target.
    """

    metadata: Metadata
    payment_reservation: PaymentReservationInput

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        payment_reservation = self.payment_reservation.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "paymentReservation": payment_reservation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.payment_reservation_input import PaymentReservationInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of PaymentReservationRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            payment_reservation = PaymentReservationInput.from_dict(d.pop("paymentReservation"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentReservation") from error

        payment_reservation_request = cls(
            metadata=metadata,
            payment_reservation=payment_reservation,
        )

        return payment_reservation_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("payment_reservation", self.payment_reservation),
        ]
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
