from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.gl_movement import GlMovement
    from ..models.summary import Summary


T = TypeVar("T", bound="GlMovementList")


@_attrs_define
class GlMovementList:
    """A page of GL movements, ordered by `glYear`, `glPeriod`, `accountNo`.

    Attributes:
        summary (Summary): The paging envelope of every list. The first call freezes its result set under `queryId`;
            later pages are read with `?query=<queryId>&pageno=<n>` on the same path.
        gl_movements (list[GlMovement]):
    """

    summary: Summary
    gl_movements: list[GlMovement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        gl_movements = []
        for gl_movements_item_data in self.gl_movements:
            gl_movements_item = gl_movements_item_data.to_dict()
            gl_movements.append(gl_movements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "glMovements": gl_movements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gl_movement import GlMovement  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of GlMovementList, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            summary = Summary.from_dict(d.pop("summary"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "summary") from error

        try:
            gl_movements = []
            _gl_movements = d.pop("glMovements")
            if not isinstance(_gl_movements, list):
                raise TypeError(f"expected an array, got {type(_gl_movements).__name__}")
            for _gl_movements_index, gl_movements_item_data in enumerate(_gl_movements):
                try:
                    gl_movements_item = GlMovement.from_dict(gl_movements_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _gl_movements_index) from error
                gl_movements.append(gl_movements_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glMovements") from error

        gl_movement_list = cls(
            summary=summary,
            gl_movements=gl_movements,
        )

        gl_movement_list.additional_properties = d
        return gl_movement_list

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
            ("summary", self.summary),
            ("gl_movements", self.gl_movements),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"{type(self).__name__}({shown})"

    @property
    def page_items(self) -> list[GlMovement]:
        """The records of this page (`gl_movements`), which `armrest_client.paging` iterates."""
        return self.gl_movements
