"""The sandbox server as a release artifact: its wheel, installed into a fresh environment, serves the demo.

The wheel `nox -s release` builds (tools/release.py, `uv build`) is installed by uv from its local
cache into a new virtual environment that knows nothing of the workspace, and `armrest serve
--demo-data` runs from an empty folder: the bundle comes from inside the wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest

from tools import release
from tools.workflows import free_port, started

pytestmark = pytest.mark.slow  # installs the server's wheel into a fresh environment and serves it


def fresh_environment(wheel: Path, folder: Path) -> Path:
    """A new virtual environment holding `wheel` and its dependencies; its `armrest` script."""
    uv = shutil.which("uv")
    assert uv is not None, "uv is not on PATH: run the tests through `python3 tools/bootstrap.py -s tests`"
    env = os.environ | {"UV_COMPILE_BYTECODE": "0"}
    venv = folder / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, env=env)
    install = [uv, "pip", "install", "--quiet", "--offline", "--python", str(venv / "bin" / "python")]
    subprocess.run([*install, str(wheel)], check=True, env=env)
    return venv / "bin" / "armrest"


def read_json(url: str, token: str | None = None, form: dict[str, str] | None = None) -> dict[str, object]:
    data = urlencode(form).encode() if form else None
    request = Request(url, data=data, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urlopen(request, timeout=30) as answer:
        document: dict[str, object] = json.load(answer)
        return document


def test_the_server_wheel_serves_the_demo_from_a_fresh_environment(tmp_path: Path) -> None:
    wheel = release.build_server_wheel(tmp_path / "dist")
    assert wheel.name == f"armrest_server-{release.spec_version(release.BUNDLE)}-py3-none-any.whl"
    armrest = fresh_environment(wheel, tmp_path)
    folder, port = tmp_path / "elsewhere", free_port()
    folder.mkdir()
    origin = f"http://127.0.0.1:{port}"
    command = [str(armrest), "serve", "--port", str(port), "--demo-data", "--demo-secret", "wheel-secret"]
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ARMREST_", "COVERAGE", "PYTHON"))}
    with started(command, f"{origin}/arm/v1/health", folder / "serve.log", cwd=folder, env=clean):
        form = {"grant_type": "client_credentials", "client_id": "demo-2218", "client_secret": "wheel-secret"}
        token = str(read_json(f"{origin}/token", form=form)["access_token"])
        customers = read_json(f"{origin}/arm/v1/clients/2218/customers?pagesize=5", token)
        served = read_json(f"{origin}/arm/v1/openapi.json")
    assert len(customers["customers"]) == 5  # type: ignore[arg-type]
    assert served["info"] == json.loads(release.BUNDLE.joinpath("armrest.json").read_text())["info"]
    assert (folder / "armrest.db").is_file()  # the database where it ran, not in the workspace
