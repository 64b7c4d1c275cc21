"""Structured logs: one JSON object a line, never a token, a secret or a personal number.

Masking applies to every field of the line: the message, the exception and each `extra` value, however
deeply nested (a logged validation error carries the offending values, an SSN among them).
"""

from __future__ import annotations

import dataclasses
import logging
import re
import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import orjson

MASK = "***"
# Birth numbers (11 digits, also written 6+5 with a space or dash), organisation numbers (9 digits: a sole
# proprietor's identifies a person, and a log line cannot tell which), bearer and basic credentials,
# JWTs, and secrets written as `name=value` (a token form). A number glued to letters (a hex id) is not one.
SECRETS = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{6}[ -]?\d{5}|\d{9})(?![0-9A-Za-z])"
    r"|eyJ[\w-]+\.[\w-]+\.[\w-]*"
    r"|(?i:bearer|basic)\s+\S+"
    r"|(?i:(?:client_secret|password|secret|access_token)=)[^&\s]+"
)
# Keys whose value is masked whole, whatever it looks like (names compared without case, `_` or `-`).
SENSITIVE_KEYS = ("ssn", "organizationno", "orgno", "secret", "password", "token", "authorization", "jwtkey")
PERSONAL_INTEGER_DIGITS = (9, 11)  # the contract types them as strings, but a log call may pass a number
MAX_DEPTH = 20
STANDARD = set(vars(logging.makeLogRecord({})))


def mask(value: Any, depth: int = 0) -> Any:
    """`value` as JSON-ready data with every personal number and secret replaced by `***`."""
    if isinstance(value, str):
        return SECRETS.sub(MASK, value)
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, int):
        return MASK if len(str(abs(value))) in PERSONAL_INTEGER_DIGITS else value
    if depth >= MAX_DEPTH:
        return mask(str(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return {mask(str(k)): MASK if _sensitive(str(k)) else mask(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [mask(item, depth + 1) for item in value]
    return mask(str(value))


def _sensitive(key: str) -> bool:
    name = key.lower().replace("_", "").replace("-", "")
    return any(word in name for word in SENSITIVE_KEYS)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": mask(record.getMessage()),
        }
        extra = {k: v for k, v in vars(record).items() if k not in STANDARD and k != "message"}
        entry |= mask(extra)
        if record.exc_info:
            entry["exception"] = mask(self.formatException(record.exc_info))
        return orjson.dumps(entry, default=str).decode()


def configure(level: str) -> None:
    logger = logging.getLogger("armrest")
    if not any(isinstance(h.formatter, JsonFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


def uvicorn_config() -> dict[str, Any]:
    """uvicorn's logging configuration with its lines written by JsonFormatter: its own messages and the
    tracebacks it logs are JSON lines and masked like ours."""
    from uvicorn.config import LOGGING_CONFIG

    json_lines = {"()": f"{__name__}.JsonFormatter"}
    return {**LOGGING_CONFIG, "formatters": {"default": json_lines, "access": json_lines}}
