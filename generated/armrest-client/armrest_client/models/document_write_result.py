from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
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
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentWriteResult, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            status = WriteStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            result = WriteResultCode.parse(d.pop("result"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "result") from error

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise TypeError(f"expected a string, got {type(message).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "message") from error

        try:
            client_no = d.pop("clientNo")
            if not isinstance(client_no, int) or isinstance(client_no, bool):
                raise TypeError(f"expected an integer, got {type(client_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "clientNo") from error

        try:
            document_no = d.pop("documentNo")
            if not isinstance(document_no, str):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            document_uuid = UUID(d.pop("documentUuid"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentUuid") from error

        try:
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            kid = d.pop("kid")
            if not isinstance(kid, str):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            document_bundle_id = d.pop("documentBundleId")
            if not isinstance(document_bundle_id, int) or isinstance(document_bundle_id, bool):
                raise TypeError(f"expected an integer, got {type(document_bundle_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentBundleId") from error

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
