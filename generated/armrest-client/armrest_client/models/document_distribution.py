from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.document_distribution_channel import DocumentDistributionChannel
from ..types import Unset

T = TypeVar("T", bound="DocumentDistribution")


@_attrs_define
class DocumentDistribution:
    """How the document is distributed.

    Attributes:
        type_ (str): Distribution type code, as the customer's `distribution.type` (values listed by the Codes resource,
            `distributiontype`). Empty when neither the document nor its customer names one: ARMrest then does not send the
            document (the client does).
        channel (DocumentDistributionChannel | None): The channel the document was sent through; `null` when ARMrest did
            not send it (empty `type`).
    """

    type_: str
    channel: DocumentDistributionChannel | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        channel: None | str
        if isinstance(self.channel, DocumentDistributionChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "channel": channel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentDistribution, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise TypeError(f"expected a string, got {type(type_).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "type") from error

        try:

            def _parse_channel(data: object) -> DocumentDistributionChannel | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    channel_type_0 = DocumentDistributionChannel.parse(data)

                    return channel_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DocumentDistributionChannel | None, data)

            channel = _parse_channel(d.pop("channel", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "channel") from error

        document_distribution = cls(
            type_=type_,
            channel=channel,
        )

        document_distribution.additional_properties = d
        return document_distribution

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
            ("type_", self.type_),
            ("channel", self.channel),
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
