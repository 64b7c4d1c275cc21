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
    from ..models.customer_distribution import CustomerDistribution
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer (debtor) of the client, as stored. Every key is always present. Text fields are never `null`: a field
    never set, or cleared with the empty string, reads `""`. Numbers and dates not set read `null`; lists not set read
    `[]`. `customerNo`, `clientNo`, `accountNo`, `createdAt`, `changedAt` and `postalAddressChanged` are kept by the
    server.

        Attributes:
            customer_no (str): The client's number of the customer; compared case-insensitively.
            client_no (int): Amili's number of the client (the creditor whose ledger this is).
            account_no (int): The customer's AR account number (reskontronummer), assigned by the server on create: the
                client's next free number from 500000 up, never reused.
            name (str): The customer's full (legal) name, as printed on documents.
            informal_name (str): A shorter or informal name (e.g. the first name) for greetings.
            customer_category (str): Category of the customer, e.g. `CONS` (consumer). Values are listed by the Codes
                resource (`customercategory`); another value answers 422.
            customer_group_code (str): The client's own grouping of its customers (free code, not checked).
            organization_no (str): Norwegian organisation number: 9 digits, the last a MOD11 check digit (weights
                3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            organization_no_scheme (str): Electronic address scheme of `organizationNo` (ISO 6523 ICD), e.g. `0192` for the
                Norwegian register.
            ssn (str): Birth number (fødselsnummer or D-number): 11 digits with two MOD11 check digits; wrong check digits
                answer 422. Never written to logs.
            ssn_country (str): ISO 3166-1 alpha-2 code of the country that issued `ssn`.
            date_of_birth (datetime.date | None): Date of birth. Not after today; when `yearOfBirth` is also known it must
                be the same year (else 422).
            year_of_birth (int | None): Year of birth, when the full date is not known.
            postal_address (PostalAddress): The customer's postal address. Every field is always present; unset ones are
                empty strings.
            postal_address_changed (datetime.date | None): The date (Europe/Oslo) the stored postal address group last
                changed; set by the server, `null` while the address was never set.
            postal_return_status (int | None): Status of mail returned by the postal service: 0 when none came back,
                otherwise the return reason code.
            postal_return_date (datetime.date | None): The date mail to the postal address was last returned.
            phone_no (str): Phone number as the customer writes it, e.g. `+47 912 34 567` (no format is documented, so none
                is imposed).
            secondary_phone_no (str): Another phone number, written as `phoneNo` is.
            email_address_document (list[str]): E-mail addresses documents are sent to. Up to 10.
            secondary_email_address (list[str]): Other e-mail addresses of the customer (copies, contact). Up to 10.
            distribution (CustomerDistribution): How the customer's documents are distributed.
            efaktura_block_ids (list[str]): Identifiers blocked for distribution by eFaktura: documents are not sent through
                eFaktura to these. Up to 50.
            peppol_block_ids (list[str]): Identifiers blocked for distribution by PEPPOL (EHF). Up to 50.
            digipost_block_ids (list[str]): Identifiers blocked for distribution by Digipost. Up to 50.
            language (str): Language of the customer's documents, e.g. `no` or `en`. Values are listed by the Codes resource
                (`language`); another value answers 422.
            currency (str): Currency of the customer's documents, e.g. `NOK`; empty means the client's `currency`
                configuration. Values are listed by the Codes resource (`currency`); another value answers 422.
            due_days (int | None): Days from document date to due date for this customer; `null` uses the client's `dueDays`
                configuration.
            discount_rate (Decimal | None): Discount in percent (two decimals) the client grants this customer.
            limit_amount (Decimal | None): Credit limit in the customer's currency (not negative).
            vat_liable (bool): Whether the customer is registered for VAT (MVA-registrert).
            price_net_or_gross (str): Whether prices shown to the customer are gross, including VAT (`B`, brutto), or net
                (`N`, netto).
            seller_reference (str): The client's contact person or reference for this customer; the default
                `sellerReference` of its documents.
            buyer_reference (str): The customer's own reference (e.g. a PEPPOL buyer reference or a cost centre); the
                default `buyerReference` of its documents.
            bank_account_no (str): The customer's Norwegian bank account (for refunds): 11 digits, the last a MOD11 check
                digit (weights 5,4,3,2,7,6,5,4,3,2); a wrong check digit answers 422.
            stop_reminder_until (datetime.date | None): No reminders are sent to this customer up to and including this
                date.
            stop_debt_collection_until (datetime.date | None): None of the customer's items is sent to debt collection up to
                and including this date.
            stop_interest_calc_until (datetime.date | None): No interest is calculated on the customer's items up to and
                including this date.
            active_status_web (str): The customer's status in Amili's web portal, e.g. `Active` or `Passive`. Values are
                listed by the Codes resource (`activestatusweb`); another value answers 422.
            customer_message (str): A message printed on the customer's documents.
            registration_status_code (str): Status of the customer in the national register, e.g. `FICTITIOUS`. Values are
                listed by the Codes resource (`registrationstatus`); another value answers 422.
            registration_status_date (datetime.date | None): The date `registrationStatusCode` took effect.
            created_at (datetime.datetime | Unset): An instant, RFC 3339 in UTC.
            changed_at (datetime.datetime | Unset): An instant, RFC 3339 in UTC.
    """

    customer_no: str
    client_no: int
    account_no: int
    name: str
    informal_name: str
    customer_category: str
    customer_group_code: str
    organization_no: str
    organization_no_scheme: str
    ssn: str
    ssn_country: str
    date_of_birth: datetime.date | None
    year_of_birth: int | None
    postal_address: PostalAddress
    postal_address_changed: datetime.date | None
    postal_return_status: int | None
    postal_return_date: datetime.date | None
    phone_no: str
    secondary_phone_no: str
    email_address_document: list[str]
    secondary_email_address: list[str]
    distribution: CustomerDistribution
    efaktura_block_ids: list[str]
    peppol_block_ids: list[str]
    digipost_block_ids: list[str]
    language: str
    currency: str
    due_days: int | None
    discount_rate: Decimal | None
    limit_amount: Decimal | None
    vat_liable: bool
    price_net_or_gross: str
    seller_reference: str
    buyer_reference: str
    bank_account_no: str
    stop_reminder_until: datetime.date | None
    stop_debt_collection_until: datetime.date | None
    stop_interest_calc_until: datetime.date | None
    active_status_web: str
    customer_message: str
    registration_status_code: str
    registration_status_date: datetime.date | None
    created_at: datetime.datetime | Unset = UNSET
    changed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_no = self.customer_no

        client_no = self.client_no

        account_no = self.account_no

        name = self.name

        informal_name = self.informal_name

        customer_category = self.customer_category

        customer_group_code = self.customer_group_code

        organization_no = self.organization_no

        organization_no_scheme = self.organization_no_scheme

        ssn = self.ssn

        ssn_country = self.ssn_country

        date_of_birth: None | str
        if isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        year_of_birth: int | None
        year_of_birth = self.year_of_birth

        postal_address = self.postal_address.to_dict()

        postal_address_changed: None | str
        if isinstance(self.postal_address_changed, datetime.date):
            postal_address_changed = self.postal_address_changed.isoformat()
        else:
            postal_address_changed = self.postal_address_changed

        postal_return_status: int | None
        postal_return_status = self.postal_return_status

        postal_return_date: None | str
        if isinstance(self.postal_return_date, datetime.date):
            postal_return_date = self.postal_return_date.isoformat()
        else:
            postal_return_date = self.postal_return_date

        phone_no = self.phone_no

        secondary_phone_no = self.secondary_phone_no

        email_address_document = self.email_address_document

        secondary_email_address = self.secondary_email_address

        distribution = self.distribution.to_dict()

        efaktura_block_ids = self.efaktura_block_ids

        peppol_block_ids = self.peppol_block_ids

        digipost_block_ids = self.digipost_block_ids

        language = self.language

        currency = self.currency

        due_days: int | None
        due_days = self.due_days

        discount_rate: Decimal | None
        discount_rate = self.discount_rate

        limit_amount: Decimal | None
        limit_amount = self.limit_amount

        vat_liable = self.vat_liable

        price_net_or_gross = self.price_net_or_gross

        seller_reference = self.seller_reference

        buyer_reference = self.buyer_reference

        bank_account_no = self.bank_account_no

        stop_reminder_until: None | str
        if isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = self.stop_reminder_until.isoformat()
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_debt_collection_until: None | str
        if isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_interest_calc_until: None | str
        if isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        active_status_web = self.active_status_web

        customer_message = self.customer_message

        registration_status_code = self.registration_status_code

        registration_status_date: None | str
        if isinstance(self.registration_status_date, datetime.date):
            registration_status_date = self.registration_status_date.isoformat()
        else:
            registration_status_date = self.registration_status_date

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        changed_at: str | Unset = UNSET
        if not isinstance(self.changed_at, Unset):
            changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerNo": customer_no,
                "clientNo": client_no,
                "accountNo": account_no,
                "name": name,
                "informalName": informal_name,
                "customerCategory": customer_category,
                "customerGroupCode": customer_group_code,
                "organizationNo": organization_no,
                "organizationNoScheme": organization_no_scheme,
                "ssn": ssn,
                "ssnCountry": ssn_country,
                "dateOfBirth": date_of_birth,
                "yearOfBirth": year_of_birth,
                "postalAddress": postal_address,
                "postalAddressChanged": postal_address_changed,
                "postalReturnStatus": postal_return_status,
                "postalReturnDate": postal_return_date,
                "phoneNo": phone_no,
                "secondaryPhoneNo": secondary_phone_no,
                "emailAddressDocument": email_address_document,
                "secondaryEmailAddress": secondary_email_address,
                "distribution": distribution,
                "efakturaBlockIds": efaktura_block_ids,
                "peppolBlockIds": peppol_block_ids,
                "digipostBlockIds": digipost_block_ids,
                "language": language,
                "currency": currency,
                "dueDays": due_days,
                "discountRate": discount_rate,
                "limitAmount": limit_amount,
                "vatLiable": vat_liable,
                "priceNetOrGross": price_net_or_gross,
                "sellerReference": seller_reference,
                "buyerReference": buyer_reference,
                "bankAccountNo": bank_account_no,
                "stopReminderUntil": stop_reminder_until,
                "stopDebtCollectionUntil": stop_debt_collection_until,
                "stopInterestCalcUntil": stop_interest_calc_until,
                "activeStatusWeb": active_status_web,
                "customerMessage": customer_message,
                "registrationStatusCode": registration_status_code,
                "registrationStatusDate": registration_status_date,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if changed_at is not UNSET:
            field_dict["changedAt"] = changed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_distribution import CustomerDistribution  # noqa: PLC0415
        from ..models.postal_address import PostalAddress  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ResponseValidationError(f"expected an object of Customer, got {type(src_dict).__name__}")
        d = dict(src_dict)
        try:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError(f"expected a string, got {type(customer_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerNo") from error

        try:
            client_no = d.pop("clientNo")
            if not isinstance(client_no, int) or isinstance(client_no, bool):
                raise TypeError(f"expected an integer, got {type(client_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "clientNo") from error

        try:
            account_no = d.pop("accountNo")
            if not isinstance(account_no, int) or isinstance(account_no, bool):
                raise TypeError(f"expected an integer, got {type(account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "accountNo") from error

        try:
            name = d.pop("name")
            if not isinstance(name, str):
                raise TypeError(f"expected a string, got {type(name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "name") from error

        try:
            informal_name = d.pop("informalName")
            if not isinstance(informal_name, str):
                raise TypeError(f"expected a string, got {type(informal_name).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "informalName") from error

        try:
            customer_category = d.pop("customerCategory")
            if not isinstance(customer_category, str):
                raise TypeError(f"expected a string, got {type(customer_category).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerCategory") from error

        try:
            customer_group_code = d.pop("customerGroupCode")
            if not isinstance(customer_group_code, str):
                raise TypeError(f"expected a string, got {type(customer_group_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerGroupCode") from error

        try:
            organization_no = d.pop("organizationNo")
            if not isinstance(organization_no, str):
                raise TypeError(f"expected a string, got {type(organization_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNo") from error

        try:
            organization_no_scheme = d.pop("organizationNoScheme")
            if not isinstance(organization_no_scheme, str):
                raise TypeError(f"expected a string, got {type(organization_no_scheme).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "organizationNoScheme") from error

        try:
            ssn = d.pop("ssn")
            if not isinstance(ssn, str):
                raise TypeError(f"expected a string, got {type(ssn).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssn") from error

        try:
            ssn_country = d.pop("ssnCountry")
            if not isinstance(ssn_country, str):
                raise TypeError(f"expected a string, got {type(ssn_country).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "ssnCountry") from error

        try:

            def _parse_date_of_birth(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_of_birth_type_0 = datetime.date.fromisoformat(data)

                    return date_of_birth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dateOfBirth") from error

        try:

            def _parse_year_of_birth(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            year_of_birth = _parse_year_of_birth(d.pop("yearOfBirth", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "yearOfBirth") from error

        try:
            postal_address = PostalAddress.from_dict(d.pop("postalAddress"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalAddress") from error

        try:

            def _parse_postal_address_changed(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    postal_address_changed_type_0 = datetime.date.fromisoformat(data)

                    return postal_address_changed_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            postal_address_changed = _parse_postal_address_changed(d.pop("postalAddressChanged", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalAddressChanged") from error

        try:

            def _parse_postal_return_status(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            postal_return_status = _parse_postal_return_status(d.pop("postalReturnStatus", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnStatus") from error

        try:

            def _parse_postal_return_date(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    postal_return_date_type_0 = datetime.date.fromisoformat(data)

                    return postal_return_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            postal_return_date = _parse_postal_return_date(d.pop("postalReturnDate", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "postalReturnDate") from error

        try:
            phone_no = d.pop("phoneNo")
            if not isinstance(phone_no, str):
                raise TypeError(f"expected a string, got {type(phone_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "phoneNo") from error

        try:
            secondary_phone_no = d.pop("secondaryPhoneNo")
            if not isinstance(secondary_phone_no, str):
                raise TypeError(f"expected a string, got {type(secondary_phone_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryPhoneNo") from error

        try:
            _email_address_document = d.pop("emailAddressDocument")
            if not isinstance(_email_address_document, list):
                raise TypeError(f"expected an array, got {type(_email_address_document).__name__}")
            email_address_document = cast(list[str], _email_address_document)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "emailAddressDocument") from error

        try:
            _secondary_email_address = d.pop("secondaryEmailAddress")
            if not isinstance(_secondary_email_address, list):
                raise TypeError(f"expected an array, got {type(_secondary_email_address).__name__}")
            secondary_email_address = cast(list[str], _secondary_email_address)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "secondaryEmailAddress") from error

        try:
            distribution = CustomerDistribution.from_dict(d.pop("distribution"))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "distribution") from error

        try:
            _efaktura_block_ids = d.pop("efakturaBlockIds")
            if not isinstance(_efaktura_block_ids, list):
                raise TypeError(f"expected an array, got {type(_efaktura_block_ids).__name__}")
            efaktura_block_ids = cast(list[str], _efaktura_block_ids)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "efakturaBlockIds") from error

        try:
            _peppol_block_ids = d.pop("peppolBlockIds")
            if not isinstance(_peppol_block_ids, list):
                raise TypeError(f"expected an array, got {type(_peppol_block_ids).__name__}")
            peppol_block_ids = cast(list[str], _peppol_block_ids)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "peppolBlockIds") from error

        try:
            _digipost_block_ids = d.pop("digipostBlockIds")
            if not isinstance(_digipost_block_ids, list):
                raise TypeError(f"expected an array, got {type(_digipost_block_ids).__name__}")
            digipost_block_ids = cast(list[str], _digipost_block_ids)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "digipostBlockIds") from error

        try:
            language = d.pop("language")
            if not isinstance(language, str):
                raise TypeError(f"expected a string, got {type(language).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "language") from error

        try:
            currency = d.pop("currency")
            if not isinstance(currency, str):
                raise TypeError(f"expected a string, got {type(currency).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "currency") from error

        try:

            def _parse_due_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            due_days = _parse_due_days(d.pop("dueDays", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "dueDays") from error

        try:

            def _parse_discount_rate(data: object) -> Decimal | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, (Decimal, int, float, str)):
                        raise TypeError()
                    discount_rate_type_0 = decimal_of(data)

                    return discount_rate_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None, data)

            discount_rate = _parse_discount_rate(d.pop("discountRate", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "discountRate") from error

        try:

            def _parse_limit_amount(data: object) -> Decimal | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, (Decimal, int, float, str)):
                        raise TypeError()
                    limit_amount_type_0 = decimal_of(data)

                    return limit_amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Decimal | None, data)

            limit_amount = _parse_limit_amount(d.pop("limitAmount", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "limitAmount") from error

        try:
            vat_liable = d.pop("vatLiable")
            if not isinstance(vat_liable, bool):
                raise TypeError(f"expected a boolean, got {type(vat_liable).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "vatLiable") from error

        try:
            price_net_or_gross = d.pop("priceNetOrGross")
            if not isinstance(price_net_or_gross, str):
                raise TypeError(f"expected a string, got {type(price_net_or_gross).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "priceNetOrGross") from error

        try:
            seller_reference = d.pop("sellerReference")
            if not isinstance(seller_reference, str):
                raise TypeError(f"expected a string, got {type(seller_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "sellerReference") from error

        try:
            buyer_reference = d.pop("buyerReference")
            if not isinstance(buyer_reference, str):
                raise TypeError(f"expected a string, got {type(buyer_reference).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "buyerReference") from error

        try:
            bank_account_no = d.pop("bankAccountNo")
            if not isinstance(bank_account_no, str):
                raise TypeError(f"expected a string, got {type(bank_account_no).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "bankAccountNo") from error

        try:

            def _parse_stop_reminder_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_reminder_until = _parse_stop_reminder_until(d.pop("stopReminderUntil", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopReminderUntil") from error

        try:

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_debt_collection_until = _parse_stop_debt_collection_until(
                d.pop("stopDebtCollectionUntil", None)
            )

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopDebtCollectionUntil") from error

        try:

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    return stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            stop_interest_calc_until = _parse_stop_interest_calc_until(d.pop("stopInterestCalcUntil", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "stopInterestCalcUntil") from error

        try:
            active_status_web = d.pop("activeStatusWeb")
            if not isinstance(active_status_web, str):
                raise TypeError(f"expected a string, got {type(active_status_web).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "activeStatusWeb") from error

        try:
            customer_message = d.pop("customerMessage")
            if not isinstance(customer_message, str):
                raise TypeError(f"expected a string, got {type(customer_message).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "customerMessage") from error

        try:
            registration_status_code = d.pop("registrationStatusCode")
            if not isinstance(registration_status_code, str):
                raise TypeError(f"expected a string, got {type(registration_status_code).__name__}")
        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusCode") from error

        try:

            def _parse_registration_status_date(data: object) -> datetime.date | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    registration_status_date_type_0 = datetime.date.fromisoformat(data)

                    return registration_status_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None, data)

            registration_status_date = _parse_registration_status_date(d.pop("registrationStatusDate", None))

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "registrationStatusDate") from error

        try:
            _created_at = d.pop("createdAt", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "createdAt") from error

        try:
            _changed_at = d.pop("changedAt", UNSET)
            changed_at: datetime.datetime | Unset
            if isinstance(_changed_at, Unset):
                changed_at = UNSET
            else:
                changed_at = datetime.datetime.fromisoformat(_changed_at)

        except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as error:
            raise ResponseValidationError.at(error, "changedAt") from error

        customer = cls(
            customer_no=customer_no,
            client_no=client_no,
            account_no=account_no,
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
            postal_address_changed=postal_address_changed,
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
            created_at=created_at,
            changed_at=changed_at,
        )

        customer.additional_properties = d
        return customer

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
            ("customer_no", self.customer_no),
            ("client_no", self.client_no),
            ("account_no", self.account_no),
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
            ("postal_address_changed", self.postal_address_changed),
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
            ("created_at", self.created_at),
            ("changed_at", self.changed_at),
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
