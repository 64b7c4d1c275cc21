"""Bad input, generated from the contract: every parameter and body field of every operation is fed
the calendar, numeric and string edges its kind calls for.

Nothing here lists fields by hand. The fields come from walking each operation's parameters and
request-body schema (through `$ref`, `allOf`, `oneOf`, `anyOf`, objects and array items); the
calendar edges come from the date ranges the contract's own date schemas admit. Each probe is the
operation's contract example (sent against the records the demo data's example part seeds) with
one value replaced. For every probe:

- the answer is not a 5xx;
- an answer that refuses (4xx), and every read, leaves the database as it was (a digest of every
  row of every table but the bookkeeping a refusal may write by design);
- a value the field's own schema refuses is answered 400 (or 422) with a field error at the field
  or one of its enclosing objects.

SQLite runs every operation; PostgreSQL a subset (the operations whose rules do date arithmetic,
and the lists whose filters are dates).
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sqlite3
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine, create_engine, delete, update
from sqlalchemy.pool import NullPool

from armrest_server.demo import examples
from armrest_server.demo.journal import Journal
from armrest_server.domain import ledger
from armrest_server.http.compiler import lift
from armrest_server.store.tables import metadata as tables
from armrest_server.usecases.uow import UnitOfWork
from tests.support import postgres
from tests.support import spec as contract
from tests.support.app import Api, running
from tests.support.builders import reservation_body
from tests.support.pool import nested_checkouts

# The contract as the sandbox reads requests: our proposals (`x-armrest-proposed`) lifted into plain
# keywords, so that every bound, length and pattern the sandbox enforces has its bad inputs here.
SPEC = lift(contract.load())
# Tables a refusal writes by design: the stored answer of a refused idempotent write (a deterministic
# 4xx is replayed), and the worker's and the token signer's bookkeeping. A read writes nothing at all.
VOLATILE = {"idempotency_keys", "worker_heartbeats", "signing_keys"}
# PostgreSQL runs these: the rules that compute dates and the lists filtered by dates.
POSTGRES_SUBSET = {
    "createDocument",
    "createAutoPostings",
    "createPaymentReservation",
    "createAction",
    "updateArItem",
    "updateCustomer",
    "listCustomers",
    "listGlMovements",
    "listArItems",
}
FAILURES_SHOWN = 15


@dataclass(frozen=True)
class Raw:
    """A JSON token sent as written (`-0`, `1e309`, a lone surrogate), which json.dumps cannot spell."""

    token: str


# --- what the contract declares ------------------------------------------------------------------
def alternatives(node: Any) -> list[dict[str, Any]]:
    """`node` and every schema it combines (allOf, oneOf, anyOf), references resolved (a `$ref` with
    siblings, such as a description, too)."""
    if isinstance(node, dict) and "$ref" in node and len(node) > 1:
        rest = {k: v for k, v in node.items() if k != "$ref"}
        return [rest, *alternatives({"$ref": node["$ref"]})]
    node = contract.resolve(SPEC, node)
    if not isinstance(node, dict):
        return []
    found = [node]
    for keyword in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(keyword, []):
            found += alternatives(sub)
    return found


def body_fields(schema: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """(path, schema) of every property below `schema`, array items as index 0."""
    properties: dict[str, list[Any]] = {}
    for alt in alternatives(schema):
        for name, sub in alt.get("properties", {}).items():
            properties.setdefault(name, []).append(sub)
    for name, subs in properties.items():
        here = (*path, name)
        yield here, subs[0] if len(subs) == 1 else {"anyOf": subs}
        shapes = [alt for sub in subs for alt in alternatives(sub)]
        if any("properties" in alt for alt in shapes):
            yield from body_fields({"anyOf": subs}, here)
        items = [alt["items"] for alt in shapes if isinstance(alt.get("items"), dict)]
        if items:
            yield (*here, 0), items[0]
            yield from body_fields(items[0], (*here, 0))


def kind(schema: Any) -> str:
    shapes = alternatives(schema)
    formats = {alt.get("format") for alt in shapes}
    types: set[str] = set()
    for alt in shapes:
        declared = alt.get("type")
        types |= set(declared) if isinstance(declared, list) else {declared} if declared else set()
    if "date" in formats:
        return "date"
    if "date-time" in formats:
        return "datetime"
    if types & {"integer", "number"}:
        return "number"
    if "string" in types:
        return "string"
    if "boolean" in types:
        return "boolean"
    return "structure"


@cache
def admitted_years(name: str) -> tuple[int, int]:
    """The first and last year whose 1 January the contract's date schema `name` admits."""
    check = contract.validator(SPEC, {"$ref": f"#/components/schemas/{name}"})
    years = [year for year in range(10000) if check.is_valid(f"{year:04d}-01-01")]
    return years[0], years[-1]


