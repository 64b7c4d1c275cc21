from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """Who acts and why. Sent beside the payload on every write.

    Attributes:
        user_id (str): The person or system acting; stored on the log item of the write.
        source (str | Unset): Name of the integrating system.
        correlation_id (str | Unset): Caller's id for tracing this request; echoed on the log item.
    """

    user_id: str
    source: str | Unset = UNSET
    correlation_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        source = self.source

        correlation_id = self.correlation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        source = d.pop("source", UNSET)

        correlation_id = d.pop("correlationId", UNSET)

        metadata = cls(
            user_id=user_id,
            source=source,
            correlation_id=correlation_id,
        )

        return metadata

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("user_id", self.user_id),
            ("source", self.source),
            ("correlation_id", self.correlation_id),
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
