from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="AutoPostingApplication")


@_attrs_define
class AutoPostingApplication:
    """An amount applied to an AR item (reducing its remaining amount towards zero).

    Attributes:
        ar_item_id (int): The AR item the amount was applied to.
        amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
    """

    ar_item_id: int
    amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ar_item_id = self.ar_item_id

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arItemId": ar_item_id,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AutoPostingApplication, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        auto_posting_application = cls(
            ar_item_id=ar_item_id,
            amount=amount,
        )

        auto_posting_application.additional_properties = d
        return auto_posting_application

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
            ("ar_item_id", self.ar_item_id),
            ("amount", self.amount),
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
