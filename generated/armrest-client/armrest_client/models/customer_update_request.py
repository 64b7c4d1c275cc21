from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.customer_update import CustomerUpdate
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CustomerUpdateRequest")


@_attrs_define
class CustomerUpdateRequest:
    """Body of `updateCustomer`.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        customer (CustomerUpdate): Changes to one customer, named by `customerNo`. A key that is missing or `null`
            leaves the stored value unchanged. The empty string is a valid value: it clears a text field or a date. Lists
            are replaced as a whole. `postalAddress` replaces the whole address group (fields not sent become empty
            strings). Numbers cannot be reset to `null`.
    """

    metadata: Metadata
    customer: CustomerUpdate

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
        from ..models.customer_update import CustomerUpdate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerUpdateRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            customer = CustomerUpdate.from_dict(d.pop("customer"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customer") from error

        customer_update_request = cls(
            metadata=metadata,
            customer=customer,
        )

        return customer_update_request

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
