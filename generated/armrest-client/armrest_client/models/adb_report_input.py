from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adb_report_interval import AdbReportInterval


T = TypeVar("T", bound="AdbReportInput")


@_attrs_define
class AdbReportInput:
    """Parameters of the `adb` report; only allowed for that report type (422 otherwise). When absent, the intervals come
    from the client's configuration `adbIntervals` and no debt collection column is made.

        Attributes:
            intervals (list[AdbReportInterval]): The overdue intervals. `intervalNo` values must be unique (422 otherwise);
                the report orders the intervals by `intervalNo` whatever the order sent. Interval k covers the days overdue
                after the intervals before it, `intervalLength` days long; items older than all of them fall in a final open-
                ended column.
            debt_collection_column (bool | Unset): Show items in debt collection in a column of their own instead of in
                their age column. Default: False.
    """

    intervals: list[AdbReportInterval]
    debt_collection_column: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        intervals = []
        for intervals_item_data in self.intervals:
            intervals_item = intervals_item_data.to_dict()
            intervals.append(intervals_item)

        debt_collection_column = self.debt_collection_column

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intervals": intervals,
            }
        )
        if debt_collection_column is not UNSET:
            field_dict["debtCollectionColumn"] = debt_collection_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adb_report_interval import AdbReportInterval  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AdbReportInput, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            intervals = []
            _intervals = d.pop("intervals")
            if not isinstance(_intervals, list):
                raise TypeError(f"expected an array, got {type(_intervals).__name__}")
            for _intervals_index, intervals_item_data in enumerate(_intervals):
                try:
                    intervals_item = AdbReportInterval.from_dict(intervals_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _intervals_index) from error
                intervals.append(intervals_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "intervals") from error

        try:
            debt_collection_column = d.pop("debtCollectionColumn", UNSET)
            if not isinstance(debt_collection_column, bool | Unset):
                raise TypeError(f"expected a boolean, got {type(debt_collection_column).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "debtCollectionColumn") from error

        adb_report_input = cls(
            intervals=intervals,
            debt_collection_column=debt_collection_column,
        )

        return adb_report_input

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("intervals", self.intervals),
            ("debt_collection_column", self.debt_collection_column),
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
