from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="AdbInterval")


@_attrs_define
class AdbInterval:
    """One overdue interval of the ADB.

    Attributes:
        interval_no (int): Position of the interval, from 1; the last one is open-ended.
        from_days (int): First day overdue the interval covers (age = asOfDate - dueDate, in days).
        to_days (int | None): Last day overdue the interval covers; `null` for the last, open-ended interval.
        amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
            decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        item_count (int): Open items in the interval.
    """

    interval_no: int
    from_days: int
    to_days: int | None
    amount: Decimal
    item_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval_no = self.interval_no

        from_days = self.from_days

        to_days: int | None
        to_days = self.to_days

        amount = self.amount

        item_count = self.item_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intervalNo": interval_no,
                "fromDays": from_days,
                "toDays": to_days,
                "amount": amount,
                "itemCount": item_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of AdbInterval, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            interval_no = d.pop("intervalNo")
            if not isinstance(interval_no, int) or isinstance(interval_no, bool):
                raise TypeError(f"expected an integer, got {type(interval_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "intervalNo") from error

        try:
            from_days = d.pop("fromDays")
            if not isinstance(from_days, int) or isinstance(from_days, bool):
                raise TypeError(f"expected an integer, got {type(from_days).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fromDays") from error

        try:

            def _parse_to_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            to_days = _parse_to_days(d.pop("toDays", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "toDays") from error

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

        adb_interval = cls(
            interval_no=interval_no,
            from_days=from_days,
            to_days=to_days,
            amount=amount,
            item_count=item_count,
        )

        adb_interval.additional_properties = d
        return adb_interval

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
            ("interval_no", self.interval_no),
            ("from_days", self.from_days),
            ("to_days", self.to_days),
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
