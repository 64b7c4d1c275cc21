from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """The paging envelope of every list. The first call freezes its result set under `queryId`; later pages are read with
    `?query=<queryId>&pageno=<n>` on the same path.

        Attributes:
            page_no (int): Number of this page, from 1.
            current_page_size (int): Records on this page.
            page_size_limit (int): The page size in force for this query (after defaults and the fallback for page sizes
                below 5).
            total_pages (int): Pages in the frozen result set.
            total_count (int): Records in the frozen result set (at most `maximumCount`).
            maximum_count (int): The most records this query may return.
            next_page (None | str): URL of the next page, `null` on the last page.
            last_page (None | str): URL of the last page, `null` when the result is empty.
            query_id (str): Opaque id of the frozen result set, valid for 24 hours (URL-safe characters; 22 in the examples,
                longer where the query carries more). The id holds the query itself, so making one stores nothing on the server.
    """

    page_no: int
    current_page_size: int
    page_size_limit: int
    total_pages: int
    total_count: int
    maximum_count: int
    next_page: None | str
    last_page: None | str
    query_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_no = self.page_no

        current_page_size = self.current_page_size

        page_size_limit = self.page_size_limit

        total_pages = self.total_pages

        total_count = self.total_count

        maximum_count = self.maximum_count

        next_page: None | str
        next_page = self.next_page

        last_page: None | str
        last_page = self.last_page

        query_id = self.query_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageNo": page_no,
                "currentPageSize": current_page_size,
                "pageSizeLimit": page_size_limit,
                "totalPages": total_pages,
                "totalCount": total_count,
                "maximumCount": maximum_count,
                "nextPage": next_page,
                "lastPage": last_page,
                "queryId": query_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Summary, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            page_no = d.pop("pageNo")
            if not isinstance(page_no, int) or isinstance(page_no, bool):
                raise TypeError(f"expected an integer, got {type(page_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "pageNo") from error

        try:
            current_page_size = d.pop("currentPageSize")
            if not isinstance(current_page_size, int) or isinstance(current_page_size, bool):
                raise TypeError(f"expected an integer, got {type(current_page_size).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currentPageSize") from error

        try:
            page_size_limit = d.pop("pageSizeLimit")
            if not isinstance(page_size_limit, int) or isinstance(page_size_limit, bool):
                raise TypeError(f"expected an integer, got {type(page_size_limit).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "pageSizeLimit") from error

        try:
            total_pages = d.pop("totalPages")
            if not isinstance(total_pages, int) or isinstance(total_pages, bool):
                raise TypeError(f"expected an integer, got {type(total_pages).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "totalPages") from error

        try:
            total_count = d.pop("totalCount")
            if not isinstance(total_count, int) or isinstance(total_count, bool):
                raise TypeError(f"expected an integer, got {type(total_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "totalCount") from error

        try:
            maximum_count = d.pop("maximumCount")
            if not isinstance(maximum_count, int) or isinstance(maximum_count, bool):
                raise TypeError(f"expected an integer, got {type(maximum_count).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "maximumCount") from error

        try:

            def _parse_next_page(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            next_page = _parse_next_page(d.pop("nextPage", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "nextPage") from error

        try:

            def _parse_last_page(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            last_page = _parse_last_page(d.pop("lastPage", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lastPage") from error

        try:
            query_id = d.pop("queryId")
            if not isinstance(query_id, str):
                raise TypeError(f"expected a string, got {type(query_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "queryId") from error

        summary = cls(
            page_no=page_no,
            current_page_size=current_page_size,
            page_size_limit=page_size_limit,
            total_pages=total_pages,
            total_count=total_count,
            maximum_count=maximum_count,
            next_page=next_page,
            last_page=last_page,
            query_id=query_id,
        )

        summary.additional_properties = d
        return summary

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
            ("page_no", self.page_no),
            ("current_page_size", self.current_page_size),
            ("page_size_limit", self.page_size_limit),
            ("total_pages", self.total_pages),
            ("total_count", self.total_count),
            ("maximum_count", self.maximum_count),
            ("next_page", self.next_page),
            ("last_page", self.last_page),
            ("query_id", self.query_id),
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
