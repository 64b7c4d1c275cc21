"""Every expiry follows the server's one clock (`Services.clock`): moved by the test, never waited for.

Query snapshots and idempotency keys live 24 h (the key: tests/server/test_idempotency.py), tokens
their `expires_in`, reservations until their `expiresOn` day, a batch claim its lease.
"""

from __future__ import annotations

from datetime import date, timedelta

from armrest_server.clock import SettableClock
from armrest_server.store import batches
from armrest_server.store.db import reading, writing
from tests.support.app import CLIENTNO, Api, advance, running
from tests.support.builders import (
    create_customer,
    create_document,
    customer,
    customer_batch,
    line,
    reservation_body,
)

CUSTOMERS = f"/clients/{CLIENTNO}/customers"
SECOND = timedelta(seconds=1)


def test_a_query_is_followed_for_24_hours_then_forgotten(clocked_api: Api, clock: SettableClock) -> None:
    for n in range(12):
        create_customer(clocked_api, f"Q{n:03d}")
    first = clocked_api.get(f"{CUSTOMERS}?pagesize=10").json()["summary"]
    later_page = first["nextPage"].removeprefix("http://testserver")
    advance(clocked_api, clock, timedelta(hours=24) - SECOND)
    within = clocked_api.get(later_page)
    advance(clocked_api, clock, 2 * SECOND)
    after = clocked_api.get(later_page)
    assert (within.status_code, len(within.json()["customers"]), after.status_code) == (200, 2, 404)


def test_a_token_is_accepted_until_it_expires_and_not_before_it_is_valid(
    clocked_api: Api, clock: SettableClock
) -> None:
    create_customer(clocked_api, "543210")
    authority = clocked_api.services.authority
    token = authority.issue("tester", [CLIENTNO], ttl=60).access_token
    clock.advance(timedelta(hours=1))
    early = authority.issue("tester", [CLIENTNO], ttl=7200).access_token  # issued an hour ahead
    clock.advance(-timedelta(hours=1))
    answers = [clocked_api.get(f"{CUSTOMERS}/543210", token=token).status_code]
    clock.advance(timedelta(seconds=60 + 5) - SECOND)  # the lifetime and the 5 s of leeway
    answers.append(clocked_api.get(f"{CUSTOMERS}/543210", token=token).status_code)  # verified before: cached
    clock.advance(2 * SECOND)
    expired = clocked_api.get(f"{CUSTOMERS}/543210", token=token)
    not_yet = clocked_api.get(f"{CUSTOMERS}/543210", token=early)
    assert answers == [200, 200]
    assert (expired.status_code, expired.json()["detail"]) == (401, "The bearer token has expired")
    assert (not_yet.status_code, "not valid yet" in not_yet.json()["detail"]) == (401, True)


def test_a_reservation_holds_through_its_expiry_day_and_lapses_after(
    clocked_api: Api, clock: SettableClock
) -> None:
    create_customer(clocked_api, "543210")
    day = (clocked_api.services.today() - timedelta(days=30)).isoformat()
    doc = create_document(clocked_api, "R-1", lines=[line(1, 1000, vat_rate=0)], documentDate=day)
    made = clocked_api.post(
        f"/clients/{CLIENTNO}/paymentreservations", json=reservation_body("NETS-1", 250, documentNo="R-1")
    )
    expires_on = made.json()["expiresOn"]

    def held() -> object:
        return clocked_api.get(f"/clients/{CLIENTNO}/aritems/{doc['arItemId']}").json()["paymentReservation"]

    days_left = (date.fromisoformat(expires_on) - clocked_api.services.today()).days
    advance(clocked_api, clock, timedelta(days=days_left))
    on_the_day = held()
    advance(clocked_api, clock, timedelta(days=1))
    assert (made.status_code, on_the_day is not None, held()) == (201, True, None)


def test_a_batch_claim_runs_out_with_its_lease_by_the_clock(migrated_url: str, clock: SettableClock) -> None:
    """A worker that died holds its batch until the lease ends; then another worker claims it."""
    with running(migrated_url, clock=clock, batch_workers=0) as api:
        accepted = api.post(f"{CUSTOMERS}/batches", json=customer_batch([customer("B1")]))
        engine, lease = api.services.engine, timedelta(seconds=60)
        with writing(engine) as conn:
            claimed = batches.claim(conn, engine, lease)

        def claimable() -> bool:
            with reading(engine) as conn:
                return batches.has_work(conn)

        before = claimable()
        clock.advance(lease - SECOND)
        just_before = claimable()
        clock.advance(2 * SECOND)
        after = claimable()
        with writing(engine) as conn:
            again = batches.claim(conn, engine, lease)
    assert claimed is not None and again is not None
    assert (before, just_before, after) == (False, False, True)
    assert (claimed["batch_uuid"], again["batch_uuid"], again["attempts"]) == (
        accepted.json()["batchUuid"],
        accepted.json()["batchUuid"],
        2,
    )
