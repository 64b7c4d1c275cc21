from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.document_summary import DocumentSummary
    from ..models.summary import Summary


T = TypeVar("T", bound="DocumentList")


@_attrs_define
class DocumentList:
    """A page of documents (without lines), in `documentDate` then `documentNo` order.

    Attributes:
        summary (Summary): The paging envelope of every list. The first call freezes its result set under `queryId`;
            later pages are read with `?query=<queryId>&pageno=<n>` on the same path.
        documents (list[DocumentSummary]):
    """

    summary: Summary
    documents: list[DocumentSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_summary import DocumentSummary  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentList, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            summary = Summary.from_dict(d.pop("summary"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "summary") from error

        try:
            documents = []
            _documents = d.pop("documents")
            if not isinstance(_documents, list):
                raise TypeError(f"expected an array, got {type(_documents).__name__}")
            for _documents_index, documents_item_data in enumerate(_documents):
                try:
                    documents_item = DocumentSummary.from_dict(documents_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _documents_index) from error
                documents.append(documents_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documents") from error

        document_list = cls(
            summary=summary,
            documents=documents,
        )

        document_list.additional_properties = d
        return document_list

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
            ("summary", self.summary),
            ("documents", self.documents),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"{type(self).__name__}({shown})"

    @property
    def page_items(self) -> list[DocumentSummary]:
        """The records of this page (`documents`), which `armrest_client.paging` iterates."""
        return self.documents
