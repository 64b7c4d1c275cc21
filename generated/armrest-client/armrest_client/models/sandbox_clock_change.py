from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="SandboxClockChange")


@_attrs_define
class SandboxClockChange:
    """Where to move the clock: to the instant `now` (on or after the clock's), or `advanceSeconds` ahead (86400 a day).
    Exactly one of the two.

        Attributes:
            now (datetime.datetime | Unset): An instant, RFC 3339 in UTC.
            advance_seconds (int | Unset):
    """

    now: datetime.datetime | Unset = UNSET
    advance_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        now: str | Unset = UNSET
        if not isinstance(self.now, Unset):
            now = self.now.isoformat()

        advance_seconds = self.advance_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if now is not UNSET:
            field_dict["now"] = now
        if advance_seconds is not UNSET:
            field_dict["advanceSeconds"] = advance_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of SandboxClockChange, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            _now = d.pop("now", UNSET)
            now: datetime.datetime | Unset
            if isinstance(_now, Unset):
                now = UNSET
            else:
                now = datetime.datetime.fromisoformat(_now)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "now") from error

        try:
            advance_seconds = d.pop("advanceSeconds", UNSET)
            if not isinstance(advance_seconds, int | Unset) or isinstance(advance_seconds, bool):
                raise TypeError(f"expected an integer, got {type(advance_seconds).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "advanceSeconds") from error

        sandbox_clock_change = cls(
            now=now,
            advance_seconds=advance_seconds,
        )

        return sandbox_clock_change

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("now", self.now),
            ("advance_seconds", self.advance_seconds),
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
