from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PostalAddressRequest")


@_attrs_define
class PostalAddressRequest:
    """The postal address group, changed as a whole: sending it with any one of its fields replaces all seven, and the
    fields not sent become empty strings. The empty string is a valid value.

        Attributes:
            address_line_1 (str | Unset): First address line (street and number, or c/o).
            address_line_2 (str | Unset): Second address line.
            address_line_3 (str | Unset): Third address line.
            postal_code (str | Unset): Postal code (4 digits in Norway).
            city_name (str | Unset): Postal place (city).
            country_text (str | Unset): Country name as printed on the address.
            country_code (str | Unset): ISO 3166-1 alpha-2 country code; empty means Norway.
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city_name: str | Unset = UNSET
    country_text: str | Unset = UNSET
    country_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        postal_code = self.postal_code

        city_name = self.city_name

        country_text = self.country_text

        country_code = self.country_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city_name is not UNSET:
            field_dict["cityName"] = city_name
        if country_text is not UNSET:
            field_dict["countryText"] = country_text
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of PostalAddressRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            address_line_1 = d.pop("addressLine1", UNSET)
            if not isinstance(address_line_1, str | Unset):
                raise TypeError(f"expected a string, got {type(address_line_1).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine1") from error

        try:
            address_line_2 = d.pop("addressLine2", UNSET)
            if not isinstance(address_line_2, str | Unset):
                raise TypeError(f"expected a string, got {type(address_line_2).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine2") from error

        try:
            address_line_3 = d.pop("addressLine3", UNSET)
            if not isinstance(address_line_3, str | Unset):
                raise TypeError(f"expected a string, got {type(address_line_3).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "addressLine3") from error

        try:
            postal_code = d.pop("postalCode", UNSET)
            if not isinstance(postal_code, str | Unset):
                raise TypeError(f"expected a string, got {type(postal_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalCode") from error

        try:
            city_name = d.pop("cityName", UNSET)
            if not isinstance(city_name, str | Unset):
                raise TypeError(f"expected a string, got {type(city_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "cityName") from error

        try:
            country_text = d.pop("countryText", UNSET)
            if not isinstance(country_text, str | Unset):
                raise TypeError(f"expected a string, got {type(country_text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "countryText") from error

        try:
            country_code = d.pop("countryCode", UNSET)
            if not isinstance(country_code, str | Unset):
                raise TypeError(f"expected a string, got {type(country_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "countryCode") from error

        postal_address_request = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            postal_code=postal_code,
            city_name=city_name,
            country_text=country_text,
            country_code=country_code,
        )

        return postal_address_request

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
