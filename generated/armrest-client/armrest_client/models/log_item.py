from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.log_entity_type import LogEntityType
from ..models.log_item_method import LogItemMethod
from ..models.log_operation_id import LogOperationId
from ..models.write_result_code import WriteResultCode
from ..types import Unset

T = TypeVar("T", bound="LogItem")


@_attrs_define
class LogItem:
    """What one successful write request did. Every write answered 2xx leaves exactly one log item, in the write's own
    transaction; a refused request (4xx) leaves none, since bad input changes nothing. Log items are never changed or
    deleted. They never hold tokens, secrets or personal numbers (birth numbers, bank account numbers).

        Attributes:
            log_item_id (int): The server's id of the log item; ids grow with time.
            logged_at (datetime.datetime): An instant, RFC 3339 in UTC.
            user_id (str): The person or system acting: `metadata.userId` of the request; for a write without a body
                (deleteCustomer), the token's subject.
            source (None | str): `metadata.source` of the request; `null` when not sent.
            correlation_id (None | str): `metadata.correlationId` of the request; `null` when not sent.
            operation_id (LogOperationId): The `operationId` of the write that left the log item.
            method (LogItemMethod): HTTP method of the request.
            path (str): Request path below the base URL, without the query string.
            entity_type (LogEntityType): The kind of record the write addressed, which also says what `entityKey` holds:
                `CUSTOMER` customerNo (createCustomer, updateCustomer, deleteCustomer); `DOCUMENT` documentNo (createDocument);
                `ARITEM` arItemId (updateArItem); `AUTOPOSTING` the `autopostingmethod` of the request (createAutoPostings);
                `PAYMENTRESERVATION` paymentId (createPaymentReservation); `ACTION` the `actiontype` (createAction); `REPORT`
                the `reporttype` (createReportAction); `FILE` the fileId of the first file stored (uploadFiles); `BATCH`
                batchUuid (createCustomerBatch, updateCustomerBatch, createDocumentBatch).
            entity_key (str): The key of the record the write addressed, as text (see `entityType` for which key). Never a
                personal number.
            status (int): HTTP status the request was answered with (always a success).
            result (WriteResultCode): What happened to the named resource.
            message (str): The answer's `message`.
    """

    log_item_id: int
    logged_at: datetime.datetime
    user_id: str
    source: None | str
    correlation_id: None | str
    operation_id: LogOperationId
    method: LogItemMethod
    path: str
    entity_type: LogEntityType
    entity_key: str
    status: int
    result: WriteResultCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_item_id = self.log_item_id

        logged_at = self.logged_at.isoformat()

        user_id = self.user_id

        source: None | str
        source = self.source

        correlation_id: None | str
        correlation_id = self.correlation_id

        operation_id = self.operation_id.value

        method = self.method.value

        path = self.path

        entity_type = self.entity_type.value

        entity_key = self.entity_key

        status = self.status

        result = self.result.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logItemId": log_item_id,
                "loggedAt": logged_at,
                "userId": user_id,
                "source": source,
                "correlationId": correlation_id,
                "operationId": operation_id,
                "method": method,
                "path": path,
                "entityType": entity_type,
                "entityKey": entity_key,
                "status": status,
                "result": result,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of LogItem, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            log_item_id = d.pop("logItemId")
            if not isinstance(log_item_id, int) or isinstance(log_item_id, bool):
                raise TypeError(f"expected an integer, got {type(log_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "logItemId") from error

        try:
            logged_at = datetime.datetime.fromisoformat(d.pop("loggedAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "loggedAt") from error

        try:
            user_id = d.pop("userId")
            if not isinstance(user_id, str):
                raise TypeError(f"expected a string, got {type(user_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "userId") from error

        try:

            def _parse_source(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            source = _parse_source(d.pop("source", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "source") from error

        try:

            def _parse_correlation_id(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            correlation_id = _parse_correlation_id(d.pop("correlationId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "correlationId") from error

        try:
            operation_id = LogOperationId.parse(d.pop("operationId"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "operationId") from error

        try:
            method = LogItemMethod.parse(d.pop("method"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "method") from error

        try:
            path = d.pop("path")
            if not isinstance(path, str):
                raise TypeError(f"expected a string, got {type(path).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "path") from error

        try:
            entity_type = LogEntityType.parse(d.pop("entityType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "entityType") from error

        try:
            entity_key = d.pop("entityKey")
            if not isinstance(entity_key, str):
                raise TypeError(f"expected a string, got {type(entity_key).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "entityKey") from error

        try:
            status = d.pop("status")
            if not isinstance(status, int) or isinstance(status, bool):
                raise TypeError(f"expected an integer, got {type(status).__name__}")
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

        log_item = cls(
            log_item_id=log_item_id,
            logged_at=logged_at,
            user_id=user_id,
            source=source,
            correlation_id=correlation_id,
            operation_id=operation_id,
            method=method,
            path=path,
            entity_type=entity_type,
            entity_key=entity_key,
            status=status,
            result=result,
            message=message,
        )

        log_item.additional_properties = d
        return log_item

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
            ("log_item_id", self.log_item_id),
            ("logged_at", self.logged_at),
            ("user_id", self.user_id),
            ("source", self.source),
            ("correlation_id", self.correlation_id),
            ("operation_id", self.operation_id),
            ("method", self.method),
            ("path", self.path),
            ("entity_type", self.entity_type),
            ("entity_key", self.entity_key),
            ("status", self.status),
            ("result", self.result),
            ("message", self.message),
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
