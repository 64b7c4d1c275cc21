"""Load from wrk (Debian package `wrk`), a C load generator: it costs the machine far less CPU per
request than any Python client, so the servers, not the generator, set the figures. Requests are
rotated by a small Lua script, so POST scenarios send distinct bodies."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from bench.loadgen import Result

LUA = """
local requests = {}
local n = 0
init = function(args)
  local f = io.open(args[1], "r")
  local data = f:read("*a")
  f:close()
  for method, path, headers, body in data:gmatch("(%S+)\\t(%S+)\\t([^\\t]*)\\t([^\\n]*)\\n") do
    local h = {}
    for k, v in headers:gmatch("([^:|]+):([^|]*)|") do h[k] = v end
    table.insert(requests, wrk.format(method, path, h, body ~= "" and body or nil))
  end
  n = math.random(#requests)
end
request = function()
  n = n % #requests + 1
  return requests[n]
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %f %f %f\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
  io.write("STATUS " .. summary.errors.status .. "\\n")
end
"""


def available() -> bool:
    return shutil.which("wrk") is not None


def run(
    port: int, requests: list[tuple[str, str, dict[str, str], bytes]], seconds: float, connections: int
) -> Result:
    """`requests`: (method, path, headers, body). Statuses: 2xx/3xx counted as 200, others by wrk's count."""
    with tempfile.TemporaryDirectory() as tmp:
        script, table = Path(tmp) / "rotate.lua", Path(tmp) / "requests.tsv"
        script.write_text(LUA)
        lines = []
        for method, path, headers, body in requests:
            flat = "".join(f"{k}:{v}|" for k, v in headers.items())
            lines.append(f"{method}\t{path}\t{flat}\t{body.decode()}\n")
        table.write_text("".join(lines))
        done = subprocess.run(
            [
                "wrk",
                "-t",
                "1",
                "-c",
                str(connections),
                "-d",
                f"{max(1, round(seconds))}s",
                "-s",
                str(script),
                f"http://127.0.0.1:{port}",
                "--",
                str(table),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", done.stdout)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", done.stdout)
    if found is None:
        raise RuntimeError(done.stdout + done.stderr)
    count, duration, p50, p99 = int(found[1]), float(found[2]), float(found[3]), float(found[4])
    bad = int(non_2xx[1]) if non_2xx else 0
    return Result(count, duration, p50, p99, {200: count - bad, 0: bad} if bad else {200: count})
