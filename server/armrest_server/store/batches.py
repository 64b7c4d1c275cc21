"""The batch queue's SQL: enqueue, claim with a lease, record item results, finish."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, case, func, insert, or_, select, update

from armrest_server.store import bulk
from armrest_server.store.db import clock_of, is_postgres
from armrest_server.store.tables import batch_items, batches, worker_heartbeats

# How long a worker's claim on a batch lasts without progress; a dead worker's claim runs out.
LEASE = timedelta(seconds=60)
# Claims in a row without progress before a batch ends FAILED (settings.batch_attempts says why 5).
ATTEMPTS = 5


def enqueue(
    conn: Connection,
    clientno: int,
    batch_type: str,
    user_id: str,
    payload: Any,
    item_count: int,
    job_queue_id: int | None = None,
    dedupe_key: str | None = None,
) -> str:
    batch_uuid = str(uuid.uuid4())
    conn.execute(
        insert(batches).values(
            batch_uuid=batch_uuid,
            clientno=clientno,
            batch_type=batch_type,
            status="QUEUED",
            user_id=user_id,
            payload=payload,
            item_count=item_count,
            processed_count=0,
            accepted_count=0,
            rejected_count=0,
            job_queue_id=job_queue_id,
            dedupe_key=dedupe_key,
            created_at=clock_of(conn).now(),
        )
    )
    return batch_uuid


def find(conn: Connection, clientno: int, batch_uuid: str) -> dict[str, Any] | None:
    row = (
        conn.execute(
            select(batches).where(batches.c.clientno == clientno, batches.c.batch_uuid == batch_uuid)
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def find_pending_by_dedupe(conn: Connection, clientno: int, dedupe_key: str) -> dict[str, Any] | None:
    row = (
        conn.execute(
            select(batches).where(
                batches.c.clientno == clientno,
                batches.c.dedupe_key == dedupe_key,
                batches.c.status.in_(["QUEUED", "PROCESSING"]),
            )
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def items(conn: Connection, batch_uuid: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(batch_items).where(batch_items.c.batch_uuid == batch_uuid).order_by(batch_items.c.idx)
    ).mappings()
    return [dict(r) for r in rows]


def _claimable(now: datetime) -> Any:
    return or_(
        batches.c.status == "QUEUED", (batches.c.status == "PROCESSING") & (batches.c.lease_until < now)
    )


def has_work(conn: Connection) -> bool:
    """Whether a batch waits for a worker (a read: idle workers poll with this)."""
    return (
        conn.execute(select(batches.c.batch_uuid).where(_claimable(clock_of(conn).now())).limit(1)).first()
        is not None
    )


def claim(
    conn: Connection, engine: Engine, lease: timedelta = LEASE, max_attempts: int = ATTEMPTS
) -> dict[str, Any] | None:
    """Take the oldest queued batch, or one whose worker's lease ran out (that worker died).

    Each claim counts an attempt; committed progress resets the count (`record`). A batch claimed
    `max_attempts` times without progress (its workers kept dying in the same chunk) ends FAILED
    here instead of being claimed again, so every batch reaches an end state."""
    now = clock_of(conn).now()
    while True:
        query = select(batches.c.batch_uuid, batches.c.attempts).where(_claimable(now))
        query = query.order_by(batches.c.created_at).limit(1)
        if is_postgres(engine):
            # Several processes share the queue; each skips the rows another has locked.
            query = query.with_for_update(skip_locked=True)
        found = conn.execute(query).first()
        if found is None:
            return None
        if found.attempts < max_attempts:
            break
        fail(conn, found.batch_uuid, _gave_up(found.attempts, "its workers stopped before committing any"))
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == found.batch_uuid)
        .values(
            status="PROCESSING",
            lease_until=now + lease,
            started_at=func.coalesce(batches.c.started_at, now),
            progress_at=func.coalesce(batches.c.progress_at, now),
            attempts=batches.c.attempts + 1,
        )
    )
    row = conn.execute(select(batches).where(batches.c.batch_uuid == found.batch_uuid)).mappings().one()
    return dict(row)


def _gave_up(attempts: int, why: str) -> str:
    return f"Processing stopped after {attempts} attempts without progress: {why}"


def retry_later(
    conn: Connection, batch_uuid: str, error: str, delay: timedelta, max_attempts: int = ATTEMPTS
) -> bool:
    """After an attempt failed (nothing of it committed): claimable again after `delay`, or FAILED
    when it was the last attempt allowed. Answers whether the batch ended."""
    attempts = conn.execute(select(batches.c.attempts).where(batches.c.batch_uuid == batch_uuid)).scalar()
    if attempts is None:
        return True
    if attempts >= max_attempts:
        fail(conn, batch_uuid, _gave_up(attempts, f"the last one failed with {error}"))
        return True
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == batch_uuid, batches.c.status == "PROCESSING")
        .values(
            lease_until=clock_of(conn).now() + delay, problem={"title": "Attempt failed", "detail": error}
        )
    )
    return False


def release(conn: Connection, batch_uuid: str) -> None:
    """Hand a batch back, claimable at once, by a worker that stops while its claim holds (between
    chunks). Its claim was no attempt that failed: uncounted, unless progress reset the count."""
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == batch_uuid, batches.c.status == "PROCESSING")
        .values(
            lease_until=clock_of(conn).now() - timedelta(microseconds=1),  # ran out: claimable now
            attempts=case((batches.c.attempts > 0, batches.c.attempts - 1), else_=0),
        )
    )


def fail(conn: Connection, batch_uuid: str, detail: str) -> None:
    """End a batch FAILED; the item results committed so far stay (they were applied)."""
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == batch_uuid)
        .values(
            status="FAILED",
            completed_at=clock_of(conn).now(),
            lease_until=None,
            problem={"title": "Batch failed", "detail": detail[:2000]},
        )
    )


def done_count(conn: Connection, batch_uuid: str) -> int:
    return int(conn.execute(select(func.count()).where(batch_items.c.batch_uuid == batch_uuid)).scalar() or 0)


def record(
    conn: Connection, batch_uuid: str, results: list[dict[str, Any]], lease: timedelta = LEASE
) -> None:
    """Store item results and progress in the transaction that applied the items: exactly once."""
    if not results:
        return
    bulk.insert_rows(conn, batch_items, [{"batch_uuid": batch_uuid, **r} for r in results])
    accepted = sum(1 for r in results if r["result_type"] == "ACCEPTED")
    now = clock_of(conn).now()
    conn.execute(
        update(batches)
        .where(batches.c.batch_uuid == batch_uuid)
        .values(
            processed_count=batches.c.processed_count + len(results),
            accepted_count=batches.c.accepted_count + accepted,
            rejected_count=batches.c.rejected_count + len(results) - accepted,
            lease_until=now + lease,
            progress_at=now,
            attempts=0,  # progress: the attempts that count are those in a row without any
        )
    )


def finish(conn: Connection, batch_uuid: str, file_id: str | None = None) -> None:
    row = conn.execute(select(batches.c.rejected_count).where(batches.c.batch_uuid == batch_uuid)).one()
    values: dict[str, Any] = {
        "status": "COMPLETED_WITH_ERRORS" if row.rejected_count else "COMPLETED",
        "completed_at": clock_of(conn).now(),
        "lease_until": None,
    }
    if file_id is not None:
        values["file_id"] = file_id
    conn.execute(update(batches).where(batches.c.batch_uuid == batch_uuid).values(**values))


def heartbeat(conn: Connection, worker_id: str) -> None:
    now = clock_of(conn).now()
    changed = conn.execute(
        update(worker_heartbeats).where(worker_heartbeats.c.worker_id == worker_id).values(beat_at=now)
    ).rowcount
    if not changed:
        conn.execute(insert(worker_heartbeats).values(worker_id=worker_id, beat_at=now))


def last_heartbeat(conn: Connection) -> datetime | None:
    value = conn.execute(select(func.max(worker_heartbeats.c.beat_at))).scalar()
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def queued_count(conn: Connection) -> int:
    """Batches and report jobs waiting to start (the health answer's `worker.queued`)."""
    query = select(func.count()).where(batches.c.status == "QUEUED")
    return int(conn.execute(query).scalar() or 0)


def stuck_count(conn: Connection, now: datetime, bound: timedelta) -> int:
    """Batches PROCESSING that made no progress for longer than `bound`, or whose claims ran out
    more than once in a row (their workers die in them): the health answer's `worker.stuck`."""
    query = select(func.count()).where(
        batches.c.status == "PROCESSING",
        or_(
            func.coalesce(batches.c.progress_at, batches.c.started_at) < now - bound,
            (batches.c.attempts >= 2) & (batches.c.lease_until < now),
        ),
    )
    return int(conn.execute(query).scalar() or 0)


def failed_count(conn: Connection, since: datetime) -> int:
    """Batches that ended FAILED since `since` (the health answer's `worker.failed`)."""
    query = select(func.count()).where(batches.c.status == "FAILED", batches.c.completed_at >= since)
    return int(conn.execute(query).scalar() or 0)
