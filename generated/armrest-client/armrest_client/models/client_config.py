from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.client_config_value_type import ClientConfigValueType
from ..types import Unset

T = TypeVar("T", bound="ClientConfig")


@_attrs_define
class ClientConfig:
    """One configuration value of the client, as the rules read it. `value` is the effective value: the
    client's own setting, or `defaultValue` when the client never changed it (`changedAt` is then
    `null`). Its JSON type follows `valueType`: `STRING` and `DATE` (`YYYY-MM-DD`) a string, `INTEGER`
    an integer, `BOOLEAN` a boolean, `LIST` an array of strings or of integers.

    Keys the server reads (default in brackets):
    - `dueDays` (14, INTEGER 0..365): days from `documentDate` to `dueDate` when a document names no
      due date and its customer has no `dueDays`.
    - `kidAlgorithm` (`MOD10`, STRING `MOD10` | `MOD11`): check digit of generated KIDs and the one
      validated on KIDs sent in. MOD10 is Luhn; MOD11 weights the digits 2, 3, 4, 5, 6, 7, 2, ...
      from the right and takes 11 minus the sum modulo 11 (11 gives 0; where it gives 10 the server
      generates from the next sequence number instead).
    - `kidLength` (10, INTEGER 2..25): length of KIDs. A generated KID is the document number when
      it is all digits and fits in kidLength - 1 digits, otherwise a per-client sequence number,
      left-padded with zeros to kidLength - 1 digits, then the check digit. KIDs sent in must have
      this length.
    - `adbIntervals` (`[30, 30, 30, 90]`, LIST of 1 to 10 integers 1..3650): lengths in days of the
      consecutive overdue intervals of the age distributed balance; the defaults give 1-30, 31-60,
      61-90, 91-180 and over 180 days past due, besides not yet due.
    - `allowedFileTypes` (`[PDF, CSV, XML, TXT, JSON, PNG, JPG]`, LIST of strings): file types the
      client may upload (`filetype` codes).
    - `maxFileSize` (5242880, INTEGER bytes): the largest file the client may upload.
    - `glPeriodLockDays` (10, INTEGER 0..366): a GL period (a calendar month) closes this many days
      after its last day; postings dated in a closed period are posted on the first day of the first
      open period.
    - `currency` (`NOK`, STRING): the client's ledger currency; documents and customers without a
      currency use it.
    - `reservationDays` (14, INTEGER 1..365): how long a payment reservation holds when it names no
      expiry date.

        Attributes:
            config_key (str): Name of a configuration value (camelCase, case-sensitive).
            description (str): What the value governs, in the language of `Accept-Language`.
            value_type (ClientConfigValueType): The type of `value` and `defaultValue`.
            value (bool | int | list[int] | list[str] | str): A configuration value: a string (`STRING`, `DATE`), an
                integer, a boolean, or a list of strings or of integers (`LIST`).
            default_value (bool | int | list[int] | list[str] | str): A configuration value: a string (`STRING`, `DATE`), an
                integer, a boolean, or a list of strings or of integers (`LIST`).
            changed_at (datetime.datetime | None): When the client's value was last set; `null` while the default applies.
    """

    config_key: str
    description: str
    value_type: ClientConfigValueType
    value: bool | int | list[int] | list[str] | str
    default_value: bool | int | list[int] | list[str] | str
    changed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_key = self.config_key

        description = self.description

        value_type = self.value_type.value

        value: bool | int | list[int] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        default_value: bool | int | list[int] | list[str] | str
        if isinstance(self.default_value, list):
            default_value = self.default_value

        elif isinstance(self.default_value, list):
            default_value = self.default_value

        else:
            default_value = self.default_value

        changed_at: None | str
        if isinstance(self.changed_at, datetime.datetime):
            changed_at = self.changed_at.isoformat()
        else:
            changed_at = self.changed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configKey": config_key,
                "description": description,
                "valueType": value_type,
                "value": value,
                "defaultValue": default_value,
                "changedAt": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ClientConfig, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            config_key = d.pop("configKey")
            if not isinstance(config_key, str):
                raise TypeError(f"expected a string, got {type(config_key).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "configKey") from error

        try:
            description = d.pop("description")
            if not isinstance(description, str):
                raise TypeError(f"expected a string, got {type(description).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "description") from error

        try:
            value_type = ClientConfigValueType.parse(d.pop("valueType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "valueType") from error

        try:

            def _parse_value(data: object) -> bool | int | list[int] | list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _componentsschemas_client_config_value_type_3 = data
                    if not isinstance(_componentsschemas_client_config_value_type_3, list):
                        raise TypeError(
                            f"expected an array, got {type(_componentsschemas_client_config_value_type_3).__name__}"
                        )
                    componentsschemas_client_config_value_type_3 = cast(
                        list[str], _componentsschemas_client_config_value_type_3
                    )

                    return componentsschemas_client_config_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _componentsschemas_client_config_value_type_4 = data
                    if not isinstance(_componentsschemas_client_config_value_type_4, list):
                        raise TypeError(
                            f"expected an array, got {type(_componentsschemas_client_config_value_type_4).__name__}"
                        )
                    componentsschemas_client_config_value_type_4 = cast(
                        list[int], _componentsschemas_client_config_value_type_4
                    )

                    return componentsschemas_client_config_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | int | list[int] | list[str] | str, data)

            value = _parse_value(d.pop("value"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "value") from error

        try:

            def _parse_default_value(data: object) -> bool | int | list[int] | list[str] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _componentsschemas_client_config_value_type_3 = data
                    if not isinstance(_componentsschemas_client_config_value_type_3, list):
                        raise TypeError(
                            f"expected an array, got {type(_componentsschemas_client_config_value_type_3).__name__}"
                        )
                    componentsschemas_client_config_value_type_3 = cast(
                        list[str], _componentsschemas_client_config_value_type_3
                    )

                    return componentsschemas_client_config_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _componentsschemas_client_config_value_type_4 = data
                    if not isinstance(_componentsschemas_client_config_value_type_4, list):
                        raise TypeError(
                            f"expected an array, got {type(_componentsschemas_client_config_value_type_4).__name__}"
                        )
                    componentsschemas_client_config_value_type_4 = cast(
                        list[int], _componentsschemas_client_config_value_type_4
                    )

                    return componentsschemas_client_config_value_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | int | list[int] | list[str] | str, data)

            default_value = _parse_default_value(d.pop("defaultValue"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "defaultValue") from error

        try:

            def _parse_changed_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    changed_at_type_0 = datetime.datetime.fromisoformat(data)

                    return changed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            changed_at = _parse_changed_at(d.pop("changedAt", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "changedAt") from error

        client_config = cls(
            config_key=config_key,
            description=description,
            value_type=value_type,
            value=value,
            default_value=default_value,
            changed_at=changed_at,
        )

        client_config.additional_properties = d
        return client_config

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
            ("config_key", self.config_key),
            ("description", self.description),
            ("value_type", self.value_type),
            ("value", self.value),
            ("default_value", self.default_value),
            ("changed_at", self.changed_at),
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
