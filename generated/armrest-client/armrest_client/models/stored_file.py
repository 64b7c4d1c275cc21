from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.file_source import FileSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoredFile")


@_attrs_define
class StoredFile:
    """A stored file: its metadata and, where asked for, its content. Files are never changed; the name is the sanitised
    name given at upload (or the report's name).

        Attributes:
            file_id (UUID): A lower-case UUID.
            file_name (str): The sanitised file name.
            file_type (str): The file's type code (`PDF`, `CSV`, `XML`, ...). Which types a client may upload is the client
                config `allowedFileTypes`; the codes are listed by the Codes resource (`fileType`).
            media_type (str): The media type of the content (RFC 6838 `type/subtype`, no parameters).
            size (int): Size of the content in bytes (uploads at most 5 MiB, report files at most 50 MiB).
            sha256 (str): SHA-256 of the content, lower-case hex.
            source (FileSource): `UPLOAD`: uploaded with uploadFiles; `REPORT`: produced by a report job
                (createReportAction).
            document_no (None | str): The document the file is attached to; `null` when none.
            job_queue_id (int | None): The report job that produced the file (`source` `REPORT`); `null` for uploads.
            created_at (datetime.datetime): An instant, RFC 3339 in UTC.
            content (str | Unset): The file's bytes, standard base64 (padded, no line breaks). Present in getFile, and in
                listFiles only with `includecontent=true`.
    """

    file_id: UUID
    file_name: str
    file_type: str
    media_type: str
    size: int
    sha256: str
    source: FileSource
    document_no: None | str
    job_queue_id: int | None
    created_at: datetime.datetime
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = str(self.file_id)

        file_name = self.file_name

        file_type = self.file_type

        media_type = self.media_type

        size = self.size

        sha256 = self.sha256

        source = self.source.value

        document_no: None | str
        document_no = self.document_no

        job_queue_id: int | None
        job_queue_id = self.job_queue_id

        created_at = self.created_at.isoformat()

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileId": file_id,
                "fileName": file_name,
                "fileType": file_type,
                "mediaType": media_type,
                "size": size,
                "sha256": sha256,
                "source": source,
                "documentNo": document_no,
                "jobQueueId": job_queue_id,
                "createdAt": created_at,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of StoredFile, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            file_id = UUID(d.pop("fileId"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "fileId") from error

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
            size = d.pop("size")
            if not isinstance(size, int) or isinstance(size, bool):
                raise TypeError(f"expected an integer, got {type(size).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "size") from error

        try:
            sha256 = d.pop("sha256")
            if not isinstance(sha256, str):
                raise TypeError(f"expected a string, got {type(sha256).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sha256") from error

        try:
            source = FileSource.parse(d.pop("source"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "source") from error

        try:

            def _parse_document_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            document_no = _parse_document_no(d.pop("documentNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:

            def _parse_job_queue_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            job_queue_id = _parse_job_queue_id(d.pop("jobQueueId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "jobQueueId") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:
            content = d.pop("content", UNSET)
            if not isinstance(content, str | Unset):
                raise TypeError(f"expected a string, got {type(content).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "content") from error

        stored_file = cls(
            file_id=file_id,
            file_name=file_name,
            file_type=file_type,
            media_type=media_type,
            size=size,
            sha256=sha256,
            source=source,
            document_no=document_no,
            job_queue_id=job_queue_id,
            created_at=created_at,
            content=content,
        )

        stored_file.additional_properties = d
        return stored_file

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
            ("file_id", self.file_id),
            ("file_name", self.file_name),
            ("file_type", self.file_type),
            ("media_type", self.media_type),
            ("size", self.size),
            ("sha256", self.sha256),
            ("source", self.source),
            ("document_no", self.document_no),
            ("job_queue_id", self.job_queue_id),
            ("created_at", self.created_at),
            ("content", self.content),
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
