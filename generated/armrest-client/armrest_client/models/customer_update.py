from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..decimals import decimal_of
from ..exceptions import ResponseValidationError
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_distribution_request import CustomerDistributionRequest
    from ..models.postal_address_request import PostalAddressRequest


T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate:
    """Changes to one customer, named by `customerNo`. A key that is missing or `null` leaves the stored value unchanged.
    The empty string is a valid value: it clears a text field or a date. Lists are replaced as a whole. `postalAddress`
    replaces the whole address group (fields not sent become empty strings). Numbers cannot be reset to `null`.

        Attributes:
            customer_no (str): The client's number of the customer; compared case-insensitively.
            name (None | str | Unset): The customer's full (legal) name, as printed on documents.
            informal_name (None | str | Unset): A shorter or informal name (e.g. the first name) for greetings.
            customer_category (None | str | Unset): Category of the customer, e.g. `CONS` (consumer). Values are listed by
                the Codes resource (`customercategory`); another value answers 422.
            customer_group_code (None | str | Unset): The client's own grouping of its customers (free code, not checked).
            organization_no (None | str | Unset): Norwegian organisation number: 9 digits, the last a MOD11 check digit
                (weights 3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            organization_no_scheme (None | str | Unset): Electronic address scheme of `organizationNo` (ISO 6523 ICD), e.g.
                `0192` for the Norwegian register.
            ssn (None | str | Unset): Birth number (fødselsnummer or D-number): 11 digits with two MOD11 check digits; wrong
                check digits answer 422. Never written to logs.
            ssn_country (None | str | Unset): ISO 3166-1 alpha-2 code of the country that issued `ssn`.
            date_of_birth (datetime.date | None | str | Unset): Date of birth. Not after today; when `yearOfBirth` is also
                known it must be the same year (else 422).
            year_of_birth (int | None | Unset): Year of birth, when the full date is not known.
            postal_address (None | PostalAddressRequest | Unset): The postal address group; `null` or missing leaves it
                unchanged.
            postal_return_status (int | None | Unset): Status of mail returned by the postal service: 0 when none came back,
                otherwise the return reason code.
            postal_return_date (datetime.date | None | str | Unset): The date mail to the postal address was last returned.
            phone_no (None | str | Unset): Phone number as the customer writes it, e.g. `+47 912 34 567` (no format is
                documented, so none is imposed).
            secondary_phone_no (None | str | Unset): Another phone number, written as `phoneNo` is.
            email_address_document (list[str] | None | Unset): E-mail addresses documents are sent to. Up to 10; the list is
                replaced as a whole, `[]` empties it.
            secondary_email_address (list[str] | None | Unset): Other e-mail addresses of the customer (copies, contact). Up
                to 10; the list is replaced as a whole, `[]` empties it.
            distribution (CustomerDistributionRequest | None | Unset): How documents are distributed; `null` or missing
                leaves it unchanged.
            efaktura_block_ids (list[str] | None | Unset): Identifiers blocked for distribution by eFaktura: documents are
                not sent through eFaktura to these. Up to 50; the list is replaced as a whole, `[]` empties it.
            peppol_block_ids (list[str] | None | Unset): Identifiers blocked for distribution by PEPPOL (EHF). Up to 50; the
                list is replaced as a whole, `[]` empties it.
            digipost_block_ids (list[str] | None | Unset): Identifiers blocked for distribution by Digipost. Up to 50; the
                list is replaced as a whole, `[]` empties it.
            language (None | str | Unset): Language of the customer's documents, e.g. `no` or `en`. Values are listed by the
                Codes resource (`language`); another value answers 422.
            currency (None | str | Unset): Currency of the customer's documents, e.g. `NOK`; empty means the client's
                `currency` configuration. Values are listed by the Codes resource (`currency`); another value answers 422.
            due_days (int | None | Unset): Days from document date to due date for this customer; `null` uses the client's
                `dueDays` configuration.
            discount_rate (Decimal | None | Unset): Discount in percent (two decimals) the client grants this customer.
            limit_amount (Decimal | None | Unset): Credit limit in the customer's currency (not negative).
            vat_liable (bool | None | Unset): Whether the customer is registered for VAT (MVA-registrert).
            price_net_or_gross (None | str | Unset): Whether prices shown to the customer are gross, including VAT (`B`,
                brutto), or net (`N`, netto).
            seller_reference (None | str | Unset): The client's contact person or reference for this customer; the default
                `sellerReference` of its documents.
            buyer_reference (None | str | Unset): The customer's own reference (e.g. a PEPPOL buyer reference or a cost
                centre); the default `buyerReference` of its documents.
            bank_account_no (None | str | Unset): The customer's Norwegian bank account (for refunds): 11 digits, the last a
                MOD11 check digit (weights 5,4,3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            stop_reminder_until (datetime.date | None | str | Unset): No reminders are sent to this customer up to and
                including this date.
            stop_debt_collection_until (datetime.date | None | str | Unset): None of the customer's items is sent to debt
                collection up to and including this date.
            stop_interest_calc_until (datetime.date | None | str | Unset): No interest is calculated on the customer's items
                up to and including this date.
            active_status_web (None | str | Unset): The customer's status in Amili's web portal, e.g. `Active` or `Passive`.
                Values are listed by the Codes resource (`activestatusweb`); another value answers 422.
            customer_message (None | str | Unset): A message printed on the customer's documents.
            registration_status_code (None | str | Unset): Status of the customer in the national register, e.g.
                `FICTITIOUS`. Values are listed by the Codes resource (`registrationstatus`); another value answers 422.
            registration_status_date (datetime.date | None | str | Unset): The date `registrationStatusCode` took effect.
    """

    customer_no: str
    name: None | str | Unset = UNSET
    informal_name: None | str | Unset = UNSET
    customer_category: None | str | Unset = UNSET
    customer_group_code: None | str | Unset = UNSET
    organization_no: None | str | Unset = UNSET
    organization_no_scheme: None | str | Unset = UNSET
    ssn: None | str | Unset = UNSET
    ssn_country: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | str | Unset = UNSET
    year_of_birth: int | None | Unset = UNSET
    postal_address: None | PostalAddressRequest | Unset = UNSET
    postal_return_status: int | None | Unset = UNSET
    postal_return_date: datetime.date | None | str | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    secondary_phone_no: None | str | Unset = UNSET
    email_address_document: list[str] | None | Unset = UNSET
    secondary_email_address: list[str] | None | Unset = UNSET
    distribution: CustomerDistributionRequest | None | Unset = UNSET
    efaktura_block_ids: list[str] | None | Unset = UNSET
    peppol_block_ids: list[str] | None | Unset = UNSET
    digipost_block_ids: list[str] | None | Unset = UNSET
    language: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    due_days: int | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    limit_amount: Decimal | None | Unset = UNSET
    vat_liable: bool | None | Unset = UNSET
    price_net_or_gross: None | str | Unset = UNSET
    seller_reference: None | str | Unset = UNSET
    buyer_reference: None | str | Unset = UNSET
    bank_account_no: None | str | Unset = UNSET
    stop_reminder_until: datetime.date | None | str | Unset = UNSET
    stop_debt_collection_until: datetime.date | None | str | Unset = UNSET
    stop_interest_calc_until: datetime.date | None | str | Unset = UNSET
    active_status_web: None | str | Unset = UNSET
    customer_message: None | str | Unset = UNSET
    registration_status_code: None | str | Unset = UNSET
    registration_status_date: datetime.date | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_distribution_request import CustomerDistributionRequest  # noqa: PLC0415
        from ..models.postal_address_request import PostalAddressRequest  # noqa: PLC0415

        customer_no = self.customer_no

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        informal_name: None | str | Unset
        if isinstance(self.informal_name, Unset):
            informal_name = UNSET
        else:
            informal_name = self.informal_name

        customer_category: None | str | Unset
        if isinstance(self.customer_category, Unset):
            customer_category = UNSET
        else:
            customer_category = self.customer_category

        customer_group_code: None | str | Unset
        if isinstance(self.customer_group_code, Unset):
            customer_group_code = UNSET
        else:
            customer_group_code = self.customer_group_code

        organization_no: None | str | Unset
        if isinstance(self.organization_no, Unset):
            organization_no = UNSET
        else:
            organization_no = self.organization_no

        organization_no_scheme: None | str | Unset
        if isinstance(self.organization_no_scheme, Unset):
            organization_no_scheme = UNSET
        else:
            organization_no_scheme = self.organization_no_scheme

        ssn: None | str | Unset
        if isinstance(self.ssn, Unset):
            ssn = UNSET
        else:
            ssn = self.ssn

        ssn_country: None | str | Unset
        if isinstance(self.ssn_country, Unset):
            ssn_country = UNSET
        else:
            ssn_country = self.ssn_country

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        year_of_birth: int | None | Unset
        if isinstance(self.year_of_birth, Unset):
            year_of_birth = UNSET
        else:
            year_of_birth = self.year_of_birth

        postal_address: dict[str, Any] | None | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        elif isinstance(self.postal_address, PostalAddressRequest):
            postal_address = self.postal_address.to_dict()
        else:
            postal_address = self.postal_address

        postal_return_status: int | None | Unset
        if isinstance(self.postal_return_status, Unset):
            postal_return_status = UNSET
        else:
            postal_return_status = self.postal_return_status

        postal_return_date: None | str | Unset
        if isinstance(self.postal_return_date, Unset):
            postal_return_date = UNSET
        elif isinstance(self.postal_return_date, datetime.date):
            postal_return_date = self.postal_return_date.isoformat()
        else:
            postal_return_date = self.postal_return_date

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        secondary_phone_no: None | str | Unset
        if isinstance(self.secondary_phone_no, Unset):
            secondary_phone_no = UNSET
        else:
            secondary_phone_no = self.secondary_phone_no

        email_address_document: list[str] | None | Unset
        if isinstance(self.email_address_document, Unset):
            email_address_document = UNSET
        elif isinstance(self.email_address_document, list):
            email_address_document = self.email_address_document

        else:
            email_address_document = self.email_address_document

        secondary_email_address: list[str] | None | Unset
        if isinstance(self.secondary_email_address, Unset):
            secondary_email_address = UNSET
        elif isinstance(self.secondary_email_address, list):
            secondary_email_address = self.secondary_email_address

        else:
            secondary_email_address = self.secondary_email_address

        distribution: dict[str, Any] | None | Unset
        if isinstance(self.distribution, Unset):
            distribution = UNSET
        elif isinstance(self.distribution, CustomerDistributionRequest):
            distribution = self.distribution.to_dict()
        else:
            distribution = self.distribution

        efaktura_block_ids: list[str] | None | Unset
        if isinstance(self.efaktura_block_ids, Unset):
            efaktura_block_ids = UNSET
        elif isinstance(self.efaktura_block_ids, list):
            efaktura_block_ids = self.efaktura_block_ids

        else:
            efaktura_block_ids = self.efaktura_block_ids

        peppol_block_ids: list[str] | None | Unset
        if isinstance(self.peppol_block_ids, Unset):
            peppol_block_ids = UNSET
        elif isinstance(self.peppol_block_ids, list):
            peppol_block_ids = self.peppol_block_ids

        else:
            peppol_block_ids = self.peppol_block_ids

        digipost_block_ids: list[str] | None | Unset
        if isinstance(self.digipost_block_ids, Unset):
            digipost_block_ids = UNSET
        elif isinstance(self.digipost_block_ids, list):
            digipost_block_ids = self.digipost_block_ids

        else:
            digipost_block_ids = self.digipost_block_ids

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        due_days: int | None | Unset
        if isinstance(self.due_days, Unset):
            due_days = UNSET
        else:
            due_days = self.due_days

        discount_rate: Decimal | None | Unset
        if isinstance(self.discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = self.discount_rate

        limit_amount: Decimal | None | Unset
        if isinstance(self.limit_amount, Unset):
            limit_amount = UNSET
        else:
            limit_amount = self.limit_amount

        vat_liable: bool | None | Unset
        if isinstance(self.vat_liable, Unset):
            vat_liable = UNSET
        else:
            vat_liable = self.vat_liable

        price_net_or_gross: None | str | Unset
        if isinstance(self.price_net_or_gross, Unset):
            price_net_or_gross = UNSET
        else:
            price_net_or_gross = self.price_net_or_gross

        seller_reference: None | str | Unset
        if isinstance(self.seller_reference, Unset):
            seller_reference = UNSET
        else:
            seller_reference = self.seller_reference

        buyer_reference: None | str | Unset
        if isinstance(self.buyer_reference, Unset):
            buyer_reference = UNSET
        else:
            buyer_reference = self.buyer_reference

        bank_account_no: None | str | Unset
        if isinstance(self.bank_account_no, Unset):
            bank_account_no = UNSET
        else:
            bank_account_no = self.bank_account_no

        stop_reminder_until: None | str | Unset
        if isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        elif isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = self.stop_reminder_until.isoformat()
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_debt_collection_until: None | str | Unset
        if isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        elif isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_interest_calc_until: None | str | Unset
        if isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        elif isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        active_status_web: None | str | Unset
        if isinstance(self.active_status_web, Unset):
            active_status_web = UNSET
        else:
            active_status_web = self.active_status_web

        customer_message: None | str | Unset
        if isinstance(self.customer_message, Unset):
            customer_message = UNSET
        else:
            customer_message = self.customer_message

        registration_status_code: None | str | Unset
        if isinstance(self.registration_status_code, Unset):
            registration_status_code = UNSET
        else:
            registration_status_code = self.registration_status_code

        registration_status_date: None | str | Unset
        if isinstance(self.registration_status_date, Unset):
            registration_status_date = UNSET
        elif isinstance(self.registration_status_date, datetime.date):
            registration_status_date = self.registration_status_date.isoformat()
        else:
            registration_status_date = self.registration_status_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerNo": customer_no,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if informal_name is not UNSET:
            field_dict["informalName"] = informal_name
        if customer_category is not UNSET:
            field_dict["customerCategory"] = customer_category
        if customer_group_code is not UNSET:
            field_dict["customerGroupCode"] = customer_group_code
        if organization_no is not UNSET:
            field_dict["organizationNo"] = organization_no
        if organization_no_scheme is not UNSET:
            field_dict["organizationNoScheme"] = organization_no_scheme
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if ssn_country is not UNSET:
            field_dict["ssnCountry"] = ssn_country
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if year_of_birth is not UNSET:
            field_dict["yearOfBirth"] = year_of_birth
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if postal_return_status is not UNSET:
            field_dict["postalReturnStatus"] = postal_return_status
        if postal_return_date is not UNSET:
            field_dict["postalReturnDate"] = postal_return_date
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if secondary_phone_no is not UNSET:
            field_dict["secondaryPhoneNo"] = secondary_phone_no
        if email_address_document is not UNSET:
            field_dict["emailAddressDocument"] = email_address_document
        if secondary_email_address is not UNSET:
            field_dict["secondaryEmailAddress"] = secondary_email_address
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if efaktura_block_ids is not UNSET:
            field_dict["efakturaBlockIds"] = efaktura_block_ids
        if peppol_block_ids is not UNSET:
            field_dict["peppolBlockIds"] = peppol_block_ids
        if digipost_block_ids is not UNSET:
            field_dict["digipostBlockIds"] = digipost_block_ids
        if language is not UNSET:
            field_dict["language"] = language
        if currency is not UNSET:
            field_dict["currency"] = currency
        if due_days is not UNSET:
            field_dict["dueDays"] = due_days
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if limit_amount is not UNSET:
            field_dict["limitAmount"] = limit_amount
        if vat_liable is not UNSET:
            field_dict["vatLiable"] = vat_liable
        if price_net_or_gross is not UNSET:
            field_dict["priceNetOrGross"] = price_net_or_gross
        if seller_reference is not UNSET:
            field_dict["sellerReference"] = seller_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if bank_account_no is not UNSET:
            field_dict["bankAccountNo"] = bank_account_no
        if stop_reminder_until is not UNSET:
            field_dict["stopReminderUntil"] = stop_reminder_until
        if stop_debt_collection_until is not UNSET:
            field_dict["stopDebtCollectionUntil"] = stop_debt_collection_until
        if stop_interest_calc_until is not UNSET:
            field_dict["stopInterestCalcUntil"] = stop_interest_calc_until
        if active_status_web is not UNSET:
            field_dict["activeStatusWeb"] = active_status_web
        if customer_message is not UNSET:
            field_dict["customerMessage"] = customer_message
        if registration_status_code is not UNSET:
            field_dict["registrationStatusCode"] = registration_status_code
        if registration_status_date is not UNSET:
            field_dict["registrationStatusDate"] = registration_status_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_distribution_request import CustomerDistributionRequest  # noqa: PLC0415
        from ..models.postal_address_request import PostalAddressRequest  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(
                f"expected an object of CustomerUpdate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(d.pop("name", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "name") from error

        try:

            def _parse_informal_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            informal_name = _parse_informal_name(d.pop("informalName", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "informalName") from error

        try:

            def _parse_customer_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_category = _parse_customer_category(d.pop("customerCategory", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerCategory") from error

        try:

            def _parse_customer_group_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_group_code = _parse_customer_group_code(d.pop("customerGroupCode", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerGroupCode") from error

        try:

            def _parse_organization_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            organization_no = _parse_organization_no(d.pop("organizationNo", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNo") from error

        try:

            def _parse_organization_no_scheme(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            organization_no_scheme = _parse_organization_no_scheme(d.pop("organizationNoScheme", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNoScheme") from error

        try:

            def _parse_ssn(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ssn = _parse_ssn(d.pop("ssn", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssn") from error

        try:

            def _parse_ssn_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            ssn_country = _parse_ssn_country(d.pop("ssnCountry", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssnCountry") from error

        try:

            def _parse_date_of_birth(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_of_birth_type_0 = datetime.date.fromisoformat(data)

                    return date_of_birth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dateOfBirth") from error

        try:

            def _parse_year_of_birth(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            year_of_birth = _parse_year_of_birth(d.pop("yearOfBirth", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "yearOfBirth") from error

        try:

            def _parse_postal_address(data: object) -> None | PostalAddressRequest | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    postal_address_type_0 = PostalAddressRequest.from_dict(data)

                    return postal_address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PostalAddressRequest | Unset, data)

            postal_address = _parse_postal_address(d.pop("postalAddress", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalAddress") from error

        try:

            def _parse_postal_return_status(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            postal_return_status = _parse_postal_return_status(d.pop("postalReturnStatus", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnStatus") from error

        try:

            def _parse_postal_return_date(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    postal_return_date_type_0 = datetime.date.fromisoformat(data)

                    return postal_return_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            postal_return_date = _parse_postal_return_date(d.pop("postalReturnDate", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnDate") from error

        try:

            def _parse_phone_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone_no = _parse_phone_no(d.pop("phoneNo", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "phoneNo") from error

        try:

            def _parse_secondary_phone_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            secondary_phone_no = _parse_secondary_phone_no(d.pop("secondaryPhoneNo", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryPhoneNo") from error

        try:

            def _parse_email_address_document(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _email_address_document_type_0 = data
                    if not isinstance(_email_address_document_type_0, list):
                        raise TypeError(
                            f"expected an array, got {type(_email_address_document_type_0).__name__}"
                        )
                    email_address_document_type_0 = cast(list[str], _email_address_document_type_0)

                    return email_address_document_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            email_address_document = _parse_email_address_document(d.pop("emailAddressDocument", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "emailAddressDocument") from error

        try:

            def _parse_secondary_email_address(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _secondary_email_address_type_0 = data
                    if not isinstance(_secondary_email_address_type_0, list):
                        raise TypeError(
                            f"expected an array, got {type(_secondary_email_address_type_0).__name__}"
                        )
                    secondary_email_address_type_0 = cast(list[str], _secondary_email_address_type_0)

                    return secondary_email_address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            secondary_email_address = _parse_secondary_email_address(d.pop("secondaryEmailAddress", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryEmailAddress") from error

        try:

            def _parse_distribution(data: object) -> CustomerDistributionRequest | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    distribution_type_0 = CustomerDistributionRequest.from_dict(data)

                    return distribution_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CustomerDistributionRequest | None | Unset, data)

            distribution = _parse_distribution(d.pop("distribution", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distribution") from error

        try:

            def _parse_efaktura_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _efaktura_block_ids_type_0 = data
                    if not isinstance(_efaktura_block_ids_type_0, list):
                        raise TypeError(f"expected an array, got {type(_efaktura_block_ids_type_0).__name__}")
                    efaktura_block_ids_type_0 = cast(list[str], _efaktura_block_ids_type_0)

                    return efaktura_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            efaktura_block_ids = _parse_efaktura_block_ids(d.pop("efakturaBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "efakturaBlockIds") from error

        try:

            def _parse_peppol_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _peppol_block_ids_type_0 = data
                    if not isinstance(_peppol_block_ids_type_0, list):
                        raise TypeError(f"expected an array, got {type(_peppol_block_ids_type_0).__name__}")
                    peppol_block_ids_type_0 = cast(list[str], _peppol_block_ids_type_0)

                    return peppol_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            peppol_block_ids = _parse_peppol_block_ids(d.pop("peppolBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "peppolBlockIds") from error

        try:

            def _parse_digipost_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    _digipost_block_ids_type_0 = data
                    if not isinstance(_digipost_block_ids_type_0, list):
                        raise TypeError(f"expected an array, got {type(_digipost_block_ids_type_0).__name__}")
                    digipost_block_ids_type_0 = cast(list[str], _digipost_block_ids_type_0)

                    return digipost_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            digipost_block_ids = _parse_digipost_block_ids(d.pop("digipostBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "digipostBlockIds") from error

        try:

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            language = _parse_language(d.pop("language", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "language") from error

        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(d.pop("currency", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:

            def _parse_due_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            due_days = _parse_due_days(d.pop("dueDays", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDays") from error

        try:

            def _parse_discount_rate(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, (Decimal, int, float, str)):
                        raise TypeError()
                    discount_rate_type_0 = decimal_of(data)

                    return discount_rate_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None | Unset, data)

            discount_rate = _parse_discount_rate(d.pop("discountRate", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "discountRate") from error

        try:

            def _parse_limit_amount(data: object) -> Decimal | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, (Decimal, int, float, str)):
                        raise TypeError()
                    limit_amount_type_0 = decimal_of(data)

                    return limit_amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None | Unset, data)

            limit_amount = _parse_limit_amount(d.pop("limitAmount", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "limitAmount") from error

        try:

            def _parse_vat_liable(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            vat_liable = _parse_vat_liable(d.pop("vatLiable", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatLiable") from error

        try:

            def _parse_price_net_or_gross(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            price_net_or_gross = _parse_price_net_or_gross(d.pop("priceNetOrGross", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "priceNetOrGross") from error

        try:

            def _parse_seller_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            seller_reference = _parse_seller_reference(d.pop("sellerReference", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sellerReference") from error

        try:

            def _parse_buyer_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            buyer_reference = _parse_buyer_reference(d.pop("buyerReference", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "buyerReference") from error

        try:

            def _parse_bank_account_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_account_no = _parse_bank_account_no(d.pop("bankAccountNo", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bankAccountNo") from error

        try:

            def _parse_stop_reminder_until(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            stop_reminder_until = _parse_stop_reminder_until(d.pop("stopReminderUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopReminderUntil") from error

        try:

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            stop_debt_collection_until = _parse_stop_debt_collection_until(
                d.pop("stopDebtCollectionUntil", UNSET)
            )

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopDebtCollectionUntil") from error

        try:

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            stop_interest_calc_until = _parse_stop_interest_calc_until(d.pop("stopInterestCalcUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopInterestCalcUntil") from error

        try:

            def _parse_active_status_web(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            active_status_web = _parse_active_status_web(d.pop("activeStatusWeb", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "activeStatusWeb") from error

        try:

            def _parse_customer_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_message = _parse_customer_message(d.pop("customerMessage", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerMessage") from error

        try:

            def _parse_registration_status_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            registration_status_code = _parse_registration_status_code(d.pop("registrationStatusCode", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusCode") from error

        try:

            def _parse_registration_status_date(data: object) -> datetime.date | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    registration_status_date_type_0 = datetime.date.fromisoformat(data)

                    return registration_status_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | str | Unset, data)

            registration_status_date = _parse_registration_status_date(d.pop("registrationStatusDate", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusDate") from error

        customer_update = cls(
            customer_no=customer_no,
            name=name,
            informal_name=informal_name,
            customer_category=customer_category,
            customer_group_code=customer_group_code,
            organization_no=organization_no,
            organization_no_scheme=organization_no_scheme,
            ssn=ssn,
            ssn_country=ssn_country,
            date_of_birth=date_of_birth,
            year_of_birth=year_of_birth,
            postal_address=postal_address,
            postal_return_status=postal_return_status,
            postal_return_date=postal_return_date,
            phone_no=phone_no,
            secondary_phone_no=secondary_phone_no,
            email_address_document=email_address_document,
            secondary_email_address=secondary_email_address,
            distribution=distribution,
            efaktura_block_ids=efaktura_block_ids,
            peppol_block_ids=peppol_block_ids,
            digipost_block_ids=digipost_block_ids,
            language=language,
            currency=currency,
            due_days=due_days,
            discount_rate=discount_rate,
            limit_amount=limit_amount,
            vat_liable=vat_liable,
            price_net_or_gross=price_net_or_gross,
            seller_reference=seller_reference,
            buyer_reference=buyer_reference,
            bank_account_no=bank_account_no,
            stop_reminder_until=stop_reminder_until,
            stop_debt_collection_until=stop_debt_collection_until,
            stop_interest_calc_until=stop_interest_calc_until,
            active_status_web=active_status_web,
            customer_message=customer_message,
            registration_status_code=registration_status_code,
            registration_status_date=registration_status_date,
        )

        return customer_update

    def __repr__(self) -> str:
        fields: list[tuple[str, object]] = [
            ("customer_no", self.customer_no),
            ("name", self.name),
            ("informal_name", self.informal_name),
            ("customer_category", self.customer_category),
            ("customer_group_code", self.customer_group_code),
            ("organization_no", self.organization_no),
            ("organization_no_scheme", self.organization_no_scheme),
            ("ssn", self.ssn),
            ("ssn_country", self.ssn_country),
            ("date_of_birth", self.date_of_birth),
            ("year_of_birth", self.year_of_birth),
            ("postal_address", self.postal_address),
            ("postal_return_status", self.postal_return_status),
            ("postal_return_date", self.postal_return_date),
            ("phone_no", self.phone_no),
            ("secondary_phone_no", self.secondary_phone_no),
            ("email_address_document", self.email_address_document),
            ("secondary_email_address", self.secondary_email_address),
            ("distribution", self.distribution),
            ("efaktura_block_ids", self.efaktura_block_ids),
            ("peppol_block_ids", self.peppol_block_ids),
            ("digipost_block_ids", self.digipost_block_ids),
            ("language", self.language),
            ("currency", self.currency),
            ("due_days", self.due_days),
            ("discount_rate", self.discount_rate),
            ("limit_amount", self.limit_amount),
            ("vat_liable", self.vat_liable),
            ("price_net_or_gross", self.price_net_or_gross),
            ("seller_reference", self.seller_reference),
            ("buyer_reference", self.buyer_reference),
            ("bank_account_no", self.bank_account_no),
            ("stop_reminder_until", self.stop_reminder_until),
            ("stop_debt_collection_until", self.stop_debt_collection_until),
            ("stop_interest_calc_until", self.stop_interest_calc_until),
            ("active_status_web", self.active_status_web),
            ("customer_message", self.customer_message),
            ("registration_status_code", self.registration_status_code),
            ("registration_status_date", self.registration_status_date),
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
