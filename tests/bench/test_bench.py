"""The bench's own logic: percentiles, the noise rule, the table's ratios and marks, the goals, the load
generator against a tiny in-process server, the bare app in-process (no armrest, no Prism: those are what
the bench measures); and, slow, the bare row measured against a real armrest serve."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bench import bare, loadgen
from bench.report import (
    ARMREST,
    BARE,
    CREATE,
    FLOOR,
    NOISE,
    ONE,
    PAGE,
    PG_ONE,
    PG_TWO,
    PRISM,
    UNVALIDATED,
    Cell,
    Run,
    build,
    goal_rows,
    headroom,
)
from bench.servers import machine_busy_seconds
from bench.stats import Figure, cost, percentile, ratio, within_noise


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]  # 1..100
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile(values, 0) == 1
    assert percentile([3.0, 1.0, 2.0], 50) == 2  # unsorted input
    assert percentile([7.0], 99) == 7
    # Nearest rank never invents a value between two measured ones.
    assert percentile([1.0, 10.0], 75) == 10
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_noise_is_overlapping_ranges() -> None:
    a, b = Figure.of([100, 110, 105]), Figure.of([108, 120, 115])
    assert within_noise(a, b) and within_noise(b, a)
    assert not within_noise(Figure.of([100, 102, 101]), Figure.of([103, 104, 105]))
    assert not within_noise(Figure.of([100]), Figure.of([101]))  # single runs have no spread
    assert Figure.of([90, 100, 130]).median == 100
    assert Figure.of([90, 100, 130]).relative_spread == pytest.approx(0.4)
    assert ratio(Figure.of([200]), Figure.of([100])) == 2
    assert cost(Figure.of([85]), Figure.of([100])) == pytest.approx(0.15)


def cell(*rps: float, cpu: float = 1.0, statuses: dict[int, int] | None = None, p99: float = 9.0) -> Cell:
    return Cell(tuple(Run(r, 2.0, p99, statuses or {200: int(r)}, cpu, 0.1) for r in rps))


def test_table_ratios_and_noise_marks() -> None:
    one = "GET one customer"
    cells = {
        (one, 16, ARMREST): cell(500, 520, 510, cpu=1.1),
        (one, 16, UNVALIDATED): cell(505, 530, 515, cpu=1.0),  # faster within noise: a negative cost
        (one, 16, FLOOR): cell(5000, 5100, 4900),
        (one, 16, BARE): cell(20000, 20400, 20200),
        (one, 16, PRISM): cell(250, 260, 255),
        (one, 16, PG_ONE): cell(400, 410, 405),
        (one, 16, PG_TWO): cell(700, 720, 710, statuses={200: 700, 503: 3}),
    }
    table = build(
        cells,
        {ARMREST: Figure.of([1.0, 1.2, 1.1]), PRISM: Figure.of([2.0, 2.2, 2.4])},
        {ARMREST: [140.0], PG_TWO: [120.0, 118.0, 30.0]},
    )
    rows = {row.server: row for row in table.rows if row.scenario == one}
    assert rows[ARMREST].vs_prism == "2.00x"
    assert rows[ARMREST].vs_floor == "0.10x"
    assert rows[PRISM].vs_prism == ""
    assert rows[FLOOR].vs_floor == ""
    assert rows[ARMREST].of_bare == "2.5 %"  # 510 of 20,200
    assert rows[FLOOR].of_bare == "24.8 %" and rows[BARE].of_bare == ""
    assert rows[ARMREST].figure == "510 (500-520) req/s"
    cost_row = rows["response validation cost"]
    assert cost_row.figure == "1.0 % of req/s"
    assert NOISE in cost_row.note
    assert cost_row.cpu == "+10.0 %"
    assert rows["2 workers / 1 worker (PostgreSQL)"].figure == "1.75x req/s"
    assert rows["2 workers / 1 worker (PostgreSQL)"].note == ""
    assert rows[PG_TWO].note == "9 x 503"  # summed over the 3 runs
    assert any("validation cost" in w and "within" in w for w in table.warnings)
    assert any("503" in w for w in table.warnings)
    startup = [r for r in table.rows if r.scenario.startswith("start-up")]
    assert [(r.server, r.vs_prism) for r in startup] == [(ARMREST, "0.50x"), (PRISM, "")]
    memory = {r.server: r for r in table.rows if r.scenario.startswith("resident")}
    assert memory[PG_TWO].figure == "120 MiB"
    assert memory[PG_TWO].note == "processes: 120 + 118 + 30 MiB"
    lines = table.markdown().splitlines()
    assert lines[0].startswith("| scenario") and set(lines[1]) <= {"|", "-"}
    assert len({len(line) for line in lines}) == 1  # columns aligned


def test_the_two_worker_row_says_what_the_machine_had_left_for_the_second() -> None:
    """One worker at 400 req/s kept 1.6 of 2 cores busy (4 ms of machine CPU a request); two at 490
    req/s kept 1.96 busy (4 ms): the second worker could only use the 0.4 idle cores."""
    one = Cell(tuple(Run(400, 2.0, 9.0, {200: 400}, 1.0, 0.1, cores) for cores in (1.5, 1.6, 1.7)))
    two = Cell(tuple(Run(rps, 2.0, 9.0, {200: rps}, 1.0, 0.1, 1.96) for rps in (480, 490, 500)))
    assert (
        headroom(one, two, cores=2) == "1 worker left 0.40 of 2 cores idle; machine CPU 4.00 -> 4.00 ms/req"
    )
    assert headroom(cell(400), cell(490), cores=2) == ""  # not measured: nothing claimed
    table = build({(ONE, 16, PG_ONE): one, (ONE, 16, PG_TWO): two}, {}, {})
    (row,) = [r for r in table.rows if r.server == "2 workers / 1 worker (PostgreSQL)"]
    assert (row.figure, row.note) == ("1.23x req/s", headroom(one, two))


def test_the_machines_busy_time_counts_this_process_spinning() -> None:
    before, spun = machine_busy_seconds(), time.process_time()
    while time.process_time() - spun < 0.3:
        pass
    assert machine_busy_seconds() - before >= 0.25  # at least what this process spent (10 ms ticks)


def test_ratio_within_noise_is_marked() -> None:
    cells = {("GET", 16, ARMREST): cell(100, 120, 110), ("GET", 16, PRISM): cell(115, 125, 118)}
    row = next(r for r in build(cells, {}, {}).rows if r.server == ARMREST)
    assert row.vs_prism == f"0.93x {NOISE}"


@pytest.fixture
def tiny_server() -> tuple[int, list[bytes]]:
    """An HTTP/1.1 keep-alive server on a free port that answers every request 200 and records them."""
    seen: list[bytes] = []
    ready = threading.Event()
    port: list[int] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    (
                        int(line.split(b":")[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length")
                    ),
                    0,
                )
                seen.append(head + await reader.readexactly(length))
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    async def serve() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port.append(server.sockets[0].getsockname()[1])
        ready.set()
        await asyncio.sleep(3)
        server.close()

    threading.Thread(target=asyncio.run, args=(serve(),), daemon=True).start()
    assert ready.wait(5)
    return port[0], seen


def test_load_generator_counts_answers_and_sends_fresh_requests(tiny_server: tuple[int, list[bytes]]) -> None:
    port, seen = tiny_server

    def create(n: int) -> bytes:
        return loadgen.request_bytes("POST", "127.0.0.1", port, "/c", {}, b'{"n":%08d}' % n)

    result = loadgen.run("127.0.0.1", port, create, seconds=0.3, connections=4)
    assert result.requests > 0 and result.statuses == {200: result.requests}
    assert 0 < result.p50_ms <= result.p99_ms
    bodies = [s.split(b"\r\n\r\n", 1)[1] for s in seen]
    assert len(set(bodies)) == len(bodies)  # every POST a new one


def test_floor_answers_the_three_scenarios(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOOR_DATABASE_URL", f"sqlite:///{tmp_path}/floor.db")
    monkeypatch.setenv("FLOOR_ROWS", "100")
    sys.modules.pop("bench.floor", None)  # its database is chosen at import
    floor = importlib.import_module("bench.floor")
    base = "/arm/v1/clients/2218/customers"
    with TestClient(floor.app) as client:
        one = client.get(f"{base}/500000")
        assert one.status_code == 200 and len(one.json()) == 14
        assert len(client.get(f"{base}?pagesize=100").json()["customers"]) == 100
        body = {"metadata": {"userId": "t"}, "customer": {"customerNo": "N1", "name": "Ny"}}
        assert client.post(base, json=body).status_code == 201
        assert client.get(f"{base}/N1").json()["name"] == "Ny"
        assert client.post(base, json={"customer": {}}).status_code == 422
    sys.modules.pop("bench.floor", None)


def test_negative_validation_cost_is_noise_even_apart() -> None:
    cells = {("GET", 16, ARMREST): cell(200, 201, 202), ("GET", 16, UNVALIDATED): cell(150, 151, 152)}
    table = build(cells, {}, {})
    row = next(r for r in table.rows if r.server == "response validation cost")
    assert row.figure == "-33.1 % of req/s" and NOISE in row.note
    assert any("validation cost" in w for w in table.warnings)


def test_summary_prints_one_table_and_the_notes() -> None:
    from bench.server_bench import PROFILES
    from bench.summary import record, summary

    runs = (Run(500, 2.0, 9.0, {200: 500}, 1.0, 0.02),)
    found: dict[str, object] = {
        "cells": {("GET one customer", 16, ARMREST): runs, ("GET one customer", 16, PRISM): runs},
        "startups": {ARMREST: Figure.of([1.0])},
        "memory": {ARMREST: [140.0]},
        "ceiling": list(runs),
        "batch": "failed: HTTPStatusError()",
        "load": ((3.0, 2.0, 1.0), (4.0, 3.0, 2.0)),
    }
    text = summary(found, PROFILES["quick"])
    assert text.count("| scenario") == 1
    assert "busy" in text and "load generator ceiling" in text and "batch" in text
    assert record(found, PROFILES["quick"])["runs"][0]["server"] == ARMREST


def test_goals_put_armrest_prism_and_bare_side_by_side_and_judge_each() -> None:
    cells = {
        (ONE, 16, ARMREST): cell(3000, 3100, 3050),
        (ONE, 16, PRISM): cell(500, 510, 505),  # 6.04x: met
        (ONE, 16, BARE): cell(20000, 21000, 20500),  # 14.9 %: short of 20 %
        (PAGE, 16, ARMREST): cell(900, 1100, 1000),
        (PAGE, 16, PRISM): cell(500, 520, 540),  # 1.92x, but the range 1.67-2.2x straddles 2x
        (PAGE, 16, BARE): cell(5000, 5000, 5000),  # 20 %: met
        (CREATE, 16, ARMREST): cell(1000, 1000, 1000, p99=80),  # the p99 goal is at 32 conn. only
        (CREATE, 16, PRISM): cell(400, 400, 400),
        (CREATE, 32, ARMREST): cell(1000, 1000, 1000, p99=80),
        (CREATE, 32, PRISM): cell(400, 400, 400),
    }
    rows, warnings = goal_rows(cells)
    by = {(r[0], r[1]): r for r in rows}
    one = by[ONE, "16"]
    assert one[2:7] + one[8:9] == (
        "3,050 (3,000-3,100)",
        "505 (500-510)",
        "6.04x",
        "20,500 (20,000-21,000)",
        "14.9 %",
        "9.0 (9.0-9.0)",
    )
    assert one[7] == "100.0 %"  # by CPU per request: both cells cost 1 ms
    assert one[9] == ">= 5x Prism, >= 20 % of bare"
    assert one[10] == "NOT met (% of bare short)"
    assert by[PAGE, "16"][10] == f"NOT met (x Prism short, {NOISE} x Prism's range straddles the goal)"
    assert by[CREATE, "16"][9] == ">= 2x Prism, p99 <= 50 ms (at 32 conn.)"
    assert by[CREATE, "16"][10] == "met"
    assert by[CREATE, "32"][10] == "NOT met (p99 short)"
    assert warnings == []
    rows, warnings = goal_rows({(CREATE, 16, ARMREST): cell(100)})
    assert rows[0][10] == "NOT met (Prism not measured)"
    assert warnings and "32 connections" in warnings[0]


def test_bare_app_answers_the_captured_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process: what `write` keeps is what the app sends, headers uvicorn adds itself left out."""
    body = b'{"customerNo":"543210","name":"\xc3\x85se"}'
    captured = bare.Answer(
        200,
        ((b"date", b"x"), (b"server", b"uvicorn"), (b"x-request-id", b"abc"), (b"content-length", b"39"),
         (b"content-type", b"application/json")),
        body,
    )  # fmt: skip
    created = bare.Answer(201, ((b"location", b"http://h/c/N1"), (b"content-length", b"2")), b"{}")
    file = tmp_path / "answers.json"
    bare.write(file, {("GET", "/c/543210"): captured, ("POST", "/c"): created})
    monkeypatch.setattr(bare, "ANSWERS", bare.read(file))
    with TestClient(bare.app) as client:  # type: ignore[arg-type]
        one = client.get("/c/543210?ignored=1")
        assert (one.status_code, one.content) == (200, body)
        assert [(k, v) for k, v in one.headers.items() if k != "date"] == [
            ("x-request-id", "abc"),
            ("content-length", "39"),
            ("content-type", "application/json"),
        ]
        new = client.post("/c", content=b'{"customer":{}}')
        assert (new.status_code, new.headers["location"], new.content) == (201, "http://h/c/N1", b"{}")
        assert client.get("/elsewhere").status_code == 404
    assert captured.same_as(bare.Answer(200, ((b"date", b"y"), *captured.headers[1:]), body))
    assert not captured.same_as(bare.Answer(200, captured.headers, body + b" "))


