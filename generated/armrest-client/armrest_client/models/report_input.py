from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.include_sum_text import IncludeSumText
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adb_report_input import AdbReportInput


T = TypeVar("T", bound="ReportInput")


@_attrs_define
class ReportInput:
    """Parameters of the report.

    Attributes:
        include_sum (bool | IncludeSumText): Whether the report ends with a sum row. `true`, `"true"` and `"includeSum"`
            (the value Amili's documentation sends) mean yes; `false` and `"false"` mean no.
        as_of_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        adb (AdbReportInput | Unset): Parameters of the `adb` report; only allowed for that report type (422 otherwise).
            When absent, the intervals come from the client's configuration `adbIntervals` and no debt collection column is
            made.
    """

    include_sum: bool | IncludeSumText
    as_of_date: datetime.date | Unset = UNSET
    adb: AdbReportInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        include_sum: bool | str
        if isinstance(self.include_sum, IncludeSumText):
            include_sum = self.include_sum.value
        else:
            include_sum = self.include_sum

        as_of_date: str | Unset = UNSET
        if not isinstance(self.as_of_date, Unset):
            as_of_date = self.as_of_date.isoformat()

        adb: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adb, Unset):
            adb = self.adb.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "includeSum": include_sum,
            }
        )
        if as_of_date is not UNSET:
            field_dict["asOfDate"] = as_of_date
        if adb is not UNSET:
            field_dict["adb"] = adb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adb_report_input import AdbReportInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of ReportInput, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:

            def _parse_include_sum(data: object) -> bool | IncludeSumText:
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    include_sum_type_1 = IncludeSumText.parse(data)

                    return include_sum_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | IncludeSumText, data)

            include_sum = _parse_include_sum(d.pop("includeSum"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "includeSum") from error

        try:
            _as_of_date = d.pop("asOfDate", UNSET)
            as_of_date: datetime.date | Unset
            if isinstance(_as_of_date, Unset):
                as_of_date = UNSET
            else:
                as_of_date = datetime.date.fromisoformat(_as_of_date)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "asOfDate") from error

        try:
            _adb = d.pop("adb", UNSET)
            adb: AdbReportInput | Unset
            if isinstance(_adb, Unset):
                adb = UNSET
            else:
                adb = AdbReportInput.from_dict(_adb)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "adb") from error

        report_input = cls(
            include_sum=include_sum,
            as_of_date=as_of_date,
            adb=adb,
        )

        return report_input

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("include_sum", self.include_sum),
            ("as_of_date", self.as_of_date),
            ("adb", self.adb),
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
