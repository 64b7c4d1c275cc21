"""Open enums: an answer may carry an enum value the contract does not list; requests send only listed ones.

Hand-written (overrides/armrest_client/enums.py), copied into the generated package.

Every enum of the contract is generated as an `OpenStrEnum` (or `OpenIntEnum`). Calling the class stays
closed (`ArItemStatus("WRITTEN_OFF")` raises `ValueError`), and so does sending: an argument or body that
holds an unknown member raises `RequestValidationError` before anything is sent. Reading an answer uses
`parse`, which keeps a value the contract does not list as an *unknown member*: an instance of the enum
that compares equal to its value, prints as it, writes it back in `to_dict()`, and has `known` False.
The first time a value is met, the client's logger (`logging.getLogger("armrest_client")`) warns once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from enum import Enum, IntEnum, StrEnum
from typing import Any, Self

import attrs

from .exceptions import RequestValidationError, ResponseValidationError, pointer_token

__all__ = ["OpenIntEnum", "OpenStrEnum", "is_unknown", "refuse_unknown"]

logger = logging.getLogger("armrest_client")

_unknown: dict[tuple[type[Enum], object], Enum] = {}
_lock = threading.Lock()


def _unknown_member(cls: type[Enum], value: str | int, base: type[str] | type[int]) -> Any:
    """The unknown member of `cls` for `value`: made (and warned about) once, then the same object."""
    with _lock:
        member = _unknown.get((cls, value))
        if member is None:
            make: Any = base.__new__  # str.__new__ or int.__new__, on the enum class
            member = make(cls, value)
            member._value_ = value
            member._name_ = str(value)
            _unknown[(cls, value)] = member
            logger.warning(
                "%s: the value %r is not in the contract; it is kept as an unknown member",
                cls.__name__,
                value,
            )
    return member


class OpenStrEnum(StrEnum):
    """A string enum that keeps, when reading answers, values the contract does not list."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member for `value` from an answer; an unknown member for a string the enum does not list."""
        if not isinstance(value, str):
            raise ResponseValidationError(f"expected a string of {cls.__name__}, got {value!r}")
        try:
            return cls(value)
        except ValueError:
            return _unknown_member(cls, value, str)  # type: ignore[no-any-return]

    @property
    def known(self) -> bool:
        """Whether the contract lists this value (False for a value only an answer carried)."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (type(self).parse, (self._value_,))


class OpenIntEnum(IntEnum):
    """An integer enum that keeps, when reading answers, values the contract does not list."""

    @classmethod
    def parse(cls, value: object) -> Self:
        """The member for `value` from an answer; an unknown member for an integer the enum does not list."""
        if not isinstance(value, int) or isinstance(value, bool):
            raise ResponseValidationError(f"expected an integer of {cls.__name__}, got {value!r}")
        try:
            return cls(value)
        except ValueError:
            return _unknown_member(cls, value, int)  # type: ignore[no-any-return]

    @property
    def known(self) -> bool:
        """Whether the contract lists this value (False for a value only an answer carried)."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        return (type(self).parse, (self._value_,))


def is_unknown(value: object) -> bool:
    """Whether `value` is an enum member the contract does not list (one that only an answer carried)."""
    return isinstance(value, OpenStrEnum | OpenIntEnum) and not value.known


def refuse_unknown(arguments: Mapping[str, object]) -> None:
    """Raise `RequestValidationError` if any argument of a request holds an unknown enum member (walking
    models, lists and mappings), so that a request carries only values the contract lists."""
    for name, value in arguments.items():
        _refuse(value, name)


def _refuse(value: object, place: str) -> None:
    if is_unknown(value):
        raise RequestValidationError(place, value)
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _refuse(item, f"{place}/{index}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _refuse(item, f"{place}/{pointer_token(str(key))}")
    elif attrs.has(type(value)):
        model: Any = type(value)
        for field in attrs.fields(model):
            _refuse(getattr(value, field.name), f"{place}/{field.name}")
