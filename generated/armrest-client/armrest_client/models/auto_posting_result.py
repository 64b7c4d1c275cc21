from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.auto_posting_result_type import AutoPostingResultType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.auto_posting_application import AutoPostingApplication
    from ..models.field_error import FieldError


T = TypeVar("T", bound="AutoPostingResult")


@_attrs_define
class AutoPostingResult:
    """The outcome of one posting.

    Attributes:
        posting_ref (str): The posting's `postingRef` from the request.
        result_type (AutoPostingResultType): `POSTED`: written; `VALIDATED`: passed every check in a dry run, nothing
            written; `FAILED`: this posting breaks a rule (see `errors`); `BATCH-REJECTED`: valid, but not written because
            another posting of the request failed.
        voucher_no (int | None): The GL voucher written (`POSTED` only; `null` otherwise).
        applications (list[AutoPostingApplication]): Amounts applied to AR items, in the order applied (`POSTED`; for
            `VALIDATED` what would be applied; empty for `FAILED` and `BATCH-REJECTED`).
        unapplied_ar_item_id (int | None): `payment`: the unapplied credit AR item created for money left over; `null`
            when nothing was left over (and always `null` unless `POSTED`).
        errors (list[FieldError]): Why the posting failed (`FAILED` only; empty otherwise). Pointers are into the
            request body (`/autoPostings/0/arItemId`).
    """

    posting_ref: str
    result_type: AutoPostingResultType
    voucher_no: int | None
    applications: list[AutoPostingApplication]
    unapplied_ar_item_id: int | None
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posting_ref = self.posting_ref

        result_type = self.result_type.value

        voucher_no: int | None
        voucher_no = self.voucher_no

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

        unapplied_ar_item_id: int | None
        unapplied_ar_item_id = self.unapplied_ar_item_id

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "postingRef": posting_ref,
                "resultType": result_type,
                "voucherNo": voucher_no,
                "applications": applications,
                "unappliedArItemId": unapplied_ar_item_id,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_posting_application import AutoPostingApplication  # noqa: PLC0415
        from ..models.field_error import FieldError  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AutoPostingResult, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            posting_ref = d.pop("postingRef")
            if not isinstance(posting_ref, str):
                raise TypeError(f"expected a string, got {type(posting_ref).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postingRef") from error

        try:
            result_type = AutoPostingResultType.parse(d.pop("resultType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "resultType") from error

        try:

            def _parse_voucher_no(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            voucher_no = _parse_voucher_no(d.pop("voucherNo", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "voucherNo") from error

        try:
            applications = []
            _applications = d.pop("applications")
            if not isinstance(_applications, list):
                raise TypeError(f"expected an array, got {type(_applications).__name__}")
            for _applications_index, applications_item_data in enumerate(_applications):
                try:
                    applications_item = AutoPostingApplication.from_dict(applications_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _applications_index) from error
                applications.append(applications_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "applications") from error

        try:

            def _parse_unapplied_ar_item_id(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            unapplied_ar_item_id = _parse_unapplied_ar_item_id(d.pop("unappliedArItemId", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "unappliedArItemId") from error

        try:
            errors = []
            _errors = d.pop("errors")
            if not isinstance(_errors, list):
                raise TypeError(f"expected an array, got {type(_errors).__name__}")
            for _errors_index, errors_item_data in enumerate(_errors):
                try:
                    errors_item = FieldError.from_dict(errors_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _errors_index) from error
                errors.append(errors_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "errors") from error

        auto_posting_result = cls(
            posting_ref=posting_ref,
            result_type=result_type,
            voucher_no=voucher_no,
            applications=applications,
            unapplied_ar_item_id=unapplied_ar_item_id,
            errors=errors,
        )

        auto_posting_result.additional_properties = d
        return auto_posting_result

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
            ("posting_ref", self.posting_ref),
            ("result_type", self.result_type),
            ("voucher_no", self.voucher_no),
            ("applications", self.applications),
            ("unapplied_ar_item_id", self.unapplied_ar_item_id),
            ("errors", self.errors),
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
