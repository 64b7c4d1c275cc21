from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import Unset

T = TypeVar("T", bound="GlMovement")


@_attrs_define
class GlMovement:
    """Movement and balance of one GL account in one GL period, derived from the GL items (never stored a second time).
    `movement` = `debit` - `credit`; `closingBalance` = `openingBalance` + `movement`. The opening balance of a period
    is the closing balance of the period before; the opening balance of period 1 is the closing balance of period 12 of
    the year before (no year-end closing of result accounts is made). Over all accounts of one period the movements, and
    the balances, sum to zero.

        Attributes:
            account_no (str): GL account number (Norwegian standard chart of accounts, NS 4102). Accounts in use: 1500
                Kundefordringer / Accounts receivable, 1920 Bank, 2700 Utgående merverdiavgift / Output VAT, 3000 Salgsinntekt /
                Sales revenue, 3900 Gebyrinntekt / Fee income, 7830 Tap på fordringer / Bad debt loss, 8050 Renteinntekt /
                Interest income.
            account_name (str): Name of the GL account, in the language asked for by `Accept-Language` (Norwegian by
                default).
            gl_year (int): GL year (the calendar year of the posting date). Its bounds are those of every date the API takes
                (`CalendarDate`, 2000-01-01 to 2100-12-31), so every document and posting falls in a GL year.
            gl_period (int): GL period, the calendar month of the posting date (1 = January).
            opening_balance (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            debit (Decimal): A sum of debit or credit entries, never negative, at most two decimals.
            credit (Decimal): A sum of debit or credit entries, never negative, at most two decimals.
            movement (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
                decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            closing_balance (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            closed (bool): Whether the period is closed. The figures of a closed period are final; those of an open period
                grow as events are posted.
    """

    account_no: str
    account_name: str
    gl_year: int
    gl_period: int
    opening_balance: Decimal
    debit: Decimal
    credit: Decimal
    movement: Decimal
    closing_balance: Decimal
    closed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        account_name = self.account_name

        gl_year = self.gl_year

        gl_period = self.gl_period

        opening_balance = self.opening_balance

        debit = self.debit

        credit = self.credit

        movement = self.movement

        closing_balance = self.closing_balance

        closed = self.closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNo": account_no,
                "accountName": account_name,
                "glYear": gl_year,
                "glPeriod": gl_period,
                "openingBalance": opening_balance,
                "debit": debit,
                "credit": credit,
                "movement": movement,
                "closingBalance": closing_balance,
                "closed": closed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of GlMovement, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            account_no = d.pop("accountNo")
            if not isinstance(account_no, str):
                raise TypeError(f"expected a string, got {type(account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountNo") from error

        try:
            account_name = d.pop("accountName")
            if not isinstance(account_name, str):
                raise TypeError(f"expected a string, got {type(account_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountName") from error

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
            opening_balance = decimal_of(d.pop("openingBalance"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "openingBalance") from error

        try:
            debit = decimal_of(d.pop("debit"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "debit") from error

        try:
            credit = decimal_of(d.pop("credit"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "credit") from error

        try:
            movement = decimal_of(d.pop("movement"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "movement") from error

        try:
            closing_balance = decimal_of(d.pop("closingBalance"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "closingBalance") from error

        try:
            closed = d.pop("closed")
            if not isinstance(closed, bool):
                raise TypeError(f"expected a boolean, got {type(closed).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "closed") from error

        gl_movement = cls(
            account_no=account_no,
            account_name=account_name,
            gl_year=gl_year,
            gl_period=gl_period,
            opening_balance=opening_balance,
            debit=debit,
            credit=credit,
            movement=movement,
            closing_balance=closing_balance,
            closed=closed,
        )

        gl_movement.additional_properties = d
        return gl_movement

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
            ("account_no", self.account_no),
            ("account_name", self.account_name),
            ("gl_year", self.gl_year),
            ("gl_period", self.gl_period),
            ("opening_balance", self.opening_balance),
            ("debit", self.debit),
            ("credit", self.credit),
            ("movement", self.movement),
            ("closing_balance", self.closing_balance),
            ("closed", self.closed),
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
