from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..types import Unset

if TYPE_CHECKING:
    from ..models.client_config import ClientConfig
    from ..models.summary import Summary


T = TypeVar("T", bound="ClientConfigList")


@_attrs_define
class ClientConfigList:
    """A page of the client's configuration values, ordered by `configKey`.

    Attributes:
        summary (Summary): The paging envelope of every list. The first call freezes its result set under `queryId`;
            later pages are read with `?query=<queryId>&pageno=<n>` on the same path.
        client_configs (list[ClientConfig]):
    """

    summary: Summary
    client_configs: list[ClientConfig]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary = self.summary.to_dict()

        client_configs = []
        for client_configs_item_data in self.client_configs:
            client_configs_item = client_configs_item_data.to_dict()
            client_configs.append(client_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "summary": summary,
                "clientConfigs": client_configs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_config import ClientConfig  # noqa: PLC0415
        from ..models.summary import Summary  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of ClientConfigList, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            summary = Summary.from_dict(d.pop("summary"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "summary") from error

        try:
            client_configs = []
            _client_configs = d.pop("clientConfigs")
            if not isinstance(_client_configs, list):
                raise TypeError(f"expected an array, got {type(_client_configs).__name__}")
            for _client_configs_index, client_configs_item_data in enumerate(_client_configs):
                try:
                    client_configs_item = ClientConfig.from_dict(client_configs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _client_configs_index) from error
                client_configs.append(client_configs_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "clientConfigs") from error

        client_config_list = cls(
            summary=summary,
            client_configs=client_configs,
        )

        client_config_list.additional_properties = d
        return client_config_list

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
            ("summary", self.summary),
            ("client_configs", self.client_configs),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"{type(self).__name__}({shown})"

    @property
    def page_items(self) -> list[ClientConfig]:
        """The records of this page (`client_configs`), which `armrest_client.paging` iterates."""
        return self.client_configs
