"""The proxy listens as the server does: the server's protocol (`armrest_server.protocol`) stands in
front of uvicorn's and bounds the time a client takes to send its headers and its body (408), the bytes
of its headers (431) and the connections (503); the proxy's own flags set the bounds."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from typing import Any

import uvicorn

from armrest_server.protocol import BoundedLoop, Bounds


def serve(app: Any, *, bounds: Bounds, **options: Any) -> None:
    """What `uvicorn.run(app, **options)` does for one process, on a loop that holds these bounds
    (uvicorn's `loop` option names a loop factory by import string, which takes no bounds)."""
    server = uvicorn.Server(uvicorn.Config(app, http="httptools", **options))
    # uvicorn raises the SIGINT it caught again once it has shut down; uvicorn.run takes it so.
    with (
        contextlib.suppress(KeyboardInterrupt),
        asyncio.Runner(loop_factory=functools.partial(BoundedLoop, bounds)) as runner,
    ):
        runner.run(server.serve())
