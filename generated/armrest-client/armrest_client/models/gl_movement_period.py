from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.gl_movement import GlMovement


T = TypeVar("T", bound="GlMovementPeriod")


@_attrs_define
class GlMovementPeriod:
    """One closed GL period with the movement and balance of every account posted on up to its end.

    Attributes:
        gl_year (int): GL year (the calendar year of the posting date). Its bounds are those of every date the API takes
            (`CalendarDate`, 2000-01-01 to 2100-12-31), so every document and posting falls in a GL year.
        gl_period (int): GL period, the calendar month of the posting date (1 = January).
        closed (bool): Always `true`: this answer only names closed periods.
        closed_on (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
            (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
            range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
            answers 422, naming the field it is derived from.
        movements (list[GlMovement]): One entry per account with any GL item posted up to the period's last day, in
            `accountNo` order.
    """

    gl_year: int
    gl_period: int
    closed: bool
    closed_on: datetime.date
    movements: list[GlMovement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gl_year = self.gl_year

        gl_period = self.gl_period

        closed = self.closed

        closed_on = self.closed_on.isoformat()

        movements = []
        for movements_item_data in self.movements:
            movements_item = movements_item_data.to_dict()
            movements.append(movements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "glYear": gl_year,
                "glPeriod": gl_period,
                "closed": closed,
                "closedOn": closed_on,
                "movements": movements,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gl_movement import GlMovement  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of GlMovementPeriod, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            gl_year = d.pop("glYear")
            if not isinstance(gl_year, int) or isinstance(gl_year, bool):
                raise TypeError(f"expected an integer, got {type(gl_year).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glYear") from error

        try:
            gl_period = d.pop("glPeriod")
            if not isinstance(gl_period, int) or isinstance(gl_period, bool):
                raise TypeError(f"expected an integer, got {type(gl_period).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "glPeriod") from error

        try:
            closed = d.pop("closed")
            if not isinstance(closed, bool):
                raise TypeError(f"expected a boolean, got {type(closed).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "closed") from error

        try:
            closed_on = datetime.date.fromisoformat(d.pop("closedOn"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "closedOn") from error

        try:
            movements = []
            _movements = d.pop("movements")
            if not isinstance(_movements, list):
                raise TypeError(f"expected an array, got {type(_movements).__name__}")
            for _movements_index, movements_item_data in enumerate(_movements):
                try:
                    movements_item = GlMovement.from_dict(movements_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _movements_index) from error
                movements.append(movements_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "movements") from error

        gl_movement_period = cls(
            gl_year=gl_year,
            gl_period=gl_period,
            closed=closed,
            closed_on=closed_on,
            movements=movements,
        )

        gl_movement_period.additional_properties = d
        return gl_movement_period

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
            ("gl_year", self.gl_year),
            ("gl_period", self.gl_period),
            ("closed", self.closed),
            ("closed_on", self.closed_on),
            ("movements", self.movements),
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
