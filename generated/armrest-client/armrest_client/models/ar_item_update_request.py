from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.ar_item_update import ArItemUpdate
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ArItemUpdateRequest")


@_attrs_define
class ArItemUpdateRequest:
    """The body of updateArItem.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        ar_item (ArItemUpdate): The item to change, named by `arItemId`, and the changes: at least one key besides
            `arItemId`. A key left out keeps its value; `null` clears a stop date.
    """

    metadata: Metadata
    ar_item: ArItemUpdate

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        ar_item = self.ar_item.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "arItem": ar_item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_item_update import ArItemUpdate  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemUpdateRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            ar_item = ArItemUpdate.from_dict(d.pop("arItem"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItem") from error

        ar_item_update_request = cls(
            metadata=metadata,
            ar_item=ar_item,
        )

        return ar_item_update_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("ar_item", self.ar_item),
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
