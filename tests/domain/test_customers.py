"""The customer rules on plain values (the upsert's merge, a batch item's decision), and the batch use
case on a fake unit of work."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from armrest_server.domain import customers
from armrest_server.domain.rules import Rejected
from armrest_server.usecases import customers as use
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 3, 31)
CODES = customers.code_lookup(TODAY)


def codes_of(sent: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(Rejected) as rejected:
        customers.merge(customers.blank(), sent, TODAY, CODES)
    return [(v.pointer, v.code) for v in rejected.value.violations]


def test_missing_and_null_keys_keep_their_value_and_the_address_is_replaced_whole_and_dated() -> None:
    stored = customers.merge(
        customers.blank(), {"name": "Ola", "postalAddress": {"cityName": "OSLO"}}, TODAY, CODES
    )
    later = customers.merge(
        stored, {"phoneNo": "123", "name": None, "postalAddress": {"postalCode": "0150"}}, TODAY, CODES
    )
    address = later["postalAddress"]
    assert (later["name"], later["phoneNo"], address["cityName"], address["postalCode"]) == (
        "Ola",
        "123",
        "",
        "0150",
    )
    assert later["postalAddressChanged"] == TODAY.isoformat()


def test_codes_take_the_tables_spelling_and_amounts_are_kept_in_hundredths() -> None:
    merged = customers.merge(
        customers.blank(), {"customerCategory": "cons", "limitAmount": 1500.5}, TODAY, CODES
    )
    assert (merged["customerCategory"], merged["limitAmount"]) == ("CONS", 150050)


def test_each_broken_rule_is_named() -> None:
    sent = {
        "customerNo": "batches",
        "organizationNo": "123456789",
        "language": "xx",
        "dateOfBirth": "2030-01-01",
    }
    assert codes_of(sent) == [
        ("/customerNo", "reserved"), ("/organizationNo", "checkDigit"), ("/language", "unknownCode"),
        ("/dateOfBirth", "futureDate"),
    ]  # fmt: skip
    assert codes_of({"dateOfBirth": "1980-05-01", "yearOfBirth": 1981}) == [
        ("/yearOfBirth", "yearOfBirthMismatch")
    ]


def test_a_batch_item_is_created_updated_unchanged_or_refused() -> None:
    row = {"id": 4, "data": customers.merge(customers.blank(), {"name": "Ola"}, TODAY, CODES)}
    decided = [
        customers.decide({"customerNo": "1", "name": "Ola"}, None, TODAY, CODES, create=True),
        customers.decide({"customerNo": "2", "name": "Kari"}, row, TODAY, CODES, create=True),
        customers.decide({"customerNo": "3", "name": "Ola"}, row, TODAY, CODES, create=False),
        customers.decide({"customerNo": "4"}, None, TODAY, CODES, create=False),
        customers.decide({"customerNo": "5", "ssn": "1"}, None, TODAY, CODES, create=True),
    ]
    assert [(o.result, [v.code for v in o.violations]) for o in decided] == [
        ("CREATED", []), ("UPDATED", []), ("UNCHANGED", []), (None, ["notFound"]), (None, ["checkDigit"])
    ]  # fmt: skip


def test_a_batch_whose_new_numbers_a_concurrent_writer_took_updates_them_one_by_one() -> None:
    rows: dict[str, dict[str, Any]] = {}

    def insert_one(
        clientno: int, number: str, account_no: int, fields: dict[str, Any]
    ) -> dict[str, Any] | None:
        return None  # taken meanwhile: the store holds the concurrent writer's row

    def update_one(stored: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        rows["1"] = {"id": stored["id"], "data": fields}
        return rows["1"]

    concurrent = {"id": 9, "customer_no": "1", "data": customers.blank()}
    fake = FakeUnitOfWork(
        clients={"next_numbers": lambda clientno, name, first, count=1: 500000},
        customers={
            "find_many": lambda clientno, numbers, lock: {},  # nothing stored when the chunk looked
            "update_many": lambda changes: None,
            "insert_many": lambda clientno, new: False,
            "find_by_no": lambda clientno, number, lock: concurrent,
            "insert_one": insert_one,
            "update_one": update_one,
        },
    )
    [outcome] = use.apply_batch(fake, 2218, [{"customerNo": "1", "name": "Ola"}], TODAY, create=True)  # type: ignore[arg-type]
    assert (outcome.result, rows["1"]["id"], rows["1"]["data"]["name"]) == ("UPDATED", 9, "Ola")
