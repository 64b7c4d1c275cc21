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
from urllib.parse import unquote_plus

import orjson

MASK = "***"
# Birth numbers (11 digits, also written 6+5 with a space, plus or dash), organisation numbers (9 digits,
# also 3+3+3: a sole proprietor's identifies a person, and a log line cannot tell which), bearer and
# basic credentials, JWTs, secrets written as `name=value` (a token form) and a URL's user:password@.
# A number glued to letters (a hex id) is not one. Percent-encoded text is also read decoded (mask).
SECRETS = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{6}[ +-]?\d{5}|\d{9}|\d{3}[ +-]\d{3}[ +-]\d{3})(?![0-9A-Za-z])"
    r"|eyJ[\w-]+\.[\w-]+\.[\w-]*"
    r"|(?i:bearer|basic)\s+\S+"
    r"|(?i:(?<!\w)\w*(?:secret|password|token|api[_-]?key)=)[^&\s]+"
    r"|(?<=://)[^/@\s]+@"  # credentials in a URL (user:password@host)
)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # terminal colour codes (uvicorn's `color_message`)
# Keys whose value is masked whole, whatever it looks like (names compared without case, `_` or `-`).
SENSITIVE_KEYS = (
    "ssn",
    "organizationno",
    "orgno",
    "secret",
    "password",
    "token",
    "authorization",
    "jwtkey",
    "apikey",
    "credential",
)
PERSONAL_INTEGER_DIGITS = (9, 11)  # the contract types them as strings, but a log call may pass a number
MAX_DEPTH = 20
STANDARD = set(vars(logging.makeLogRecord({})))


def mask(value: Any, depth: int = 0) -> Any:
    """`value` as JSON-ready data with every personal number and secret replaced by `***`."""
    if isinstance(value, str):
        return _masked_text(value)
    if value is None or isinstance(value, bool | float):
        return value
    if isinstance(value, int):
        return MASK if len(str(abs(value))) in PERSONAL_INTEGER_DIGITS else value
    if depth >= MAX_DEPTH:
        return mask(str(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return {mask(str(k)): MASK if sensitive(str(k)) else mask(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [mask(item, depth + 1) for item in value]
    return mask(str(value))


def _masked_text(text: str) -> str:
    """The text masked, without terminal codes; percent-encoded text (a path, a query) holding a secret
    only once decoded (`%30%31...`, `010170%2012345`) is masked in its decoded form."""
    text = SECRETS.sub(MASK, ANSI.sub("", text))
    if "%" in text:
        decoded = unquote_plus(text)
        if SECRETS.search(decoded):
            return SECRETS.sub(MASK, decoded)
    return text


def sensitive(key: str) -> bool:
    """Whether a field or header of this name holds a secret or a personal number whatever its value."""
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
        # uvicorn adds `color_message`, its message with terminal colour codes: the message says it.
        extra = {k: v for k, v in vars(record).items() if k not in STANDARD | {"message", "color_message"}}
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
