from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArItemWriteResult")


@_attrs_define
class ArItemWriteResult:
    """The answer to updateArItem.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        ar_item_id (int): The server's id of the AR item.
        remaining_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
            More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        credit_note_document_no (str | Unset): The client's number of the document; compared case-insensitively.
        credit_note_ar_item_id (int | Unset): The server's id of the AR item.
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    ar_item_id: int
    remaining_amount: Decimal
    credit_note_document_no: str | Unset = UNSET
    credit_note_ar_item_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        ar_item_id = self.ar_item_id

        remaining_amount = self.remaining_amount

        credit_note_document_no = self.credit_note_document_no

        credit_note_ar_item_id = self.credit_note_ar_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "arItemId": ar_item_id,
                "remainingAmount": remaining_amount,
            }
        )
        if credit_note_document_no is not UNSET:
            field_dict["creditNoteDocumentNo"] = credit_note_document_no
        if credit_note_ar_item_id is not UNSET:
            field_dict["creditNoteArItemId"] = credit_note_ar_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemWriteResult, got {type(src_dict).__name__}"
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
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            remaining_amount = decimal_of(d.pop("remainingAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "remainingAmount") from error

        try:
            credit_note_document_no = d.pop("creditNoteDocumentNo", UNSET)
            if not isinstance(credit_note_document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(credit_note_document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "creditNoteDocumentNo") from error

        try:
            credit_note_ar_item_id = d.pop("creditNoteArItemId", UNSET)
            if not isinstance(credit_note_ar_item_id, int | Unset) or isinstance(
                credit_note_ar_item_id, bool
            ):
                raise TypeError(f"expected an integer, got {type(credit_note_ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "creditNoteArItemId") from error

        ar_item_write_result = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            ar_item_id=ar_item_id,
            remaining_amount=remaining_amount,
            credit_note_document_no=credit_note_document_no,
            credit_note_ar_item_id=credit_note_ar_item_id,
        )

        ar_item_write_result.additional_properties = d
        return ar_item_write_result

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
            ("ar_item_id", self.ar_item_id),
            ("remaining_amount", self.remaining_amount),
            ("credit_note_document_no", self.credit_note_document_no),
            ("credit_note_ar_item_id", self.credit_note_ar_item_id),
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
