from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details. Field errors are listed in `errors`.

    Attributes:
        type_ (str): A URI reference naming the kind of problem; `about:blank` when only the status says it.
        title (str): Short summary of the kind of problem.
        status (int): The HTTP status code.
        detail (str | Unset): What went wrong with this request.
        instance (str | Unset): The request path the problem belongs to.
        errors (list[FieldError] | Unset): One entry per field error.
    """

    type_: str
    title: str
    status: int
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    errors: list[FieldError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Problem, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise TypeError(f"expected a string, got {type(type_).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "type") from error

        try:
            title = d.pop("title")
            if not isinstance(title, str):
                raise TypeError(f"expected a string, got {type(title).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "title") from error

        try:
            status = d.pop("status")
            if not isinstance(status, int) or isinstance(status, bool):
                raise TypeError(f"expected an integer, got {type(status).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            detail = d.pop("detail", UNSET)
            if not isinstance(detail, str | Unset):
                raise TypeError(f"expected a string, got {type(detail).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "detail") from error

        try:
            instance = d.pop("instance", UNSET)
            if not isinstance(instance, str | Unset):
                raise TypeError(f"expected a string, got {type(instance).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "instance") from error

        try:
            _errors = d.pop("errors", UNSET)
            errors: list[FieldError] | Unset = UNSET
            if _errors is not UNSET:
                if not isinstance(_errors, list):
                    raise TypeError(f"expected an array, got {type(_errors).__name__}")
                errors = []
                for _errors_index, errors_item_data in enumerate(_errors):
                    try:
                        errors_item = FieldError.from_dict(errors_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                        raise ResponseValidationError.at(error, _errors_index) from error
                    errors.append(errors_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "errors") from error

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            errors=errors,
        )

        problem.additional_properties = d
        return problem

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
            ("type_", self.type_),
            ("title", self.title),
            ("status", self.status),
            ("detail", self.detail),
            ("instance", self.instance),
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
