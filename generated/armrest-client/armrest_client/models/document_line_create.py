from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..models.document_vat_rate import DocumentVatRate
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentLineCreate")


@_attrs_define
class DocumentLineCreate:
    """One line of a new document. The line's amounts are computed by the server (see `DocumentLine`); they are not sent.

    Attributes:
        line_no (int): Number of the line, unique in the document (a repeated number answers 422).
        description (str): What the line is for, as printed on the document.
        quantity (Decimal): A quantity with at most three decimals, greater than zero.
        unit_price (Decimal): An amount in the currency of its record, a JSON number with at most two decimals. More
            decimals answer 422 with code `decimals` (a business rule, stated by `x-armrest-decimals` rather than
            `multipleOf: 0.01`, which float-based validators misjudge).
        vat_rate (DocumentVatRate): VAT rate in percent: one of the Norwegian rates 25 (general), 15 (food), 12
            (passenger transport, accommodation, ...) or 0 (exempt or outside the scope of VAT).
        product_code (str | Unset): The client's code of the product or service.
    """

    line_no: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: DocumentVatRate
    product_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        line_no = self.line_no

        description = self.description

        quantity = self.quantity

        unit_price = self.unit_price

        vat_rate = self.vat_rate.value

        product_code = self.product_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "lineNo": line_no,
                "description": description,
                "quantity": quantity,
                "unitPrice": unit_price,
                "vatRate": vat_rate,
            }
        )
        if product_code is not UNSET:
            field_dict["productCode"] = product_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of DocumentLineCreate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            line_no = d.pop("lineNo")
            if not isinstance(line_no, int) or isinstance(line_no, bool):
                raise TypeError(f"expected an integer, got {type(line_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "lineNo") from error

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
            product_code = d.pop("productCode", UNSET)
            if not isinstance(product_code, str | Unset):
                raise TypeError(f"expected a string, got {type(product_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "productCode") from error

        document_line_create = cls(
            line_no=line_no,
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            vat_rate=vat_rate,
            product_code=product_code,
        )

        return document_line_create

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("line_no", self.line_no),
            ("description", self.description),
            ("quantity", self.quantity),
            ("unit_price", self.unit_price),
            ("vat_rate", self.vat_rate),
            ("product_code", self.product_code),
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
