from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.health_status import HealthStatus
from ..types import Unset

if TYPE_CHECKING:
    from ..models.health_database import HealthDatabase
    from ..models.health_worker import HealthWorker


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """The state of the service and of what it depends on.

    Attributes:
        status (HealthStatus): `UP`: the database and the worker are up, and no batch is stuck or failed. `DEGRADED`:
            the database is up but the worker is down (reads and one-item writes work; batches and report jobs wait in the
            queue), or some batch is stuck or failed recently (`worker.stuck`, `worker.failed`). `DOWN`: the database is
            down (answered with 503).
        version (str): The version of this contract the server implements (`info.version`, semantic versioning).
        time (datetime.datetime): An instant, RFC 3339 in UTC.
        database (HealthDatabase): The database check: one trivial query with a 2-second timeout. `DOWN` when it fails
            or times out.
        worker (HealthWorker): The background worker that runs batches and report jobs. `DOWN` when its last heartbeat
            is more than 60 seconds old or it has never sent one.
    """

    status: HealthStatus
    version: str
    time: datetime.datetime
    database: HealthDatabase
    worker: HealthWorker
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        version = self.version

        time = self.time.isoformat()

        database = self.database.to_dict()

        worker = self.worker.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "version": version,
                "time": time,
                "database": database,
                "worker": worker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_database import HealthDatabase  # noqa: PLC0415
        from ..models.health_worker import HealthWorker  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Health, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            status = HealthStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            version = d.pop("version")
            if not isinstance(version, str):
                raise TypeError(f"expected a string, got {type(version).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "version") from error

        try:
            time = datetime.datetime.fromisoformat(d.pop("time"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "time") from error

        try:
            database = HealthDatabase.from_dict(d.pop("database"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "database") from error

        try:
            worker = HealthWorker.from_dict(d.pop("worker"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "worker") from error

        health = cls(
            status=status,
            version=version,
            time=time,
            database=database,
            worker=worker,
        )

        health.additional_properties = d
        return health

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
            ("version", self.version),
            ("time", self.time),
            ("database", self.database),
            ("worker", self.worker),
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
