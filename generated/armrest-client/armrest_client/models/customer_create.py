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


T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """A customer to create, or to update when `customerNo` already exists (upsert). `customerNo` and `name` are required.
    On create, keys not sent take their defaults (texts `""`, numbers and dates `null`, lists `[]`, `vatLiable` false);
    on update they leave the stored value unchanged, as in `CustomerUpdate`. The empty string is a valid value for every
    text field and clears a date.

        Attributes:
            customer_no (str): The client's number of the customer; compared case-insensitively.
            name (str): The customer's full (legal) name, as printed on documents.
            informal_name (str | Unset): A shorter or informal name (e.g. the first name) for greetings.
            customer_category (str | Unset): Category of the customer, e.g. `CONS` (consumer). Values are listed by the
                Codes resource (`customercategory`); another value answers 422.
            customer_group_code (str | Unset): The client's own grouping of its customers (free code, not checked).
            organization_no (str | Unset): Norwegian organisation number: 9 digits, the last a MOD11 check digit (weights
                3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            organization_no_scheme (str | Unset): Electronic address scheme of `organizationNo` (ISO 6523 ICD), e.g. `0192`
                for the Norwegian register.
            ssn (str | Unset): Birth number (fødselsnummer or D-number): 11 digits with two MOD11 check digits; wrong check
                digits answer 422. Never written to logs.
            ssn_country (str | Unset): ISO 3166-1 alpha-2 code of the country that issued `ssn`.
            date_of_birth (datetime.date | str | Unset): Date of birth. Not after today; when `yearOfBirth` is also known it
                must be the same year (else 422).
            year_of_birth (int | Unset): Year of birth, when the full date is not known.
            postal_address (PostalAddressRequest | Unset): The postal address group, changed as a whole: sending it with any
                one of its fields replaces all seven, and the fields not sent become empty strings. The empty string is a valid
                value.
            postal_return_status (int | Unset): Status of mail returned by the postal service: 0 when none came back,
                otherwise the return reason code.
            postal_return_date (datetime.date | str | Unset): The date mail to the postal address was last returned.
            phone_no (str | Unset): Phone number as the customer writes it, e.g. `+47 912 34 567` (no format is documented,
                so none is imposed).
            secondary_phone_no (str | Unset): Another phone number, written as `phoneNo` is.
            email_address_document (list[str] | Unset): E-mail addresses documents are sent to. Up to 10; the list is
                replaced as a whole, `[]` empties it.
            secondary_email_address (list[str] | Unset): Other e-mail addresses of the customer (copies, contact). Up to 10;
                the list is replaced as a whole, `[]` empties it.
            distribution (CustomerDistributionRequest | Unset): How the customer's documents are distributed. Its keys
                change one by one: a key that is missing or `null` leaves the stored value unchanged.
            efaktura_block_ids (list[str] | Unset): Identifiers blocked for distribution by eFaktura: documents are not sent
                through eFaktura to these. Up to 50; the list is replaced as a whole, `[]` empties it.
            peppol_block_ids (list[str] | Unset): Identifiers blocked for distribution by PEPPOL (EHF). Up to 50; the list
                is replaced as a whole, `[]` empties it.
            digipost_block_ids (list[str] | Unset): Identifiers blocked for distribution by Digipost. Up to 50; the list is
                replaced as a whole, `[]` empties it.
            language (str | Unset): Language of the customer's documents, e.g. `no` or `en`. Values are listed by the Codes
                resource (`language`); another value answers 422.
            currency (str | Unset): Currency of the customer's documents, e.g. `NOK`; empty means the client's `currency`
                configuration. Values are listed by the Codes resource (`currency`); another value answers 422.
            due_days (int | Unset): Days from document date to due date for this customer; `null` uses the client's
                `dueDays` configuration.
            discount_rate (Decimal | Unset): Discount in percent (two decimals) the client grants this customer.
            limit_amount (Decimal | Unset): An amount that is zero or more, with at most two decimals (more answer 422
                `decimals`).
            vat_liable (bool | Unset): Whether the customer is registered for VAT (MVA-registrert).
            price_net_or_gross (str | Unset): Whether prices shown to the customer are gross, including VAT (`B`, brutto),
                or net (`N`, netto).
            seller_reference (str | Unset): The client's contact person or reference for this customer; the default
                `sellerReference` of its documents.
            buyer_reference (str | Unset): The customer's own reference (e.g. a PEPPOL buyer reference or a cost centre);
                the default `buyerReference` of its documents.
            bank_account_no (str | Unset): The customer's Norwegian bank account (for refunds): 11 digits, the last a MOD11
                check digit (weights 5,4,3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            stop_reminder_until (datetime.date | str | Unset): No reminders are sent to this customer up to and including
                this date.
            stop_debt_collection_until (datetime.date | str | Unset): None of the customer's items is sent to debt
                collection up to and including this date.
            stop_interest_calc_until (datetime.date | str | Unset): No interest is calculated on the customer's items up to
                and including this date.
            active_status_web (str | Unset): The customer's status in Amili's web portal, e.g. `Active` or `Passive`. Values
                are listed by the Codes resource (`activestatusweb`); another value answers 422.
            customer_message (str | Unset): A message printed on the customer's documents.
            registration_status_code (str | Unset): Status of the customer in the national register, e.g. `FICTITIOUS`.
                Values are listed by the Codes resource (`registrationstatus`); another value answers 422.
            registration_status_date (datetime.date | str | Unset): The date `registrationStatusCode` took effect.
    """

    customer_no: str
    name: str
    informal_name: str | Unset = UNSET
    customer_category: str | Unset = UNSET
    customer_group_code: str | Unset = UNSET
    organization_no: str | Unset = UNSET
    organization_no_scheme: str | Unset = UNSET
    ssn: str | Unset = UNSET
    ssn_country: str | Unset = UNSET
    date_of_birth: datetime.date | str | Unset = UNSET
    year_of_birth: int | Unset = UNSET
    postal_address: PostalAddressRequest | Unset = UNSET
    postal_return_status: int | Unset = UNSET
    postal_return_date: datetime.date | str | Unset = UNSET
    phone_no: str | Unset = UNSET
    secondary_phone_no: str | Unset = UNSET
    email_address_document: list[str] | Unset = UNSET
    secondary_email_address: list[str] | Unset = UNSET
    distribution: CustomerDistributionRequest | Unset = UNSET
    efaktura_block_ids: list[str] | Unset = UNSET
    peppol_block_ids: list[str] | Unset = UNSET
    digipost_block_ids: list[str] | Unset = UNSET
    language: str | Unset = UNSET
    currency: str | Unset = UNSET
    due_days: int | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    limit_amount: Decimal | Unset = UNSET
    vat_liable: bool | Unset = UNSET
    price_net_or_gross: str | Unset = UNSET
    seller_reference: str | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    bank_account_no: str | Unset = UNSET
    stop_reminder_until: datetime.date | str | Unset = UNSET
    stop_debt_collection_until: datetime.date | str | Unset = UNSET
    stop_interest_calc_until: datetime.date | str | Unset = UNSET
    active_status_web: str | Unset = UNSET
    customer_message: str | Unset = UNSET
    registration_status_code: str | Unset = UNSET
    registration_status_date: datetime.date | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        customer_no = self.customer_no

        name = self.name

        informal_name = self.informal_name

        customer_category = self.customer_category

        customer_group_code = self.customer_group_code

        organization_no = self.organization_no

        organization_no_scheme = self.organization_no_scheme

        ssn = self.ssn

        ssn_country = self.ssn_country

        date_of_birth: str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        year_of_birth = self.year_of_birth

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        postal_return_status = self.postal_return_status

        postal_return_date: str | Unset
        if isinstance(self.postal_return_date, Unset):
            postal_return_date = UNSET
        elif isinstance(self.postal_return_date, datetime.date):
            postal_return_date = self.postal_return_date.isoformat()
        else:
            postal_return_date = self.postal_return_date

        phone_no = self.phone_no

        secondary_phone_no = self.secondary_phone_no

        email_address_document: list[str] | Unset = UNSET
        if not isinstance(self.email_address_document, Unset):
            email_address_document = self.email_address_document

        secondary_email_address: list[str] | Unset = UNSET
        if not isinstance(self.secondary_email_address, Unset):
            secondary_email_address = self.secondary_email_address

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        efaktura_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.efaktura_block_ids, Unset):
            efaktura_block_ids = self.efaktura_block_ids

        peppol_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.peppol_block_ids, Unset):
            peppol_block_ids = self.peppol_block_ids

        digipost_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.digipost_block_ids, Unset):
            digipost_block_ids = self.digipost_block_ids

        language = self.language

        currency = self.currency

        due_days = self.due_days

        discount_rate = self.discount_rate

        limit_amount = self.limit_amount

        vat_liable = self.vat_liable

        price_net_or_gross = self.price_net_or_gross

        seller_reference = self.seller_reference

        buyer_reference = self.buyer_reference

        bank_account_no = self.bank_account_no

        stop_reminder_until: str | Unset
        if isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        elif isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = self.stop_reminder_until.isoformat()
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_debt_collection_until: str | Unset
        if isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        elif isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_interest_calc_until: str | Unset
        if isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        elif isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        active_status_web = self.active_status_web

        customer_message = self.customer_message

        registration_status_code = self.registration_status_code

        registration_status_date: str | Unset
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
                "name": name,
            }
        )
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
                f"expected an object of CustomerCreate, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected a string, got {type(name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "name") from error

        try:
            informal_name = d.pop("informalName", UNSET)
            if not isinstance(informal_name, str | Unset):
                raise TypeError(f"expected a string, got {type(informal_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "informalName") from error

        try:
            customer_category = d.pop("customerCategory", UNSET)
            if not isinstance(customer_category, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_category).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerCategory") from error

        try:
            customer_group_code = d.pop("customerGroupCode", UNSET)
            if not isinstance(customer_group_code, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_group_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerGroupCode") from error

        try:
            organization_no = d.pop("organizationNo", UNSET)
            if not isinstance(organization_no, str | Unset):
                raise TypeError(f"expected a string, got {type(organization_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNo") from error

        try:
            organization_no_scheme = d.pop("organizationNoScheme", UNSET)
            if not isinstance(organization_no_scheme, str | Unset):
                raise TypeError(f"expected a string, got {type(organization_no_scheme).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNoScheme") from error

        try:
            ssn = d.pop("ssn", UNSET)
            if not isinstance(ssn, str | Unset):
                raise TypeError(f"expected a string, got {type(ssn).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssn") from error

        try:
            ssn_country = d.pop("ssnCountry", UNSET)
            if not isinstance(ssn_country, str | Unset):
                raise TypeError(f"expected a string, got {type(ssn_country).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssnCountry") from error

        try:

            def _parse_date_of_birth(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_of_birth_type_0 = datetime.date.fromisoformat(data)

                    return date_of_birth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dateOfBirth") from error

        try:
            year_of_birth = d.pop("yearOfBirth", UNSET)
            if not isinstance(year_of_birth, int | Unset) or isinstance(year_of_birth, bool):
                raise TypeError(f"expected an integer, got {type(year_of_birth).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "yearOfBirth") from error

        try:
            _postal_address = d.pop("postalAddress", UNSET)
            postal_address: PostalAddressRequest | Unset
            if isinstance(_postal_address, Unset):
                postal_address = UNSET
            else:
                postal_address = PostalAddressRequest.from_dict(_postal_address)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalAddress") from error

        try:
            postal_return_status = d.pop("postalReturnStatus", UNSET)
            if not isinstance(postal_return_status, int | Unset) or isinstance(postal_return_status, bool):
                raise TypeError(f"expected an integer, got {type(postal_return_status).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnStatus") from error

        try:

            def _parse_postal_return_date(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    postal_return_date_type_0 = datetime.date.fromisoformat(data)

                    return postal_return_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            postal_return_date = _parse_postal_return_date(d.pop("postalReturnDate", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnDate") from error

        try:
            phone_no = d.pop("phoneNo", UNSET)
            if not isinstance(phone_no, str | Unset):
                raise TypeError(f"expected a string, got {type(phone_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "phoneNo") from error

        try:
            secondary_phone_no = d.pop("secondaryPhoneNo", UNSET)
            if not isinstance(secondary_phone_no, str | Unset):
                raise TypeError(f"expected a string, got {type(secondary_phone_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryPhoneNo") from error

        try:
            email_address_document = cast(list[str], d.pop("emailAddressDocument", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "emailAddressDocument") from error

        try:
            secondary_email_address = cast(list[str], d.pop("secondaryEmailAddress", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryEmailAddress") from error

        try:
            _distribution = d.pop("distribution", UNSET)
            distribution: CustomerDistributionRequest | Unset
            if isinstance(_distribution, Unset):
                distribution = UNSET
            else:
                distribution = CustomerDistributionRequest.from_dict(_distribution)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distribution") from error

        try:
            efaktura_block_ids = cast(list[str], d.pop("efakturaBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "efakturaBlockIds") from error

        try:
            peppol_block_ids = cast(list[str], d.pop("peppolBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "peppolBlockIds") from error

        try:
            digipost_block_ids = cast(list[str], d.pop("digipostBlockIds", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "digipostBlockIds") from error

        try:
            language = d.pop("language", UNSET)
            if not isinstance(language, str | Unset):
                raise TypeError(f"expected a string, got {type(language).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "language") from error

        try:
            currency = d.pop("currency", UNSET)
            if not isinstance(currency, str | Unset):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:
            due_days = d.pop("dueDays", UNSET)
            if not isinstance(due_days, int | Unset) or isinstance(due_days, bool):
                raise TypeError(f"expected an integer, got {type(due_days).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDays") from error

        try:
            _discount_rate = d.pop("discountRate", UNSET)
            discount_rate: Decimal | Unset
            if isinstance(_discount_rate, Unset):
                discount_rate = UNSET
            else:
                discount_rate = decimal_of(_discount_rate)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "discountRate") from error

        try:
            _limit_amount = d.pop("limitAmount", UNSET)
            limit_amount: Decimal | Unset
            if isinstance(_limit_amount, Unset):
                limit_amount = UNSET
            else:
                limit_amount = decimal_of(_limit_amount)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "limitAmount") from error

        try:
            vat_liable = d.pop("vatLiable", UNSET)
            if not isinstance(vat_liable, bool | Unset):
                raise TypeError(f"expected a boolean, got {type(vat_liable).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatLiable") from error

        try:
            price_net_or_gross = d.pop("priceNetOrGross", UNSET)
            if not isinstance(price_net_or_gross, str | Unset):
                raise TypeError(f"expected a string, got {type(price_net_or_gross).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "priceNetOrGross") from error

        try:
            seller_reference = d.pop("sellerReference", UNSET)
            if not isinstance(seller_reference, str | Unset):
                raise TypeError(f"expected a string, got {type(seller_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sellerReference") from error

        try:
            buyer_reference = d.pop("buyerReference", UNSET)
            if not isinstance(buyer_reference, str | Unset):
                raise TypeError(f"expected a string, got {type(buyer_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "buyerReference") from error

        try:
            bank_account_no = d.pop("bankAccountNo", UNSET)
            if not isinstance(bank_account_no, str | Unset):
                raise TypeError(f"expected a string, got {type(bank_account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bankAccountNo") from error

        try:

            def _parse_stop_reminder_until(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            stop_reminder_until = _parse_stop_reminder_until(d.pop("stopReminderUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopReminderUntil") from error

        try:

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            stop_debt_collection_until = _parse_stop_debt_collection_until(
                d.pop("stopDebtCollectionUntil", UNSET)
            )

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopDebtCollectionUntil") from error

        try:

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            stop_interest_calc_until = _parse_stop_interest_calc_until(d.pop("stopInterestCalcUntil", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopInterestCalcUntil") from error

        try:
            active_status_web = d.pop("activeStatusWeb", UNSET)
            if not isinstance(active_status_web, str | Unset):
                raise TypeError(f"expected a string, got {type(active_status_web).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "activeStatusWeb") from error

        try:
            customer_message = d.pop("customerMessage", UNSET)
            if not isinstance(customer_message, str | Unset):
                raise TypeError(f"expected a string, got {type(customer_message).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerMessage") from error

        try:
            registration_status_code = d.pop("registrationStatusCode", UNSET)
            if not isinstance(registration_status_code, str | Unset):
                raise TypeError(f"expected a string, got {type(registration_status_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusCode") from error

        try:

            def _parse_registration_status_date(data: object) -> datetime.date | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    registration_status_date_type_0 = datetime.date.fromisoformat(data)

                    return registration_status_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | str | Unset, data)

            registration_status_date = _parse_registration_status_date(d.pop("registrationStatusDate", UNSET))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusDate") from error

        customer_create = cls(
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

        return customer_create

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
