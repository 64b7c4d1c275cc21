"""The HTTP layer's parts on their own: what a handler reads from a call, parameter parsing, enumerations
in any case, problem bodies at their bounds, `Location` links, stored wire forms."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.requests import Request

from armrest_server.auth import Principal
from armrest_server.bounds import LIMITS
from armrest_server.http import casefold
from armrest_server.http.call import Call
from armrest_server.http.compiler import DECIMALS, Compiler
from armrest_server.http.dispatch import _gathered, _pairs
from armrest_server.http.links import location
from armrest_server.http.params import compile_param
from armrest_server.http.problems import Problem, schema_errors
from armrest_server.http.spec import Link, Operation, Response
from armrest_server.http.stored_records import Joined, Schemas, Stored, dumps, joined, stored, thaw


def operation(template: str = "/clients/{clientno}") -> Operation:
    return Operation("getThing", "GET", template, "Things", False, [], None, False, {}, raw={})


def call(body: Any = None, headers: dict[str, str] | None = None, principal: Principal | None = None) -> Call:
    return Call(operation(), {"clientno": 7}, {}, headers or {}, body, principal, "http://h/arm/v1", None)  # type: ignore[arg-type]


# --- what a handler reads from a call ---------------------------------------------------------------
def test_the_acting_user_is_the_tokens_subject_without_metadata() -> None:
    assert call(principal=Principal("erp", frozenset({7}))).user_id == "erp"
    assert call(body={"metadata": {"userId": "ola"}}).user_id == "ola"
    assert call().user_id == "anonymous"
    assert call(body={"metadata": "not an object"}).metadata == {}
    assert call(body={"metadata": {"userId": "ola"}}).metadata == {"userId": "ola"}


@pytest.mark.parametrize(
    ("header", "language"),
    [("en-GB,en;q=0.9", "en"), ("de, nb;q=0.8", "no"), ("nn", "no"), ("de, fr", "no"), ("", "no")],
)
def test_the_answer_language_is_the_first_known_one_of_accept_language(header: str, language: str) -> None:
    assert call(headers={"accept-language": header}).language == language


# --- parameters -------------------------------------------------------------------------------------
def param(schema: dict[str, Any], **raw: Any) -> Any:
    return compile_param(Compiler({}), {"name": "amount", "in": "query", "schema": schema} | raw)


def test_a_number_parameter_takes_decimal_text_only() -> None:
    amount = param({"type": "number"})
    assert amount.parse(["12.50"]) == (12.5, [])
    value, errors = amount.parse(["1e3"])
    assert value is None and [(e.pointer, e.message, e.code) for e in errors] == [
        ("#/query/amount", "amount must be a number", "type")
    ]


def test_a_required_parameter_left_out_and_a_single_one_repeated_are_refused() -> None:
    required = param({"type": "integer"}, required=True)
    assert [e.code for e in required.parse([])[1]] == ["required"]
    assert [e.message for e in required.parse(["1", "2"])[1]] == ["amount may be given once"]
    assert param({"type": "integer", "default": 5}).parse([]) == (5, [])


# --- enumerations in any case -----------------------------------------------------------------------
def canonical(schema: Any, document: dict[str, Any] | None = None) -> Any:
    found = casefold.compile_schema(Compiler(document or {}).resolve, schema)
    assert found is not None
    return found


def test_an_enumeration_inside_a_recursive_schema_is_spelt_canonically_at_every_depth() -> None:
    document = {
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "kind": {"enum": ["LEAF", "BRANCH"]},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                    },
                }
            }
        }
    }
    tree = {"kind": "branch", "children": [{"kind": "leaf"}, {"kind": "Branch", "children": []}]}
    fold = canonical({"$ref": "#/components/schemas/Node"}, document)
    assert fold(tree) == {
        "kind": "BRANCH",
        "children": [{"kind": "LEAF"}, {"kind": "BRANCH", "children": []}],
    }


def test_several_canonical_parts_of_one_schema_apply_in_turn() -> None:
    # An enum of codes and, through allOf, the upper-case rule: `nok` -> `NOK`, `Sek` -> `SEK`.
    fold = canonical({"enum": ["NOK"], "allOf": [{"x-armrest-case": "upper"}]})
    assert (fold("nok"), fold("Sek"), fold(12)) == ("NOK", "SEK", 12)


def test_values_of_another_shape_than_the_schema_are_left_as_sent() -> None:
    fold = canonical({"type": "object", "properties": {"status": {"enum": ["OPEN"]}, "free": True}})
    assert fold(["open"]) == ["open"]
    assert fold({"status": "open", "free": "open"}) == {"status": "OPEN", "free": "open"}
    assert casefold.compile_schema(Compiler({}).resolve, True) is None


# --- problem bodies at their bounds -----------------------------------------------------------------
def test_a_long_instance_is_clipped_never_inside_a_percent_escape() -> None:
    body = Problem(404, "no").body("/" + "a" * (LIMITS["instance"] - 2) + "ø" * 10)
    instance = body["instance"]
    assert len(instance) <= LIMITS["instance"]
    assert instance.endswith("a")  # `ø` is %C3%B8: the cut fell inside its escape and dropped it


def test_an_amount_that_breaks_only_the_decimals_rule_of_a_nullable_branch_is_a_rule_error() -> None:
    compiler = Compiler({})
    nullable = compiler.validator({"oneOf": [{"type": "null"}, {"type": "number", "x-armrest-decimals": 2}]})
    assert [(e.pointer, e.code) for e in schema_errors(nullable, 1.234)] == [("", "decimals")]
    # Broken otherwise in every branch: the combinator's own error.
    assert [e.code for e in schema_errors(nullable, "text")] == ["oneOfNotValid"]


def test_a_rule_error_nested_in_two_combinators_is_found() -> None:
    compiler = Compiler({})
    amount = {"anyOf": [{"type": "null"}, {"type": "number", "x-armrest-decimals": 2}]}
    nested = compiler.validator({"oneOf": [{"type": "string"}, amount]})
    assert [e.code for e in schema_errors(nested, 0.001)] == ["decimals"]


def test_schema_errors_stop_at_their_limit() -> None:
    validator = Compiler({}).validator({"type": "array", "items": {"type": "string"}})
    assert len(schema_errors(validator, list(range(50)), limit=3)) == 3


# --- Location links ---------------------------------------------------------------------------------
def created(*links: Link) -> Response:
    return Response(201, {}, frozenset({"location"}), links=links)


def test_location_is_the_first_link_whose_values_all_resolve() -> None:
    by_number = Link("/things/{n}", {"n": "$response.body#/items/1"}, {})
    by_request = Link(
        "/clients/{clientno}/things", {"clientno": "$request.path.clientno"}, {"q": "$request.path.clientno"}
    )
    assert (
        location(created(by_number, by_request), call(), {"items": ["a"]})
        == "http://h/arm/v1/clients/7/things?q=7"
    )
    assert location(created(by_number), call(), {"items": ["a", "b/c"]}) == "http://h/arm/v1/things/b%2Fc"


@pytest.mark.parametrize(
    "expression",
    [
        "$response.body#/items/x",
        "$response.body#/flag",
        "$response.body#/n/deeper",
        "$request.query.q",
        "$url",
    ],
)
def test_a_link_value_that_does_not_resolve_gives_no_location(expression: str) -> None:
    link = Link("/things/{n}", {"n": expression}, {})
    assert location(created(link), call(), {"items": ["a"], "flag": True, "n": 3}) is None


# --- stored wire forms ------------------------------------------------------------------------------
CUSTOMER = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
DOCUMENT = {
    "components": {
        "schemas": {
            "Customer": CUSTOMER,
            "Page": {
                "type": "object",
                "properties": {
                    "customers": {"type": "array", "items": {"$ref": "#/components/schemas/Customer"}}
                },
            },
            "UniquePage": {
                "type": "object",
                "properties": {"customers": {"type": "array", "uniqueItems": True, "items": CUSTOMER}},
            },
            "Either": {"anyOf": [{"$ref": "#/components/schemas/Page"}]},
        }
    }
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def judged(name: str, body: Any) -> list[tuple[str, str]]:
    schemas = Schemas(Compiler(DOCUMENT))
    validator = schemas.compiler.validator(ref(name))
    return [(e.pointer, e.code) for e in schemas.errors(validator, ref(name), body, strict=False)]


def test_stored_elements_are_judged_each_by_its_fingerprint() -> None:
    schemas = Schemas(Compiler(DOCUMENT))
    _validator, fingerprint = schemas.component("Customer")
    good, bad = b'{"name":"Ola"}', b'{"name":1}'
    body = {
        "customers": [Stored(bad, fingerprint), Stored(bad, "another"), {"name": "Kari"}, Stored(good, None)]
    }
    # The first is trusted (validated when written against this very schema); the second is judged.
    assert judged("Page", body) == [("/customers/1/name", "type")]


def test_joined_records_are_trusted_only_under_their_items_fingerprint() -> None:
    schemas = Schemas(Compiler(DOCUMENT))
    _validator, fingerprint = schemas.component("Customer")
    bad = b'[{"name":"Ola"},{"name":1}]'
    assert judged("Page", {"customers": Joined(bad, fingerprint, 2)}) == []
    assert judged("Page", {"customers": Joined(bad, None, 2)}) == [("/customers/1/name", "type")]
    assert judged("Page", {"customers": Joined(bad, "another", 2)}) == [("/customers/1/name", "type")]
    assert judged("UniquePage", {"customers": Joined(b'[{"name":1}]', fingerprint, 1)}) != []


def test_a_page_of_rows_is_joined_into_one_array_spliced_unparsed() -> None:
    rows = [(1, b'{"name":"Ola"}', "f", 2, 9), (2, memoryview(b'{"name":"Kari"}'), "f", 2, 9)]
    page = joined(rows)
    assert page is not None and (page.raw, page.schema, len(page)) == (
        b'[{"name":"Ola"},{"name":"Kari"}]',
        "f",
        2,
    )
    assert dumps({"customers": page}) == b'{"customers":[{"name":"Ola"},{"name":"Kari"}]}'
    assert thaw({"customers": page, "n": 1}) == {"customers": [{"name": "Ola"}, {"name": "Kari"}], "n": 1}
    mixed = joined([(1, b'{"name":"Ola"}', "f", 2, 9), (2, b'{"name":"Kari"}', "g", 2, 9)])
    assert mixed is not None and mixed.schema is None  # not all under one fingerprint: judged
    assert joined([(1, b'{"name":"Ola"}', "f"), (2, None, None)]) is None  # a row without its form


@pytest.mark.parametrize("name", ["UniquePage", "Either"])
def test_a_place_the_walk_cannot_follow_validates_the_whole_answer(name: str) -> None:
    schemas = Schemas(Compiler(DOCUMENT))
    _validator, fingerprint = schemas.component("Customer")
    body = {"customers": [Stored(b'{"name":1}', fingerprint)]}
    assert judged(name, body) != []


def test_a_stored_record_is_spliced_into_the_answer_unparsed() -> None:
    stored = Stored(b'{"name":"Ola"}', None)
    assert dumps({"customers": [stored]}) == b'{"customers":[{"name":"Ola"}]}'
    assert dumps(stored) == stored.raw and thaw(stored) == {"name": "Ola"}
    assert thaw({"plain": 1}) == {"plain": 1}
    assert repr(stored).startswith('Stored(b\'{"name":"Ola"}\'')
    with pytest.raises(TypeError, match="not JSON serializable"):
        dumps({"x": object()})


def test_a_row_without_a_stored_form_has_none() -> None:
    assert stored(None, "fingerprint") is None
    found = stored(memoryview(b'{"name":"Ola"}'), "fingerprint")  # PostgreSQL's bytea reads as a view
    assert found is not None and (found.raw, found.schema) == (b'{"name":"Ola"}', "fingerprint")


@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**63), 2**63), st.integers(0, 4))
def test_a_number_has_too_many_decimals_exactly_when_its_shortest_decimal_form_has(
    number: Any, places: int
) -> None:
    """The keyword's reading of a float from its repr agrees with the exact reading through Decimal."""
    schema = {"type": "number", DECIMALS: places}
    exact = Decimal(repr(number))
    exponent = exact.normalize().as_tuple().exponent
    too_many = isinstance(exponent, int) and exponent < -places
    valid = Compiler({"components": {}}).validator(schema).is_valid(number)
    assert valid == (not too_many)


_QUERY_TEXT = st.text(alphabet=st.sampled_from("ab=&+%20;é\x00"), max_size=30)
_HEADER_NAMES = st.sampled_from([b"accept", b"idempotency-key", b"x-request-id", b"x-armrest-when"])
_HEADERS = st.lists(st.tuples(_HEADER_NAMES, st.binary(max_size=8)), max_size=6)


@given(query=_QUERY_TEXT, headers=_HEADERS)
def test_a_parameters_values_are_those_starlettes_request_gives(query: str, headers: list[Any]) -> None:
    # The dispatcher gathers each name's values in one pass (dispatch._gathered); each parameter
    # must still receive what Starlette's QueryParams and Headers lists give for its name.
    request = Request({"type": "http", "query_string": query.encode("utf-8"), "headers": headers})
    for where, starlettes in (("query", request.query_params), ("header", request.headers)):
        gathered = _gathered(_pairs(request, where))
        names = {name for name, _ in starlettes.items()} | {"absent"}
        assert {n: gathered.get(n, []) for n in names} == {n: starlettes.getlist(n) for n in names}
