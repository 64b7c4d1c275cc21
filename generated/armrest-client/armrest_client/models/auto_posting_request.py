from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.auto_posting_input import AutoPostingInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="AutoPostingRequest")


@_attrs_define
class AutoPostingRequest:
    """One or more auto postings of the same method; all-or-nothing.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        auto_postings (list[AutoPostingInput]): The postings, processed in order (each sees the effect of the ones
            before it).
    """

    metadata: Metadata
    auto_postings: list[AutoPostingInput]

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        auto_postings = []
        for auto_postings_item_data in self.auto_postings:
            auto_postings_item = auto_postings_item_data.to_dict()
            auto_postings.append(auto_postings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "autoPostings": auto_postings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_posting_input import AutoPostingInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AutoPostingRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            auto_postings = []
            _auto_postings = d.pop("autoPostings")
            if not isinstance(_auto_postings, list):
                raise TypeError(f"expected an array, got {type(_auto_postings).__name__}")
            for _auto_postings_index, auto_postings_item_data in enumerate(_auto_postings):
                try:
                    auto_postings_item = AutoPostingInput.from_dict(auto_postings_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _auto_postings_index) from error
                auto_postings.append(auto_postings_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "autoPostings") from error

        auto_posting_request = cls(
            metadata=metadata,
            auto_postings=auto_postings,
        )

        return auto_posting_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("auto_postings", self.auto_postings),
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
