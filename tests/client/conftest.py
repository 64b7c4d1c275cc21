"""The generated client (generated/armrest-client/, as committed) against fakes and a real server.

The committed tree is put first on sys.path, so these tests exercise exactly what is committed, whether or
not some armrest-client is installed in the environment.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT_PROJECT = ROOT / "generated" / "armrest-client"
sys.path.insert(0, str(CLIENT_PROJECT))

from tests.support.server import CLIENTNO, Server, serving  # noqa: E402

if "armrest_client" in sys.modules:  # pragma: no cover - imported from elsewhere before this conftest
    loaded = Path(sys.modules["armrest_client"].__file__ or "").resolve()
    assert CLIENT_PROJECT in loaded.parents, f"armrest_client was imported from {loaded}"

__all__ = ["CLIENTNO", "CLIENT_PROJECT"]

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """`armrest serve` on a free port and a fresh SQLite database, for the whole session.

    With sandbox controls, so test_sandbox_answers.py forces answers on the same process (one start
    fewer); a request without the header or the clock path gets what Amili's API answers."""
    with serving(tmp_path_factory.mktemp("armrest-serve"), sandbox_controls=True) as running:
        yield running


@pytest.fixture
def unique() -> str:
    """A fresh suffix for identifiers, so tests sharing the server never collide."""
    return f"{next(_numbers):04d}"
