from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..exceptions import ResponseValidationError
from ..models.auto_posting_method import AutoPostingMethod
from ..models.write_result_code import WriteResultCode
from ..models.write_status import WriteStatus
from ..types import Unset

if TYPE_CHECKING:
    from ..models.posted_auto_posting import PostedAutoPosting


T = TypeVar("T", bound="AutoPostingResponse")


@_attrs_define
class AutoPostingResponse:
    """The answer to an auto posting request — one result per posting, in request order.

    Attributes:
        status (WriteStatus): How far the request came: `PROCESSED` (done), `ACCEPTED` (queued for asynchronous
            processing), `VALIDATED` (a dry run passed every check and wrote nothing).
        result (WriteResultCode): What happened to the named resource.
        message (str): A sentence for a person.
        client_no (int): Amili's number of the client (the creditor whose ledger this is).
        auto_posting_method (AutoPostingMethod): The kind of business event. `payment`: money received (GL debit 1920
            Bank, credit 1500 Accounts receivable); `writeoff`: a loss on an open debit item (debit 7830 Bad debt loss,
            credit 1500); `refund`: money paid back against an open credit item (debit 1500, credit 1920).
        auto_postings (list[PostedAutoPosting]): One result per posting (`POSTED`, or `VALIDATED` in a dry run).
    """

    status: WriteStatus
    result: WriteResultCode
    message: str
    client_no: int
    auto_posting_method: AutoPostingMethod
    auto_postings: list[PostedAutoPosting]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        result = self.result.value

        message = self.message

        client_no = self.client_no

        auto_posting_method = self.auto_posting_method.value

        auto_postings = []
        for auto_postings_item_data in self.auto_postings:
            auto_postings_item = auto_postings_item_data.to_dict()
            auto_postings.append(auto_postings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "result": result,
                "message": message,
                "clientNo": client_no,
                "autoPostingMethod": auto_posting_method,
                "autoPostings": auto_postings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.posted_auto_posting import PostedAutoPosting  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of AutoPostingResponse, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            status = WriteStatus.parse(d.pop("status"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "status") from error

        try:
            result = WriteResultCode.parse(d.pop("result"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "result") from error

        try:
            message = d.pop("message")
            if not isinstance(message, str):
                raise TypeError(f"expected a string, got {type(message).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "message") from error

        try:
            client_no = d.pop("clientNo")
            if not isinstance(client_no, int) or isinstance(client_no, bool):
                raise TypeError(f"expected an integer, got {type(client_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "clientNo") from error

        try:
            auto_posting_method = AutoPostingMethod.parse(d.pop("autoPostingMethod"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "autoPostingMethod") from error

        try:
            auto_postings = []
            _auto_postings = d.pop("autoPostings")
            if not isinstance(_auto_postings, list):
                raise TypeError(f"expected an array, got {type(_auto_postings).__name__}")
            for _auto_postings_index, auto_postings_item_data in enumerate(_auto_postings):
                try:
                    auto_postings_item = PostedAutoPosting.from_dict(auto_postings_item_data)

                except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
                    raise ResponseValidationError.at(error, _auto_postings_index) from error
                auto_postings.append(auto_postings_item)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "autoPostings") from error

        auto_posting_response = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            auto_posting_method=auto_posting_method,
            auto_postings=auto_postings,
        )

        auto_posting_response.additional_properties = d
        return auto_posting_response

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
            ("status", self.status),
            ("result", self.result),
            ("message", self.message),
            ("client_no", self.client_no),
            ("auto_posting_method", self.auto_posting_method),
            ("auto_postings", self.auto_postings),
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
