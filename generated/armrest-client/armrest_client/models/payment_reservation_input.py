from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentReservationInput")


@_attrs_define
class PaymentReservationInput:
    """The announced payment and what it pays: a document's AR item (`arItemId`, `documentNo`, `documentUuid`,
    `referenceNo` or the document `kid`) or a customer (`accountNo`, `customerNo` or `customerKid`). At least one
    identifier is required; every one given must lead to the same target.

        Attributes:
            payment_id (str): The bank's or payer's id of a payment (1 to 64 printable characters, no leading or trailing
                space). A payment reservation and the payment auto posting that fulfils it carry the same `paymentId`.
            amount (Decimal): A positive amount with at most two decimals (more answer 422 `decimals`).
            payment_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            expires_on (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            ar_item_id (int | Unset): The AR item of the document paid.
            document_no (str | Unset): The client's number of the document; compared case-insensitively.
            document_uuid (UUID | Unset): A lower-case UUID.
            reference_no (str | Unset): The document paid, by the client's own reference (must match exactly one document).
            kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the
                client's `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
            account_no (int | Unset): The customer paying, by AR account number.
            customer_no (str | Unset): The client's number of the customer; compared case-insensitively.
            customer_kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit,
                as the client's `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
    """

    payment_id: str
    amount: Decimal
    payment_date: datetime.date | Unset = UNSET
    expires_on: datetime.date | Unset = UNSET
    ar_item_id: int | Unset = UNSET
    document_no: str | Unset = UNSET
    document_uuid: UUID | Unset = UNSET
    reference_no: str | Unset = UNSET
    kid: str | Unset = UNSET
    account_no: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    customer_kid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        payment_id = self.payment_id

        amount = self.amount

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        ar_item_id = self.ar_item_id

        document_no = self.document_no

        document_uuid: str | Unset = UNSET
        if not isinstance(self.document_uuid, Unset):
            document_uuid = str(self.document_uuid)

        reference_no = self.reference_no

        kid = self.kid

        account_no = self.account_no

        customer_no = self.customer_no

        customer_kid = self.customer_kid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "paymentId": payment_id,
                "amount": amount,
            }
        )
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if document_uuid is not UNSET:
            field_dict["documentUuid"] = document_uuid
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if kid is not UNSET:
            field_dict["kid"] = kid
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if customer_kid is not UNSET:
            field_dict["customerKid"] = customer_kid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of PaymentReservationInput, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            payment_id = d.pop("paymentId")
            if not isinstance(payment_id, str):
                raise TypeError(f"expected a string, got {type(payment_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentId") from error

        try:
            amount = decimal_of(d.pop("amount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amount") from error

        try:
            _payment_date = d.pop("paymentDate", UNSET)
            payment_date: datetime.date | Unset
            if isinstance(_payment_date, Unset):
                payment_date = UNSET
            else:
                payment_date = datetime.date.fromisoformat(_payment_date)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentDate") from error

        try:
            _expires_on = d.pop("expiresOn", UNSET)
            expires_on: datetime.date | Unset
            if isinstance(_expires_on, Unset):
                expires_on = UNSET
            else:
                expires_on = datetime.date.fromisoformat(_expires_on)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "expiresOn") from error

        try:
            ar_item_id = d.pop("arItemId", UNSET)
            if not isinstance(ar_item_id, int | Unset) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            document_no = d.pop("documentNo", UNSET)
            if not isinstance(document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            _document_uuid = d.pop("documentUuid", UNSET)
            document_uuid: UUID | Unset
            if isinstance(_document_uuid, Unset):
                document_uuid = UNSET
            else:
                document_uuid = UUID(_document_uuid)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentUuid") from error

        try:
            reference_no = d.pop("referenceNo", UNSET)
            if not isinstance(reference_no, str | Unset):
                raise TypeError(f"expected a string, got {type(reference_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "referenceNo") from error

        try:
            kid = d.pop("kid", UNSET)
            if not isinstance(kid, str | Unset):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            account_no = d.pop("accountNo", UNSET)
            if not isinstance(account_no, int | Unset) or isinstance(account_no, bool):
                raise TypeError(f"expected an integer, got {type(account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountNo") from error

        try:
            customer_no = d.pop("customerNo", UNSET)
            if not isinstance(customer_no, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            customer_kid = d.pop("customerKid", UNSET)
            if not isinstance(customer_kid, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerKid") from error

        payment_reservation_input = cls(
            payment_id=payment_id,
            amount=amount,
            payment_date=payment_date,
            expires_on=expires_on,
            ar_item_id=ar_item_id,
            document_no=document_no,
            document_uuid=document_uuid,
            reference_no=reference_no,
            kid=kid,
            account_no=account_no,
            customer_no=customer_no,
            customer_kid=customer_kid,
        )

        return payment_reservation_input

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("payment_id", self.payment_id),
            ("amount", self.amount),
            ("payment_date", self.payment_date),
            ("expires_on", self.expires_on),
            ("ar_item_id", self.ar_item_id),
            ("document_no", self.document_no),
            ("document_uuid", self.document_uuid),
            ("reference_no", self.reference_no),
            ("kid", self.kid),
            ("account_no", self.account_no),
            ("customer_no", self.customer_no),
            ("customer_kid", self.customer_kid),
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
