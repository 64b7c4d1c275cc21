from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.action_input import ActionInput
    from ..models.metadata import Metadata


T = TypeVar("T", bound="ActionRequest")


@_attrs_define
class ActionRequest:
    """An action to perform; which fields of `action` apply depends on the action type.

    Attributes:
        metadata (Metadata): Who acts and why. Sent beside the payload on every write.
        action (ActionInput): The target and parameters of the action. Exactly one target is given: `arItemId` or
            `documentNo` (one AR item, resp. the AR item of that document) or `customerNo` (every open item of the
            customer). Per action type:

            - `stopreminders`, `stopdebtcollection`: one target (any of the three) and `until` are required; `channel` is
            not allowed.
            - `debtcollection`: `arItemId` or `documentNo` is required; `customerNo`, `until` and `channel` are not allowed.
            - `resenddocument`: `documentNo` or `arItemId` (the AR item of the document) is required; `channel` is optional;
            `customerNo` and `until` are not allowed.

            `comment` is optional for every type and is stored on the log item. A combination that the action type does not
            allow answers 422.
    """

    metadata: Metadata
    action: ActionInput

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "metadata": metadata,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_input import ActionInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ActionRequest, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            metadata = Metadata.from_dict(d.pop("metadata"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "metadata") from error

        try:
            action = ActionInput.from_dict(d.pop("action"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "action") from error

        action_request = cls(
            metadata=metadata,
            action=action,
        )

        return action_request

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("metadata", self.metadata),
            ("action", self.action),
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
