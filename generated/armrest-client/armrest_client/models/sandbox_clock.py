from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="SandboxClock")


@_attrs_define
class SandboxClock:
    """The sandbox's clock.

    Attributes:
        now (datetime.datetime): An instant, RFC 3339 in UTC.
        today (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years (`GlYear`), so
            that every document, posting and other ledger event falls in a GL period. A date outside the range answers 400;
            a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422, naming
            the field it is derived from.
        offset_seconds (int): How far the sandbox's clock is ahead of the system clock, in whole seconds (rounded down).
    """

    now: datetime.datetime
    today: datetime.date
    offset_seconds: int

    def to_dict(self) -> dict[str, Any]:
        now = self.now.isoformat()

        today = self.today.isoformat()

        offset_seconds = self.offset_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "now": now,
                "today": today,
                "offsetSeconds": offset_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of SandboxClock, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            now = datetime.datetime.fromisoformat(d.pop("now"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "now") from error

        try:
            today = datetime.date.fromisoformat(d.pop("today"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "today") from error

        try:
            offset_seconds = d.pop("offsetSeconds")
            if not isinstance(offset_seconds, int) or isinstance(offset_seconds, bool):
                raise TypeError(f"expected an integer, got {type(offset_seconds).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "offsetSeconds") from error

        sandbox_clock = cls(
            now=now,
            today=today,
            offset_seconds=offset_seconds,
        )

        return sandbox_clock

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("now", self.now),
            ("today", self.today),
            ("offset_seconds", self.offset_seconds),
        ]
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
