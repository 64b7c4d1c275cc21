"""What handlers reach through `call.services`: the database, the settings, the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from armrest_server.settings import Settings

OSLO = ZoneInfo("Europe/Oslo")

if TYPE_CHECKING:
    from armrest_server.auth import Authority
    from armrest_server.worker.queue import Worker


@dataclass
class Services:
    engine: Engine
    settings: Settings
    spec_version: str
    authority: Authority
    workers: list[Worker] = field(default_factory=list)

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        """Dates of the ledger are Norwegian dates."""
        return self.now().astimezone(OSLO).date()
