from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import Unset

T = TypeVar("T", bound="DocumentWriteResult")


@_attrs_define
class DocumentWriteResult:
    """The answer to createDocument.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        document_no (str): The client's number of the document; compared case-insensitively.
        document_uuid (UUID): A lower-case UUID.
        ar_item_id (int): The server's id of the AR item.
        kid (str): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the client's
            `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
        document_bundle_id (int): The server's id of the document bundle.
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    document_no: str
    document_uuid: UUID
    ar_item_id: int
    kid: str
    document_bundle_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        document_no = self.document_no

        document_uuid = str(self.document_uuid)

        ar_item_id = self.ar_item_id

        kid = self.kid

        document_bundle_id = self.document_bundle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "documentNo": document_no,
                "documentUuid": document_uuid,
                "arItemId": ar_item_id,
                "kid": kid,
                "documentBundleId": document_bundle_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = WriteStatus(d.pop("status"))

        result = WriteResultCode(d.pop("result"))

        message = d.pop("message")

        client_no = d.pop("clientNo")

        document_no = d.pop("documentNo")

        document_uuid = UUID(d.pop("documentUuid"))

        ar_item_id = d.pop("arItemId")

        kid = d.pop("kid")

        document_bundle_id = d.pop("documentBundleId")

        document_write_result = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            document_no=document_no,
            document_uuid=document_uuid,
            ar_item_id=ar_item_id,
            kid=kid,
            document_bundle_id=document_bundle_id,
        )

        document_write_result.additional_properties = d
        return document_write_result

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
            ("status", self.status),
            ("result", self.result),
            ("message", self.message),
            ("client_no", self.client_no),
            ("document_no", self.document_no),
            ("document_uuid", self.document_uuid),
            ("ar_item_id", self.ar_item_id),
            ("kid", self.kid),
            ("document_bundle_id", self.document_bundle_id),
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
