from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adb_bucket import AdbBucket
    from ..models.adb_interval import AdbInterval


T = TypeVar("T", bound="AdbIntervalList")


@_attrs_define
class AdbIntervalList:
    """The age distributed balance of the client's open AR items (or one customer's) at `asOfDate`, in one currency.
    `notDue.amount` + the sum of `intervals[].amount` + `debtCollection.amount` (when not `null`) equals
    `totalOpenAmount` exactly.

        Attributes:
            as_of_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            currency (str): ISO 4217 currency code. Values are listed by the Codes resource (`currency`). Accepted in any
                case and read in capitals (`x-armrest-case`), as every data value is case-insensitive.
            total_open_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            total_item_count (int): Open items counted.
            not_due (AdbBucket): The open amount and number of open items in one part of the ADB.
            intervals (list[AdbInterval]): The overdue intervals in order: one per requested interval length, then one open-
                ended interval for older items.
            debt_collection (AdbBucket | None): Items in debt collection, when asked for with `debtcollection=true` (they
                are then left out of `notDue` and `intervals`); `null` otherwise.
            customer_no (str | Unset): The client's number of the customer; compared case-insensitively.
    """

    as_of_date: datetime.date
    currency: str
    total_open_amount: Decimal
    total_item_count: int
    not_due: AdbBucket
    intervals: list[AdbInterval]
    debt_collection: AdbBucket | None
    customer_no: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.adb_bucket import AdbBucket  # noqa: PLC0415

        as_of_date = self.as_of_date.isoformat()

        currency = self.currency

        total_open_amount = self.total_open_amount

        total_item_count = self.total_item_count

        not_due = self.not_due.to_dict()

        intervals = []
        for intervals_item_data in self.intervals:
            intervals_item = intervals_item_data.to_dict()
            intervals.append(intervals_item)

        debt_collection: dict[str, Any] | None
        if isinstance(self.debt_collection, AdbBucket):
            debt_collection = self.debt_collection.to_dict()
        else:
            debt_collection = self.debt_collection

        customer_no = self.customer_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asOfDate": as_of_date,
                "currency": currency,
                "totalOpenAmount": total_open_amount,
                "totalItemCount": total_item_count,
                "notDue": not_due,
                "intervals": intervals,
                "debtCollection": debt_collection,
            }
        )
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adb_bucket import AdbBucket  # noqa: PLC0415
        from ..models.adb_interval import AdbInterval  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AdbIntervalList, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            as_of_date = datetime.date.fromisoformat(d.pop("asOfDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "asOfDate") from error

        try:
            currency = d.pop("currency")
            if not isinstance(currency, str):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:
            total_open_amount = decimal_of(d.pop("totalOpenAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "totalOpenAmount") from error

        try:
            total_item_count = d.pop("totalItemCount")
            if not isinstance(total_item_count, int) or isinstance(total_item_count, bool):
                raise TypeError(f"expected an integer, got {type(total_item_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "totalItemCount") from error

        try:
            not_due = AdbBucket.from_dict(d.pop("notDue"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "notDue") from error

        try:
            intervals = []
            _intervals = d.pop("intervals")
            if not isinstance(_intervals, list):
                raise TypeError(f"expected an array, got {type(_intervals).__name__}")
            for _intervals_index, intervals_item_data in enumerate(_intervals):
                try:
                    intervals_item = AdbInterval.from_dict(intervals_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _intervals_index) from error
                intervals.append(intervals_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "intervals") from error

        try:

            def _parse_debt_collection(data: object) -> AdbBucket | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    debt_collection_type_0 = AdbBucket.from_dict(data)

                    return debt_collection_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AdbBucket | None, data)

            debt_collection = _parse_debt_collection(d.pop("debtCollection", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "debtCollection") from error

        try:
            customer_no = d.pop("customerNo", UNSET)
            if not isinstance(customer_no, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        adb_interval_list = cls(
            as_of_date=as_of_date,
            currency=currency,
            total_open_amount=total_open_amount,
            total_item_count=total_item_count,
            not_due=not_due,
            intervals=intervals,
            debt_collection=debt_collection,
            customer_no=customer_no,
        )

        adb_interval_list.additional_properties = d
        return adb_interval_list

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
            ("as_of_date", self.as_of_date),
            ("currency", self.currency),
            ("total_open_amount", self.total_open_amount),
            ("total_item_count", self.total_item_count),
            ("not_due", self.not_due),
            ("intervals", self.intervals),
            ("debt_collection", self.debt_collection),
            ("customer_no", self.customer_no),
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
