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

T = TypeVar("T", bound="AutoPostingInput")


@_attrs_define
class AutoPostingInput:
    """One business event. Which identifiers apply depends on the method (see the operation).

    Attributes:
        posting_ref (str): The caller's id of the posting; unique in the request (422 otherwise). Echoed in the result.
        posting_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
        kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the
            client's `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
        document_no (str | Unset): The client's number of the document; compared case-insensitively.
        ar_item_id (int | Unset): The AR item the posting applies to.
        customer_no (str | Unset): The client's number of the customer; compared case-insensitively.
        payment_id (str | Unset): The bank's or payer's id of a payment (1 to 64 printable characters, no leading or
            trailing space). A payment reservation and the payment auto posting that fulfils it carry the same `paymentId`.
        bank_account_no (str | Unset): `payment`: the payer's bank account; `refund`: the account paid back to (default
            the customer's `bankAccountNo`). 11 digits with a MOD11 check digit (a wrong one fails).
        text (str | Unset): Text for the GL entries and the log item.
        validate_only (bool | Unset): When `true` on any posting, the whole request is a dry run and nothing is written.
            Default: False.
    """

    posting_ref: str
    posting_date: datetime.date
    amount: Decimal
    kid: str | Unset = UNSET
    document_no: str | Unset = UNSET
    ar_item_id: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    payment_id: str | Unset = UNSET
    bank_account_no: str | Unset = UNSET
    text: str | Unset = UNSET
    validate_only: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        posting_ref = self.posting_ref

        posting_date = self.posting_date.isoformat()

        amount = self.amount

        kid = self.kid

        document_no = self.document_no

        ar_item_id = self.ar_item_id

        customer_no = self.customer_no

        payment_id = self.payment_id

        bank_account_no = self.bank_account_no

        text = self.text

        validate_only = self.validate_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "postingRef": posting_ref,
                "postingDate": posting_date,
                "amount": amount,
            }
        )
        if kid is not UNSET:
            field_dict["kid"] = kid
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if bank_account_no is not UNSET:
            field_dict["bankAccountNo"] = bank_account_no
        if text is not UNSET:
            field_dict["text"] = text
        if validate_only is not UNSET:
            field_dict["validateOnly"] = validate_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AutoPostingInput, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            posting_ref = d.pop("postingRef")
            if not isinstance(posting_ref, str):
                raise TypeError(f"expected a string, got {type(posting_ref).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postingRef") from error

        try:
            posting_date = datetime.date.fromisoformat(d.pop("postingDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postingDate") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            kid = d.pop("kid", UNSET)
            if not isinstance(kid, str | Unset):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            document_no = d.pop("documentNo", UNSET)
            if not isinstance(document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            ar_item_id = d.pop("arItemId", UNSET)
            if not isinstance(ar_item_id, int | Unset) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            customer_no = d.pop("customerNo", UNSET)
            if not isinstance(customer_no, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            payment_id = d.pop("paymentId", UNSET)
            if not isinstance(payment_id, str | Unset):
                raise TypeError(f"expected a string, got {type(payment_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentId") from error

        try:
            bank_account_no = d.pop("bankAccountNo", UNSET)
            if not isinstance(bank_account_no, str | Unset):
                raise TypeError(f"expected a string, got {type(bank_account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bankAccountNo") from error

        try:
            text = d.pop("text", UNSET)
            if not isinstance(text, str | Unset):
                raise TypeError(f"expected a string, got {type(text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "text") from error

        try:
            validate_only = d.pop("validateOnly", UNSET)
            if not isinstance(validate_only, bool | Unset):
                raise TypeError(f"expected a boolean, got {type(validate_only).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "validateOnly") from error

        auto_posting_input = cls(
            posting_ref=posting_ref,
            posting_date=posting_date,
            amount=amount,
            kid=kid,
            document_no=document_no,
            ar_item_id=ar_item_id,
            customer_no=customer_no,
            payment_id=payment_id,
            bank_account_no=bank_account_no,
            text=text,
            validate_only=validate_only,
        )

        return auto_posting_input

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("posting_ref", self.posting_ref),
            ("posting_date", self.posting_date),
            ("amount", self.amount),
            ("kid", self.kid),
            ("document_no", self.document_no),
            ("ar_item_id", self.ar_item_id),
            ("customer_no", self.customer_no),
            ("payment_id", self.payment_id),
            ("bank_account_no", self.bank_account_no),
            ("text", self.text),
            ("validate_only", self.validate_only),
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
