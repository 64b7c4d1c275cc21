"""What handlers reach through `call.services`: the database, the settings, the clock, and the stored
wire forms every write transaction is handed (store/stored_forms.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from armrest_server.clock import OSLO, Clock, SystemClock
from armrest_server.settings import Settings
from armrest_server.store.db import bind_clock
from armrest_server.store.stored_forms import Forms

__all__ = ["OSLO", "Services"]

if TYPE_CHECKING:
    from armrest_server.auth import Authority
    from armrest_server.worker.queue import Worker


@dataclass
class Services:
    engine: Engine
    settings: Settings
    spec_version: str
    authority: Authority
    # How customers and AR items become their stored wire forms (api/records.forms, made by the app):
    # handed to every write transaction (`writing(engine, forms=...)`), which makes the forms of the
    # rows it wrote before it commits.
    forms: Forms
    workers: list[Worker] = field(default_factory=list)
    # The one clock: the store reads it through the engine (bound below). It is fixed for the life
    # of the services; a test (or a sandbox control) moves a SettableClock instead of replacing it.
    clock: Clock = field(default_factory=SystemClock)

    def __post_init__(self) -> None:
        bind_clock(self.engine, self.clock)

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """Dates of the ledger are Norwegian dates."""
        return self.clock.today()
