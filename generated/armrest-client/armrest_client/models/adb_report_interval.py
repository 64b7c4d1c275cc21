from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="AdbReportInterval")


@_attrs_define
class AdbReportInterval:
    """One overdue interval of the ADB report.

    Attributes:
        interval_no (int): Position of the interval (unique in the request).
        interval_length (int): Length of the interval in days.
    """

    interval_no: int
    interval_length: int

    def to_dict(self) -> dict[str, Any]:
        interval_no = self.interval_no

        interval_length = self.interval_length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intervalNo": interval_no,
                "intervalLength": interval_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AdbReportInterval, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            interval_no = d.pop("intervalNo")
            if not isinstance(interval_no, int) or isinstance(interval_no, bool):
                raise TypeError(f"expected an integer, got {type(interval_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "intervalNo") from error

        try:
            interval_length = d.pop("intervalLength")
            if not isinstance(interval_length, int) or isinstance(interval_length, bool):
                raise TypeError(f"expected an integer, got {type(interval_length).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "intervalLength") from error

        adb_report_interval = cls(
            interval_no=interval_no,
            interval_length=interval_length,
        )

        return adb_report_interval

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("interval_no", self.interval_no),
            ("interval_length", self.interval_length),
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
