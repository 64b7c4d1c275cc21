from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.customer_create import CustomerCreate
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CustomerCreateRequest")


@_attrs_define
class CustomerCreateRequest:
    """Body of `createCustomer`.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        customer (CustomerCreate): A customer to create, or to update when `customerNo` already exists (upsert).
            `customerNo` and `name` are required. On create, keys not sent take their defaults (texts `""`, numbers and
            dates `null`, lists `[]`, `vatLiable` false); on update they leave the stored value unchanged, as in
            `CustomerUpdate`. The empty string is a valid value for every text field and clears a date.
    """

    metadata: Metadata
    customer: CustomerCreate

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "customer": customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_create import CustomerCreate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerCreateRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            customer = CustomerCreate.from_dict(d.pop("customer"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customer") from error

        customer_create_request = cls(
            metadata=metadata,
            customer=customer,
        )

        return customer_create_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("customer", self.customer),
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
