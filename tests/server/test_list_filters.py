"""Every filter of every list answers exactly the records it names.

Built from the bundle: a list is a GET answering the paging envelope (a `summary` beside one array of
records), and every query parameter it declares is a filter, but for the paging ones (PAGING) and the
ones NOT_FILTERS names, each with its reason. A filter means equality with the record's field of its
name (`customerno` reads `customerNo`, strings compared case-insensitively as the data values are),
unless MEANINGS says what else it means (ranges, prefixes, text search, several fields, a set). A
declared filter that is neither fails, naming itself, so that a filter added to the contract cannot
go untested (and an entry left for a parameter the contract no longer declares fails too).

The records are the demo ledger's (armrest_server/demo, copied from one seeded per worker), plus a few
written days later (`top_up`) so that the days of writes differ and values the demo leaves alike
(`activeStatusWeb`, `informalName`) do not. For each filter, a value is drawn from the records that
matches some but not all of them (preferring one that tells the meaning from equality, and that
matches through the field at hand alone); the answer, every page of it, must be exactly the records
of the unfiltered list that match it, in their order, field for field. A filter the handler ignores,
or applies to the wrong column, or as equality where it means a range, fails here.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest

from armrest_server.clock import OSLO, SettableClock
from tests.support import postgres
from tests.support import spec as contract
from tests.support.app import CLIENTNO, Api, advance, running, seed_demo
from tests.support.builders import create_customer, create_document, customer_changes, file_upload, files_body

SPEC = contract.load(contract.BUNDLE_JSON)

# Query parameters of every list that select no records: the paging rules' own.
PAGING = {
    "pagesize": "paging: how many records a page holds (test_paging)",
    "pageno": "paging: which page of the set is read (test_paging)",
    "maximumcount": "paging: caps the size of the set (test_paging)",
    "query": "paging: a page of an earlier call's frozen set, with that call's filters (test_frozen_lists)",
}
# Other query parameters of a list that are not filters.
NOT_FILTERS = {
    ("listFiles", "includecontent"): "adds each file's content to the answer; selects no file (test_files)",
}


def _fold(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def same(value: Any, wanted: Any) -> bool:
    return value is not None and _fold(value) == _fold(wanted)


def contains(value: Any, wanted: Any) -> bool:
    return value is not None and _fold(wanted) in _fold(value)


def starts_with(value: Any, wanted: Any) -> bool:  # case-sensitive: config keys are names
    return value is not None and str(value).startswith(wanted)


def on_or_after(value: Any, wanted: Any) -> bool:
    return value is not None and value >= wanted


def on_or_before(value: Any, wanted: Any) -> bool:
    return value is not None and value <= wanted


def one_of(value: Any, wanted: Any) -> bool:
    return value in wanted


def utc_date(value: str | None) -> str | None:
    """The UTC date of an instant (`...Z`)."""
    return None if value is None else value[:10]


def oslo_date(value: str | None) -> str | None:
    """The Norwegian date of an instant."""
    return None if value is None else datetime.fromisoformat(value).astimezone(OSLO).date().isoformat()


def themselves(values: list[Any]) -> Iterable[Any]:
    return values


def inner_words(values: list[Any]) -> Iterable[Any]:
    """Text inside a word (not at its start), so that `contains` is told from `starts with`."""
    return [word[1:-1] for value in values for word in str(value).split() if len(word) >= 5]


def prefixes(values: list[Any]) -> Iterable[Any]:
    return [str(value)[:n] for value in values for n in range(1, len(str(value)))]


def pairs(values: list[Any]) -> Iterable[Any]:
    ordered = sorted(values)
    return [ordered[n : n + 2] for n in range(0, len(ordered) - 1)]


@dataclass(frozen=True)
class Meaning:
    """What a filter selects: the records whose `fields` (any of them), `read` as the filter compares
    them, `match` the value sent; `candidates` makes values to send from the fields' values."""

    fields: tuple[str, ...]
    match: Callable[[Any, Any], bool] = same
    read: Callable[[Any], Any] = lambda value: value
    candidates: Callable[[list[Any]], Iterable[Any]] = themselves


