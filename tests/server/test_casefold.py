"""Data values are not case-sensitive, except UUIDs: an enumerated value (or an ISO code marked
`x-armrest-case: upper`) is accepted in any case and read, stored and answered in the contract's
spelling."""

from __future__ import annotations

from typing import Any

import pytest

from armrest_server.http import casefold
from armrest_server.http.compiler import Compiler
from tests.support.app import Api, metadata, spec

LINE = {"lineNo": 1, "productCode": "X", "description": "X", "quantity": 1, "unitPrice": 100, "vatRate": 25}


def _enum_params() -> list[tuple[str, str, str]]:
    """(operationId, parameter, member) for every string member of every enumerated parameter."""
    compiled = spec()
    compiler = Compiler(compiled.document)
    found = []
    for op in compiled.operations:
        item = compiled.document["paths"][op.template]
        raws = [compiler.resolve(p) for p in item.get("parameters", []) + op.raw.get("parameters", [])]
        for raw in raws:
            schema = compiler.resolve(raw["schema"])
            schema = compiler.resolve(schema["items"]) if schema.get("type") == "array" else schema
            found += [(op.operation_id, raw["name"], m) for m in schema.get("enum", []) if isinstance(m, str)]
    return found


ENUM_PARAMS = _enum_params()


def test_the_catalogue_holds_the_enumerated_parameters_of_the_contract() -> None:
    names = {(op, name) for op, name, _ in ENUM_PARAMS}
    assert {("listArItems", "status"), ("listCodes", "codetype"), ("createAction", "actiontype")} <= names


@pytest.mark.parametrize(("operation_id", "name", "member"), ENUM_PARAMS)
def test_every_enumerated_parameter_takes_its_values_in_any_case(
    operation_id: str, name: str, member: str
) -> None:
    op = next(o for o in spec().operations if o.operation_id == operation_id)
    param = next(p for p in op.params if p.name.lower() == name.lower())
    for sent in (member.swapcase(), member.upper(), member.lower()):
        raw = [sent, sent] if param.is_array else [sent]
        assert param.parse(raw) == ([member, member] if param.is_array else member, []), sent


def test_a_value_of_no_member_is_left_as_sent_and_refused(sqlite_api: Api) -> None:
    answer = sqlite_api.get("/clients/2218/aritems?status=opened")
    assert (answer.status_code, answer.json()["errors"][0]["pointer"]) == (400, "#/query/status")


def test_bodies_are_read_in_the_contract_spelling(api: Api) -> None:
    customer = {
        "customerNo": "cf-1",
        "name": "Kari Case",
        "customerCategory": "cons",
        "currency": "nok",
        "ssnCountry": "no",
        "language": "NO",
        "postalAddress": {
            "addressLine1": "Storgata 2",
            "postalCode": "0155",
            "cityName": "OSLO",
            "countryCode": "no",
        },
        "distribution": {"type": "h"},
    }
    created = api.post("/clients/2218/customers", json={"metadata": metadata(), "customer": customer})
    document = {
        "documentNo": "cf-100",
        "documentType": "invoice",
        "customerNo": "CF-1",
        "documentDate": "2026-03-12",
        "currency": "nok",
        "lines": [LINE],
    }
    booked = api.post("/clients/2218/documents", json={"metadata": metadata(), "document": document})
    assert (created.status_code, booked.status_code) == (201, 201), booked.text
    stored = api.get("/clients/2218/customers/cf-1").json()
    assert (stored["customerCategory"], stored["currency"], stored["ssnCountry"], stored["language"]) == (
        "CONS",
        "NOK",
        "NO",
        "no",
    )
    assert (stored["postalAddress"]["countryCode"], stored["distribution"]["type"]) == ("NO", "H")
    shown = api.get("/clients/2218/documents/cf-100?expand=ARITEM,GLITEMS").json()
    assert (shown["documentType"], shown["currency"]) == ("INVOICE", "NOK")
    assert shown["arItem"]["documentNo"] == "cf-100" and shown["glItems"]


def test_query_and_path_values_in_any_case_answer_as_their_canonical_spelling(api: Api) -> None:
    customer = {"customerNo": "cf-2", "name": "Ola Case"}
    api.post("/clients/2218/customers", json={"metadata": metadata(), "customer": customer})
    document = {
        "documentNo": "cf-200",
        "documentType": "INVOICE",
        "customerNo": "cf-2",
        "documentDate": "2026-03-12",
        "lines": [LINE],
    }
    assert (
        api.post("/clients/2218/documents", json={"metadata": metadata(), "document": document}).status_code
        == 201
    )

    def items(query: str) -> Any:
        answer = api.get(f"/clients/2218/aritems?customerno=cf-2&{query}")
        assert answer.status_code == 200, answer.text
        return [item["arItemId"] for item in answer.json()["arItems"]]

    assert items("status=open&documenttype=invoice") == items("status=OPEN&documenttype=INVOICE") != []
    upper, lower = api.get("/codes/CURRENCY"), api.get("/codes/currency")
    assert (upper.status_code, upper.json()) == (200, lower.json())


def test_the_canonicaliser_follows_objects_arrays_and_combinators() -> None:
    document: dict[str, Any] = {
        "components": {"schemas": {"Kind": {"type": "string", "enum": ["INVOICE", "CREDITNOTE"]}}}
    }
    schema = {
        "type": "object",
        "properties": {
            "kind": {"$ref": "#/components/schemas/Kind"},
            "kinds": {"type": "array", "items": {"$ref": "#/components/schemas/Kind"}},
            "flag": {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["includeSum", "true"]}]},
            "country": {"type": "string", "pattern": "^[A-Za-z]{2}$", "x-armrest-case": "upper"},
            "text": {"type": "string"},
        },
    }
    canonical = casefold.compile_schema(Compiler(document).resolve, schema)
    assert canonical is not None
    value = {
        "kind": "invoice",
        "kinds": ["creditNote", "x"],
        "flag": "INCLUDESUM",
        "country": "no",
        "text": "invoice",
    }
    assert canonical(value) == {
        "kind": "INVOICE",
        "kinds": ["CREDITNOTE", "x"],
        "flag": "includeSum",
        "country": "NO",
        "text": "invoice",
    }
    assert casefold.compile_schema(Compiler(document).resolve, {"type": "string", "format": "uuid"}) is None


def test_an_enumeration_whose_members_differ_only_in_case_is_refused_at_compile_time() -> None:
    with pytest.raises(casefold.Ambiguous):
        casefold.compile_schema(lambda node: node, {"enum": ["Passive", "PASSIVE"]})
