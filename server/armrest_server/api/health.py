"""Health handler: whether the database answers and the batch worker is alive. No token needed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from armrest_server.api.dates import optional_timestamp, timestamp
from armrest_server.http.call import Call, Reply
from armrest_server.store import batches
from armrest_server.store.db import ping, reading
from armrest_server.store.errors import RETRY_DOWN

DATABASE_TIMEOUT = 2.0  # seconds
HEARTBEAT_LIMIT = timedelta(seconds=60)
# A batch ended FAILED degrades health for this long: long enough for a monitor polling every
# minute or so to see it, short enough that one bad batch does not mark the service for a day.
FAILED_WINDOW = timedelta(hours=1)
NO_STORE = {"Cache-Control": "no-store"}


def getHealth(call: Call) -> Reply:
    services = call.services
    latency = ping(services.engine, DATABASE_TIMEOUT)
    worker: dict[str, Any] = {"status": "DOWN", "lastHeartbeat": None, "queued": 0, "stuck": 0, "failed": 0}
    if latency is not None:
        try:
            with reading(services.engine) as conn:
                beat = batches.last_heartbeat(conn)
                queued = batches.queued_count(conn)
                # A batch with no committed progress for two leases: no live worker is getting on with it.
                stuck_after = timedelta(seconds=2 * services.settings.batch_lease)
                stuck = batches.stuck_count(conn, services.now(), stuck_after)
                failed = batches.failed_count(conn, services.now() - FAILED_WINDOW)
        except SQLAlchemyError:
            latency = None  # the database went away between the ping and these reads
        else:
            alive = beat is not None and services.now() - beat <= HEARTBEAT_LIMIT
            worker = {
                "status": "UP" if alive else "DOWN",
                "lastHeartbeat": optional_timestamp(beat),
                "queued": queued,
                "stuck": stuck,
                "failed": failed,
            }
    database: dict[str, Any] = {"status": "DOWN", "latencyMs": None}
    status = "DOWN"
    if latency is not None:
        healthy = worker["status"] == "UP" and not worker["stuck"] and not worker["failed"]
        status = "UP" if healthy else "DEGRADED"
        database = {"status": "UP", "latencyMs": min(round(latency * 1000), int(DATABASE_TIMEOUT * 1000))}
    body = {
        "status": status,
        "version": services.spec_version,
        "time": timestamp(services.now()),
        "database": database,
        "worker": worker,
    }
    if status == "DOWN":
        # The seconds a client waits before asking again, as every 503 says (store/errors.py).
        return Reply(503, body, NO_STORE | {"Retry-After": str(RETRY_DOWN)})
    return Reply(200, body, dict(NO_STORE))