# Filters whose meaning is not equality with the field named like them (descriptions: the contract's).
MEANINGS: dict[tuple[str, str], Meaning] = {
    # Customers whose `name` or `informalName` contains this text (case-insensitive).
    ("listCustomers", "name"): Meaning(("name", "informalName"), contains, candidates=inner_words),
    # Customers created or changed on or after this date (`changedAt`, Europe/Oslo).
    ("listCustomers", "changedsince"): Meaning(("changedAt",), on_or_after, oslo_date),
    ("listArItems", "duedatefrom"): Meaning(("dueDate",), on_or_after),
    ("listArItems", "duedateto"): Meaning(("dueDate",), on_or_before),
    # Keys starting with this text (case-sensitive, as names are).
    ("listClientConfigs", "configkey"): Meaning(("configKey",), starts_with, candidates=prefixes),
    # Bundles created on or after / on or before this date (UTC).
    ("listDocumentBundles", "fromdate"): Meaning(("createdAt",), on_or_after, utc_date),
    ("listDocumentBundles", "todate"): Meaning(("createdAt",), on_or_before, utc_date),
    ("listDocuments", "fromdate"): Meaning(("documentDate",), on_or_after),
    ("listDocuments", "todate"): Meaning(("documentDate",), on_or_before),
    # Only these files (the parameter repeated).
    ("listFiles", "fileid"): Meaning(("fileId",), one_of, candidates=pairs),
    # Files stored on or after / on or before this date (UTC).
    ("listFiles", "fromdate"): Meaning(("createdAt",), on_or_after, utc_date),
    ("listFiles", "todate"): Meaning(("createdAt",), on_or_before, utc_date),
    ("listGlItems", "fromdate"): Meaning(("postingDate",), on_or_after),
    ("listGlItems", "todate"): Meaning(("postingDate",), on_or_before),
    # Items logged on or after / on or before this date (UTC).
    ("listLogItems", "fromdate"): Meaning(("loggedAt",), on_or_after, utc_date),
    ("listLogItems", "todate"): Meaning(("loggedAt",), on_or_before, utc_date),
}
# Values tried per field: spread over the sorted candidates, so that a field with thousands of
# values (a GL item's document) costs no more than one with a few.
TRIED = 25


@dataclass(frozen=True)
class Listing:
    operation: contract.Operation
    entity: str  # the array beside `summary`
    fields: frozenset[str]  # the record's properties
    parameters: tuple[str, ...]  # the query parameters declared

    @property
    def path(self) -> str:
        return self.operation.path.format(clientno=CLIENTNO)


def listings() -> list[Listing]:
    found = []
    for op in contract.armrest_operations(SPEC):
        answer = contract.resolve(SPEC, op.operation["responses"].get("200", {}))
        schema = answer.get("content", {}).get("application/json", {}).get("schema")
        properties = contract.properties(SPEC, schema) if op.method == "get" and schema else {}
        if "summary" not in properties:
            continue
        (entity,) = [
            name for name, value in properties.items() if contract.resolve(SPEC, value).get("type") == "array"
        ]
        record = contract.properties(SPEC, contract.items(SPEC, properties[entity]))
        parameters = [contract.resolve(SPEC, p) for p in op.operation.get("parameters", [])]
        names = tuple(p["name"] for p in parameters if p["in"] == "query")
        found.append(Listing(op, entity, frozenset(record), names))
    return found


LISTINGS = {listing.operation.operation_id: listing for listing in listings()}
FILTERS = [
    (operation_id, name)
    for operation_id, listing in LISTINGS.items()
    for name in listing.parameters
    if name not in PAGING and (operation_id, name) not in NOT_FILTERS
]


def meaning_of(listing: Listing, name: str) -> Meaning | None:
    """MEANINGS' entry, else equality with the record's field of the filter's name, else None."""
    explicit = MEANINGS.get((listing.operation.operation_id, name))
    if explicit is not None:
        return explicit
    named = [field for field in listing.fields if field.lower() == name]
    return Meaning((named[0],)) if named else None


