"""generated/armrest-client/ matches its inputs: regenerated into a temporary folder from the bundle, the
overrides and the pinned generator, it is the committed tree, file by file."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.client.conftest import CLIENT_PROJECT, ROOT
from tests.support.processes import unmeasured

pytestmark = pytest.mark.slow  # runs the client generator and mypy

SCRIPT = ROOT / "tools" / "generate_client.py"


def _script() -> object:
    spec = importlib.util.spec_from_file_location("generate_client", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_client_is_what_the_generator_makes(tmp_path: Path) -> None:
    fresh = tmp_path / "armrest-client"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--output", str(fresh)],
        capture_output=True,
        text=True,
        timeout=600,
        env=unmeasured(),  # the generator runs none of our code
    )
    assert done.returncode == 0, f"generation failed:\n{done.stdout}\n{done.stderr}"
    differences = _script().compare(CLIENT_PROJECT, fresh)  # type: ignore[attr-defined]
    assert not differences, (
        "generated/armrest-client/ does not match its inputs (`python3 tools/bootstrap.py -s generate`);"
        " files that differ:\n" + "\n".join(differences)
    )


def test_the_comparison_names_the_files(tmp_path: Path) -> None:
    compare = _script().compare  # type: ignore[attr-defined]
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        (folder / "pkg").mkdir(parents=True)
        (folder / "pkg" / "same.py").write_text("x = 1\n")
    (a / "pkg" / "changed.py").write_text("x = 1\n")
    (b / "pkg" / "changed.py").write_text("x = 2\n")
    (a / "pkg" / "gone.py").write_text("")
    (b / "pkg" / "new.py").write_text("")
    (b / "pkg" / "__pycache__").mkdir()
    (b / "pkg" / "__pycache__" / "x.pyc").write_bytes(b"")
    assert compare(a, b) == ["~ pkg/changed.py", "- pkg/gone.py", "+ pkg/new.py"]
