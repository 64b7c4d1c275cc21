from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.report_input import ReportInput


T = TypeVar("T", bound="ReportAction")


@_attrs_define
class ReportAction:
    """The report action.

    Attributes:
        report (ReportInput): Parameters of the report.
    """

    report: ReportInput

    def to_dict(self) -> dict[str, Any]:
        report = self.report.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "report": report,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_input import ReportInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ReportAction, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            report = ReportInput.from_dict(d.pop("report"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "report") from error

        report_action = cls(
            report=report,
        )

        return report_action

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("report", self.report),
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
