from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.action_channel import ActionChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionInput")


@_attrs_define
class ActionInput:
    """The target and parameters of the action. Exactly one target is given: `arItemId` or `documentNo` (one AR item, resp.
    the AR item of that document) or `customerNo` (every open item of the customer). Per action type:

    - `stopreminders`, `stopdebtcollection`: one target (any of the three) and `until` are required; `channel` is not
    allowed.
    - `debtcollection`: `arItemId` or `documentNo` is required; `customerNo`, `until` and `channel` are not allowed.
    - `resenddocument`: `documentNo` or `arItemId` (the AR item of the document) is required; `channel` is optional;
    `customerNo` and `until` are not allowed.

    `comment` is optional for every type and is stored on the log item. A combination that the action type does not
    allow answers 422.

        Attributes:
            ar_item_id (int | Unset): The AR item the action applies to.
            customer_no (str | Unset): The client's number of the customer; compared case-insensitively.
            document_no (str | Unset): The client's number of the document; compared case-insensitively.
            until (datetime.date | Unset): A calendar date, `YYYY-MM-DD`, from 2000-01-01 to 2100-12-31: the GL years
                (`GlYear`), so that every document, posting and other ledger event falls in a GL period. A date outside the
                range answers 400; a date the server derives from one (a due date, an expiry) that would fall after 2100-12-31
                answers 422, naming the field it is derived from.
            channel (ActionChannel | Unset): Channel a document is sent through: `EMAIL` (PDF to the customer's
                `emailAddressDocument`), `EHF` (Peppol e-invoice to the customer's organisation number), `EFAKTURA` (Norwegian
                consumer e-invoice in the online bank), `PRINT` (paper to the postal address), `DIGIPOST` (Norwegian digital
                mailbox, by the customer's birth number).
            comment (str | Unset): Why the action is taken; stored on the log item.
    """

    ar_item_id: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    document_no: str | Unset = UNSET
    until: datetime.date | Unset = UNSET
    channel: ActionChannel | Unset = UNSET
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ar_item_id = self.ar_item_id

        customer_no = self.customer_no

        document_no = self.document_no

        until: str | Unset = UNSET
        if not isinstance(self.until, Unset):
            until = self.until.isoformat()

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if until is not UNSET:
            field_dict["until"] = until
        if channel is not UNSET:
            field_dict["channel"] = channel
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of ActionInput, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            ar_item_id = d.pop("arItemId", UNSET)
            if not isinstance(ar_item_id, int | Unset) or isinstance(ar_item_id, bool):
                raise TypeError(f"expected an integer, got {type(ar_item_id).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "arItemId") from error

        try:
            customer_no = d.pop("customerNo", UNSET)
            if not isinstance(customer_no, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            document_no = d.pop("documentNo", UNSET)
            if not isinstance(document_no, str | Unset):
                raise TypeError(f"expected a string, got {type(document_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "documentNo") from error

        try:
            _until = d.pop("until", UNSET)
            until: datetime.date | Unset
            if isinstance(_until, Unset):
                until = UNSET
            else:
                until = datetime.date.fromisoformat(_until)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "until") from error

        try:
            _channel = d.pop("channel", UNSET)
            channel: ActionChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = ActionChannel.parse(_channel)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "channel") from error

        try:
            comment = d.pop("comment", UNSET)
            if not isinstance(comment, str | Unset):
                raise TypeError(f"expected a string, got {type(comment).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "comment") from error

        action_input = cls(
            ar_item_id=ar_item_id,
            customer_no=customer_no,
            document_no=document_no,
            until=until,
            channel=channel,
            comment=comment,
        )

        return action_input

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("ar_item_id", self.ar_item_id),
            ("customer_no", self.customer_no),
            ("document_no", self.document_no),
            ("until", self.until),
            ("channel", self.channel),
            ("comment", self.comment),
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
