from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="AdbBucket")


@_attrs_define
class AdbBucket:
    """The open amount and number of open items in one part of the ADB.

    Attributes:
        amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
            decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        item_count (int): Open items counted.
    """

    amount: Decimal
    item_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        item_count = self.item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "itemCount": item_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of AdbBucket, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            item_count = d.pop("itemCount")
            if not isinstance(item_count, int) or isinstance(item_count, bool):
                raise TypeError(f"expected an integer, got {type(item_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "itemCount") from error

        adb_bucket = cls(
            amount=amount,
            item_count=item_count,
        )

        adb_bucket.additional_properties = d
        return adb_bucket

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
            ("amount", self.amount),
            ("item_count", self.item_count),
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