def date_schemas() -> list[str]:
    return [n for n, s in SPEC["components"]["schemas"].items() if s.get("format") == "date"]


@cache
def calendar_edges() -> tuple[str, ...]:
    """Ends of the calendar and of every date range the contract declares, and impossible days."""
    edges = [
        "0000-01-01",
        "0001-01-01",
        "9999-12-31",
        "2026-04-31",
        "2026-13-01",
        "+2026-04-14",
        "\uff12\uff10\uff12\uff16-04-14",
    ]
    for name in date_schemas():
        first, last = admitted_years(name)
        edges += [
            f"{first - 1:04d}-12-31",
            f"{first:04d}-01-01",
            f"{last:04d}-12-31",
            f"{last + 1:04d}-01-01",
        ]
        # 29 February of the last year (no leap day when it is a century, like 2100) and of the first.
        edges += [f"{last:04d}-02-29", f"{first:04d}-02-29"]
    edges.append("2023-02-29")
    return tuple(dict.fromkeys(edges))


NUMBERS: tuple[Any, ...] = (0, Raw("-0"), 1e308, 2**63, -(2**63) - 1, 0.001, 1.005, -1, 2**31, Raw("1e309"))
STRINGS: tuple[Any, ...] = (
    "",
    "x" * 5000,
    "a\x00b",
    "%00",
    "..%2F..%2F",
    "%252F",
    "Ærøy ﬁ",
    "😀",
    "\u202eevil",
    " padded ",
    Raw('"\\ud800"'),
)
EDGES: dict[str, tuple[Any, ...]] = {
    "date": (*calendar_edges(), "", None),
    "datetime": ("0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "", None),
    "number": (*NUMBERS, "1", None),
    "string": (*STRINGS, 0, None),
    "boolean": ("true", 0, None),
    "structure": (None, "", 0, [], {}),
}


def text_of(value: Any) -> str | None:
    """A value as a parameter's text; None when it has none (JSON-only tokens)."""
    if isinstance(value, Raw):
        return value.token if not value.token.startswith('"') else None
    if value is None or isinstance(value, list | dict):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Probe:
    operation: contract.Operation
    location: str  # path | query | header | body
    name: str  # a parameter's name, or a JSON pointer into the body
    value: Any
    invalid: bool  # the field's own schema refuses the value

    @property
    def label(self) -> str:
        return f"{self.operation.operation_id} {self.location} {self.name} = {self.value!r:.60}"

    @property
    def pointer(self) -> str:
        return self.name if self.location == "body" else f"#/{self.location}/{self.name}"


def parameters(op: contract.Operation) -> list[dict[str, Any]]:
    shared = SPEC["paths"][op.path].get("parameters", [])
    return [contract.resolve(SPEC, p) for p in [*shared, *op.operation.get("parameters", [])]]


def example_name(op: contract.Operation) -> str | None:
    """The name of the request's first named example (path parameters take their example of that name)."""
    body = contract.resolve(SPEC, op.operation.get("requestBody", {}))
    media = body.get("content", {}).get("application/json") or {}
    return next(iter(media.get("examples", {})), None)


def request_example(op: contract.Operation) -> Any:
    body = contract.resolve(SPEC, op.operation.get("requestBody", {}))
    media = body.get("content", {}).get("application/json")
    if media is None:
        return None
    if "example" in media:
        return media["example"]
    return contract.resolve(SPEC, media["examples"][example_name(op)])["value"]


def parameter_example(op: contract.Operation, param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    named = param["examples"]
    return contract.resolve(SPEC, named.get(example_name(op)) or next(iter(named.values())))["value"]


@cache
def _validator(schema_json: str) -> Any:
    return contract.validator(SPEC, json.loads(schema_json))


def refuses(schema: Any, value: Any) -> bool:
    return not _validator(json.dumps(schema, sort_keys=True)).is_valid(value)


def answers_later(op: contract.Operation) -> bool:
    """An operation that queues its work (202): its items are checked as the single operations' are,
    so it is probed with the edges of dates, numbers and shapes only (each accepted probe is waited for)."""
    return "202" in op.operation.get("responses", {})


@cache
def probes_of(operation_id: str) -> tuple[Probe, ...]:
    return tuple(probes(OPERATIONS[operation_id]))


def probes(op: contract.Operation) -> list[Probe]:
    found = []
    for param in parameters(op):
        for value in EDGES[kind(param["schema"])]:
            text = text_of(value)
            if text is None:
                continue
            # Only a date parameter is judged by its text alone; numbers are converted first.
            invalid = kind(param["schema"]) == "date" and refuses(param["schema"], text)
            found.append(Probe(op, param["in"], param["name"], text, invalid))
    body = (
        contract.resolve(SPEC, op.operation.get("requestBody", {})).get("content", {}).get("application/json")
    )
    if body is not None:
        for path, schema in body_fields(body["schema"]):
            pointer = "".join(f"/{part}" for part in path)
            if answers_later(op) and kind(schema) == "string":
                continue
            for value in EDGES[kind(schema)]:
                invalid = not isinstance(value, Raw) and refuses(schema, value)
                found.append(Probe(op, "body", pointer, value, invalid))
    return found


OPERATIONS = {op.operation_id: op for op in contract.operations(SPEC)}


# --- sending a probe -----------------------------------------------------------------------------
def with_value(document: Any, pointer: str, value: Any) -> Any:
    """A copy of `document` with `value` at `pointer`, creating the objects and arrays on the way."""
    changed = copy.deepcopy(document)
    parts: list[str | int] = [int(p) if p.isdigit() else p for p in pointer.split("/")[1:]]
    here = changed
    for part, after in zip(parts, [*parts[1:], None], strict=True):
        if after is None:
            if isinstance(here, list):
                here[:] = here or [None]
                here[0] = value
            else:
                here[part] = value
            break
        empty: Any = [] if isinstance(after, int) else {}
        if isinstance(here, list):
            if not here or not isinstance(here[0], type(empty)):
                here[:] = [empty]
            here = here[0]
        else:
            if not isinstance(here.get(part), type(empty)):
                here[part] = empty
            here = here[part]
    return changed


def encoded(document: Any) -> bytes:
    """JSON with each Raw value spelled as its token."""
    tokens: dict[str, str] = {}

    def swap(node: Any) -> Any:
        if isinstance(node, Raw):
            key = f"\x01raw{len(tokens)}\x01"
            tokens[json.dumps(key)] = node.token
            return key
        if isinstance(node, dict):
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    text = json.dumps(swap(document), ensure_ascii=False)
    for key, token in tokens.items():
        text = text.replace(key, token)
    return text.encode()


def request_of(probe: Probe) -> tuple[str, str, dict[str, str], dict[str, str], bytes | None]:
    op = probe.operation
    path_values: dict[str, str] = {}
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for param in parameters(op):
        if param["in"] == "path":
            path_values[param["name"]] = urllib.parse.quote(str(parameter_example(op, param)), safe="")
    if probe.location == "path":
        raw = probe.value if "%" in probe.value else urllib.parse.quote(probe.value, safe="")
        path_values[probe.name] = raw
    elif probe.location == "query":
        query[probe.name] = probe.value
    elif probe.location == "header":
        headers[probe.name] = probe.value
    example = request_example(op)
    body = None
    if example is not None:
        body = encoded(with_value(example, probe.name, probe.value) if probe.location == "body" else example)
        headers["Content-Type"] = "application/json"
    url = "/arm/v1" + op.path.format(**path_values)
    return op.method.upper(), url, query, headers, body


def digest(engine: Engine) -> str:
    """Every row of every table but the volatile ones, as the driver reads them, hashed.

    Raw rows, not SQLAlchemy's: the values stored, before any type processing, so that any write
    shows (a JSON text rewritten equal shows too), at a sixth of the cost of typed rows."""
    hashed = hashlib.sha256()
    quote = engine.dialect.identifier_preparer.quote
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for name, table in sorted(tables.tables.items()):
            if name in VOLATILE:
                continue
            order = ", ".join(quote(c.name) for c in list(table.primary_key.columns) or list(table.columns))
            cursor.execute(f"SELECT * FROM {quote(name)} ORDER BY {order}")
            hashed.update(f"{name}{cursor.fetchall()!r}".encode())
    finally:
        raw.rollback()  # no snapshot held open
        raw.close()
    return hashed.hexdigest()


def problems_of(response: httpx.Response) -> list[str]:
    """The field error pointers of a problem answer."""
    try:
        errors = response.json().get("errors") or []
    except ValueError:
        return []
    return [str(e.get("pointer", "")) for e in errors if isinstance(e, dict)]


def names(pointer: str, answered: list[str]) -> bool:
    """A field error at `pointer`, inside it (a member it lacks) or at an object enclosing it (not at
    the whole body)."""
    return any(
        p == pointer
        or p.startswith(pointer + "/")
        or (p not in ("", "/", "#") and pointer.startswith(p.rstrip("/") + "/"))
        for p in answered
    )


class Database:
    """The digest of the database as the last probe left it (nothing else writes between probes).

    A digest reads every row, which made it most of a probe's cost. It is taken only when something
    committed since the last one: SQLite's `data_version` (on a connection of its own: it counts the
    commits of every other connection) or PostgreSQL's WAL insert position (every committed write
    moves it) tells. Unchanged, nothing can have changed; moved, the digest decides (bookkeeping
    and the other tests sharing the cluster move it too)."""

    def __init__(self, api: Api) -> None:
        self.api = api
        # A connection of its own, outside the app's pool.
        self.observer = create_engine(api.services.engine.url, poolclass=NullPool).raw_connection()
        sqlite = api.services.engine.dialect.name == "sqlite"
        self.mark_query = "PRAGMA data_version" if sqlite else "SELECT pg_current_wal_insert_lsn()"
        self.mark = self.commits()
        self.current = digest(api.services.engine)

    def commits(self) -> object:
        cursor = self.observer.cursor()
        cursor.execute(self.mark_query)
        (found,) = cursor.fetchone()
        self.observer.rollback()  # no snapshot held open between probes
        return found

    def changed(self) -> bool:
        mark = self.commits()
        if mark == self.mark:
            return False
        self.mark = mark
        before, self.current = self.current, digest(self.api.services.engine)
        return before != self.current

    def close(self) -> None:
        self.observer.close()


def send(api: Api, database: Database, probe: Probe) -> str | None:
    """Send one probe; a sentence saying what is wrong, or None."""
    method, url, query, headers, body = request_of(probe)
    try:
        response = api.client.request(
            method, url, params=query, content=body, headers=api.headers() | headers
        )
    except (httpx.LocalProtocolError, UnicodeEncodeError, ValueError):
        return None  # a value HTTP cannot carry (a header with NUL or non-Latin-1) never reaches the server
    status = response.status_code
    if status >= 500:
        return f"{probe.label}: {status} {response.text[:300]}"
    answer = response.json() if status < 300 and response.content else None
    if isinstance(answer, dict) and answer.get("batchUuid"):
        api.wait_for_batch(
            answer["batchUuid"]
        )  # queued work (a batch, a report) is done before the next probe
    if database.changed() and (status >= 400 or method == "GET"):
        return f"{probe.label}: {status} but the database changed"
    if status >= 400 and not response.headers.get("content-type", "").startswith("application/problem+json"):
        return f"{probe.label}: {status} as {response.headers.get('content-type')}"
    if probe.invalid and (status not in (400, 422) or not names(probe.pointer, problems_of(response))):
        return f"{probe.label}: refused by its schema but answered {status} {problems_of(response)[:5]}"
    return None


# --- the databases -------------------------------------------------------------------------------
def seed_examples(api: Api) -> None:
    """The records the contract's examples name (the demo data's first part), nothing more."""
    with UnitOfWork(api.services.engine) as uow:
        journal = Journal(examples.CLIENTNO)
        examples.seed(uow, journal, api.services.today())
        journal.write(uow.connection)
        uow.commit()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded SQLite database each operation's run starts from (a copy)."""
    path = tmp_path_factory.mktemp("catalogue") / "template.db"
    with running(f"sqlite:///{path}") as api:
        seed_examples(api)
    copied = path.with_name("seeded.db")
    with sqlite3.connect(path) as source, sqlite3.connect(copied) as target:
        source.backup(target)
    return copied


def run(api: Api, operation_id: str) -> None:
    failures = []
    database = Database(api)
    try:
        with nested_checkouts(api.services.engine) as nested:
            for probe in probes_of(operation_id):
                failure = send(api, database, probe)
                if failure:
                    failures.append(failure)
    finally:
        database.close()
    if nested:
        failures.append(f"{operation_id} took a second connection while holding one:\n{nested[0]}")
    assert not failures, f"{len(failures)} of the probes failed:\n" + "\n".join(failures[:FAILURES_SHOWN])


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_bad_input_on_sqlite(operation_id: str, template: Path, tmp_path: Path) -> None:
    database = tmp_path / "armrest.db"
    shutil.copy(template, database)
    # A sandbox-only operation (x-armrest-sandbox) exists only on a server with sandbox controls.
    sandbox = contract.is_sandbox(OPERATIONS[operation_id])
    with running(f"sqlite:///{database}", sandbox_controls=sandbox) as api:
        run(api, operation_id)


@pytest.mark.postgres
@pytest.mark.parametrize("operation_id", sorted(POSTGRES_SUBSET))
def test_bad_input_on_postgres(operation_id: str, pg_cluster: str) -> None:
    url = postgres.recreate_database(pg_cluster, f"catalogue_{operation_id.lower()}")
    with running(url) as api:
        seed_examples(api)
        run(api, operation_id)


# --- the catalogue itself ------------------------------------------------------------------------
def test_the_watch_sees_a_committed_change_and_nothing_else(api: Api) -> None:
    """The check behind "the database changed" can fail: a commit that changes a value is seen; one
    that writes every value as it was, or changes only a volatile table, is not."""
    seed_examples(api)
    database = Database(api)
    counters = tables.tables["counters"]
    try:
        assert not database.changed()
        with api.services.engine.begin() as conn:
            conn.execute(update(counters).values(value=counters.c.value))
            conn.execute(update(tables.tables["clients"]).values(name=tables.tables["clients"].c.name))
            conn.execute(delete(tables.tables["worker_heartbeats"]))
        assert not database.changed()
        with api.services.engine.begin() as conn:
            one = counters.c.name == "voucherNo"
            conn.execute(update(counters).where(one).values(value=counters.c.value + 1))
        assert database.changed()
        assert not database.changed()
    finally:
        database.close()


def test_every_operation_is_probed_in_every_field() -> None:
    counted = {op_id: len(probes_of(op_id)) for op_id in OPERATIONS}
    takes_input = {
        op_id for op_id, op in OPERATIONS.items() if parameters(op) or request_example(op) is not None
    }
    assert {op_id for op_id, n in counted.items() if n == 0} == set(OPERATIONS) - takes_input
    assert set(OPERATIONS) >= POSTGRES_SUBSET


def test_the_calendar_edges_reach_every_date_range_of_the_contract() -> None:
    for name in date_schemas():
        first, last = admitted_years(name)
        assert {f"{first - 1:04d}-12-31", f"{last + 1:04d}-01-01", "0000-01-01"} <= set(calendar_edges())


def test_the_server_bounds_dates_where_the_contract_does() -> None:
    """The ledger's date range is the contract's `CalendarDate` range and its GL years."""
    gl_year = SPEC["components"]["schemas"]["GlYear"]
    assert admitted_years("CalendarDate") == (gl_year["minimum"], gl_year["maximum"])
    first, last = date(gl_year["minimum"], 1, 1), date(gl_year["maximum"], 12, 31)
    assert (first, last) == (ledger.FIRST_DAY, ledger.LAST_DAY)
    check = contract.validator(SPEC, {"$ref": "#/components/schemas/CalendarDate"})
    assert [check.is_valid(d) for d in ("1999-12-31", "2000-01-01", "2100-12-31", "2101-01-01")] == [
        False,
        True,
        True,
        False,
    ]


# --- dates the server derives --------------------------------------------------------------------
def test_an_expiry_derived_past_the_last_supported_day_answers_422(sqlite_api: Api) -> None:
    """paymentDate + reservationDays past 2100-12-31 is refused naming paymentDate; an explicit expiresOn
    on the last day is accepted."""
    seed_examples(sqlite_api)
    path = f"/clients/{examples.CLIENTNO}/paymentreservations"
    before = digest(sqlite_api.services.engine)
    late = reservation_body("EDGE-1", 100, paymentDate=str(ledger.LAST_DAY), customerNo="543210")
    response = sqlite_api.post(path, json=late)
    assert (response.status_code, [(e["pointer"], e["code"]) for e in response.json()["errors"]]) == (
        422,
        [("/paymentReservation/paymentDate", "dateRange")],
    )
    assert digest(sqlite_api.services.engine) == before
    last = reservation_body(
        "EDGE-2", 100, paymentDate=str(ledger.LAST_DAY), expiresOn=str(ledger.LAST_DAY), customerNo="543210"
    )
    response = sqlite_api.post(path, json=last)
    assert (response.status_code, response.json().get("expiresOn")) == (201, str(ledger.LAST_DAY))
