"""The sandbox's clock (`--sandbox-controls`, GET/PUT /sandbox/clock): every rule that reads time follows it.

The base clock stands still (a SettableClock), so every instant below is exact; the moves are made
through the API, as an integrator makes them. A server without sandbox controls has no such path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from armrest_server.clock import SettableClock
from tests.support.app import CLIENTNO, Api, running
from tests.support.builders import (
    create_customer,
    create_document,
    customer,
    customer_batch,
    customer_body,
    line,
    reservation_body,
)

CLOCK = "/arm/v1/sandbox/clock"
CUSTOMERS = f"/clients/{CLIENTNO}/customers"
START = datetime(2026, 4, 14, 10, 0, tzinfo=UTC)  # a Tuesday; Oslo date 2026-04-14
DAY = 86400


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Api]:
    """SQLite only: what follows the clock is the same rule on both databases; the offset's storage
    is tested on both (`database_url`)."""
    with running(
        f"sqlite:///{tmp_path}/armrest.db", clock=SettableClock(at=START), sandbox_controls=True
    ) as api:
        yield api


def move(api: Api, **change: Any) -> dict[str, Any]:
    answer = api.put(CLOCK, json=change)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def test_the_clock_moves_forward_within_the_date_range_only(migrated_url: str) -> None:
    with running(migrated_url, clock=SettableClock(at=START), sandbox_controls=True) as sandbox:
        _forward_only(sandbox)


def _forward_only(sandbox: Api) -> None:
    first = sandbox.get(CLOCK).json()
    ahead = move(sandbox, advanceSeconds=DAY + 30)
    same = move(sandbox, now=ahead["now"])  # standing still is not moving back
    back = sandbox.put(CLOCK, json={"now": "2026-04-15T09:00:00Z"})
    beyond = sandbox.put(CLOCK, json={"now": "2100-12-31T23:00:00Z"})  # 2101-01-01 in Oslo
    both = sandbox.put(CLOCK, json={"now": "2026-05-01T00:00:00Z", "advanceSeconds": 1})
    assert first == {"now": "2026-04-14T10:00:00Z", "today": "2026-04-14", "offsetSeconds": 0}
    assert ahead == {"now": "2026-04-15T10:00:30Z", "today": "2026-04-15", "offsetSeconds": DAY + 30}
    assert same == ahead and sandbox.get(CLOCK).json() == ahead
    assert [(a.status_code, a.json()["errors"][0]["code"]) for a in (back, beyond)] == [
        (422, "clockBackwards"),
        (422, "dateRange"),
    ]
    assert both.status_code == 400
    assert sandbox.services.today() == date(2026, 4, 15)


def test_the_clock_keeps_running_at_the_base_clocks_pace(migrated_url: str) -> None:
    base = SettableClock(at=START)
    with running(migrated_url, clock=base, sandbox_controls=True) as api:
        move(api, advanceSeconds=3600)
        base.advance(timedelta(seconds=5))
        assert api.get(CLOCK).json()["now"] == "2026-04-14T11:00:05Z"


def test_every_process_on_the_database_reads_the_moved_clock(migrated_url: str) -> None:
    """Two apps on one database stand for two `--workers` processes: the offset is the database's."""
    with (
        running(migrated_url, clock=SettableClock(at=START), sandbox_controls=True) as one,
        running(migrated_url, clock=SettableClock(at=START), sandbox_controls=True) as other,
    ):
        move(one, advanceSeconds=3 * DAY)
        assert other.get(CLOCK).json()["today"] == "2026-04-17"
        assert other.services.today() == date(2026, 4, 17)


def test_a_due_date_passes_and_the_item_moves_through_the_adb_intervals(sandbox: Api) -> None:
    create_customer(sandbox, "543210")
    create_document(
        sandbox, "A-1", lines=[line(1, 1000, vat_rate=0)], documentDate="2026-04-14", dueDate="2026-04-28"
    )
    adb = f"/clients/{CLIENTNO}/insights/adbintervals"

    def bucket() -> str:
        body = sandbox.get(adb).json()
        if body["notDue"]["amount"]:
            return "notDue"
        return next(f"{i['fromDays']}..{i['toDays']}" for i in body["intervals"] if i["amount"])

    seen = [bucket()]
    ahead = sandbox.get(f"{adb}?asofdate=2026-05-20")  # after today: refused until the clock gets there
    move(sandbox, advanceSeconds=15 * DAY)  # 2026-04-29: one day overdue
    seen.append(bucket())
    move(sandbox, now="2026-05-30T10:00:00Z")  # 32 days overdue
    seen.append(bucket())
    overdue = sandbox.get(f"/clients/{CLIENTNO}/aritems?duedateto=2026-05-29").json()["arItems"]
    assert ahead.status_code == 422
    assert seen[0] == "notDue" and seen[1].startswith("1..") and not seen[2].startswith("1..")
    assert sandbox.get(f"{adb}?asofdate=2026-05-20").status_code == 200
    assert [item["documentNo"] for item in overdue] == ["A-1"]


def test_a_gl_period_closes_when_the_clock_passes_its_lock_days(sandbox: Api) -> None:
    create_customer(sandbox, "543210")
    create_document(sandbox, "G-1", lines=[line(1, 1000, vat_rate=0)], documentDate="2026-04-14")
    latest = f"/clients/{CLIENTNO}/glmovements/latest"
    before = sandbox.get(latest)
    move(sandbox, now="2026-05-10T22:30:00Z")  # 2026-05-11 in Oslo: April's last day + 10 + 1
    after = sandbox.get(latest).json()
    assert before.status_code == 404  # no period with postings is closed yet
    assert (after["glYear"], after["glPeriod"], after["closedOn"]) == (2026, 4, "2026-05-11")