# --- the ledger ---------------------------------------------------------------------------------------
def top_up(api: Api, clock: SettableClock) -> None:
    """Writes two and three days after the demo's: customers (one of them the demo's, changed), their
    documents (and so their bundles) and a file, with values the demo leaves alike."""
    writes = (  # days later: a new customer and its fields; a demo customer and its new informalName
        (2, "900001", {"informalName": "Ola Fjellheim", "activeStatusWeb": "Passive"}, "100001", "Brygga"),
        (1, "900002", {"informalName": "Kari Strandvik", "activeStatusWeb": "Active"}, "100002", "Kiosken"),
    )
    customers, files = f"/clients/{CLIENTNO}/customers", f"/clients/{CLIENTNO}/files"
    for days, number, fields, changed, informal in writes:
        advance(api, clock, timedelta(days=days))
        create_customer(api, number, **fields)
        create_document(api, f"9{number}", customer_no=number, documentDate=clock.today().isoformat())
        answer = api.put(customers, json=customer_changes(changed, informalName=informal))
        assert answer.status_code == 200, answer.text
        answer = api.post(files, json=files_body(file_upload(f"brev-{number}.pdf")))
        assert answer.status_code == 201, answer.text


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """The demo data topped up, on SQLite and on PostgreSQL: every filter's SQL runs on both."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("filters") / "armrest.db"
        shutil.copyfile(request.getfixturevalue("demo_sqlite"), path)
        url = f"sqlite:///{path}"
    else:
        cluster = request.getfixturevalue("pg_cluster")
        url = postgres.copy_of(cluster, cluster.replace("/armrest?", "/filters?"), "armrest_demo", seed_demo)
    clock = SettableClock()
    # Not strict: validating the tens of thousands of records read against their schema would add
    # about half to the tests' own time, and it is not their subject (test_contract_answers).
    with running(url, clock=clock, strict=False) as api:
        top_up(api, clock)
        yield api


def _query(name: str, value: Any) -> list[tuple[str, str]]:
    values = value if isinstance(value, list) else [value]
    return [(name, str(v).lower() if isinstance(v, bool) else str(v)) for v in values]


def read_all(api: Api, listing: Listing, query: list[tuple[str, str]]) -> list[Any]:
    """Every record of a list's answer, page after page of the first call's frozen set."""
    response = api.get(listing.path, params=[*query, ("pagesize", "1000")])
    assert response.status_code == 200, response.text
    body = response.json()
    summary, records = body["summary"], body[listing.entity]
    for pageno in range(2, summary["totalPages"] + 1):
        page = api.get(listing.path, params={"query": summary["queryId"], "pageno": pageno})
        assert page.status_code == 200, page.text
        records += page.json()[listing.entity]
    assert len(records) == summary["totalCount"], summary
    assert summary["totalCount"] < summary["maximumCount"], f"{listing.path}: the set is cut at the maximum"
    return records


@pytest.fixture(scope="module")
def unfiltered(ledger: Api) -> Callable[[Listing], list[Any]]:
    read: dict[str, list[Any]] = {}

    def records(listing: Listing) -> list[Any]:
        if listing.operation.operation_id not in read:
            read[listing.operation.operation_id] = read_all(ledger, listing, [])
        return read[listing.operation.operation_id]

    return records


def _key(record: Any) -> str:
    return json.dumps(record, sort_keys=True)


def pick(meaning: Meaning, field: str, records: list[Any]) -> tuple[Any, list[Any]] | None:
    """A value drawn from `field` that matches some but not all records, and the records it matches."""
    values = sorted({meaning.read(r[field]) for r in records} - {None, ""}, key=repr)
    candidates = list({repr(c): c for c in meaning.candidates(values)}.values())
    step = max(1, len(candidates) // TRIED)
    others = [f for f in meaning.fields if f != field]
    best: tuple[tuple[bool, bool, bool, int], Any, list[Any]] | None = None
    for value in candidates[::step]:
        matched = [
            r for r in records if any(meaning.match(meaning.read(r[f]), value) for f in meaning.fields)
        ]
        if not 0 < len(matched) < len(records):
            continue
        alone = any(not any(meaning.match(meaning.read(r[f]), value) for f in others) for r in matched)
        beyond = any(not same(meaning.read(r[field]), value) for r in matched)
        score = (alone, beyond, len(matched) >= 2, -len(matched))
        if best is None or score > best[0]:
            best = (score, value, matched)
    return None if best is None else (best[1], best[2])


def test_the_lists_are_found_in_the_bundle() -> None:
    assert set(LISTINGS) >= {"listCustomers", "listArItems", "listGlItems", "listLogItems"}
    assert len(FILTERS) >= 40, FILTERS


def test_every_entry_names_a_declared_parameter() -> None:
    declared = {(op, name) for op, listing in LISTINGS.items() for name in listing.parameters}
    stale = sorted((set(MEANINGS) | set(NOT_FILTERS)) - declared)
    assert stale == [], f"entries for parameters no list declares: {stale}"
    unused = sorted(
        name for name in PAGING if not any(name in listing.parameters for listing in LISTINGS.values())
    )
    assert unused == [], f"paging parameters no list declares: {unused}"


@pytest.mark.parametrize(("operation_id", "name"), FILTERS, ids=[f"{op}-{name}" for op, name in FILTERS])
def test_a_filter_answers_exactly_the_records_it_names(
    ledger: Api, unfiltered: Callable[[Listing], list[Any]], operation_id: str, name: str
) -> None:
    listing = LISTINGS[operation_id]
    meaning = meaning_of(listing, name)
    assert meaning is not None, (
        f"{operation_id} declares the filter `{name}`, which names no field of its {listing.entity} and has "
        "no entry in MEANINGS (or NOT_FILTERS, if it selects nothing): say what it selects"
    )
    records = unfiltered(listing)
    for field in meaning.fields:
        picked = pick(meaning, field, records)
        assert picked is not None, (
            f"{operation_id} `{name}`: no value of `{field}` matches some but not all of the "
            f"{len(records)} {listing.entity}: write records where the filter matters (top_up)"
        )
        value, expected = picked
        answer = read_all(ledger, listing, _query(name, value))
        if answer == expected:
            continue
        answered, matching = {_key(r): r for r in answer}, {_key(r): r for r in expected}
        missing = [r for k, r in matching.items() if k not in answered]
        extra = [r for k, r in answered.items() if k not in matching]
        assert (missing, extra) == ([], []), (
            f"{operation_id}?{name}={value!r} (of `{field}`): {len(answer)} {listing.entity} answered, "
            f"{len(expected)} match; first missing {missing[:1]}, first extra {extra[:1]}"
        )
        assert answer == expected, f"{operation_id}?{name}={value!r}: the records match, not their order"
