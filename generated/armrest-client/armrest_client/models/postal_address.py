from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="PostalAddress")


@_attrs_define
class PostalAddress:
    """The customer's postal address. Every field is always present; unset ones are empty strings.

    Attributes:
        address_line_1 (str): First address line (street and number, or c/o).
        address_line_2 (str): Second address line.
        address_line_3 (str): Third address line.
        postal_code (str): Postal code (4 digits in Norway).
        city_name (str): Postal place (city).
        country_text (str): Country name as printed on the address.
        country_code (str): ISO 3166-1 alpha-2 country code; empty means Norway.
    """

    address_line_1: str
    address_line_2: str
    address_line_3: str
    postal_code: str
    city_name: str
    country_text: str
    country_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city_name = self.city_name

        country_text = self.country_text

        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "addressLine2": address_line_2,
                "addressLine3": address_line_3,
                "postalCode": postal_code,
                "cityName": city_name,
                "countryText": country_text,
                "countryCode": country_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of PostalAddress, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            address_line_1 = d.pop("addressLine1")
            if not isinstance(address_line_1, str):
                raise TypeError(f"expected a string, got {type(address_line_1).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine1") from error

        try:
            address_line_2 = d.pop("addressLine2")
            if not isinstance(address_line_2, str):
                raise TypeError(f"expected a string, got {type(address_line_2).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine2") from error

        try:
            address_line_3 = d.pop("addressLine3")
            if not isinstance(address_line_3, str):
                raise TypeError(f"expected a string, got {type(address_line_3).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine3") from error

        try:
            postal_code = d.pop("postalCode")
            if not isinstance(postal_code, str):
                raise TypeError(f"expected a string, got {type(postal_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalCode") from error

        try:
            city_name = d.pop("cityName")
            if not isinstance(city_name, str):
                raise TypeError(f"expected a string, got {type(city_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "cityName") from error

        try:
            country_text = d.pop("countryText")
            if not isinstance(country_text, str):
                raise TypeError(f"expected a string, got {type(country_text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "countryText") from error

        try:
            country_code = d.pop("countryCode")
            if not isinstance(country_code, str):
                raise TypeError(f"expected a string, got {type(country_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "countryCode") from error

        postal_address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city_name=city_name,
            country_text=country_text,
            country_code=country_code,
        )

        postal_address.additional_properties = d
        return postal_address

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
            ("address_line_1", self.address_line_1),
            ("address_line_2", self.address_line_2),
            ("address_line_3", self.address_line_3),
            ("postal_code", self.postal_code),
            ("city_name", self.city_name),
            ("country_text", self.country_text),
            ("country_code", self.country_code),
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
