from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.code_type import CodeType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.code import Code


T = TypeVar("T", bound="CodeTable")


@_attrs_define
class CodeTable:
    """All values of one code table, ordered by `code`. `validFrom` and `validTo` are present only for values valid for a
    limited time; data written outside that time answers 422.

        Attributes:
            code_type (CodeType): A code table:
                - `customercategory`: `Customer.customerCategory`.
                - `distributiontype`: `Customer.distribution.type` and document distribution types.
                - `documenttype`: `documentType` of documents and AR items.
                - `aritemstatus`: `status` of AR items.
                - `autopostingmethod`: the `autopostingmethod` path parameter of `createAutoPostings`.
                - `postingresulttype`: `resultType` of auto postings.
                - `actiontype`: the `actiontype` path parameter of `createAction`.
                - `reporttype`: the `reporttype` path parameter of `createReportAction`.
                - `batchtype`: `Batch.batchType`.
                - `batchstatus`: `Batch.status`.
                - `registrationstatus`: `Customer.registrationStatusCode`.
                - `activestatusweb`: `Customer.activeStatusWeb`.
                - `filetype`: file types (`allowedFileTypes`).
                - `currency`: currency codes.
                - `language`: language codes (`Customer.language`).
                - `glaccount`: GL account numbers and names.
            description (str): Name of the table, in the language of `Accept-Language`.
            codes (list[Code]):
    """

    code_type: CodeType
    description: str
    codes: list[Code]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_type = self.code_type.value

        description = self.description

        codes = []
        for codes_item_data in self.codes:
            codes_item = codes_item_data.to_dict()
            codes.append(codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codeType": code_type,
                "description": description,
                "codes": codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code import Code  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of CodeTable, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            code_type = CodeType.parse(d.pop("codeType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "codeType") from error

        try:
            description = d.pop("description")
            if not isinstance(description, str):
                raise TypeError(f"expected a string, got {type(description).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "description") from error

        try:
            codes = []
            _codes = d.pop("codes")
            if not isinstance(_codes, list):
                raise TypeError(f"expected an array, got {type(_codes).__name__}")
            for _codes_index, codes_item_data in enumerate(_codes):
                try:
                    codes_item = Code.from_dict(codes_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _codes_index) from error
                codes.append(codes_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "codes") from error

        code_table = cls(
            code_type=code_type,
            description=description,
            codes=codes,
        )

        code_table.additional_properties = d
        return code_table

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
            ("code_type", self.code_type),
            ("description", self.description),
            ("codes", self.codes),
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
