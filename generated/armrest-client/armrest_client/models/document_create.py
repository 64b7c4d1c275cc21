from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_type import DocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_distribution_create import DocumentDistributionCreate
    from ..models.document_line_create import DocumentLineCreate


T = TypeVar("T", bound="DocumentCreate")


@_attrs_define
class DocumentCreate:
    """A new document. Totals are computed from the lines; totals sent must equal the computed ones. `creditedDocumentNo`
    is allowed only on a `CREDITNOTE`, and the lines of an `INTERESTNOTE` or a `REMINDER` must have `vatRate` 0
    (interest and reminder fees are outside the scope of VAT): both answer 422 otherwise.

        Attributes:
            document_no (str): The client's number of the document; compared case-insensitively.
            document_type (DocumentType): The kind of document. `INVOICE`, `INTERESTNOTE` (late-payment interest) and
                `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE` credits the customer and may name the invoice or
                interest note it credits (`creditedDocumentNo`).
            customer_no (str): The client's number of the customer; compared case-insensitively.
            document_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            lines (list[DocumentLineCreate]): The document's lines, 1 to 1000, each with a unique `lineNo`.
            due_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            currency (str | Unset): ISO 4217 currency code. Values are listed by the Codes resource (`currency`). Accepted
                in any case and read in capitals (`x-armrest-case`), as every data value is case-insensitive.
            kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the
                client's `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
            reference_no (str | Unset): The client's own reference, e.g. an order number.
            bundle_key (str | Unset): Documents of one customer with the same `bundleKey` belong to one document bundle and
                are distributed together. Without it the document gets a bundle of its own.
            buyer_reference (str | Unset): The buyer's reference (their contact or order reference); default the customer's
                `buyerReference`.
            seller_reference (str | Unset): The seller's contact; default the customer's `sellerReference`.
            credited_document_no (str | Unset): The client's number of the document; compared case-insensitively.
            distribution (DocumentDistributionCreate | Unset): How the document is to be distributed. Absent keys take the
                customer's values.
            amount_excl_vat (Decimal | Unset): An amount in the currency of its record, a JSON number with at most two
                decimals. More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather
                than `multipleOf: 0.01`, which float-based validators misjudge).
            vat_amount (Decimal | Unset): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            amount_incl_vat (Decimal | Unset): An amount in the currency of its record, a JSON number with at most two
                decimals. More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather
                than `multipleOf: 0.01`, which float-based validators misjudge).
    """

    document_no: str
    document_type: DocumentType
    customer_no: str
    document_date: datetime.date
    lines: list[DocumentLineCreate]
    due_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    kid: str | Unset = UNSET
    reference_no: str | Unset = UNSET
    bundle_key: str | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    seller_reference: str | Unset = UNSET
    credited_document_no: str | Unset = UNSET
    distribution: DocumentDistributionCreate | Unset = UNSET
    amount_excl_vat: Decimal | Unset = UNSET
    vat_amount: Decimal | Unset = UNSET
    amount_incl_vat: Decimal | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document_no = self.document_no

        document_type = self.document_type.value

        customer_no = self.customer_no

        document_date = self.document_date.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        currency = self.currency

        kid = self.kid

        reference_no = self.reference_no

        bundle_key = self.bundle_key

        buyer_reference = self.buyer_reference

        seller_reference = self.seller_reference

        credited_document_no = self.credited_document_no

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        amount_excl_vat = self.amount_excl_vat

        vat_amount = self.vat_amount

        amount_incl_vat = self.amount_incl_vat

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "documentNo": document_no,
                "documentType": document_type,
                "customerNo": customer_no,
                "documentDate": document_date,
                "lines": lines,
            }
        )
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if kid is not UNSET:
            field_dict["kid"] = kid
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if bundle_key is not UNSET:
            field_dict["bundleKey"] = bundle_key
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if seller_reference is not UNSET:
            field_dict["sellerReference"] = seller_reference
        if credited_document_no is not UNSET:
            field_dict["creditedDocumentNo"] = credited_document_no
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if amount_excl_vat is not UNSET:
            field_dict["amountExclVat"] = amount_excl_vat
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if amount_incl_vat is not UNSET:
            field_dict["amountInclVat"] = amount_incl_vat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_distribution_create import DocumentDistributionCreate  # noqa: PLC0415
        from ..models.document_line_create import DocumentLineCreate  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentCreate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            document_no = d.pop("documentNo")
            if not isinstance(document_no, str):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            document_type = DocumentType.parse(d.pop("documentType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentType") from error

        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            document_date = datetime.date.fromisoformat(d.pop("documentDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentDate") from error

        try:
            lines = []
            _lines = d.pop("lines")
            if not isinstance(_lines, list):
                raise TypeError(f"expected an array, got {type(_lines).__name__}")
            for _lines_index, lines_item_data in enumerate(_lines):
                try:
                    lines_item = DocumentLineCreate.from_dict(lines_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _lines_index) from error
                lines.append(lines_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lines") from error

        try:
            _due_date = d.pop("dueDate", UNSET)
            due_date: datetime.date | Unset
            if isinstance(_due_date, Unset):
                due_date = UNSET
            else:
                due_date = datetime.date.fromisoformat(_due_date)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDate") from error

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, str | Unset):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:
            kid = d.pop("kid", UNSET)
            if not isinstance(kid, str | Unset):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            reference_no = d.pop("referenceNo", UNSET)
            if not isinstance(reference_no, str | Unset):
                raise TypeError(f"expected a string, got {type(reference_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "referenceNo") from error

        try:
            bundle_key = d.pop("bundleKey", UNSET)
            if not isinstance(bundle_key, str | Unset):
                raise TypeError(f"expected a string, got {type(bundle_key).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bundleKey") from error

        try:
            buyer_reference = d.pop("buyerReference", UNSET)
            if not isinstance(buyer_reference, str | Unset):
                raise TypeError(f"expected a string, got {type(buyer_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "buyerReference") from error

        try:
            seller_reference = d.pop("sellerReference", UNSET)
            if not isinstance(seller_reference, str | Unset):
                raise TypeError(f"expected a string, got {type(seller_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sellerReference") from error

        try:
            credited_document_no = d.pop("creditedDocumentNo", UNSET)
            if not isinstance(credited_document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(credited_document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "creditedDocumentNo") from error

        try:
            _distribution = d.pop("distribution", UNSET)
            distribution: DocumentDistributionCreate | Unset
            if isinstance(_distribution, Unset):
                distribution = UNSET
            else:
                distribution = DocumentDistributionCreate.from_dict(_distribution)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distribution") from error

        try:
            _amount_excl_vat = d.pop("amountExclVat", UNSET)
            amount_excl_vat: Decimal | Unset
            if isinstance(_amount_excl_vat, Unset):
                amount_excl_vat = UNSET
            else:
                amount_excl_vat = decimal_of(_amount_excl_vat)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountExclVat") from error

        try:
            _vat_amount = d.pop("vatAmount", UNSET)
            vat_amount: Decimal | Unset
            if isinstance(_vat_amount, Unset):
                vat_amount = UNSET
            else:
                vat_amount = decimal_of(_vat_amount)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatAmount") from error

        try:
            _amount_incl_vat = d.pop("amountInclVat", UNSET)
            amount_incl_vat: Decimal | Unset
            if isinstance(_amount_incl_vat, Unset):
                amount_incl_vat = UNSET
            else:
                amount_incl_vat = decimal_of(_amount_incl_vat)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountInclVat") from error

        document_create = cls(
            document_no=document_no,
            document_type=document_type,
            customer_no=customer_no,
            document_date=document_date,
            lines=lines,
            due_date=due_date,
            currency=currency,
            kid=kid,
            reference_no=reference_no,
            bundle_key=bundle_key,
            buyer_reference=buyer_reference,
            seller_reference=seller_reference,
            credited_document_no=credited_document_no,
            distribution=distribution,
            amount_excl_vat=amount_excl_vat,
            vat_amount=vat_amount,
            amount_incl_vat=amount_incl_vat,
        )

        return document_create

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("document_no", self.document_no),
            ("document_type", self.document_type),
            ("customer_no", self.customer_no),
            ("document_date", self.document_date),
            ("lines", self.lines),
            ("due_date", self.due_date),
            ("currency", self.currency),
            ("kid", self.kid),
            ("reference_no", self.reference_no),
            ("bundle_key", self.bundle_key),
            ("buyer_reference", self.buyer_reference),
            ("seller_reference", self.seller_reference),
            ("credited_document_no", self.credited_document_no),
            ("distribution", self.distribution),
            ("amount_excl_vat", self.amount_excl_vat),
            ("vat_amount", self.vat_amount),
            ("amount_incl_vat", self.amount_incl_vat),
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
