from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.gl_item_source import GlItemSource
from ..types import Unset

T = TypeVar("T", bound="GlItem")


@_attrs_define
class GlItem:
    """One entry on one GL account. Entries are grouped in vouchers (`voucherNo`) whose amounts sum to zero. GL items are
    never changed or deleted: a correction is a new voucher (a credit note, an auto posting).

        Attributes:
            gl_item_id (int): The server's id of the GL item.
            voucher_no (int): Number of the voucher (bilag) the GL item belongs to. Every voucher is one business event (a
                document, an auto posting, a credit note); the amounts of its GL items sum to zero.
            gl_year (int): GL year (the calendar year of the posting date). Its bounds are those of every date the API takes
                (`CalendarDate`, 2000-01-01 to 2100-12-31), so every document and posting falls in a GL year.
            gl_period (int): GL period, the calendar month of the posting date (1 = January).
            posting_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            account_no (str): GL account number (Norwegian standard chart of accounts, NS 4102). Accounts in use: 1500
                Kundefordringer / Accounts receivable, 1920 Bank, 2700 Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt /
                Sales revenue, 3900 Gebyrinntekt / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt /
                Interest income.
            account_name (str): Name of the GL account, in the language asked for by `Accept-Language` (Norwegian by
                default).
            amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
                decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            text (str): What the entry is, written by the server in the language asked for by `Accept-Language` (`Faktura
                100234` / `Invoice 100234`).
            document_no (None | str): The document that caused the entry; `null` for entries that belong to no document.
            ar_item_id (int | None): The AR item the entry belongs to (on account 1500 and its counter-entries); `null` when
                none.
            customer_no (None | str): The customer the entry belongs to; `null` when none.
            source (GlItemSource): What posted the GL item: `DOCUMENT` (a document created with createDocument or a document
                batch, credit note documents included), `AUTOPOSTING` (an auto posting: payment, write-off, refund, ...),
                `CREDITNOTE` (a credit note made with updateArItem for an existing invoice or interest note).
            created_at (datetime.datetime): An instant, RFC 3339 in UTC.
    """

    gl_item_id: int
    voucher_no: int
    gl_year: int
    gl_period: int
    posting_date: datetime.date
    account_no: str
    account_name: str
    amount: Decimal
    text: str
    document_no: None | str
    ar_item_id: int | None
    customer_no: None | str
    source: GlItemSource
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gl_item_id = self.gl_item_id

        voucher_no = self.voucher_no

        gl_year = self.gl_year

        gl_period = self.gl_period

        posting_date = self.posting_date.isoformat()

        account_no = self.account_no

        account_name = self.account_name

        amount = self.amount

        text = self.text

        document_no: None | str
        document_no = self.document_no

        ar_item_id: int | None
        ar_item_id = self.ar_item_id

        customer_no: None | str
        customer_no = self.customer_no

        source = self.source.value

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "glItemId": gl_item_id,
                "voucherNo": voucher_no,
                "glYear": gl_year,
                "glPeriod": gl_period,
                "postingDate": posting_date,
                "accountNo": account_no,
                "accountName": account_name,
                "amount": amount,
                "text": text,
                "documentNo": document_no,
                "arItemId": ar_item_id,
                "customerNo": customer_no,
                "source": source,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of GlItem, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            gl_item_id = d.pop("glItemId")
            if not isinstance(gl_item_id, int) or isinstance(gl_item_id, bool):
                raise TypeError(f"expected an integer, got {type(gl_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glItemId") from error

        try:
            voucher_no = d.pop("voucherNo")
            if not isinstance(voucher_no, int) or isinstance(voucher_no, bool):
                raise TypeError(f"expected an integer, got {type(voucher_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "voucherNo") from error

        try:
            gl_year = d.pop("glYear")
            if not isinstance(gl_year, int) or isinstance(gl_year, bool):
                raise TypeError(f"expected an integer, got {type(gl_year).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glYear") from error

        try:
            gl_period = d.pop("glPeriod")
            if not isinstance(gl_period, int) or isinstance(gl_period, bool):
                raise TypeError(f"expected an integer, got {type(gl_period).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glPeriod") from error

        try:
            posting_date = datetime.date.fromisoformat(d.pop("postingDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postingDate") from error

        try:
            account_no = d.pop("accountNo")
            if not isinstance(account_no, str):
                raise TypeError(f"expected a string, got {type(account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountNo") from error

        try:
            account_name = d.pop("accountName")
            if not isinstance(account_name, str):
                raise TypeError(f"expected a string, got {type(account_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountName") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            text = d.pop("text")
            if not isinstance(text, str):
                raise TypeError(f"expected a string, got {type(text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "text") from error

        try:

            def _parse_document_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            document_no = _parse_document_no(d.pop("documentNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:

            def _parse_ar_item_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            ar_item_id = _parse_ar_item_id(d.pop("arItemId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:

            def _parse_customer_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            customer_no = _parse_customer_no(d.pop("customerNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            source = GlItemSource.parse(d.pop("source"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "source") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        gl_item = cls(
            gl_item_id=gl_item_id,
            voucher_no=voucher_no,
            gl_year=gl_year,
            gl_period=gl_period,
            posting_date=posting_date,
            account_no=account_no,
            account_name=account_name,
            amount=amount,
            text=text,
            document_no=document_no,
            ar_item_id=ar_item_id,
            customer_no=customer_no,
            source=source,
            created_at=created_at,
        )

        gl_item.additional_properties = d
        return gl_item

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
            ("gl_item_id", self.gl_item_id),
            ("voucher_no", self.voucher_no),
            ("gl_year", self.gl_year),
            ("gl_period", self.gl_period),
            ("posting_date", self.posting_date),
            ("account_no", self.account_no),
            ("account_name", self.account_name),
            ("amount", self.amount),
            ("text", self.text),
            ("document_no", self.document_no),
            ("ar_item_id", self.ar_item_id),
            ("customer_no", self.customer_no),
            ("source", self.source),
            ("created_at", self.created_at),
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
