from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.auto_posting_failure_result_type import AutoPostingFailureResultType
from ..types import Unset

if TYPE_CHECKING:
    from ..models.auto_posting_application import AutoPostingApplication
    from ..models.field_error import FieldError


T = TypeVar("T", bound="AutoPostingFailure")


@_attrs_define
class AutoPostingFailure:
    """The outcome of one posting of a refused request (nothing was written): `FAILED` with its errors, or `BATCH-REJECTED`
    when another posting failed. Its own schema rather than a narrowed `AutoPostingResult`, so that generators type
    `voucherNo` and `unappliedArItemId` as null.

        Attributes:
            posting_ref (str): The posting's `postingRef` from the request.
            result_type (AutoPostingFailureResultType): `FAILED`: this posting broke a rule; `BATCH-REJECTED`: another one
                did.
            voucher_no (None): No voucher is written.
            applications (list[AutoPostingApplication]): Always empty (nothing is applied).
            unapplied_ar_item_id (None): No AR item is created.
            errors (list[FieldError]): Why the posting failed (`FAILED`; empty for `BATCH-REJECTED`). Pointers are into the
                request body (`/autoPostings/0/arItemId`).
    """

    posting_ref: str
    result_type: AutoPostingFailureResultType
    voucher_no: None
    applications: list[AutoPostingApplication]
    unapplied_ar_item_id: None
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        posting_ref = self.posting_ref

        result_type = self.result_type.value

        voucher_no = self.voucher_no

        applications = []
        for applications_item_data in self.applications:
            applications_item = applications_item_data.to_dict()
            applications.append(applications_item)

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
                f"expected an object of AutoPostingFailure, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            posting_ref = d.pop("postingRef")
            if not isinstance(posting_ref, str):
                raise TypeError(f"expected a string, got {type(posting_ref).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postingRef") from error

        try:
            result_type = AutoPostingFailureResultType.parse(d.pop("resultType"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "resultType") from error

        try:
            voucher_no = d.pop("voucherNo", None)

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
            unapplied_ar_item_id = d.pop("unappliedArItemId", None)

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

        auto_posting_failure = cls(
            posting_ref=posting_ref,
            result_type=result_type,
            voucher_no=voucher_no,
            applications=applications,
            unapplied_ar_item_id=unapplied_ar_item_id,
            errors=errors,
        )

        auto_posting_failure.additional_properties = d
        return auto_posting_failure

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
