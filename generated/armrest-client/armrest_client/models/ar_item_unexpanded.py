from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.ar_item_status import ArItemStatus
from ..models.ar_item_type import ArItemType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.ar_item_payment_reservation import ArItemPaymentReservation


T = TypeVar("T", bound="ArItemUnexpanded")


@_attrs_define
class ArItemUnexpanded:
    """One item of the accounts-receivable ledger, without expansions: the debt (or credit) one document created, or an
    unapplied payment (`documentType` `PAYMENT`, no document). Amounts are signed: positive is a debit (the customer
    owes), negative a credit (the client owes). A document's `arItem` (`expand=arItem`) nests it so; `ArItem` adds the
    expansions.

        Attributes:
            ar_item_id (int): The server's id of the AR item.
            document_no (None | str): The document that created the item; `null` for an unapplied payment.
            document_uuid (None | UUID): The server's id of that document; `null` for an unapplied payment.
            document_type (ArItemType): What created the item: a document of that type (`INVOICE`, `CREDITNOTE`,
                `INTERESTNOTE`, `REMINDER`), or `PAYMENT`, money received that an auto posting could not apply to a debit item
                (an unapplied payment, a credit of the customer), which has no document.
            customer_no (str): The client's number of the customer; compared case-insensitively.
            account_no (int): The customer's AR account number.
            kid (None | str): The KID payments are matched with (the document's, unless changed with updateArItem); `null`
                for an unapplied payment that has none.
            document_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            due_date (datetime.date): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years (`GlYear`),
                so that every document, posting and other ledger event falls in a GL period. A date outside the range answers
                400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31 answers 422,
                naming the field it is derived from.
            currency (str): ISO 4217 currency code. Values are listed by the Codes resource (`currency`). Accepted in any
                case and read in capitals (`x-armrest-case`), as every data value is case-insensitive.
            original_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            remaining_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            status (ArItemStatus): `OPEN` while `remainingAmount` is not zero; `CLOSED` once it is (settled by payments,
                credit notes or write-offs). A closed item is never reopened.
            closed_date (datetime.date | None): The date the item was closed (the date of the settlement that closed it);
                `null` while open.
            in_debt_collection (bool): Whether the item has been sent to debt collection.
            stop_reminder_until (datetime.date | None): No reminder is sent for the item to and including this date; `null`
                when not stopped.
            stop_debt_collection_until (datetime.date | None): The item is not sent to debt collection to and including this
                date; `null` when not stopped.
            stop_interest_calc_until (datetime.date | None): No late-payment interest is calculated for days to and
                including this date; `null` when not stopped.
            payment_reservation (ArItemPaymentReservation | None): The active payment reservation; `null` when there is none
                (or it has expired).
            created_at (datetime.datetime): An instant, RFC 3339 in UTC.
            changed_at (datetime.datetime): An instant, RFC 3339 in UTC.
    """

    ar_item_id: int
    document_no: None | str
    document_uuid: None | UUID
    document_type: ArItemType
    customer_no: str
    account_no: int
    kid: None | str
    document_date: datetime.date
    due_date: datetime.date
    currency: str
    original_amount: Decimal
    remaining_amount: Decimal
    status: ArItemStatus
    closed_date: datetime.date | None
    in_debt_collection: bool
    stop_reminder_until: datetime.date | None
    stop_debt_collection_until: datetime.date | None
    stop_interest_calc_until: datetime.date | None
    payment_reservation: ArItemPaymentReservation | None
    created_at: datetime.datetime
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ar_item_payment_reservation import ArItemPaymentReservation  # noqa: PLC0415

        ar_item_id = self.ar_item_id

        document_no: None | str
        document_no = self.document_no

        document_uuid: None | str
        if isinstance(self.document_uuid, UUID):
            document_uuid = str(self.document_uuid)
        else:
            document_uuid = self.document_uuid

        document_type = self.document_type.value

        customer_no = self.customer_no

        account_no = self.account_no

        kid: None | str
        kid = self.kid

        document_date = self.document_date.isoformat()

        due_date = self.due_date.isoformat()

        currency = self.currency

        original_amount = self.original_amount

        remaining_amount = self.remaining_amount

        status = self.status.value

        closed_date: None | str
        if isinstance(self.closed_date, datetime.date):
            closed_date = self.closed_date.isoformat()
        else:
            closed_date = self.closed_date

        in_debt_collection = self.in_debt_collection

        stop_reminder_until: None | str
        if isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = self.stop_reminder_until.isoformat()
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_debt_collection_until: None | str
        if isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_interest_calc_until: None | str
        if isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        payment_reservation: dict[str, Any] | None
        if isinstance(self.payment_reservation, ArItemPaymentReservation):
            payment_reservation = self.payment_reservation.to_dict()
        else:
            payment_reservation = self.payment_reservation

        created_at = self.created_at.isoformat()

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arItemId": ar_item_id,
                "documentNo": document_no,
                "documentUuid": document_uuid,
                "documentType": document_type,
                "customerNo": customer_no,
                "accountNo": account_no,
                "kid": kid,
                "documentDate": document_date,
                "dueDate": due_date,
                "currency": currency,
                "originalAmount": original_amount,
                "remainingAmount": remaining_amount,
                "status": status,
                "closedDate": closed_date,
                "inDebtCollection": in_debt_collection,
                "stopReminderUntil": stop_reminder_until,
                "stopDebtCollectionUntil": stop_debt_collection_until,
                "stopInterestCalcUntil": stop_interest_calc_until,
                "paymentReservation": payment_reservation,
                "createdAt": created_at,
                "changedAt": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ar_item_payment_reservation import ArItemPaymentReservation  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ArItemUnexpanded, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            ar_item_id = d.pop("arItemId")
            if not isinstance(ar_item_id, int) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:

            def _parse_document_no(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            document_no = _parse_document_no(d.pop("documentNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:

            def _parse_document_uuid(data: object) -> None | UUID:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    document_uuid_type_0 = UUID(data)

                    return document_uuid_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | UUID, data)

            document_uuid = _parse_document_uuid(d.pop("documentUuid", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentUuid") from error

        try:
            document_type = ArItemType.parse(d.pop("documentType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentType") from error

        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            account_no = d.pop("accountNo")
            if not isinstance(account_no, int) or isinstance(account_no, bool):
                raise TypeError(f"expected an integer, got {type(account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountNo") from error

        try:

            def _parse_kid(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            kid = _parse_kid(d.pop("kid", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "kid") from error

        try:
            document_date = datetime.date.fromisoformat(d.pop("documentDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentDate") from error

        try:
            due_date = datetime.date.fromisoformat(d.pop("dueDate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDate") from error

        try:
            currency = d.pop("currency")
            if not isinstance(currency, str):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:
            original_amount = decimal_of(d.pop("originalAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "originalAmount") from error

        try:
            remaining_amount = decimal_of(d.pop("remainingAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "remainingAmount") from error

        try:
            status = ArItemStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:

            def _parse_closed_date(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    closed_date_type_0 = datetime.date.fromisoformat(data)

                    return closed_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            closed_date = _parse_closed_date(d.pop("closedDate", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "closedDate") from error

        try:
            in_debt_collection = d.pop("inDebtCollection")
            if not isinstance(in_debt_collection, bool):
                raise TypeError(f"expected a boolean, got {type(in_debt_collection).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "inDebtCollection") from error

        try:

            def _parse_stop_reminder_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_reminder_until = _parse_stop_reminder_until(d.pop("stopReminderUntil", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopReminderUntil") from error

        try:

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_debt_collection_until = _parse_stop_debt_collection_until(
                d.pop("stopDebtCollectionUntil", None)
            )

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopDebtCollectionUntil") from error

        try:

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_interest_calc_until = _parse_stop_interest_calc_until(d.pop("stopInterestCalcUntil", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopInterestCalcUntil") from error

        try:

            def _parse_payment_reservation(data: object) -> ArItemPaymentReservation | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payment_reservation_type_0 = ArItemPaymentReservation.from_dict(data)

                    return payment_reservation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(ArItemPaymentReservation | None, data)

            payment_reservation = _parse_payment_reservation(d.pop("paymentReservation", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "paymentReservation") from error

        try:
            created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:
            changed_at = datetime.datetime.fromisoformat(d.pop("changedAt"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "changedAt") from error

        ar_item_unexpanded = cls(
            ar_item_id=ar_item_id,
            document_no=document_no,
            document_uuid=document_uuid,
            document_type=document_type,
            customer_no=customer_no,
            account_no=account_no,
            kid=kid,
            document_date=document_date,
            due_date=due_date,
            currency=currency,
            original_amount=original_amount,
            remaining_amount=remaining_amount,
            status=status,
            closed_date=closed_date,
            in_debt_collection=in_debt_collection,
            stop_reminder_until=stop_reminder_until,
            stop_debt_collection_until=stop_debt_collection_until,
            stop_interest_calc_until=stop_interest_calc_until,
            payment_reservation=payment_reservation,
            created_at=created_at,
            changed_at=changed_at,
        )

        ar_item_unexpanded.additional_properties = d
        return ar_item_unexpanded

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
            ("ar_item_id", self.ar_item_id),
            ("document_no", self.document_no),
            ("document_uuid", self.document_uuid),
            ("document_type", self.document_type),
            ("customer_no", self.customer_no),
            ("account_no", self.account_no),
            ("kid", self.kid),
            ("document_date", self.document_date),
            ("due_date", self.due_date),
            ("currency", self.currency),
            ("original_amount", self.original_amount),
            ("remaining_amount", self.remaining_amount),
            ("status", self.status),
            ("closed_date", self.closed_date),
            ("in_debt_collection", self.in_debt_collection),
            ("stop_reminder_until", self.stop_reminder_until),
            ("stop_debt_collection_until", self.stop_debt_collection_until),
            ("stop_interest_calc_until", self.stop_interest_calc_until),
            ("payment_reservation", self.payment_reservation),
            ("created_at", self.created_at),
            ("changed_at", self.changed_at),
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
