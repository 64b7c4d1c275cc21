"""Workers that drain the batch queue.

A batch is processed in chunks; each chunk's effects and its item results commit in one
transaction, so a batch interrupted by a crash resumes after its last committed chunk: nothing is
lost and nothing is applied twice. The processors (what an item means) are the kinds of kinds.py,
which the app hands the workers, and so are the stored wire forms (store/stored_forms.py) each
chunk's transaction makes before it commits.

Every batch ends. An item whose processing raises is REJECTED with the error in its result and the
rest of its chunk is applied (the chunk is retried item by item, each in a savepoint). An attempt
that fails as a whole (a database fault, a failing commit) is retried after a growing delay, and a
batch that makes no progress in `attempts` claims in a row ends FAILED, keeping the item results
committed before.

A worker told to stop (`stop`, `stop_all`) ends the chunk it is in, commits it, and hands its batch
back (`store/batches.release`): the next worker to poll resumes it after that chunk at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from armrest_server import faults
from armrest_server.bounds import LIMITS, MORE_ERRORS, at_most
from armrest_server.store import batches
from armrest_server.store.db import reading, writing
from armrest_server.store.stored_forms import Forms

log = logging.getLogger("armrest.worker")
CHUNK = 500
HEARTBEAT_EVERY = 5.0  # seconds; health calls a worker down after 60 s without one


# An item keeps at most the errors its answer lists (the contract's FieldError bound): beyond, the
# first of them and one counting the rest, by the rule every list of errors keeps (bounds.at_most).
KEPT_ERRORS = LIMITS["errors"]


@dataclass(frozen=True)
class ItemError:
    """Why an item was rejected, as a value: where in the request that queued the batch (a JSON
    pointer such as `/customers/3/name`; "" for the whole request), what, and a stable code.
    api/batches.py answers it as the contract's field error."""

    pointer: str
    message: str
    code: str


def kept(errors: Sequence[ItemError]) -> list[ItemError]:
    """The errors an item's result keeps: all of them, or the first KEPT_ERRORS - 1 and one saying
    how many more there were."""
    return at_most(errors, KEPT_ERRORS, lambda message: ItemError("", message, MORE_ERRORS))


@dataclass
class ItemResult:
    key: str
    accepted: bool
    result: str | None = None
    errors: list[ItemError] = field(default_factory=list)

    def row(self, idx: int) -> dict[str, Any]:
        """The item's result as store/batches.record keeps it: its errors as objects of `pointer`,
        `message` and `code`, as the rows older servers kept hold them."""
        return {
            "idx": idx,
            "item_key": self.key[:50],
            "result_type": "ACCEPTED" if self.accepted else "REJECTED",
            "result": self.result,
            "errors": [asdict(error) for error in kept(self.errors)],
        }


# (connection, the batch row, [(index, item)]) -> one result per item, in order.
Processor = Callable[[Connection, dict[str, Any], list[tuple[int, Any]]], list[ItemResult]]
# Called once after the last chunk, in the finishing transaction; may answer a file id (reports).
Finisher = Callable[[Connection, dict[str, Any]], str | None]


def _no_key(_item: Any) -> str:
    return "-"


@dataclass(frozen=True)
class Kind:
    process: Processor
    finish: Finisher | None = None
    items: Callable[[Any], list[Any]] = list
    # How to name an item the processor could not answer for (it raised): its key, and the pointer
    # of the request's item array (`/customers`), whose `/<index>` the item's error points to ("":
    # the batch is the one request, and the error points to its whole body).
    key: Callable[[Any], str] = _no_key
    pointer: str = ""


def _transient(error: Exception) -> bool:
    """A fault of the database, not of an item: the attempt fails instead of rejecting items."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError | InterfaceError)


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


def process_chunk(
    conn: Connection, kind: Kind, batch: dict[str, Any], chunk: list[tuple[int, Any]]
) -> list[ItemResult]:
    """The chunk's results, set-based; when that raises, item by item, each in a savepoint, so that
    an item that raises is rejected alone and the others are applied. Database faults propagate:
    they are no item's fault, and the attempt fails instead (to be retried)."""
    try:
        with conn.begin_nested():
            return kind.process(conn, batch, chunk)
    except Exception as error:
        if _transient(error):
            raise
        if len(chunk) == 1:
            index, item = chunk[0]
            log.exception("a batch item failed", extra={"batch": batch["batch_uuid"], "index": index})
            return [_rejected(kind, index, item, error)]
        log.warning("a batch chunk failed; retrying it item by item", exc_info=True)
    return [result for pair in chunk for result in process_chunk(conn, kind, batch, [pair])]


