from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDistributionRequest")


@_attrs_define
class CustomerDistributionRequest:
    """How the customer's documents are distributed. Its keys change one by one: a key that is missing or `null` leaves the
    stored value unchanged.

        Attributes:
            type_ (None | str | Unset): Distribution type code, e.g. `H`. Values are listed by the Codes resource
                (`distributiontype`); another value answers 422.
            einvoice_code (int | None | Unset): The customer's e-invoice code, e.g. 90.
    """

    type_: None | str | Unset = UNSET
    einvoice_code: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        einvoice_code: int | None | Unset
        if isinstance(self.einvoice_code, Unset):
            einvoice_code = UNSET
        else:
            einvoice_code = self.einvoice_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if einvoice_code is not UNSET:
            field_dict["einvoiceCode"] = einvoice_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerDistributionRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            type_ = _parse_type_(d.pop("type", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "type") from error

        try:

            def _parse_einvoice_code(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            einvoice_code = _parse_einvoice_code(d.pop("einvoiceCode", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "einvoiceCode") from error

        customer_distribution_request = cls(
            type_=type_,
            einvoice_code=einvoice_code,
        )

        return customer_distribution_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("einvoice_code", self.einvoice_code),
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
