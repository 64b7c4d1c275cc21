from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.action_type import ActionType
from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import Unset

T = TypeVar("T", bound="ActionResult")


@_attrs_define
class ActionResult:
    """The answer to an action.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        action_type (ActionType): The action to perform. `stopreminders`: set `stopReminderUntil`; `stopdebtcollection`:
            set `stopDebtCollectionUntil` (both on one AR item or on every open item of a customer); `debtcollection`: send
            one open, overdue AR item to debt collection; `resenddocument`: send a document again through its distribution
            channel or the one given.
        log_item_id (int): The log item that records the action (read it with `getLogItem`).
        affected_count (int): AR items the action changed (for `resenddocument`: documents sent, always 1). Items that
            already had the requested value are not counted.
        ar_item_ids (list[int]): Every AR item the action targeted, changed or not, in ascending order.
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    action_type: ActionType
    log_item_id: int
    affected_count: int
    ar_item_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        action_type = self.action_type.value

        log_item_id = self.log_item_id

        affected_count = self.affected_count

        ar_item_ids = self.ar_item_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "actionType": action_type,
                "logItemId": log_item_id,
                "affectedCount": affected_count,
                "arItemIds": ar_item_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ActionResult, got {type(src_dict).__name__}"
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
            action_type = ActionType.parse(d.pop("actionType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "actionType") from error

        try:
            log_item_id = d.pop("logItemId")
            if not isinstance(log_item_id, int) or isinstance(log_item_id, bool):
                raise TypeError(f"expected an integer, got {type(log_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "logItemId") from error

        try:
            affected_count = d.pop("affectedCount")
            if not isinstance(affected_count, int) or isinstance(affected_count, bool):
                raise TypeError(f"expected an integer, got {type(affected_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "affectedCount") from error

        try:
            _ar_item_ids = d.pop("arItemIds")
            if not isinstance(_ar_item_ids, list):
                raise TypeError(f"expected an array, got {type(_ar_item_ids).__name__}")
            ar_item_ids = cast(list[int], _ar_item_ids)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemIds") from error

        action_result = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            action_type=action_type,
            log_item_id=log_item_id,
            affected_count=affected_count,
            ar_item_ids=ar_item_ids,
        )

        action_result.additional_properties = d
        return action_result

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
            ("action_type", self.action_type),
            ("log_item_id", self.log_item_id),
            ("affected_count", self.affected_count),
            ("ar_item_ids", self.ar_item_ids),
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
