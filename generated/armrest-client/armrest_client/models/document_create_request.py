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


T = TypeVar("T", bound="DocumentCreateRequest")


@_attrs_define
class DocumentCreateRequest:
    """The body of createDocument.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        document (DocumentCreate): A new document. Totals are computed from the lines; totals sent must equal the
            computed ones. `creditedDocumentNo` is allowed only on a `CREDITNOTE`, and the lines of an `INTERESTNOTE` or a
            `REMINDER` must have `vatRate` 0 (interest and reminder fees are outside the scope of VAT): both answer 422
            otherwise.
    """

    metadata: Metadata
    document: DocumentCreate

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        document = self.document.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "document": document,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_create import DocumentCreate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentCreateRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            document = DocumentCreate.from_dict(d.pop("document"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "document") from error

        document_create_request = cls(
            metadata=metadata,
            document=document,
        )

        return document_create_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("document", self.document),
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
