"""The log lines of `armrest serve` and `armrest proxy` are plain JSON: uvicorn's own messages, which
it also hands over in colour (`color_message`, with terminal escape codes), carry no escape code."""

from __future__ import annotations

import logging
import threading
import time

import orjson
import pytest
import uvicorn
from starlette.types import Receive, Scope, Send

from armrest_server.logs import JsonFormatter, uvicorn_config


async def _app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            await send({"type": message["type"] + ".complete"})
            if message["type"] == "lifespan.shutdown":
                return


def test_uvicorns_own_lines_are_json_without_terminal_codes(capfd: pytest.CaptureFixture[str]) -> None:
    """A uvicorn started and stopped with the commands' logging: its start lines come with colour."""
    server = uvicorn.Server(
        uvicorn.Config(_app, host="127.0.0.1", port=0, log_config=uvicorn_config(), log_level="info")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started and thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        logging.getLogger("uvicorn.error").handlers.clear()
    assert server.started, "uvicorn did not start"
    lines = [orjson.loads(text) for text in capfd.readouterr().err.splitlines() if text.startswith("{")]
    [running] = [line for line in lines if line["message"].startswith("Uvicorn running on http://127.0.0.1:")]
    assert all("color_message" not in line and "\x1b" not in orjson.dumps(line).decode() for line in lines)
    assert running["logger"] == "uvicorn.error"


@pytest.mark.parametrize("text", ["\x1b[1mbold\x1b[0m", "\x1b[32mINFO\x1b[0m: started", "plain"])
def test_no_field_of_a_line_carries_a_terminal_code(text: str) -> None:
    record = logging.makeLogRecord({"name": "armrest", "levelno": 20, "levelname": "INFO", "msg": text})
    record.detail = {"nested": [text]}
    line = JsonFormatter().format(record)
    assert "\x1b" not in line and "\\u001b" not in line
    assert orjson.loads(line)["message"] == text.replace("\x1b[1m", "").replace("\x1b[32m", "").replace(
        "\x1b[0m", ""
    )
