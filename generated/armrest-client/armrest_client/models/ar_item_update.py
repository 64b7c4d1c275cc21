from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ar_item_credit_note import ArItemCreditNote


T = TypeVar("T", bound="ArItemUpdate")


@_attrs_define
class ArItemUpdate:
    """The item to change, named by `arItemId`, and the changes: at least one key besides `arItemId`. A key left out keeps
    its value; `null` clears a stop date.

        Attributes:
            ar_item_id (int): The server's id of the AR item.
            due_date (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            stop_reminder_until (datetime.date | None | Unset): Send no reminder to and including this date; `null` clears
                it.
            stop_debt_collection_until (datetime.date | None | Unset): Do not send the item to debt collection to and
                including this date; `null` clears it.
            stop_interest_calc_until (datetime.date | None | Unset): Calculate no late-payment interest for days to and
                including this date; `null` clears it.
            kid (str | Unset): KID payment reference: 2 to 25 digits, the last a MOD10 (Luhn) or MOD11 check digit, as the
                client's `kidAlgorithm` and `kidLength` configuration say. A wrong check digit answers 422.
            credit_note (ArItemCreditNote | Unset): A credit note to create for the item (an `INVOICE` or `INTERESTNOTE`)
                and apply to it at once.
    """

    ar_item_id: int
    due_date: datetime.date | Unset = UNSET
    stop_reminder_until: datetime.date | None | Unset = UNSET
    stop_debt_collection_until: datetime.date | None | Unset = UNSET
    stop_interest_calc_until: datetime.date | None | Unset = UNSET
    kid: str | Unset = UNSET
    credit_note: ArItemCreditNote | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ar_item_id = self.ar_item_id

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = self.due_date.isoformat()

        stop_reminder_until: None | str | Unset
        if isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        elif isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = self.stop_reminder_until.isoformat()
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_debt_collection_until: None | str | Unset
        if isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        elif isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_interest_calc_until: None | str | Unset
        if isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        elif isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        kid = self.kid

        credit_note: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_note, Unset):
            credit_note = self.credit_note.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "arItemId": ar_item_id,
            }
        )
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if stop_reminder_until is not UNSET:
            field_dict["stopReminderUntil"] = stop_reminder_until
        if stop_debt_collection_until is not UNSET:
            field_dict["stopDebtCollectionUntil"] = stop_debt_collection_until
        if stop_interest_calc_until is not UNSET:
            field_dict["stopInterestCalcUntil"] = stop_interest_calc_until
        if kid is not UNSET:
            field_dict["kid"] = kid
        if credit_note is not UNSET:
            field_dict["creditNote"] = credit_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_item_credit_note import ArItemCreditNote  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemUpdate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            _due_date = d.pop("dueDate", UNSET)
            due_date: datetime.date | Unset
            if isinstance(_due_date, Unset):
                due_date = UNSET
            else:
                due_date = datetime.date.fromisoformat(_due_date)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDate") from error

        try:

            def _parse_stop_reminder_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            stop_reminder_until = _parse_stop_reminder_until(d.pop("stopReminderUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopReminderUntil") from error

        try:

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            stop_debt_collection_until = _parse_stop_debt_collection_until(
                d.pop("stopDebtCollectionUntil", UNSET)
            )

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopDebtCollectionUntil") from error

        try:

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            stop_interest_calc_until = _parse_stop_interest_calc_until(d.pop("stopInterestCalcUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopInterestCalcUntil") from error

        try:
            kid = d.pop("kid", UNSET)
            if not isinstance(kid, str | Unset):
                raise TypeError(f"expected a string, got {type(kid).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            _credit_note = d.pop("creditNote", UNSET)
            credit_note: ArItemCreditNote | Unset
            if isinstance(_credit_note, Unset):
                credit_note = UNSET
            else:
                credit_note = ArItemCreditNote.from_dict(_credit_note)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "creditNote") from error

        ar_item_update = cls(
            ar_item_id=ar_item_id,
            due_date=due_date,
            stop_reminder_until=stop_reminder_until,
            stop_debt_collection_until=stop_debt_collection_until,
            stop_interest_calc_until=stop_interest_calc_until,
            kid=kid,
            credit_note=credit_note,
        )

        return ar_item_update

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("ar_item_id", self.ar_item_id),
            ("due_date", self.due_date),
            ("stop_reminder_until", self.stop_reminder_until),
            ("stop_debt_collection_until", self.stop_debt_collection_until),
            ("stop_interest_calc_until", self.stop_interest_calc_until),
            ("kid", self.kid),
            ("credit_note", self.credit_note),
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
