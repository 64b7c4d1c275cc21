"""The bare row: the real limit of armrest's own stack, uvicorn answering armrest's bytes with no app behind.

The bench captures, in the same run and before the load, what armrest answered to each scenario's
request (status, headers, body: `capture`), writes it to a file, and serves it here with a ~10-line ASGI
app (no framework, no routing beyond a dict, no database, no validation, no JSON) under the very server
armrest's `serve` runs: uvicorn with the same options (`armrest_server.cli.uvicorn_options`: httptools on
armrest's bounded uvloop loop, with its protocol in front, its keep-alive and log settings), one process.
The load generator then sends it the same requests over the same connections as armrest. What is left
per request is the socket, HTTP parsing and writing, and the ASGI messages: no server on this stack
answers those bytes faster, so armrest's req/s as a share of bare's is the share of the stack's limit
that armrest reaches, and the rest is armrest's own work.

How this differs from the floor (bench/floor.py): the floor is the least an *application* on this stack
does per request (Starlette routing, a SQLAlchemy Core query on SQLite, jsonschema-rs validation, orjson)
and answers its own smaller 14-field records; bare does no application work at all and answers
byte-for-byte what armrest answered (1.2 KB, 121 KB, the POST's 201), so the two rows bound armrest from
two sides: the floor is what a minimal real app costs, bare is what the server itself costs.

    python -m bench.bare --port PORT --answers FILE   (FILE: what `write` wrote)
"""

from __future__ import annotations

import argparse
import base64
import json
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httptools

# Headers uvicorn writes itself on every answer (armrest's included): the bare app leaves them to it.
SERVER_OWN = (b"date", b"server")
Headers = list[tuple[bytes, bytes]]


@dataclass(frozen=True)
class Answer:
    """One HTTP answer as it came over the wire (header names lower-case, in their order)."""

    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    def served(self) -> Headers:
        """The headers the bare app sends: all but those uvicorn adds itself."""
        return [(k, v) for k, v in self.headers if k not in SERVER_OWN]

    def same_as(self, other: Answer) -> bool:
        """Equal status, headers (the Date value aside) and body bytes."""

        def comparable(answer: Answer) -> tuple[object, ...]:
            headers = [(k, b"" if k == b"date" else v) for k, v in answer.headers]
            return answer.status, headers, answer.body

        return comparable(self) == comparable(other)


def capture(port: int, request: bytes, host: str = "127.0.0.1", timeout: float = 30) -> Answer:
    """Send `request` (whole HTTP/1.1 request bytes, as the load generator sends them) on a new
    connection and read its one answer."""
    headers: Headers = []
    body: list[bytes] = []
    done: list[bool] = []

    class Reader:
        def on_header(self, name: bytes, value: bytes) -> None:
            headers.append((name.lower(), value))

        def on_body(self, chunk: bytes) -> None:
            body.append(chunk)

        def on_message_complete(self) -> None:
            done.append(True)

    parser = httptools.HttpResponseParser(Reader())
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(request)
        while not done:
            data = sock.recv(1 << 16)
            if not data:
                raise ConnectionError(f"the server on port {port} closed the connection mid-answer")
            parser.feed_data(data)
    return Answer(parser.get_status_code(), tuple(headers), b"".join(body))


def write(path: Path, answers: dict[tuple[str, str], Answer]) -> None:
    """answers: (method, path without query) -> what armrest answered."""
    path.write_text(
        json.dumps(
            [
                {
                    "method": method,
                    "path": target,
                    "status": a.status,
                    "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in a.served()],
                    "body": base64.b64encode(a.body).decode(),
                }
                for (method, target), a in answers.items()
            ]
        )
    )


def read(path: Path) -> dict[tuple[str, str], tuple[int, Headers, bytes]]:
    return {
        (item["method"], item["path"]): (
            item["status"],
            [(k.encode("latin-1"), v.encode("latin-1")) for k, v in item["headers"]],
            base64.b64decode(item["body"]),
        )
        for item in json.loads(path.read_text())
    }


ANSWERS: dict[tuple[str, str], tuple[int, Headers, bytes]] = {}
MISSING = (404, [(b"content-length", b"0")], b"")


# The app: read the request's body, send the answer armrest gave to this method and path.
async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    status, headers, body = ANSWERS.get((scope["method"], scope["path"]), MISSING)
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    from armrest_server.cli import uvicorn_options
    from armrest_server.settings import Settings

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--answers", type=Path, required=True)
    args = parser.parse_args(argv)
    ANSWERS.update(read(args.answers))
    # armrest's serve as the bench starts it: its defaults, --log-level WARNING, one process.
    uvicorn.run(app, **uvicorn_options(Settings.from_env(port=args.port, log_level="WARNING")))


if __name__ == "__main__":
    main()
