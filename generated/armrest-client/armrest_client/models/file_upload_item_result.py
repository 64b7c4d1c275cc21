from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.file_upload_item_result_type import FileUploadItemResultType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="FileUploadItemResult")


@_attrs_define
class FileUploadItemResult:
    """What happened to one file of the upload.

    Attributes:
        index (int): Position of the file in the request's `files` (0-based).
        file_name (str): The stored (sanitised) name of a stored file; the name as sent for a rejected one.
        result_type (FileUploadItemResultType): `STORED`: the file is stored (or an identical one already was);
            `REJECTED`: it was not, see `errors`.
        file_id (None | UUID): The id of the stored file; `null` when rejected.
        size (int | None): Size in bytes of the stored file; `null` when rejected.
        errors (list[FieldError]): Why the file was rejected (pointers into the request, `/files/<index>/...`); empty
            when stored.
    """

    index: int
    file_name: str
    result_type: FileUploadItemResultType
    file_id: None | UUID
    size: int | None
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        file_name = self.file_name

        result_type = self.result_type.value

        file_id: None | str
        if isinstance(self.file_id, UUID):
            file_id = str(self.file_id)
        else:
            file_id = self.file_id

        size: int | None
        size = self.size

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "fileName": file_name,
                "resultType": result_type,
                "fileId": file_id,
                "size": size,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of FileUploadItemResult, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            index = d.pop("index")
            if not isinstance(index, int) or isinstance(index, bool):
                raise TypeError(f"expected an integer, got {type(index).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "index") from error

        try:
            file_name = d.pop("fileName")
            if not isinstance(file_name, str):
                raise TypeError(f"expected a string, got {type(file_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fileName") from error

        try:
            result_type = FileUploadItemResultType.parse(d.pop("resultType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "resultType") from error

        try:

            def _parse_file_id(data: object) -> None | UUID:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    file_id_type_0 = UUID(data)

                    return file_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | UUID, data)

            file_id = _parse_file_id(d.pop("fileId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fileId") from error

        try:

            def _parse_size(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            size = _parse_size(d.pop("size", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "size") from error

        try:
            errors = []
            _errors = d.pop("errors")
            if not isinstance(_errors, list):
                raise TypeError(f"expected an array, got {type(_errors).__name__}")
            for _errors_index, errors_item_data in enumerate(_errors):
                try:
                    errors_item = FieldError.from_dict(errors_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _errors_index) from error
                errors.append(errors_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "errors") from error

        file_upload_item_result = cls(
            index=index,
            file_name=file_name,
            result_type=result_type,
            file_id=file_id,
            size=size,
            errors=errors,
        )

        file_upload_item_result.additional_properties = d
        return file_upload_item_result

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
            ("index", self.index),
            ("file_name", self.file_name),
            ("result_type", self.result_type),
            ("file_id", self.file_id),
            ("size", self.size),
            ("errors", self.errors),
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
