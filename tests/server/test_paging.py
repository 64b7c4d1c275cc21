"""The documented paging rules, through listCustomers: defaults and caps, small page sizes, the
summary, nextPage/lastPage, and the result set frozen by the first call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, running
from tests.support.builders import customer, customer_batch, customer_body

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
    assert (len(query_id), summary) == (
        22,
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


def test_a_customer_deleted_since_the_first_call_is_left_out(api: Api) -> None:
    created = add_customers(api, 12)
    first = page(api, "pagesize=10")
    api.delete(f"{PATH}/{created[11]}")
    assert numbers(follow(api, first["summary"]["nextPage"])) == [created[10]]


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