@pytest.mark.slow  # starts armrest serve and bench/bare.py
def test_the_bare_row_is_measured_on_armrests_own_bytes() -> None:
    from bench.server_bench import PROFILES, measure
    from bench.summary import record, summary

    profile = replace(PROFILES["quick"], seconds=0.3, warmup=0.1, repeats=1, startups=0)
    found = measure(profile, use_postgres=False, only=(ARMREST, BARE))
    answers = found["answers"]
    assert isinstance(answers, dict)
    for scenario in (ONE, PAGE, CREATE, "health"):
        theirs, ours = answers[scenario][ARMREST], answers[scenario][BARE]
        assert (ours.status, ours.body) == (theirs.status, theirs.body), scenario
        assert ours.same_as(theirs), scenario
    # The bytes are armrest's real answers, not an empty or error body.
    assert json.loads(answers[ONE][ARMREST].body)["customerNo"] == "543210"
    assert len(answers[ONE][ARMREST].body) > 1000
    assert len(json.loads(answers[PAGE][ARMREST].body)["customers"]) == 100
    assert answers[CREATE][ARMREST].status == 201
    assert json.loads(answers[CREATE][ARMREST].body)["customerNo"] == "N00000000000"
    cells = found["cells"]
    assert isinstance(cells, dict)
    for scenario, status in ((ONE, 200), (PAGE, 200), (CREATE, 201)):
        (run,) = cells[scenario, 16, BARE]
        assert run.rps > 0 and set(run.statuses) == {status}, (scenario, run.statuses)
    text = summary(found, profile)
    assert "| bare ASGI" in text and "checked equal to armrest's" in text and "| goal: scenario" in text
    kept = record(found, profile)["captured_answers"]
    assert kept[PAGE][ARMREST]["body_sha256"] == kept[PAGE][BARE]["body_sha256"]  # type: ignore[index]


def test_the_request_path_reaches_the_statement_from_the_asgi_entry() -> None:
    from bench.request_path import measure

    one = measure("get-one")
    assert (one.path[0], one.path[-2:], one.before_thread) == (
        "http/front.py:__call__",
        ["store/customers.py:form_by_no", "store/prepared.py:rows"],  # on the driver itself
        [],  # on the event loop (app.ON_THE_LOOP)
    )
    assert [s.split("\n")[0] for s in one.statements] == [
        "SELECT customers.id, customers.wire, customers.wire_schema "
    ]
    post = measure("post")
    assert (post.before_thread[0], post.path[-1]) == (
        "http/front.py:__call__",
        "store/customers.py:insert_one",
    )
    assert post.statements[0] == "BEGIN IMMEDIATE" and post.statements[-1] == "COMMIT"
    assert any(s.startswith("INSERT INTO customers") for s in post.statements)
