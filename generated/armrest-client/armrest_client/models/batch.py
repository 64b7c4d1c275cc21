from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.batch_status import BatchStatus
from ..models.batch_type import BatchType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.batch_item import BatchItem


T = TypeVar("T", bound="Batch")


@_attrs_define
class Batch:
    """An asynchronous job: a batch write (`CUSTOMERS_CREATE`, `CUSTOMERS_UPDATE`, `DOCUMENTS_CREATE`) or a report job
    (`REPORT`). `items` lists one result per processed request item in `index` order; items not yet processed are not
    listed, so `items` has `processedCount` entries.

        Attributes:
            batch_uuid (UUID): A lower-case UUID.
            batch_type (BatchType): What the batch does: the operation that queued it (`createCustomerBatch`,
                `updateCustomerBatch`, `createDocumentBatch`, `createReportAction`).
            status (BatchStatus): `QUEUED` until a worker starts it, `PROCESSING` while it runs, then `COMPLETED` (every
                item accepted), `COMPLETED_WITH_ERRORS` (at least one item rejected) or `FAILED`: the server gave up on it after
                5 attempts in a row that committed nothing (the number is the server's `batch_attempts` setting); `message` says
                why. A failed batch keeps the results of the items processed before (they were written); the items not listed
                were not.
            item_count (int): Items in the request (1 for a report job).
            processed_count (int): Items processed so far (`acceptedCount` + `rejectedCount`).
            accepted_count (int): Items processed and written.
            rejected_count (int): Items processed and refused; each lists its errors.
            created_at (datetime.datetime): An instant, RFC 3339 in UTC.
            started_at (datetime.datetime | None): When a worker started the batch; `null` while queued.
            completed_at (datetime.datetime | None): When the last item was processed, or the batch `FAILED`; `null` until
                then.
            user_id (str): `metadata.userId` of the request that queued the batch.
            items (list[BatchItem]): One entry per processed item, in `index` order.
            file_id (None | UUID): Report jobs: the file produced (read it with `getFile`), `null` until the job completes
                and for other batch types.
            job_queue_id (int | None): Report jobs: the job queue id answered by `createReportAction`; `null` for other
                batch types.
            message (None | str): Why the batch `FAILED`; `null` in every other status.
    """

    batch_uuid: UUID
    batch_type: BatchType
    status: BatchStatus
    item_count: int
    processed_count: int
    accepted_count: int
    rejected_count: int
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    user_id: str
    items: list[BatchItem]
    file_id: None | UUID
    job_queue_id: int | None
    message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_uuid = str(self.batch_uuid)

        batch_type = self.batch_type.value

        status = self.status.value

        item_count = self.item_count

        processed_count = self.processed_count

        accepted_count = self.accepted_count

        rejected_count = self.rejected_count

        created_at = self.created_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        user_id = self.user_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        file_id: None | str
        if isinstance(self.file_id, UUID):
            file_id = str(self.file_id)
        else:
            file_id = self.file_id

        job_queue_id: int | None
        job_queue_id = self.job_queue_id

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchUuid": batch_uuid,
                "batchType": batch_type,
                "status": status,
                "itemCount": item_count,
                "processedCount": processed_count,
                "acceptedCount": accepted_count,
                "rejectedCount": rejected_count,
                "createdAt": created_at,
                "startedAt": started_at,
                "completedAt": completed_at,
                "userId": user_id,
                "items": items,
                "fileId": file_id,
                "jobQueueId": job_queue_id,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item import BatchItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Batch, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            batch_uuid = UUID(d.pop("batchUuid"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "batchUuid") from error

        try:
            batch_type = BatchType.parse(d.pop("batchType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "batchType") from error

        try:
            status = BatchStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            item_count = d.pop("itemCount")
            if not isinstance(item_count, int) or isinstance(item_count, bool):
                raise TypeError(f"expected an integer, got {type(item_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "itemCount") from error

        try:
            processed_count = d.pop("processedCount")
            if not isinstance(processed_count, int) or isinstance(processed_count, bool):
                raise TypeError(f"expected an integer, got {type(processed_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "processedCount") from error

        try:
            accepted_count = d.pop("acceptedCount")
            if not isinstance(accepted_count, int) or isinstance(accepted_count, bool):
                raise TypeError(f"expected an integer, got {type(accepted_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "acceptedCount") from error

        try:
            rejected_count = d.pop("rejectedCount")
            if not isinstance(rejected_count, int) or isinstance(rejected_count, bool):
                raise TypeError(f"expected an integer, got {type(rejected_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "rejectedCount") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:

            def _parse_started_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_at_type_0 = datetime.datetime.fromisoformat(data)

                    return started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            started_at = _parse_started_at(d.pop("startedAt", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "startedAt") from error

        try:

            def _parse_completed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            completed_at = _parse_completed_at(d.pop("completedAt", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "completedAt") from error

        try:
            user_id = d.pop("userId")
            if not isinstance(user_id, str):
                raise TypeError(f"expected a string, got {type(user_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "userId") from error

        try:
            items = []
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise TypeError(f"expected an array, got {type(_items).__name__}")
            for _items_index, items_item_data in enumerate(_items):
                try:
                    items_item = BatchItem.from_dict(items_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _items_index) from error
                items.append(items_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "items") from error

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

            def _parse_job_queue_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            job_queue_id = _parse_job_queue_id(d.pop("jobQueueId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "jobQueueId") from error

        try:

            def _parse_message(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            message = _parse_message(d.pop("message", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "message") from error

        batch = cls(
            batch_uuid=batch_uuid,
            batch_type=batch_type,
            status=status,
            item_count=item_count,
            processed_count=processed_count,
            accepted_count=accepted_count,
            rejected_count=rejected_count,
            created_at=created_at,
            started_at=started_at,
            completed_at=completed_at,
            user_id=user_id,
            items=items,
            file_id=file_id,
            job_queue_id=job_queue_id,
            message=message,
        )

        batch.additional_properties = d
        return batch

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
            ("batch_uuid", self.batch_uuid),
            ("batch_type", self.batch_type),
            ("status", self.status),
            ("item_count", self.item_count),
            ("processed_count", self.processed_count),
            ("accepted_count", self.accepted_count),
            ("rejected_count", self.rejected_count),
            ("created_at", self.created_at),
            ("started_at", self.started_at),
            ("completed_at", self.completed_at),
            ("user_id", self.user_id),
            ("items", self.items),
            ("file_id", self.file_id),
            ("job_queue_id", self.job_queue_id),
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
