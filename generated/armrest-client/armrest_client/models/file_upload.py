from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """One file to store.

    Attributes:
        file_name (str): The file's name, without any folder: no `/`, `\\` or control characters, and no leading `.`. It
            is stored sanitised (see uploadFiles).
        file_type (str): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a client may upload is the client
            config `allowedFileTypes`; the codes are listed by the Codes resource (`fileType`).
        media_type (str): The media type of the content (RFC 6838 `type/subtype`, no parameters).
        content (str): The file's bytes, standard base64 (RFC 4648, padded, no line breaks): at least 1 and at most 5
            MiB (5242880 bytes) decoded.
        document_no (str | Unset): The client's number of the document; compared case-insensitively.
    """

    file_name: str
    file_type: str
    media_type: str
    content: str
    document_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        file_type = self.file_type

        media_type = self.media_type

        content = self.content

        document_no = self.document_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fileName": file_name,
                "fileType": file_type,
                "mediaType": media_type,
                "content": content,
            }
        )
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of FileUpload, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            file_name = d.pop("fileName")
            if not isinstance(file_name, str):
                raise TypeError(f"expected a string, got {type(file_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fileName") from error

        try:
            file_type = d.pop("fileType")
            if not isinstance(file_type, str):
                raise TypeError(f"expected a string, got {type(file_type).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fileType") from error

        try:
            media_type = d.pop("mediaType")
            if not isinstance(media_type, str):
                raise TypeError(f"expected a string, got {type(media_type).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "mediaType") from error

        try:
            content = d.pop("content")
            if not isinstance(content, str):
                raise TypeError(f"expected a string, got {type(content).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "content") from error

        try:
            document_no = d.pop("documentNo", UNSET)
            if not isinstance(document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        file_upload = cls(
            file_name=file_name,
            file_type=file_type,
            media_type=media_type,
            content=content,
            document_no=document_no,
        )

        return file_upload

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("file_name", self.file_name),
            ("file_type", self.file_type),
            ("media_type", self.media_type),
            ("content", self.content),
            ("document_no", self.document_no),
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
