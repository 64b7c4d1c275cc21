"""GL movements: per account and period, derived from the GL items on every read; the period rule."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

import pytest
from anyio import to_thread

from armrest_server.domain import gl
from armrest_server.domain.ledger import Period
from armrest_server.store import clients
from armrest_server.store.db import CONNECTIONS, POOL_SIZE, writing
from armrest_server.store.tables import metadata
from tests.support.app import CLIENTNO, OTHER_CLIENTNO, Api, table_counts
from tests.support.builders import create_customer, create_document, document_body
from tests.support.ledger import invoice, post
from tests.support.pool import nested_checkouts

# A resource's rules over HTTP: on SQLite (PostgreSQL runs every operation through the catalogues).
pytestmark = pytest.mark.sqlite_only

PATH = f"/clients/{CLIENTNO}/glmovements"
TODAY = date(2026, 4, 14)  # with the default 10 lock days, March 2026 closed on 2026-04-11

SetToday = Callable[[date], None]


@pytest.fixture
def set_today(api: Api, monkeypatch: pytest.MonkeyPatch) -> SetToday:
    def set_to(day: date) -> None:
        monkeypatch.setattr(api.services, "today", lambda: day)

    set_to(TODAY)
    return set_to


@pytest.fixture
def ledger(api: Api, set_today: SetToday) -> None:
    """Feb: invoice 1250; Mar: invoice 1000; Apr: payment 500 (1920 debit, 1500 credit), each on its day."""
    invoice(api, 125000, date(2026, 2, 10))
    invoice(api, 100000, date(2026, 3, 12))
    post(api, [("1920", 50000), ("1500", -50000)], date(2026, 4, 2), text="Innbetaling")


def rows(api: Api, query: str = "", **kwargs: Any) -> list[dict[str, Any]]:
    response = api.get(f"{PATH}?{query}", **kwargs)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["glMovements"]
    return found


def keys(found: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return [(r["glYear"], r["glPeriod"], r["accountNo"]) for r in found]


def row(found: list[dict[str, Any]], year: int, period: int, account: str) -> dict[str, Any]:
    return next(r for r in found if (r["glYear"], r["glPeriod"], r["accountNo"]) == (year, period, account))


# --- listGlMovements -------------------------------------------------------------------------------
def test_rows_per_period_and_account_in_order(api: Api, ledger: None) -> None:
    assert keys(rows(api)) == [
        (2026, 2, "1500"),
        (2026, 2, "2700"),
        (2026, 2, "3000"),
        (2026, 3, "1500"),
        (2026, 3, "2700"),
        (2026, 3, "3000"),
        (2026, 4, "1500"),
        (2026, 4, "1920"),
        (2026, 4, "2700"),
        (2026, 4, "3000"),
    ]


def test_a_row_has_opening_debit_credit_movement_and_closing(api: Api, ledger: None) -> None:
    assert row(rows(api), 2026, 3, "1500") == {
        "accountNo": "1500",
        "accountName": "Kundefordringer",
        "glYear": 2026,
        "glPeriod": 3,
        "openingBalance": 1250,
        "debit": 1000,
        "credit": 0,
        "movement": 1000,
        "closingBalance": 2250,
        "closed": True,
    }


def test_credit_is_a_positive_sum_and_movement_is_debit_minus_credit(api: Api, ledger: None) -> None:
    april = row(rows(api), 2026, 4, "1500")
    assert (april["debit"], april["credit"], april["movement"], april["closingBalance"]) == (
        0,
        500,
        -500,
        1750,
    )


def test_the_opening_balance_is_the_closing_balance_before(api: Api, ledger: None) -> None:
    found = rows(api, "accountno=3000")
    assert [r["openingBalance"] for r in found[1:]] == [r["closingBalance"] for r in found[:-1]]


def test_every_period_balances_to_zero(api: Api, ledger: None) -> None:
    found = rows(api)
    for period in (2, 3, 4):
        here = [r for r in found if r["glPeriod"] == period]
        assert (sum(r["movement"] for r in here), sum(r["closingBalance"] for r in here)) == (0, 0)


def test_a_period_without_postings_lists_its_accounts_with_zero_movement(
    api: Api, set_today: SetToday
) -> None:
    invoice(api, 125000, date(2026, 1, 10))
    invoice(api, 100000, date(2026, 3, 10))
    february = [r for r in rows(api) if r["glPeriod"] == 2]
    assert [(r["debit"], r["credit"], r["openingBalance"] == r["closingBalance"]) for r in february] == [
        (0, 0, True)
    ] * 3


def test_rows_reach_the_current_period(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2026, 1, 10))
    assert {(r["glYear"], r["glPeriod"]) for r in rows(api)} == {(2026, 1), (2026, 2), (2026, 3), (2026, 4)}


def test_rows_reach_the_latest_posting_after_today(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2026, 6, 10))
    assert sorted({r["glPeriod"] for r in rows(api)}) == [6]


def test_balances_carry_into_the_next_year(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2025, 12, 10))
    january = row(rows(api), 2026, 1, "3000")
    assert (january["openingBalance"], january["closingBalance"]) == (-1000, -1000)


def test_open_periods_are_not_closed(api: Api, ledger: None) -> None:
    assert {(r["glPeriod"], r["closed"]) for r in rows(api)} == {(2, True), (3, True), (4, False)}


@pytest.mark.parametrize(("closed", "periods"), [("true", {2, 3}), ("false", {4})])
def test_filter_closed(api: Api, ledger: None, closed: str, periods: set[int]) -> None:
    assert {r["glPeriod"] for r in rows(api, f"closed={closed}")} == periods


def test_filter_period_account_and_year(api: Api, ledger: None) -> None:
    assert keys(rows(api, "glyear=2026&glperiod=3&accountno=2700")) == [(2026, 3, "2700")]


def test_a_period_alone_matches_every_year(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2025, 3, 10))
    assert {r["glYear"] for r in rows(api, "glperiod=3")} == {2025, 2026}


def test_the_lock_days_config_decides_what_is_closed(api: Api, ledger: None) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "glPeriodLockDays", 20)
    assert {r["glPeriod"] for r in rows(api, "closed=true")} == {2}


def test_figures_are_derived_on_every_read(api: Api, ledger: None) -> None:
    before = row(rows(api), 2026, 4, "1920")["debit"]
    post(api, [("1920", 10000), ("1500", -10000)], date(2026, 4, 3))
    assert (before, row(rows(api), 2026, 4, "1920")["debit"]) == (500, 600)


def test_no_table_holds_movements_or_balances() -> None:
    assert not [name for name in metadata.tables if "movement" in name or "balance" in name]


def test_english_account_names(api: Api, ledger: None) -> None:
    assert row(rows(api, headers={"Accept-Language": "en"}), 2026, 4, "1920")["accountName"] == "Bank"


def test_pages_of_movements(api: Api, ledger: None) -> None:
    first = api.get(f"{PATH}?pagesize=5").json()
    second = api.get(f"{PATH}?query={first['summary']['queryId']}&pageno=2").json()
    assert keys(first["glMovements"] + second["glMovements"]) == keys(rows(api))


def test_a_new_client_has_no_movements(api: Api, set_today: SetToday) -> None:
    assert rows(api) == []


def test_movements_of_another_client_are_invisible(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2026, 3, 10), clientno=OTHER_CLIENTNO)
    assert rows(api) == []


# --- getLatestGlMovement ---------------------------------------------------------------------------
def latest(api: Api, **kwargs: Any) -> dict[str, Any]:
    response = api.get(f"{PATH}/latest", **kwargs)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_latest_closed_period_and_its_movements(api: Api, ledger: None) -> None:
    body = latest(api)
    assert (body["glYear"], body["glPeriod"], body["closed"], body["closedOn"], keys(body["movements"])) == (
        2026,
        3,
        True,
        "2026-04-11",
        [(2026, 3, "1500"), (2026, 3, "2700"), (2026, 3, "3000")],
    )


def test_latest_figures_equal_the_listed_ones(api: Api, ledger: None) -> None:
    assert latest(api)["movements"] == rows(api, "glyear=2026&glperiod=3")


@pytest.mark.parametrize(
    ("today", "period", "closed_on"),
    [(date(2026, 4, 10), 2, "2026-03-11"), (date(2026, 4, 11), 3, "2026-04-11")],
    ids=["last open day", "first closed day"],
)
def test_a_period_closes_after_its_lock_days(
    api: Api, ledger: None, set_today: SetToday, today: date, period: int, closed_on: str
) -> None:
    set_today(today)
    body = latest(api)
    assert (body["glPeriod"], body["closedOn"]) == (period, closed_on)


def test_lock_days_from_the_client_config(api: Api, ledger: None) -> None:
    with writing(api.services.engine) as conn:
        clients.set_config(conn, CLIENTNO, "glPeriodLockDays", 0)
    body = latest(api)
    assert (body["glPeriod"], body["closedOn"]) == (3, "2026-04-01")


def test_a_closed_period_without_postings_shows_the_balances(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2026, 1, 10))
    body = latest(api)
    assert [(r["accountNo"], r["debit"], r["credit"], r["closingBalance"]) for r in body["movements"]] == [
        ("1500", 0, 0, 1250),
        ("2700", 0, 0, -250),
        ("3000", 0, 0, -1000),
    ]


def test_only_later_postings_answer_404(api: Api, set_today: SetToday) -> None:
    post(api, [("1920", 50000), ("1500", -50000)], date(2026, 4, 2))
    assert api.get(f"{PATH}/latest").status_code == 404


def test_a_new_client_answers_404(api: Api, set_today: SetToday) -> None:
    response = api.get(f"{PATH}/latest")
    assert (response.status_code, response.headers["content-type"]) == (404, "application/problem+json")


def test_latest_in_english(api: Api, ledger: None) -> None:
    body = latest(api, headers={"Accept-Language": "en"})
    assert [r["accountName"] for r in body["movements"]] == [
        "Accounts receivable",
        "Output VAT",
        "Sales revenue",
    ]


# --- the derivation, without a database ------------------------------------------------------------
def test_movements_of_nothing_are_none() -> None:
    assert gl.movements([], Period(2026, 4), Period(2026, 3)) == []


def test_an_account_first_posted_later_joins_from_that_period() -> None:
    posted = [gl.PeriodSum("1500", Period(2026, 1), 100, 0), gl.PeriodSum("3000", Period(2026, 2), 0, 100)]
    found = gl.movements(posted, Period(2026, 2), Period(2026, 1))
    assert [(m.period.month, m.account_no) for m in found] == [(1, "1500"), (2, "1500"), (2, "3000")]


# --- bounds: far-future documents, the cost of a list, connections ---------------------------------
DOCUMENTS = f"/clients/{CLIENTNO}/documents"


@pytest.mark.parametrize("day", ["2101-01-01", "9999-12-31", "0000-01-01", "1999-12-31"])
def test_a_document_dated_outside_the_gl_years_is_refused(api: Api, set_today: SetToday, day: str) -> None:
    create_customer(api)
    before = table_counts(api)
    response = api.post(DOCUMENTS, json=document_body("D1", documentDate=day, dueDate="2100-12-31"))
    assert (response.status_code, [e["pointer"] for e in response.json()["errors"]]) == (
        400,
        ["/document/documentDate"],
    )
    assert table_counts(api) == before


def test_a_document_on_the_last_supported_day_posts_in_the_last_gl_year(
    api: Api, set_today: SetToday
) -> None:
    create_customer(api)
    create_document(api, "D1", documentDate="2100-12-31", dueDate="2100-12-31")
    items = api.get(f"/clients/{CLIENTNO}/glitems").json()["glItems"]
    assert {(i["glYear"], i["glPeriod"]) for i in items} == {(2100, 12)}
    assert {r["accountNo"] for r in rows(api, "glyear=2100&glperiod=12")} == {"1500", "2700", "3000"}


def test_a_default_due_date_after_the_last_supported_day_answers_422(api: Api, set_today: SetToday) -> None:
    create_customer(api)
    before = table_counts(api)
    response = api.post(DOCUMENTS, json=document_body("D1", documentDate="2100-12-31"))
    assert (response.status_code, [(e["pointer"], e["code"]) for e in response.json()["errors"]]) == (
        422,
        [("/document/documentDate", "dateRange")],
    )
    assert table_counts(api) == before


def test_a_list_costs_the_rows_it_answers_not_every_month_between_postings(
    api: Api, set_today: SetToday, monkeypatch: pytest.MonkeyPatch
) -> None:
    invoice(api, 125000, date(2000, 1, 10))
    invoice(api, 125000, date(2100, 12, 10))
    calls: Counter[str] = Counter()
    for name in ("row", "accounts_at"):
        original = getattr(gl.Balances, name)

        def counted(self: gl.Balances, *args: Any, _name: str = name, _original: Any = original) -> Any:
            calls[_name] += 1
            return _original(self, *args)

        monkeypatch.setattr(gl.Balances, name, counted)
    body = api.get(f"{PATH}?glyear=2026&pagesize=10").json()
    # Three accounts in each month of 2026: only that year's periods are looked at, and only the page's
    # rows are derived (the whole span, 2000 to 2100, is 1212 months).
    assert (body["summary"]["totalCount"], len(body["glMovements"]), calls) == (
        36,
        10,
        Counter(accounts_at=12, row=10),
    )
    assert {r["glYear"] for r in body["glMovements"]} == {2026}


def test_the_last_supported_period_is_listed_with_its_balance(api: Api, set_today: SetToday) -> None:
    invoice(api, 125000, date(2000, 1, 10))
    invoice(api, 125000, date(2100, 12, 10))
    last = row(rows(api, "glyear=2100&glperiod=12"), 2100, 12, "1500")
    assert (last["openingBalance"], last["debit"], last["closingBalance"]) == (1250, 1250, 2500)


def test_a_list_takes_one_connection_at_a_time(api: Api, ledger: None) -> None:
    with nested_checkouts(api.services.engine) as nested:
        first = api.get(f"{PATH}?pagesize=5")
        api.get(f"{PATH}?query={first.json()['summary']['queryId']}&pageno=2")
        api.get(f"{PATH}/latest")
    assert nested == []


def test_forty_concurrent_lists_all_answer(api: Api, ledger: None) -> None:
    """More lists at once than the pool has connections (PostgreSQL: 30): each must get its answer."""
    with ThreadPoolExecutor(max_workers=40) as pool:
        statuses = list(pool.map(lambda _: api.get(PATH).status_code, range(40)))
    assert statuses == [200] * 40


def test_handler_threads_and_the_pool_are_sized_together(api: Api) -> None:
    """No more handler threads than connections are left for them, so no handler waits for the pool."""

    async def threads() -> float:
        return to_thread.current_default_thread_limiter().total_tokens

    assert api.client.portal is not None
    assert api.services.engine.pool.size() == POOL_SIZE
    # How many of them the database gets is tests/server/test_handler_threads.py's.
    assert 2 <= api.client.portal.call(threads) <= CONNECTIONS - api.services.settings.batch_workers - 1


def test_keys_walk_only_the_periods_a_filter_admits() -> None:
    posted = [gl.PeriodSum("1500", Period(2000, 1), 100, 0), gl.PeriodSum("3000", Period(2100, 12), 0, 100)]
    balances = gl.Balances(posted)
    closed = Period(2026, 3)
    assert list(balances.keys(Period(2100, 12), closed, year=2026, month=3)) == ["2026-03-1500"]
    assert list(balances.keys(Period(2100, 12), closed, closed=False, year=2026))[:1] == ["2026-04-1500"]
    assert list(balances.keys(Period(2100, 12), closed, year=2101)) == []
    assert list(balances.keys(Period(2100, 12), closed, month=12, account_no="3000")) == ["2100-12-3000"]
