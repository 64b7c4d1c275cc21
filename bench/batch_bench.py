"""Worker time of one 10,000-document batch (createDocumentBatch), without HTTP in the way.

Builds the app on a fresh database (SQLite by default, PostgreSQL with --database-url), creates the
customers the documents name, queues the batch through the store as createDocumentBatch would, and
times one worker processing it to its end on this thread: from the claim to the finishing commit.
Repeats --runs times (a new batch each run, the same database) and prints each time and the best;
--profile prints the cumulative profile of the last run.

    python bench/batch_bench.py [--documents 10000] [--customers 200] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from armrest_server.app import build  # noqa: E402
from armrest_server.settings import Settings  # noqa: E402
from armrest_server.store import batches, bulk, clients  # noqa: E402
from armrest_server.store.db import writing  # noqa: E402
from armrest_server.store.stored_forms import Forms  # noqa: E402
from armrest_server.usecases.customers import apply_batch  # noqa: E402
from armrest_server.usecases.uow import UnitOfWork  # noqa: E402
from armrest_server.worker.kinds import batch_kinds  # noqa: E402
from armrest_server.worker.queue import Worker  # noqa: E402

CLIENTNO = 2218


def documents(run: int, count: int, customers: int) -> list[dict[str, Any]]:
    """Invoices as integrators send them: one or two lines, a customer of the client's, no KID."""
    return [
        {
            "documentNo": f"B{run:02d}{n:06d}",
            "documentType": "INVOICE",
            "customerNo": f"C{n % customers:05d}",
            "documentDate": "2026-01-15",
            "lines": [
                {"lineNo": 1, "description": "Abonnement", "quantity": 1, "unitPrice": 399.2, "vatRate": 25},
                *(
                    [{"lineNo": 2, "description": "Data", "quantity": 3.5, "unitPrice": 86, "vatRate": 25}]
                    * (n % 2)
                ),
            ],
        }
        for n in range(count)
    ]


def _customers(engine: Engine, forms: Forms, count: int, today: date) -> None:
    """The customers the documents are for, written as a customer batch writes them."""
    with UnitOfWork(engine, forms=forms) as uow:
        clients.ensure(uow.connection, CLIENTNO)
        people = [{"customerNo": f"C{n:05d}", "name": f"Kunde {n}"} for n in range(count)]
        apply_batch(uow, CLIENTNO, people, today, True)
        uow.commit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--plain-inserts",
        action="store_true",
        help="insert with SQLAlchemy's executemany instead of store/bulk.py (the figure before it)",
    )
    parser.add_argument("--sort", default="cumulative", help="profile order: cumulative or tottime")
    parser.add_argument(
        "--profile-clock",
        choices=("cpu", "wall"),
        default="cpu",
        help="what the profile counts: this process's CPU, or wall time (waits on PostgreSQL included)",
    )
    args = parser.parse_args()
    if args.plain_inserts:
        bulk.insert_rows = lambda conn, table, rows: conn.execute(insert(table), list(rows))  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        app = build(Settings(database_url=url, log_level="WARNING"))
        services = app.state.services
        engine = services.engine
        _customers(engine, services.forms, args.customers, services.today())
        worker = Worker(engine=engine, kinds=batch_kinds(services), forms=services.forms, worker_id="bench")
        times: list[float] = []
        cpus: list[float] = []  # CPU time of this process: less disturbed by a busy machine than wall time
        for run in range(args.runs):
            items = documents(run, args.documents, args.customers)
            with writing(engine) as conn:
                uuid = batches.enqueue(conn, CLIENTNO, "DOCUMENTS_CREATE", "bench", items, len(items))
            clock = time.process_time if args.profile_clock == "cpu" else time.perf_counter
            profile = cProfile.Profile(clock) if args.profile and run == args.runs - 1 else None
            started, cpu = time.perf_counter(), time.process_time()
            if profile:
                profile.enable()
            worker.run_once()
            if profile:
                profile.disable()
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
            with engine.connect() as conn:
                batch = batches.find(conn, CLIENTNO, uuid)
            assert batch is not None and batch["accepted_count"] == len(items), batch and batch["status"]
            print(
                f"run {run + 1}: {len(items)} documents in {times[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU"
                f" ({engine.dialect.name})"
            )
        print(f"best of {args.runs}: {min(times):.2f} s wall, {min(cpus):.2f} s CPU")
        if profile:
            pstats.Stats(profile).sort_stats(args.sort).print_stats(40)
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
