"""Structured logs: one JSON object a line, never a token or a personal number."""

from __future__ import annotations

import logging
import re
import sys
from datetime import UTC, datetime

import orjson

# 11-digit numbers (birth numbers) and bearer tokens are masked wherever they appear in a message.
SECRETS = re.compile(r"\b\d{11}\b|eyJ[\w-]+\.[\w-]+\.[\w-]*|(?i:bearer)\s+\S+")
STANDARD = set(vars(logging.makeLogRecord({})))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": SECRETS.sub("***", record.getMessage()),
        }
        entry |= {k: v for k, v in vars(record).items() if k not in STANDARD and k != "message"}
        if record.exc_info:
            entry["exception"] = SECRETS.sub("***", self.formatException(record.exc_info))
        return orjson.dumps(entry, default=str).decode()


def configure(level: str) -> None:
    logger = logging.getLogger("armrest")
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False
