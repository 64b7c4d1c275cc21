from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.gl_item import GlItem
    from ..models.summary import Summary


T = TypeVar("T", bound="GlItemList")


@_attrs_define
class GlItemList:
    """A page of GL items, in `glItemId` order (the order they were posted).

    Attributes:
        summary (Summary): The paging envelope of every list. The first call freezes its result set under `queryId`;
            later pages are read with `?query=<queryId>&pageno=<n>` on the same path.
        gl_items (list[GlItem]):
    """

    summary: Summary
    gl_items: list[GlItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        gl_items = []
        for gl_items_item_data in self.gl_items:
            gl_items_item = gl_items_item_data.to_dict()
            gl_items.append(gl_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "glItems": gl_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gl_item import GlItem  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of GlItemList, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            summary = Summary.from_dict(d.pop("summary"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "summary") from error

        try:
            gl_items = []
            _gl_items = d.pop("glItems")
            if not isinstance(_gl_items, list):
                raise TypeError(f"expected an array, got {type(_gl_items).__name__}")
            for _gl_items_index, gl_items_item_data in enumerate(_gl_items):
                try:
                    gl_items_item = GlItem.from_dict(gl_items_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _gl_items_index) from error
                gl_items.append(gl_items_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glItems") from error

        gl_item_list = cls(
            summary=summary,
            gl_items=gl_items,
        )

        gl_item_list.additional_properties = d
        return gl_item_list

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
            ("gl_items", self.gl_items),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"{type(self).__name__}({shown})"

    @property
    def page_items(self) -> list[GlItem]:
        """The records of this page (`gl_items`), which `armrest_client.paging` iterates."""
        return self.gl_items
