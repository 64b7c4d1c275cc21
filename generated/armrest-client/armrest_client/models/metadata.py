from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
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
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Metadata, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            user_id = d.pop("userId")
            if not isinstance(user_id, str):
                raise TypeError(f"expected a string, got {type(user_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "userId") from error

        try:
            source = d.pop("source", UNSET)
            if not isinstance(source, str | Unset):
                raise TypeError(f"expected a string, got {type(source).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "source") from error

        try:
            correlation_id = d.pop("correlationId", UNSET)
            if not isinstance(correlation_id, str | Unset):
                raise TypeError(f"expected a string, got {type(correlation_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "correlationId") from error

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
