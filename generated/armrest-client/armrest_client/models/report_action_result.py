from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.report_type import ReportType
from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportActionResult")


@_attrs_define
class ReportActionResult:
    """The answer to a report action; the report job runs on the batch queue.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        report_type (ReportType): The report to generate. `adb`: age distributed balance per customer at `asOfDate` (not
            due, one column per interval, an open-ended column for older items and, if asked, a debt-collection column);
            `aritems`: every AR item open at `asOfDate` with its remaining amount; `glbalance`: balance per GL account at
            `asOfDate`.
        job_queue_id (int): The report job's number in the job queue.
        batch_uuid (UUID | Unset): A lower-case UUID.
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    report_type: ReportType
    job_queue_id: int
    batch_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        report_type = self.report_type.value

        job_queue_id = self.job_queue_id

        batch_uuid: str | Unset = UNSET
        if not isinstance(self.batch_uuid, Unset):
            batch_uuid = str(self.batch_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "reportType": report_type,
                "jobQueueId": job_queue_id,
            }
        )
        if batch_uuid is not UNSET:
            field_dict["batchUuid"] = batch_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ReportActionResult, got {type(src_dict).__name__}"
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
            report_type = ReportType.parse(d.pop("reportType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "reportType") from error

        try:
            job_queue_id = d.pop("jobQueueId")
            if not isinstance(job_queue_id, int) or isinstance(job_queue_id, bool):
                raise TypeError(f"expected an integer, got {type(job_queue_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "jobQueueId") from error

        try:
            _batch_uuid = d.pop("batchUuid", UNSET)
            batch_uuid: UUID | Unset
            if isinstance(_batch_uuid, Unset):
                batch_uuid = UNSET
            else:
                batch_uuid = UUID(_batch_uuid)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "batchUuid") from error

        report_action_result = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            report_type=report_type,
            job_queue_id=job_queue_id,
            batch_uuid=batch_uuid,
        )

        report_action_result.additional_properties = d
        return report_action_result

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
            ("report_type", self.report_type),
            ("job_queue_id", self.job_queue_id),
            ("batch_uuid", self.batch_uuid),
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
