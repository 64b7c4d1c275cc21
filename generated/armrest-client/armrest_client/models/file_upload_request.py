from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.file_upload import FileUpload
    from ..models.metadata import Metadata


T = TypeVar("T", bound="FileUploadRequest")


@_attrs_define
class FileUploadRequest:
    """The body of uploadFiles.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        files (list[FileUpload]): The files to store, 1 to 20 (the whole body at most 8 MiB).
    """

    metadata: Metadata
    files: list[FileUpload]

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_upload import FileUpload  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of FileUploadRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            files = []
            _files = d.pop("files")
            if not isinstance(_files, list):
                raise TypeError(f"expected an array, got {type(_files).__name__}")
            for _files_index, files_item_data in enumerate(_files):
                try:
                    files_item = FileUpload.from_dict(files_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _files_index) from error
                files.append(files_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "files") from error

        file_upload_request = cls(
            metadata=metadata,
            files=files,
        )

        return file_upload_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("files", self.files),
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
