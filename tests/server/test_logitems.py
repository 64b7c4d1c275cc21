"""Log items: one per successful write, none for a refused one; reading and filtering them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from armrest_server.store import clients, logitems
from armrest_server.store.db import writing
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, table_counts
from tests.support.builders import file_upload, files_body

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/logitems"


def listed(api: Api, query: str = "") -> list[dict[str, Any]]:
    response = api.get(f"{PATH}?{query}")
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["logItems"]
    return found


def add_item(api: Api, clientno: int = CLIENTNO, **values: Any) -> int:
    """A log item as audit.record writes one, with the fields a test cares about."""
    row: dict[str, Any] = {
        "clientno": clientno,
        "user_id": "TestUser",
        "source": None,
        "correlation_id": None,
        "operation_id": "createCustomer",
        "method": "POST",
        "path": f"/clients/{clientno}/customers",
        "entity_type": "CUSTOMER",
        "entity_key": "543210",
        "status": 201,
        "result": "CREATED",
        "message": "Customer 543210 created",
    } | values
    with writing(api.services.engine) as conn:
        clients.ensure(conn, clientno)
        return logitems.insert_item(conn, **row)


# --- what writes leave -----------------------------------------------------------------------------
def test_a_successful_write_leaves_one_log_item(api: Api) -> None:
    body = files_body(file_upload())
    body["metadata"] |= {"source": "erp-nightly", "correlationId": "c0ffee-42"}
    file_id = api.post(f"/clients/{CLIENTNO}/files", json=body).json()["files"][0]["fileId"]
    [item] = listed(api)
    item.pop("logItemId")
    item.pop("loggedAt")
    assert item == {
        "userId": "tester",
        "source": "erp-nightly",
        "correlationId": "c0ffee-42",
        "operationId": "uploadFiles",
        "method": "POST",
        "path": f"/clients/{CLIENTNO}/files",
        "entityType": "FILE",
        "entityKey": file_id,
        "status": 201,
        "result": "CREATED",
        "message": "1 file stored",
    }


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (files_body(file_upload(file_type="XLSX")), 422),  # every file rejected
        ({"metadata": {"userId": "tester"}, "files": []}, 400),  # breaks the schema
    ],
    ids=["422", "400"],
)
def test_a_refused_write_leaves_no_log_item(api: Api, body: dict[str, Any], status: int) -> None:
    before = table_counts(api)
    response = api.post(f"/clients/{CLIENTNO}/files", json=body)
    assert (response.status_code, table_counts(api)) == (status, before)


def test_a_write_refused_for_another_client_leaves_no_log_item(api: Api) -> None:
    before = table_counts(api)
    response = api.post(f"/clients/{OTHER_CLIENTNO}/files", json=files_body())
    assert (response.status_code, table_counts(api)) == (403, before)


def test_an_idempotent_replay_leaves_no_second_log_item(api: Api) -> None:
    for _ in range(2):
        api.post(f"/clients/{CLIENTNO}/files", json=files_body(), headers={"Idempotency-Key": "k-1"})
    assert len(listed(api)) == 1


# --- getLogItem ------------------------------------------------------------------------------------
def test_get_one_log_item(api: Api) -> None:
    item_id = add_item(api)
    found = api.get(f"{PATH}/{item_id}").json()
    assert (found["logItemId"], found["entityKey"], found["result"]) == (item_id, "543210", "CREATED")


def test_logged_at_is_utc(api: Api) -> None:
    item_id = add_item(api, logged_at=datetime(2026, 4, 14, 9, 49, 15, tzinfo=UTC))
    assert api.get(f"{PATH}/{item_id}").json()["loggedAt"] == "2026-04-14T09:49:15Z"


def test_an_unknown_log_item_answers_404(api: Api) -> None:
    assert api.get(f"{PATH}/90412").status_code == 404


def test_a_log_item_of_another_client_answers_404(api: Api) -> None:
    item_id = add_item(api, clientno=OTHER_CLIENTNO)
    assert api.get(f"{PATH}/{item_id}").status_code == 404


# --- listLogItems ----------------------------------------------------------------------------------
def ids(found: list[dict[str, Any]]) -> list[int]:
    return [i["logItemId"] for i in found]


def test_listed_oldest_first(api: Api) -> None:
    made = [add_item(api, entity_key=str(n)) for n in range(3)]
    assert ids(listed(api)) == made


def test_filter_by_user_is_case_insensitive(api: Api) -> None:
    mine = add_item(api, user_id="TestUser")
    add_item(api, user_id="someone")
    assert ids(listed(api, "userid=testuser")) == [mine]


def test_filter_by_operation(api: Api) -> None:
    add_item(api)
    upload = add_item(api, operation_id="uploadFiles", entity_type="FILE")
    assert ids(listed(api, "operationid=uploadFiles")) == [upload]


def test_filter_by_entity_type_and_key(api: Api) -> None:
    wanted = add_item(api, entity_key="AB12")
    add_item(api, entity_key="other")
    add_item(api, entity_type="DOCUMENT", entity_key="AB12")
    assert ids(listed(api, "entitytype=CUSTOMER&entitykey=ab12")) == [wanted]


def test_filter_by_utc_dates_is_inclusive(api: Api) -> None:
    add_item(api, logged_at=datetime(2026, 3, 31, 23, 59, 59, tzinfo=UTC))
    first = add_item(api, logged_at=datetime(2026, 4, 1, 0, 0, 0, tzinfo=UTC))
    last = add_item(api, logged_at=datetime(2026, 4, 30, 23, 59, 59, tzinfo=UTC))
    add_item(api, logged_at=datetime(2026, 5, 1, 0, 0, 0, tzinfo=UTC))
    assert ids(listed(api, "fromdate=2026-04-01&todate=2026-04-30")) == [first, last]


def test_the_last_possible_date_is_a_valid_bound(api: Api) -> None:
    made = add_item(api)
    assert ids(listed(api, "todate=2100-12-31")) == [made]


def test_fromdate_after_todate_answers_422(api: Api) -> None:
    response = api.get(f"{PATH}?fromdate=2026-04-02&todate=2026-04-01")
    assert (response.status_code, response.json()["errors"][0]["code"]) == (422, "dateRange")


@pytest.mark.parametrize("query", ["operationid=getCustomer", "entitytype=GLITEM", "fromdate=2026-02-30"])
def test_values_outside_the_schema_answer_400(api: Api, query: str) -> None:
    assert api.get(f"{PATH}?{query}").status_code == 400


def test_log_items_of_another_client_are_not_listed(api: Api) -> None:
    add_item(api, clientno=OTHER_CLIENTNO)
    assert listed(api) == []


def test_pages_of_log_items(api: Api) -> None:
    made = [add_item(api, entity_key=str(n)) for n in range(12)]
    first = api.get(f"{PATH}?pagesize=5").json()
    third = api.get(f"{PATH}?query={first['summary']['queryId']}&pageno=3").json()
    assert (first["summary"]["totalPages"], ids(third["logItems"])) == (3, made[10:])
