from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_type import DocumentType
from ..types import Unset

T = TypeVar("T", bound="DocumentBundleDocument")


@_attrs_define
class DocumentBundleDocument:
    """One document of a bundle.

    Attributes:
        document_no (str): The client's number of the document; compared case-insensitively.
        document_type (DocumentType): The kind of document. `INVOICE`, `INTERESTNOTE` (late-payment interest) and
            `REMINDER` (the reminder fee) debit the customer; `CREDITNOTE` credits the customer and may name the invoice or
            interest note it credits (`creditedDocumentNo`).
        document_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        amount_incl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
            More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
    """

    document_no: str
    document_type: DocumentType
    document_date: datetime.date
    amount_incl_vat: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_no = self.document_no

        document_type = self.document_type.value

        document_date = self.document_date.isoformat()

        amount_incl_vat = self.amount_incl_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentNo": document_no,
                "documentType": document_type,
                "documentDate": document_date,
                "amountInclVat": amount_incl_vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentBundleDocument, got {type(src_dict).__name__}"
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
            document_date = datetime.date.fromisoformat(d.pop("documentDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentDate") from error

        try:
            amount_incl_vat = decimal_of(d.pop("amountInclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountInclVat") from error

        document_bundle_document = cls(
            document_no=document_no,
            document_type=document_type,
            document_date=document_date,
            amount_incl_vat=amount_incl_vat,
        )

        document_bundle_document.additional_properties = d
        return document_bundle_document

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
            ("document_type", self.document_type),
            ("document_date", self.document_date),
            ("amount_incl_vat", self.amount_incl_vat),
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
