from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArItemCreditNote")


@_attrs_define
class ArItemCreditNote:
    """A credit note to create for the item (an `INVOICE` or `INTERESTNOTE`) and apply to it at once.

    Attributes:
        document_no (str): The client's number of the document; compared case-insensitively.
        amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
        document_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL
            years (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside
            the range answers 400; a date the server derives from one (a due date, an expiry) that would fall after
            2100-12-31 answers 422, naming the field it is derived from.
        text (str | Unset): Description on the credit note's lines; default `Kreditnota for <documentNo of the item>`.
    """

    document_no: str
    amount: Decimal
    document_date: datetime.date | Unset = UNSET
    text: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document_no = self.document_no

        amount = self.amount

        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = self.document_date.isoformat()

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "documentNo": document_no,
                "amount": amount,
            }
        )
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemCreditNote, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            document_no = d.pop("documentNo")
            if not isinstance(document_no, str):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            _document_date = d.pop("documentDate", UNSET)
            document_date: datetime.date | Unset
            if isinstance(_document_date, Unset):
                document_date = UNSET
            else:
                document_date = datetime.date.fromisoformat(_document_date)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentDate") from error

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, str | Unset):
                raise TypeError(f"expected a string, got {type(text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "text") from error

        ar_item_credit_note = cls(
            document_no=document_no,
            amount=amount,
            document_date=document_date,
            text=text,
        )

        return ar_item_credit_note

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("document_no", self.document_no),
            ("amount", self.amount),
            ("document_date", self.document_date),
            ("text", self.text),
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
