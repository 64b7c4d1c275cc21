from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.document_distribution_channel import DocumentDistributionChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentDistributionCreate")


@_attrs_define
class DocumentDistributionCreate:
    """How the document is to be distributed. Absent keys take the customer's values.

    Attributes:
        type_ (str | Unset): Distribution type code (values listed by the Codes resource, `distributiontype`; another
            value answers 422). Default the customer's `distribution.type`.
        channel (DocumentDistributionChannel | Unset): Channel a document is sent through: `EMAIL` (PDF to the
            customer's `emailAddressDocument`), `EHF` (Peppol e-invoice to the customer's organisation number), `EFAKTURA`
            (Norwegian consumer e-invoice in the online bank), `PRINT` (paper to the postal address), `DIGIPOST` (Norwegian
            digital mailbox, by the customer's birth number).
    """

    type_: str | Unset = UNSET
    channel: DocumentDistributionChannel | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentDistributionCreate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
            if not isinstance(type_, str | Unset):
                raise TypeError(f"expected a string, got {type(type_).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "type") from error

        try:
            _channel = d.pop("channel", UNSET)
            channel: DocumentDistributionChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = DocumentDistributionChannel.parse(_channel)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "channel") from error

        document_distribution_create = cls(
            type_=type_,
            channel=channel,
        )

        return document_distribution_create

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("channel", self.channel),
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
