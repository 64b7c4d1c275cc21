from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_bundle_status import DocumentBundleStatus
from ..types import Unset

if TYPE_CHECKING:
    from ..models.document_bundle_document import DocumentBundleDocument


T = TypeVar("T", bound="DocumentBundle")


@_attrs_define
class DocumentBundle:
    """Documents of one customer distributed together. Documents created with the same `customerNo` and `bundleKey` share
    one bundle, created with the first of them; a document without `bundleKey` gets a bundle of its own (`bundleKey`
    `null`).

        Attributes:
            document_bundle_id (int): The server's id of the document bundle.
            customer_no (str): The client's number of the customer; compared case-insensitively.
            bundle_key (None | str): The documents' `bundleKey`; `null` for the bundle of a document sent without one.
            distribution_type (str): Distribution type code, as the customer's `distribution.type` (values listed by the
                Codes resource, `distributiontype`). Empty when neither the document nor its customer names one: ARMrest then
                does not send the document (the client does).
            status (DocumentBundleStatus): `DISTRIBUTED`: the bundle's documents have been handed to distribution. ARMrest
                distributes a document when it is created, so every bundle is `DISTRIBUTED` from its creation on. `OPEN` (a
                bundle held back to collect more documents before distribution) is reserved for a deferred-distribution setting
                and is not answered today.
            created_at (datetime.datetime): An instant, RFC 3339 in UTC.
            document_count (int): Number of documents in the bundle (at most 10000).
            total_amount_incl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two
                decimals. More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather
                than `multipleOf: 0.01`, which float-based validators misjudge).
            documents (list[DocumentBundleDocument]): The bundle's documents, in `documentDate` then `documentNo` order.
    """

    document_bundle_id: int
    customer_no: str
    bundle_key: None | str
    distribution_type: str
    status: DocumentBundleStatus
    created_at: datetime.datetime
    document_count: int
    total_amount_incl_vat: Decimal
    documents: list[DocumentBundleDocument]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_bundle_id = self.document_bundle_id

        customer_no = self.customer_no

        bundle_key: None | str
        bundle_key = self.bundle_key

        distribution_type = self.distribution_type

        status = self.status.value

        created_at = self.created_at.isoformat()

        document_count = self.document_count

        total_amount_incl_vat = self.total_amount_incl_vat

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentBundleId": document_bundle_id,
                "customerNo": customer_no,
                "bundleKey": bundle_key,
                "distributionType": distribution_type,
                "status": status,
                "createdAt": created_at,
                "documentCount": document_count,
                "totalAmountInclVat": total_amount_incl_vat,
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_bundle_document import DocumentBundleDocument  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentBundle, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            document_bundle_id = d.pop("documentBundleId")
            if not isinstance(document_bundle_id, int) or isinstance(document_bundle_id, bool):
                raise TypeError(f"expected an integer, got {type(document_bundle_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentBundleId") from error

        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:

            def _parse_bundle_key(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            bundle_key = _parse_bundle_key(d.pop("bundleKey", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bundleKey") from error

        try:
            distribution_type = d.pop("distributionType")
            if not isinstance(distribution_type, str):
                raise TypeError(f"expected a string, got {type(distribution_type).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distributionType") from error

        try:
            status = DocumentBundleStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:
            document_count = d.pop("documentCount")
            if not isinstance(document_count, int) or isinstance(document_count, bool):
                raise TypeError(f"expected an integer, got {type(document_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentCount") from error

        try:
            total_amount_incl_vat = decimal_of(d.pop("totalAmountInclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "totalAmountInclVat") from error

        try:
            documents = []
            _documents = d.pop("documents")
            if not isinstance(_documents, list):
                raise TypeError(f"expected an array, got {type(_documents).__name__}")
            for _documents_index, documents_item_data in enumerate(_documents):
                try:
                    documents_item = DocumentBundleDocument.from_dict(documents_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _documents_index) from error
                documents.append(documents_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documents") from error

        document_bundle = cls(
            document_bundle_id=document_bundle_id,
            customer_no=customer_no,
            bundle_key=bundle_key,
            distribution_type=distribution_type,
            status=status,
            created_at=created_at,
            document_count=document_count,
            total_amount_incl_vat=total_amount_incl_vat,
            documents=documents,
        )

        document_bundle.additional_properties = d
        return document_bundle

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
            ("document_bundle_id", self.document_bundle_id),
            ("customer_no", self.customer_no),
            ("bundle_key", self.bundle_key),
            ("distribution_type", self.distribution_type),
            ("status", self.status),
            ("created_at", self.created_at),
            ("document_count", self.document_count),
            ("total_amount_incl_vat", self.total_amount_incl_vat),
            ("documents", self.documents),
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
