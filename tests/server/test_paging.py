"""The documented paging rules, through listCustomers: defaults and caps, small page sizes, the
summary, nextPage/lastPage, and the result set frozen by the first call."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from armrest_server.api import paging
from armrest_server.clock import SettableClock
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, running, table_counts
from tests.support.builders import (
    create_customer,
    create_document,
    customer,
    customer_batch,
    customer_body,
    customer_changes,
)

PATH = f"/clients/{CLIENTNO}/customers"


def add_customers(api: Api, count: int, prefix: str = "c") -> list[str]:
    numbers = [f"{prefix}{i:04d}" for i in range(count)]
    response = api.post(f"{PATH}/batches", json=customer_batch([customer(n) for n in numbers]))
    assert api.wait_for_batch(response.json()["batchUuid"]).status_code == 200
    return numbers


def page(api: Api, query: str = "") -> dict[str, Any]:
    response = api.get(f"{PATH}?{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def follow(api: Api, url: str) -> dict[str, Any]:
    response = api.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def numbers(body: dict[str, Any]) -> list[str]:
    return [c["customerNo"] for c in body["customers"]]


def test_defaults_are_page_size_100_and_maximum_10000(api: Api) -> None:
    add_customers(api, 3)
    summary = page(api)["summary"]
    assert (summary["pageSizeLimit"], summary["maximumCount"]) == (100, 10000)


@pytest.mark.parametrize(("requested", "used"), [(0, 10), (1, 10), (4, 10), (5, 5), (1000, 1000)])
def test_a_page_size_below_5_falls_back_to_10(api: Api, requested: int, used: int) -> None:
    assert page(api, f"pagesize={requested}")["summary"]["pageSizeLimit"] == used


@pytest.mark.parametrize("query", ["pagesize=1001", "maximumcount=10001", "maximumcount=0", "pageno=0"])
def test_values_beyond_the_caps_answer_400(api: Api, query: str) -> None:
    assert api.get(f"{PATH}?{query}").status_code == 400


def test_the_summary_of_a_first_page(api: Api) -> None:
    add_customers(api, 23)
    summary = page(api, "pagesize=10")["summary"]
    query_id = summary.pop("queryId")
    link = f"http://testserver/arm/v1/clients/{CLIENTNO}/customers?query={query_id}&pageno="
    assert (re.fullmatch(r"[A-Za-z0-9_-]{22,4096}", query_id) is not None, summary) == (
        True,
        {
            "pageNo": 1,
            "currentPageSize": 10,
            "pageSizeLimit": 10,
            "totalPages": 3,
            "totalCount": 23,
            "maximumCount": 10000,
            "nextPage": f"{link}2",
            "lastPage": f"{link}3",
        },
    )


def test_following_next_page_reads_every_customer_once_in_order(api: Api) -> None:
    created = add_customers(api, 23)
    body = page(api, "pagesize=10")
    seen = numbers(body)
    while body["summary"]["nextPage"]:
        body = follow(api, body["summary"]["nextPage"])
        seen += numbers(body)
    assert seen == created


def test_the_last_page_has_no_next_page(api: Api) -> None:
    add_customers(api, 23)
    last = follow(api, page(api, "pagesize=10")["summary"]["lastPage"])
    assert (last["summary"]["pageNo"], last["summary"]["currentPageSize"], last["summary"]["nextPage"]) == (
        3,
        3,
        None,
    )


def test_maximum_count_bounds_the_result(api: Api) -> None:
    add_customers(api, 23)
    summary = page(api, "maximumcount=15&pagesize=10")["summary"]
    assert (summary["totalCount"], summary["totalPages"], summary["maximumCount"]) == (15, 2, 15)


def test_later_pages_read_the_result_set_frozen_by_the_first_call(api: Api) -> None:
    created = add_customers(api, 12, "a")
    first = page(api, "pagesize=10")
    api.post(PATH, json=customer_body("a0000x"))
    add_customers(api, 5, "z")
    second = follow(api, first["summary"]["nextPage"])
    assert (numbers(first) + numbers(second), second["summary"]["totalCount"]) == (created, 12)


def test_a_customer_deleted_since_the_first_call_is_still_listed(api: Api) -> None:
    """As it was when it was deleted (tests/server/test_frozen_lists.py has the rest)."""
    created = add_customers(api, 12)
    first = page(api, "pagesize=10")
    api.delete(f"{PATH}/{created[11]}")
    second = follow(api, first["summary"]["nextPage"])
    assert (numbers(second), second["customers"][1]["name"]) == (created[10:], f"Kunde {created[11]}")


def test_the_query_ignores_new_filters(api: Api) -> None:
    add_customers(api, 12)
    query_id = page(api, "pagesize=10")["summary"]["queryId"]
    body = page(api, f"query={query_id}&pageno=2&pagesize=5&name=nomatch")
    assert (body["summary"]["pageSizeLimit"], body["summary"]["currentPageSize"]) == (10, 2)


def test_a_page_beyond_the_last_is_empty(api: Api) -> None:
    add_customers(api, 3)
    query_id = page(api)["summary"]["queryId"]
    body = page(api, f"query={query_id}&pageno=5")
    assert (body["customers"], body["summary"]["currentPageSize"], body["summary"]["nextPage"]) == (
        [],
        0,
        None,
    )


def test_an_empty_result_has_no_pages(api: Api) -> None:
    summary = page(api)["summary"]
    assert (summary["totalPages"], summary["totalCount"], summary["lastPage"], summary["nextPage"]) == (
        0,
        0,
        None,
        None,
    )


def test_an_unknown_query_answers_404(api: Api) -> None:
    response = api.get(f"{PATH}?query=AAAAAAAAAAAAAAAAAAAAAA&pageno=2")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (404, "#/query/query")


def test_another_clients_query_is_not_found(api: Api) -> None:
    token = api.services.authority.issue("tester", [CLIENTNO, OTHER_CLIENTNO]).access_token
    query_id = api.get(f"/clients/{OTHER_CLIENTNO}/customers", token=token).json()["summary"]["queryId"]
    assert api.get(f"{PATH}?query={query_id}", token=token).status_code == 404


def test_links_never_come_from_the_host_header(api: Api) -> None:
    add_customers(api, 11)
    response = api.get(
        f"{PATH}?pagesize=5", headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    )
    summary = response.json()["summary"]
    assert "evil.example" not in response.text + str(response.headers)
    assert (summary["nextPage"].startswith("http://testserver/arm/v1/"), summary["lastPage"][:25]) == (
        True,
        "http://testserver/arm/v1/",
    )


def test_links_start_with_the_configured_public_url(tmp_path: Path) -> None:
    with running(f"sqlite:///{tmp_path}/armrest.db", public_url="https://sandbox.example/") as api:
        add_customers(api, 11)
        summary = page(api, "pagesize=5")["summary"]
    link = f"https://sandbox.example/arm/v1/clients/{CLIENTNO}/customers?query={summary['queryId']}&pageno="
    assert (summary["nextPage"], summary["lastPage"]) == (f"{link}2", f"{link}3")


# --- the frozen set without a write: stable under concurrent writes, nothing stored ---------------
def _statements(api: Api) -> Iterator[list[str]]:
    """The SQL statements the server runs while the block runs."""
    seen: list[str] = []

    def record(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(" ".join(statement.split()[:2]).upper())

    event.listen(api.services.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(api.services.engine, "before_cursor_execute", record)


def test_a_first_page_writes_nothing(api: Api) -> None:
    add_customers(api, 12)
    with contextmanager(_statements)(api) as seen:
        page(api, "pagesize=5")
        for path in ("aritems", "glitems", "logitems", "documents", "documentbundles", "files"):
            assert api.get(f"/clients/{CLIENTNO}/{path}").status_code == 200
    # Reads begin deferred ("BEGIN"); a write would begin IMMEDIATE or insert, update or delete.
    writes = {s for s in seen if not (s.startswith("SELECT") or s == "BEGIN" or s.startswith("BEGIN ("))}
    assert (bool(seen), writes) == (True, set())


def test_repeated_first_pages_store_nothing(api: Api) -> None:
    add_customers(api, 30)
    before = table_counts(api)
    with api.services.engine.connect() as conn:
        pages_before = conn.exec_driver_sql("PRAGMA page_count").scalar() if _sqlite(api) else 0
    for _ in range(300):
        page(api, "pagesize=10")
    with api.services.engine.connect() as conn:
        pages_after = conn.exec_driver_sql("PRAGMA page_count").scalar() if _sqlite(api) else 0
    assert (table_counts(api), pages_after) == (before, pages_before)


def _sqlite(api: Api) -> bool:
    return bool(api.services.engine.dialect.name == "sqlite")


def test_every_page_reads_the_first_calls_set_while_customers_are_added_and_changed(api: Api) -> None:
    created = add_customers(api, 25, "a")
    first = page(api, "pagesize=10&name=a0")
    seen = numbers(first)
    body = first
    while body["summary"]["nextPage"]:
        api.post(PATH, json=customer_body(f"a0{len(seen):03d}x"))  # matches the filter, created later
        api.put(PATH, json=customer_changes(created[0], email="changed@example.com"))
        body = follow(api, body["summary"]["nextPage"])
        assert (body["summary"]["totalCount"], body["summary"]["totalPages"]) == (25, 3)
        seen += numbers(body)
    assert seen == created


def test_later_pages_of_ar_items_and_gl_items_ignore_items_posted_since(api: Api) -> None:
    create_customer(api, "543210")
    for n in range(12):
        create_document(api, f"D{n}", customer_no="543210")
    for path, entity in (("aritems", "arItems"), ("glitems", "glItems")):
        first = page_of(api, path, "pagesize=5")
        total = first["summary"]["totalCount"]
        create_document(api, f"X{path}", customer_no="543210")
        last = follow(api, first["summary"]["lastPage"])
        assert last["summary"]["totalCount"] == total, entity
        everything = [*first[entity]]
        body = first
        while body["summary"]["nextPage"]:
            body = follow(api, body["summary"]["nextPage"])
            everything += body[entity]
        assert len(everything) == total, entity


def page_of(api: Api, path: str, query: str) -> dict[str, Any]:
    response = api.get(f"/clients/{CLIENTNO}/{path}?{query}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_query_id_names_one_operation_of_one_client(api: Api) -> None:
    add_customers(api, 3)
    query_id = page(api)["summary"]["queryId"]
    assert api.get(f"/clients/{CLIENTNO}/aritems?query={query_id}").status_code == 404
    token = api.services.authority.issue("tester", [CLIENTNO, OTHER_CLIENTNO]).access_token
    assert api.get(f"/clients/{OTHER_CLIENTNO}/customers?query={query_id}", token=token).status_code == 404


def test_a_changed_query_id_answers_404(api: Api) -> None:
    add_customers(api, 3)
    query_id = page(api)["summary"]["queryId"]
    for forged in (query_id[:-2] + ("AA" if query_id[-2:] != "AA" else "BB"), query_id[:30], "A" * 40):
        response = api.get(f"{PATH}?query={forged}")
        assert (response.status_code, response.json()["errors"][0]["pointer"]) == (404, "#/query/query")


def test_a_query_id_expires_after_24_hours(clocked_api: Api, clock: SettableClock) -> None:
    add_customers(clocked_api, 12)
    query_id = page(clocked_api, "pagesize=10")["summary"]["queryId"]
    answers = []
    for step in (timedelta(hours=23, minutes=59), timedelta(minutes=2)):
        clock.advance(step)
        token = clocked_api.services.authority.issue("tester", [CLIENTNO]).access_token
        answers.append(clocked_api.get(f"{PATH}?query={query_id}&pageno=2", token=token).status_code)
    assert answers == [200, 404]


def test_a_query_id_sealed_with_zlibs_default_window_reads_the_same_pages(api: Api) -> None:
    # Servers before this one compressed a queryId with zlib.compress (a 32 KB window); this one with
    # a 512-byte window. A queryId issued by the one is read by the other.
    add_customers(api, 12)
    query_id = page(api, "pagesize=10")["summary"]["queryId"]
    raw = base64.urlsafe_b64decode(query_id + "=" * (-len(query_id) % 4))
    version, body = raw[:1], raw[1 + paging._MAC_BYTES :]
    old_body = zlib.compress(zlib.decompress(body), 9)
    key = paging._key_of(str(api.services.authority.key))
    mac = hmac.new(key, version + old_body, hashlib.sha256).digest()[: paging._MAC_BYTES]
    old_id = base64.urlsafe_b64encode(version + mac + old_body).rstrip(b"=").decode()
    assert old_id != query_id  # the setup: the two are sealed differently
    pages = [api.get(f"{PATH}?query={each}&pageno=2") for each in (query_id, old_id)]
    second = numbers(pages[0].json())
    assert (len(second), [(r.status_code, numbers(r.json())) for r in pages]) == (2, [(200, second)] * 2)