def _rejected(kind: Kind, index: int, item: Any, error: Exception) -> ItemResult:
    try:
        key = str(kind.key(item))[:50] or "-"
    except Exception:  # the item is schema-valid, but its key is only needed for the answer
        key = "-"
    message = f"The item could not be processed (the error is logged): {_describe(error)}"
    pointer = f"{kind.pointer}/{index}" if kind.pointer else ""
    return ItemResult(key, False, None, [ItemError(pointer, message, "processingFailed")])


class Worker:
    def __init__(
        self,
        *,
        engine: Engine,
        kinds: dict[str, Kind],
        forms: Forms,
        worker_id: str,
        poll: float = 0.2,
        lease: float = 60,
        attempts: int = batches.ATTEMPTS,
        retry_delay: float = 1.0,
    ) -> None:
        self.engine = engine
        self.kinds = kinds
        self.forms = forms  # the stored wire forms each chunk's transaction makes (store/stored_forms.py)
        self.worker_id = worker_id
        self.poll = poll
        self.lease = timedelta(seconds=lease)
        self.attempts = attempts
        self.retry_delay = retry_delay
        self._last_beat = float("-inf")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=worker_id, daemon=True)

    def start(self) -> None:
        """Beat now, then run on a thread until stopped: health calls the worker alive from the app's
        first request, not from whenever its thread gets to run. A database that cannot be written
        now is logged, and the thread beats when it can."""
        try:
            self._beat()
        except SQLAlchemyError:
            log.warning("first heartbeat failed; the thread beats when the database answers", exc_info=True)
        self._thread.start()

    def _beat(self) -> None:
        with writing(self.engine) as conn:
            batches.heartbeat(conn, self.worker_id)
        self._last_beat = time.monotonic()

    def stop(self, timeout: float | None = 10) -> None:
        """End the chunk in progress, hand its batch back, and stop (waiting at most `timeout`)."""
        stop_all([self], timeout)

    def request_stop(self) -> None:
        """Tell the worker to stop after the chunk it is in (`join` waits for it)."""
        self._stop.set()

    def join(self, timeout: float | None) -> None:
        if self._thread.is_alive():
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
            self._beat()
        with reading(self.engine) as conn:
            if not batches.has_work(conn):
                return False
        with writing(self.engine) as conn:
            batch = batches.claim(conn, self.engine, self.lease, self.attempts)
        if batch is None:
            return False
        try:
            self._process(batch)
        except Exception as error:
            # Nothing of the failed chunk committed. Retry after a delay that doubles with each
            # attempt in a row (a fault that lasts is not hammered), up to the lease.
            log.exception("a batch attempt failed", extra={"batch": batch["batch_uuid"]})
            seconds = min(self.lease.total_seconds(), self.retry_delay * 2 ** (batch["attempts"] - 1))
            with writing(self.engine) as conn:
                batches.retry_later(
                    conn, batch["batch_uuid"], _describe(error), timedelta(seconds=seconds), self.attempts
                )
        return True

    def _process(self, batch: dict[str, Any]) -> None:
        kind = self.kinds[batch["batch_type"]]
        all_items = kind.items(batch["payload"])
        while True:
            with writing(self.engine, forms=self.forms) as conn:
                start = batches.done_count(conn, batch["batch_uuid"])
                chunk = [(i, all_items[i]) for i in range(start, min(start + CHUNK, len(all_items)))]
                if not chunk:
                    file_id = kind.finish(conn, batch) if kind.finish else None
                    batches.finish(conn, batch["batch_uuid"], file_id)
                    log.info("batch done", extra={"batch": batch["batch_uuid"], "items": len(all_items)})
                    return
                if self._stop.is_set():
                    # Right after this worker's claim or its last chunk's commit, so the lease is
                    # still its own: the next worker resumes the batch now, not when the lease runs out.
                    batches.release(conn, batch["batch_uuid"])
                    log.info("batch handed back", extra={"batch": batch["batch_uuid"], "done": start})
                    return
                results = process_chunk(conn, kind, batch, chunk)
                rows = [r.row(i) for (i, _), r in zip(chunk, results, strict=True)]
                batches.record(conn, batch["batch_uuid"], rows, self.lease)
                batches.heartbeat(conn, self.worker_id)
                faults.reach("chunk-written")
            faults.reach("chunk-committed")


def stop_all(workers: Sequence[Worker], timeout: float | None = 10) -> None:
    """Tell every worker to stop, then wait for them, at most `timeout` seconds in all (None: until
    they have). Each ends its chunk and hands its batch back; one still busy when the time is up is
    left to die with the process: its chunk rolls back, and its batch is resumed when the lease runs out."""
    for worker in workers:
        worker.request_stop()
    deadline = None if timeout is None else time.monotonic() + timeout
    for worker in workers:
        worker.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
