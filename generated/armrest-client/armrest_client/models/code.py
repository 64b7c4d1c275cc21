from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

T = TypeVar("T", bound="Code")


@_attrs_define
class Code:
    """One value of a code table.

    Attributes:
        code (str): The value as it appears in data (compared case-insensitively).
        text (str): Short name, in the language of `Accept-Language`.
        description (str | Unset): Longer explanation, when there is one (same language).
        valid_from (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        valid_to (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
    """

    code: str
    text: str
    description: str | Unset = UNSET
    valid_from: datetime.date | Unset = UNSET
    valid_to: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        text = self.text

        description = self.description

        valid_from: str | Unset = UNSET
        if not isinstance(self.valid_from, Unset):
            valid_from = self.valid_from.isoformat()

        valid_to: str | Unset = UNSET
        if not isinstance(self.valid_to, Unset):
            valid_to = self.valid_to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "text": text,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_to is not UNSET:
            field_dict["validTo"] = valid_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Code, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            code = d.pop("code")
            if not isinstance(code, str):
                raise TypeError(f"expected a string, got {type(code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "code") from error

        try:
            text = d.pop("text")
            if not isinstance(text, str):
                raise TypeError(f"expected a string, got {type(text).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "text") from error

        try:
            description = d.pop("description", UNSET)
            if not isinstance(description, str | Unset):
                raise TypeError(f"expected a string, got {type(description).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "description") from error

        try:
            _valid_from = d.pop("validFrom", UNSET)
            valid_from: datetime.date | Unset
            if isinstance(_valid_from, Unset):
                valid_from = UNSET
            else:
                valid_from = datetime.date.fromisoformat(_valid_from)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "validFrom") from error

        try:
            _valid_to = d.pop("validTo", UNSET)
            valid_to: datetime.date | Unset
            if isinstance(_valid_to, Unset):
                valid_to = UNSET
            else:
                valid_to = datetime.date.fromisoformat(_valid_to)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "validTo") from error

        code = cls(
            code=code,
            text=text,
            description=description,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        code.additional_properties = d
        return code

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
            ("code", self.code),
            ("text", self.text),
            ("description", self.description),
            ("valid_from", self.valid_from),
            ("valid_to", self.valid_to),
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
