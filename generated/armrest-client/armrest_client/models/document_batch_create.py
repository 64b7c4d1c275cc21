from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.document_create import DocumentCreate
    from ..models.metadata import Metadata


T = TypeVar("T", bound="DocumentBatchCreate")


@_attrs_define
class DocumentBatchCreate:
    """The body of createDocumentBatch.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        documents (list[DocumentCreate]): The documents, processed in this order.
    """

    metadata: Metadata
    documents: list[DocumentCreate]

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        documents = []
        for documents_item_data in self.documents:
            documents_item = documents_item_data.to_dict()
            documents.append(documents_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "documents": documents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_create import DocumentCreate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentBatchCreate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            documents = []
            _documents = d.pop("documents")
            if not isinstance(_documents, list):
                raise TypeError(f"expected an array, got {type(_documents).__name__}")
            for _documents_index, documents_item_data in enumerate(_documents):
                try:
                    documents_item = DocumentCreate.from_dict(documents_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _documents_index) from error
                documents.append(documents_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documents") from error

        document_batch_create = cls(
            metadata=metadata,
            documents=documents,
        )

        return document_batch_create

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("documents", self.documents),
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
