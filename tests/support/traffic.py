"""Recording exchanges for the conformance stage: an httpx response hook writing the shape that
tools/conformance_traffic.py reads. Set `ARMREST_TRAFFIC=FILE` and every in-process app of the test
run (tests/support/app.py) appends its exchanges to FILE; `python -m tools.conformance traffic FILE`
then judges them with openapi-core and AJV."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import Any

import httpx

Hook = Callable[[httpx.Response], None]
_LOCK = threading.Lock()


def exchange(response: httpx.Response) -> dict[str, Any]:
    response.read()
    request = response.request
    return {
        "method": request.method,
        "path": request.url.raw_path.decode("ascii").split("?")[0],  # as sent: `%2F` stays `%2F`
        "query": [list(pair) for pair in request.url.params.multi_items()],
        "request_headers": {k.lower(): v for k, v in request.headers.items()},
        "request_body": request.content.decode("utf-8", "replace") if request.content else None,
        "status": response.status_code,
        "headers": {k.lower(): v for k, v in response.headers.items()},
        "body": response.text,
    }


def into(exchanges: list[dict[str, Any]]) -> Hook:
    return lambda response: exchanges.append(exchange(response))


def to_file_from_environment() -> Hook | None:
    """A hook appending to $ARMREST_TRAFFIC, one JSON object a line; None when it is not set."""
    path = os.environ.get("ARMREST_TRAFFIC")
    if not path:
        return None

    def hook(response: httpx.Response) -> None:
        line = json.dumps(exchange(response)) + "\n"
        with _LOCK, open(path, "a", encoding="utf-8") as fh:
            fh.write(line)

    return hook
