from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.health_component_status import HealthComponentStatus
from ..types import Unset

T = TypeVar("T", bound="HealthWorker")


@_attrs_define
class HealthWorker:
    """The background worker that runs batches and report jobs. `DOWN` when its last heartbeat is more than 60 seconds old
    or it has never sent one.

        Attributes:
            status (HealthComponentStatus): Whether one component answers.
            last_heartbeat (datetime.datetime | None): When the worker last reported; `null` when it never has (or the
                database is down).
            queued (int): Batches and report jobs waiting to start (status `QUEUED`); 0 when the database is down.
            stuck (int): Batches `PROCESSING` that committed no item for more than two batch leases (2 minutes by default),
                or whose workers' claims ran out more than once in a row; 0 when the database is down.
            failed (int): Batches that ended `FAILED` in the last hour; 0 when the database is down.
    """

    status: HealthComponentStatus
    last_heartbeat: datetime.datetime | None
    queued: int
    stuck: int
    failed: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        last_heartbeat: None | str
        if isinstance(self.last_heartbeat, datetime.datetime):
            last_heartbeat = self.last_heartbeat.isoformat()
        else:
            last_heartbeat = self.last_heartbeat

        queued = self.queued

        stuck = self.stuck

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "lastHeartbeat": last_heartbeat,
                "queued": queued,
                "stuck": stuck,
                "failed": failed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of HealthWorker, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            status = HealthComponentStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:

            def _parse_last_heartbeat(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_heartbeat_type_0 = datetime.datetime.fromisoformat(data)

                    return last_heartbeat_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            last_heartbeat = _parse_last_heartbeat(d.pop("lastHeartbeat", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lastHeartbeat") from error

        try:
            queued = d.pop("queued")
            if not isinstance(queued, int) or isinstance(queued, bool):
                raise TypeError(f"expected an integer, got {type(queued).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "queued") from error

        try:
            stuck = d.pop("stuck")
            if not isinstance(stuck, int) or isinstance(stuck, bool):
                raise TypeError(f"expected an integer, got {type(stuck).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stuck") from error

        try:
            failed = d.pop("failed")
            if not isinstance(failed, int) or isinstance(failed, bool):
                raise TypeError(f"expected an integer, got {type(failed).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "failed") from error

        health_worker = cls(
            status=status,
            last_heartbeat=last_heartbeat,
            queued=queued,
            stuck=stuck,
            failed=failed,
        )

        health_worker.additional_properties = d
        return health_worker

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
            ("last_heartbeat", self.last_heartbeat),
            ("queued", self.queued),
            ("stuck", self.stuck),
            ("failed", self.failed),
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
