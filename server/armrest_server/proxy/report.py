"""What the proxy writes: one JSON line per exchange, and the drift report per operation.

Both are masked as the server's logs are (`logs.mask`: bearer and basic credentials, JWTs, secrets
written `name=value`, birth and organisation numbers); cookies are masked whole. Bodies are never
written, only what is wrong with them (a validator's message quotes the value, masked like any text).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import orjson
from starlette.datastructures import Headers

from armrest_server.http.spec import Spec
from armrest_server.logs import MASK, mask
from armrest_server.proxy.check import Verdict

# Credentials the log masking does not know by name: its key list covers `authorization` and `*token*`.
COOKIES = ("cookie", "set-cookie")
# Distinct entries kept per map of the report (paths, pointers), the characters of one entry, and the
# bytes of all entries together: beyond, an exchange is counted under MORE (and an entry cut, ending in
# CUT), so client-chosen names (a fuzzer's random paths, 60 KB parameter names) cannot grow the report
# or the proxy's memory without bound.
MAX_KEYS = 1000
MAX_KEY_CHARS = 256
MAX_KEY_BYTES = 1024 * 1024
MORE = "(more)"
CUT = "…"


class Keys:
    """The report's budget of distinct entries, in number and in bytes."""

    def __init__(self) -> None:
        self.bytes = 0

    def count(self, counter: Counter[str], key: str) -> None:
        if len(key) > MAX_KEY_CHARS:
            key = key[: MAX_KEY_CHARS - len(CUT)] + CUT
        if key not in counter:
            size = len(key.encode())
            if len(counter) >= MAX_KEYS or self.bytes + size > MAX_KEY_BYTES:
                key = MORE
            else:
                self.bytes += size
        counter[key] += 1


@dataclass
class Seen:
    """One operation's exchanges."""

    exchanges: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    undeclared_statuses: Counter[str] = field(default_factory=Counter)
    violations: dict[str, Counter[str]] = field(default_factory=dict)
    fields: Counter[str] = field(default_factory=Counter)
    proposals: Counter[str] = field(default_factory=Counter)  # answers breaking only a proposal

    def as_dict(self) -> dict[str, Any]:
        return {
            "exchanges": self.exchanges,
            "statuses": _masked(self.statuses),
            "undeclaredStatuses": _masked(self.undeclared_statuses),
            "violations": {kind: _masked(keys) for kind, keys in sorted(self.violations.items())},
            "undeclaredFields": _masked(self.fields),
            "proposalNotes": _masked(self.proposals),
        }


def _masked(counter: Counter[str]) -> dict[str, int]:
    # Keys only: `mask` on the whole mapping would hide the count of a key like `#/header/Authorization`.
    return {str(mask(key)): n for key, n in sorted(counter.items())}


class Drift:
    """Every exchange's verdict, summed per operation."""

    def __init__(self, *, spec: Spec, upstream: str) -> None:
        self.spec = spec
        self.upstream = upstream
        self.seen: dict[str, Seen] = {}
        self.unrouted: Counter[str] = Counter()
        self.token_statuses: Counter[str] = Counter()
        self.upstream_errors = 0
        self.keys = Keys()

    def add_token(self, status: int | None) -> None:
        """An exchange with the token endpoint: counted apart, no operation of the contract."""
        if status is None:
            self.upstream_errors += 1
        else:
            self.token_statuses[str(status)] += 1

    def add(self, verdict: Verdict, status: int | None) -> None:
        if status is None:
            self.upstream_errors += 1
        if verdict.operation is None:
            self.keys.count(self.unrouted, verdict.unrouted or "")
            return
        seen = self.seen.setdefault(verdict.operation, Seen())
        seen.exchanges += 1
        if status is not None:
            seen.statuses[str(status)] += 1
        for finding in verdict.violations:
            if finding.kind == "undeclaredStatus":
                seen.undeclared_statuses[finding.where] += 1
            self.keys.count(seen.violations.setdefault(finding.kind, Counter()), finding.key)
        for pointer in verdict.undeclared_fields:
            self.keys.count(seen.fields, pointer)
        for note in verdict.notes:
            self.keys.count(seen.proposals, note.key)

    def report(self) -> dict[str, Any]:
        operations = sorted(op.operation_id for op in self.spec.operations)
        return {
            "contract": self.spec.version,
            "upstream": mask(self.upstream),
            "exchanges": sum(s.exchanges for s in self.seen.values())
            + sum(self.unrouted.values())
            + sum(self.token_statuses.values()),
            "violations": sum(sum(c.values()) for s in self.seen.values() for c in s.violations.values()),
            "upstreamErrors": self.upstream_errors,
            "operations": {name: self.seen[name].as_dict() for name in operations if name in self.seen},
            "unseen": [name for name in operations if name not in self.seen],
            "unrouted": _masked(self.unrouted),
            "tokenEndpoint": dict(sorted(self.token_statuses.items())),
        }

    def write(self, path: Path | None) -> None:
        """The report to `path` (replaced whole, so a reader never sees half of one; its folder made
        when missing), else to stderr. A report that cannot be written goes to stderr, with why."""
        data = orjson.dumps(self.report(), option=orjson.OPT_INDENT_2) + b"\n"
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
                partial.write_bytes(data)
                partial.replace(path)
                return
            except OSError as error:
                print(f"armrest proxy: cannot write the report to {path}: {error}", file=sys.stderr)
        sys.stderr.buffer.write(data)
        sys.stderr.flush()


class Lines:
    """The exchange log: one JSON object a line, flushed per line (a killed proxy loses no line)."""

    def __init__(self, sink: IO[bytes]) -> None:
        self.sink = sink
        self.count = 0

    def write(
        self,
        *,
        method: str,
        raw_path: bytes,
        query: bytes,
        verdict: Verdict,
        status: int | None,
        ms: float,
        request_headers: Headers,
        response_headers: Headers | None,
        sizes: tuple[int, int],
        notes: list[str],
    ) -> None:
        self.count += 1
        line: dict[str, Any] = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "exchange": self.count,
            "method": method,
            "path": raw_path.decode("latin-1"),
            "query": query.decode("latin-1"),
            "operation": verdict.operation,
            "status": status,
            "ms": round(ms, 1),
            "requestHeaders": _headers(request_headers),
            "responseHeaders": None if response_headers is None else _headers(response_headers),
            "requestBytes": sizes[0],
            "responseBytes": sizes[1],
            "violations": [
                {"kind": f.kind, "where": f.where, "at": f.at, "message": f.message}
                for f in verdict.violations
            ],
            "undeclaredFields": verdict.undeclared_fields,
            "proposalNotes": [{"where": n.where, "at": n.at, "message": n.message} for n in verdict.notes],
            "notes": notes,
        }
        self.sink.write(orjson.dumps(mask(line)) + b"\n")
        self.sink.flush()


def _headers(headers: Headers) -> dict[str, str]:
    """Names lowercased, repeated fields joined by `, ` (RFC 9110 5.3), cookies masked whole."""
    joined: dict[str, list[str]] = {}
    for name, value in headers.items():
        joined.setdefault(name.lower(), []).append(MASK if name.lower() in COOKIES else value)
    return {name: ", ".join(values) for name, values in joined.items()}
