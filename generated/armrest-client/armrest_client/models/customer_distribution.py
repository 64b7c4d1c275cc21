from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="CustomerDistribution")


@_attrs_define
class CustomerDistribution:
    """How the customer's documents are distributed.

    Attributes:
        type_ (str): Distribution type code, e.g. `H`. Values are listed by the Codes resource (`distributiontype`);
            another value answers 422. Empty when not set.
        einvoice_code (int | None): The customer's e-invoice code, e.g. 90. `null` when not set.
    """

    type_: str
    einvoice_code: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        einvoice_code: int | None
        einvoice_code = self.einvoice_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "einvoiceCode": einvoice_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerDistribution, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise TypeError(f"expected a string, got {type(type_).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "type") from error

        try:

            def _parse_einvoice_code(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            einvoice_code = _parse_einvoice_code(d.pop("einvoiceCode", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "einvoiceCode") from error

        customer_distribution = cls(
            type_=type_,
            einvoice_code=einvoice_code,
        )

        customer_distribution.additional_properties = d
        return customer_distribution

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
            ("type_", self.type_),
            ("einvoice_code", self.einvoice_code),
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
