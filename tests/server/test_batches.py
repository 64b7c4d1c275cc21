"""Customer batch writes (createCustomerBatch, updateCustomerBatch) and getBatch."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from armrest_server.app import worker_process
from armrest_server.settings import Settings
from armrest_server.store import batches, clients
from armrest_server.store import customers as store
from armrest_server.store.db import make_engine, writing
from armrest_server.store.tables import customers, log_items, worker_heartbeats
from armrest_server.usecases.customers import apply_batch
from armrest_server.usecases.uow import UnitOfWork
from armrest_server.worker.queue import stop_all
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, running, spec, table_counts
from tests.support.builders import customer, customer_batch, customer_body

BATCHES = f"/clients/{CLIENTNO}/customers/batches"
CUSTOMERS = f"/clients/{CLIENTNO}/customers"


def queue(api: Api, items: list[dict[str, Any]], method: str = "POST") -> str:
    response = api.request(method, BATCHES, json=customer_batch(items))
    assert response.status_code == 202, response.text
    return str(response.json()["batchUuid"])


def run(api: Api, items: list[dict[str, Any]], method: str = "POST") -> tuple[int, dict[str, Any]]:
    response = api.wait_for_batch(queue(api, items, method))
    return response.status_code, response.json()


def stop_workers(api: Api) -> None:
    for worker in api.services.workers:
        worker.stop()


def customer_count(api: Api) -> int:
    with api.services.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(customers)).scalar_one())


# --- queueing -------------------------------------------------------------------------------------
def test_a_batch_is_accepted_with_202_and_a_location(api: Api) -> None:
    response = api.post(BATCHES, json=customer_batch([customer("1"), customer("2")]))
    body = response.json()
    assert (response.status_code, urlsplit(response.headers["location"]).path, body) == (
        202,
        f"/arm/v1/clients/{CLIENTNO}/batches/{body['batchUuid']}",
        {
            "status": "ACCEPTED",
            "result": "QUEUED",
            "message": "Batch of 2 customers queued",
            "clientNo": CLIENTNO,
            "batchUuid": body["batchUuid"],
            "itemCount": 2,
        },
    )


def test_queueing_leaves_one_log_item_for_the_batch(api: Api) -> None:
    batch_uuid = queue(api, [customer("1"), customer("2")])
    api.wait_for_batch(batch_uuid)
    with api.services.engine.connect() as conn:
        rows = conn.execute(select(log_items.c.entity_type, log_items.c.entity_key, log_items.c.status)).all()
    assert [tuple(r) for r in rows] == [("BATCH", batch_uuid, 202)]


def test_a_repeated_customer_no_is_refused_and_nothing_is_queued(api: Api) -> None:
    before = table_counts(api)
    response = api.post(BATCHES, json=customer_batch([customer("a1"), customer("b"), customer("A1")]))
    assert (response.status_code, response.json()["errors"], table_counts(api)) == (
        422,
        [
            {
                "pointer": "/customers/2/customerNo",
                "message": "Customer A1 appears more than once (first at /customers/0)",
                "code": "duplicate",
            }
        ],
        before,
    )


def test_a_repeat_in_an_update_batch_is_refused_too(api: Api) -> None:
    response = api.put(BATCHES, json=customer_batch([{"customerNo": "1"}, {"customerNo": "1"}]))
    assert response.status_code == 422


def test_a_schema_error_in_any_item_answers_400_and_queues_nothing(api: Api) -> None:
    before = table_counts(api)
    response = api.post(BATCHES, json=customer_batch([customer("1"), {"customerNo": "2"}]))
    assert (response.status_code, [e["pointer"] for e in response.json()["errors"]], table_counts(api)) == (
        400,
        ["/customers/1/name"],
        before,
    )


def test_a_batch_for_another_client_is_forbidden(api: Api) -> None:
    response = api.post(f"/clients/{OTHER_CLIENTNO}/customers/batches", json=customer_batch([customer("1")]))
    assert response.status_code == 403


# --- processing -----------------------------------------------------------------------------------
def test_a_batch_of_1000_customers_completes_with_a_result_per_item(api: Api) -> None:
    status, body = run(api, [customer(str(600000 + i)) for i in range(1000)])
    assert (
        status,
        body["status"],
        body["processedCount"],
        body["acceptedCount"],
        [(i["index"], i["key"], i["resultType"], i["result"]) for i in body["items"]],
        customer_count(api),
    ) == (
        200,
        "COMPLETED",
        1000,
        1000,
        [(i, str(600000 + i), "ACCEPTED", "CREATED") for i in range(1000)],
        1000,
    )


def test_batch_customers_get_consecutive_account_numbers_in_item_order(api: Api) -> None:
    api.post(CUSTOMERS, json=customer_body("first"))
    run(api, [customer("x"), customer("y")])
    accounts = [c["accountNo"] for c in api.get(CUSTOMERS).json()["customers"]]
    assert accounts == [500000, 500001, 500002]


def test_batch_items_are_written_as_create_customer_writes_them(api: Api) -> None:
    run(api, [customer("1", postalAddress={"cityName": "OSLO"}, customerCategory="cons")])
    api.post(CUSTOMERS, json=customer_body("2", postalAddress={"cityName": "OSLO"}, customerCategory="cons"))
    one, two = (api.get(f"{CUSTOMERS}/{n}").json() for n in ("1", "2"))
    ignore = {"customerNo", "accountNo", "name", "createdAt", "changedAt"}
    assert {k: v for k, v in one.items() if k not in ignore} == {
        k: v for k, v in two.items() if k not in ignore
    }


def test_a_create_batch_updates_known_customers(api: Api) -> None:
    api.post(CUSTOMERS, json=customer_body("1", phoneNo="12345"))
    api.post(CUSTOMERS, json=customer_body("2", phoneNo="12345"))
    status, body = run(api, [customer("1", phoneNo="12345"), customer("2", phoneNo="54321"), customer("3")])
    assert (status, [i["result"] for i in body["items"]]) == (200, ["UNCHANGED", "UPDATED", "CREATED"])


def test_rejected_items_are_listed_and_the_others_applied(api: Api) -> None:
    items = [
        customer("1"),
        customer("2", organizationNo="923609017"),
        customer("3"),
        customer("4", customerCategory="NOPE", dateOfBirth="2100-01-01"),
    ]
    status, body = run(api, items)
    rejected = {
        i["index"]: [(e["pointer"], e["code"]) for e in i["errors"]] for i in body["items"] if i["errors"]
    }
    assert (
        status,
        body["status"],
        (body["acceptedCount"], body["rejectedCount"]),
        rejected,
        [c["customerNo"] for c in api.get(CUSTOMERS).json()["customers"]],
    ) == (
        206,
        "COMPLETED_WITH_ERRORS",
        (2, 2),
        {
            1: [("/customers/1/organizationNo", "checkDigit")],
            3: [("/customers/3/customerCategory", "unknownCode"), ("/customers/3/dateOfBirth", "futureDate")],
        },
        ["1", "3"],
    )


def test_a_rejected_item_has_no_result(api: Api) -> None:
    _, body = run(api, [customer("1", ssn="01010050054")])
    assert (body["items"][0]["resultType"], body["items"][0]["result"]) == ("REJECTED", None)


def test_a_rejected_update_of_a_known_customer_changes_nothing(api: Api) -> None:
    api.post(CUSTOMERS, json=customer_body("1", phoneNo="12345"))
    before = api.get(f"{CUSTOMERS}/1").json()
    run(api, [customer("1", phoneNo="99999", bankAccountNo="86011117948")])
    assert api.get(f"{CUSTOMERS}/1").json() == before


def test_an_update_batch_applies_put_semantics(api: Api) -> None:
    api.post(
        CUSTOMERS,
        json=customer_body(
            "1", phoneNo="12345", postalAddress={"addressLine1": "Storgata 1", "cityName": "OSLO"}
        ),
    )
    status, body = run(
        api, [{"customerNo": "1", "phoneNo": None, "postalAddress": {"cityName": "BERGEN"}}], "PUT"
    )
    after = api.get(f"{CUSTOMERS}/1").json()
    assert (
        status,
        body["batchType"],
        body["items"][0]["result"],
        after["phoneNo"],
        after["postalAddress"],
    ) == (
        200,
        "CUSTOMERS_UPDATE",
        "UPDATED",
        "12345",
        {
            "addressLine1": "",
            "addressLine2": "",
            "addressLine3": "",
            "postalCode": "",
            "cityName": "BERGEN",
            "countryText": "",
            "countryCode": "",
        },
    )


def test_an_update_batch_rejects_unknown_customers(api: Api) -> None:
    api.post(CUSTOMERS, json=customer_body("1"))
    status, body = run(api, [{"customerNo": "1", "phoneNo": "12345"}, {"customerNo": "404"}], "PUT")
    assert (status, body["items"][1]["errors"], customer_count(api)) == (
        206,
        [
            {
                "pointer": "/customers/1/customerNo",
                "message": "Customer 404 does not exist",
                "code": "notFound",
            }
        ],
        1,
    )


def test_a_batch_larger_than_a_chunk_is_processed_in_order(api: Api) -> None:
    status, body = run(api, [customer(f"c{i}") for i in range(1234)])
    assert (status, [i["index"] for i in body["items"]]) == (200, list(range(1234)))


# --- getBatch -------------------------------------------------------------------------------------
def test_a_queued_batch_answers_202_with_retry_after(api: Api) -> None:
    stop_workers(api)
    batch_uuid = queue(api, [customer("1")])
    response = api.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}")
    body = response.json()
    assert (response.status_code, response.headers["retry-after"], body["status"], body["items"]) == (
        202,
        "1",
        "QUEUED",
        [],
    )


def test_a_batch_being_processed_lists_the_items_done_so_far(api: Api) -> None:
    stop_workers(api)
    batch_uuid = queue(api, [customer("1"), customer("2")])
    with writing(api.services.engine) as conn:
        batches.claim(conn, api.services.engine)
        batches.record(
            conn,
            batch_uuid,
            [{"idx": 0, "item_key": "1", "result_type": "ACCEPTED", "result": "CREATED", "errors": []}],
        )
    response = api.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}")
    body = response.json()
    assert (response.status_code, body["status"], body["processedCount"], len(body["items"])) == (
        202,
        "PROCESSING",
        1,
        1,
    )


def test_a_completed_batch_answers_its_timestamps_and_user(api: Api) -> None:
    _, body = run(api, [customer("1")])
    assert (
        body["userId"],
        all(body[k].endswith("Z") for k in ("createdAt", "startedAt", "completedAt")),
    ) == (
        "tester",
        True,
    )


def test_a_report_job_shows_its_job_queue_id_and_file(api: Api) -> None:
    stop_workers(api)
    file_id = "a327275b-f069-43c2-98e1-ebd7bd843ffa"
    with writing(api.services.engine) as conn:
        clients.ensure(conn, CLIENTNO)
        batch_uuid = batches.enqueue(
            conn, CLIENTNO, "REPORT", "tester", {"reportType": "adb"}, 1, job_queue_id=908966
        )
        batches.record(
            conn,
            batch_uuid,
            [{"idx": 0, "item_key": "adb", "result_type": "ACCEPTED", "result": "CREATED", "errors": []}],
        )
        batches.finish(conn, batch_uuid, file_id)
    response = api.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}")
    body = response.json()
    assert (
        response.status_code,
        body["batchType"],
        body["jobQueueId"],
        body["fileId"],
        body["items"][0]["key"],
    ) == (
        200,
        "REPORT",
        908966,
        file_id,
        "adb",
    )


def test_an_unknown_batch_answers_404(api: Api) -> None:
    response = api.get(f"/clients/{CLIENTNO}/batches/3f2b8c1e-6a4d-4e5f-9b7a-1c2d3e4f5a6b")
    assert (response.status_code, response.json()["errors"][0]["pointer"]) == (404, "#/path/batchuuid")


def test_another_clients_batch_is_not_found(api: Api) -> None:
    token = api.services.authority.issue("tester", [CLIENTNO, OTHER_CLIENTNO]).access_token
    response = api.post(
        f"/clients/{OTHER_CLIENTNO}/customers/batches", json=customer_batch([customer("1")]), token=token
    )
    batch_uuid = response.json()["batchUuid"]
    assert api.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}", token=token).status_code == 404


def test_another_clients_batch_is_forbidden_with_my_token(api: Api) -> None:
    token = api.services.authority.issue("tester", [OTHER_CLIENTNO]).access_token
    batch_uuid = api.post(
        f"/clients/{OTHER_CLIENTNO}/customers/batches", json=customer_batch([customer("1")]), token=token
    ).json()["batchUuid"]
    assert api.get(f"/clients/{OTHER_CLIENTNO}/batches/{batch_uuid}").status_code == 403


def test_get_batch_answers_406_when_json_is_not_accepted(api: Api) -> None:
    batch_uuid = queue(api, [customer("1")])
    response = api.get(f"/clients/{CLIENTNO}/batches/{batch_uuid}", headers={"Accept": "text/html"})
    assert response.status_code == 406


# --- a concurrent writer created a number after we looked -----------------------------------------
def test_a_batch_item_whose_number_appeared_meanwhile_updates_it(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.post(CUSTOMERS, json=customer_body("1", phoneNo="12345"))
    monkeypatch.setattr(store, "find_many", lambda *args, **kwargs: {})  # blind to the existing row
    with UnitOfWork(api.services.engine) as uow:
        outcomes = apply_batch(
            uow, CLIENTNO, [customer("1", phoneNo="54321"), customer("2")], api.services.today(), True
        )
        uow.commit()
    assert (
        [(o.key, o.result) for o in outcomes],
        api.get(f"{CUSTOMERS}/1").json()["phoneNo"],
        customer_count(api),
    ) == ([("1", "UPDATED"), ("2", "CREATED")], "54321", 2)


def test_a_single_create_whose_number_appeared_meanwhile_updates_it(
    api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    api.post(CUSTOMERS, json=customer_body("1", phoneNo="12345"))
    real, calls = store.find_by_no, []

    def blind_once(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return None if len(calls) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(store, "find_by_no", blind_once)
    response = api.post(CUSTOMERS, json=customer_body("1", phoneNo="54321"))
    assert (response.status_code, response.json()["result"], customer_count(api)) == (200, "UPDATED", 1)


# --- the queue apart from the server (`armrest serve --no-worker` beside `armrest worker`) ---------
def test_a_server_without_workers_leaves_its_batches_to_the_worker_process(migrated_url: str) -> None:
    """In-process: the app built with worker=False runs none; the workers `armrest worker` runs
    (app.worker_process), on their own engine of the same database, take the batch to its end."""
    settings = Settings(database_url=migrated_url, worker_poll=0.02, log_level="WARNING")
    engine = make_engine(migrated_url)
    with running(migrated_url, worker=False) as api:
        batch_uuid = queue(api, [customer("1"), customer("2")])
        workers = worker_process(settings, engine, spec())
        for worker in workers:
            worker.start()
        try:
            status, body = (answer := api.wait_for_batch(batch_uuid)).status_code, answer.json()
        finally:
            stop_all(workers)
        with engine.connect() as conn:
            beating = list(conn.execute(select(worker_heartbeats.c.worker_id)).scalars())
        assert (api.services.workers, status, body["acceptedCount"], customer_count(api)) == ([], 200, 2, 2)
    engine.dispose()
    assert beating == [workers[0].worker_id]
