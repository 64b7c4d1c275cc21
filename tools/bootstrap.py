"""Run nox from a pinned, private environment, so the quick start needs nothing but Python 3.11.

    python3 tools/bootstrap.py            # the main job (nox's default sessions)
    python3 tools/bootstrap.py -s tests   # any nox arguments

The environment lives in `.bootstrap/` and is made once; nox then makes its own per session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = ROOT / ".bootstrap"
PINS = ["nox==2026.10.20", "uv==0.13.9"]
STAMP = ENV / "pins.txt"


def main() -> int:
    python = ENV / "bin" / "python"
    if not STAMP.exists() or STAMP.read_text() != "\n".join(PINS):
        venv.EnvBuilder(with_pip=True, clear=True).create(ENV)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *PINS], check=True
        )
        STAMP.write_text("\n".join(PINS))
    # nox finds uv on PATH for its uv backend.
    env = {**os.environ, "PATH": f"{ENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([str(python), "-m", "nox", *sys.argv[1:]], cwd=ROOT, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
