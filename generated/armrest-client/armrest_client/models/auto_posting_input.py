from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
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
        d = dict(src_dict)
        posting_ref = d.pop("postingRef")

        posting_date = datetime.date.fromisoformat(d.pop("postingDate"))

        amount = decimal_of(d.pop("amount"))

        kid = d.pop("kid", UNSET)

        document_no = d.pop("documentNo", UNSET)

        ar_item_id = d.pop("arItemId", UNSET)

        customer_no = d.pop("customerNo", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        bank_account_no = d.pop("bankAccountNo", UNSET)

        text = d.pop("text", UNSET)

        validate_only = d.pop("validateOnly", UNSET)

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
