from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.batch_item_result_type import BatchItemResultType
from ..models.write_result_code import WriteResultCode
from ..types import Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="BatchItem")


@_attrs_define
class BatchItem:
    """The result of one item of a batch.

    Attributes:
        index (int): Position of the item in the request array, from 0.
        key (str): The item's identifier: `customerNo`, `documentNo` or the report type.
        result_type (BatchItemResultType): `ACCEPTED`: the item was written (or found unchanged); `REJECTED`: it broke a
            rule and nothing of it was written.
        result (None | WriteResultCode): What happened to the item's resource; `null` when rejected.
        errors (list[FieldError]): Why the item was rejected, empty when accepted. Pointers point into the request body
            (`/customers/2/organizationNo`).
    """

    index: int
    key: str
    result_type: BatchItemResultType
    result: None | WriteResultCode
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        key = self.key

        result_type = self.result_type.value

        result: None | str
        if isinstance(self.result, WriteResultCode):
            result = self.result.value
        else:
            result = self.result

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "key": key,
                "resultType": result_type,
                "result": result,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of BatchItem, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            index = d.pop("index")
            if not isinstance(index, int) or isinstance(index, bool):
                raise TypeError(f"expected an integer, got {type(index).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "index") from error

        try:
            key = d.pop("key")
            if not isinstance(key, str):
                raise TypeError(f"expected a string, got {type(key).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "key") from error

        try:
            result_type = BatchItemResultType.parse(d.pop("resultType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "resultType") from error

        try:

            def _parse_result(data: object) -> None | WriteResultCode:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    result_type_0 = WriteResultCode.parse(data)

                    return result_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | WriteResultCode, data)

            result = _parse_result(d.pop("result", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "result") from error

        try:
            errors = []
            _errors = d.pop("errors")
            if not isinstance(_errors, list):
                raise TypeError(f"expected an array, got {type(_errors).__name__}")
            for _errors_index, errors_item_data in enumerate(_errors):
                try:
                    errors_item = FieldError.from_dict(errors_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _errors_index) from error
                errors.append(errors_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "errors") from error

        batch_item = cls(
            index=index,
            key=key,
            result_type=result_type,
            result=result,
            errors=errors,
        )

        batch_item.additional_properties = d
        return batch_item

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
            ("index", self.index),
            ("key", self.key),
            ("result_type", self.result_type),
            ("result", self.result),
            ("errors", self.errors),
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