def test_a_payment_reservation_lapses_after_its_expiry_day(sandbox: Api) -> None:
    create_customer(sandbox, "543210")
    doc = create_document(sandbox, "R-1", lines=[line(1, 1000, vat_rate=0)], documentDate="2026-04-01")
    made = sandbox.post(
        f"/clients/{CLIENTNO}/paymentreservations", json=reservation_body("NETS-1", 250, documentNo="R-1")
    ).json()
    item = f"/clients/{CLIENTNO}/aritems/{doc['arItemId']}"
    move(sandbox, now=f"{made['expiresOn']}T20:00:00Z")  # 22:00 in Oslo, the expiry day
    held = sandbox.get(item).json()["paymentReservation"]
    move(sandbox, advanceSeconds=4 * 3600)  # the next day in Oslo
    assert held is not None and sandbox.get(item).json()["paymentReservation"] is None


def test_an_idempotency_key_and_a_query_id_are_forgotten_after_24_hours(sandbox: Api) -> None:
    key = {"Idempotency-Key": "sandbox-key-1"}
    first = sandbox.post(CUSTOMERS, json=customer_body("K-1"), headers=key)
    for n in range(11):
        create_customer(sandbox, f"Q{n:03d}")
    page_two = (
        sandbox.get(f"{CUSTOMERS}?pagesize=10")
        .json()["summary"]["nextPage"]
        .removeprefix("http://testserver")
    )
    move(sandbox, advanceSeconds=DAY - 1)
    within = [sandbox.post(CUSTOMERS, json=customer_body("K-2"), headers=key), sandbox.get(page_two)]
    move(sandbox, advanceSeconds=2)
    after = [sandbox.post(CUSTOMERS, json=customer_body("K-2"), headers=key), sandbox.get(page_two)]
    assert first.status_code == 201
    assert [a.status_code for a in within] == [422, 200]  # another body for a key still kept
    assert [a.status_code for a in after] == [201, 404]


def test_the_batch_worker_reads_the_moved_clock(sandbox: Api) -> None:
    move(sandbox, advanceSeconds=10 * DAY)
    queued = sandbox.post(f"{CUSTOMERS}/batches", json=customer_batch([customer("B-1")]))
    done = sandbox.wait_for_batch(queued.json()["batchUuid"]).json()
    assert (done["status"], done["createdAt"], done["completedAt"]) == (
        "COMPLETED",
        "2026-04-24T10:00:00Z",
        "2026-04-24T10:00:00Z",
    )


def test_a_server_without_sandbox_controls_has_no_clock(sqlite_api: Api) -> None:
    api = sqlite_api
    answers = [
        api.get(CLOCK),
        api.put(CLOCK, json={"advanceSeconds": 60}),
        api.client.get(CLOCK),  # no token: the same 404 as any unknown path, not a 401
        api.client.options(CLOCK),
    ]
    assert [(a.status_code, a.headers["content-type"]) for a in answers] == [
        (404, "application/problem+json")
    ] * 4
    assert api.services.clock.now() - datetime.now(UTC) < timedelta(seconds=5)


def test_the_clock_takes_a_token_and_moving_it_expires_none(sandbox: Api) -> None:
    """Token lifetimes keep to the base clock: the suite that moves the ledger a month on goes on."""
    refused = [sandbox.client.get(CLOCK), sandbox.client.put(CLOCK, json={"advanceSeconds": 1})]
    untouched = sandbox.get(CLOCK).json()["offsetSeconds"]
    move(sandbox, advanceSeconds=30 * DAY)
    assert ([a.status_code for a in refused], untouched) == ([401, 401], 0)
    assert sandbox.get(f"{CUSTOMERS}?pagesize=10").status_code == 200  # the token of before the move


def test_a_leap_second_is_the_instant_after_the_last_second_of_its_day(sandbox: Api) -> None:
    moved = move(sandbox, now="2026-06-30T23:59:60Z")
    assert moved | {"offsetSeconds": 0} == {
        "now": "2026-07-01T00:00:00Z",
        "today": "2026-07-01",
        "offsetSeconds": 0,
    }


@pytest.mark.parametrize(
    "instant",
    ["2100-12-31T23:59:60Z", "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:60Z"],
)
def test_an_instant_past_the_date_range_answers_422_naming_it(sandbox: Api, instant: str) -> None:
    answer = sandbox.put(CLOCK, json={"now": instant})
    assert answer.status_code == 422, answer.text
    assert [(e["pointer"], e["code"]) for e in answer.json()["errors"]] == [("/now", "dateRange")]
    assert instant in answer.json()["detail"]
    assert sandbox.get(CLOCK).json()["now"] == "2026-04-14T10:00:00Z"


def test_the_running_clock_stands_still_at_the_end_of_the_last_ledger_date(sandbox: Api) -> None:
    move(sandbox, now="2100-12-31T22:59:00Z")  # 23:59 in Oslo on the last ledger date
    base = sandbox.services.clock.base
    base.advance(timedelta(days=2))
    sandbox.token = sandbox.services.authority.issue("tester", [CLIENTNO]).access_token  # tokens age too
    clock = sandbox.get(CLOCK).json()
    adb = sandbox.get(f"/clients/{CLIENTNO}/insights/adbintervals")
    assert (clock["now"], clock["today"]) == ("2100-12-31T22:59:59.999999Z", "2100-12-31")
    assert adb.status_code == 200 and adb.json()["asOfDate"] == "2100-12-31"
    assert sandbox.services.today() == date(2100, 12, 31)
    assert sandbox.put(CLOCK, json={"advanceSeconds": 0}).json()["now"] == "2100-12-31T22:59:59.999999Z"
