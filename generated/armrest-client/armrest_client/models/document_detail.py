from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_type import DocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_item_unexpanded import ArItemUnexpanded
    from ..models.document_distribution import DocumentDistribution
    from ..models.document_line import DocumentLine
    from ..models.gl_item import GlItem


T = TypeVar("T", bound="DocumentDetail")


@_attrs_define
class DocumentDetail:
    """One document with its lines. `arItem` and `glItems` are present only when asked for with `expand`.

    Attributes:
        document_no (str): The client's number of the document; compared case-insensitively.
        document_uuid (UUID): A lower-case UUID.
        document_type (DocumentType): The kind of document. `INVOICE`, `INTERESTNOTE` (late-payment interest) and
            `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE` credits the customer and may name the invoice or
            interest note it credits (`creditedDocumentNo`).
        customer_no (str): The client's number of the customer; compared case-insensitively.
        document_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        due_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years (`GlYear`),
            so that every document, posting and other ledger event falls in a GL period. A date outside the range answers
            400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
            naming the field it is derived from.
        currency (str): ISO 4217 currency code. Values are listed by the Codes resource (`currency`). Accepted in any
            case and read in capitals (`x-armrest-case`), as every data value is case-insensitive.
        kid (str): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the client's
            `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
        reference_no (None | str): The client's own reference; `null` when none was given.
        bundle_key (None | str): The `bundleKey` the document was created with; `null` when none.
        document_bundle_id (int): The server's id of the document bundle.
        buyer_reference (None | str): The buyer's reference; `null` when none.
        seller_reference (None | str): The seller's contact; `null` when none.
        credited_document_no (None | str): The document a credit note credits; `null` for other types and for a credit
            note that names none.
        distribution (DocumentDistribution): How the document is distributed.
        amount_excl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
            More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        vat_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
            decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        amount_incl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
            More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        ar_item_id (int): The server's id of the AR item.
        created_at (datetime.datetime): An instant, RFC 3339 in UTC.
        lines (list[DocumentLine]): The lines, in `lineNo` order.
        ar_item (ArItemUnexpanded | Unset): One item of the accounts-receivable ledger, without expansions: the debt (or
            credit) one document created, or an unapplied payment (`documentType` `PAYMENT`, no document). Amounts are
            signed: positive is a debit (the customer owes), negative a credit (the client owes). A document's `arItem`
            (`expand=arItem`) nests it so; `ArItem` adds the expansions.
        gl_items (list[GlItem] | Unset): The GL entries of the document's voucher (`expand=glItems`), in `glItemId`
            order.
    """

    document_no: str
    document_uuid: UUID
    document_type: DocumentType
    customer_no: str
    document_date: datetime.date
    due_date: datetime.date
    currency: str
    kid: str
    reference_no: None | str
    bundle_key: None | str
    document_bundle_id: int
    buyer_reference: None | str
    seller_reference: None | str
    credited_document_no: None | str
    distribution: DocumentDistribution
    amount_excl_vat: Decimal
    vat_amount: Decimal
    amount_incl_vat: Decimal
    ar_item_id: int
    created_at: datetime.datetime
    lines: list[DocumentLine]
    ar_item: ArItemUnexpanded | Unset = UNSET
    gl_items: list[GlItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_no = self.document_no

        document_uuid = str(self.document_uuid)

        document_type = self.document_type.value

        customer_no = self.customer_no

        document_date = self.document_date.isoformat()

        due_date = self.due_date.isoformat()

        currency = self.currency

        kid = self.kid

        reference_no: None | str
        reference_no = self.reference_no

        bundle_key: None | str
        bundle_key = self.bundle_key

        document_bundle_id = self.document_bundle_id

        buyer_reference: None | str
        buyer_reference = self.buyer_reference

        seller_reference: None | str
        seller_reference = self.seller_reference

        credited_document_no: None | str
        credited_document_no = self.credited_document_no

        distribution = self.distribution.to_dict()

        amount_excl_vat = self.amount_excl_vat

        vat_amount = self.vat_amount

        amount_incl_vat = self.amount_incl_vat

        ar_item_id = self.ar_item_id

        created_at = self.created_at.isoformat()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        ar_item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ar_item, Unset):
            ar_item = self.ar_item.to_dict()

        gl_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gl_items, Unset):
            gl_items = []
            for gl_items_item_data in self.gl_items:
                gl_items_item = gl_items_item_data.to_dict()
                gl_items.append(gl_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentNo": document_no,
                "documentUuid": document_uuid,
                "documentType": document_type,
                "customerNo": customer_no,
                "documentDate": document_date,
                "dueDate": due_date,
                "currency": currency,
                "kid": kid,
                "referenceNo": reference_no,
                "bundleKey": bundle_key,
                "documentBundleId": document_bundle_id,
                "buyerReference": buyer_reference,
                "sellerReference": seller_reference,
                "creditedDocumentNo": credited_document_no,
                "distribution": distribution,
                "amountExclVat": amount_excl_vat,
                "vatAmount": vat_amount,
                "amountInclVat": amount_incl_vat,
                "arItemId": ar_item_id,
                "createdAt": created_at,
                "lines": lines,
            }
        )
        if ar_item is not UNSET:
            field_dict["arItem"] = ar_item
        if gl_items is not UNSET:
            field_dict["glItems"] = gl_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_item_unexpanded import ArItemUnexpanded  # noqa: PLC0415
        from ..models.document_distribution import DocumentDistribution  # noqa: PLC0415
        from ..models.document_line import DocumentLine  # noqa: PLC0415
        from ..models.gl_item import GlItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentDetail, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            document_no = d.pop("documentNo")
            if not isinstance(document_no, str):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            document_uuid = UUID(d.pop("documentUuid"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentUuid") from error

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
            due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDate") from error

        try:
            currency = d.pop("currency")
            if not isinstance(currency, str):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:
            kid = d.pop("kid")
            if not isinstance(kid, str):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:

            def _parse_reference_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            reference_no = _parse_reference_no(d.pop("referenceNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "referenceNo") from error

        try:

            def _parse_bundle_key(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            bundle_key = _parse_bundle_key(d.pop("bundleKey", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bundleKey") from error

        try:
            document_bundle_id = d.pop("documentBundleId")
            if not isinstance(document_bundle_id, int) or isinstance(document_bundle_id, bool):
                raise TypeError(f"expected an integer, got {type(document_bundle_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentBundleId") from error

        try:

            def _parse_buyer_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            buyer_reference = _parse_buyer_reference(d.pop("buyerReference", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "buyerReference") from error

        try:

            def _parse_seller_reference(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            seller_reference = _parse_seller_reference(d.pop("sellerReference", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sellerReference") from error

        try:

            def _parse_credited_document_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            credited_document_no = _parse_credited_document_no(d.pop("creditedDocumentNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "creditedDocumentNo") from error

        try:
            distribution = DocumentDistribution.from_dict(d.pop("distribution"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distribution") from error

        try:
            amount_excl_vat = decimal_of(d.pop("amountExclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountExclVat") from error

        try:
            vat_amount = decimal_of(d.pop("vatAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatAmount") from error

        try:
            amount_incl_vat = decimal_of(d.pop("amountInclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountInclVat") from error

        try:
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:
            lines = []
            _lines = d.pop("lines")
            if not isinstance(_lines, list):
                raise TypeError(f"expected an array, got {type(_lines).__name__}")
            for _lines_index, lines_item_data in enumerate(_lines):
                try:
                    lines_item = DocumentLine.from_dict(lines_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _lines_index) from error
                lines.append(lines_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lines") from error

        try:
            _ar_item = d.pop("arItem", UNSET)
            ar_item: ArItemUnexpanded | Unset
            if isinstance(_ar_item, Unset):
                ar_item = UNSET
            else:
                ar_item = ArItemUnexpanded.from_dict(_ar_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItem") from error

        try:
            _gl_items = d.pop("glItems", UNSET)
            gl_items: list[GlItem] | Unset = UNSET
            if _gl_items is not UNSET:
                if not isinstance(_gl_items, list):
                    raise TypeError(f"expected an array, got {type(_gl_items).__name__}")
                gl_items = []
                for _gl_items_index, gl_items_item_data in enumerate(_gl_items):
                    try:
                        gl_items_item = GlItem.from_dict(gl_items_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                        raise ResponseValidationError.at(error, _gl_items_index) from error
                    gl_items.append(gl_items_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glItems") from error

        document_detail = cls(
            document_no=document_no,
            document_uuid=document_uuid,
            document_type=document_type,
            customer_no=customer_no,
            document_date=document_date,
            due_date=due_date,
            currency=currency,
            kid=kid,
            reference_no=reference_no,
            bundle_key=bundle_key,
            document_bundle_id=document_bundle_id,
            buyer_reference=buyer_reference,
            seller_reference=seller_reference,
            credited_document_no=credited_document_no,
            distribution=distribution,
            amount_excl_vat=amount_excl_vat,
            vat_amount=vat_amount,
            amount_incl_vat=amount_incl_vat,
            ar_item_id=ar_item_id,
            created_at=created_at,
            lines=lines,
            ar_item=ar_item,
            gl_items=gl_items,
        )

        document_detail.additional_properties = d
        return document_detail

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
            ("document_no", self.document_no),
            ("document_uuid", self.document_uuid),
            ("document_type", self.document_type),
            ("customer_no", self.customer_no),
            ("document_date", self.document_date),
            ("due_date", self.due_date),
            ("currency", self.currency),
            ("kid", self.kid),
            ("reference_no", self.reference_no),
            ("bundle_key", self.bundle_key),
            ("document_bundle_id", self.document_bundle_id),
            ("buyer_reference", self.buyer_reference),
            ("seller_reference", self.seller_reference),
            ("credited_document_no", self.credited_document_no),
            ("distribution", self.distribution),
            ("amount_excl_vat", self.amount_excl_vat),
            ("vat_amount", self.vat_amount),
            ("amount_incl_vat", self.amount_incl_vat),
            ("ar_item_id", self.ar_item_id),
            ("created_at", self.created_at),
            ("lines", self.lines),
            ("ar_item", self.ar_item),
            ("gl_items", self.gl_items),
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
