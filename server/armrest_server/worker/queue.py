"""Workers that drain the batch queue.

A batch is processed in chunks; each chunk's effects and its item results commit in one
transaction, so a batch interrupted by a crash resumes after its last committed chunk: nothing is
lost and nothing is applied twice. The processors (what an item means) are given by the app.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Engine

from armrest_server.store import batches
from armrest_server.store.db import reading, writing

log = logging.getLogger("armrest.worker")
CHUNK = 500
HEARTBEAT_EVERY = 5.0  # seconds; health calls a worker down after 60 s without one


@dataclass
class ItemResult:
    key: str
    accepted: bool
    result: str | None = None
    errors: list[dict[str, str]] = field(default_factory=list)

    def row(self, idx: int) -> dict[str, Any]:
        return {
            "idx": idx,
            "item_key": self.key[:50],
            "result_type": "ACCEPTED" if self.accepted else "REJECTED",
            "result": self.result,
            "errors": self.errors,
        }


# (connection, the batch row, [(index, item)]) -> one result per item, in order.
Processor = Callable[[Connection, dict[str, Any], list[tuple[int, Any]]], list[ItemResult]]
# Called once after the last chunk, in the finishing transaction; may answer a file id (reports).
Finisher = Callable[[Connection, dict[str, Any]], str | None]


@dataclass(frozen=True)
class Kind:
    process: Processor
    finish: Finisher | None = None
    items: Callable[[Any], list[Any]] = list


class Worker:
    def __init__(
        self, engine: Engine, kinds: dict[str, Kind], worker_id: str, poll: float = 0.2, lease: float = 60
    ) -> None:
        self.engine = engine
        self.kinds = kinds
        self.worker_id = worker_id
        self.poll = poll
        self.lease = timedelta(seconds=lease)
        self._last_beat = float("-inf")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=worker_id, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                worked = self.run_once()
            except Exception:
                log.exception("batch processing failed; the batch will be retried when its lease runs out")
                worked = False
            if not worked:
                self._stop.wait(self.poll)

    def run_once(self) -> bool:
        """Process one batch to its end (or until stopped). Answers whether there was one."""
        # An idle worker only reads: writers (the API) are not queued behind a poll every few ms.
        if time.monotonic() - self._last_beat > HEARTBEAT_EVERY:
            with writing(self.engine) as conn:
                batches.heartbeat(conn, self.worker_id)
            self._last_beat = time.monotonic()
        with reading(self.engine) as conn:
            if not batches.has_work(conn):
                return False
        with writing(self.engine) as conn:
            batch = batches.claim(conn, self.engine, self.lease)
        if batch is None:
            return False
        kind = self.kinds[batch["batch_type"]]
        all_items = kind.items(batch["payload"])
        while not self._stop.is_set():
            with writing(self.engine) as conn:
                start = batches.done_count(conn, batch["batch_uuid"])
                chunk = [(i, all_items[i]) for i in range(start, min(start + CHUNK, len(all_items)))]
                if not chunk:
                    file_id = kind.finish(conn, batch) if kind.finish else None
                    batches.finish(conn, batch["batch_uuid"], file_id)
                    log.info("batch done", extra={"batch": batch["batch_uuid"], "items": len(all_items)})
                    return True
                results = kind.process(conn, batch, chunk)
                rows = [r.row(i) for (i, _), r in zip(chunk, results, strict=True)]
                batches.record(conn, batch["batch_uuid"], rows, self.lease)
                batches.heartbeat(conn, self.worker_id)
        return True
