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

    _fetch_page: Any = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getstate__(self) -> dict[str, Any]:
        """The page for pickling, without the way to the next page (it holds the client)."""
        from attrs import fields  # noqa: PLC0415

        return {
            field.name: getattr(self, field.name)
            for field in fields(type(self))
            if field.name != "_fetch_page"
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_fetch_page", None)

    def has_next_page(self) -> bool:
        """Whether a page follows this one."""
        summary = self.summary
        return (
            summary.next_page is not None
            and 0 < summary.current_page_size
            and summary.page_no < summary.total_pages
        )

    def next_page(self) -> GlMovementList:
        """The page after this one (a page read by a typed `list` method of a sync client)."""
        from ..exceptions import ArmrestError  # noqa: PLC0415

        if not self.has_next_page():
            raise ArmrestError("this is the last page: check has_next_page() first")
        if self._fetch_page is None:
            raise ArmrestError("next_page() follows pages read by a typed list method (arm.<resource>.list)")
        page = self._fetch_page(self.summary.query_id, self.summary.page_no + 1)
        if not isinstance(page, GlMovementList):
            page.close()
            raise ArmrestError("this page was read by an async client: await page.anext_page()")
        return page

    async def anext_page(self) -> GlMovementList:
        """The page after this one (a page read by a typed `list` method of an async client)."""
        from ..exceptions import ArmrestError  # noqa: PLC0415

        if not self.has_next_page():
            raise ArmrestError("this is the last page: check has_next_page() first")
        if self._fetch_page is None:
            raise ArmrestError("anext_page() follows pages read by a typed list method (arm.<resource>.list)")
        page = self._fetch_page(self.summary.query_id, self.summary.page_no + 1)
        if isinstance(page, GlMovementList):
            raise ArmrestError("this page was read by a sync client: call page.next_page()")
        following: GlMovementList = await page
        return following

    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    @property
    def request_id(self) -> str | None:
        """The `X-Request-Id` of the answer this came from, when a typed method (`arm.<resource>...`) read it."""
        return self._request_id

    def to_json(self) -> str:
        """The model as the API's JSON, numbers exact (a `Decimal` written as the number it spells)."""
        from ..decimals import dumps  # noqa: PLC0415

        return dumps(self.to_dict()).decode()
