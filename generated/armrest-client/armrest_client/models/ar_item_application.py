from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.ar_item_application_source import ArItemApplicationSource
from ..types import Unset

T = TypeVar("T", bound="ArItemApplication")


@_attrs_define
class ArItemApplication:
    """An amount settled on the item: part of a payment or write-off (`AUTOPOSTING`) or of a credit note applied to it
    (`CREDITNOTE`).

        Attributes:
            application_id (int): The server's id of the application (the same on both items of a credit note application).
            amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
            applied_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            source (ArItemApplicationSource): What settled the amount.
            voucher_no (int): Number of the voucher (bilag) the GL item belongs to. Every voucher is one business event (a
                document, an auto posting, a credit note); the amounts of its GL items sum to zero.
            counterpart_ar_item_id (int | None): The other AR item of the settlement: the credit note's item on the credited
                item and the credited item on the credit note's; `null` for a payment or write-off.
    """

    application_id: int
    amount: Decimal
    applied_date: datetime.date
    source: ArItemApplicationSource
    voucher_no: int
    counterpart_ar_item_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        amount = self.amount

        applied_date = self.applied_date.isoformat()

        source = self.source.value

        voucher_no = self.voucher_no

        counterpart_ar_item_id: int | None
        counterpart_ar_item_id = self.counterpart_ar_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "amount": amount,
                "appliedDate": applied_date,
                "source": source,
                "voucherNo": voucher_no,
                "counterpartArItemId": counterpart_ar_item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemApplication, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            application_id = d.pop("applicationId")
            if not isinstance(application_id, int) or isinstance(application_id, bool):
                raise TypeError(f"expected an integer, got {type(application_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "applicationId") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            applied_date = datetime.date.fromisoformat(d.pop("appliedDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "appliedDate") from error

        try:
            source = ArItemApplicationSource.parse(d.pop("source"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "source") from error

        try:
            voucher_no = d.pop("voucherNo")
            if not isinstance(voucher_no, int) or isinstance(voucher_no, bool):
                raise TypeError(f"expected an integer, got {type(voucher_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "voucherNo") from error

        try:

            def _parse_counterpart_ar_item_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            counterpart_ar_item_id = _parse_counterpart_ar_item_id(d.pop("counterpartArItemId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "counterpartArItemId") from error

        ar_item_application = cls(
            application_id=application_id,
            amount=amount,
            applied_date=applied_date,
            source=source,
            voucher_no=voucher_no,
            counterpart_ar_item_id=counterpart_ar_item_id,
        )

        ar_item_application.additional_properties = d
        return ar_item_application

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
            ("application_id", self.application_id),
            ("amount", self.amount),
            ("applied_date", self.applied_date),
            ("source", self.source),
            ("voucher_no", self.voucher_no),
            ("counterpart_ar_item_id", self.counterpart_ar_item_id),
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
