"""Revoked API clients, as every server process knows them: a removed client's tokens fail within
`--revocation-check` seconds in every process, though each token stays signed until its `exp`.

Each process reads a version of the revocations (their count and latest moment: one cheap statement)
every `interval` seconds on a thread of its own, and the whole table only when the version moved, so a
request never waits on the database for it. A token is refused when its subject was revoked at or
after the second it was issued in (`iat`): the tokens of a client added again later work. While the
database cannot be read the process keeps what it knew (its requests answer 503 meanwhile anyway).
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from sqlalchemy import Engine

from armrest_server.store import security

log = logging.getLogger("armrest.revocations")


class Revocations:
    def __init__(self, *, engine: Engine, interval: float) -> None:
        self.engine = engine
        self.interval = interval
        self._revoked: dict[str, float] = {}
        self._version: tuple[int, datetime | None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def revoked(self, subject: str, issued_at: float) -> bool:
        """Whether a token of `subject` issued at `issued_at` (seconds since the epoch) is revoked."""
        at = self._revoked.get(subject)
        return at is not None and issued_at <= at

    def refresh(self) -> None:
        """Read the version, and the revocations when it moved."""
        version = security.revocation_version(self.engine)
        if version != self._version:
            self._revoked = {subject: at.timestamp() for subject, at in security.revoked(self.engine).items()}
            self._version = version

    def start(self) -> None:
        """Know the revocations now, then follow them on a thread until `stop`."""
        self.refresh()
        self._stop.clear()
        self._thread = threading.Thread(target=self._follow, name="armrest-revocations", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=self.interval + 5)
            self._thread = None

    def _follow(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.refresh()
            except Exception as error:  # a database outage: keep what is known, read again later
                log.warning("revocations not read", extra={"error": type(error).__name__})
