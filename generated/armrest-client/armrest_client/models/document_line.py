from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_vat_rate import DocumentVatRate
from ..types import Unset

T = TypeVar("T", bound="DocumentLine")


@_attrs_define
class DocumentLine:
    """One line of a document with its computed amounts: `amountExclVat` = `quantity` × `unitPrice` and `vatAmount` =
    `amountExclVat` × `vatRate` / 100, each rounded half-up (halves away from zero) to øre (0.01); `amountInclVat` =
    `amountExclVat` + `vatAmount`. Amounts are as printed on the document: a credit note's lines are written like an
    invoice's, not negated. (The lines of a credit note made by updateArItem are derived from the amount credited
    instead; see that operation.)

        Attributes:
            line_no (int): Number of the line, unique in the document.
            product_code (None | str): The client's code of the product or service; `null` when none was given.
            description (str): What the line is for.
            quantity (Decimal): A quantity with at most three decimals, greater than zero.
            unit_price (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
                decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            vat_rate (DocumentVatRate): VAT rate in percent: one of the Norwegian rates 25 (general), 15 (food), 12
                (passenger transport, accommodation, ...) or 0 (exempt or outside the scope of VAT).
            amount_excl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            vat_amount (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
                decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
            amount_incl_vat (Decimal): An amount in the currency of its record, a JSON number with at most two decimals.
                More decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
                `multipleOf: 0.01`, which float-based validators misjudge).
    """

    line_no: int
    product_code: None | str
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: DocumentVatRate
    amount_excl_vat: Decimal
    vat_amount: Decimal
    amount_incl_vat: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_no = self.line_no

        product_code: None | str
        product_code = self.product_code

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        vat_rate = self.vat_rate.value

        amount_excl_vat = self.amount_excl_vat

        vat_amount = self.vat_amount

        amount_incl_vat = self.amount_incl_vat

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineNo": line_no,
                "productCode": product_code,
                "description": description,
                "quantity": quantity,
                "unitPrice": unit_price,
                "vatRate": vat_rate,
                "amountExclVat": amount_excl_vat,
                "vatAmount": vat_amount,
                "amountInclVat": amount_incl_vat,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentLine, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            line_no = d.pop("lineNo")
            if not isinstance(line_no, int) or isinstance(line_no, bool):
                raise TypeError(f"expected an integer, got {type(line_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lineNo") from error

        try:

            def _parse_product_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            product_code = _parse_product_code(d.pop("productCode", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "productCode") from error

        try:
            description = d.pop("description")
            if not isinstance(description, str):
                raise TypeError(f"expected a string, got {type(description).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "description") from error

        try:
            quantity = decimal_of(d.pop("quantity"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "quantity") from error

        try:
            unit_price = decimal_of(d.pop("unitPrice"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "unitPrice") from error

        try:
            vat_rate = DocumentVatRate.parse(d.pop("vatRate"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatRate") from error

        try:
            amount_excl_vat = decimal_of(d.pop("amountExclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountExclVat") from error

        try:
            vat_amount = decimal_of(d.pop("vatAmount"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatAmount") from error

        try:
            amount_incl_vat = decimal_of(d.pop("amountInclVat"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "amountInclVat") from error

        document_line = cls(
            line_no=line_no,
            product_code=product_code,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            vat_rate=vat_rate,
            amount_excl_vat=amount_excl_vat,
            vat_amount=vat_amount,
            amount_incl_vat=amount_incl_vat,
        )

        document_line.additional_properties = d
        return document_line

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
            ("line_no", self.line_no),
            ("product_code", self.product_code),
            ("description", self.description),
            ("quantity", self.quantity),
            ("unit_price", self.unit_price),
            ("vat_rate", self.vat_rate),
            ("amount_excl_vat", self.amount_excl_vat),
            ("vat_amount", self.vat_amount),
            ("amount_incl_vat", self.amount_incl_vat),
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
