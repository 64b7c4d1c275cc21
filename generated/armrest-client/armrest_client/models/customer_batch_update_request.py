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


T = TypeVar("T", bound="CustomerBatchUpdateRequest")


@_attrs_define
class CustomerBatchUpdateRequest:
    """Body of `updateCustomerBatch`: each item is processed as `updateCustomer` would.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        customers (list[CustomerUpdate]): 1 to 10000 customer changes; a `customerNo` may appear only once.
    """

    metadata: Metadata
    customers: list[CustomerUpdate]

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        customers = []
        for customers_item_data in self.customers:
            customers_item = customers_item_data.to_dict()
            customers.append(customers_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "customers": customers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_update import CustomerUpdate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerBatchUpdateRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            customers = []
            _customers = d.pop("customers")
            if not isinstance(_customers, list):
                raise TypeError(f"expected an array, got {type(_customers).__name__}")
            for _customers_index, customers_item_data in enumerate(_customers):
                try:
                    customers_item = CustomerUpdate.from_dict(customers_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _customers_index) from error
                customers.append(customers_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customers") from error

        customer_batch_update_request = cls(
            metadata=metadata,
            customers=customers,
        )

        return customer_batch_update_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("customers", self.customers),
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
